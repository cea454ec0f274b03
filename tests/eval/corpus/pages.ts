// Whole pages: every journey page kind, and the special pages (dialogs,
// disclosures, frames, expiry, errors, pages off the journey).

import type { Lang } from './types.ts';
import { app, csam, off, ss, status, idp } from './wording.ts';
import { attr, clickable, esc, first, nest, say, sayFresh, text, T, type ClickKind, type Ctx } from './transforms.ts';
import {
  addUserForm,
  audienceMain,
  csamChoices,
  csamHomeMain,
  csamServiceHead,
  csamShell,
  csamUrl,
  CSAM_SERVICE_PATH,
  doc,
  existingPersonContent,
  filler,
  groupHomeContent,
  groupsContent,
  h1,
  idpPage,
  idpUrl,
  PEOPLE,
  savedContent,
  searchResultsContent,
  SS_UMOE,
  ssShell,
  systemsLinks,
  umanBody,
  umanDoc,
  umanHeader,
  umanMenu,
  umanUrl,
  umoeMain,
  userForm,
  usersListContent,
  usersSearchContent,
  type Built,
  type ChromeStyle,
  type MenuEntry,
} from './templates.ts';

export interface Variant {
  /** The application's chrome style, or null for a bare in-app page. */
  chrome: ChromeStyle | null;
  /** Rows clickable by script only (groups, search results). */
  rowClick?: boolean;
}

const INFO: Record<Lang, string> = { fr: 'Information', nl: 'Informatie', de: 'Information', en: 'Information' };

const AUDIENCE_URL = (l: Lang) => `https://www.socialsecurity.be/portal/login/audience?lang=${l}&goto=%2Fuman%2Fsecure`;

function group(ctx: Ctx): string {
  return say(ctx, app.groupEmployer);
}

/** An in-app page: chrome (or a bare page) around the content. */
function inApp(ctx: Ctx, v: Variant, o: { title: string; content: string; route: string; active: MenuEntry | null; crumb: string; full?: boolean; usersTarget?: boolean; group?: string | null; spa?: boolean }): Built {
  const url = umanUrl(ctx, o.route, o.spa ?? (v.chrome === 'spa' ? true : undefined));
  const g = o.group === undefined ? group(ctx) : o.group;
  if (v.chrome === null) {
    const html = doc(ctx, { title: o.title, body: `<div class="page"><div class="topbar">${esc(first(ctx, app.name))}</div>${o.content}</div>` });
    return { html, url };
  }
  const html = umanDoc(ctx, {
    style: v.chrome,
    title: o.title,
    content: o.content,
    menu: { full: o.full !== false, active: o.active, usersTarget: o.usersTarget },
    crumbs: [first(ctx, app.name), ...(g ? [g] : []), o.crumb],
    group: g,
  });
  return { html, url };
}

// ---------------------------------------------------------------------------
// Journey pages
// ---------------------------------------------------------------------------
export type JourneyPage =
  | 'csam-home'
  | 'csam-service'
  | 'csam-systems'
  | 'ss-umoe-info'
  | 'ss-audience'
  | 'idp-login'
  | 'uman-groups'
  | 'uman-group-home'
  | 'uman-add-user'
  | 'uman-users-list'
  | 'uman-new-user'
  | 'uman-existing-person'
  | 'uman-new-user-filled'
  | 'uman-edit-user'
  | 'uman-saved'
  | 'uman-existing-person-trfpp'
  | 'uman-users-search'
  | 'uman-search-results'
  | 'uman-edit-user-remove';

export const IN_APP: readonly JourneyPage[] = [
  'uman-groups', 'uman-group-home', 'uman-add-user', 'uman-users-list', 'uman-new-user', 'uman-existing-person',
  'uman-new-user-filled', 'uman-edit-user', 'uman-saved', 'uman-existing-person-trfpp', 'uman-users-search',
  'uman-search-results', 'uman-edit-user-remove',
];

export function buildJourneyPage(ctx: Ctx, page: JourneyPage, v: Variant): Built {
  const l = ctx.lang;
  switch (page) {
    case 'csam-home':
      return { url: ctx.rng.chance(0.8) ? csamUrl.home(l) : `https://www.csam.be/${l}/`, html: csamShell(ctx, { title: `CSAM – ${first(ctx, csam.navHome)}`, main: csamHomeMain(ctx, { target: true, kind: ctx.click }), current: 'home' }) };
    case 'csam-service':
      return {
        url: csamUrl.service(l),
        html: csamShell(ctx, { title: `${first(ctx, csam.serviceAM)} | CSAM`, main: nest(ctx, csamServiceHead(ctx) + csamChoices(ctx, { target: true, kind: ctx.click })), current: 'service', pathFor: (x) => CSAM_SERVICE_PATH[x] }),
      };
    case 'csam-systems':
      return {
        url: csamUrl.systems(l),
        html: csamShell(ctx, { title: `${first(ctx, csam.manageAccess)} | CSAM`, main: nest(ctx, `${h1(ctx, say(ctx, csam.systemsHeading))}<p>${esc(say(ctx, csam.manageAccessDesc))}</p>${systemsLinks(ctx, { target: true, kind: ctx.click })}<p>${esc(filler(ctx))}</p>`), current: 'service' }),
      };
    case 'ss-umoe-info':
      return {
        url: SS_UMOE(l),
        html: ssShell(ctx, {
          title: `${first(ctx, ss.umoeTitle)} - ${first(ctx, ss.siteName)}`,
          main: umoeMain(ctx, { target: true, kind: ctx.click, loginHref: ctx.rng.chance(0.5) ? AUDIENCE_URL(l) : idpUrl(ctx) }),
          crumbs: [first(ctx, ss.siteName), first(ctx, ss.navEmployers), first(ctx, ss.onlineServices), first(ctx, ss.umoeTitle)],
          pathFor: (x) => `/site_${x}/employer/applics/umoe/index.htm`,
        }),
      };
    case 'ss-audience':
      return { url: AUDIENCE_URL(l), html: ssShell(ctx, { title: say(ctx, ss.audienceQuestion), main: audienceMain(ctx, { target: true, kind: ctx.click }) }) };
    case 'idp-login':
      return { url: idpUrl(ctx), html: idpPage(ctx) };
    case 'uman-groups':
      return inApp(ctx, v, { title: say(ctx, app.groupsHeading), content: groupsContent(ctx, { target: true, kind: ctx.click, rowClick: v.rowClick }), route: 'groups', active: 'groups', crumb: first(ctx, app.menuGroups), full: ctx.rng.chance(0.5), group: null });
    case 'uman-group-home': {
      const g = group(ctx);
      return inApp(ctx, { chrome: v.chrome ?? 'landmarks' }, { title: say(ctx, app.homeWelcome), content: groupHomeContent(ctx, g), route: 'home', active: 'home', crumb: first(ctx, app.menuHome), usersTarget: true, group: g });
    }
    case 'uman-add-user':
      return inApp(ctx, v, { title: say(ctx, app.addUserHeading), content: addUserForm(ctx, { target: true }), route: 'users/add', active: 'users', crumb: say(ctx, app.addUserHeading) });
    case 'uman-users-list':
      return inApp(ctx, v, { title: say(ctx, app.usersHeading), content: usersListContent(ctx, { addTarget: true, searchTarget: false, withSearch: ctx.rng.chance(0.5), withList: ctx.rng.chance(0.7) }), route: 'users', active: 'users', crumb: first(ctx, app.menuUsers) });
    case 'uman-new-user':
      return inApp(ctx, v, { title: say(ctx, app.newUserHeading), content: userForm(ctx, { heading: say(ctx, app.newUserHeading), filled: 'partial', ringFirstEmpty: true, trfppChecked: false, ringTrfpp: false }), route: 'users/new', active: 'users', crumb: say(ctx, app.newUserHeading) });
    case 'uman-new-user-filled':
      return inApp(ctx, v, { title: say(ctx, app.newUserHeading), content: userForm(ctx, { heading: say(ctx, app.newUserHeading), filled: 'all', ringFirstEmpty: false, trfppChecked: false, ringTrfpp: true }), route: 'users/new', active: 'users', crumb: say(ctx, app.newUserHeading) });
    case 'uman-edit-user':
      return inApp(ctx, v, { title: say(ctx, app.editUserHeading), content: userForm(ctx, { heading: say(ctx, app.editUserHeading), filled: 'all', ringFirstEmpty: false, trfppChecked: false, ringTrfpp: true, otherTicked: true }), route: `users/${1000 + ctx.rng.int(9000)}/edit`, active: 'users', crumb: say(ctx, app.editUserHeading) });
    case 'uman-edit-user-remove':
      return inApp(ctx, v, { title: say(ctx, app.editUserHeading), content: userForm(ctx, { heading: say(ctx, app.editUserHeading), filled: 'all', ringFirstEmpty: false, trfppChecked: true, ringTrfpp: true, otherTicked: true }), route: `users/${1000 + ctx.rng.int(9000)}/edit`, active: 'users', crumb: say(ctx, app.editUserHeading) });
    case 'uman-existing-person':
      return inApp(ctx, v, { title: say(ctx, app.addUserHeading), content: existingPersonContent(ctx, { withTrfpp: false, target: true }), route: 'users/add', active: 'users', crumb: say(ctx, app.addUserHeading) });
    case 'uman-existing-person-trfpp':
      return inApp(ctx, v, { title: say(ctx, app.addUserHeading), content: existingPersonContent(ctx, { withTrfpp: true, target: false }), route: 'users/add', active: 'users', crumb: say(ctx, app.addUserHeading) });
    case 'uman-saved':
      return inApp(ctx, v, { title: say(ctx, app.usersHeading), content: savedContent(ctx), route: 'users/saved', active: 'users', crumb: first(ctx, app.menuUsers) });
    case 'uman-users-search':
      return inApp(ctx, v, { title: say(ctx, app.usersHeading), content: usersSearchContent(ctx, { target: true }), route: 'users', active: 'users', crumb: first(ctx, app.menuUsers) });
    case 'uman-search-results':
      return inApp(ctx, v, { title: say(ctx, app.usersHeading), content: searchResultsContent(ctx, { target: true, rowClick: v.rowClick }), route: 'users/search', active: 'users', crumb: first(ctx, app.menuUsers) });
  }
}

// ---------------------------------------------------------------------------
// frames: the menu frame and content frames of an old frame-based layout
// ---------------------------------------------------------------------------
export function menuFrame(ctx: Ctx, o: { usersTarget: boolean }): Built {
  const r = ctx.rng;
  const style = r.pick<ChromeStyle>(['table', 'divs', 'landmarks', 'table']);
  const menu = umanMenu(ctx, style, { full: true, usersTarget: o.usersTarget, active: null });
  const links = menu.replace(/<a href="/g, '<a target="content" href="');
  const html = doc(ctx, { title: 'Menu', body: `<div class="menu-frame"><img src="/uman/images/logo-small.gif" alt="">${links}</div>`, bodyAttrs: ' class="menu" bgcolor="#eef2f7"' });
  return { html, url: `https://www.socialsecurity.be/uman/secure/${ctx.lang}/${r.pick(['menu.jsp', 'left.do', 'frames/menu.xhtml'])}` };
}

export type ContentFramePage = 'uman-add-user' | 'uman-new-user' | 'uman-users-search' | 'uman-edit-user-remove' | 'uman-new-user-filled';
export function contentFrame(ctx: Ctx, page: ContentFramePage): Built {
  const r = ctx.rng;
  let content: string;
  switch (page) {
    case 'uman-add-user':
      content = addUserForm(ctx, { target: true });
      break;
    case 'uman-new-user':
      content = userForm(ctx, { heading: say(ctx, app.newUserHeading), filled: 'partial', ringFirstEmpty: true, trfppChecked: false, ringTrfpp: false });
      break;
    case 'uman-new-user-filled':
      content = userForm(ctx, { heading: say(ctx, app.newUserHeading), filled: 'all', ringFirstEmpty: false, trfppChecked: false, ringTrfpp: true });
      break;
    case 'uman-users-search':
      content = usersSearchContent(ctx, { target: true });
      break;
    case 'uman-edit-user-remove':
      content = userForm(ctx, { heading: say(ctx, app.editUserHeading), filled: 'all', ringFirstEmpty: false, trfppChecked: true, ringTrfpp: true, otherTicked: true });
      break;
  }
  const html = doc(ctx, { title: first(ctx, app.name), body: `<div class="content-frame">${content}</div>`, bodyAttrs: r.chance(0.5) ? ' class="content"' : '' });
  return { html, url: `https://www.socialsecurity.be/uman/secure/${ctx.lang}/${r.pick(['content.jsp', 'main.do', 'frames/content.xhtml'])}?page=${r.int(90) + 10}` };
}

// ---------------------------------------------------------------------------
// spa-swap: a form rendered in the group home's content area
// ---------------------------------------------------------------------------
export function spaSwap(ctx: Ctx, page: 'uman-add-user' | 'uman-new-user' | 'uman-users-search'): Built {
  const r = ctx.rng;
  const g = group(ctx);
  const content =
    page === 'uman-add-user'
      ? addUserForm(ctx, { target: true, headingTag: r.chance(0.5) ? 'h2' : 'h1' })
      : page === 'uman-new-user'
        ? userForm(ctx, { heading: say(ctx, app.newUserHeading), filled: 'partial', ringFirstEmpty: true, trfppChecked: false, ringTrfpp: false })
        : usersSearchContent(ctx, { target: true });
  const banner = r.chance(0.5) ? `<div class="group-banner"><span>${esc(g)}</span></div>` : '';
  const style = r.pick<ChromeStyle>(['spa', 'spa', 'landmarks', 'divs']);
  const body = umanBody(ctx, {
    style,
    title: say(ctx, app.homeWelcome),
    content: `${banner}<div class="view" data-route="${page === 'uman-users-search' ? 'users' : 'users-add'}">${content}</div>`,
    menu: { full: true, active: r.chance(0.5) ? 'users' : 'home' },
    crumbs: r.chance(0.5) ? [first(ctx, app.name), g] : [first(ctx, app.name), g, first(ctx, app.menuUsers)],
    group: g,
  });
  const html = doc(ctx, { title: `${say(ctx, app.homeWelcome)} – ${first(ctx, app.name)}`, body });
  const url = r.pick([
    `https://www.socialsecurity.be/uman/app/#/${ctx.lang}/home`,
    `https://www.socialsecurity.be/uman/app/#/${ctx.lang}/${page === 'uman-users-search' ? 'users' : 'users/add'}`,
    `https://www.socialsecurity.be/uman/app/${ctx.lang}/home?group=100`,
    `https://www.socialsecurity.be/uman/app/${ctx.lang}/home#users`,
  ]);
  return { html, url };
}

// ---------------------------------------------------------------------------
// disclosure: in-page sections, accordions and tabs
// ---------------------------------------------------------------------------
/** The csam.be service page whose "manage access" section is open (or closed). */
export function csamDisclosure(ctx: Ctx, open: boolean): Built {
  const r = ctx.rng;
  const manage = say(ctx, csam.manageAccess);
  const c1 = say(ctx, csam.appointMain);
  const c2 = say(ctx, csam.appointAM);
  const links = systemsLinks(ctx, { target: open, kind: open ? ctx.click : 'a' });
  const desc = `<p>${esc(say(ctx, csam.manageAccessDesc))}</p>`;
  const mode = r.int(3);
  let section: string;
  if (mode === 0) {
    const sumT = open ? '' : T;
    section = `<details${open ? ' open' : ''}><summary>${esc(c1)}</summary><p>${esc(filler(ctx))}</p></details>
<details><summary>${esc(c2)}</summary><p>${esc(filler(ctx))}</p></details>
<details${open ? ' open' : ''}><summary${sumT}>${text(ctx, manage)}</summary>${desc}${links}</details>`;
  } else if (mode === 1) {
    const bT = open ? '' : T;
    section = `<div class="accordion">
<div class="acc-item"><h2><button type="button" aria-expanded="false" aria-controls="p1">${esc(c1)}</button></h2><div id="p1" class="acc-panel" hidden><p>${esc(filler(ctx))}</p></div></div>
<div class="acc-item"><h2><button type="button" aria-expanded="false" aria-controls="p2">${esc(c2)}</button></h2><div id="p2" class="acc-panel" hidden><p>${esc(filler(ctx))}</p></div></div>
<div class="acc-item${open ? ' is-open' : ''}"><h2><button type="button" aria-expanded="${open}" aria-controls="p3"${bT}>${text(ctx, manage)}</button></h2><div id="p3" class="acc-panel" role="region"${open ? '' : ' hidden'}>${desc}${links}</div></div>
</div>`;
  } else {
    const tT = open ? '' : T;
    section = `<div class="tabs"><div role="tablist" aria-label="${attr(first(ctx, csam.serviceAM))}">
<button role="tab" id="t1" aria-selected="false" aria-controls="tp1" tabindex="-1">${esc(c1)}</button>
<button role="tab" id="t2" aria-selected="false" aria-controls="tp2" tabindex="-1">${esc(c2)}</button>
<button role="tab" id="t3" aria-selected="${open}" aria-controls="tp3"${open ? '' : ' tabindex="-1"'}${tT}>${text(ctx, manage)}</button></div>
<div role="tabpanel" id="tp1" aria-labelledby="t1"${open ? ' hidden' : ''}><p>${esc(filler(ctx))}</p><p><a href="/app032/camregistrationpublic/">${esc(say(ctx, csam.procStandard))}</a></p></div>
<div role="tabpanel" id="tp2" aria-labelledby="t2" hidden><p>${esc(filler(ctx))}</p></div>
<div role="tabpanel" id="tp3" aria-labelledby="t3"${open ? '' : ' hidden'}>${desc}${links}</div></div>`;
  }
  const url = csamUrl.service(ctx.lang) + (open && r.chance(0.5) ? '#' + r.pick(['acces', 'toegangen', 'section-3', 'tab3']) : '');
  return { url, html: csamShell(ctx, { title: `${first(ctx, csam.serviceAM)} | CSAM`, main: nest(ctx, csamServiceHead(ctx) + section), current: 'service', pathFor: (x) => CSAM_SERVICE_PATH[x] }) };
}

/** The group home where "Users" opened an in-page panel holding the add-user form. */
export function groupHomePanel(ctx: Ctx): Built {
  const r = ctx.rng;
  const g = group(ctx);
  const style = r.pick<ChromeStyle>(['landmarks', 'divs', 'table', 'spa']);
  const form = addUserForm(ctx, { target: true, headingTag: 'h2' });
  const content = `${groupHomeContent(ctx, g)}<section class="panel panel-open" id="panel-users" aria-labelledby="ph">${r.chance(0.5) ? `<h2 id="ph" class="visually-hidden">${esc(first(ctx, app.menuUsers))}</h2>` : ''}${form}</section>`;
  const body = umanBody(ctx, { style, title: say(ctx, app.homeWelcome), content, menu: { full: true, active: 'users', usersExpanded: true }, crumbs: [first(ctx, app.name), g], group: g });
  return { html: doc(ctx, { title: `${say(ctx, app.homeWelcome)} – ${first(ctx, app.name)}`, body }), url: umanUrl(ctx, 'home') };
}

// ---------------------------------------------------------------------------
// dialog: the step's content in a modal <dialog open> (or a dialog over it)
// ---------------------------------------------------------------------------
export type DialogPage = 'csam-service' | 'csam-systems' | 'ss-audience' | 'uman-add-user' | 'uman-existing-person';

export function dialogPage(ctx: Ctx, page: DialogPage): Built {
  const r = ctx.rng;
  const l = ctx.lang;
  const dialog = (label: string, inner: string) =>
    `<dialog open aria-modal="true" aria-labelledby="dlg-title" class="modal"><h2 id="dlg-title">${esc(label)}</h2>${inner}<form method="dialog"><button class="close" aria-label="×">×</button></form></dialog>${r.chance(0.6) ? '<div class="modal-backdrop"></div>' : ''}`;
  switch (page) {
    case 'csam-service': {
      // a notice or cookie dialog over the service page; the step's link is on the page
      const notice = r.chance(0.5)
        ? `<dialog open class="cookie-dialog" aria-label="Cookies"><p>${esc(say(ctx, csam.cookieText))}</p><button type="button">${esc(say(ctx, csam.cookieAccept))}</button> <button type="button">${esc(say(ctx, csam.cookieRefuse))}</button></dialog>`
        : dialog(INFO[l], `<p>${esc(filler(ctx))}</p><p>${esc(say(ctx, csam.manageAccessDesc))}</p><button type="button">OK</button>`);
      const main = nest(ctx, csamServiceHead(ctx) + csamChoices(ctx, { target: true, kind: ctx.click }));
      return { url: csamUrl.service(l), html: csamShell(ctx, { title: `${first(ctx, csam.serviceAM)} | CSAM`, main: main + notice, current: 'service', cookie: false, pathFor: (x) => CSAM_SERVICE_PATH[x] }) };
    }
    case 'csam-systems': {
      // "manage access" opened a dialog listing the systems, over the service page
      const main = nest(ctx, csamServiceHead(ctx) + csamChoices(ctx, { target: false, kind: 'a', manageHref: '#' }));
      const dlg = dialog(say(ctx, csam.systemsHeading), `<p>${esc(say(ctx, csam.manageAccessDesc))}</p>${systemsLinks(ctx, { target: true, kind: ctx.click })}`);
      return { url: csamUrl.service(l) + (r.chance(0.5) ? '#manage' : ''), html: csamShell(ctx, { title: `${first(ctx, csam.serviceAM)} | CSAM`, main: main + dlg, current: 'service', cookie: false, pathFor: (x) => CSAM_SERVICE_PATH[x] }) };
    }
    case 'ss-audience': {
      const under = umoeMain(ctx, { target: false, kind: 'a', loginHref: '#login' });
      const dlg = `<dialog open aria-modal="true" class="login-dialog">${audienceMain(ctx, { target: true, kind: ctx.click })}<form method="dialog"><button>${esc(say(ctx, app.cancel))}</button></form></dialog>`;
      return { url: SS_UMOE(l), html: ssShell(ctx, { title: first(ctx, ss.umoeTitle), main: under + dlg, pathFor: (x) => `/site_${x}/employer/applics/umoe/index.htm` }) };
    }
    case 'uman-add-user': {
      const under = usersListContent(ctx, { addTarget: false, searchTarget: false, withSearch: r.chance(0.5), withList: true });
      const dlg = `<dialog open aria-modal="true" class="modal" aria-label="${attr(first(ctx, app.addUserHeading))}">${addUserForm(ctx, { target: true, headingTag: 'h2' })}</dialog>`;
      const style = r.pick<ChromeStyle>(['landmarks', 'divs', 'spa', 'table']);
      const g = group(ctx);
      const body = umanBody(ctx, { style, title: say(ctx, app.usersHeading), content: under, menu: { full: true, active: 'users' }, crumbs: [first(ctx, app.name), g, first(ctx, app.menuUsers)], group: g });
      return { url: umanUrl(ctx, 'users'), html: doc(ctx, { title: `${say(ctx, app.usersHeading)} – ${first(ctx, app.name)}`, body: body + dlg }) };
    }
    case 'uman-existing-person': {
      // Next showed a dialog over the add-user form: the person already has an account
      const under = addUserForm(ctx, { target: false }).replace(/(<input type="text"[^>]*name="(?:niss|inss|ssin|nrn|identifier)")/, `$1 value="${r.pick(['85.07.30-033.28', '93.05.18-223.61'])}"`);
      const p = r.pick(PEOPLE);
      const apps = [sayFresh(ctx, app.otherApps), sayFresh(ctx, app.otherApps)];
      const inner = `<p>${esc(say(ctx, app.existingNotice))}</p><p><strong>${esc(p[0] + ' ' + p[1])}</strong></p><h3>${esc(say(ctx, app.personApps))}</h3><ul>${[...new Set(apps)].map((a) => `<li>${esc(a)}</li>`).join('')}</ul><div class="modal-actions">${clickable(ctx, say(ctx, app.edit), { href: 'user-edit.xhtml?id=4711', target: true, kind: ctx.click, cls: 'btn btn-primary' })} <button type="button">${esc(say(ctx, app.cancel))}</button></div>`;
      const dlg = `<dialog open aria-modal="true" class="modal" role="alertdialog" aria-labelledby="dt"><h2 id="dt">${esc(say(ctx, app.addUserHeading))}</h2>${inner}</dialog>`;
      const style = r.pick<ChromeStyle>(['landmarks', 'divs', 'spa', 'table']);
      const g = group(ctx);
      const body = umanBody(ctx, { style, title: say(ctx, app.addUserHeading), content: under, menu: { full: true, active: 'users' }, crumbs: [first(ctx, app.name), g, say(ctx, app.addUserHeading)], group: g });
      return { url: umanUrl(ctx, 'users/add'), html: doc(ctx, { title: `${say(ctx, app.addUserHeading)} – ${first(ctx, app.name)}`, body: body + dlg }) };
    }
  }
}

// ---------------------------------------------------------------------------
// expired and error pages
// ---------------------------------------------------------------------------
export type Host = 'csam' | 'ss' | 'idp' | 'app';

function relogin(ctx: Ctx, href: string): string {
  return ctx.rng.chance(0.7) ? `<p>${clickable(ctx, say(ctx, status.relogin), { href, kind: ctx.rng.pick<ClickKind>(['a', 'button']), cls: 'btn' })}</p>` : '';
}

export function expiredPage(ctx: Ctx, host: Exclude<Host, 'app'>): Built {
  const r = ctx.rng;
  const l = ctx.lang;
  const title = say(ctx, status.expiredTitle);
  const body = `${h1(ctx, title)}<p>${esc(say(ctx, status.expiredText))}</p>`;
  if (host === 'csam') {
    const main = nest(ctx, body + relogin(ctx, '/app032/camregistration/'));
    return { url: r.pick([`https://www.csam.be/app032/camregistration/sessionExpired?lang=${l}`, `https://www.csam.be/${l}/session.html?expired=1`, `https://www.csam.be/app032/camregistration/#/${l}/timeout`]), html: csamShell(ctx, { title, main }) };
  }
  if (host === 'ss') {
    if (r.chance(0.5)) {
      const main = nest(ctx, body + relogin(ctx, AUDIENCE_URL(l)));
      return { url: `https://www.socialsecurity.be/portal/logout?reason=timeout&lang=${l}`, html: ssShell(ctx, { title, main }) };
    }
    // inside the application: its header, no menu
    const hdr = umanHeader(ctx, r.pick<ChromeStyle>(['landmarks', 'divs', 'table']), null);
    const html = doc(ctx, { title: `${title} – ${first(ctx, app.name)}`, body: `${hdr}<div class="content">${nest(ctx, `<div class="alert alert-warning" role="alert">${body}</div>${relogin(ctx, '/uman/secure/')}`)}</div>` });
    return { url: umanUrl(ctx, 'expired'), html };
  }
  // idp: sometimes with the login options below the notice (looks like the login page)
  const withKeys = r.chance(0.4);
  const keys = withKeys ? `<h2>${esc(say(ctx, idp.choose))}</h2><ul class="keys"><li><a href="#login/eid">${esc(say(ctx, idp.eid))}</a></li><li><a href="#login/itsme">${esc(say(ctx, idp.itsme))}</a></li></ul>` : relogin(ctx, '#login');
  const html = doc(ctx, { title, body: nest(ctx, `<div id="wrapper"><div class="container"><img src="/fas/XUI/images/be-logo.svg" alt="BE"><div class="alert alert-danger" role="alert">${body}</div>${keys}</div></div>`) });
  return { url: r.pick([`https://idp.iamfas.belgium.be/fas/XUI/#sessionTimeout/&locale=${l}`, `https://idp.iamfas.belgium.be/fas/XUI/?locale=${l}#logout/`, `https://idp.iamfas.belgium.be/fas/XUI/#login/&expired=true&locale=${l}`]), html };
}

export function errorPage(ctx: Ctx, host: Host): Built {
  const r = ctx.rng;
  const l = ctx.lang;
  const kind = r.int(3);
  const title = kind === 0 ? say(ctx, status.error500) : kind === 1 ? say(ctx, status.error404) : say(ctx, status.maintenance);
  const code = kind === 0 ? '500' : kind === 1 ? '404' : '503';
  const showCode = r.chance(0.5) ? `<p class="code">${code}</p>` : '';
  const ref = kind === 0 && r.chance(0.6) ? `<p><small>${esc(say(ctx, status.errorRef))}: ${(r.int(0xffffff) + 0x100000).toString(16)}-${r.int(9999)}</small></p>` : '';
  const back = r.chance(0.7) ? `<p><a href="/">${esc(say(ctx, status.backHome))}</a></p>` : '';
  const body = nest(ctx, `${showCode}${h1(ctx, title)}<p>${esc(say(ctx, status.errorText))}</p>${ref}${back}`);
  const docTitle = r.chance(0.4) ? `${code} – ${title}` : title;
  switch (host) {
    case 'csam':
      return { url: kind === 1 ? `https://www.csam.be/${l}/${r.pick(['gestion-acces.html', 'page.html', 'services/old.html'])}` : r.pick([`https://www.csam.be/app032/camregistration/error?lang=${l}`, csamUrl.service(l)]), html: csamShell(ctx, { title: docTitle, main: body }) };
    case 'ss':
      return { url: kind === 1 ? `https://www.socialsecurity.be/site_${l}/employer/applics/umoe/old.htm` : SS_UMOE(l), html: r.chance(0.6) ? ssShell(ctx, { title: docTitle, main: body }) : doc(ctx, { title: docTitle, body: `<div class="error-page"><img src="/img/logo.gif" alt="socialsecurity.be">${body}</div>` }) };
    case 'idp':
      return { url: `https://idp.iamfas.belgium.be/fas/XUI/${r.pick(['#error/', '?error=500', '#login/&error=true'])}&locale=${l}`, html: doc(ctx, { title: docTitle, body: `<div id="wrapper"><div class="container"><img src="/fas/XUI/images/be-logo.svg" alt="BE">${body}</div></div>` }) };
    case 'app':
      return inApp(ctx, { chrome: r.pick<ChromeStyle>(['landmarks', 'divs', 'table', 'spa']) }, { title: docTitle, content: `<div class="alert alert-danger" role="alert">${body}</div>`, route: r.pick(['users', 'users/add', 'error']), active: null, crumb: title });
  }
}

// ---------------------------------------------------------------------------
// off-journey pages
// ---------------------------------------------------------------------------
export type OffPage =
  | 'off-csam-news'
  | 'off-csam-faq'
  | 'off-csam-what'
  | 'off-csam-keys'
  | 'off-csam-mandates'
  | 'off-ss-home'
  | 'off-ss-citizen'
  | 'off-ss-help'
  | 'off-ss-services'
  | 'off-ss-other-service'
  | 'off-app-access-managers'
  | 'off-app-profile'
  | 'off-app-apps';

export function offPage(ctx: Ctx, page: OffPage): Built {
  const r = ctx.rng;
  const l = ctx.lang;
  const para = () => `<p>${esc(filler(ctx))}</p>`;
  switch (page) {
    case 'off-csam-news': {
      const items = r.shuffle([...ctx.set === 'dev' ? off.newsItems[l].dev : off.newsItems[l].holdout, ...off.newsItems[l].dev]).slice(0, 3);
      const main = `${h1(ctx, say(ctx, off.newsHeading))}${[...new Set(items)].map((t, i) => `<article><h2><a href="/${l}/news/${2026 - i}-item.html">${esc(t)}</a></h2><time>2026-0${i + 1}-1${i}</time>${para()}</article>`).join('')}`;
      return { url: csamUrl.other('news', l), html: csamShell(ctx, { title: `${first(ctx, off.newsHeading)} | CSAM`, main: nest(ctx, main) }) };
    }
    case 'off-csam-faq': {
      const qs = [off.faqQ[l].dev, off.faqQ[l].holdout].flat();
      const main = `${h1(ctx, say(ctx, off.faqHeading))}${[...new Set(qs)].map((q, i) => `<details${i === 0 ? ' open' : ''}><summary>${esc(q)}</summary><p>${esc(i === 0 ? say(ctx, off.faqA) : filler(ctx))}</p></details>`).join('')}`;
      return { url: csamUrl.other('faq', l), html: csamShell(ctx, { title: `FAQ | CSAM`, main: nest(ctx, main) }) };
    }
    case 'off-csam-what': {
      const main = `${h1(ctx, say(ctx, off.whatHeading))}<p>${esc(say(ctx, off.whatText))}</p>${para()}<ul><li><a href="${csamUrl.other('keys', l)}">${esc(first(ctx, csam.myKeys))}</a></li><li><a href="${csamUrl.service(l)}">${esc(first(ctx, csam.serviceAM))}</a></li><li><a href="${csamUrl.other('mandates', l)}">${esc(first(ctx, csam.serviceMandates))}</a></li></ul>`;
      return { url: csamUrl.other('what', l), html: csamShell(ctx, { title: `${first(ctx, off.whatHeading)} | CSAM`, main: nest(ctx, main) }) };
    }
    case 'off-csam-keys': {
      const main = `${h1(ctx, say(ctx, csam.myKeys))}<p>${esc(say(ctx, off.keysText))}</p>${para()}<p><a class="btn" href="https://iamapps.belgium.be/sma/">${esc(say(ctx, csam.myKeys))}</a></p>`;
      return { url: csamUrl.other('keys', l), html: csamShell(ctx, { title: `${first(ctx, csam.myKeys)} | CSAM`, main: nest(ctx, main) }) };
    }
    case 'off-csam-mandates': {
      const main = `<div class="service-head"><img src="/images/icons/mandates.svg" alt=""><h1>${text(ctx, say(ctx, csam.serviceMandates), { icon: false })}</h1></div><p>${esc(say(ctx, csam.descMandates))}</p>${para()}<ol class="choices"><li><h2>${esc(say(ctx, off.mandatesAction))}</h2>${para()}<a class="btn btn-primary" href="https://mandate.belgium.be/">${esc(say(ctx, off.mandatesAction))}</a></li></ol>`;
      return { url: csamUrl.other('mandates', l), html: csamShell(ctx, { title: `${first(ctx, csam.serviceMandates)} | CSAM`, main: nest(ctx, main) }) };
    }
    case 'off-ss-home': {
      const main = `${h1(ctx, say(ctx, off.ssHomeHeading))}<div class="tiles"><a class="tile" href="/site_${l}/citizen/index.htm">${esc(first(ctx, ss.navCitizens))}</a><a class="tile" href="/site_${l}/employer/index.htm">${esc(first(ctx, ss.navEmployers))}</a><a class="tile" href="/site_${l}/professional/index.htm">${esc(first(ctx, ss.navPros))}</a></div>${para()}<p><a class="btn" href="${AUDIENCE_URL(l)}">${esc(first(ctx, ss.loginLink))}</a></p>`;
      return { url: r.pick([`https://www.socialsecurity.be/`, `https://www.socialsecurity.be/site_${l}/general/index.htm`]), html: ssShell(ctx, { title: first(ctx, ss.siteName), main: nest(ctx, main) }) };
    }
    case 'off-ss-citizen': {
      const main = `${h1(ctx, say(ctx, off.citizenHeading))}<p>${esc(say(ctx, off.citizenText))}</p>${para()}${para()}`;
      return { url: `https://www.socialsecurity.be/citizen/${l}/static/index.htm`, html: ssShell(ctx, { title: first(ctx, off.citizenHeading), main: nest(ctx, main), crumbs: [first(ctx, ss.siteName), first(ctx, ss.navCitizens)] }) };
    }
    case 'off-ss-help': {
      const main = `${h1(ctx, say(ctx, off.helpHeading))}<h2>${esc(say(ctx, off.faqQ))}</h2><p>${esc(say(ctx, off.helpText))}</p><p>${esc(say(ctx, ss.contactCenter))}</p><p><a href="${SS_UMOE(l)}">${esc(first(ctx, ss.umoeTitle))}</a></p>`;
      return { url: `https://www.socialsecurity.be/site_${l}/general/helpcentre/index.htm`, html: ssShell(ctx, { title: first(ctx, off.helpHeading), main: nest(ctx, main), crumbs: [first(ctx, ss.siteName), first(ctx, off.helpHeading)] }) };
    }
    case 'off-ss-services': {
      const svcs = [first(ctx, off.otherServiceTitle), 'DmfA', first(ctx, ss.umoeTitle), first(ctx, app.otherApps)];
      const main = `${h1(ctx, say(ctx, off.servicesListHeading))}${para()}<ul class="services">${r.shuffle(svcs).map((s, i) => `<li><a href="/site_${l}/employer/applics/${s === first(ctx, ss.umoeTitle) ? 'umoe' : 'svc' + i}/index.htm">${esc(s)}</a></li>`).join('')}</ul>`;
      return { url: `https://www.socialsecurity.be/site_${l}/employer/applics/index.htm`, html: ssShell(ctx, { title: first(ctx, off.servicesListHeading), main: nest(ctx, main), crumbs: [first(ctx, ss.siteName), first(ctx, ss.navEmployers), first(ctx, ss.onlineServices)] }) };
    }
    case 'off-ss-other-service': {
      const main = `${h1(ctx, say(ctx, off.otherServiceTitle))}<p>${esc(say(ctx, off.otherServiceText))}</p><h2>${esc(say(ctx, ss.umoeFeatures))}</h2><p>${esc(filler(ctx))}</p><h2>${esc(say(ctx, ss.umoeLoginHeading))}</h2><p><a href="https://www.socialsecurity.be/dimona/app/${l}">${esc(first(ctx, ss.loginLink))}</a></p>`;
      return { url: `https://www.socialsecurity.be/site_${l}/employer/applics/dimona/index.htm`, html: ssShell(ctx, { title: first(ctx, off.otherServiceTitle), main: nest(ctx, main), crumbs: [first(ctx, ss.siteName), first(ctx, ss.navEmployers), first(ctx, ss.onlineServices), first(ctx, off.otherServiceTitle)] }) };
    }
    case 'off-app-access-managers': {
      const rows = r.shuffle(PEOPLE).slice(0, 2 + r.int(3)).map((p) => `<tr><td>${esc(p[1] + ' ' + p[0])}</td><td>${esc(first(ctx, app.statusActive))}</td><td><a href="am-edit.xhtml">${esc(first(ctx, app.edit))}</a></td></tr>`).join('');
      const content = nest(ctx, `${h1(ctx, say(ctx, app.amHeading))}<p><a class="btn btn-primary" href="am-add.xhtml">${esc(say(ctx, app.addAM))}</a></p><table class="table"><tbody>${rows}</tbody></table>`);
      return inApp(ctx, { chrome: r.pick<ChromeStyle>(['landmarks', 'divs', 'table', 'spa']) }, { title: say(ctx, app.amHeading), content, route: 'access-managers', active: 'am', crumb: first(ctx, app.menuAM) });
    }
    case 'off-app-profile': {
      const p = r.pick(PEOPLE);
      const content = nest(ctx, `${h1(ctx, say(ctx, app.profileHeading))}<dl><dt>${esc(first(ctx, app.colName))}</dt><dd>${esc(p[0] + ' ' + p[1])}</dd><dt>${esc(first(ctx, app.email))}</dt><dd>${esc(`${p[0]}.${p[1]}@example.com`.toLowerCase())}</dd></dl><p><a href="profile-edit.xhtml">${esc(first(ctx, app.edit))}</a></p>`);
      return inApp(ctx, { chrome: r.pick<ChromeStyle>(['landmarks', 'divs', 'table', 'spa']) }, { title: say(ctx, app.profileHeading), content, route: 'profile', active: 'profile', crumb: first(ctx, app.menuProfile) });
    }
    case 'off-app-apps': {
      const apps = [...new Set(r.shuffle([first(ctx, app.trfpp), sayFresh(ctx, app.otherApps), sayFresh(ctx, app.otherApps), sayFresh(ctx, app.otherApps)]))];
      const content = nest(ctx, `${h1(ctx, say(ctx, app.appsOverviewHeading))}<p>${esc(filler(ctx))}</p><table class="table"><tbody>${apps.map((a) => `<tr><td>${esc(a)}</td><td>${esc(first(ctx, app.statusActive))}</td></tr>`).join('')}</tbody></table>`);
      return inApp(ctx, { chrome: r.pick<ChromeStyle>(['landmarks', 'divs', 'table', 'spa']) }, { title: say(ctx, app.appsOverviewHeading), content, route: 'applications', active: 'apps', crumb: first(ctx, app.menuApps) });
    }
  }
}
