// The pages of the third journey, "designate the main access manager"
// (designate-main-manager, issue 17): the csam.be service page seen from that
// journey (its first section and the standard procedure), the federal login on
// the way to the designation application, the application's three steps
// (enterprise number, the designated person, confirmation) and its end, with
// the special pages (dialogs, SPA swap, form errors, expiry, errors, pages off
// the way). Written from PORTAL.md, INAMI's guide and issue 17 only (see
// README.md). Where the application lives is inferred (PORTAL.md: under
// www.csam.be/app032/camregistration/); some pages are put on
// iamapps.belgium.be instead, so no single host or path decides.

import type { Lang } from './types.ts';
import { app, csam, dmm, off, status } from './wording.ts';
import { attr, checkbox, clickable, esc, field, first, nest, say, T, text, type ClickKind, type Ctx, type RequiredMark } from './transforms.ts';
import { cookieBanner, csamServiceHead, csamShell, csamUrl, CSAM_SERVICE_PATH, doc, email, filler, h1, idpPage, NISS, PEOPLE, type Built, type ChromeStyle } from './templates.ts';

const LANGS: readonly Lang[] = ['nl', 'fr', 'de', 'en'];
const FIRM: Record<Lang, string> = { fr: 'Pharma Exemple SA', nl: 'Voorbeeld Farma NV', de: 'Beispiel Pharma AG', en: 'Example Pharma Ltd' };
/** The corpus's made-up firm (valid check digits: 01234567 mod 97 = 48, 97 − 48 = 49). */
const BCE = '0123.456.749';
/** Invalid check digits (PORTAL.md's invalid example). */
const BCE_INVALID = '0431.150.351';
const PHONES = ['+32 000 00 00 00', '0400 00 00 00', '+32 470 00 00 00'];
const KBO_PUBLIC = (l: Lang) => `https://kbopub.economie.fgov.be/kbopub/zoeknummerform.html?lang=${l}`;

export type DesignatePage =
  | 'designate-csam-home'
  | 'designate-service'
  | 'designate-login'
  | 'designate-enterprise'
  | 'designate-designee'
  | 'designate-confirm'
  | 'designate-recorded';

/** The in-application pages (they carry the application's chrome). */
export type DesignateInApp = 'designate-enterprise' | 'designate-designee' | 'designate-confirm' | 'designate-recorded';
export const DESIGNATE_IN_APP: readonly DesignateInApp[] = ['designate-enterprise', 'designate-designee', 'designate-confirm', 'designate-recorded'];

// ---------------------------------------------------------------------------
// The csam.be service page, seen from the designation journey
// ---------------------------------------------------------------------------
export interface ServiceOpts {
  /** What the page rings: the standard procedure (designate journey) or "Manage access" (the other two). */
  target: 'standard' | 'manage';
  /** The first section as a disclosure (details / accordion / tab), open or closed. */
  disclosure?: 'open' | 'closed';
  /** A cookie or information dialog over the page. */
  dialog?: boolean;
}

export function designateService(ctx: Ctx, o: ServiceOpts): Built {
  const r = ctx.rng;
  const l = ctx.lang;
  const std = o.target === 'standard';
  const closed = o.disclosure === 'closed';
  const sectionTitle = say(ctx, dmm.section);
  const stdHead = say(ctx, csam.procStandard);
  const excHead = say(ctx, csam.procException);
  const layout = o.disclosure ? 0 : r.int(4);
  // A bare "Start" under the procedure's heading, now and then (only where a heading names it).
  const generic = std && !o.disclosure && (layout === 0 || layout === 2) && r.chance(0.12);
  const stdHref = r.pick(['/app032/camregistrationpublic/?procedure=standard', '/app032/camregistration/', `/app032/camregistrationpublic/${l}/standard`, `https://iamapps.belgium.be/camregistration/?proc=std&lang=${l}`]);
  const stdClick = clickable(ctx, generic ? say(ctx, dmm.startGeneric) : say(ctx, dmm.stdLink), {
    href: stdHref,
    target: std && !closed,
    kind: std ? ctx.click : 'a',
    cls: r.pick(['btn btn-primary', 'link-arrow', 'button']),
    desc: say(ctx, dmm.stdText),
  });
  const excClick = `<a href="/app032/camregistrationpublic/exception?lang=${l}" class="${r.pick(['btn btn-secondary', 'link-arrow'])}">${esc(say(ctx, dmm.excLink))}</a>`;
  const kbo = r.chance(0.5) ? `<p class="hint">${esc(say(ctx, dmm.kboText))} <a href="${KBO_PUBLIC(l)}" rel="external">${esc(say(ctx, dmm.kboLink))}</a></p>` : '';
  const stdText = `<p>${esc(say(ctx, dmm.stdText))}</p>`;
  const excText = `<p>${esc(say(ctx, dmm.excText))}</p>`;
  let procedures: string;
  switch (layout) {
    case 0:
      procedures = `<div class="procedure"><h3>${text(ctx, stdHead, { icon: false })}</h3>${stdText}<p>${stdClick}</p></div><div class="procedure"><h3>${esc(excHead)}</h3>${excText}<p>${excClick}</p></div>`;
      break;
    case 1:
      procedures = `<ul class="procedures"><li>${stdClick}<br><span class="hint">${esc(say(ctx, dmm.stdText))}</span></li><li>${excClick}<br><span class="hint">${esc(say(ctx, dmm.excText))}</span></li></ul>`;
      break;
    case 2:
      procedures = `<div class="procedure-cards"><div class="procedure-card"><h3>${text(ctx, stdHead, { icon: false })}</h3>${stdText}${stdClick}</div><div class="procedure-card"><h3>${esc(excHead)}</h3>${excText}${excClick}</div></div>`;
      break;
    default:
      procedures = `<table class="procedures"><tbody><tr><th scope="row">${esc(stdHead)}</th><td>${esc(say(ctx, dmm.stdText))}</td><td>${stdClick}</td></tr><tr><th scope="row">${esc(excHead)}</th><td>${esc(say(ctx, dmm.excText))}</td><td>${excClick}</td></tr></tbody></table>`;
  }
  const first1 = `<p>${esc(say(ctx, dmm.sectionText))}</p>${procedures}${kbo}`;
  const am = say(ctx, csam.appointAM);
  const second = `<p>${esc(say(ctx, dmm.appointAMText))}</p><p><a class="btn" href="/app032/camregistration/?action=access-managers">${esc(am)}</a></p>`;
  const manage = say(ctx, csam.manageAccess);
  const manageClick = clickable(ctx, manage, { href: csamUrl.systems(l), target: !std, kind: std ? 'a' : ctx.click, cls: 'btn btn-primary' });
  const third = `<p>${esc(say(ctx, csam.manageAccessDesc))}</p><p>${manageClick}</p>`;

  let sections: string;
  if (!o.disclosure) {
    const tag = r.chance(0.7) ? 'h2' : 'h3';
    sections = r.chance(0.5)
      ? `<section id="designer" class="block"><${tag}>${text(ctx, sectionTitle, { icon: false })}</${tag}>${first1}</section><section class="block"><${tag}>${esc(am)}</${tag}>${second}</section><section class="block"><${tag}>${esc(manage)}</${tag}>${third}</section>`
      : `<ol class="choices"><li><${tag}>${text(ctx, sectionTitle, { icon: false })}</${tag}>${first1}</li><li><${tag}>${esc(am)}</${tag}>${second}</li><li><${tag}>${esc(manage)}</${tag}>${third}</li></ol>`;
  } else {
    const open = !closed;
    const toggleT = std && closed ? T : '';
    const mode = r.int(3);
    if (mode === 0) {
      sections = `<details${open ? ' open' : ''}><summary${toggleT}>${text(ctx, sectionTitle, { icon: false })}</summary>${first1}</details><details><summary>${esc(am)}</summary>${second}</details><details><summary>${esc(manage)}</summary>${third}</details>`;
    } else if (mode === 1) {
      sections = `<div class="accordion">
<div class="acc-item${open ? ' is-open' : ''}"><h2><button type="button" aria-expanded="${open}" aria-controls="p1"${toggleT}>${text(ctx, sectionTitle, { icon: false })}</button></h2><div id="p1" class="acc-panel" role="region"${open ? '' : ' hidden'}>${first1}</div></div>
<div class="acc-item"><h2><button type="button" aria-expanded="false" aria-controls="p2">${esc(am)}</button></h2><div id="p2" class="acc-panel" hidden>${second}</div></div>
<div class="acc-item"><h2><button type="button" aria-expanded="false" aria-controls="p3">${esc(manage)}</button></h2><div id="p3" class="acc-panel" hidden>${third}</div></div>
</div>`;
    } else {
      // tabs: the first tab is selected by default, so "closed" means another tab is shown
      sections = `<div class="tabs"><div role="tablist" aria-label="${attr(first(ctx, csam.serviceAM))}">
<button role="tab" id="t1" aria-selected="${open}" aria-controls="tp1"${open ? '' : ' tabindex="-1"'}${toggleT}>${text(ctx, sectionTitle, { icon: false })}</button>
<button role="tab" id="t2" aria-selected="false" aria-controls="tp2" tabindex="-1">${esc(am)}</button>
<button role="tab" id="t3" aria-selected="${!open}" aria-controls="tp3"${open ? ' tabindex="-1"' : ''}>${esc(manage)}</button></div>
<div role="tabpanel" id="tp1" aria-labelledby="t1"${open ? '' : ' hidden'}>${first1}</div>
<div role="tabpanel" id="tp2" aria-labelledby="t2" hidden>${second}</div>
<div role="tabpanel" id="tp3" aria-labelledby="t3"${open ? ' hidden' : ''}>${third}</div></div>`;
    }
  }
  let overlay = '';
  if (o.dialog) {
    overlay = r.chance(0.5)
      ? cookieBanner(ctx, true)
      : `<dialog open aria-modal="true" aria-labelledby="dlg-t" class="modal"><h2 id="dlg-t">${esc(r.pick(['Information', 'Info']))}</h2><p>${esc(say(ctx, dmm.excText))}</p><p>${esc(filler(ctx))}</p><form method="dialog"><button>OK</button></form></dialog>`;
  }
  const url = csamUrl.service(l) + (o.disclosure === 'open' && r.chance(0.5) ? r.pick(['#designer', '#gap', '#section-1', '#htb']) : '');
  const main = nest(ctx, csamServiceHead(ctx) + sections) + overlay;
  return { url, html: csamShell(ctx, { title: `${first(ctx, csam.serviceAM)} | CSAM`, main, current: 'service', cookie: o.dialog ? false : undefined, pathFor: (x) => CSAM_SERVICE_PATH[x] }) };
}

// ---------------------------------------------------------------------------
// The federal login on the way to the designation application
// ---------------------------------------------------------------------------
export function designateLogin(ctx: Ctx): Built {
  const l = ctx.lang;
  const goto = encodeURIComponent(ctx.rng.pick(['https://www.csam.be/app032/camregistration/', `https://www.csam.be/app032/camregistration/${l}/start.xhtml`, 'https://iamapps.belgium.be/camregistration/']));
  const url = ctx.rng.pick([
    `https://idp.iamfas.belgium.be/fas/XUI/#login/&realm=%2FEnterprise&locale=${l}&goto=${goto}`,
    `https://idp.iamfas.belgium.be/fas/XUI/?realm=/Citizen&locale=${l}&goto=${goto}`,
    `https://idp.iamfas.belgium.be/fas/XUI/#login/&goto=${goto}`,
  ]);
  return { url, html: idpPage(ctx) };
}

// ---------------------------------------------------------------------------
// The designation application: URLs and chrome
// ---------------------------------------------------------------------------
const ROUTES: Record<string, { names: string[]; no: number }> = {
  enterprise: { names: ['enterprise', 'company', 'identification'], no: 1 },
  designee: { names: ['main-access-manager', 'designee', 'gap', 'manager'], no: 2 },
  confirm: { names: ['summary', 'confirm', 'recap', 'review'], no: 3 },
  recorded: { names: ['done', 'confirmation', 'result', 'success'], no: 4 },
  other: { names: ['access-managers'], no: 0 },
  error: { names: ['error', 'enterprise', 'summary'], no: 0 },
  expired: { names: ['sessionExpired', 'timeout', 'logout'], no: 0 },
};

export function dmmUrl(ctx: Ctx, route: keyof typeof ROUTES, spa?: boolean): string {
  const r = ctx.rng;
  const l = ctx.lang;
  const ro = ROUTES[route]!;
  const name = r.pick(ro.names);
  if (spa ?? r.chance(0.3)) {
    return r.pick([
      `https://www.csam.be/app032/camregistration/#/${l}/${name}`,
      `https://www.csam.be/app032/camregistration/index.html#/${name}?lang=${l}`,
      `https://iamapps.belgium.be/camregistration/#/${l}/${name}`,
    ]);
  }
  const wizard = ro.no > 0 ? [`https://www.csam.be/app032/camregistration/wizard.xhtml?step=${ro.no}&lang=${l}`] : [];
  return r.pick([
    `https://www.csam.be/app032/camregistration/${l}/${name}.xhtml${r.chance(0.5) ? `?cid=${r.int(90) + 10}` : ''}`,
    `https://www.csam.be/app032/camregistration/designation/${name}?lang=${l}`,
    ...wizard,
    `https://iamapps.belgium.be/camregistration/${l}/${name}`,
  ]);
}

function langs(ctx: Ctx): string {
  return `<ul class="langs">${LANGS.map((x) => (x === ctx.lang ? `<li><span class="active" aria-current="true">${x.toUpperCase()}</span></li>` : `<li><a href="?lang=${x}" lang="${x}">${x.toUpperCase()}</a></li>`)).join('')}</ul>`;
}

/** The wizard's steps (enterprise, main access manager, confirmation); `active` 3 = all done. */
function stepper(ctx: Ctx, style: ChromeStyle, active: number): string {
  const labels = [say(ctx, dmm.stepEnterprise), say(ctx, dmm.stepDesignee), say(ctx, dmm.stepConfirm)];
  const label = say(ctx, dmm.stepsLabel);
  const state = (i: number) => (i < active ? 'done' : i === active ? 'current' : 'todo');
  switch (style) {
    case 'landmarks':
      return `<nav aria-label="${attr(label)}" class="steps"><ol class="stepper">${labels.map((s, i) => `<li class="${state(i)}"${i === active ? ' aria-current="step"' : ''}><span class="num">${i + 1}</span> ${esc(s)}${i < active ? ' <span aria-hidden="true">✓</span>' : ''}</li>`).join('')}</ol></nav>`;
    case 'divs':
      return `<div class="wizard-steps">${labels.map((s, i) => `<div class="wizard-step ${state(i) === 'current' ? 'active' : state(i)}">${i + 1}. ${esc(s)}</div>`).join('')}</div>`;
    case 'table':
      return `<table class="steps" cellspacing="0"><tr>${labels.map((s, i) => `<td class="${i === active ? 'on' : 'off'}">${i === active ? '<b>' : ''}${i + 1}. ${esc(s)}${i === active ? '</b>' : ''}</td>`).join('')}</tr></table>`;
    case 'spa':
      return `<div class="stepper-header" role="tablist" aria-label="${attr(label)}">${labels.map((s, i) => `<div role="tab" aria-selected="${i === active}" aria-disabled="${i > active}" class="step-header ${state(i)}"><span class="step-icon">${i < active ? '✓' : i + 1}</span><span class="step-label">${esc(s)}</span></div>`).join('<div class="step-line"></div>')}</div>`;
  }
}

function header(ctx: Ctx, style: ChromeStyle): string {
  const r = ctx.rng;
  const p = r.pick(PEOPLE);
  const appName = say(ctx, dmm.appName);
  const user = `${esc(say(ctx, app.loggedInAs))} ${esc(p[0] + ' ' + p[1])} (${esc(say(ctx, dmm.representative))}) · <a href="/app032/camregistration/logout">${esc(say(ctx, app.logout))}</a>`;
  const home = `https://www.csam.be/${ctx.lang}/index.html`;
  switch (style) {
    case 'landmarks':
      return `<header class="app-header"><a href="${home}"><img src="/app032/camregistration/img/csam.svg" alt="CSAM"></a> <span class="app-name">${esc(appName)}</span><div class="user">${user}</div>${langs(ctx)}</header>`;
    case 'divs':
      return `<div class="navbar navbar-default"><div class="container"><a class="navbar-brand" href="${home}">CSAM</a><span class="navbar-text">${esc(appName)}</span><div class="navbar-right">${user} ${langs(ctx)}</div></div></div>`;
    case 'table':
      return `<table class="hdr" width="100%"><tr><td><img src="/app032/img/logo-csam.gif" alt="CSAM"> <font size="4">${esc(appName)}</font></td><td align="right">${user}</td></tr></table>`;
    case 'spa':
      return `<div class="app-bar"><span class="app-title">${esc(appName)}</span><span class="spacer"></span><span class="user-chip">${user}</span>${langs(ctx)}</div>`;
  }
}

function footer(ctx: Ctx, style: ChromeStyle): string {
  const f = `${esc(say(ctx, csam.footer))} · ${esc(say(ctx, dmm.helpdesk))}`;
  if (style === 'landmarks') return `<footer class="app-footer">${f}</footer>`;
  if (style === 'table') return `<table width="100%"><tr><td class="ftr" align="center"><small>${f}</small></td></tr></table>`;
  return `<div class="footer">${f}</div>`;
}

/** The application's body: chrome (or a bare page) around the content. `active`: the stepper's step, or null for none. */
export function dmmBody(ctx: Ctx, style: ChromeStyle | null, content: string, active: number | null): string {
  if (style === null) return `<div class="page"><div class="topbar">CSAM – ${esc(first(ctx, dmm.appName))}</div>${content}</div>`;
  const steps = active === null ? '' : stepper(ctx, style, active);
  const h = header(ctx, style);
  const f = footer(ctx, style);
  switch (style) {
    case 'landmarks':
      return `${h}${steps}<main id="content">${content}</main>${f}`;
    case 'divs':
      return `${h}<div class="container">${steps}<div class="row"><div class="col-md-8 col-md-offset-2 content">${content}</div></div></div>${f}`;
    case 'table':
      return `<table width="100%" border="0" cellspacing="0"><tr><td>${h}</td></tr><tr><td>${steps}</td></tr><tr><td class="body" valign="top">${content}</td></tr><tr><td>${f}</td></tr></table>`;
    case 'spa':
      return `<div id="app"><div class="shell">${h}<div class="page" role="region" aria-live="polite">${steps}${content}</div>${f}</div></div>`;
  }
}

function appDoc(ctx: Ctx, title: string, body: string): string {
  return doc(ctx, { title: `${title} – ${first(ctx, dmm.appName)}`, body });
}

/** The step's heading: alone in an h1, or under the procedure's name (the same h1 on every step). */
function stepHeading(ctx: Ctx, heading: string, tag: 'h1' | 'h2' = 'h1'): string {
  if (tag === 'h1' && ctx.rng.chance(0.45)) return `${h1(ctx, say(ctx, dmm.section))}<h2>${text(ctx, heading, { icon: false })}</h2>`;
  return `<${tag}>${text(ctx, heading, { icon: false })}</${tag}>`;
}

function nextButton(ctx: Ctx, label: string): string {
  return ctx.rng.chance(0.7) ? `<button type="submit" class="btn btn-primary">${text(ctx, label)}</button>` : `<input type="submit" class="button" value="${attr(label)}">`;
}

function alert(ctx: Ctx, msg: string, extra = ''): string {
  return ctx.rng.pick([
    `<div class="alert alert-danger" role="alert">${esc(msg)}${extra}</div>`,
    `<div class="message error"><img src="/app032/img/error.png" alt="!"> <span>${esc(msg)}</span>${extra}</div>`,
    `<p class="errors" role="alert"><strong>${esc(msg)}</strong>${extra}</p>`,
  ]);
}

// ---------------------------------------------------------------------------
// The application's pages
// ---------------------------------------------------------------------------
export function enterpriseContent(ctx: Ctx, o: { target: boolean; error?: 'invalid' | 'not-rep'; headingTag?: 'h1' | 'h2' }): string {
  const r = ctx.rng;
  const kind = ctx.field;
  const label = say(ctx, dmm.enterpriseLabel);
  const value = o.error === 'invalid' ? r.pick([BCE_INVALID, '0123 456 7', '123456749']) : o.error === 'not-rep' ? r.pick([BCE, 'BE 0123.456.749', '0123456749']) : undefined;
  let f = field(ctx, label, {
    name: r.pick(['enterpriseNumber', 'kbo', 'bce', 'cbe', 'companyNumber']),
    required: r.pick<RequiredMark>(['required', 'aria', 'asterisk', 'none']),
    target: o.target,
    kind,
    value,
    help: r.chance(0.6) ? say(ctx, dmm.enterpriseHelp) : undefined,
  });
  if (o.error) f = f.replace(/<input /, '<input aria-invalid="true" ');
  const fieldHtml = kind === 'table' ? `<table class="form">${f}</table>` : f;
  const err = o.error ? alert(ctx, o.error === 'invalid' ? say(ctx, dmm.invalidEnterprise) : say(ctx, dmm.notRepresentative)) : '';
  const intro = r.chance(0.8) ? `<p>${esc(say(ctx, dmm.enterpriseIntro))}</p>` : '';
  const kbo = r.chance(0.4) ? `<p class="hint">${esc(say(ctx, dmm.kboText))} <a href="${KBO_PUBLIC(ctx.lang)}">${esc(say(ctx, dmm.kboLink))}</a></p>` : '';
  const back = r.chance(0.5) ? `<a href="https://www.csam.be${CSAM_SERVICE_PATH[ctx.lang]}" class="btn btn-link">${esc(say(ctx, dmm.cancel))}</a>` : '';
  return nest(ctx, `${stepHeading(ctx, say(ctx, dmm.enterpriseHeading), o.headingTag)}${err}${intro}<form method="post" action="enterprise.xhtml" novalidate>${fieldHtml}${kbo}<div class="actions">${nextButton(ctx, say(ctx, dmm.next))} ${back}</div></form>`);
}

/** The designated person as the forms show them (the same on the form and in its summary). */
export interface Designee {
  person: readonly [string, string];
  niss: string;
  phone: string;
}
function designee(ctx: Ctx): Designee {
  return { person: ctx.rng.pick(PEOPLE), niss: ctx.rng.pick(NISS), phone: ctx.rng.pick(PHONES) };
}

export function designeeContent(ctx: Ctx, o: { target: boolean; filled?: Designee; error?: boolean; headingTag?: 'h1' | 'h2' }): string {
  const r = ctx.rng;
  const l = ctx.lang;
  const kind = ctx.field;
  const mark = r.pick<RequiredMark>(['required', 'aria', 'asterisk']);
  const p = o.filled?.person ?? r.pick(PEOPLE);
  const fill = (v: string) => (o.filled ? v : '');
  const firm = r.chance(0.7) ? `<p class="firm">${esc(first(ctx, dmm.stepEnterprise))}: <strong>${esc(FIRM[l])}</strong> (${BCE})</p>` : '';
  const self = r.chance(0.4) ? checkbox(ctx, say(ctx, dmm.self), { name: 'self', checked: false, kind: r.pick(['label-for', 'label-wrap'] as const) }) : '';
  let niss = field(ctx, say(ctx, dmm.designeeNiss), {
    name: r.pick(['niss', 'inss', 'nationalNumber', 'rrn']),
    required: mark,
    target: o.target,
    kind,
    value: fill(o.filled?.niss ?? r.pick(NISS)),
    help: r.chance(0.5) ? say(ctx, app.nissHelp) : undefined,
  });
  if (o.error) niss = niss.replace(/<input /, '<input aria-invalid="true" ');
  const fields = [niss, field(ctx, say(ctx, dmm.phone), { name: 'phone', type: 'tel', required: mark, kind, value: o.error && r.chance(0.5) ? r.pick(PHONES) : fill(o.filled?.phone ?? r.pick(PHONES)) })];
  if (r.chance(0.7)) fields.push(field(ctx, say(ctx, app.email), { name: 'email', type: 'email', required: r.chance(0.6) ? mark : 'none', kind, value: fill(email(p)) }));
  if (r.chance(0.3)) {
    const names = first(ctx, app.langNames).split(', ');
    fields.push(field(ctx, say(ctx, app.language), { name: 'language', required: mark, kind, value: names[['fr', 'nl', 'de', 'en'].indexOf(l)] ?? '', options: [say(ctx, app.choose), ...names] }));
  }
  const wrapRows = (rows: string[]) => (kind === 'table' ? `<table class="form">${rows.join('')}</table>` : rows.join(''));
  // the representative's own contact details, after the designated person's
  const rep = r.chance(0.35) ? `<h2>${esc(say(ctx, dmm.repSection))}</h2>${wrapRows([field(ctx, say(ctx, dmm.phone), { name: 'repPhone', type: 'tel', required: mark, kind, value: fill(r.pick(PHONES)) })])}` : '';
  const note = mark === 'asterisk' || r.chance(0.5) ? `<p class="required-note">${esc(say(ctx, app.requiredNote))}</p>` : '';
  const err = o.error ? alert(ctx, say(ctx, dmm.formErrors), `<ul><li>${esc(first(ctx, dmm.designeeNiss))}: ${esc(say(ctx, dmm.fieldRequired))}</li></ul>`) : '';
  const intro = r.chance(0.7) ? `<p>${esc(say(ctx, dmm.designeeIntro))}</p>` : '';
  const prev = `<a href="enterprise.xhtml" class="btn btn-secondary">${esc(say(ctx, dmm.previous))}</a>`;
  const next = nextButton(ctx, say(ctx, dmm.next));
  const actions = r.chance(0.6) ? `${prev} ${next}` : `${next} ${prev}`;
  return nest(ctx, `${stepHeading(ctx, say(ctx, dmm.designeeHeading), o.headingTag)}${err}${intro}${note}${firm}<form method="post" action="designee.xhtml" novalidate>${self}${wrapRows(fields)}${rep}<div class="actions">${actions}</div></form>`);
}

export function confirmContent(ctx: Ctx, o: { target: boolean; kinds?: boolean; headingTag?: 'h1' | 'h2'; data?: Designee }): string {
  const r = ctx.rng;
  const l = ctx.lang;
  const d = o.data ?? designee(ctx);
  const p = d.person;
  const rows: [string, string][] = [
    [first(ctx, dmm.enterpriseLabel), `${FIRM[l]} (${BCE})`],
    [first(ctx, dmm.stepDesignee), `${p[0]} ${p[1]}`],
    [first(ctx, dmm.designeeNiss), d.niss],
    [first(ctx, dmm.phone), d.phone],
  ];
  if (r.chance(0.7)) rows.push([first(ctx, app.email), email(p)]);
  const summary = r.chance(0.5)
    ? `<dl class="summary">${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>`
    : `<table class="table summary"><tbody>${rows.map(([k, v]) => `<tr><th scope="row">${esc(k)}</th><td>${esc(v)}</td></tr>`).join('')}</tbody></table>`;
  const declaration = r.chance(0.6) ? `<p class="declaration">${esc(say(ctx, dmm.declaration))}</p>` : '';
  const label = say(ctx, dmm.confirm);
  const t = o.target ? T : '';
  let confirm: string;
  if (o.kinds) confirm = clickable(ctx, label, { href: 'summary.xhtml?submit=1', target: o.target, kind: ctx.click, cls: 'btn btn-primary' });
  else confirm = r.chance(0.7) ? `<button type="submit" class="btn btn-primary"${t}>${text(ctx, label)}</button>` : `<input type="submit" class="button primary" value="${attr(label)}"${t}>`;
  const back = r.chance(0.5) ? `<a href="designee.xhtml" class="btn btn-secondary">${esc(say(ctx, dmm.modify))}</a>` : `<button type="button" class="btn btn-secondary" onclick="history.back()">${esc(say(ctx, dmm.previous))}</button>`;
  const cancel = r.chance(0.4) ? ` <a href="https://www.csam.be/${l}/index.html" class="btn btn-link">${esc(say(ctx, dmm.cancel))}</a>` : '';
  const actions = r.chance(0.6) ? `${back} ${confirm}${cancel}` : `${confirm} ${back}${cancel}`;
  const intro = r.chance(0.8) ? `<p>${esc(say(ctx, dmm.confirmIntro))}</p>` : '';
  return nest(ctx, `${stepHeading(ctx, say(ctx, dmm.confirmHeading), o.headingTag)}${intro}<form method="post" action="summary.xhtml">${summary}${declaration}<div class="actions">${actions}</div></form>`);
}

export function recordedContent(ctx: Ctx): string {
  const r = ctx.rng;
  const l = ctx.lang;
  const p = r.pick(PEOPLE);
  const msg = say(ctx, dmm.recorded);
  const box = r.pick([
    `<div class="alert alert-success" role="status">${text(ctx, msg)}</div>`,
    `<div class="message info" role="alert"><span class="icon-ok" aria-hidden="true"></span>${esc(msg)}</div>`,
    `<p class="confirmation"><img src="/app032/img/ok.gif" alt="OK"> ${esc(msg)}</p>`,
  ]);
  const summary = r.chance(0.5) ? `<dl class="summary"><dt>${esc(first(ctx, dmm.enterpriseLabel))}</dt><dd>${esc(FIRM[l])} (${BCE})</dd><dt>${esc(first(ctx, dmm.stepDesignee))}</dt><dd>${esc(p[0] + ' ' + p[1])}</dd></dl>` : '';
  const heading = r.chance(0.7) ? h1(ctx, say(ctx, dmm.recordedHeading)) : h1(ctx, say(ctx, dmm.section));
  return nest(ctx, `${heading}${box}${summary}<p>${esc(say(ctx, dmm.activation))}</p><p><a href="https://www.csam.be/${l}/index.html">${esc(say(ctx, dmm.backToCsam))}</a></p>`);
}

export function designatePage(ctx: Ctx, page: Exclude<DesignatePage, 'designate-csam-home'>, o: { chrome: ChromeStyle | null; kinds?: boolean }): Built {
  const r = ctx.rng;
  const steps = r.chance(0.8);
  const spa = o.chrome === 'spa' ? true : undefined;
  switch (page) {
    case 'designate-service':
      return designateService(ctx, { target: 'standard' });
    case 'designate-login':
      return designateLogin(ctx);
    case 'designate-enterprise': {
      const content = enterpriseContent(ctx, { target: true });
      return { url: dmmUrl(ctx, 'enterprise', spa), html: appDoc(ctx, say(ctx, dmm.enterpriseHeading), dmmBody(ctx, o.chrome, content, steps ? 0 : null)) };
    }
    case 'designate-designee': {
      const content = designeeContent(ctx, { target: true });
      return { url: dmmUrl(ctx, 'designee', spa), html: appDoc(ctx, say(ctx, dmm.designeeHeading), dmmBody(ctx, o.chrome, content, steps ? 1 : null)) };
    }
    case 'designate-confirm': {
      const content = confirmContent(ctx, { target: true, kinds: o.kinds });
      return { url: dmmUrl(ctx, 'confirm', spa), html: appDoc(ctx, say(ctx, dmm.confirmHeading), dmmBody(ctx, o.chrome, content, steps ? 2 : null)) };
    }
    case 'designate-recorded': {
      const content = recordedContent(ctx);
      return { url: dmmUrl(ctx, 'recorded', spa), html: appDoc(ctx, say(ctx, dmm.recordedHeading), dmmBody(ctx, o.chrome, content, steps && r.chance(0.5) ? 3 : null)) };
    }
  }
}

// ---------------------------------------------------------------------------
// Special pages
// ---------------------------------------------------------------------------
/** The wizard as a single-page app: one URL and one title for every step, the content swapped. */
export function designateSpa(ctx: Ctx, page: 'designate-enterprise' | 'designate-designee' | 'designate-confirm'): Built {
  const r = ctx.rng;
  const style = r.pick<ChromeStyle>(['spa', 'spa', 'landmarks', 'divs']);
  const active = page === 'designate-enterprise' ? 0 : page === 'designate-designee' ? 1 : 2;
  const tag = r.chance(0.5) ? 'h2' : 'h1';
  const content =
    page === 'designate-enterprise'
      ? enterpriseContent(ctx, { target: true, headingTag: tag })
      : page === 'designate-designee'
        ? designeeContent(ctx, { target: true, headingTag: tag })
        : confirmContent(ctx, { target: true, headingTag: tag });
  const view = `${tag === 'h2' ? h1(ctx, say(ctx, dmm.section)) : ''}<div class="view" data-view="${r.pick(['wizard', 'step', 'form'])}">${content}</div>`;
  const body = dmmBody(ctx, style, view, r.chance(0.7) ? active : null);
  const l = ctx.lang;
  const url = r.pick([`https://www.csam.be/app032/camregistration/#/${l}/designation`, `https://www.csam.be/app032/camregistration/index.html?lang=${l}`, `https://iamapps.belgium.be/camregistration/#/${l}/wizard`]);
  return { url, html: doc(ctx, { title: first(ctx, dmm.appName), body }) };
}

/** dialog: the service page under a dialog (target on the page), or the confirmation in a dialog over the filled form. */
export function designateDialog(ctx: Ctx, page: 'designate-service' | 'designate-confirm'): Built {
  const r = ctx.rng;
  if (page === 'designate-service') return designateService(ctx, { target: 'standard', dialog: true });
  const data = designee(ctx);
  const under = designeeContent(ctx, { target: false, filled: data });
  const style = r.pick<ChromeStyle>(['landmarks', 'divs', 'spa', 'table']);
  const inner = confirmContent(ctx, { target: true, headingTag: 'h2', data });
  const dlg = `<dialog open aria-modal="true" class="modal" aria-label="${attr(say(ctx, dmm.confirmHeading))}">${inner}</dialog>${r.chance(0.6) ? '<div class="modal-backdrop"></div>' : ''}`;
  return { url: dmmUrl(ctx, 'designee', style === 'spa' ? true : undefined), html: appDoc(ctx, say(ctx, dmm.designeeHeading), dmmBody(ctx, style, under, 1) + dlg) };
}

/** form-error: the step's form shown again with a message (invalid number, not a legal representative, missing fields). */
export function designateFormError(ctx: Ctx, page: 'designate-enterprise' | 'designate-designee'): Built {
  const r = ctx.rng;
  const style = r.chance(0.85) ? r.pick<ChromeStyle>(['landmarks', 'divs', 'table', 'spa']) : null;
  if (page === 'designate-enterprise') {
    const content = enterpriseContent(ctx, { target: true, error: r.chance(0.5) ? 'invalid' : 'not-rep' });
    return { url: dmmUrl(ctx, 'enterprise', style === 'spa' ? true : undefined), html: appDoc(ctx, say(ctx, dmm.enterpriseHeading), dmmBody(ctx, style, content, 0)) };
  }
  const content = designeeContent(ctx, { target: true, error: true });
  return { url: dmmUrl(ctx, 'designee', style === 'spa' ? true : undefined), html: appDoc(ctx, say(ctx, dmm.designeeHeading), dmmBody(ctx, style, content, 1)) };
}

export function designateExpired(ctx: Ctx): Built {
  const r = ctx.rng;
  const l = ctx.lang;
  const title = say(ctx, status.expiredTitle);
  const relogin = r.chance(0.7) ? `<p>${clickable(ctx, say(ctx, status.relogin), { href: '/app032/camregistration/', kind: r.pick<ClickKind>(['a', 'button']), cls: 'btn' })}</p>` : '';
  const body = `${h1(ctx, title)}<p>${esc(say(ctx, status.expiredText))}</p>${relogin}`;
  if (r.chance(0.6)) {
    const style = r.pick<ChromeStyle>(['landmarks', 'divs', 'table', 'spa']);
    return { url: dmmUrl(ctx, 'expired'), html: appDoc(ctx, title, dmmBody(ctx, style, nest(ctx, `<div class="alert alert-warning" role="alert">${body}</div>`), null)) };
  }
  return { url: r.pick([`https://www.csam.be/app032/camregistration/sessionExpired?lang=${l}`, `https://iamapps.belgium.be/camregistration/${l}/timeout`]), html: csamShell(ctx, { title, main: nest(ctx, body) }) };
}

export function designateError(ctx: Ctx): Built {
  const r = ctx.rng;
  const kind = r.int(3);
  const title = kind === 0 ? say(ctx, status.error500) : kind === 1 ? say(ctx, status.error404) : say(ctx, status.maintenance);
  const code = kind === 0 ? '500' : kind === 1 ? '404' : '503';
  const showCode = r.chance(0.5) ? `<p class="code">${code}</p>` : '';
  const ref = kind === 0 && r.chance(0.6) ? `<p><small>${esc(say(ctx, status.errorRef))}: ${(r.int(0xffffff) + 0x100000).toString(16)}</small></p>` : '';
  const back = r.chance(0.7) ? `<p><a href="https://www.csam.be/${ctx.lang}/index.html">${esc(say(ctx, status.backHome))}</a></p>` : '';
  const body = nest(ctx, `${showCode}${h1(ctx, title)}<p>${esc(say(ctx, status.errorText))}</p>${ref}${back}`);
  const style = r.chance(0.8) ? r.pick<ChromeStyle>(['landmarks', 'divs', 'table', 'spa']) : null;
  const docTitle = r.chance(0.4) ? `${code} – ${title}` : title;
  // the stepper may stay on an error inside the wizard
  const active = style !== null && r.chance(0.3) ? r.int(3) : null;
  return { url: dmmUrl(ctx, 'error'), html: appDoc(ctx, docTitle, dmmBody(ctx, style, `<div class="alert alert-danger" role="alert">${body}</div>`, active)) };
}

export type DesignateOffPage = 'off-designate-exception' | 'off-designate-am' | 'off-designate-faq';

export function designateOff(ctx: Ctx, page: DesignateOffPage): Built {
  const r = ctx.rng;
  const l = ctx.lang;
  switch (page) {
    case 'off-designate-exception': {
      // the exception procedure's public page: a request form without national number
      const mark = r.pick<RequiredMark>(['required', 'aria', 'asterisk']);
      const form = r.chance(0.5)
        ? `<form method="post" action="/app032/camregistrationpublic/exception" class="request">${[
            field(ctx, say(ctx, app.lastName), { name: 'lastName', required: mark }),
            field(ctx, say(ctx, app.firstName), { name: 'firstName', required: mark }),
            field(ctx, say(ctx, app.email), { name: 'email', type: 'email', required: mark }),
            field(ctx, say(ctx, dmm.nationality), { name: 'country', required: mark }),
          ].join('')}<button type="submit" class="btn">${esc(say(ctx, dmm.exceptionForm))}</button></form>`
        : `<p><a class="btn" href="/docs/${l}/csam-exception-request.pdf">${esc(say(ctx, dmm.exceptionForm))}</a></p>`;
      const main = `${h1(ctx, say(ctx, dmm.exceptionHeading))}<p>${esc(say(ctx, dmm.excText))}</p><p>${esc(say(ctx, dmm.exceptionText))}</p>${form}<p>${esc(say(ctx, dmm.helpdesk))}</p>`;
      return { url: r.pick([`https://www.csam.be/app032/camregistrationpublic/exception?lang=${l}`, `https://www.csam.be/app032/camregistrationpublic/${l}/exception.xhtml`]), html: csamShell(ctx, { title: `${say(ctx, dmm.exceptionHeading)} | CSAM`, main: nest(ctx, main) }) };
    }
    case 'off-designate-am': {
      // the application's list of (ordinary) access managers, with its own "add" button
      const rows = r.shuffle(PEOPLE).slice(0, 2 + r.int(3)).map((p) => `<tr><td>${esc(p[1] + ' ' + p[0])}</td><td>${esc(first(ctx, app.statusActive))}</td><td><a href="am-edit.xhtml">${esc(first(ctx, app.edit))}</a></td></tr>`).join('');
      const content = nest(ctx, `${h1(ctx, say(ctx, app.amHeading))}<p class="firm">${esc(FIRM[l])} (${BCE})</p><p><a class="btn btn-primary" href="am-add.xhtml">${esc(say(ctx, app.addAM))}</a></p><table class="table"><tbody>${rows}</tbody></table>`);
      const style = r.pick<ChromeStyle>(['landmarks', 'divs', 'table', 'spa']);
      return { url: dmmUrl(ctx, 'other', style === 'spa' ? true : undefined), html: appDoc(ctx, say(ctx, app.amHeading), dmmBody(ctx, style, content, null)) };
    }
    case 'off-designate-faq': {
      const qs = [...new Set([dmm.faqQ[l].dev, dmm.faqQ[l].holdout].flat())];
      const main = `${h1(ctx, say(ctx, off.faqHeading))}${qs.map((q, i) => `<details${i === 0 ? ' open' : ''}><summary>${esc(q)}</summary><p>${esc(i === 0 ? say(ctx, dmm.faqA) : filler(ctx))}</p></details>`).join('')}`;
      return { url: `https://www.csam.be/${l}/faq.html${r.chance(0.5) ? '#gap' : ''}`, html: csamShell(ctx, { title: 'FAQ | CSAM', main: nest(ctx, main) }) };
    }
  }
}

/** The same page with no element marked (a page scanned under a journey it is not on). */
export function unmarked(b: Built): Built {
  return { url: b.url, html: b.html.split(T).join('') };
}
