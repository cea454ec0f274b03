// A page's signature for remembered corrections (issue 16): what kind of page
// this is, in the portal's own words and structure only, so that the same
// page, with other people's data in it, has the same signature next time.
// Made from the page's outline, so it holds nothing the outline would not.
import { buildOutline } from '../outline/buildOutline';
import type { OutlineElement, OutlineNode } from '../outline/outline';

export interface PageSignature {
  /** A hash of everything below: what is stored and compared. */
  key: string;
  /** For the popup's list: the host and masked path, and the page's first heading in portal words. */
  where: string;
  words: string;
}

/** The application's chrome (menus, header, footer) is on every page: it says nothing of which one this is. */
const CHROME_TAGS = new Set(['header', 'nav', 'footer', 'aside']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'menubar', 'menu']);
const HEADING = /^(h[1-6]|legend|caption)$/;
const FIELD = /^(input|select|textarea)$/;
/** Fewer portal words than this in the page's own content, and the signature could be any page's: none. */
const MIN_SIGNS = 2;

/** Portal words only: the masked shapes (xxxx, 0000) of everything else are dropped. */
const portalWords = (text: string) =>
  text
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !/^[x0]+$/.test(w))
    .join(' ')
    .toLowerCase();

const textOf = (node: OutlineNode): string => (typeof node === 'string' ? node : node.slice(2).map((c) => textOf(c as OutlineNode)).join(' '));

/** FNV-1a, 32 bits: a short, stable key (not a secret: what it hashes is portal words already). */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

export function signatureOf(body: OutlineElement, host: string, path: string): PageSignature | null {
  const headings = new Set<string>();
  const labels = new Set<string>();
  const buttons = new Set<string>();
  const fields = new Set<string>();
  const visit = (node: OutlineNode) => {
    if (typeof node === 'string') return;
    const [tag, a] = node;
    if (CHROME_TAGS.has(tag) || CHROME_ROLES.has(a.role ?? '') || 'hidden' in a || 'data-outline-hidden' in a) return;
    const say = (set: Set<string>, text: string) => {
      const words = portalWords(text);
      if (words) set.add(words);
    };
    if (HEADING.test(tag) || a.role === 'heading') say(headings, textOf(node));
    else if (tag === 'label') say(labels, textOf(node));
    else if (tag === 'button' || a.role === 'button') say(buttons, textOf(node));
    else if (tag === 'input' && /^(submit|button)$/.test(a.type ?? '')) say(buttons, a.value ?? '');
    if (FIELD.test(tag) && !/^(submit|button|reset|image)$/.test(a.type ?? '')) {
      fields.add(`${tag}:${a.type ?? ''}`);
      if (a['aria-label']) say(labels, a['aria-label']);
    }
    for (const child of node.slice(2)) visit(child as OutlineNode);
  };
  visit(body);
  if (headings.size + labels.size + buttons.size < MIN_SIGNS) return null;
  const sorted = (set: Set<string>) => [...set].sort().join(',');
  const canonical = [host, path, sorted(headings), sorted(labels), sorted(buttons), sorted(fields)].join('|');
  return { key: hash(canonical), where: `${host}${path}`, words: ([...headings][0] ?? [...buttons][0] ?? '').slice(0, 60) };
}

/** The signature of the page in `doc` (its outline without layout: no visibility, which would force one). */
export function pageSignature(doc: Document, url: URL): PageSignature | null {
  const outline = buildOutline(doc, { url, journey: '', extension: '', guide: { result: '' } });
  return signatureOf(outline.body, outline.page.host, outline.page.path);
}
