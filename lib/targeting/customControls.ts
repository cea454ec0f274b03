// Design systems built of custom elements (Shoelace / Web Awesome's
// <sl-input label="…">, Ionic's <ion-checkbox>, UI5's <ui5-button>) draw the
// native control inside their own shadow root. The host element, in the page,
// carries the control's name (a `label` attribute, or its text) and its state
// (`required`, `checked`, `value`), and it is what a person clicks or types
// into: the guide reads and rings the host.
import type { Role } from '../../guide/types';

const KINDS: readonly (readonly [RegExp, Role])[] = [
  [/-(input|textarea|textfield|text-field|number-field|search|search-field)$/, 'textbox'],
  [/-(select|combobox|combo-box|dropdown)$/, 'combobox'],
  [/-(checkbox|switch|toggle)$/, 'checkbox'],
  [/-(button|icon-button|radio|radio-button|link)$/, 'button'],
];

/** The role a custom element plays by its tag name, or null for any other element. */
export function customControlRole(el: Element): Role | null {
  const tag = el.localName;
  if (!tag.includes('-')) return null;
  for (const [pattern, role] of KINDS) if (pattern.test(tag)) return role;
  return null;
}

/** The name a custom control shows in its own label (the attribute its shadow root renders). */
export function customControlLabel(el: Element): string {
  return customControlRole(el) ? (el.getAttribute('label') ?? '').trim() : '';
}

/** A predicate for queryPage: custom controls playing one of these roles. */
export function customControlOf(roles: readonly Role[]): (el: Element) => boolean {
  return (el) => {
    const role = customControlRole(el);
    return role !== null && (roles.includes(role) || (role === 'button' && roles.includes('link')));
  };
}
