// How one scan compares with what a case expects, and the confusion table of a
// whole run. Pure: no DOM, no files.
import type { Expectation } from '../../tests/eval/corpus/types';

/** right; not sure (the guide asks); unknown (no overlay); wrong (a step, an end or a detour that is not this page). */
export type Outcome = 'right' | 'unsure' | 'unknown' | 'wrong';

/** What the guide said, reduced to what the corpus can expect. */
export type Said = { kind: 'step'; step: string } | { kind: 'finish' | 'error' | 'expired' | 'unsure' | 'unknown' };

export function classify(expected: Expectation, said: Said): Outcome {
  if (said.kind === 'unsure') return 'unsure';
  if (said.kind === 'unknown') return expected.kind === 'none' ? 'right' : 'unknown';
  if (expected.kind === 'step') return said.kind === 'step' && said.step === expected.step ? 'right' : 'wrong';
  return said.kind === expected.kind ? 'right' : 'wrong';
}

/** The row a case counts in: its expected step, or its expected kind. */
export const rowOf = (expected: Expectation) => (expected.kind === 'step' ? expected.step : `(${expected.kind})`);
export const columnOf = (said: Said) => (said.kind === 'step' ? said.step : `(${said.kind})`);

export interface Row {
  right: number;
  unsure: number;
  unknown: number;
  wrong: number;
  /** Right step, and the element the page marks is the one ringed. */
  ringed: number;
  /** Right step on a page that marks an element. */
  marked: number;
}

export interface Tally {
  rows: Map<string, Row>;
  /** How many times each row's label was said, rightly or not (precision's denominator). */
  said: Map<string, number>;
}

export function emptyTally(): Tally {
  return { rows: new Map(), said: new Map() };
}

export function count(tally: Tally, expected: Expectation, said: Said, outcome: Outcome, ring: 'ok' | 'off' | 'none'): void {
  const key = rowOf(expected);
  const row = tally.rows.get(key) ?? { right: 0, unsure: 0, unknown: 0, wrong: 0, ringed: 0, marked: 0 };
  row[outcome]++;
  if (outcome === 'right' && ring !== 'none') {
    row.marked++;
    if (ring === 'ok') row.ringed++;
  }
  tally.rows.set(key, row);
  // "unknown" on a page that is none of the journey's is right, and says nothing to count against a step.
  if (said.kind !== 'unsure' && said.kind !== 'unknown') tally.said.set(columnOf(said), (tally.said.get(columnOf(said)) ?? 0) + 1);
}

export interface Totals {
  cases: number;
  right: number;
  wrong: number;
  /** Right answers among the cases that expect a journey page (step, end, detour). */
  recall: number;
  ringed: number;
  marked: number;
}

export function totals(tally: Tally): Totals {
  let cases = 0;
  let right = 0;
  let wrong = 0;
  let journeyCases = 0;
  let journeyRight = 0;
  let ringed = 0;
  let marked = 0;
  for (const [key, row] of tally.rows) {
    const n = row.right + row.unsure + row.unknown + row.wrong;
    cases += n;
    right += row.right;
    wrong += row.wrong;
    ringed += row.ringed;
    marked += row.marked;
    if (key !== '(none)') {
      journeyCases += n;
      journeyRight += row.right;
    }
  }
  return { cases, right, wrong, recall: journeyCases ? journeyRight / journeyCases : 1, ringed, marked };
}

const pct = (a: number, b: number) => (b === 0 ? '–' : `${((100 * a) / b).toFixed(1)} %`);

/** The confusion table, one row per expected step or kind, as aligned text. */
export function formatTable(tally: Tally, order: string[]): string {
  const keys = [...order.filter((k) => tally.rows.has(k)), ...[...tally.rows.keys()].filter((k) => !order.includes(k)).sort()];
  const head = ['expected', 'cases', 'right', 'not sure', 'unknown', 'WRONG', 'precision', 'recall', 'ring ok'];
  const lines = keys.map((key) => {
    const r = tally.rows.get(key)!;
    const n = r.right + r.unsure + r.unknown + r.wrong;
    const saidAs = tally.said.get(key) ?? 0;
    // For "(none)", precision has no meaning: the guide never says "none".
    const precision = key === '(none)' ? '–' : pct(r.right, saidAs);
    return [key, n, r.right, r.unsure, r.unknown, r.wrong, precision, pct(r.right, n), pct(r.ringed, r.marked)].map(String);
  });
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [fmt(head), fmt(widths.map((w) => '-'.repeat(w))), ...lines.map(fmt)].join('\n');
}
