// Finds the element a part of a step points at, by its visible name, never by
// a CSS path of the portal. Reads field values only to know whether they are
// empty or ticked; the values themselves go nowhere.
import type { Part, Role } from '../../guide/types';
import { accessibleName, isFormField, textOf } from './accessibleName';
import { checkNationalNumber } from './identifiers';
import { labelFor, normalisedLabels } from '../recognition/labels';
import { clip, matchQuality, normalise } from '../recognition/text';

const ROLE_SELECTORS: Record<Role, string> = {
  link: 'a[href], [role="link"]',
  button: 'button, input[type="submit"], input[type="button"], [role="button"], a[href]',
  textbox:
    'input:not([type]), input[type="text"], input[type="search"], input[type="tel"], input[type="number"], input[type="email"], textarea, [role="textbox"]',
  checkbox: 'input[type="checkbox"], [role="checkbox"]',
  combobox: 'select, [role="combobox"]',
};

/** Caps the work on huge pages: the target is never the 3 000th link. */
const MAX_CANDIDATES = 3000;

export interface PartResult {
  /** The part is already done on this page (field filled, box ticked). */
  satisfied: boolean;
  /** What to highlight, or null when it cannot be found. */
  element: Element | null;
  /** The words to quote to the user (the portal's own label, clipped). */
  label: string;
  /** The field's content looks mistyped (only a verdict: the content is not kept). */
  mistyped?: boolean;
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
  /** 3 exact, 2 prefix, 1 contained (see matchQuality). */
  quality: number;
}

/**
 * The best element with one of the roles whose name matches one of the labels.
 * `labels[0]` is the wording the card quotes: among equals, an element that
 * says exactly that wins, so the card and the highlight agree.
 */
export function findByName(root: ParentNode, roles: readonly Role[], labels: readonly string[]): NameMatch | null {
  const selector = roles.map((role) => ROLE_SELECTORS[role]).join(', ');
  const list = root.querySelectorAll(selector);
  let best: NameMatch | null = null;
  let bestRank = 0;
  const count = Math.min(list.length, MAX_CANDIDATES);
  for (let i = 0; i < count; i++) {
    const el = list[i]!;
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
    if (quality === 0) continue;
    // Visible beats hidden (a closed menu repeats many links). Then the page's
    // content over its header, menus and footer, worth more than one match
    // level ("Aanmelden bij Toegangsbeheer" in the page beats the header's
    // generic "Aanmelden"); then a closer match; then the quoted wording. Links
    // to a place on the same page ("Sur cette page") are not the way on.
    const rank =
      (isVisible(el) ? 100 : 0) + quality * 10 + (primary ? 5 : 0) + (inPageChrome(el) ? 0 : 15) - (isInPageAnchor(el) ? 20 : 0);
    if (rank > bestRank) {
      best = { element: el, quality };
      bestRank = rank;
    }
  }
  return best;
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
export function findByNearbyLabel(root: ParentNode, roles: readonly Role[], labels: readonly string[]): Element | null {
  const selector = roles.map((role) => ROLE_SELECTORS[role]).join(', ');
  const candidates = root.querySelectorAll(LABEL_LIKE);
  const count = Math.min(candidates.length, MAX_CANDIDATES);
  for (let i = 0; i < count; i++) {
    const label = candidates[i]!;
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

function inPageChrome(el: Element): boolean {
  return el.closest('header, nav, footer, aside, [role="banner"], [role="navigation"], [role="contentinfo"]') !== null;
}

function isChecked(el: Element): boolean {
  if (el.tagName === 'INPUT') return (el as HTMLInputElement).checked;
  return el.getAttribute('aria-checked') === 'true';
}

function fieldText(el: Element): string {
  return isFormField(el) ? el.value : (el.textContent ?? '');
}

function isEmpty(el: Element): boolean {
  return fieldText(el).trim() === '';
}

const REQUIRED_CANDIDATES =
  'input:not([type="hidden"]):not([type="submit"]):not([type="button"]):not([type="reset"]):not([type="checkbox"]):not([type="radio"]), select, textarea, [role="textbox"], [role="combobox"]';

function isRequired(el: Element): boolean {
  if ((el as HTMLInputElement).required || el.getAttribute('aria-required') === 'true') return true;
  // Some forms only star the label, inside it or right after it.
  if (/\*\s*:?\s*$/.test(accessibleName(el).trim())) return true;
  const labels = (el as HTMLInputElement).labels ? Array.from((el as HTMLInputElement).labels!) : [];
  return labels.some((label) => /^\s*\*/.test(label.nextSibling?.textContent ?? '') || /^\s*\*\s*$/.test(label.nextElementSibling?.textContent ?? ''));
}

/** The first required, editable, visible field that is still empty. */
export function firstEmptyRequired(root: ParentNode): Element | null {
  for (const el of Array.from(root.querySelectorAll(REQUIRED_CANDIDATES)).slice(0, MAX_CANDIDATES)) {
    // Cheapest test first: most fields of a form being filled are not empty.
    if (isEmpty(el) && isRequired(el) && isEnabled(el) && !(el as HTMLInputElement).readOnly && isVisible(el)) return el;
  }
  return null;
}

export function evaluatePart(root: ParentNode, part: Part, lang: string): PartResult {
  if (part.action === 'fill-required') {
    const element = firstEmptyRequired(root);
    return { satisfied: element === null, element, label: element ? clip(accessibleName(element).replace(/\*/g, '')) : '' };
  }
  const primary = labelFor(part.labels, lang);
  const labels = [normalise(primary), ...normalisedLabels(part.labels)];
  let match = findByName(root, part.roles, labels);
  if (!match || !isVisible(match.element)) {
    // Nothing visible says it: look for the control a visible label stands for.
    const near = findByNearbyLabel(root, part.roles, labels);
    match = near ? { element: near, quality: 0 } : null;
  }
  if (!match) return { satisfied: false, element: null, label: primary };
  const { element } = match;
  // Quote the portal's own words when they are exactly one of ours (a synonym
  // the page uses), so the sentence says what the user sees.
  const own = match.quality === 3 && !isFormField(element) ? clip(accessibleName(element)) : '';
  const label = own || primary;
  if (part.action === 'fill') {
    if (!part.check) return { satisfied: !isEmpty(element), element, label };
    const verdict = checkNationalNumber(fieldText(element));
    // While the user is still typing in the field, an incomplete number is no mistake.
    const typing = element.ownerDocument.activeElement === element;
    const mistyped = verdict === 'invalid' || (verdict === 'incomplete' && !typing && !isEmpty(element));
    return { satisfied: verdict === 'valid', element, label, mistyped };
  }
  if (part.action === 'check') return { satisfied: isChecked(element), element, label };
  if (part.action === 'uncheck') return { satisfied: !isChecked(element), element, label };
  return { satisfied: false, element, label };
}
