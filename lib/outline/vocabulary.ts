// The words a page outline may keep as they are: the portal's own vocabulary,
// i.e. every word of the journeys' labels in four languages
// (guide/labels.ts) and a vetted list of common interface words
// (guide/interfaceWords.ts). Any other word on a page may be someone's name,
// street or company, so the outline keeps only its shape (lib/outline/mask.ts).
import * as LABELS from '../../guide/labels';
import { INTERFACE_WORDS } from '../../guide/interfaceWords';
import { LANGS, type Labels } from '../../guide/types';

/** Lower case, without accents: how a word is looked up ("Gérer" and "GERER" are one word). */
export function wordKey(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/**
 * A word without its usual endings (plural, inflection: "cartes", "Gebruikers",
 * "Zugänge"), so that the outline keeps a portal word in the forms recognition
 * matches tolerantly. Short words are kept whole.
 */
export function stemOf(key: string): string {
  return key.length > 4 ? key.replace(/(en|es|er|e|s|n)$/, '') : key;
}

/** Whether a word is the portal's own, in any of its usual forms. */
export function isPortalWord(word: string, vocabulary: ReadonlySet<string> = portalVocabulary(), shouting = false): boolean {
  // Two or three capitals are initials ("AL" in an avatar) unless the portal writes them so (ONSS, BCE, KBO)
  // or the whole text is in capitals ("GÉRER LES ACCÈS").
  if (!shouting && word.length <= 3 && word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase()) return vocabulary.has(`^${word}`);
  const key = wordKey(word);
  return vocabulary.has(key) || vocabulary.has(`~${stemOf(key)}`);
}

/** The letter runs of a text ("l'accès" → "l", "accès"). */
export const WORD = /\p{L}+/gu;

const isLabels = (value: unknown): value is Labels =>
  !!value && typeof value === 'object' && LANGS.every((lang) => Array.isArray((value as Record<string, unknown>)[lang]));

let vocabulary: Set<string> | null = null;

/** Built on first use (an outline or a signature is asked for), not when the content script loads. */
export function portalVocabulary(): ReadonlySet<string> {
  if (vocabulary) return vocabulary;
  const words = new Set<string>();
  const add = (word: string) => {
    const key = wordKey(word);
    if (word.length <= 3 && word === word.toUpperCase() && word !== word.toLowerCase()) words.add(`^${word}`);
    words.add(key);
    // Stems are kept apart ("~" never starts a word), looked up only by stem.
    words.add(`~${stemOf(key)}`);
  };
  INTERFACE_WORDS.forEach(add);
  for (const value of Object.values(LABELS)) {
    if (!isLabels(value)) continue;
    for (const lang of LANGS) for (const label of value[lang]) for (const [word] of label.matchAll(WORD)) add(word);
  }
  vocabulary = words;
  return words;
}
