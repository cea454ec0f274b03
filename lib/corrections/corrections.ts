// Remembered corrections (issue 16): when the user tells the guide where they
// are on a page it did not recognise well, the page's signature (portal words
// and structure only: lib/corrections/pageSignature.ts) and the answer are
// kept in this browser, so the same page is recognised next time without
// asking. Nothing of it leaves the browser; the popup lists it and forgets it.

export interface Correction {
  /** The page's signature key. */
  sig: string;
  journey: string;
  step: string;
  /** "here": this page is that step. "done": on this page, that step is already done. */
  kind: 'here' | 'done';
  /** For the popup's list (masked host and path, portal words). */
  where: string;
  words: string;
  /** The day it was said. */
  at: string;
}

/** The newest are kept: a user corrects a handful of pages, not hundreds. */
export const CORRECTIONS_MAX = 50;

const isCorrection = (c: unknown): c is Correction => {
  if (!c || typeof c !== 'object') return false;
  const o = c as Record<string, unknown>;
  return ['sig', 'journey', 'step', 'where', 'words', 'at'].every((k) => typeof o[k] === 'string') && (o.kind === 'here' || o.kind === 'done');
};

/** What is stored, read defensively: anything damaged is left out, never thrown. */
export function readCorrections(stored: unknown): Correction[] {
  return Array.isArray(stored) ? stored.filter(isCorrection).slice(0, CORRECTIONS_MAX) : [];
}

/** Adds (or replaces) the answer for a page of a journey; the newest first. */
export function withCorrection(list: readonly Correction[], correction: Correction): Correction[] {
  return [correction, ...list.filter((c) => !(c.sig === correction.sig && c.journey === correction.journey))].slice(0, CORRECTIONS_MAX);
}

export function withoutCorrection(list: readonly Correction[], sig: string, journey: string): Correction[] {
  return list.filter((c) => !(c.sig === sig && c.journey === journey));
}

export function findCorrection(list: readonly Correction[], sig: string, journey: string): Correction | undefined {
  return list.find((c) => c.sig === sig && c.journey === journey);
}
