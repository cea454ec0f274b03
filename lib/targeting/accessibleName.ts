// A pragmatic accessible name: what a sighted user reads on or next to a control.
// Close to the ARIA name computation for the shapes portals use (aria-label,
// aria-labelledby, <label for>, wrapping label, alt text, nearby text), and cheap.

import { customControlLabel } from './customControls';

const MAX = 200;

const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SELECT', 'TEXTAREA']);
/** Elements whose text reads as a separate word: table cells, blocks, line breaks. */
const BREAKS = new Set([
  'TD', 'TH', 'TR', 'DIV', 'P', 'LI', 'BR', 'DT', 'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'NAV', 'TABLE', 'UL', 'OL', 'LABEL', 'BUTTON', 'SUMMARY', 'CAPTION', 'LEGEND',
]);
const MAX_NODES = 400;
const LOWER_END = /\p{Ll}$/u;
const UPPER_START = /^\p{Lu}/u;

/**
 * The text a person reads in an element: words of separate cells and blocks
 * stay apart ("Employeur ONSS" + "Actif", not "Employeur ONSSActif"), icons
 * count by their alt text, and what is hidden from assistive tech is skipped.
 * Iterative and bounded, so a deep or huge subtree costs little.
 */
export function textOf(root: Element | null | undefined): string {
  if (!root) return '';
  let out = '';
  let budget = MAX_NODES;
  // null marks "a word break here" after a block's children.
  const stack: (Node | null)[] = [root];
  /** An element began, or a block ended, since the last text (an inline element's end is not a break). */
  let crossed = false;
  while (stack.length > 0 && out.length < MAX * 2 && budget-- > 0) {
    const node = stack.pop();
    if (node === null) {
      out += ' ';
      crossed = true;
      continue;
    }
    if (node!.nodeType === 3) {
      const data = (node as Text).data;
      // Two elements' texts that meet as "…arbeitgeber" + "Arbeitgeber beim…" are two
      // lines styled as blocks (a list item's title and subtitle), not one word split in
      // spans: a word split for styling keeps its case ("Ver<span>lin</span>den").
      if (crossed && LOWER_END.test(out) && UPPER_START.test(data)) out += ' ';
      crossed = false;
      out += data;
      continue;
    }
    crossed = true;
    if (node!.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag)) continue;
    if (el !== root && el.getAttribute('aria-hidden') === 'true') continue;
    if (tag === 'IMG' || tag === 'SVG' || el.getAttribute('role') === 'img') {
      out += ` ${el.getAttribute('alt') ?? el.getAttribute('aria-label') ?? ''} `;
      continue;
    }
    const breaks = BREAKS.has(tag);
    if (breaks) {
      out += ' ';
      stack.push(null);
    }
    for (let child = el.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return out.slice(0, MAX * 2);
}

function byIds(el: Element, ids: string): string {
  const doc = el.ownerDocument;
  return ids
    .split(/\s+/)
    .map((id) => textOf(doc.getElementById(id)))
    .join(' ');
}

/**
 * A field's description: the hint its aria-describedby points to ("Enter the
 * INSZ of the person…"). Design systems that make the page's heading the
 * field's label (GOV.UK's) say what the field is there.
 */
export function descriptionOf(el: Element): string {
  const ids = el.getAttribute('aria-describedby');
  return ids ? byIds(el, ids).trim().slice(0, MAX) : '';
}

export function isFormField(el: Element): el is HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement {
  const tag = el.tagName;
  return tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA';
}

export function accessibleName(el: Element): string {
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const name = byIds(el, labelledBy).trim();
    if (name) return name.slice(0, MAX);
  }
  const aria = el.getAttribute('aria-label')?.trim();
  if (aria) return aria.slice(0, MAX);
  const custom = customControlLabel(el);
  if (custom) return custom.slice(0, MAX);

  if (isFormField(el)) {
    const input = el as HTMLInputElement;
    if (input.type === 'submit' || input.type === 'button' || input.type === 'reset') return (input.value || '').slice(0, MAX);
    // An image button (old table layouts) says what it does in its alt text.
    if (input.type === 'image') return (input.alt || input.value || input.title || '').slice(0, MAX);
    const labels = input.labels ? Array.from(input.labels) : [];
    const wrapping = el.closest('label');
    if (wrapping && !labels.includes(wrapping)) labels.push(wrapping);
    const fromLabels = labels.map((label) => textOf(label)).join(' ').trim();
    if (fromLabels) return fromLabels.slice(0, MAX);
    // No label: what sits next to the field (a row header), then its hints.
    const around = [nearbyText(el), el.getAttribute('title') ?? '', el.getAttribute('placeholder') ?? ''].join(' ').trim();
    return around.slice(0, MAX);
  }
  const own = textOf(el).trim();
  if (own) return own.slice(0, MAX);
  return (el.getAttribute('title') ?? '').slice(0, MAX);
}

/** Unlabelled fields: the text of the closest small container (a table row, a list item). */
function nearbyText(el: Element): string {
  const container = el.closest('tr, li, dd, p, [role="row"], div');
  const text = textOf(container).trim();
  return text.length <= MAX ? text : '';
}
