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
