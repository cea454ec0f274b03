// Finds the element a part of a step points at, by its visible name, never by
// a CSS path of the portal. Reads field values only to know whether they are
// empty or ticked; the values themselves go nowhere.
import type { Part, Role } from '../../guide/types';
import { accessibleName, descriptionOf, isFormField, textOf } from './accessibleName';
import { checkEnterpriseNumber, checkNationalNumber } from './identifiers';
import { labelFor, normalisedLabels } from '../recognition/labels';
import { chromeTest } from '../recognition/pageChrome';
import { queryPage, walkPage } from '../recognition/pageWalk';
import { clip, looseMatchAny, matchQuality, normalise } from '../recognition/text';
import { customControlOf, customControlRole } from './customControls';

/**
 * Elements a page makes clickable by script, without a link, a button or a
 * role: a table row or a card with a handler, a focusable div. Handlers added
 * by addEventListener leave no trace in the DOM; these are the traces that do.
 */
export const CLICKABLE =
  '[onclick], [tabindex]:not([tabindex="-1"]):not(input):not(select):not(textarea), [data-href], [style*="cursor: pointer"], [style*="cursor:pointer"]';

const ROLE_SELECTORS: Record<Role, string> = {
  link: `a[href], [role="link"], [role="menuitem"], [role="tab"], [role="treeitem"], [role="row"], [role="option"], [role="radio"], ${CLICKABLE}`,
  button: `button, input[type="submit"], input[type="button"], input[type="image"], [role="button"], a[href], [role="menuitem"], [role="tab"], ${CLICKABLE}`,
  textbox:
    'input:not([type]), input[type="text"], input[type="search"], input[type="tel"], input[type="number"], input[type="email"], textarea, [role="textbox"], [role="searchbox"]',
  checkbox: 'input[type="checkbox"], [role="checkbox"], [role="switch"]',
  combobox: 'select, [role="combobox"]',
};

/**
 * Native controls and ARIA roles: what the page itself says is clickable.
 * (A <summary> is not a target by its own name: an open section's control is
 * what to use, a closed one's summary is found through findByNearbyLabel.)
 */
const DECLARED = 'a[href], button, input, select, textarea, summary, [role]';

/** Caps the work on huge pages: the target is never the 3 000th link, nor past the 1 000th item of one list. */
const MAX_CANDIDATES = 3000;
const LIST_MAX = 1000;

export interface PartResult {
  /** The part is already done on this page (field filled, box ticked). */
  satisfied: boolean;
  /** What to highlight, or null when it cannot be found. */
  element: Element | null;
  /** The words to quote to the user (the portal's own label, clipped). */
  label: string;
  /** The field's content looks mistyped (only a verdict: the content is not kept). */
  mistyped?: boolean;
  /** How closely the element's name says the label (NameMatch.quality); 3 for the first empty required field. */
  quality: number;
  /** Other forms of the same control, to keep clear (NameMatch.others). */
  others: Element[];
}

export function isVisible(el: Element): boolean {
  if (el.closest('[hidden]:not([hidden="until-found"])')) return false;
  const check = (el as HTMLElement).checkVisibility;
  if (typeof check === 'function') return check.call(el, { visibilityProperty: true, opacityProperty: false });
  return el.getClientRects().length > 0;
}

function isEnabled(el: Element): boolean {
  return !(el as HTMLInputElement).disabled && el.getAttribute('aria-disabled') !== 'true';
}

export interface NameMatch {
  element: Element;
  /** 3 exact, 2 prefix, 1 contained (see matchQuality), 0.5 tolerant (looseMatch), 0 found by what stands near it. */
  quality: number;
  /**
   * Other visible controls that say the same (a large tile whose link is also
   * in the menu): the card must cover none of them.
   */
  others: Element[];
}

/** The page's main content, where the page says it is: among equals, a control there wins over one outside it (a header without landmarks). */
const MAIN = 'main, [role="main"], #main, #content, .main, .content';

/** How many other forms of a target are worth keeping out from under the card. */
const MAX_OTHERS = 4;

/**
 * The best element with one of the roles whose name matches one of the labels.
 * `labels[0]` is the wording the card quotes: among equals, an element that
 * says exactly that wins, so the card and the highlight agree.
 */
export function findByName(root: Document | Element, roles: readonly Role[], labels: readonly string[]): NameMatch | null {
  const selector = roles.map((role) => ROLE_SELECTORS[role]).join(', ');
  const list = queryPage(root, selector, MAX_CANDIDATES, LIST_MAX, customControlOf(roles));
  const doc = root.ownerDocument ?? (root as Document);
  const inChrome = chromeTest(doc);
  let best: NameMatch | null = null;
  let bestRank = 0;
  const strong: Element[] = [];
  for (const el of list) {
    const name = normalise(accessibleName(el));
    let quality = 0;
    let primary = false;
    for (let j = 0; j < labels.length; j++) {
      const q = matchQuality(name, labels[j]!);
      if (q > quality || (q === quality && q > 0 && j === 0)) {
        quality = q;
        primary = j === 0;
      }
    }
    // Other wording of the same words ("Ajouter une personne" is not it, "Utilisateur" is): a weaker match.
    if (quality === 0 && looseMatchAny(name, labels)) quality = 0.5;
    // A field named by the page's heading, its kind said in its hint: the weakest match.
    if (quality === 0 && isFormField(el)) {
      const hint = normalise(descriptionOf(el));
      if (hint && labels.some((label) => matchQuality(hint, label) > 0)) quality = 0.25;
    }
    if (quality === 0) continue;
    // Visible beats hidden (a closed menu repeats many links). Then the page's
    // content over its header, menus and footer, worth more than one match
    // level ("Aanmelden bij Toegangsbeheer" in the page beats the header's
    // generic "Aanmelden"); then a closer match; then the quoted wording; then
    // a declared control over a row or card clickable by script that holds
    // it. Links to a place on the same page ("Sur cette page") are not the way on.
    const visible = isVisible(el);
    if (visible && quality >= 1 && strong.length < MAX_OTHERS * 2) strong.push(el);
    const rank =
      (visible ? 100 : 0) +
      quality * 10 +
      (primary ? 5 : 0) +
      (inChrome(el) ? 0 : 15) +
      (el.closest(MAIN) ? 4 : 0) +
      (el.matches(DECLARED) ? 3 : 0) -
      (isInPageAnchor(el) ? 20 : 0);
    if (rank > bestRank) {
      best = { element: el, quality, others: [] };
      bestRank = rank;
    }
  }
  if (best) {
    const { element } = best;
    best.others = strong.filter((el) => el !== element && !el.contains(element) && !element.contains(el)).slice(0, MAX_OTHERS);
  }
  return best;
}

/** Where the words of a clickable row or card sit when nothing declares it clickable. */
const TEXT_HOLDERS = 'td, th, li, span, div, p, strong, b, em, label, dt, dd, h1, h2, h3, h4, h5, h6';
/** What a name's holder does not contain. */
const BLOCKS = 'div, p, ul, ol, table, section, article, form';
/** A text longer than this is a paragraph or a section, not a name. */
const NAME_MAX = 200;

function looksClickable(el: Element): boolean {
  if (el.matches(CLICKABLE) || el.matches(DECLARED)) return true;
  const view = el.ownerDocument.defaultView;
  return !!view && view.getComputedStyle(el).cursor === 'pointer';
}

/**
 * The last resort when no control carries the label: the words themselves,
 * and the closest element around them that the page made clickable (a row or
 * a card with a script handler, `cursor: pointer`). Only run on a recognised
 * page whose target was not found otherwise, so its style reads are few.
 */
export function findClickableByText(root: Document | Element, labels: readonly string[]): Element | null {
  const doc = root.ownerDocument ?? (root as Document);
  const inChrome = chromeTest(doc);
  let fallback: Element | null = null;
  for (const holder of queryPage(root, TEXT_HOLDERS, MAX_CANDIDATES, LIST_MAX)) {
    // A box of blocks is a section, not a name: skipped before its (possibly whole-page) text is read.
    if (holder.firstElementChild && holder.querySelector(BLOCKS)) continue;
    const raw = holder.textContent ?? '';
    if (raw.length > NAME_MAX || !raw.trim()) continue;
    const name = normalise(textOf(holder));
    if (!labels.some((label) => matchQuality(name, label) >= 2) && !looseMatchAny(name, labels)) continue;
    if (!isVisible(holder)) continue;
    let clickable: Element | null = null;
    let node: Element | null = holder;
    for (let depth = 0; node && node !== doc.body && depth < 5; depth++, node = node.parentElement) {
      if (looksClickable(node)) {
        clickable = node;
        break;
      }
    }
    if (!clickable) continue;
    // The content over the menus, as for named controls.
    if (!inChrome(clickable)) return clickable;
    fallback ??= clickable;
  }
  return fallback;
}

function isInPageAnchor(el: Element): boolean {
  const href = el.getAttribute('href');
  return href !== null && href.startsWith('#');
}

/** Where a label may stand for a nearby control: card and row titles, accordion summaries, cells. */
const LABEL_LIKE = 'h1, h2, h3, h4, h5, h6, [role="heading"], summary, th, td, dt, legend, strong, b';

/**
 * When no control carries the label, a person reads it next to the control:
 * a card titled "Sociale Zekerheid" with a generic button, a table row
 * "LSS-Arbeitgeber … [Auswählen]", an open accordion section. Returns the one
 * control that shares a small container with the label (never a guess among
 * several), or the summary of a closed section that holds it.
 */
export function findByNearbyLabel(root: Document | Element, roles: readonly Role[], labels: readonly string[]): Element | null {
  const selector = roles.map((role) => ROLE_SELECTORS[role]).join(', ');
  for (const label of queryPage(root, LABEL_LIKE, MAX_CANDIDATES, LIST_MAX)) {
    const name = normalise(textOf(label));
    if (!labels.some((l) => matchQuality(name, l) >= 2) || !isVisible(label)) continue;
    if (label.tagName === 'SUMMARY') {
      const details = label.parentElement;
      if (details && !(details as HTMLDetailsElement).open) return label;
    }
    let container: Element | null = label.parentElement;
    for (let depth = 0; container && depth < 4; depth++, container = container.parentElement) {
      const controls = Array.from(container.querySelectorAll(selector)).filter((c) => c !== label && isVisible(c));
      if (controls.length === 1) return controls[0]!;
      if (controls.length > 1) break;
    }
  }
  return null;
}

function isChecked(el: Element): boolean {
  if (el.tagName === 'INPUT') return (el as HTMLInputElement).checked;
  if (customControlRole(el) && el.hasAttribute('checked')) return true;
  return el.getAttribute('aria-checked') === 'true';
}

function fieldText(el: Element): string {
  if (isFormField(el)) return el.value;
  // A custom field's value is its attribute (what its shadow root's input holds, reflected).
  if (customControlRole(el)) return el.getAttribute('value') ?? '';
  return el.textContent ?? '';
}

const isCustomField = customControlOf(['textbox', 'combobox']);

function isEmpty(el: Element): boolean {
  return fieldText(el).trim() === '';
}

const REQUIRED_CANDIDATES =
  'input:not([type="hidden"]):not([type="submit"]):not([type="button"]):not([type="reset"]):not([type="checkbox"]):not([type="radio"]), select, textarea, [role="textbox"], [role="combobox"]';

function isRequired(el: Element): boolean {
  if ((el as HTMLInputElement).required || el.getAttribute('aria-required') === 'true') return true;
  if (customControlRole(el) && el.hasAttribute('required')) return true;
  // Some forms only star the label, inside it or right after it.
  if (/\*\s*:?\s*$/.test(accessibleName(el).trim())) return true;
  const labels = (el as HTMLInputElement).labels ? Array.from((el as HTMLInputElement).labels!) : [];
  const starred = (node: Node | null | undefined) => /^\s*\*\s*$/.test(node?.textContent ?? '');
  // A star after the label, or before it (Oracle ADF puts an <abbr>*</abbr> first).
  if (labels.some((label) => /^\s*\*/.test(label.nextSibling?.textContent ?? '') || starred(label.nextElementSibling) || starred(label.previousElementSibling))) return true;
  // Or the field's row says so by its class ("p_AFRequired", "form-group required", "is-mandatory").
  const row = el.closest('tr, li, div');
  return !!row && REQUIRED_CLASS.test(`${row.getAttribute('class') ?? ''} ${el.getAttribute('class') ?? ''}`);
}
const REQUIRED_CLASS = /(^|[\s_-])(p_af)?(required|mandatory)($|[\s_-])/i;

/** The first required, editable, visible field that is still empty. */
export function firstEmptyRequired(root: Document | Element): Element | null {
  let found: Element | null = null;
  let candidates = 0;
  // The walk stops at the first one (the page's fields are not all gathered first).
  walkPage(
    root,
    (el) => {
      if (!el.matches(REQUIRED_CANDIDATES) && !isCustomField(el)) return false;
      // Cheapest test first: most fields of a form being filled are not empty.
      if (isEmpty(el) && isRequired(el) && isEnabled(el) && !(el as HTMLInputElement).readOnly && isVisible(el)) found = el;
      return found !== null || ++candidates >= MAX_CANDIDATES;
    },
    LIST_MAX,
  );
  return found;
}

export function evaluatePart(root: Document | Element, part: Part, lang: string): PartResult {
  if (part.action === 'fill-required') {
    const element = firstEmptyRequired(root);
    return { satisfied: element === null, element, label: element ? clip(accessibleName(element).replace(/\*/g, '')) : '', quality: 3, others: [] };
  }
  const primary = labelFor(part.labels, lang);
  const labels = [normalise(primary), ...normalisedLabels(part.labels)];
  let match = findByName(root, part.roles, labels);
  if (!match || !isVisible(match.element)) {
    // Nothing visible says it: look for the control a visible label stands for,
    // then for the words in a row or card the page made clickable by script.
    const near =
      findByNearbyLabel(root, part.roles, labels) ??
      (part.roles.includes('link') || part.roles.includes('button') ? findClickableByText(root, labels) : null);
    match = near ? { element: near, quality: 0, others: [] } : null;
  }
  if (!match) return { satisfied: false, element: null, label: primary, quality: 0, others: [] };
  const { element, quality, others } = match;
  // Quote the portal's own words when they are exactly one of ours (a synonym
  // the page uses), so the sentence says what the user sees.
  const own = quality === 3 && !isFormField(element) ? clip(accessibleName(element)) : '';
  const label = own || primary;
  const found = { element, label, quality, others };
  if (part.action === 'fill') {
    if (!part.check) return { ...found, satisfied: !isEmpty(element) };
    const verdict = (part.check === 'enterprise-number' ? checkEnterpriseNumber : checkNationalNumber)(fieldText(element));
    // While the user is still typing in the field, an incomplete number is no mistake.
    const typing = element.ownerDocument.activeElement === element;
    const mistyped = verdict === 'invalid' || (verdict === 'incomplete' && !typing && !isEmpty(element));
    return { ...found, satisfied: verdict === 'valid', mistyped };
  }
  if (part.action === 'check') return { ...found, satisfied: isChecked(element) };
  if (part.action === 'uncheck') return { ...found, satisfied: !isChecked(element) };
  return { ...found, satisfied: false };
}
