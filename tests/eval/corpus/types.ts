// The evaluation corpus's contract (issue 14). The corpus is written apart from
// the recogniser: its wording is data of its own (never read from guide/labels.ts),
// so `npm run eval` measures how the guide behaves on pages it was not tuned for.

export type Lang = 'fr' | 'nl' | 'de' | 'en';

export type Expectation =
  /** The guide must show this step (and, when the page marks one, ring the element with data-eval-target). */
  | { kind: 'step'; step: string }
  /** The journey's end ("user saved"; an existing person who already has TR-FPP). */
  | { kind: 'finish' }
  /** A portal error page (500, 404, maintenance, "an error occurred"). */
  | { kind: 'error' }
  /** "Your session has expired" / "You have been logged out", on any journey host. */
  | { kind: 'expired' }
  /** Not a page of the journey (news, help centre, other services, a menu frame after its step): no step at all. */
  | { kind: 'none' };

export interface EvalCase {
  /** Unique and stable: `${page}/${lang}/${category}/${n}`. */
  id: string;
  journey: 'add-access' | 'remove-access' | 'designate-main-manager';
  /** The page this case is a variant of, e.g. "uman-groups". */
  page: string;
  /** The transformation family (see tests/eval/corpus/README.md). */
  category: string;
  lang: Lang;
  /** A real https URL on one of the journey hosts. */
  url: string;
  /** The whole document. The element the guide should ring has the attribute data-eval-target. */
  html: string;
  /** The steps the user has done before reaching this page (the natural walk: every earlier step). */
  done: string[];
  /** The document is a frame inside a frameset (a menu frame, a content frame). */
  inFrame?: boolean;
  expect: Expectation;
}
