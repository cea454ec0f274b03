// Pages written by hand, apart from this repository's recogniser, its replica
// pages and the generated corpus: other build styles and wording of their own.
// - tests/eval/foreign: Angular Material, PrimeFaces, Bootstrap, table layouts, div soup (its README)
// - tests/eval/foreign2: MUI, Vuetify, Oracle ADF, Liferay, GOV.UK-like, web components, ARIA grids (its README)
// Each case is in category `<set>-<build>`; `npm run eval -- --set <set>` scores one set alone.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EvalCase } from '../../tests/eval/corpus/types';

const EVAL_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../tests/eval');

/** The hand-written sets, in the order they were written. */
export const HAND_SETS = ['foreign', 'foreign2'] as const;
export type HandSet = (typeof HAND_SETS)[number];

interface HandEntry extends Omit<EvalCase, 'html' | 'category'> {
  file: string;
  build: string;
}

export function handCases(set: HandSet): EvalCase[] {
  const dir = join(EVAL_DIR, set);
  const manifest = join(dir, 'cases.json');
  if (!existsSync(manifest)) return [];
  const entries = JSON.parse(readFileSync(manifest, 'utf8')) as HandEntry[];
  return entries.map(({ file, build, ...entry }) => ({
    id: entry.id,
    journey: entry.journey,
    page: entry.page,
    category: `${set}-${build}`,
    lang: entry.lang,
    url: entry.url,
    html: readFileSync(join(dir, file), 'utf8'),
    done: entry.done,
    ...(entry.inFrame ? { inFrame: true } : {}),
    expect: entry.expect,
  }));
}

/** Every hand-written set. */
export const allHandCases = (): EvalCase[] => HAND_SETS.flatMap(handCases);
