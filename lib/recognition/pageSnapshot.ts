// Everything recognition needs from a page, read once per scan into plain
// strings. Bounded so that a huge page costs no more than a large one.
import { accessibleName, isFormField } from '../targeting/accessibleName';
import { isVisible } from '../targeting/findTarget';
import { normalise } from './text';

export interface PageSnapshot {
  host: string;
  path: string;
  lang: string;
  /** Normalised texts of headings, the title, legends, captions and status messages, joined by "\n". */
  headings: string;
  /** Normalised texts of status and alert messages, joined by "\n". */
  messages: string;
  /** Normalised names of the visible links, buttons and menu items, joined by "\n" (a closed menu says nothing about the page). */
  names: string;
  /** Normalised labels of form fields, joined by "\n". */
  fields: string;
  /** The page's normalised text, capped; read (once) only when a page with `mentions` needs it. */
  text: string;
}

/** How much page text `mentions` may search: lists sit near the top of an application's page. */
const TEXT_LIMIT = 20_000;

const LIMIT = 1500;
const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"], legend, caption';
const MESSAGES = '[role="alert"], [role="status"], [aria-live="polite"], [aria-live="assertive"]';
const NAMES = 'a[href], button, summary, [role="button"], [role="link"], [role="menuitem"], [role="tab"], input[type="submit"], input[type="button"]';
const FIELDS = 'input:not([type="hidden"]):not([type="submit"]):not([type="button"]):not([type="reset"]), select, textarea, [role="checkbox"], [role="textbox"], [role="combobox"]';

function collect(root: ParentNode, selector: string, read: (el: Element) => string, keep?: (el: Element) => boolean): string {
  const out: string[] = [];
  const list = root.querySelectorAll(selector);
  const count = Math.min(list.length, LIMIT);
  for (let i = 0; i < count; i++) {
    const el = list[i]!;
    if (keep && !keep(el)) continue;
    const text = normalise(read(el));
    if (text) out.push(text);
  }
  return out.join('\n');
}

export function snapshotPage(doc: Document, url: URL): PageSnapshot {
  const headings = collect(doc, HEADINGS, (el) => el.textContent ?? '');
  let text: string | null = null;
  return {
    host: url.hostname.toLowerCase(),
    path: url.pathname,
    lang: (doc.documentElement.getAttribute('lang') ?? '').slice(0, 2).toLowerCase(),
    headings: `${normalise(doc.title)}\n${headings}`,
    messages: collect(doc, MESSAGES, (el) => el.textContent ?? ''),
    names: collect(doc, NAMES, accessibleName, isVisible),
    // Read on first use only: most pages are told apart before any needs it.
    get text() {
      text ??= normalise((doc.body?.textContent ?? '').slice(0, TEXT_LIMIT));
      return text;
    },
    fields: collect(doc, FIELDS, (el) => (isFormField(el) || el.getAttribute('role') ? accessibleName(el) : '')),
  };
}
