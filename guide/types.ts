// The shape of the journey data. The engine (lib/) reads these; it never names a step.

export const LANGS = ['fr', 'nl', 'de', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Words as the portal prints them, per language; any of them may appear. */
export type Labels = Record<Lang, readonly string[]>;

export type Role = 'link' | 'button' | 'textbox' | 'checkbox' | 'combobox';

/**
 * One thing to do on a page. A page's parts are done in order: the engine shows
 * the first part that is not yet satisfied.
 * - click: satisfied only by the click itself (which completes the step when it is the last part)
 * - fill: satisfied when the field is not empty (its value is read for that only, never kept)
 * - check / uncheck: satisfied when the box is ticked / not ticked
 * - fill-required: points at the first empty required field of the page's form
 */
export type Part =
  | { key: string; action: 'click' | 'check' | 'uncheck'; roles: readonly Role[]; labels: Labels }
  | {
      key: string;
      action: 'fill';
      roles: readonly Role[];
      labels: Labels;
      /** Checked on the spot to catch typos (lib/targeting/identifiers.ts); the value itself is never kept. */
      check?: 'national-number' | 'enterprise-number';
    }
  | { key: string; action: 'fill-required' };

export interface PageSignals {
  /** Stable name for tests and diagnostics, e.g. "csam-service". */
  key: string;
  hosts: readonly string[];
  /** Known paths (confirmed in PORTAL.md): a strong hint, never required. */
  paths?: readonly RegExp[];
  /** Paths where this page never is (the public site's pages speak of the application but are not it). */
  notPaths?: readonly RegExp[];
  /** Each group found in a heading, the title or a legend adds to the score. */
  headings?: readonly Labels[];
  /** Each group found among link, button, label or menu texts adds to the score. */
  texts?: readonly Labels[];
  /** Each group found among the labels of form fields adds most: forms are specific. */
  fields?: readonly Labels[];
  /**
   * Fields every account or contact form has (an e-mail address, a phone
   * number): they confirm a page its own signs already point to, and alone
   * prove nothing (a profile page has them too).
   */
  commonFields?: readonly Labels[];
  /** Fields the page must have, all of them: a form known by its fields together (without one, it is another page). */
  requiredFields?: readonly Labels[];
  /** Each group found in a status or alert message ("user saved") adds most: such a message is specific. */
  messages?: readonly Labels[];
  /**
   * Words the page must show somewhere in its text (what it lists, not what it
   * labels): without all of them the page is not this one; with them, each adds a little.
   */
  mentions?: readonly Labels[];
  /** Finish pages: the card's sentence (a locale key), when not the journey's own end sentence. */
  sentenceKey?: string;
  /** Finish pages: seeing this page proves the journey's goal is met, whichever step came before. */
  provesDone?: boolean;
  /**
   * Detour pages: what kind. An expired session is told apart (the way back is
   * to log in again). A detour page is read by its main heading and notices only.
   */
  detour?: 'error' | 'expired';
  /** Detour pages: its sign, as the page's heading, decides over any other page's ("Votre session a expiré" above a login form). */
  decisive?: boolean;
  /** A lower bar than the engine's default, for pages recognisable by one sure sign (an error heading). */
  minScore?: number;
  /** Nothing to click: the card explains (login pages, which we never touch). */
  parts: readonly Part[];
}

export interface StepDef {
  id: string;
  pages: readonly PageSignals[];
  /**
   * Steps with the same branch are alternatives (a new user's form, or an
   * existing account): the page seen decides which applies, and the others are
   * shown as not needed.
   */
  branch?: string;
  /**
   * Done away from the portal's pages (the new main access manager's first
   * login): nothing to recognise (no pages), the user ticks it in the popup or
   * on the end card.
   */
  manual?: boolean;
}

export interface PrerequisiteDef {
  id: string;
  /** Where the user can read more (opened in a new tab by the popup; a plain link, no request of ours). */
  moreUrl?: string;
  /** Further sentences under the item, locale keys `prerequisites.<id>.<note>` (where to check, what else to do). */
  notes?: readonly string[];
  /** A journey that walks the user through it (offered as "Not done yet? Guide me"). */
  guidedBy?: string;
}

export interface JourneyDef {
  /** Also the key of its title in locales (`journeys.<id>`) and of its stored progress. */
  id: string;
  prerequisites: readonly PrerequisiteDef[];
  steps: readonly StepDef[];
  /** Pages that show the journey is complete (e.g. "user saved"). */
  finish: readonly PageSignals[];
  /** Pages off the way that still need a word: the portal's error pages, an expired session. */
  detours?: readonly PageSignals[];
  /**
   * Pages of the portal that are not on this journey's way (another journey's
   * steps): a page that is best one of them is no page of this one, so it is
   * never taken for the step that resembles it most.
   */
  elsewhere?: readonly PageSignals[];
  /** When this journey ends, the other journeys' prerequisite of this id is met (it ticks itself there). */
  fulfils?: string;
}
