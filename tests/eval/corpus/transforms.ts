// Small building blocks: a seeded PRNG, escaping, wording picks, the "wrappers"
// text transformations and the element kinds a target can take.

import type { Lang } from './types.ts';
import type { Phrase } from './wording.ts';

// ---------------------------------------------------------------------------
// PRNG (mulberry32) and string hashing (FNV-1a), both deterministic.
// ---------------------------------------------------------------------------
export interface Rng {
  next(): number;
  int(n: number): number;
  pick<T>(xs: readonly T[]): T;
  chance(p: number): boolean;
  shuffle<T>(xs: readonly T[]): T[];
}

export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function makeRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    pick<T>(xs: readonly T[]): T {
      if (xs.length === 0) throw new Error('pick from empty list');
      return xs[int(xs.length)] as T;
    },
    chance: (p: number) => next() < p,
    shuffle<T>(xs: readonly T[]): T[] {
      const out = xs.slice();
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(i + 1);
        const tmp = out[i] as T;
        out[i] = out[j] as T;
        out[j] = tmp;
      }
      return out;
    },
  };
}

// ---------------------------------------------------------------------------
// The context every builder receives.
// ---------------------------------------------------------------------------
export type WordingSet = 'dev' | 'holdout';

/** How a clickable target is marked up (category element-kinds varies it). */
export type ClickKind =
  | 'a'
  | 'button'
  | 'card'
  | 'tabindex-div'
  | 'tabindex-span'
  | 'role-button'
  | 'role-link'
  | 'cursor'
  | 'aria-label'
  | 'title';
export const CLICK_KINDS: readonly ClickKind[] = [
  'a', 'button', 'card', 'tabindex-div', 'tabindex-span', 'role-button', 'role-link', 'cursor', 'aria-label', 'title',
];

/** How a text field is labelled. */
export type FieldKind = 'label-for' | 'label-wrap' | 'aria-label' | 'placeholder' | 'title' | 'labelledby' | 'table';
export const FIELD_KINDS: readonly FieldKind[] = ['label-for', 'label-wrap', 'aria-label', 'placeholder', 'title', 'labelledby', 'table'];

/** How a checkbox is marked up. */
export type CheckKind = 'label-for' | 'label-wrap' | 'aria-label' | 'role-checkbox' | 'table-row' | 'labelledby';
export const CHECK_KINDS: readonly CheckKind[] = ['label-for', 'label-wrap', 'aria-label', 'role-checkbox', 'table-row', 'labelledby'];

export interface Ctx {
  rng: Rng;
  lang: Lang;
  set: WordingSet;
  /** Apply the "wrappers" text transformations to visible labels. */
  wrap: boolean;
  /** Element kinds for the target (element-kinds varies them; others use the plain ones). */
  click: ClickKind;
  field: FieldKind;
  check: CheckKind;
  /** Counter for unique ids inside one document. */
  uid: { n: number };
  /** The wording picked for each phrase in this document. */
  memo: Map<Phrase, string>;
}

export function newId(ctx: Ctx, prefix: string): string {
  ctx.uid.n += 1;
  return `${prefix}${ctx.uid.n}`;
}

// ---------------------------------------------------------------------------
// Wording
// ---------------------------------------------------------------------------
/**
 * One wording of a phrase for the case's language and set. A document words a
 * thing the same way each time it shows it (title, heading, breadcrumb), so the
 * pick is remembered per document; `sayFresh` picks anew.
 */
export function say(ctx: Ctx, p: Phrase, vars: Record<string, string | number> = {}): string {
  let w = ctx.memo.get(p);
  if (w === undefined) {
    w = sayFresh(ctx, p);
    ctx.memo.set(p, w);
  }
  for (const [k, v] of Object.entries(vars)) w = w.split(`{${k}}`).join(String(v));
  return w;
}

export function sayFresh(ctx: Ctx, p: Phrase, vars: Record<string, string | number> = {}): string {
  const s = p[ctx.lang];
  const list = s[ctx.set].length > 0 ? s[ctx.set] : s.dev;
  let w = ctx.rng.pick(list);
  for (const [k, v] of Object.entries(vars)) w = w.split(`{${k}}`).join(String(v));
  return w;
}

/** All wordings of a phrase in one language and set (for lists such as other applications). */
export function all(ctx: Ctx, p: Phrase): string[] {
  const s = p[ctx.lang];
  return s[ctx.set].length > 0 ? s[ctx.set] : s.dev;
}

/** The first (confirmed) wording, for chrome the portal repeats everywhere. */
export function first(ctx: Ctx, p: Phrase): string {
  return p[ctx.lang].dev[0] ?? '';
}

// ---------------------------------------------------------------------------
// Escaping and text rendering
// ---------------------------------------------------------------------------
export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
export function attr(s: string): string {
  return esc(s).replace(/"/g, '&quot;');
}

export function stripAccents(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
}

const ICONS = [
  '<svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" focusable="false"><path d="M2 8h12M8 2v12" stroke="currentColor"/></svg>',
  '<svg class="icon" aria-hidden="true" width="14" height="14" viewBox="0 0 24 24"><circle cx="12" cy="12" r="10" fill="none" stroke="currentColor"/></svg>',
  '<i class="fa fa-chevron-right" aria-hidden="true"></i>',
  '<span class="glyphicon glyphicon-user" aria-hidden="true"></span>',
];
const IMGS = ['/img/ico-arrow.png', '/static/icons/user.svg', '/images/puce.gif', '/assets/img/picto-link.png'];

/**
 * Visible text. When ctx.wrap is on, the text is sometimes split across nested
 * spans, joined by &nbsp;, upper-cased in the DOM, stripped of accents, and
 * given an icon; the words themselves stay the same.
 */
export function text(ctx: Ctx, s: string, opts: { icon?: boolean } = {}): string {
  if (!ctx.wrap) return esc(s);
  const r = ctx.rng;
  let t = s;
  if (r.chance(0.3)) t = t.toUpperCase();
  if (r.chance(0.35)) t = stripAccents(t);
  const words = t.split(' ');
  let out: string;
  const mode = r.int(4);
  if (mode === 0 && words.length > 1) {
    out = words.map((w) => `<span>${esc(w)}</span>`).join(' ');
  } else if (mode === 1 && words.length > 1) {
    out = words.map(esc).join('&nbsp;');
  } else if (mode === 2 && words.length > 1) {
    const cut = 1 + r.int(words.length - 1);
    out = `<span class="lbl"><span>${esc(words.slice(0, cut).join(' '))}</span> <span class="lbl-rest"><b>${esc(words.slice(cut).join(' '))}</b></span></span>`;
  } else if (t.length > 3) {
    const cut = 1 + r.int(t.length - 2);
    // split inside a word: <span>Utili</span><span>sateurs</span>
    out = `<span>${esc(t.slice(0, cut))}</span><span>${esc(t.slice(cut))}</span>`;
  } else {
    out = esc(t);
  }
  if (opts.icon !== false && r.chance(0.45)) {
    const icon = r.chance(0.7) ? r.pick(ICONS) : `<img src="${r.pick(IMGS)}" alt="" width="12" height="12">`;
    out = r.chance(0.6) ? `${icon} ${out}` : `${out} ${icon}`;
  }
  if (r.chance(0.3)) out = `<span class="txt">${out}</span>`;
  return out;
}

/** Extra wrapper divs around a block (wrappers category). */
export function nest(ctx: Ctx, html: string): string {
  if (!ctx.wrap) return html;
  const depth = ctx.rng.int(3);
  let out = html;
  for (let i = 0; i < depth; i++) out = `<div class="${ctx.rng.pick(['wrap', 'inner', 'col', 'cell', 'box', 'ui-widget'])}">${out}</div>`;
  return out;
}

export const T = ' data-eval-target';

// ---------------------------------------------------------------------------
// Clickable elements
// ---------------------------------------------------------------------------
export interface ClickOpts {
  href: string;
  target?: boolean;
  kind?: ClickKind;
  cls?: string;
  /** A line of description inside cards. */
  desc?: string;
}

const ICON_ONLY = [
  '<svg aria-hidden="true" width="20" height="20" viewBox="0 0 20 20"><path d="M3 10h14M10 3l7 7-7 7" fill="none" stroke="currentColor"/></svg>',
  '<span class="icon icon-arrow" aria-hidden="true"></span>',
  '<svg aria-hidden="true" width="18" height="18"><rect x="2" y="2" width="14" height="14" fill="none" stroke="currentColor"/></svg>',
];

export function clickable(ctx: Ctx, label: string, o: ClickOpts): string {
  const kind = o.kind ?? 'a';
  const t = o.target ? T : '';
  const cls = o.cls ? ` class="${o.cls}"` : '';
  const go = `window.location.href='${o.href}'`;
  const txt = text(ctx, label);
  switch (kind) {
    case 'a':
      return `<a href="${attr(o.href)}"${cls}${t}>${txt}</a>`;
    case 'button':
      return `<button type="button"${cls} onclick="${go}"${t}>${txt}</button>`;
    case 'card':
      return `<div class="card${o.cls ? ' ' + o.cls : ''}" onclick="${go}"${t}><div class="card-body"><h3 class="card-title">${txt}</h3>${o.desc ? `<p class="card-text">${esc(o.desc)}</p>` : ''}</div></div>`;
    case 'tabindex-div':
      return `<div tabindex="0"${cls} onclick="${go}" onkeydown="if(event.key==='Enter'){${go}}"${t}>${txt}</div>`;
    case 'tabindex-span':
      return `<span tabindex="0"${cls} onclick="${go}"${t}>${txt}</span>`;
    case 'role-button':
      return `<div role="button" tabindex="0"${cls} onclick="${go}"${t}>${txt}</div>`;
    case 'role-link':
      return `<span role="link" tabindex="0"${cls} data-href="${attr(o.href)}" onclick="${go}"${t}>${txt}</span>`;
    case 'cursor':
      return `<div style="cursor:pointer"${cls} onclick="${go}"${t}>${txt}</div>`;
    case 'aria-label':
      return ctx.rng.chance(0.5)
        ? `<a href="${attr(o.href)}"${cls} aria-label="${attr(label)}"${t}>${ctx.rng.pick(ICON_ONLY)}</a>`
        : `<button type="button"${cls} aria-label="${attr(label)}" onclick="${go}"${t}>${ctx.rng.pick(ICON_ONLY)}</button>`;
    case 'title':
      return ctx.rng.chance(0.5)
        ? `<a href="${attr(o.href)}"${cls} title="${attr(label)}"${t}><img src="/img/ico-go.png" alt="" width="16" height="16"></a>`
        : `<button type="button"${cls} title="${attr(label)}" onclick="${go}"${t}>${ctx.rng.pick(ICON_ONLY)}</button>`;
  }
}

// ---------------------------------------------------------------------------
// Form fields
// ---------------------------------------------------------------------------
export type RequiredMark = 'required' | 'aria' | 'asterisk' | 'none';

export interface FieldOpts {
  name: string;
  type?: string;
  value?: string;
  required?: RequiredMark;
  target?: boolean;
  kind?: FieldKind;
  readonly?: boolean;
  help?: string;
  /** A <select> with these options (first one empty when value is ''). */
  options?: string[];
  placeholderText?: string;
}

export function field(ctx: Ctx, label: string, o: FieldOpts): string {
  const id = newId(ctx, o.name + '-');
  const kind = o.kind ?? 'label-for';
  const req = o.required ?? 'none';
  const t = o.target ? T : '';
  const reqAttr = req === 'required' ? ' required' : req === 'aria' ? ' aria-required="true"' : '';
  // the asterisk shows for every kind of required field; alone it is the only mark
  const star = req !== 'none' ? ` <span class="${ctx.rng.pick(['req', 'mandatory', 'text-danger', 'asterisk'])}">*</span>` : '';
  const value = o.value !== undefined && o.value !== '' ? ` value="${attr(o.value)}"` : '';
  const ro = o.readonly ? ' readonly' : '';
  const helpId = o.help ? newId(ctx, 'help-') : '';
  const described = o.help ? ` aria-describedby="${helpId}"` : '';
  const help = o.help ? `<small id="${helpId}" class="help-block">${esc(o.help)}</small>` : '';
  const ph = o.placeholderText ? ` placeholder="${attr(o.placeholderText)}"` : '';
  const control = (extra: string): string => {
    if (o.options) {
      const opts = o.options
        .map((x, i) => `<option value="${i === 0 ? '' : attr(x)}"${i > 0 && o.value === x ? ' selected' : ''}>${esc(x)}</option>`)
        .join('');
      return `<select id="${id}" name="${o.name}"${reqAttr}${extra}${described}${t}>${opts}</select>`;
    }
    return `<input type="${o.type ?? 'text'}" id="${id}" name="${o.name}"${value}${reqAttr}${ro}${extra}${described}${ph}${t}>`;
  };
  const lbl = text(ctx, label, { icon: false });
  // names given only by an attribute carry the asterisk themselves when it is the only mark
  const named = req === 'asterisk' ? `${label} *` : label;
  switch (kind) {
    case 'label-for':
      return `<div class="form-group"><label for="${id}">${lbl}${star}</label> ${control('')}${help}</div>`;
    case 'label-wrap':
      return `<div class="form-row"><label>${lbl}${star} ${control('')}</label>${help}</div>`;
    case 'aria-label':
      return `<div class="field">${control(` aria-label="${attr(named)}"`)}${help}</div>`;
    case 'placeholder':
      if (o.options) return `<div class="field">${control(` aria-label="${attr(named)}"`)}${help}</div>`;
      return `<div class="field">${control(o.placeholderText ? '' : ` placeholder="${attr(label + (req !== 'none' ? ' *' : ''))}"`)}${help}</div>`;
    case 'title':
      return `<div class="field">${control(` title="${attr(named)}"`)}${help}</div>`;
    case 'labelledby': {
      const lid = newId(ctx, 'lbl-');
      return `<div class="field"><span id="${lid}" class="field-label">${lbl}${star}</span> ${control(` aria-labelledby="${lid}"`)}${help}</div>`;
    }
    case 'table':
      return `<tr><th scope="row"><label for="${id}">${lbl}${star}</label></th><td>${control('')}${help}</td></tr>`;
  }
}

// ---------------------------------------------------------------------------
// Checkboxes
// ---------------------------------------------------------------------------
export function checkbox(ctx: Ctx, label: string, o: { name: string; checked: boolean; target?: boolean; kind?: CheckKind; disabled?: boolean }): string {
  const id = newId(ctx, 'app-');
  const kind = o.kind ?? 'label-for';
  const t = o.target ? T : '';
  const ch = o.checked ? ' checked' : '';
  const dis = o.disabled ? ' disabled' : '';
  const lbl = text(ctx, label, { icon: false });
  switch (kind) {
    case 'label-for':
      return `<div class="checkbox"><input type="checkbox" id="${id}" name="${o.name}" value="1"${ch}${dis}${t}> <label for="${id}">${lbl}</label></div>`;
    case 'label-wrap':
      return `<div class="checkbox"><label><input type="checkbox" name="${o.name}" value="1"${ch}${dis}${t}> ${lbl}</label></div>`;
    case 'aria-label':
      return `<li><input type="checkbox" name="${o.name}" aria-label="${attr(label)}"${ch}${dis}${t}> <span aria-hidden="true">${esc(label)}</span></li>`;
    case 'role-checkbox':
      return `<div class="chk" role="checkbox" tabindex="0" aria-checked="${o.checked ? 'true' : 'false'}"${t}><span class="box" aria-hidden="true"></span> ${lbl}</div>`;
    case 'table-row':
      return `<tr><td><input type="checkbox" id="${id}" name="${o.name}"${ch}${dis}${t}></td><td><label for="${id}">${lbl}</label></td></tr>`;
    case 'labelledby': {
      const lid = newId(ctx, 'cl-');
      return `<div class="opt"><input type="checkbox" name="${o.name}" aria-labelledby="${lid}"${ch}${dis}${t}> <span id="${lid}">${lbl}</span></div>`;
    }
  }
}

/** Wrap a list of checkbox items in the container their kind needs. */
export function checkboxList(kind: CheckKind, items: string[]): string {
  if (kind === 'table-row') return `<table class="apps"><tbody>${items.join('')}</tbody></table>`;
  if (kind === 'aria-label') return `<ul class="apps">${items.join('')}</ul>`;
  return `<div class="apps" role="group">${items.join('')}</div>`;
}
