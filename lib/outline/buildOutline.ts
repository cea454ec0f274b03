// Builds a page's outline: its structure, its roles and the portal's own words,
// masked as it is read (lib/outline/mask.ts). Nothing is taken from a field but
// whether it is filled or ticked. Read-only, like everything the guide does.
import { JOURNEYS } from '../../guide/journey';
import { OVERLAY_TAG } from '../overlayTag';
import type { Scan } from '../recognition/scanPage';
import { REPEAT_MAX } from '../recognition/pageWalk';
import { checkNationalNumber } from '../targeting/identifiers';
import { maskHref, maskPath, maskText, safeToken } from './mask';
import { OUTLINE_KIND, OUTLINE_VERSION, type OutlineCounts, type OutlineElement, type OutlineNode, type PageOutline } from './outline';

/** Never in an outline: code, styles, metadata, and our own layer. */
const LEFT_OUT = new Set(['script', 'style', 'noscript', 'template', 'link', 'meta', 'head', 'base', 'object', 'embed', OVERLAY_TAG]);
/** Past this many elements the outline stops (a report stays small enough to mail). */
const ELEMENT_MAX = 4_000;
/** Deeper than this is a hostile page, not a portal. */
const DEPTH_MAX = 100;
/** Copied as they are: they say what a thing is, never who. */
const AS_IS = ['role', 'aria-live', 'aria-modal', 'aria-expanded', 'aria-checked', 'aria-hidden', 'aria-current', 'aria-disabled', 'aria-selected', 'aria-level', 'aria-required', 'required', 'disabled', 'multiple', 'tabindex', 'colspan', 'rowspan', 'scope'];
/** Texts of the page in attributes: masked like any text. */
const TEXTS = ['aria-label', 'title', 'placeholder', 'alt', 'summary'];
/** References to other elements by id. */
const REFERENCES = ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'list', 'form'];
/** Input types whose value is the button's label, not something typed. */
const BUTTON_TYPES = new Set(['submit', 'button', 'reset', 'image']);
const FIELD_TAGS = new Set(['input', 'select', 'textarea']);

/** The journeys' known paths: an outline keeps those as they are (digits masked). Gathered once. */
let known: RegExp[] | null = null;
const knownPaths = (): RegExp[] =>
  (known ??= JOURNEYS.flatMap((j) => [...j.steps.flatMap((s) => s.pages), ...j.finish, ...(j.detours ?? [])].flatMap((p) => p.paths ?? [])));

export interface OutlineOptions {
  url: URL;
  journey: string;
  extension: string;
  guide: PageOutline['guide'];
  /** Mark what the browser does not show (checkVisibility): off for signatures, which need no layout. */
  visibility?: boolean;
  /** The day, for tests; today otherwise. */
  today?: string;
}

const emptyCounts = (): OutlineCounts => ({ headings: 0, links: 0, buttons: 0, forms: 0, fields: 0, required: 0, checkboxes: 0, ticked: 0, tables: 0, rows: 0, dialogs: 0, frames: 0 });

export function buildOutline(doc: Document, options: OutlineOptions): PageOutline {
  const { url } = options;
  const paths = knownPaths();
  const counts = emptyCounts();
  let elements = 0;
  let skipped = 0;
  /** Ids that are not plain tokens get a neutral name, the same wherever they are referred to. */
  const aliases = new Map<string, string>();
  const idOf = (id: string) => {
    if (safeToken(id)) return id;
    let alias = aliases.get(id);
    if (!alias) aliases.set(id, (alias = `ref-${String.fromCharCode(97 + (aliases.size % 26))}${aliases.size >= 26 ? aliases.size : ''}`));
    return alias;
  };

  const count = (el: Element, tag: string, type: string) => {
    const role = el.getAttribute('role');
    if (/^h[1-6]$/.test(tag) || role === 'heading') counts.headings++;
    else if (tag === 'a' && el.hasAttribute('href')) counts.links++;
    else if (tag === 'button' || role === 'button' || (tag === 'input' && BUTTON_TYPES.has(type))) counts.buttons++;
    else if (tag === 'form') counts.forms++;
    else if (tag === 'table') counts.tables++;
    else if (tag === 'tr' || role === 'row') counts.rows++;
    else if (tag === 'dialog' || role === 'dialog' || role === 'alertdialog') counts.dialogs++;
    else if (tag === 'iframe' || tag === 'frame') counts.frames++;
    if (type === 'checkbox' || role === 'checkbox') {
      counts.checkboxes++;
      if ((el as HTMLInputElement).checked || el.getAttribute('aria-checked') === 'true') counts.ticked++;
    } else if (FIELD_TAGS.has(tag) && !BUTTON_TYPES.has(type)) counts.fields++;
    if (el.hasAttribute('required') || el.getAttribute('aria-required') === 'true') counts.required++;
  };

  const attributesOf = (el: Element, tag: string, type: string, parentShown: boolean): { attributes: Record<string, string>; shown: boolean } => {
    const a: Record<string, string> = {};
    const id = el.getAttribute('id');
    if (id) a.id = idOf(id);
    const classes = (el.getAttribute('class') ?? '').split(/\s+/).filter(safeToken).slice(0, 8);
    if (classes.length) a.class = classes.join(' ');
    const name = el.getAttribute('name');
    if (name && safeToken(name)) a.name = name;
    if (type && (tag === 'input' || tag === 'button')) a.type = type;
    for (const key of AS_IS) {
      const value = el.getAttribute(key);
      if (value !== null && /^[\w -]{0,40}$/.test(value)) a[key] = value;
    }
    for (const key of TEXTS) {
      const value = el.getAttribute(key);
      if (value) a[key] = maskText(value);
    }
    for (const key of REFERENCES) {
      const value = el.getAttribute(key);
      if (value) a[key] = value.split(/\s+/).filter(Boolean).map(idOf).join(' ');
    }
    for (const key of ['href', 'action', 'src', 'data-href'] as const) {
      const value = el.getAttribute(key);
      if (value !== null) a[key] = maskHref(value, url, paths);
    }
    // What makes an element clickable without saying so (lib/targeting/findTarget.ts CLICKABLE).
    if (el.hasAttribute('onclick')) a.onclick = '';
    const style = (el.getAttribute('style') ?? '').toLowerCase();
    const styles = [/cursor:\s*pointer/, /display:\s*none/, /visibility:\s*hidden/].map((re) => re.exec(style)?.[0]).filter(Boolean);
    if (styles.length) a.style = styles.join('; ');
    if (el.hasAttribute('hidden')) a.hidden = el.getAttribute('hidden') === 'until-found' ? 'until-found' : '';
    // States, from the element (what the user sees now), never a value typed.
    if (tag === 'input' && (type === 'checkbox' || type === 'radio')) {
      if ((el as HTMLInputElement).checked) a.checked = '';
    } else if (tag === 'input' && BUTTON_TYPES.has(type)) {
      const value = el.getAttribute('value');
      if (value) a.value = maskText(value);
    } else if ((tag === 'input' || tag === 'textarea') && (el as HTMLInputElement).value) {
      // Filled, and (one bit, for the guide's own typo check) whether it reads as a valid national number.
      a['data-outline-filled'] = checkNationalNumber((el as HTMLInputElement).value) === 'valid' ? 'national-number' : '';
    }
    if (tag === 'option') {
      if ((el as HTMLOptionElement).selected) a.selected = '';
      // "— Choose —": the option that means nothing is chosen yet.
      if (el.getAttribute('value') === '') a.value = '';
    }
    if ((tag === 'details' || tag === 'dialog') && (el as HTMLDetailsElement).open) a.open = '';
    let shown = parentShown;
    if (options.visibility && parentShown && typeof (el as HTMLElement).checkVisibility === 'function' && !('hidden' in a)) {
      shown = (el as HTMLElement).checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions);
      if (!shown) a['data-outline-hidden'] = '';
    }
    return { attributes: a, shown };
  };

  const outlineOf = (el: Element, depth: number, parentShown: boolean): OutlineElement => {
    elements++;
    const tag = el.localName;
    const type = tag === 'input' ? ((el as HTMLInputElement).type || 'text').toLowerCase() : tag === 'button' ? (el.getAttribute('type') ?? 'submit').toLowerCase() : '';
    count(el, tag, type);
    const { attributes, shown } = attributesOf(el, tag, type, parentShown);
    const node: OutlineElement = [tag, attributes];
    // The frame's own page, when the browser lets us read it (same origin).
    if (tag === 'iframe' || tag === 'frame') {
      let inner: Document | null = null;
      try {
        inner = (el as HTMLIFrameElement).contentDocument;
      } catch {
        inner = null;
      }
      if (inner?.body && depth < DEPTH_MAX) node.push(outlineOf(inner.body, depth + 1, shown));
      return node;
    }
    if (tag === 'svg' || tag === 'math') return node;
    if (depth >= DEPTH_MAX) {
      skipped += el.getElementsByTagName('*').length;
      return node;
    }
    let runTag = '';
    let run = 0;
    let left = 0;
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        if (!data.trim()) continue;
        const text = maskText(data.trim());
        node.push(`${/^\s/.test(data) ? ' ' : ''}${text}${/\s$/.test(data) ? ' ' : ''}`);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const childEl = child as Element;
      const childTag = childEl.localName;
      if (LEFT_OUT.has(childTag) || (childTag === 'input' && (childEl as HTMLInputElement).type === 'hidden')) continue;
      run = childTag === runTag ? run + 1 : 1;
      runTag = childTag;
      // A long list is told by its first rows and its last, as recognition reads it (lib/recognition/pageWalk.ts).
      const lastOfRun = childEl.nextElementSibling?.localName !== childTag;
      if ((run > REPEAT_MAX && !lastOfRun) || elements >= ELEMENT_MAX) {
        const inside = 1 + childEl.getElementsByTagName('*').length;
        skipped += inside;
        left += inside;
        continue;
      }
      node.push(outlineOf(childEl, depth + 1, shown));
    }
    if (left) node[1]['data-outline-skipped'] = String(left);
    return node;
  };

  const root = doc.body ?? doc.documentElement;
  const body = root ? outlineOf(root, 0, true) : (['body', {}] as OutlineElement);
  return {
    version: OUTLINE_VERSION,
    kind: OUTLINE_KIND,
    made: options.today ?? new Date().toISOString().slice(0, 10),
    extension: options.extension,
    journey: options.journey,
    guide: options.guide,
    page: {
      host: url.hostname.toLowerCase(),
      path: maskPath(url.pathname, paths),
      lang: (doc.documentElement?.getAttribute('lang') ?? '').slice(0, 5),
      title: maskText(doc.title ?? ''),
      frame: (doc.defaultView?.top ?? null) !== doc.defaultView,
    },
    counts,
    skipped,
    body,
  };
}

/** What the guide made of the page, for the maintainers reading a report. */
export function guideSummary(scan: Scan): PageOutline['guide'] {
  const candidates = scan.candidates.slice(0, 3).map((c) => `${c.page.key} ${c.score}`);
  if (scan.kind === 'step') return { result: 'step', step: scan.stepId, page: scan.pageKey, target: scan.target ? 'found' : 'missing', candidates };
  if (scan.kind === 'unsure') return { result: 'unsure', candidates };
  if (scan.kind === 'unknown') return { result: 'unknown', candidates };
  return { result: scan.kind, page: scan.pageKey, candidates };
}
