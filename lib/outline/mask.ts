// What an outline says of a text: the portal's own words as they are, every
// other word by its shape only (letters → x, digits → 0, length rounded), so
// that names, e-mail addresses, national and enterprise numbers, phone numbers,
// addresses and anything typed never survive (issue 16).
import { isPortalWord, portalVocabulary, WORD } from './vocabulary';

/** Lengths are rounded (above 4, to a multiple of 4, at most 32): a shape, not a fingerprint. */
function roughLength(n: number): number {
  return n <= 4 ? n : Math.min(32, 4 * Math.round(n / 4));
}

/** The shape of a piece of text that is not vocabulary: letters → x, digits → 0, other signs kept. */
export function shapeOf(text: string): string {
  return text.replace(/\p{L}+|\p{N}+/gu, (run) => (/\p{N}/u.test(run[0]!) ? '0' : 'x').repeat(roughLength(run.length)));
}

/**
 * A chunk (between spaces) that holds an "@" or mixes letters and digits is an
 * address or an identifier (jean@firm.be, BE0123456789, A12): its shape only,
 * even if a piece of it happens to be a portal word.
 */
const IDENTIFIER = /@|\p{L}\p{N}|\p{N}\p{L}/u;

/** Digits masked, and every word that is not the portal's own. */
function maskWords(text: string, vocabulary = portalVocabulary(), shouting = false): string {
  return text.replace(/\p{N}+/gu, (run) => '0'.repeat(roughLength(run.length))).replace(WORD, (word) => (isPortalWord(word, vocabulary, shouting) ? word : 'x'.repeat(roughLength(word.length))));
}

/** Most a text keeps (after masking): an outline shows structure, not prose. */
const TEXT_MAX = 160;

export function maskText(text: string, vocabulary = portalVocabulary()): string {
  const collapsed = text.replace(/\s+/g, ' ');
  const shouting = /\p{Lu}.*\p{Lu}.*\p{Lu}.*\p{Lu}/u.test(collapsed) && collapsed === collapsed.toUpperCase();
  const masked = collapsed.replace(/\S+/g, (chunk) => {
    if (IDENTIFIER.test(chunk)) return shapeOf(chunk);
    return maskWords(chunk, vocabulary, shouting);
  });
  return masked.length > TEXT_MAX ? `${masked.slice(0, TEXT_MAX)}…` : masked;
}

/**
 * An id, a class, a name attribute: kept when it is a plain technical token
 * (ASCII letters, "-", "_", ":", at most 40 long); one that carries digits
 * (generated ids, record numbers), an "@" or anything else is dropped.
 */
export function safeToken(token: string): boolean {
  return /^[A-Za-z][A-Za-z_:-]{0,39}$/.test(token);
}

/** File endings of application pages that a path may keep. */
const PAGE_ENDING = /\.(x?html?|jsf|jsp|do|aspx?|php)$/i;

/**
 * A URL's path: as it is (digits masked) when it is one of the journeys' known
 * paths (guide/journey.ts); otherwise each segment's words are masked like any
 * text (a route's own words such as "users" or "edit" stay, a name in a path
 * does not). No query, no fragment.
 */
export function maskPath(path: string, knownPaths: readonly RegExp[] = []): string {
  let decoded = path;
  try {
    decoded = decodeURI(path);
  } catch {
    // A broken escape: masked as it is.
  }
  const digitsMasked = decoded.replace(/\d+/g, (run) => '0'.repeat(roughLength(run.length)));
  if (knownPaths.some((known) => known.test(decoded))) return digitsMasked;
  return digitsMasked
    .split('/')
    .map((segment) => {
      const ending = PAGE_ENDING.exec(segment)?.[0] ?? '';
      const stem = segment.slice(0, segment.length - ending.length);
      return (IDENTIFIER.test(stem) ? shapeOf(stem) : maskWords(stem)) + ending.toLowerCase();
    })
    .join('/');
}

/** A link's target: its host when it leaves the page's host, and its masked path; never its query or fragment. */
export function maskHref(href: string, base: URL, knownPaths: readonly RegExp[] = []): string {
  if (href.startsWith('#')) return '#';
  if (/^(javascript|mailto|tel):/i.test(href)) return `${href.split(':')[0]!.toLowerCase()}:`;
  try {
    const url = new URL(href, base);
    const path = maskPath(url.pathname, knownPaths);
    return url.host === base.host ? path : `${url.protocol}//${url.host.toLowerCase()}${path}`;
  } catch {
    return '#';
  }
}
