// Everything recognition needs from a page, read once per scan into plain
// strings. Bounded so that a huge page costs no more than a large one.
//
// Each kind of text is kept twice: what the page's content says, and what its
// chrome (header, menus, breadcrumbs, footer: lib/recognition/pageChrome.ts)
// says. Chrome is repeated on every page of an application, so recognition
// weighs it less.
import { accessibleName, isFormField, textOf } from '../targeting/accessibleName';
import { customControlRole } from '../targeting/customControls';
import { CLICKABLE, isVisible } from '../targeting/findTarget';
import { chromeTest, isMenuFrame } from './pageChrome';
import { walkPage } from './pageWalk';
import { normalise } from './text';

export interface PageSnapshot {
  host: string;
  path: string;
  lang: string;
  /** Normalised texts of headings, legends and captions in the page's content, joined by "\n". */
  headings: string;
  /** The content's main heading (its first h1, else its first heading) and the title: what the page says it is. */
  mainHeading: string;
  /** The document's title: often the application's name on every page ("Toegangsbeheer - Sociale zekerheid"), so it counts less than a heading. */
  title: string;
  /** Normalised texts of status, alert and notice messages in the content, joined by "\n". */
  messages: string;
  /** Short paragraphs of the content: where a notice without a role ("<p class=confirmation>") says what happened. */
  notes: string;
  /** Normalised names of the visible links, buttons, menu items and clickable rows or cards in the content (a closed menu says nothing about the page). */
  names: string;
  /** Normalised labels of form fields in the content, joined by "\n". */
  fields: string;
  /** Short texts of the content's table cells, list and definition items: what a list of groups or applications shows. */
  cells: string;
  /** The same, read in the page's chrome: headings, names, fields and cells together. */
  chrome: string;
  /** The page's normalised text, capped; read (once) only when a page with `mentions` needs it. */
  text: string;
}

/** How much page text `mentions` may search: lists sit near the top of an application's page. */
const TEXT_LIMIT = 20_000;

const LIMIT = 1500;
/** A cell longer than this is running text, not a name in a list. */
const CELL_MAX = 80;
const MESSAGE_MAX = 400;
/** What a notice does not hold: headings, form fields, tables, lists of actions. */
const NOT_IN_A_NOTICE = 'h1, h2, h3, h4, h5, h6, input, select, textarea, table, ul button, nav, form';
/**
 * Headings, and the titles frameworks draw without one: a card's, a panel's, a
 * dialog's (Angular Material's mat-card-title, PrimeFaces' ui-panel-title,
 * Bootstrap's card-title). Not any "-title": a list item's title is an entry, not a heading.
 */
const HEADINGS =
  'h1, h2, h3, h4, h5, h6, [role="heading"], legend, caption, [class*="card-title"], [class*="panel-title"], [class*="page-title"], [class*="dialog-title"], [class*="modal-title"]';
/** Status messages, and notices styled as such without a role (Bootstrap-like "alert", "notice", "message" boxes). */
const MESSAGES =
  '[role="alert"], [role="status"], [aria-live="polite"], [aria-live="assertive"], .alert, .notice, .notification, .message';
const NAMES = `a[href], button, summary, [role="button"], [role="link"], [role="menuitem"], [role="tab"], [role="option"], [role="row"], [role="radio"], input[type="submit"], input[type="button"], input[type="image"], ${CLICKABLE}`;
const FIELDS = 'input:not([type="hidden"]):not([type="submit"]):not([type="button"]):not([type="reset"]):not([type="image"]), select, textarea, [role="checkbox"], [role="textbox"], [role="combobox"]';
const CELLS = 'td, th, li, dt, dd, label';
/**
 * Paragraphs, boxes named as notices, and any div — or table cell, the div of
 * table layouts — that holds only a sentence or two (a notice named in the portal's own words).
 */
const NOTES = 'p, div, td, [class*="confirm"], [class*="success"], [class*="info"], [class*="warn"], [class*="error"], [class*="msg"]';
/** A box that holds blocks is a section, not a notice. */
const HOLDS_BLOCKS = 'div, p, ul, ol, table, section, article, form, fieldset, h1, h2, h3, h4, h5, h6, nav, input, select, textarea';
/** A note is a sentence or two. */
const NOTE_MAX = 250;

/**
 * The page's text with its pieces kept apart ("…a accès" + "TR-FPP" is not
 * "accèstr-fpp"), without asking the browser for layout (innerText would).
 */
function pageText(body: HTMLElement | null): string {
  if (!body) return '';
  const walker = body.ownerDocument.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node && length < TEXT_LIMIT; node = walker.nextNode()) {
    const data = (node as Text).data;
    const parent = node.parentElement?.localName;
    if (parent === 'script' || parent === 'style' || !data.trim()) continue;
    parts.push(data);
    length += data.length + 1;
  }
  return parts.join(' ').slice(0, TEXT_LIMIT);
}

export interface SnapshotOptions {
  /** The document is a frame of a frameset (the content script knows; tests say so). */
  inFrame?: boolean;
  /** Read only this part of the page (an open modal dialog: what the user sees in front). */
  within?: Element;
}

/**
 * The tags the channels' selectors name (read from them, so that they cannot
 * drift apart): an element of another tag, without attributes, is in no channel.
 */
const CHANNEL_TAGS = new Set(
  [HEADINGS, MESSAGES, NOTES, NAMES, FIELDS, CELLS].flatMap((selectors) => [...selectors.matchAll(/(?:^|,)\s*([a-z][a-z0-9]*)/g)].map((m) => m[1]!)),
);
export function snapshotPage(doc: Document, url: URL, options: SnapshotOptions = {}): PageSnapshot {
  const root = options.within ?? doc;
  const allChrome = isMenuFrame(doc, options.inFrame);
  const inChrome = allChrome ? () => true : chromeTest(doc);
  const chrome: string[] = [];

  /** One kind of text: the elements that hold it, how to read one, and what was read. */
  interface Channel {
    selector: string;
    read: (el: Element) => string;
    keep?: (el: Element) => boolean;
    /** What the chrome says there is kept too (its menu entries, titles and lists; not its cookie banner's sentences). */
    chromeToo: boolean;
    seen: number;
    out: string[];
  }
  const channel = (selector: string, read: (el: Element) => string, keep?: (el: Element) => boolean, chromeToo = true): Channel => ({ selector, read, keep, chromeToo, seen: 0, out: [] });

  // A notice is a sentence or two; a box that wraps a whole section is not one.
  // (Single-page apps often mark their whole content area aria-live: that is no notice.)
  // The structure is checked before the text is read: a wrapper's text may be the whole page's.
  // Read as a person reads it: "Une erreur est survenue" in bold above "Votre demande…" are two sentences, not "survenuevotre".
  const notice = (max: number, holds: (el: Element) => string) => (el: Element) => {
    if (el.firstElementChild && el.querySelector(holds(el))) return '';
    const text = el.textContent ?? '';
    if (text.length > max) return '';
    return el.firstElementChild ? textOf(el) : text;
  };
  const headings = channel(HEADINGS, (el) => el.textContent ?? '');
  const messages = channel(MESSAGES, notice(MESSAGE_MAX, () => NOT_IN_A_NOTICE), undefined, false);
  const notes = channel(NOTES, notice(NOTE_MAX, (el) => (el.localName === 'div' || el.localName === 'td' ? HOLDS_BLOCKS : NOT_IN_A_NOTICE)), undefined, false);
  const names = channel(NAMES, accessibleName, isVisible);
  const fields = channel(FIELDS, (el) => (isFormField(el) || el.getAttribute('role') ? accessibleName(el) : ''));
  const cells = channel(CELLS, (el) => {
    const text = el.textContent ?? '';
    return text.length <= CELL_MAX * 2 ? textOf(el).slice(0, CELL_MAX * 2) : '';
  });
  const channels = [headings, messages, notes, names, fields, cells];
  /** What one element says in one channel: the content's, or the chrome's when the channel keeps it. */
  const take = (c: Channel, el: Element, text: string) => {
    if (!text) return;
    if (!inChrome(el)) c.out.push(text);
    else if (c.chromeToo) chrome.push(text);
  };
  let h1: Element | undefined;

  walkPage(root, (el) => {
    const custom = customControlRole(el);
    if (custom) {
      // A design system's control (lib/targeting/customControls.ts): a field, or a name to click.
      const c = custom === 'button' ? names : fields;
      if (c.seen++ < LIMIT) take(c, el, normalise(accessibleName(el)));
      return;
    }
    if (!CHANNEL_TAGS.has(el.localName) && !el.hasAttributes()) return;
    if (!h1 && el.localName === 'h1' && !inChrome(el)) h1 = el;
    for (const c of channels) {
      if (c.seen >= LIMIT || !el.matches(c.selector)) continue;
      c.seen++;
      if (c.keep && !c.keep(el)) continue;
      take(c, el, normalise(c.read(el)));
    }
  });
  const joined = (c: Channel) => c.out.join('\n');
  const mainHeading = `${normalise(h1?.textContent ?? headings.out[0] ?? '')}\n${normalise(doc.title)}`;
  let text: string | null = null;
  return {
    host: url.hostname.toLowerCase(),
    path: url.pathname,
    lang: (doc.documentElement.getAttribute('lang') ?? '').slice(0, 2).toLowerCase(),
    headings: joined(headings),
    mainHeading,
    title: allChrome ? '' : normalise(doc.title),
    messages: joined(messages),
    notes: joined(notes),
    names: joined(names),
    fields: joined(fields),
    cells: cells.out
      .flatMap((c) => c.split('\n'))
      .filter((c) => c.length <= CELL_MAX)
      .join('\n'),
    chrome: chrome.join('\n'),
    // Read on first use only: most pages are told apart before any needs it.
    get text() {
      text ??= normalise(pageText(doc.body));
      return text;
    },
  };
}
