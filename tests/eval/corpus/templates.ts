// Page skeletons: the document shell, the three sites' chrome (csam.be,
// socialsecurity.be, the federal login), the access-management application's
// persistent chrome, and the bodies of every page of the journeys.

import type { Lang } from './types.ts';
import { app, csam, idp, ss } from './wording.ts';
import {
  attr,
  checkbox,
  checkboxList,
  clickable,
  esc,
  field,
  first,
  nest,
  say,
  T,
  text,
  all,
  type ClickKind,
  type Ctx,
  type RequiredMark,
} from './transforms.ts';

export interface Built {
  html: string;
  url: string;
}

const LANGS: readonly Lang[] = ['nl', 'fr', 'de', 'en'];

// ---------------------------------------------------------------------------
// Fake people and firms (no real personal data)
// ---------------------------------------------------------------------------
export const PEOPLE: readonly [string, string][] = [
  ['Jan', 'Peeters'], ['Marie', 'Dubois'], ['Sophie', 'Janssens'], ['Luc', 'Lambert'],
  ['Anna', 'Schmitz'], ['Peter', 'Maes'], ['Claire', 'Martin'], ['Thomas', 'Wouters'],
  ['Lisa', 'Becker'], ['Nicolas', 'Leroy'],
];
export const NISS: readonly string[] = ['85.07.30-033.28', '93.05.18-223.61', '90.12.01-002.02', '01.03.15-001.08', '75.26.10-001.01'];
const FIRM: Record<Lang, string> = { fr: 'Pharma Exemple SA', nl: 'Voorbeeld Farma NV', de: 'Beispiel Pharma AG', en: 'Example Pharma Ltd' };
const BCE = '0123.456.749';
const PHONES = ['+32 000 00 00 00', '0400 00 00 00', '+32 2 000 00 00'];

export function email(p: readonly [string, string]): string {
  return `${p[0]}.${p[1]}@example.com`.toLowerCase();
}

// ---------------------------------------------------------------------------
// Document shell
// ---------------------------------------------------------------------------
const STYLES = [
  'body{font-family:Arial,sans-serif;margin:0}h1,h2{text-transform:uppercase}.btn{padding:.5em 1em}',
  'body{font:14px/1.4 Verdana,sans-serif;color:#222}.hidden{display:none}a{color:#036}',
  ':root{--brand:#0b5394}body{margin:0;font-family:"Open Sans",sans-serif}.card{border:1px solid #ddd;border-radius:4px}',
];

export function doc(ctx: Ctx, o: { title: string; body: string; head?: string; noLang?: boolean; bodyAttrs?: string }): string {
  const r = ctx.rng;
  const langAttr = o.noLang || r.chance(0.08) ? '' : ` lang="${ctx.lang}"`;
  const doctype = r.chance(0.9) ? '<!DOCTYPE html>\n' : '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n';
  const meta = r.chance(0.8) ? '<meta name="viewport" content="width=device-width, initial-scale=1">' : '';
  const css = r.chance(0.5) ? `<link rel="stylesheet" href="/static/css/main.${r.int(9000) + 1000}.css">` : `<style>${r.pick(STYLES)}</style>`;
  const script = r.chance(0.5) ? `<script src="/static/js/vendor.${r.int(9000) + 1000}.js" defer></script>` : '';
  return `${doctype}<html${langAttr}>\n<head>\n<meta charset="utf-8">\n<title>${esc(o.title)}</title>\n${meta}${css}${script}${o.head ?? ''}\n</head>\n<body${o.bodyAttrs ?? ''}>\n${o.body}\n</body>\n</html>\n`;
}

function langSwitch(ctx: Ctx, hrefFor: (l: Lang) => string, cls = 'lang-switch'): string {
  const items = LANGS.map((l) =>
    l === ctx.lang
      ? `<li><span aria-current="true" class="active">${l.toUpperCase()}</span></li>`
      : `<li><a href="${attr(hrefFor(l))}" lang="${l}" hreflang="${l}">${l.toUpperCase()}</a></li>`,
  ).join('');
  return `<ul class="${cls}">${items}</ul>`;
}

const LOREM: Record<Lang, string[]> = {
  fr: [
    "Les informations de cette page sont fournies à titre indicatif et peuvent être modifiées sans préavis.",
    "Pour toute question, consultez d'abord la rubrique d'aide ou contactez le helpdesk compétent.",
    "Les services en ligne sont accessibles 24 heures sur 24, sauf pendant les interventions techniques planifiées.",
  ],
  nl: [
    'De informatie op deze pagina is indicatief en kan zonder voorafgaande kennisgeving worden gewijzigd.',
    'Raadpleeg bij vragen eerst de helprubriek of neem contact op met de bevoegde helpdesk.',
    'De onlinediensten zijn 24 uur op 24 beschikbaar, behalve tijdens gepland technisch onderhoud.',
  ],
  de: [
    'Die Informationen auf dieser Seite sind unverbindlich und können ohne Vorankündigung geändert werden.',
    'Bei Fragen lesen Sie zuerst die Hilfe oder wenden Sie sich an den zuständigen Helpdesk.',
    'Die Online-Dienste sind rund um die Uhr verfügbar, außer während geplanter technischer Eingriffe.',
  ],
  en: [
    'The information on this page is given for guidance and may change without notice.',
    'If you have a question, first read the help section or contact the relevant helpdesk.',
    'The online services are available 24 hours a day, except during planned technical work.',
  ],
};
export function filler(ctx: Ctx): string {
  return ctx.rng.pick(LOREM[ctx.lang]);
}

// ---------------------------------------------------------------------------
// csam.be
// ---------------------------------------------------------------------------
const CSAM = 'https://www.csam.be';
export const CSAM_SERVICE_PATH: Record<Lang, string> = {
  fr: '/fr/gestion-gestionnaires-acces.html',
  nl: '/nl/beheer-toegangsbeheerders.html',
  de: '/de/verwaltung-zugangsverwalter.html',
  en: '/en/management-access-managers.html',
};
const CSAM_SYSTEMS_PATH: Record<Lang, string> = {
  fr: '/fr/gestion-gestionnaires-acces/gerer-les-acces.html',
  nl: '/nl/beheer-toegangsbeheerders/toegangen-beheren.html',
  de: '/de/verwaltung-zugangsverwalter/zugaenge-verwalten.html',
  en: '/en/management-access-managers/manage-access.html',
};
const CSAM_OTHER_PATH: Record<string, Record<Lang, string>> = {
  keys: { fr: '/fr/mes-cles-numeriques.html', nl: '/nl/mijn-digitale-sleutels.html', de: '/de/meine-digitalen-schluessel.html', en: '/en/my-digital-keys.html' },
  mandates: { fr: '/fr/gestion-mandats.html', nl: '/nl/beheer-mandaten.html', de: '/de/verwaltung-mandate.html', en: '/en/management-mandates.html' },
  what: { fr: '/fr/qu-est-ce-que-csam.html', nl: '/nl/wat-is-csam.html', de: '/de/was-ist-csam.html', en: '/en/what-is-csam.html' },
  news: { fr: '/fr/actualites.html', nl: '/nl/nieuws.html', de: '/de/aktuelles.html', en: '/en/news.html' },
  faq: { fr: '/fr/faq.html', nl: '/nl/faq.html', de: '/de/faq.html', en: '/en/faq.html' },
  contact: { fr: '/fr/contact.html', nl: '/nl/contact.html', de: '/de/kontakt.html', en: '/en/contact.html' },
};
export const csamUrl = {
  home: (l: Lang) => `${CSAM}/${l}/index.html`,
  service: (l: Lang) => `${CSAM}${CSAM_SERVICE_PATH[l]}`,
  systems: (l: Lang) => `${CSAM}${CSAM_SYSTEMS_PATH[l]}`,
  other: (k: string, l: Lang) => `${CSAM}${CSAM_OTHER_PATH[k]?.[l] ?? `/${l}/index.html`}`,
};

export function cookieBanner(ctx: Ctx, asDialog = false): string {
  const body = `<p>${esc(say(ctx, csam.cookieText))}</p><div class="cookie-actions"><button type="button" class="btn btn-primary">${esc(say(ctx, csam.cookieAccept))}</button> <button type="button" class="btn">${esc(say(ctx, csam.cookieRefuse))}</button></div>`;
  if (asDialog) return `<dialog open class="cookie-dialog" aria-label="Cookies">${body}</dialog>`;
  return `<div class="cookie-banner" role="region" aria-label="Cookies">${body}</div>`;
}

/** The csam.be page shell: header, language switch, menu, main, footer. */
export function csamShell(ctx: Ctx, o: { title: string; main: string; current?: 'home' | 'service' | 'other'; cookie?: boolean; pathFor?: (l: Lang) => string }): string {
  const r = ctx.rng;
  const pathFor = o.pathFor ?? ((l: Lang) => `/${l}/index.html`);
  const svc = (k: string, name: string) => `<li><a href="${k}">${esc(name)}</a></li>`;
  const submenuHidden = r.chance(0.75) ? ' hidden' : ' class="dropdown-menu"';
  const nav = `<nav class="main-nav" aria-label="Menu"><ul>
<li><a href="/${ctx.lang}/index.html"${o.current === 'home' ? ' aria-current="page"' : ''}>${esc(first(ctx, csam.navHome))}</a></li>
<li><a href="${CSAM_OTHER_PATH.what?.[ctx.lang]}">${esc(first(ctx, csam.navWhat))}</a></li>
<li class="has-sub"><button type="button" aria-expanded="false">${esc(first(ctx, csam.navServices))}</button><ul${submenuHidden}>${svc(CSAM_OTHER_PATH.keys?.[ctx.lang] ?? '', first(ctx, csam.myKeys))}${svc(CSAM_SERVICE_PATH[ctx.lang], first(ctx, csam.serviceAM))}${svc(CSAM_OTHER_PATH.mandates?.[ctx.lang] ?? '', first(ctx, csam.serviceMandates))}</ul></li>
<li><a href="${CSAM_OTHER_PATH.contact?.[ctx.lang]}">${esc(first(ctx, csam.navContact))}</a></li>
</ul></nav>`;
  const header = r.chance(0.7)
    ? `<header class="site-header"><a class="skip" href="#main">${esc(say(ctx, csam.skip))}</a><div class="brand"><a href="/${ctx.lang}/index.html"><img src="/images/logo-csam.svg" alt="CSAM"></a></div>${langSwitch(ctx, (l) => `${CSAM}${pathFor(l)}`)}${nav}</header>`
    : `<div id="header" class="header"><div class="logo"><a href="/${ctx.lang}/index.html"><img src="/images/logo-csam.png" alt="CSAM"></a></div><div class="langs">${langSwitch(ctx, (l) => `${CSAM}${pathFor(l)}`)}</div>${nav.replace('<nav class="main-nav" aria-label="Menu">', '<div class="menu">').replace('</ul></nav>', '</ul></div>')}</div>`;
  const cookie = o.cookie ?? r.chance(0.35) ? cookieBanner(ctx) : '';
  const footer = `<footer class="site-footer"><p>${esc(say(ctx, csam.footer))}</p><ul class="footer-links"><li><a href="/${ctx.lang}/accessibilite.html">a11y</a></li><li><a href="/${ctx.lang}/privacy.html">privacy</a></li></ul></footer>`;
  const main = r.chance(0.8) ? `<main id="main">${o.main}</main>` : `<div id="main" class="content">${o.main}</div>`;
  return doc(ctx, { title: o.title, body: `${cookie}${header}${main}${footer}` });
}

export function csamHomeMain(ctx: Ctx, o: { target: boolean; kind: ClickKind }): string {
  const r = ctx.rng;
  const am = say(ctx, csam.serviceAM);
  const tile = (name: string, desc: string, href: string, isAm: boolean, target: boolean) => {
    const icon = isAm ? `<img src="/images/icons/gga.svg" alt="${attr(first(ctx, csam.serviceAMIconAlt))}">` : `<img src="/images/icons/${href.length % 3}.svg" alt="">`;
    if (o.kind === 'card') return clickable(ctx, name, { href, target, kind: 'card', desc });
    return `<div class="service">${icon}<h3>${clickable(ctx, name, { href, target, kind: o.kind, cls: 'service-link' })}</h3><p>${esc(desc)}</p></div>`;
  };
  const tiles = [
    tile(say(ctx, csam.myKeys), say(ctx, csam.descKeys), CSAM_OTHER_PATH.keys?.[ctx.lang] ?? '', false, false),
    tile(am, say(ctx, csam.descAM), CSAM_SERVICE_PATH[ctx.lang], true, o.target),
    tile(say(ctx, csam.serviceMandates), say(ctx, csam.descMandates), CSAM_OTHER_PATH.mandates?.[ctx.lang] ?? '', false, false),
  ];
  return nest(ctx, `<section class="hero"><h1>${text(ctx, say(ctx, csam.homeHeading), { icon: false })}</h1><p>${esc(say(ctx, csam.homeIntro))}</p></section>
<section class="services"><h2>${text(ctx, say(ctx, csam.servicesHeading), { icon: false })}</h2><div class="service-grid">${tiles.join('\n')}</div></section>
<section class="news-teaser"><p>${esc(filler(ctx))}</p></section>`) + (r.chance(0.3) ? `<p class="note">${esc(filler(ctx))}</p>` : '');
}

/** The three choices of the service page, the third one being "manage access". */
export function csamChoices(ctx: Ctx, o: { target: boolean; kind: ClickKind; manageHref?: string }): string {
  const r = ctx.rng;
  const href = o.manageHref ?? CSAM_SYSTEMS_PATH[ctx.lang];
  const c1 = say(ctx, csam.appointMain);
  const c2 = say(ctx, csam.appointAM);
  const c3 = say(ctx, csam.manageAccess);
  const layout = r.int(3);
  if (layout === 0) {
    // numbered sections with a button each
    return `<ol class="choices">
<li><h2>${esc(c1)}</h2><p>${esc(filler(ctx))}</p><ul><li><a href="/app032/camregistrationpublic/?proc=std">${esc(say(ctx, csam.procStandard))}</a></li><li><a href="/app032/camregistrationpublic/?proc=exc">${esc(say(ctx, csam.procException))}</a></li></ul></li>
<li><h2>${esc(c2)}</h2><p>${esc(filler(ctx))}</p><a class="btn" href="/app032/camregistration/">${esc(c2)}</a></li>
<li><h2>${esc(c3)}</h2><p>${esc(say(ctx, csam.manageAccessDesc))}</p>${clickable(ctx, c3, { href, target: o.target, kind: o.kind, cls: 'btn btn-primary' })}</li>
</ol>`;
  }
  if (layout === 1) {
    // three big choice buttons
    return `<div class="choice-list">
${clickable(ctx, c1, { href: '/app032/camregistrationpublic/', kind: o.kind === 'card' ? 'card' : 'a', cls: 'choice' })}
${clickable(ctx, c2, { href: '/app032/camregistration/', kind: o.kind === 'card' ? 'card' : 'a', cls: 'choice' })}
${clickable(ctx, c3, { href, target: o.target, kind: o.kind, cls: 'choice', desc: say(ctx, csam.manageAccessDesc) })}
</div><p>${esc(say(ctx, csam.manageAccessDesc))}</p>`;
  }
  return `<div class="accordionish">
<h2>${esc(c1)}</h2><p>${esc(filler(ctx))}</p><p><a href="/app032/camregistrationpublic/">${esc(say(ctx, csam.procStandard))}</a> · <a href="/app032/camregistrationpublic/exception">${esc(say(ctx, csam.procException))}</a></p>
<h2>${esc(c2)}</h2><p>${esc(filler(ctx))}</p>
<h2>${text(ctx, c3, { icon: false })}</h2><p>${esc(say(ctx, csam.manageAccessDesc))}</p><p>${clickable(ctx, say(ctx, csam.manageAccess), { href, target: o.target, kind: o.kind, cls: 'more' })}</p>
</div>`;
}

export function csamServiceHead(ctx: Ctx): string {
  return `<div class="service-head"><img src="/images/icons/gga.svg" alt="${attr(first(ctx, csam.serviceAMIconAlt))}"><h1>${text(ctx, say(ctx, csam.serviceAM), { icon: false })}</h1></div><p class="lead">${esc(say(ctx, csam.serviceIntro))}</p>`;
}

export const SS_UMOE = (l: Lang) => `https://www.socialsecurity.be/site_${l}/employer/applics/umoe/index.htm`;

/** The links to the three systems; the social-security one may be the target. */
export function systemsLinks(ctx: Ctx, o: { target: boolean; kind: ClickKind }): string {
  const r = ctx.rng;
  const items = [
    { label: say(ctx, csam.socialSecurity), href: SS_UMOE(ctx.lang), t: o.target },
    { label: say(ctx, csam.federal), href: 'https://iamapps.belgium.be/rma/', t: false },
    { label: say(ctx, csam.flemish), href: 'https://www.vlaanderen.be/toegangsbeheer', t: false },
  ];
  const order = r.chance(0.8) ? items : r.shuffle(items);
  const k = o.kind;
  if (k === 'card') return `<div class="systems">${order.map((i) => clickable(ctx, i.label, { href: i.href, target: i.t, kind: 'card' })).join('')}</div>`;
  return `<ul class="systems">${order.map((i) => `<li>${clickable(ctx, i.label, { href: i.href, target: i.t, kind: i.t ? k : 'a' })}</li>`).join('')}</ul>`;
}

// ---------------------------------------------------------------------------
// socialsecurity.be public site
// ---------------------------------------------------------------------------
export function ssShell(ctx: Ctx, o: { title: string; main: string; crumbs?: string[]; pathFor?: (l: Lang) => string }): string {
  const r = ctx.rng;
  const pathFor = o.pathFor ?? ((l: Lang) => `/site_${l}/general/index.htm`);
  const nav = `<ul class="topnav"><li><a href="/site_${ctx.lang}/citizen/index.htm">${esc(first(ctx, ss.navCitizens))}</a></li><li><a href="/site_${ctx.lang}/employer/index.htm">${esc(first(ctx, ss.navEmployers))}</a></li><li><a href="/site_${ctx.lang}/professional/index.htm">${esc(first(ctx, ss.navPros))}</a></li><li><a href="/site_${ctx.lang}/employer/applics/index.htm">${esc(first(ctx, ss.onlineServices))}</a></li></ul>`;
  const header = r.chance(0.6)
    ? `<header><div class="brand"><img src="/site_${ctx.lang}/img/logo-socsec.png" alt="${attr(first(ctx, ss.siteName))}"></div>${langSwitch(ctx, (l) => `https://www.socialsecurity.be${pathFor(l)}`)}<nav aria-label="Navigation">${nav}</nav><form class="search" role="search" action="/search"><input type="search" name="q" aria-label="Search"><button>⌕</button></form></header>`
    : `<div id="top"><table class="banner" width="100%"><tr><td><img src="/img/logo.gif" alt="${attr(first(ctx, ss.siteName))}"></td><td align="right">${langSwitch(ctx, (l) => `https://www.socialsecurity.be${pathFor(l)}`)}</td></tr></table>${nav}</div>`;
  const crumbs = o.crumbs ? `<div class="breadcrumb">${o.crumbs.map((c, i) => (i < o.crumbs!.length - 1 ? `<a href="/site_${ctx.lang}/general/index.htm">${esc(c)}</a>` : `<span>${esc(c)}</span>`)).join(' &gt; ')}</div>` : '';
  const footer = `<footer><p>${esc(say(ctx, ss.contactCenter))}</p><p>${esc(say(ctx, ss.footer))}</p></footer>`;
  return doc(ctx, { title: o.title, body: `${header}${crumbs}<main>${o.main}</main>${footer}` });
}

export function umoeMain(ctx: Ctx, o: { target: boolean; kind: ClickKind; loginHref: string }): string {
  const title = say(ctx, ss.umoeTitle);
  const r = ctx.rng;
  const feats = r.shuffle(all(ctx, app.menuUsers).slice(0, 1).concat([first(ctx, app.menuAM), first(ctx, app.menuGroups)]));
  return nest(ctx, `<h1>${text(ctx, title, { icon: false })}</h1><p>${esc(say(ctx, ss.umoeText))}</p>
<h2>${text(ctx, say(ctx, ss.umoeFeatures), { icon: false })}</h2><ul>${feats.map((f) => `<li>${esc(f)}</li>`).join('')}</ul><p>${esc(filler(ctx))}</p>
<h2>${text(ctx, say(ctx, ss.umoeLoginHeading), { icon: false })}</h2><p>${esc(filler(ctx))}</p><p>${clickable(ctx, say(ctx, ss.loginLink), { href: o.loginHref, target: o.target, kind: o.kind, cls: 'btn-login' })}</p>`);
}

export function audienceMain(ctx: Ctx, o: { target: boolean; kind: ClickKind }): string {
  const opts = [
    { l: say(ctx, ss.audCitizen), t: false },
    { l: say(ctx, ss.audEnterprise), t: o.target },
    { l: say(ctx, ss.audCivil), t: false },
    { l: say(ctx, ss.audEhealth), t: false },
    { l: say(ctx, ss.audLimosa), t: false },
  ];
  const k = o.kind;
  const inner = k === 'card'
    ? `<div class="audiences">${opts.map((x) => clickable(ctx, x.l, { href: `/portal/login?aud=${encodeURIComponent(x.l)}`, target: x.t, kind: 'card' })).join('')}</div>`
    : `<ul class="audiences">${opts.map((x) => `<li>${clickable(ctx, x.l, { href: `/portal/login?aud=${encodeURIComponent(x.l)}`, target: x.t, kind: k })}</li>`).join('')}</ul>`;
  return nest(ctx, `<h1>${text(ctx, say(ctx, ss.audienceQuestion), { icon: false })}</h1><p>${esc(say(ctx, ss.audienceHint))}</p>${inner}`);
}

// ---------------------------------------------------------------------------
// idp.iamfas.belgium.be (the federal login)
// ---------------------------------------------------------------------------
export function idpUrl(ctx: Ctx): string {
  return ctx.rng.pick([
    `https://idp.iamfas.belgium.be/fas/XUI/#login/&realm=%2FEnterprise&locale=${ctx.lang}`,
    `https://idp.iamfas.belgium.be/fas/XUI/?realm=/Enterprise&locale=${ctx.lang}&goto=https%3A%2F%2Fwww.socialsecurity.be%2Fuman`,
    `https://idp.iamfas.belgium.be/fas/XUI/#login/&goto=https%3A%2F%2Fwww.socialsecurity.be`,
  ]);
}

export function idpPage(ctx: Ctx): string {
  const r = ctx.rng;
  const keys = [say(ctx, idp.eid), say(ctx, idp.itsme), say(ctx, idp.code), 'myGov.be'];
  const list = keys
    .map((k, i) => (r.chance(0.5) ? `<li><a class="key-option" href="#login/key${i}">${text(ctx, k)}</a></li>` : `<li><button type="button" class="key-option">${text(ctx, k)}</button></li>`))
    .join('');
  const body = `<div id="wrapper"><div class="langbar">${langSwitch(ctx, (l) => `#login/&locale=${l}`)}</div>
<div class="container"><img src="/fas/XUI/images/be-logo.svg" alt="BE"><h1>${text(ctx, say(ctx, idp.title), { icon: false })}</h1><h2>${esc(say(ctx, idp.choose))}</h2><ul class="keys">${list}</ul><p><a href="https://www.csam.be/${ctx.lang}/faq.html">${esc(say(ctx, idp.help))}</a></p></div>
<footer><p>${esc(say(ctx, csam.footer))}</p></footer></div>`;
  return doc(ctx, { title: say(ctx, idp.title), body: nest(ctx, body), noLang: r.chance(0.3) });
}

// ---------------------------------------------------------------------------
// The access-management application (UMAN): URLs and persistent chrome
// ---------------------------------------------------------------------------
export type ChromeStyle = 'landmarks' | 'divs' | 'table' | 'spa';
export const CHROME_STYLES: readonly ChromeStyle[] = ['landmarks', 'divs', 'table', 'spa'];

export function umanUrl(ctx: Ctx, route: string, spa?: boolean): string {
  const useSpa = spa ?? ctx.rng.chance(0.4);
  return useSpa
    ? `https://www.socialsecurity.be/uman/app/#/${ctx.lang}/${route}`
    : `https://www.socialsecurity.be/uman/secure/${ctx.lang}/${route.replace(/\//g, '-')}.xhtml${ctx.rng.chance(0.5) ? `?cid=${ctx.rng.int(90) + 10}` : ''}`;
}

export type MenuEntry = 'home' | 'users' | 'am' | 'apps' | 'groups' | 'profile' | 'help';

export interface MenuOpts {
  /** Ring the Users entry. */
  usersTarget?: boolean;
  /** The entry shown as current. */
  active?: MenuEntry | null;
  /** The full menu (a group is chosen) or the short one (groups page). */
  full?: boolean;
  /** Users entry is expanded (aria-expanded="true"). */
  usersExpanded?: boolean;
}

export function umanMenuItems(ctx: Ctx, style: ChromeStyle, o: MenuOpts): string[] {
  const r = ctx.rng;
  const entries: MenuEntry[] = o.full === false ? ['groups', 'profile', 'help'] : ['home', 'users', 'am', 'apps', 'groups', 'profile', 'help'];
  if (o.full !== false && r.chance(0.3)) entries.splice(1, 0, entries.splice(2, 1)[0] as MenuEntry); // AM before Users sometimes
  const label: Record<MenuEntry, string> = {
    home: say(ctx, app.menuHome),
    users: say(ctx, app.menuUsers),
    am: say(ctx, app.menuAM),
    apps: say(ctx, app.menuApps),
    groups: say(ctx, app.menuGroups),
    profile: say(ctx, app.menuProfile),
    help: say(ctx, app.menuHelp),
  };
  return entries.map((e) => {
    const target = e === 'users' && !!o.usersTarget;
    const href = `/uman/secure/${ctx.lang}/${e}.xhtml`;
    const cur = o.active === e ? ' aria-current="page"' : '';
    if (target) {
      if (ctx.click === 'card' && style === 'table') {
        // an old table menu whose rows are clickable by script only
        return `<tr class="menuitem" onclick="window.location.href='${href}'"${o.usersExpanded ? ' aria-expanded="true"' : ''}${T}><td>${text(ctx, label[e])}</td></tr>`;
      }
      const kind = ctx.click === 'card' ? 'tabindex-div' : ctx.click;
      let html = clickable(ctx, label[e], { href, target: true, kind, cls: 'menu-link' });
      if (o.usersExpanded) html = html.replace(' data-eval-target', ' aria-expanded="true" data-eval-target');
      return html;
    }
    if (style === 'spa') return `<div role="menuitem" tabindex="-1" class="menu-item${o.active === e ? ' selected' : ''}"${cur}${e === 'users' && o.usersExpanded ? ' aria-expanded="true"' : ''} onclick="router.go('/${e}')">${text(ctx, label[e])}</div>`;
    return `<a href="${href}"${cur}${e === 'users' && o.usersExpanded ? ' aria-expanded="true"' : ''} class="menu-link">${text(ctx, label[e])}</a>`;
  });
}

/** The side menu alone ("Fonctionnalités" + entries), in the markup of a chrome style. */
export function umanMenu(ctx: Ctx, style: ChromeStyle, o: MenuOpts): string {
  const heading = say(ctx, app.menuHeading);
  const items = umanMenuItems(ctx, style, o);
  switch (style) {
    case 'landmarks':
      return `<aside class="sidebar"><nav aria-label="${attr(heading)}"><h2 class="menu-title">${text(ctx, heading, { icon: false })}</h2><ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul></nav></aside>`;
    case 'divs':
      return `<div class="col-md-3 side"><div class="side-title">${text(ctx, heading, { icon: false })}</div>${items.map((i) => `<div class="side-item">${i}</div>`).join('')}</div>`;
    case 'table':
      return `<table class="menu" cellpadding="2" cellspacing="0"><tr><td class="menutitle"><b>${text(ctx, heading, { icon: false })}</b></td></tr>${items.map((i) => (i.startsWith('<tr') ? i : `<tr><td class="menuitem">${i}</td></tr>`)).join('')}</table>`;
    case 'spa':
      return `<div class="drawer"><div class="drawer-header">${text(ctx, heading, { icon: false })}</div><div role="menu" aria-label="${attr(heading)}">${items.join('')}</div></div>`;
  }
}

export interface ChromeOpts {
  style: ChromeStyle;
  title: string;
  content: string;
  menu: MenuOpts | null;
  crumbs: string[];
  group?: string | null;
}

export function umanHeader(ctx: Ctx, style: ChromeStyle, group: string | null | undefined): string {
  const r = ctx.rng;
  const person = r.pick(PEOPLE);
  const appName = say(ctx, app.name);
  const langs = langSwitch(ctx, (l) => `?lang=${l}`, 'langs');
  const firm = `${esc(first(ctx, app.enterprise))}: <strong>${esc(FIRM[ctx.lang])}</strong> (${BCE})${group ? ` · <span class="group">${esc(group)}</span>` : ''}`;
  const user = `${esc(say(ctx, app.loggedInAs))} ${esc(person[0] + ' ' + person[1])} · <a href="/uman/logout">${esc(say(ctx, app.logout))}</a>`;
  const change = r.chance(0.5) ? ` · <a href="/uman/secure/${ctx.lang}/enterprise.xhtml">${esc(say(ctx, app.changeEnterprise))}</a>` : '';
  switch (style) {
    case 'landmarks':
      return `<header class="app-header"><div class="logo"><img src="/uman/img/socsec.svg" alt="socialsecurity.be"> <span class="app-name">${esc(appName)}</span></div><div class="context">${firm}${change}</div><div class="user">${user}</div>${langs}</header>`;
    case 'divs':
      return `<div class="navbar navbar-default"><div class="container-fluid"><div class="navbar-brand">${esc(appName)}</div><div class="navbar-text">${firm}${change}</div><div class="navbar-right">${user} ${langs}</div></div></div>`;
    case 'table':
      return `<table class="hdr" width="100%"><tr><td><img src="/uman/images/logo.gif" alt=""> <font size="4">${esc(appName)}</font></td><td>${firm}${change}</td><td align="right">${user}</td></tr></table>`;
    case 'spa':
      return `<div class="app-bar"><span class="app-title">${esc(appName)}</span><span class="ctx">${firm}</span><span class="spacer"></span><span class="user-chip">${user}</span>${langs}</div>`;
  }
}

function crumbsHtml(ctx: Ctx, style: ChromeStyle, crumbs: string[]): string {
  if (crumbs.length === 0) return '';
  const parts = crumbs.map((c, i) => (i < crumbs.length - 1 ? `<a href="/uman/secure/${ctx.lang}/home.xhtml">${esc(c)}</a>` : `<span aria-current="page">${esc(c)}</span>`));
  if (style === 'landmarks') return `<nav aria-label="breadcrumb"><ol class="breadcrumb">${parts.map((p) => `<li>${p}</li>`).join('')}</ol></nav>`;
  if (style === 'table') return `<div class="path">${parts.join(' &raquo; ')}</div>`;
  return `<div class="breadcrumb">${parts.join(' / ')}</div>`;
}

function umanFooter(ctx: Ctx, style: ChromeStyle): string {
  const f = `${esc(say(ctx, app.footer))} · <a href="/site_${ctx.lang}/general/helpcentre/index.htm">${esc(first(ctx, app.menuHelp))}</a>`;
  if (style === 'landmarks') return `<footer class="app-footer">${f}</footer>`;
  if (style === 'table') return `<table width="100%"><tr><td class="ftr" align="center"><small>${f}</small></td></tr></table>`;
  return `<div class="footer">${f}</div>`;
}

/** The application's content area inside its chrome (no document shell). */
export function umanBody(ctx: Ctx, o: ChromeOpts): string {
  const s = o.style;
  const header = umanHeader(ctx, s, o.group);
  const crumbs = crumbsHtml(ctx, s, o.crumbs);
  const menu = o.menu ? umanMenu(ctx, s, o.menu) : '';
  const footer = umanFooter(ctx, s);
  switch (s) {
    case 'landmarks':
      return `${header}${crumbs}<div class="layout">${menu}<main id="content">${o.content}</main></div>${footer}`;
    case 'divs':
      return `${header}<div class="container-fluid">${crumbs}<div class="row">${menu}<div class="col-md-9 content">${o.content}</div></div></div>${footer}`;
    case 'table':
      return `<table width="100%" border="0" cellspacing="0"><tr><td colspan="2">${header}</td></tr><tr><td colspan="2">${crumbs}</td></tr><tr><td valign="top" width="200">${menu}</td><td valign="top" class="body">${o.content}</td></tr><tr><td colspan="2">${footer}</td></tr></table>`;
    case 'spa':
      return `<div id="root"><div class="app-shell">${header}<div class="app-main">${menu}<div class="page" role="region" aria-live="polite">${crumbs}${o.content}</div></div>${footer}</div></div>`;
  }
}

export function umanDoc(ctx: Ctx, o: ChromeOpts): string {
  return doc(ctx, { title: `${o.title} – ${first(ctx, app.name)}`, body: umanBody(ctx, o) });
}

// ---------------------------------------------------------------------------
// In-app page contents
// ---------------------------------------------------------------------------
export function h1(ctx: Ctx, s: string): string {
  return `<h1>${text(ctx, s, { icon: false })}</h1>`;
}

/** The groups list (employer group possibly ringed). rowClick: rows clickable by script only. */
export function groupsContent(ctx: Ctx, o: { target: boolean; kind: ClickKind; rowClick?: boolean }): string {
  const r = ctx.rng;
  const groups = [
    { name: say(ctx, app.groupEmployer), t: o.target },
    { name: say(ctx, app.groupProvider), t: false },
    { name: say(ctx, app.groupSecretariat), t: false },
    { name: say(ctx, app.groupEnterprise), t: false },
  ];
  const shown = [groups[0]!, ...r.shuffle(groups.slice(1)).slice(0, 1 + r.int(3))];
  const list = r.chance(0.7) ? r.shuffle(shown) : shown;
  const status = say(ctx, app.statusActive);
  let inner: string;
  if (o.rowClick) {
    inner = `<table class="table table-hover"><thead><tr><th>${esc(say(ctx, app.colGroup))}</th><th>${esc(say(ctx, app.colStatus))}</th></tr></thead><tbody>${list
      .map((g, i) => `<tr class="clickable-row" onclick="selectGroup(${100 + i})"${g.t ? T : ''}><td>${text(ctx, g.name)}</td><td>${esc(status)}</td></tr>`)
      .join('')}</tbody></table>`;
  } else if (o.kind === 'card') {
    inner = `<div class="group-cards">${list.map((g, i) => clickable(ctx, g.name, { href: `home.xhtml?group=${100 + i}`, target: g.t, kind: 'card', desc: status })).join('')}</div>`;
  } else if (r.chance(0.6)) {
    inner = `<table class="table"><thead><tr><th>${esc(say(ctx, app.colGroup))}</th><th>${esc(say(ctx, app.colStatus))}</th></tr></thead><tbody>${list
      .map((g, i) => `<tr><td>${clickable(ctx, g.name, { href: `home.xhtml?group=${100 + i}`, target: g.t, kind: g.t ? o.kind : 'a' })}</td><td>${esc(status)}</td></tr>`)
      .join('')}</tbody></table>`;
  } else {
    inner = `<ul class="groups">${list.map((g, i) => `<li>${clickable(ctx, g.name, { href: `home.xhtml?group=${100 + i}`, target: g.t, kind: g.t ? o.kind : 'a' })} <small>(${esc(status)})</small></li>`).join('')}</ul>`;
  }
  return nest(ctx, `${h1(ctx, say(ctx, app.groupsHeading))}<p>${esc(say(ctx, app.groupsIntro))}</p>${inner}`);
}

export function groupHomeContent(ctx: Ctx, group: string): string {
  return nest(ctx, `${h1(ctx, say(ctx, app.homeWelcome))}<p>${esc(say(ctx, app.homeText, { group }))}</p><div class="panel"><p>${esc(filler(ctx))}</p></div>`);
}

/** The add-user form (national number field and Next). */
export function addUserForm(ctx: Ctx, o: { target: boolean; headingTag?: 'h1' | 'h2' }): string {
  const r = ctx.rng;
  const label = say(ctx, app.niss);
  const kind = ctx.field === 'table' ? 'table' : ctx.field;
  const f = field(ctx, label, {
    name: r.pick(['niss', 'inss', 'ssin', 'nrn', 'identifier']),
    required: r.pick<RequiredMark>(['required', 'aria', 'asterisk', 'none']),
    target: o.target,
    kind,
    help: r.chance(0.6) ? say(ctx, app.nissHelp) : undefined,
  });
  const fieldHtml = kind === 'table' ? `<table class="form">${f}</table>` : f;
  const tag = o.headingTag ?? 'h1';
  const heading = `<${tag}>${text(ctx, say(ctx, app.addUserHeading), { icon: false })}</${tag}>`;
  const next = say(ctx, app.next);
  const nextBtn = r.chance(0.7) ? `<button type="submit" class="btn btn-primary">${text(ctx, next)}</button>` : `<input type="submit" class="button" value="${attr(next)}">`;
  const intro = r.chance(0.7) ? `<p>${esc(say(ctx, app.addUserIntro))}</p>` : '';
  return nest(ctx, `${heading}${intro}<form method="post" action="users-add.xhtml" novalidate>${fieldHtml}<div class="actions">${nextBtn} <a href="users.xhtml" class="btn btn-link">${esc(say(ctx, app.cancel))}</a></div></form>`);
}

function userRows(ctx: Ctx, n: number, editKind: ClickKind | 'row' | 'name', ringIndex: number, only?: readonly [string, string]): string {
  const r = ctx.rng;
  const people = only ? [only] : r.shuffle(PEOPLE).slice(0, n);
  const edit = say(ctx, app.edit);
  return people
    .map((p, i) => {
      const t = i === ringIndex;
      const niss = r.pick(NISS);
      const name = `${p[1]} ${p[0]}`;
      if (editKind === 'row') return `<tr onclick="openUser(${1000 + i})"${t ? T : ''}><td>${esc(name)}</td><td>${niss}</td><td>${esc(first(ctx, app.statusActive))}</td></tr>`;
      if (editKind === 'name') return `<tr><td>${clickable(ctx, name, { href: `user.xhtml?id=${1000 + i}`, target: t, kind: 'a' })}</td><td>${niss}</td><td>${esc(first(ctx, app.statusActive))}</td></tr>`;
      return `<tr><td>${esc(name)}</td><td>${niss}</td><td>${esc(first(ctx, app.statusActive))}</td><td>${clickable(ctx, edit, { href: `user-edit.xhtml?id=${1000 + i}`, target: t, kind: t ? editKind : 'a', cls: 'action-edit' })}</td></tr>`;
    })
    .join('');
}

function usersTable(ctx: Ctx, body: string, withActions: boolean): string {
  const cols = [say(ctx, app.colName), first(ctx, app.niss), say(ctx, app.colStatus)];
  if (withActions) cols.push(say(ctx, app.colActions));
  return `<table class="table table-striped"><thead><tr>${cols.map((c) => `<th>${esc(c)}</th>`).join('')}</tr></thead><tbody>${body}</tbody></table>`;
}

function searchForm(ctx: Ctx, o: { target: boolean; value?: string }): string {
  const r = ctx.rng;
  const kind = ctx.field === 'table' ? 'label-for' : ctx.field;
  const f = field(ctx, say(ctx, app.search), {
    name: 'q',
    type: r.chance(0.5) ? 'search' : 'text',
    target: o.target,
    kind,
    value: o.value,
    placeholderText: kind !== 'placeholder' && r.chance(0.5) ? say(ctx, app.searchPlaceholder) : undefined,
  });
  return `<form class="search-form" role="search" action="users-search.xhtml">${f}<button type="submit" class="btn">${text(ctx, say(ctx, app.searchButton))}</button></form>`;
}

/** The users list with its add-a-user button (add-access: ring the button). */
export function usersListContent(ctx: Ctx, o: { addTarget: boolean; searchTarget: boolean; withSearch: boolean; withList: boolean }): string {
  const r = ctx.rng;
  const add = clickable(ctx, say(ctx, app.addUserButton), { href: 'users-add.xhtml', target: o.addTarget, kind: o.addTarget ? ctx.click : r.pick<ClickKind>(['a', 'button']), cls: 'btn btn-primary' });
  const search = o.withSearch ? searchForm(ctx, { target: o.searchTarget }) : '';
  const list = o.withList ? usersTable(ctx, userRows(ctx, 3 + r.int(4), 'a', -1), true) : `<p>${esc(filler(ctx))}</p>`;
  const top = r.chance(0.5) ? `<div class="toolbar">${add}</div>${search}` : `${search}<div class="toolbar">${add}</div>`;
  return nest(ctx, `${h1(ctx, say(ctx, app.usersHeading))}${top}${list}`);
}

/** The users page of the removal journey: search box (ringed), maybe an add button. */
export function usersSearchContent(ctx: Ctx, o: { target: boolean }): string {
  const r = ctx.rng;
  const add = r.chance(0.5) ? `<div class="toolbar"><a href="users-add.xhtml" class="btn">${esc(say(ctx, app.addUserButton))}</a></div>` : '';
  const headingSearch = r.chance(0.4) ? `<h2>${text(ctx, say(ctx, app.search), { icon: false })}</h2>` : '';
  return nest(ctx, `${h1(ctx, say(ctx, app.usersHeading))}${add}${headingSearch}${searchForm(ctx, { target: o.target })}<p class="hint">${esc(filler(ctx))}</p>`);
}

/** Search results: one person, its edit action ringed. */
export function searchResultsContent(ctx: Ctx, o: { target: boolean; rowClick?: boolean }): string {
  const r = ctx.rng;
  const kind: ClickKind | 'row' | 'name' = o.rowClick ? 'row' : ctx.click === 'a' && r.chance(0.25) ? 'name' : ctx.click;
  const p = r.pick(PEOPLE);
  const rows = userRows(ctx, 1, kind, o.target ? 0 : -1, p);
  return nest(ctx, `${h1(ctx, say(ctx, app.usersHeading))}${searchForm(ctx, { target: false, value: p[1] })}<p class="results" role="status">${esc(say(ctx, app.results, { n: 1 }))}</p>${usersTable(ctx, rows, kind !== 'row' && kind !== 'name')}`);
}

export interface UserFormOpts {
  heading: string;
  /** 'partial': some required fields empty (the first one ringed when ringFirstEmpty). */
  filled: 'all' | 'partial';
  ringFirstEmpty: boolean;
  trfppChecked: boolean;
  ringTrfpp: boolean;
  /** Other applications already ticked (an existing person). */
  otherTicked?: boolean;
  person?: readonly [string, string];
}

/** The new-user / edit-user form. */
export function userForm(ctx: Ctx, o: UserFormOpts): string {
  const r = ctx.rng;
  const person = o.person ?? r.pick(PEOPLE);
  const niss = r.pick(NISS);
  const mark = r.pick<RequiredMark>(['required', 'aria', 'asterisk']);
  const kind = ctx.field;
  const langNames = first(ctx, app.langNames).split(', ');
  const specs: { label: string; name: string; type?: string; value: string; required: boolean; options?: string[] }[] = [
    { label: say(ctx, app.lastName), name: 'lastName', value: person[1], required: true },
    { label: say(ctx, app.firstName), name: 'firstName', value: person[0], required: true },
    { label: say(ctx, app.email), name: 'email', type: 'email', value: email(person), required: true },
    { label: say(ctx, app.phone), name: 'phone', type: 'tel', value: r.pick(PHONES), required: true },
  ];
  const job = { label: say(ctx, app.jobTitle), name: 'function', value: r.chance(0.5) ? 'Regulatory affairs' : '', required: false };
  specs.splice(r.chance(0.5) ? 4 : 2 + r.int(2), 0, job);
  if (r.chance(0.5)) {
    const langVal = langNames[['fr', 'nl', 'de', 'en'].indexOf(ctx.lang)] ?? 'English';
    specs.push({ label: say(ctx, app.language), name: 'language', value: langVal, required: true, options: [say(ctx, app.choose), ...langNames] });
  }
  // Which required fields are empty
  if (o.filled === 'partial') {
    const req = specs.filter((s) => s.required);
    let emptied = 0;
    for (const s of req) {
      if (r.chance(0.5)) {
        s.value = '';
        emptied++;
      }
    }
    if (emptied === 0) {
      const s = r.pick(req.slice(1));
      s.value = '';
    }
  } else if (job.value === '' && r.chance(0.5)) {
    job.value = 'QA';
  }
  const firstEmpty = specs.find((s) => s.required && s.value === '');
  const fields = specs.map((s) =>
    field(ctx, s.label, {
      name: s.name,
      type: s.type,
      value: s.options && s.value === '' ? '' : s.value,
      required: s.required ? mark : 'none',
      target: o.ringFirstEmpty && s === firstEmpty,
      kind,
      options: s.options ? s.options : undefined,
    }),
  );
  const nissLine =
    kind === 'table'
      ? `<tr><th>${esc(first(ctx, app.niss))}</th><td>${niss}</td></tr>`
      : r.chance(0.5)
        ? `<p class="form-static"><strong>${esc(first(ctx, app.niss))}</strong>: ${niss}</p>`
        : field(ctx, first(ctx, app.niss), { name: 'niss', value: niss, readonly: true, kind: kind === 'placeholder' ? 'aria-label' : kind });
  const fieldsHtml = kind === 'table' ? `<table class="form">${nissLine}${fields.join('')}</table>` : `${nissLine}${fields.join('')}`;
  // Secured applications
  const ck = ctx.check;
  const others = r.shuffle(all(ctx, app.otherApps)).slice(0, 2 + r.int(3));
  const trfppLabel = say(ctx, app.trfpp);
  const items = others.map((a) => ({ label: a, tr: false, checked: !!o.otherTicked && r.chance(0.5) }));
  items.splice(r.int(items.length + 1), 0, { label: trfppLabel, tr: true, checked: o.trfppChecked });
  const boxes = items.map((it) => checkbox(ctx, it.label, { name: it.tr ? 'app-trfpp' : `app-${it.label.length}`, checked: it.checked, target: it.tr && o.ringTrfpp, kind: ck }));
  const appsTitle = say(ctx, app.securedApps);
  const apps = r.chance(0.6)
    ? `<fieldset class="apps-section"><legend>${text(ctx, appsTitle, { icon: false })}</legend><p class="hint">${esc(say(ctx, app.securedAppsHint))}</p>${checkboxList(ck, boxes)}</fieldset>`
    : `<h2>${text(ctx, appsTitle, { icon: false })}</h2><p class="hint">${esc(say(ctx, app.securedAppsHint))}</p>${checkboxList(ck, boxes)}`;
  const note = mark === 'asterisk' || r.chance(0.6) ? `<p class="required-note">${esc(say(ctx, app.requiredNote))}</p>` : '';
  const save = say(ctx, app.save);
  const saveBtn = r.chance(0.7) ? `<button type="submit" class="btn btn-primary">${text(ctx, save)}</button>` : `<input type="submit" value="${attr(save)}">`;
  const section = r.chance(0.5) ? `<h2>${esc(say(ctx, app.personalData))}</h2>` : '';
  return nest(ctx, `${h1(ctx, o.heading)}${note}<form method="post" action="user-save.xhtml" novalidate>${section}${fieldsHtml}${apps}<div class="form-actions">${saveBtn} <a class="btn btn-link" href="users.xhtml">${esc(say(ctx, app.cancel))}</a></div></form>`);
}

/** The existing person's page after Next: notice, data, current applications, edit action. */
export function existingPersonContent(ctx: Ctx, o: { withTrfpp: boolean; target: boolean; noticeAsDialog?: boolean }): string {
  const r = ctx.rng;
  const p = r.pick(PEOPLE);
  const niss = r.pick(NISS);
  const apps = r.shuffle(all(ctx, app.otherApps)).slice(0, 1 + r.int(3));
  if (o.withTrfpp) apps.splice(r.int(apps.length + 1), 0, say(ctx, app.trfpp));
  const notice = say(ctx, app.existingNotice);
  const noticeHtml = r.pick([
    `<div class="alert alert-info" role="status">${text(ctx, notice, { icon: false })} ${esc(say(ctx, app.existingHint))}</div>`,
    `<div class="message warning"><img src="/uman/img/info.png" alt="Info"> <span>${esc(notice)}</span></div>`,
    `<p class="notice"><strong>${esc(notice)}</strong><br>${esc(say(ctx, app.existingHint))}</p>`,
  ]);
  const data = `<h2>${esc(say(ctx, app.personData))}</h2><dl class="person"><dt>${esc(first(ctx, app.colName))}</dt><dd>${esc(p[0] + ' ' + p[1])}</dd><dt>${esc(first(ctx, app.niss))}</dt><dd>${niss}</dd><dt>${esc(first(ctx, app.email))}</dt><dd>${esc(email(p))}</dd></dl>`;
  const appsHtml = `<h2>${text(ctx, say(ctx, app.personApps), { icon: false })}</h2>${r.chance(0.5) ? `<ul class="apps">${apps.map((a) => `<li>${esc(a)}</li>`).join('')}</ul>` : `<table class="table"><tbody>${apps.map((a) => `<tr><td>${esc(a)}</td><td>${esc(first(ctx, app.statusActive))}</td></tr>`).join('')}</tbody></table>`}`;
  const edit = clickable(ctx, say(ctx, app.edit), { href: `user-edit.xhtml?id=${r.int(9000) + 1000}`, target: o.target, kind: o.target ? ctx.click : 'a', cls: 'btn btn-primary' });
  const back = `<a href="users.xhtml" class="btn btn-link">${esc(say(ctx, app.backToUsers))}</a>`;
  return nest(ctx, `${h1(ctx, say(ctx, app.addUserHeading))}${noticeHtml}${data}${appsHtml}<div class="actions">${edit} ${back}</div>`);
}

export function savedContent(ctx: Ctx): string {
  const r = ctx.rng;
  const p = r.pick(PEOPLE);
  const msg = say(ctx, app.saved);
  const box = r.pick([
    `<div class="alert alert-success" role="status">${text(ctx, msg)}</div>`,
    `<div class="message info" role="alert"><span class="icon-ok" aria-hidden="true"></span>${esc(msg)}</div>`,
    `<p class="confirmation"><img src="/uman/img/ok.gif" alt="OK"> ${esc(msg)}</p>`,
  ]);
  const summary = r.chance(0.6) ? `<dl class="summary"><dt>${esc(first(ctx, app.colName))}</dt><dd>${esc(p[0] + ' ' + p[1])}</dd><dt>${esc(first(ctx, app.securedApps))}</dt><dd>${esc(first(ctx, app.trfpp))}</dd></dl>` : '';
  return nest(ctx, `${h1(ctx, say(ctx, app.usersHeading))}${box}${summary}<p><a href="users.xhtml">${esc(say(ctx, app.backToUsers))}</a></p>`);
}
