// Text as the portal shows it is not text as the DOM holds it: headings are
// uppercased by CSS, accents go missing, spaces are non-breaking, apostrophes are
// typographic and hostile pages slip in zero-width or bidi marks. Every comparison
// goes through `normalise` so that none of that matters.

const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g;
const APOSTROPHES = /[\u2018\u2019\u201b\u02bc\u0060\u00b4]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const MARKS = /\p{M}+/gu;
/** Arrows, bullets, stars and colons around a label are decoration: "GÉRER LES ACCÈS →", "E-mail *:". */
const DECORATION = /^[\s›»→⟶▸▶►•·*:|>-]+|[\s›»→⟶▸▶►▾▼•·*:|>-]+$/g;

/** Printable ASCII (and whitespace) without the backtick: nothing for the full pipeline to undo. */
const PLAIN = /^[\t\n\r\x20-\x5f\x61-\x7e]*$/;

export function normalise(text: string): string {
  // Most labels and page texts need no Unicode work; the full pipeline costs
  // several ms per page on a slow machine, and every page load pays it again.
  if (PLAIN.test(text)) return text.toLowerCase().replace(/\s+/g, ' ').replace(DECORATION, '');
  return text
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(INVISIBLE, '')
    .replace(APOSTROPHES, "'")
    .replace(DASHES, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(DECORATION, '');
}

/** How well `name` (normalised) matches `label` (normalised): 3 exact, 2 prefix, 1 contained, 0 not. */
export function matchQuality(name: string, label: string): 0 | 1 | 2 | 3 {
  if (!label || !name) return 0;
  if (name === label) return 3;
  if (name.startsWith(label) && isBoundary(name, label.length)) return 2;
  const at = name.indexOf(label);
  if (at >= 0 && isBoundary(name, at - 1) && isBoundary(name, at + label.length)) return 1;
  return 0;
}

function isBoundary(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return true;
  return !/[\p{L}\p{N}]/u.test(text[index]!);
}

/** Keeps page text short enough for a one-line card; never used on typed values. */
export function clip(text: string, max = 60): string {
  const clean = text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1)}…`;
}

/**
 * Small words of the four languages that a portal adds or drops around its
 * labels ("a déjà un compte" / "possède déjà un compte dans votre entreprise").
 * Tolerant matching leaves them out; the words that carry meaning must all be there.
 */
const SMALL_WORDS = new Set(
  [
    // fr
    'le la les l de des du d un une a au aux et en pour par dans sur votre vos notre nos son sa ses ce cet cette ces avec vous',
    // nl
    'de het een van voor in op uw je jouw onze aan met bij te en der des',
    // de
    'der die das den dem des ein eine einen einem einer und fur von zu zum zur ihr ihre ihren ihrem im in mit bei sie',
    // en
    'the a an of to for in on your our with by and at',
  ]
    .join(' ')
    .split(' '),
);

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a normalised text, in order. */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * Same word, give or take an inflection: "utilisateur"/"utilisateurs",
 * "toegang"/"toegangen", "gespeichert"/"gespeicherte". Short words must be equal.
 */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.length - short.length <= 3 && long.startsWith(short) && !/\d/.test(long);
}

/** How many words of a line a tolerant match may spread over, beyond the label's own words. */
const SPREAD = 4;

/**
 * A tolerant match, tried when `matchQuality` finds nothing: every word of the
 * label that carries meaning stands in the text as a whole word (inflection
 * allowed), in any order, close together. A one-word label matches only a
 * short text ("Utilisateur" as a menu entry, not a sentence that mentions it).
 */
export function looseMatch(text: string, label: string): boolean {
  const labelWords = wordsOf(label);
  const meaningful = labelWords.filter((w) => !SMALL_WORDS.has(w));
  const wanted = meaningful.length > 0 ? meaningful : labelWords;
  if (wanted.length === 0) return false;
  const words = wordsOf(text);
  if (wanted.length === 1 && words.filter((w) => !SMALL_WORDS.has(w)).length > 2) return false;
  const window = labelWords.length + SPREAD;
  // For each place a first wanted word is found, look for the rest nearby.
  for (let start = 0; start < words.length; start++) {
    if (!wanted.some((w) => sameWord(w, words[start]!))) continue;
    const slice = words.slice(start, start + window);
    const used = new Set<number>();
    const all = wanted.every((w) => {
      const at = slice.findIndex((x, i) => !used.has(i) && sameWord(w, x));
      if (at < 0) return false;
      used.add(at);
      return true;
    });
    if (all) return true;
  }
  return false;
}
