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
    // fr (with possessives, the auxiliaries and a confirmation's adverbs: "a déjà un compte", "a bien été enregistré")
    'le la les l de des du d un une a au aux et en pour par dans sur chez bien tant que qu mon ma mes votre vos notre nos son sa ses ce cet cette ces avec vous est sont ont',
    // nl
    'de het een van voor in op over naar als succesvol mijn uw je jouw onze deze dit aan met bij te tot en der des heeft is zijn werd wordt',
    // de
    'der die das den dem des ein eine einen einem einer und fur von zu zum zur uber auf an aus nach als erfolgreich diese dieser dieses mein meine meinen ihr ihre ihren ihrem im in mit bei sie hat ist sind wurde',
    // en
    'the a an this of to for in on about successfully from into as my your our with by and at has have is are was been',
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
 * "toegang"/"toegangen", "gespeichert"/"gespeicherte"; or the first part of a
 * compound. Short words must be equal.
 */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // English drops a final e before -ing: "managing" access is "manage" access.
  if (short.length >= 5 && short.endsWith('e') && long === `${short.slice(0, -1)}ing`) return true;
  if (short.length < 4 || !long.startsWith(short) || /\d/.test(long)) return false;
  // An inflection, or (Dutch, German) a compound that starts with a noun of
  // people: "Benutzerverwaltung" is the users' entry, "gebruikersbeheer" too;
  // "gestionnaires" is not "gestion".
  return long.length - short.length <= 3 || (short.length >= 7 && /ers?$/.test(short) && long.length - short.length >= 5);
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
  return looseMatchAny(text, [label]);
}

/** looseMatch against several labels, the text split into words once. */
export function looseMatchAny(text: string, labels: readonly string[]): boolean {
  let words: string[] | null = null;
  for (const label of labels) {
    const wanted = wantedWords(label);
    if (wanted && looseMatchWords((words ??= wordsOf(text)), wanted)) return true;
  }
  return false;
}

interface Wanted {
  words: string[];
  /** How many words the label has in all (its span in the text may be that, plus SPREAD). */
  length: number;
}

const wantedCache = new Map<string, Wanted | null>();

/** The words of a label a tolerant match looks for, or null when it allows none. */
function wantedWords(label: string): Wanted | null {
  let wanted = wantedCache.get(label);
  if (wanted !== undefined) return wanted;
  const labelWords = wordsOf(label);
  const meaningful = labelWords.filter((w) => !SMALL_WORDS.has(w));
  // One word that carries meaning: only a one-word label ("Utilisateurs"),
  // inflected, in a text of two words at most. "Uw groepen" is not "groep".
  if ((meaningful.length < 2 && labelWords.length > 1) || labelWords.length === 0) wanted = null;
  else wanted = { words: meaningful.length > 0 ? meaningful : labelWords, length: labelWords.length };
  wantedCache.set(label, wanted);
  return wanted;
}

function looseMatchWords(words: readonly string[], wanted: Wanted): boolean {
  if (wanted.words.length === 1 && words.filter((w) => !SMALL_WORDS.has(w)).length > 2) return false;
  const window = wanted.length + SPREAD;
  // For each place a first wanted word is found, look for the rest nearby.
  for (let start = 0; start < words.length; start++) {
    if (!wanted.words.some((w) => sameWord(w, words[start]!))) continue;
    const slice = words.slice(start, start + window);
    // Where each wanted word stands, in the label's order (a Set keeps it).
    const used = new Set<number>();
    let inflected = false;
    const all = wanted.words.every((w) => {
      const at = slice.findIndex((x, i) => !used.has(i) && sameWord(w, x));
      if (at < 0) return false;
      used.add(at);
      inflected ||= slice[at] !== w;
      return true;
    });
    if (!all || insertedWords(slice, used) > (wanted.words.length > 2 ? 1 : 0)) continue;
    // "Votre demande n'a pas été enregistrée" holds the words of "Votre demande a été enregistrée" and says the opposite.
    if (negated(words, start, slice, used)) continue;
    // Two words turned around and inflected make another phrase: "access
    // manager" (a person) is not "manage access" (what to do).
    const [first, second] = used;
    if (wanted.words.length === 2 && inflected && second! < first!) continue;
    return true;
  }
  return false;
}

/** Words that turn a sentence into its opposite, in the portal's four languages. */
const NEGATIONS = new Set(['ne', 'n', 'pas', 'jamais', 'aucun', 'aucune', 'niet', 'geen', 'nooit', 'nicht', 'kein', 'keine', 'keinen', 'nie', 'not', 'no', 'never', 'cannot', 'failed', 'unable']);

/** A negation among the matched words, or just before them. */
function negated(words: readonly string[], start: number, slice: readonly string[], used: ReadonlySet<number>): boolean {
  if (start > 0 && NEGATIONS.has(words[start - 1]!)) return true;
  const last = Math.max(...used);
  for (let i = 0; i < last; i++) if (!used.has(i) && NEGATIONS.has(slice[i]!)) return true;
  return false;
}

/**
 * Words that carry meaning between the ones matched: "Gérer les
 * gestionnaires d'accès" is not "Gérer les accès", though both words are there.
 */
function insertedWords(slice: readonly string[], used: ReadonlySet<number>): number {
  const last = Math.max(...used);
  let inserted = 0;
  for (let i = 0; i < last; i++) if (!used.has(i) && !SMALL_WORDS.has(slice[i]!)) inserted++;
  return inserted;
}

/** The first letters two forms of a word share (see sameWord): what an index can look up. */
const stemOf = (word: string) => word.slice(0, 4);

/**
 * Lines of page text prepared once for many tolerant matches: split into
 * words, repeated lines kept once (a big list repeats its rows), and an index
 * of word beginnings so that a label whose words are not there costs nothing.
 */
export class LooseText {
  private readonly lines: string[][];
  private readonly stems = new Set<string>();

  constructor(text: string) {
    this.lines = [...new Set(text.split('\n'))].map((line) => {
      const words = wordsOf(line);
      for (const w of words) this.stems.add(stemOf(w));
      return words;
    });
  }

  /** How many words of the label a line holds tolerantly: 0 when none does. A sentence's many words say more than two. */
  match(label: string): number {
    const wanted = wantedWords(label);
    if (!wanted || !wanted.words.every((w) => this.stems.has(stemOf(w)))) return 0;
    return this.lines.some((words) => looseMatchWords(words, wanted)) ? wanted.words.length : 0;
  }
}
