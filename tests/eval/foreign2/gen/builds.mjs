// Eight ways of building the same portal. Each shell returns a whole document with
// the chrome of that build (skip link, cookie notice, header, languages, user and firm,
// menus, breadcrumbs, footer) around a body written page by page.
import { C, esc, tg, doc, langLinks, MANAGERS, FIRMS } from './common.mjs';

const BRAND = {
  csam: { fr: 'CSAM', nl: 'CSAM', de: 'CSAM', en: 'CSAM' },
  ss: { fr: 'socialsecurity.be', nl: 'socialsecurity.be', de: 'socialsecurity.be', en: 'socialsecurity.be' },
  app: { fr: 'Gestion des accès — Sécurité sociale', nl: 'Toegangsbeheer — Sociale zekerheid', de: 'Zugangsverwaltung — Soziale Sicherheit', en: 'Access management — Social security' },
  dmm: { fr: 'CSAM — Désignation du gestionnaire d’accès principal', nl: 'CSAM — Aanstelling hoofdtoegangsbeheerder', de: 'CSAM — Bestimmung des Hauptzugangsverwalters', en: 'CSAM — Appointing the chief access manager' },
  idp: { fr: 'Connexion aux services publics en ligne', nl: 'Aanmelden bij de digitale overheid', de: 'Anmeldung bei der digitalen Verwaltung', en: 'Log in to the digital government' },
};
const tag = (site, c) => (site === 'csam' || site === 'dmm' ? c.csamTag : site === 'idp' ? '' : c.ssTag);
const hostPath = (site, l) => (site === 'csam' ? `https://www.csam.be/${l}/index.html` : site === 'idp' ? `?lang=${l}` : site === 'dmm' ? `?lang=${l}` : site === 'app' ? `?lang=${l}` : `https://www.socialsecurity.be/site_${l}/index.htm`);
const who = (o) => {
  const firm = o.firm === false ? '' : o.firm ?? FIRMS[o.lang].name; const kbo = o.firm === false ? '' : (o.firmKbo ?? FIRMS[o.lang].kbo).fmt;
  return { user: o.user ?? MANAGERS[o.lang].name, firm, kbo, fl: firm ? `${esc(firm)} (${kbo})` : '' };
};
const inApp = (o) => o.site === 'app' || o.site === 'dmm';
function footerLinks(c, o, cls = '', sep = ' ') {
  const items = [[c.contact, '#contact'], [c.privacy, '#privacy'], [c.a11y, '#a11y'], [c.terms, '#terms'], [c.cookieMore, '#cookies']];
  return items.map(([l, h]) => `<a class="${cls}" href="${h}">${esc(l)}</a>`).join(sep);
}
const helpLine = (o, c) => (o.site === 'csam' || o.site === 'dmm' ? `${c.csamHelp}: <a href="#helpdesk">${c.contact}</a>` : c.contactCenter);

// ---------------------------------------------------------------- React + MUI
const MUI_CSS = `body{margin:0;font-family:Roboto,Helvetica,Arial,sans-serif}.MuiAppBar-root{background:#1d3b6e;color:#fff}.MuiToolbar-root{display:flex;gap:16px;align-items:center;padding:0 24px;min-height:64px}.MuiDrawer-paper{width:240px;border-right:1px solid #ddd}.MuiBox-root.layout{display:flex}.main{flex:1;padding:24px}.MuiButton-root{text-transform:uppercase;border:0;border-radius:4px;padding:6px 16px;cursor:pointer}.MuiButton-contained{background:#1d3b6e;color:#fff}.visually-hidden,.PrivateSwitchBase-input{position:absolute;opacity:0;width:100%;height:100%;margin:0;left:0;top:0}.MuiCheckbox-root{position:relative;display:inline-flex}.skip{position:absolute;left:-999px}.skip:focus{left:8px}.MuiSnackbar-root{position:fixed;bottom:24px;left:24px}.MuiDataGrid-row{display:flex}.MuiDataGrid-cell{flex:1;padding:4px}`;
export const mui = {
  button: (label, { variant = 'contained', target = false, icon = '', attrs = '', href } = {}) =>
    href
      ? `<a class="MuiButtonBase-root MuiButton-root MuiButton-${variant} MuiButton-${variant}Primary MuiButton-sizeMedium" tabindex="0" href="${href}"${attrs}${tg(target)}>${icon}${label}<span class="MuiTouchRipple-root css-w0pj6f"></span></a>`
      : `<button class="MuiButtonBase-root MuiButton-root MuiButton-${variant} MuiButton-${variant}Primary MuiButton-sizeMedium" tabindex="0" type="button"${attrs}${tg(target)}>${icon}${label}<span class="MuiTouchRipple-root css-w0pj6f"></span></button>`,
  text: (id, label, { required = false, value = '', invalid = false, helper = '', target = false, readOnly = false, type = 'text', autoComplete = 'off' } = {}) =>
    `<div class="MuiFormControl-root MuiFormControl-fullWidth MuiTextField-root css-feqhe6"><label class="MuiFormLabel-root MuiInputLabel-root MuiInputLabel-formControl MuiInputLabel-animated MuiInputLabel-outlined${required ? ' Mui-required' : ''}${invalid ? ' Mui-error' : ''}" data-shrink="${value ? 'true' : 'false'}" for="${id}" id="${id}-label">${label}${required ? '<span aria-hidden="true" class="MuiFormLabel-asterisk MuiInputLabel-asterisk"> *</span>' : ''}</label><div class="MuiInputBase-root MuiOutlinedInput-root MuiInputBase-colorPrimary MuiInputBase-fullWidth MuiInputBase-formControl${invalid ? ' Mui-error' : ''}${readOnly ? ' Mui-readOnly' : ''}"><input aria-invalid="${invalid}" autocomplete="${autoComplete}" id="${id}" type="${type}" class="MuiInputBase-input MuiOutlinedInput-input" value="${esc(value)}"${required ? ' required=""' : ''}${readOnly ? ' readonly=""' : ''}${helper ? ` aria-describedby="${id}-helper-text"` : ''}${tg(target)}><fieldset aria-hidden="true" class="MuiOutlinedInput-notchedOutline"><legend><span>${label}${required ? ' *' : ''}</span></legend></fieldset></div>${helper ? `<p class="MuiFormHelperText-root${invalid ? ' Mui-error' : ''}" id="${id}-helper-text">${helper}</p>` : ''}</div>`,
  checkbox: (id, label, { checked = false, target = false, hint = '' } = {}) =>
    `<label class="MuiFormControlLabel-root MuiFormControlLabel-labelPlacementEnd"><span class="MuiButtonBase-root MuiCheckbox-root MuiCheckbox-colorPrimary${checked ? ' Mui-checked' : ''} PrivateSwitchBase-root"><input class="PrivateSwitchBase-input" type="checkbox" id="${id}" data-indeterminate="false"${checked ? ' checked=""' : ''}${tg(target)}><svg class="MuiSvgIcon-root MuiSvgIcon-fontSizeMedium" focusable="false" aria-hidden="true" viewBox="0 0 24 24" data-testid="${checked ? 'CheckBoxIcon' : 'CheckBoxOutlineBlankIcon'}"><path d="M19 5v14H5V5h14m0-2H5c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h14c1.1 0 2-.9 2-2V5c0-1.1-.9-2-2-2z"></path></svg><span class="MuiTouchRipple-root"></span></span><span class="MuiTypography-root MuiTypography-body1 MuiFormControlLabel-label">${label}${hint ? ` <span class="MuiTypography-caption">${hint}</span>` : ''}</span></label>`,
  alert: (sev, body, title = '') =>
    `<div class="MuiPaper-root MuiAlert-root MuiAlert-standard${sev[0].toUpperCase() + sev.slice(1)} MuiAlert-standard" role="alert"><div class="MuiAlert-icon"><svg class="MuiSvgIcon-root" aria-hidden="true" viewBox="0 0 24 24"><path d="M12 2C6.48 2 2 6.48 2 12"></path></svg></div><div class="MuiAlert-message">${title ? `<div class="MuiTypography-root MuiAlertTitle-root">${title}</div>` : ''}${body}</div></div>`,
  grid: (cols, rows, { label = '', rowAttrs = () => '' } = {}) =>
    `<div class="MuiDataGrid-root MuiDataGrid-root--densityStandard" role="grid" aria-label="${esc(label)}" aria-colcount="${cols.length}" aria-rowcount="${rows.length + 1}"><div class="MuiDataGrid-main"><div class="MuiDataGrid-columnHeaders" role="rowgroup"><div class="MuiDataGrid-row--borderBottom" role="row" aria-rowindex="1">${cols.map((c, i) => `<div class="MuiDataGrid-columnHeader" role="columnheader" aria-colindex="${i + 1}" tabindex="-1"><div class="MuiDataGrid-columnHeaderTitle">${c}</div></div>`).join('')}</div></div><div class="MuiDataGrid-virtualScroller" role="presentation"><div class="MuiDataGrid-virtualScrollerRenderZone" role="rowgroup">${rows.map((r, ri) => `<div class="MuiDataGrid-row" role="row" data-id="${ri}" data-rowindex="${ri}" aria-rowindex="${ri + 2}"${rowAttrs(ri)}>${r.map((cell, ci) => `<div class="MuiDataGrid-cell MuiDataGrid-cell--textLeft" role="gridcell" data-field="c${ci}" aria-colindex="${ci + 1}" tabindex="-1">${cell}</div>`).join('')}</div>`).join('')}</div></div></div></div>`,
  h: (lvl, text, variant = 'h5') => `<h${lvl} class="MuiTypography-root MuiTypography-${variant}">${text}</h${lvl}>`,
  p: (t) => `<p class="MuiTypography-root MuiTypography-body1">${t}</p>`,
  paper: (inner) => `<div class="MuiPaper-root MuiPaper-elevation MuiPaper-rounded MuiPaper-elevation1 MuiCard-root"><div class="MuiCardContent-root">${inner}</div></div>`,
};
function muiNavItem(it) {
  return `<li class="MuiListItem-root MuiListItem-gutters MuiListItem-padding"><div class="MuiButtonBase-root MuiListItemButton-root MuiListItemButton-gutters${it.active ? ' Mui-selected' : ''}" tabindex="0" role="button"${it.href ? ` data-href="${it.href}"` : ''}${it.active ? ' aria-current="page"' : ''}${tg(it.target)}><div class="MuiListItemIcon-root"><svg class="MuiSvgIcon-root" aria-hidden="true" viewBox="0 0 24 24"><path d="M3 13h8V3H3v10z"></path></svg></div><div class="MuiListItemText-root"><span class="MuiTypography-root MuiTypography-body1 MuiListItemText-primary">${it.label}</span></div><span class="MuiTouchRipple-root"></span></div></li>`;
}
export function muiShell(o) {
  const c = C[o.lang]; const w = who(o);
  const side = o.side ? `<div class="MuiDrawer-root MuiDrawer-docked"><div class="MuiPaper-root MuiDrawer-paper MuiDrawer-paperAnchorLeft MuiDrawer-paperAnchorDockedLeft"><div class="MuiToolbar-root"></div><nav aria-label="${esc(o.side.title)}"><ul class="MuiList-root MuiList-padding MuiList-subheader" aria-labelledby="nav-subheader"><li class="MuiListSubheader-root MuiListSubheader-gutters" id="nav-subheader">${o.side.title}</li>${o.side.items.map(muiNavItem).join('')}</ul></nav></div></div>` : '';
  const crumbs = o.crumbs ? `<nav class="MuiTypography-root MuiBreadcrumbs-root" aria-label="breadcrumb"><ol class="MuiBreadcrumbs-ol">${o.crumbs.map(([l, h], i) => `<li class="MuiBreadcrumbs-li">${h ? `<a class="MuiTypography-root MuiLink-root MuiLink-underlineHover" href="${h}">${l}</a>` : `<p class="MuiTypography-root" aria-current="page">${l}</p>`}</li>${i < o.crumbs.length - 1 ? '<li aria-hidden="true" class="MuiBreadcrumbs-separator">›</li>' : ''}`).join('')}</ol></nav>` : '';
  const userBox = inApp(o) ? `<div class="MuiBox-root user"><span class="MuiTypography-root MuiTypography-body2">${c.loggedAs} <strong>${esc(w.user)}</strong></span> · <span class="MuiTypography-root MuiTypography-body2" title="${c.firm}">${w.fl}</span>${o.group ? ` · <span class="MuiChip-root MuiChip-filled"><span class="MuiChip-label">${c.group}: ${o.group}</span></span>` : ''}</div><button class="MuiButtonBase-root MuiIconButton-root" type="button" aria-label="${c.logout}"><svg class="MuiSvgIcon-root" aria-hidden="true" viewBox="0 0 24 24"><path d="M17 7l-1.41 1.41"></path></svg></button>` : '';
  const cookie = o.cookie === false ? '' : `<div class="MuiSnackbar-root MuiSnackbar-anchorOriginBottomCenter cookie" role="region" aria-label="Cookies"><div class="MuiPaper-root MuiSnackbarContent-root"><div class="MuiSnackbarContent-message">${c.cookieText}</div><div class="MuiSnackbarContent-action">${mui.button(c.refuse, { variant: 'text' })}${mui.button(c.accept)}</div></div></div>`;
  const body = `<noscript>You need to enable JavaScript to run this app.</noscript>
<div id="root"><a class="MuiTypography-root MuiLink-root skip" href="#main-content">${c.skip}</a>
<div class="MuiBox-root layout css-k008qs">
<header class="MuiPaper-root MuiAppBar-root MuiAppBar-positionFixed MuiAppBar-colorPrimary mui-fixed"><div class="MuiToolbar-root MuiToolbar-gutters MuiToolbar-regular"><button class="MuiButtonBase-root MuiIconButton-root MuiIconButton-edgeStart" type="button" aria-label="${c.menu}"><svg class="MuiSvgIcon-root" aria-hidden="true" viewBox="0 0 24 24"><path d="M3 18h18v-2H3v2z"></path></svg></button><div class="MuiTypography-root MuiTypography-h6 MuiTypography-noWrap">${o.appTitle ?? BRAND[o.site][o.lang]}</div><div class="MuiBox-root grow"></div><div class="MuiToggleButtonGroup-root" role="group" aria-label="${c.language}">${['nl', 'fr', 'de', 'en'].map((l) => `<button class="MuiButtonBase-root MuiToggleButton-root${l === o.lang ? ' Mui-selected' : ''}" type="button" aria-pressed="${l === o.lang}" lang="${l}" value="${l}">${l.toUpperCase()}</button>`).join('')}</div>${userBox}</div></header>
${side}
<main class="MuiBox-root main" id="main-content"><div class="MuiToolbar-root"></div>${crumbs}
${o.body}
</main>
</div>
<footer class="MuiBox-root footer"><div class="MuiContainer-root"><p class="MuiTypography-root MuiTypography-body2">${helpLine(o, c)}</p><nav class="MuiStack-root">${footerLinks(c, o, 'MuiTypography-root MuiLink-root')}</nav><p class="MuiTypography-root MuiTypography-caption">${c.copy}</p></div></footer>
${o.toast ? `<div class="MuiSnackbar-root MuiSnackbar-anchorOriginTopRight" role="presentation">${o.toast}</div>` : ''}
${cookie}
</div>`;
  return doc({ lang: o.lang, htmlLang: o.htmlLang, title: o.title, style: MUI_CSS, head: '<meta name="theme-color" content="#1d3b6e">\n<meta name="emotion-insertion-point" content="">\n', body });
}

// ---------------------------------------------------------------- Vue + Vuetify
const V_CSS = `.v-application{font-family:Roboto,sans-serif}.v-navigation-drawer{width:256px;position:fixed;top:64px;bottom:0;left:0;border-right:1px solid #e0e0e0}.v-main{padding:72px 16px 16px 272px}.v-app-bar{position:fixed;top:0;left:0;right:0;height:64px;background:#004b87;color:#fff;display:flex;align-items:center;gap:12px;padding:0 16px}.v-btn{text-transform:uppercase;border:0;padding:0 16px;height:36px;border-radius:4px}.bg-primary{background:#004b87;color:#fff}.v-list-group__items[hidden]{display:none}.v-snackbar{position:fixed;bottom:8px;left:50%}.skip-link{position:absolute;top:-60px}.skip-link:focus{top:0}`;
export const vt = {
  btn: (label, { target = false, color = 'primary', variant = 'elevated', href, attrs = '', icon = '' } = {}) =>
    href
      ? `<a class="v-btn v-btn--${variant} v-theme--light bg-${color} v-btn--density-default v-btn--size-default" href="${href}"${attrs}${tg(target)}><span class="v-btn__overlay"></span><span class="v-btn__underlay"></span>${icon ? `<span class="v-btn__prepend"><i class="mdi-${icon} mdi v-icon notranslate v-theme--light v-icon--size-default" aria-hidden="true"></i></span>` : ''}<span class="v-btn__content" data-no-activator="">${label}</span></a>`
      : `<button type="button" class="v-btn v-btn--${variant} v-theme--light bg-${color} v-btn--density-default v-btn--size-default"${attrs}${tg(target)}><span class="v-btn__overlay"></span><span class="v-btn__underlay"></span>${icon ? `<span class="v-btn__prepend"><i class="mdi-${icon} mdi v-icon notranslate v-theme--light v-icon--size-default" aria-hidden="true"></i></span>` : ''}<span class="v-btn__content" data-no-activator="">${label}</span></button>`,
  text: (n, label, { value = '', required = false, error = '', target = false, readonly = false, hint = '', type = 'text', ariaRequired = false } = {}) =>
    `<div class="v-input v-input--horizontal v-input--center-affix v-input--density-default v-theme--light v-text-field${error ? ' v-input--error' : ''}${readonly ? ' v-input--readonly' : ''}"><div class="v-input__control"><div class="v-field v-field--active v-field--variant-outlined v-theme--light${error ? ' v-field--error' : ''}"><div class="v-field__overlay"></div><div class="v-field__field" data-no-activator=""><label class="v-label v-field-label" for="input-${n}">${label}${required ? '<span class="text-red"> *</span>' : ''}</label><input size="1" type="${type}" id="input-${n}" aria-describedby="input-${n}-messages" class="v-field__input" value="${esc(value)}"${required && !ariaRequired ? ' required' : ''}${ariaRequired ? ' aria-required="true"' : ''}${readonly ? ' readonly' : ''}${error ? ' aria-invalid="true"' : ''}${tg(target)}></div><div class="v-field__outline"></div></div></div><div class="v-input__details"><div class="v-messages" id="input-${n}-messages" role="alert" aria-live="polite">${error ? `<div class="v-messages__message">${error}</div>` : hint ? `<div class="v-messages__message">${hint}</div>` : ''}</div></div></div>`,
  checkbox: (n, label, { checked = false, target = false, value = '' } = {}) =>
    `<div class="v-input v-input--horizontal v-input--density-default v-theme--light v-checkbox"><div class="v-input__control"><div class="v-selection-control v-selection-control--density-default${checked ? ' v-selection-control--dirty' : ''}"><div class="v-selection-control__wrapper${checked ? ' text-primary' : ''}"><div class="v-selection-control__input"><i class="mdi-${checked ? 'checkbox-marked' : 'checkbox-blank-outline'} mdi v-icon notranslate v-theme--light v-icon--size-default" aria-hidden="true"></i><input id="checkbox-${n}" aria-disabled="false" type="checkbox" value="${esc(value || label)}"${checked ? ' checked' : ''}${tg(target)}></div></div><label class="v-label v-label--clickable" for="checkbox-${n}">${label}</label></div></div></div>`,
  alert: (type, body, title = '') => `<div class="v-alert v-theme--light bg-${type} v-alert--density-default v-alert--variant-tonal" role="alert"><span class="v-alert__underlay"></span><div class="v-alert__prepend"><i class="mdi-${type === 'success' ? 'check-circle' : type === 'error' ? 'alert-circle' : 'information'} mdi v-icon" aria-hidden="true"></i></div><div class="v-alert__content">${title ? `<div class="v-alert-title">${title}</div>` : ''}${body}</div></div>`,
  table: (headers, rows, { rowAttrs = () => '', caption = '' } = {}) =>
    `<div class="v-table v-theme--light v-table--density-default v-data-table"><div class="v-table__wrapper"><table>${caption ? `<caption class="text-left">${caption}</caption>` : ''}<thead><tr>${headers.map((h) => `<th class="v-data-table__td v-data-table-column--align-start v-data-table__th"><div class="v-data-table-header__content"><span>${h}</span></div></th>`).join('')}</tr></thead><tbody>${rows.map((r, i) => `<tr class="v-data-table__tr"${rowAttrs(i)}>${r.map((c) => `<td class="v-data-table__td v-data-table-column--align-start">${c}</td>`).join('')}</tr>`).join('')}</tbody></table></div><div class="v-data-table-footer"><div class="v-data-table-footer__info"><div>1-${rows.length} / ${rows.length}</div></div></div></div>`,
  card: (title, inner, { attrs = '' } = {}) => `<div class="v-card v-theme--light v-card--density-default v-card--variant-elevated"${attrs}><div class="v-card-item"><div class="v-card-item__content"><div class="v-card-title">${title}</div></div></div><div class="v-card-text">${inner}</div></div>`,
};
function vNav(items) {
  return items.map((it) => {
    if (it.children) {
      return `<div class="v-list-group${it.expanded ? ' v-list-group--open' : ''}"><div class="v-list-item v-theme--light v-list-item--link v-list-item--density-default" tabindex="0" role="button" aria-expanded="${!!it.expanded}" aria-haspopup="menu"${tg(it.target)}><span class="v-list-item__overlay"></span><div class="v-list-item__content" data-no-activator=""><div class="v-list-item-title">${it.label}</div></div><div class="v-list-item__append"><i class="mdi-chevron-${it.expanded ? 'up' : 'down'} mdi v-icon" aria-hidden="true"></i></div></div><div class="v-list-group__items"${it.expanded ? '' : ' hidden style="display:none"'}>${vNav(it.children)}</div></div>`;
    }
    return `<a class="v-list-item v-theme--light v-list-item--link v-list-item--density-default${it.active ? ' v-list-item--active text-primary' : ''}" href="${it.href ?? '#'}"${it.active ? ' aria-current="page"' : ''}${tg(it.target)}><span class="v-list-item__overlay"></span><span class="v-list-item__underlay"></span><div class="v-list-item__prepend"><i class="mdi-${it.icon ?? 'circle-small'} mdi v-icon" aria-hidden="true"></i></div><div class="v-list-item__content" data-no-activator=""><div class="v-list-item-title">${it.label}</div></div></a>`;
  }).join('');
}
export function vuetifyShell(o) {
  const c = C[o.lang]; const w = who(o);
  const side = o.side ? `<nav class="v-navigation-drawer v-navigation-drawer--left v-navigation-drawer--active v-theme--light" style="width:256px"><div class="v-navigation-drawer__content"><div class="v-list v-theme--light v-list--density-default v-list--one-line" role="listbox" aria-label="${esc(o.side.title)}"><div class="v-list-subheader"><div class="v-list-subheader__text">${o.side.title}</div></div>${vNav(o.side.items)}</div></div></nav>` : '';
  const crumbs = o.crumbs ? `<ul class="v-breadcrumbs v-breadcrumbs--density-default" aria-label="${c.here}">${o.crumbs.map(([l, h], i) => `<li class="v-breadcrumbs-item${h ? ' v-breadcrumbs-item--link' : ' v-breadcrumbs-item--disabled'}">${h ? `<a class="v-breadcrumbs-item--link" href="${h}">${l}</a>` : l}</li>${i < o.crumbs.length - 1 ? '<li aria-hidden="true" class="v-breadcrumbs-divider">/</li>' : ''}`).join('')}</ul>` : '';
  const user = inApp(o) ? `<div class="v-toolbar-items"><div class="v-chip v-chip--label v-theme--dark"><div class="v-chip__content">${w.fl}</div></div>${o.group ? `<div class="v-chip v-theme--dark"><div class="v-chip__content">${o.group}</div></div>` : ''}<span class="text-body-2">${c.loggedAs} ${esc(w.user)}</span>${vt.btn(c.logout, { variant: 'text', color: 'transparent', icon: 'logout' })}</div>` : '';
  const cookie = o.cookie === false ? '' : `<div class="v-overlay-container"><div class="v-snackbar v-snackbar--active v-snackbar--bottom v-snackbar--multi-line v-theme--light cookie-consent"><div class="v-snackbar__wrapper v-snackbar--variant-elevated"><div class="v-snackbar__content" role="status" aria-live="polite">${c.cookieText} <a href="#cookies">${c.cookieMore}</a></div><div class="v-snackbar__actions">${vt.btn(c.refuse, { variant: 'text', color: 'surface' })}${vt.btn(c.accept)}</div></div></div></div>`;
  const body = `<div id="app" data-v-app=""><div class="v-application v-theme--light v-layout v-layout--full-height v-locale--is-ltr"><div class="v-application__wrap">
<a class="skip-link" href="#main">${c.skip}</a>
<header class="v-toolbar v-toolbar--density-default bg-primary v-theme--dark v-app-bar"><div class="v-toolbar__content" style="height:64px"><div class="v-toolbar__prepend"><button type="button" class="v-btn v-btn--icon v-app-bar-nav-icon" aria-label="${c.menu}"><span class="v-btn__content"><i class="mdi-menu mdi v-icon" aria-hidden="true"></i></span></button></div><div class="v-toolbar-title"><div class="v-toolbar-title__placeholder">${o.appTitle ?? BRAND[o.site][o.lang]}</div></div><div class="v-spacer"></div><div class="v-btn-toggle v-btn-group lang-switch" role="group" aria-label="${c.language}">${['nl', 'fr', 'de', 'en'].map((l) => `<a class="v-btn v-btn--variant-text${l === o.lang ? ' v-btn--active' : ''}" href="${hostPath(o.site, l)}" hreflang="${l}"><span class="v-btn__content">${l}</span></a>`).join('')}</div>${user}</div></header>
${side}
<main class="v-main" id="main"><div class="v-container v-locale--is-ltr">${crumbs}
${o.body}
</div></main>
<footer class="v-footer v-theme--light"><div class="v-row"><div class="v-col">${helpLine(o, c)}</div><div class="v-col text-right">${footerLinks(c, o, 'text-caption mx-2')}</div></div><div class="text-caption">${c.copy}</div></footer>
</div></div>
${o.toast ? `<div class="v-overlay-container">${o.toast}</div>` : ''}
${cookie}
</div>`;
  return doc({ lang: o.lang, htmlLang: o.htmlLang, title: o.title, style: V_CSS, body });
}

// ---------------------------------------------------------------- Oracle ADF
const ADF_CSS = `.af_document{font-family:Tahoma,Verdana,sans-serif;font-size:12px}.af_commandButton{background:linear-gradient(#fff,#dde3ea);border:1px solid #8fa1b3;padding:3px 10px;cursor:pointer}.xfn{color:#4f4f4f}.af_panelFormLayout_label-cell{text-align:right;padding-right:8px}.af_showDetailItem_content[hidden]{display:none}.af_panelTabbed_tab-selected{font-weight:bold}.af_table_data-row:hover{background:#eef3f8}.p_AFHidden{display:none}`;
export const adf = {
  /** variant 'button' = <button class="af_commandButton">; 'link' = div wrapper + <a role=button>. */
  button: (id, label, { target = false, kind = 'button', primary = false } = {}) =>
    kind === 'link'
      ? `<div id="${id}" class="af_commandButton${primary ? ' p_AFTextOnly' : ''}" _afrgrp="0"><a href="#" onclick="return false;" class="af_commandButton_link" role="button"${tg(target)}><span class="af_commandButton_text">${label}</span></a></div>`
      : `<button id="${id}" name="${id}" class="af_commandButton${primary ? ' af_commandButton_primary' : ''}" type="button" onclick="this.focus();return false;"${tg(target)}>${label}</button>`,
  link: (id, label, { target = false, cls = 'af_commandLink' } = {}) => `<a id="${id}" class="${cls}" href="#" onclick="return false;"${tg(target)}>${label}</a>`,
  row: (id, label, inputHtml, { required = false, star = true } = {}) =>
    `<tr id="${id}" class="af_inputText${required ? ' p_AFRequired' : ''}"><td class="af_panelFormLayout_label-cell">${required && star ? '<abbr class="af_inputText_label-showRequired" title="Obligatoire / Verplicht / Pflichtfeld / Required">*</abbr>' : ''}<label for="${id}::content"><span class="xfn">${label}</span></label></td><td class="af_panelFormLayout_content-cell">${inputHtml}</td></tr>`,
  input: (id, { value = '', target = false, required = false, readonly = false, invalid = false, size = 30 } = {}) =>
    readonly ? `<span id="${id}::content" class="af_inputText_content p_AFReadOnly">${esc(value)}</span>` : `<input id="${id}::content" name="${id}" class="af_inputText_content" type="text" size="${size}" value="${esc(value)}"${required ? ' aria-required="true"' : ''}${invalid ? ' aria-invalid="true"' : ''}${tg(target)}>`,
  check: (id, label, { checked = false, target = false } = {}) =>
    `<span id="${id}" class="af_selectBooleanCheckbox${checked ? ' p_AFSelected' : ''}"><span class="af_selectBooleanCheckbox_content"><input type="checkbox" id="${id}::content" name="${id}" value="t"${checked ? ' checked' : ''}${tg(target)}><label for="${id}::content" class="af_selectBooleanCheckbox_item-text">${label}</label></span></span>`,
  form: (rows) => `<table class="af_panelFormLayout" cellpadding="0" cellspacing="0" border="0" summary=""><tbody>${rows.join('')}</tbody></table>`,
  header: (id, text, lvl = 1) => `<div id="${id}" class="af_panelHeader"><h${lvl} class="af_panelHeader_title-text${lvl === 1 ? '0' : lvl}">${text}</h${lvl}></div>`,
  messages: (sev, text) => `<div class="af_messages"><table role="presentation"><tr><td class="af_messages_${sev}-icon-style"></td><td><div class="af_messages_message-text" role="${sev === 'error' ? 'alert' : 'status'}">${text}</div></td></tr></table></div>`,
  table: (id, cols, rows, { rowAttrs = () => '' } = {}) => `<div id="${id}" class="af_table" _rowcount="${rows.length}"><table class="af_table_content" summary="" role="grid"><thead><tr>${cols.map((c, i) => `<th class="af_column_header-text" id="${id}:c${i}" scope="col">${c}</th>`).join('')}</tr></thead><tbody>${rows.map((r, ri) => `<tr class="af_table_data-row" _afrrk="${ri}"${rowAttrs(ri)}>${r.map((cell) => `<td class="af_column_data-cell" nowrap>${cell}</td>`).join('')}</tr>`).join('')}</tbody></table></div>`,
};
export function adfShell(o) {
  const c = C[o.lang]; const w = who(o);
  const nav = o.side ? `<div id="pt1:nav" class="af_panelAccordion" role="navigation" aria-label="${esc(o.side.title)}">${o.side.sections ?? `<div class="af_showDetailItem af_panelAccordion_detail"><div class="af_showDetailItem_header p_AFDisclosed"><a href="#" class="af_showDetailItem_header-text" aria-expanded="true" onclick="return false;">${o.side.title}</a></div><div class="af_showDetailItem_content"><table class="af_navigationPane_list" role="presentation">${o.side.items.map((it, i) => `<tr><td class="af_commandNavigationItem${it.active ? ' p_AFSelected' : ''}"><a id="pt1:nav:cni${i}" href="#" onclick="return false;" class="af_commandNavigationItem_link"${it.active ? ' aria-current="page"' : ''}${tg(it.target)}>${it.label}</a></td></tr>`).join('')}</table></div></div>`}</div>` : '';
  const crumbs = o.crumbs ? `<div id="pt1:bc1" class="af_breadCrumbs" role="navigation" aria-label="${c.here}">${o.crumbs.map(([l, h], i) => h ? `<a class="af_breadCrumbs_step" href="${h}">${l}</a>` : `<span class="af_breadCrumbs_step p_AFSelected">${l}</span>`).join('<span class="af_breadCrumbs_separator"> &gt; </span>')}</div>` : '';
  const cookie = o.cookie === false ? '' : `<div id="pt1:cookiePopup" class="af_popup af_dialog" role="dialog" aria-label="Cookies" style="position:fixed;bottom:0"><div class="af_dialog_content">${c.cookieText}</div><div class="af_dialog_footer">${adf.button('pt1:ckRej', c.refuse)}${adf.button('pt1:ckAcc', c.accept)}</div></div>`;
  const body = `<div id="pt1:d1" class="af_document AFBrowserGecko" data-afr-fcs="true"><form id="f1" name="f1" method="POST" action="${o.formAction ?? '/faces/uman.jspx'}" onsubmit="return false;">
<a href="#pt1:main" class="af_goLink p_AFSkip">${c.skip}</a>
<div id="pt1:ps1" class="af_panelStretchLayout">
<div id="pt1:top" class="af_panelGroupLayout brandingBar"><table role="presentation" width="100%"><tr><td><span class="af_panelBranding_title">${o.appTitle ?? BRAND[o.site][o.lang]}</span></td><td align="right"><span class="af_outputText">${inApp(o) ? `${c.loggedAs}: ${esc(w.user)} | ${w.fl ? c.firm + ': ' + w.fl : ''}${o.group ? ` | ${c.group}: ${o.group}` : ''} | ` : ''}</span>${['nl', 'fr', 'de', 'en'].map((l) => `<a class="af_goLink" href="?lang=${l}"${l === o.lang ? ' aria-current="true"' : ''}>${l.toUpperCase()}</a>`).join(' | ')}${inApp(o) ? ` | <a id="pt1:logout" class="af_goLink" href="#">${c.logout}</a>` : ''}</td></tr></table></div>
${crumbs}
<table id="pt1:psl1" class="af_panelSplitter" role="presentation" width="100%"><tr><td class="af_panelSplitter_first-pane" valign="top" width="220">${nav}</td>
<td class="af_panelSplitter_second-pane" valign="top"><div id="pt1:main" class="af_panelGroupLayout" role="main">
${o.body}
</div></td></tr></table>
<div id="pt1:footer" class="af_panelGroupLayout footer" role="contentinfo"><span class="af_outputText">${helpLine(o, c)}</span> | ${footerLinks(c, o, 'af_goLink', ' | ')} <span class="af_outputText">${c.copy}</span></div>
</div>
${cookie}
<input type="hidden" name="javax.faces.ViewState" value="!-1x7f3k2q9">
<span class="p_AFHidden" id="afr::DlgSrvPopupCtnr"></span>
</form></div>`;
  return doc({ lang: o.lang, htmlLang: o.htmlLang, title: o.title, style: ADF_CSS, head: '<meta name="generator" content="Oracle ADF Faces">\n', body, bodyAttrs: ' class="AFSkin-fusionFx" dir="ltr"' });
}

// ---------------------------------------------------------------- Liferay portlets
const LR_CSS = `body{font-family:"Source Sans Pro",Arial,sans-serif}.lfr-nav{display:flex;gap:20px;list-style:none}.portlet{margin:16px 0;border:1px solid #e7e7ed;border-radius:4px}.portlet-topper{background:#f7f8f9;padding:8px 12px}.portlet-title-text{text-transform:uppercase;font-weight:600}.portlet-content{padding:12px}.hide-accessible{position:absolute;clip:rect(0 0 0 0)}.collapse:not(.show){display:none}.dropdown-menu{display:none}`;
export function portlet(id, title, inner, { bare = false } = {}) {
  return `<section class="portlet" id="portlet_${id}"><div class="portlet-boundary portlet-boundary_${id}_ portlet-static portlet-static-end portlet-borderless" id="p_p_id_${id}_"><span id="p_${id}"></span>${bare ? '' : `<header class="portlet-topper"><div class="portlet-title-default"><span class="portlet-name-text portlet-title-text">${title}</span></div></header>`}<div class="portlet-content"><div class="portlet-content-container"><div class="portlet-body">${inner}</div></div></div></div></section>`;
}
export function liferayShell(o) {
  const c = C[o.lang]; const w = who(o);
  const site = o.site;
  const navItems = site === 'csam' || site === 'dmm'
    ? [[c.home, `/${o.lang}/index.html`], [c.csam.what, `/${o.lang}/csam.html`], [c.csam.services, '#', [[c.csam.keys, `/${o.lang}/mes-cles.html`], [c.csam.gga, `/${o.lang}/gga.html`], [c.csam.mandates, `/${o.lang}/mandats.html`]]], [c.contact, `/${o.lang}/contact.html`]]
    : [[c.ss.citizens, `/site_${o.lang}/citizen/index.htm`], [c.ss.employers, `/site_${o.lang}/employer/index.htm`], [c.ss.pros, `/site_${o.lang}/general/professional/index.htm`], [c.ss.online, `/site_${o.lang}/general/online_services.htm`], [c.ss.news, `/site_${o.lang}/general/news.htm`]];
  const nav = `<nav class="sort-pages modify-pages" id="navigation" role="navigation" aria-label="${c.menu}"><ul aria-label="${c.menu}" class="lfr-nav" role="menubar">${navItems.map(([l, h, sub], i) => `<li class="lfr-nav-item${sub ? ' dropdown' : ''}" id="layout_${i + 1}" role="presentation"><a aria-labelledby="layout_${i + 1}" href="${h}" role="menuitem"${sub ? ' aria-haspopup="true" aria-expanded="false" class="dropdown-toggle"' : ''}><span>${l}</span></a>${sub ? `<ul class="child-menu dropdown-menu" role="menu">${sub.map(([sl, sh]) => `<li class="lfr-nav-item" role="presentation"><a class="dropdown-item" href="${sh}" role="menuitem">${sl}</a></li>`).join('')}</ul>` : ''}</li>`).join('')}</ul></nav>`;
  const crumbs = o.crumbs ? `<nav aria-label="Breadcrumb" id="breadcrumbs"><ol class="breadcrumb">${o.crumbs.map(([l, h]) => h ? `<li class="breadcrumb-item"><a class="breadcrumb-link" href="${h}"><span class="breadcrumb-text-truncate">${l}</span></a></li>` : `<li class="breadcrumb-item active" aria-current="page"><span class="breadcrumb-text-truncate">${l}</span></li>`).join('')}</ol></nav>` : '';
  const cookie = o.cookie === false ? '' : `<div class="lfr-cookie-banner" role="dialog" aria-modal="false" aria-label="Cookies"><div class="container"><p>${c.cookieText} <a href="#cookies">${c.cookieMore}</a></p><button class="btn btn-secondary" type="button">${c.refuse}</button> <button class="btn btn-primary" type="button">${c.accept}</button></div></div>`;
  const userbar = inApp(o) ? `<div class="user-personal-bar"><span class="user-full-name">${esc(w.user)}</span> — <span class="user-firm">${w.fl}</span> <a href="/c/portal/logout">${c.logout}</a></div>` : `<div class="user-personal-bar"><a class="sign-in" href="/c/portal/login" data-redirect="false">${site === 'csam' ? '' : ''}</a></div>`;
  const body = `<div class="d-flex flex-column min-vh-100">
<nav aria-label="${c.skip}" class="quick-access-nav" id="quickAccessNav"><ul><li><a href="#main-content">${c.skip}</a></li></ul></nav>
<div class="container-fluid position-relative" id="wrapper">
<header id="banner" role="banner"><div id="heading"><div aria-level="1" class="site-title" role="heading"><a class="logo custom-logo" href="/${o.lang}/" title="${BRAND[site === 'dmm' ? 'csam' : site][o.lang]}"><svg class="site-logo" width="120" height="40" role="img" aria-label="${BRAND[site === 'dmm' ? 'csam' : site][o.lang]}"><rect width="120" height="40" fill="#00529b"></rect></svg></a> <span class="site-name">${tag(site, c)}</span></div></div>
<div class="language-selector"><span class="hide-accessible">${c.language}</span> ${langLinks(o.lang, (l) => o.langHref ? o.langHref(l) : `/${l}/`, 'taglib-language-list-text', ' class="taglib-language-list-text current" aria-current="page"')}</div>
${userbar}
${nav}</header>
<section id="content"><h2 class="hide-accessible" role="heading" aria-level="1">${esc(o.title)}</h2>${crumbs}
<div class="columns-1-2" id="main-content" role="main"><div class="portlet-layout row"><div class="col-md-12 portlet-column" id="column-1"><div class="portlet-dropzone portlet-column-content" id="layout-column_column-1">
${o.body}
</div></div></div></div></section>
<footer id="footer" role="contentinfo"><p class="powered-by">${helpLine(o, c)}</p><nav>${footerLinks(c, o, 'footer-link', ' · ')}</nav><p>${c.copy}</p></footer>
</div></div>
${cookie}`;
  return doc({ lang: o.lang, htmlLang: o.htmlLang, title: o.title, style: LR_CSS, body, bodyAttrs: ' class="controls-visible yui3-skin-sam guest-site signed-out public-page site"' });
}

// ---------------------------------------------------------------- GOV.UK-like / Belgian federal design system
const GOV_CSS = `body{font-family:Arial,sans-serif;margin:0}.govuk-skip-link{position:absolute;left:-9999px}.govuk-skip-link:focus{left:0}.govuk-header{background:#0b0c0c;color:#fff;padding:10px 15px}.govuk-width-container{max-width:960px;margin:0 auto}.govuk-button{background:#00703c;color:#fff;border:0;padding:8px 10px;box-shadow:0 2px 0 #002d18}.govuk-button--secondary{background:#f3f2f1;color:#0b0c0c}.govuk-error-summary{border:5px solid #d4351c;padding:15px}.govuk-visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}.govuk-details__text[hidden]{display:none}.govuk-tabs__panel--hidden{display:none}.be-topbar{background:#2b3b4e;color:#fff;font-size:13px;padding:4px 15px}`;
export const gov = {
  button: (label, { target = false, secondary = false, href, warning = false, attrs = '' } = {}) => {
    const cls = `govuk-button${secondary ? ' govuk-button--secondary' : ''}${warning ? ' govuk-button--warning' : ''}`;
    return href ? `<a href="${href}" role="button" draggable="false" class="${cls}" data-module="govuk-button"${attrs}${tg(target)}>${label}</a>` : `<button type="submit" class="${cls}" data-module="govuk-button"${attrs}${tg(target)}>${label}</button>`;
  },
  input: (id, label, { hint = '', error = '', value = '', target = false, width = '', required = false, autocomplete = '', labelIsHeading = false, spellcheck = false, inputmode = '' } = {}) => {
    const desc = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
    const lab = `<label class="govuk-label${labelIsHeading ? ' govuk-label--l' : ''}" for="${id}">${label}</label>`;
    return `<div class="govuk-form-group${error ? ' govuk-form-group--error' : ''}">${labelIsHeading ? `<h1 class="govuk-label-wrapper">${lab}</h1>` : lab}${hint ? `<div id="${id}-hint" class="govuk-hint">${hint}</div>` : ''}${error ? `<p id="${id}-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> ${error}</p>` : ''}<input class="govuk-input${width ? ` govuk-input--width-${width}` : ''}${error ? ' govuk-input--error' : ''}" id="${id}" name="${id}" type="text" value="${esc(value)}"${desc ? ` aria-describedby="${desc}"` : ''}${error ? ' aria-invalid="true"' : ''}${required ? ' required' : ''}${autocomplete ? ` autocomplete="${autocomplete}"` : ''}${inputmode ? ` inputmode="${inputmode}"` : ''}${spellcheck ? '' : ' spellcheck="false"'}${tg(target)}></div>`;
  },
  checkbox: (id, label, { checked = false, target = false, hint = '' } = {}) => `<div class="govuk-checkboxes__item"><input class="govuk-checkboxes__input" id="${id}" name="applications" type="checkbox" value="${esc(id)}"${checked ? ' checked' : ''}${hint ? ` aria-describedby="${id}-hint"` : ''}${tg(target)}><label class="govuk-label govuk-checkboxes__label" for="${id}">${label}</label>${hint ? `<div id="${id}-hint" class="govuk-hint govuk-checkboxes__hint">${hint}</div>` : ''}</div>`,
  summary: (rows) => `<dl class="govuk-summary-list">${rows.map(([k, v, action]) => `<div class="govuk-summary-list__row${action ? '' : ' govuk-summary-list__row--no-actions'}"><dt class="govuk-summary-list__key">${k}</dt><dd class="govuk-summary-list__value">${v}</dd>${action ? `<dd class="govuk-summary-list__actions">${action}</dd>` : ''}</div>`).join('')}</dl>`,
  errorSummary: (title, items) => `<div class="govuk-error-summary" data-module="govuk-error-summary"><div role="alert"><h2 class="govuk-error-summary__title">${title}</h2><div class="govuk-error-summary__body"><ul class="govuk-list govuk-error-summary__list">${items.map(([t, h]) => `<li><a href="#${h}">${t}</a></li>`).join('')}</ul></div></div></div>`,
  banner: (kind, title, heading, body = '') => `<div class="govuk-notification-banner${kind === 'success' ? ' govuk-notification-banner--success' : ''}" role="${kind === 'success' ? 'alert' : 'region'}" aria-labelledby="govuk-notification-banner-title" data-module="govuk-notification-banner"><div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="govuk-notification-banner-title">${title}</h2></div><div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">${heading}</p>${body}</div></div>`,
};
export function govShell(o) {
  const c = C[o.lang]; const w = who(o);
  const svc = o.appTitle ?? BRAND[o.site][o.lang];
  const crumbs = o.crumbs ? `<nav class="govuk-breadcrumbs" aria-label="Breadcrumb"><ol class="govuk-breadcrumbs__list">${o.crumbs.map(([l, h]) => h ? `<li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="${h}">${l}</a></li>` : `<li class="govuk-breadcrumbs__list-item" aria-current="page">${l}</li>`).join('')}</ol></nav>` : '';
  const cookie = o.cookie === false ? '' : `<div class="govuk-cookie-banner" data-nosnippet role="region" aria-label="Cookies — ${esc(svc)}"><div class="govuk-cookie-banner__message govuk-width-container"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies</h2><div class="govuk-cookie-banner__content"><p class="govuk-body">${c.cookieText}</p></div></div></div><div class="govuk-button-group"><button type="button" class="govuk-button" data-module="govuk-button" name="cookies" value="accept">${c.accept}</button><button type="button" class="govuk-button" data-module="govuk-button" name="cookies" value="reject">${c.refuse}</button><a class="govuk-link" href="#cookies">${c.cookieMore}</a></div></div></div>`;
  const nav = o.nav ? `<nav aria-label="${c.menu}" class="govuk-header__navigation"><ul id="navigation" class="govuk-header__navigation-list">${o.nav.map(([l, h, active]) => `<li class="govuk-header__navigation-item${active ? ' govuk-header__navigation-item--active' : ''}"><a class="govuk-header__link" href="${h}"${active ? ' aria-current="page"' : ''}>${l}</a></li>`).join('')}</ul></nav>` : '';
  const side = o.side ? `<div class="govuk-grid-column-one-quarter"><nav class="app-subnav" aria-labelledby="app-subnav-heading"><h2 class="govuk-heading-s" id="app-subnav-heading">${o.side.title}</h2><ul class="app-subnav__section">${o.side.items.map((it) => `<li class="app-subnav__section-item${it.active ? ' app-subnav__section-item--current' : ''}"><a class="app-subnav__link govuk-link" href="${it.href ?? '#'}"${it.active ? ' aria-current="page"' : ''}${tg(it.target)}>${it.label}</a></li>`).join('')}</ul></nav></div>` : '';
  const body = `<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">${c.skip}</a>
${cookie}
<div class="be-topbar"><div class="govuk-width-container"><span>.be</span> <a class="be-topbar__link" href="https://www.belgium.be/${o.lang}">belgium.be</a> — ${o.lang === 'fr' ? 'Informations et services officiels' : o.lang === 'nl' ? 'Officiële informatie en diensten' : o.lang === 'de' ? 'Offizielle Informationen und Dienste' : 'Official information and services'} <span class="be-lang" role="navigation" aria-label="${c.language}">${langLinks(o.lang, (l) => `?lang=${l}`, 'govuk-link govuk-link--inverse')}</span></div></div>
<header class="govuk-header" data-module="govuk-header"><div class="govuk-header__container govuk-width-container"><div class="govuk-header__logo"><a href="${o.site === 'ss' || o.site === 'app' ? 'https://www.socialsecurity.be/' : 'https://www.csam.be/'}" class="govuk-header__link govuk-header__link--homepage"><span class="govuk-header__logotype-text">${o.site === 'ss' || o.site === 'app' ? 'socialsecurity.be' : o.site === 'idp' ? 'FAS' : 'CSAM'}</span></a></div><div class="govuk-header__content"><a href="#" class="govuk-header__link govuk-header__service-name">${svc}</a>${nav}</div></div></header>
${inApp(o) ? `<div class="govuk-width-container app-account-bar"><p class="govuk-body-s">${c.loggedAs} <strong>${esc(w.user)}</strong>${w.fl ? ' — ' + w.fl : ''}${o.group ? ` — ${c.group}: ${o.group}` : ''} · <a class="govuk-link" href="#logout">${c.logout}</a></p></div>` : ''}
<div class="govuk-width-container">
<div class="govuk-phase-banner"><p class="govuk-phase-banner__content"><strong class="govuk-tag govuk-phase-banner__content__tag">BETA</strong><span class="govuk-phase-banner__text">${o.lang === 'fr' ? 'Ce service est nouveau : vos remarques nous aideront à l’améliorer.' : o.lang === 'nl' ? 'Deze dienst is nieuw: uw feedback helpt ons hem te verbeteren.' : o.lang === 'de' ? 'Dieser Dienst ist neu — Ihr Feedback hilft uns, ihn zu verbessern.' : 'This is a new service — your feedback will help us to improve it.'}</span></p></div>
${crumbs}${o.back ? `<a href="#" class="govuk-back-link">${o.back}</a>` : ''}
<main class="govuk-main-wrapper" id="main-content" role="main"><div class="govuk-grid-row">${side}<div class="govuk-grid-column-${o.side ? 'three-quarters' : 'two-thirds'}">
${o.body}
</div></div></main></div>
<footer class="govuk-footer" role="contentinfo"><div class="govuk-width-container"><div class="govuk-footer__meta"><div class="govuk-footer__meta-item govuk-footer__meta-item--grow"><h2 class="govuk-visually-hidden">Support links</h2><ul class="govuk-footer__inline-list">${[[c.contact, '#contact'], [c.privacy, '#privacy'], [c.a11y, '#a11y'], [c.terms, '#terms'], [c.cookieMore, '#cookies']].map(([l, h]) => `<li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="${h}">${l}</a></li>`).join('')}</ul><p class="govuk-body-s">${helpLine(o, c)}</p></div><div class="govuk-footer__meta-item">${c.copy}</div></div></div></footer>
${o.toast ?? ''}`;
  return doc({ lang: o.lang, htmlLang: o.htmlLang, title: o.title, style: GOV_CSS, body, bodyAttrs: ' class="govuk-template__body"', htmlAttrs: ' class="govuk-template"' });
}

// ---------------------------------------------------------------- Shoelace / Web Awesome custom elements in light DOM
const WC_CSS = `sl-button,sl-input,sl-checkbox,sl-card,sl-tab,sl-tree-item,sl-menu-item,sl-details,sl-alert{display:block;margin:6px 0}sl-button{display:inline-block;border:1px solid #0369a1;border-radius:4px;padding:4px 12px;cursor:pointer}sl-button[variant=primary]{background:#0369a1;color:#fff}sl-tab-panel:not([active]){display:none}sl-details:not([open])>.details-body{display:none}sl-alert:not([open]){display:none}sl-input::before{content:attr(label);display:block;font-size:.9em}.app{display:grid;grid-template-columns:240px 1fr}`;
export function wcShell(o) {
  const c = C[o.lang]; const w = who(o);
  const side = o.side ? `<aside class="app-side"><sl-menu aria-label="${esc(o.side.title)}"><sl-menu-label>${o.side.title}</sl-menu-label>${o.side.items.map((it) => `<sl-menu-item value="${esc(it.value ?? it.label)}"${it.active ? ' checked aria-current="page"' : ''}${tg(it.target)}><sl-icon slot="prefix" name="${it.icon ?? 'chevron-right'}"></sl-icon>${it.label}</sl-menu-item>`).join('')}</sl-menu></aside>` : '';
  const crumbs = o.crumbs ? `<sl-breadcrumb label="${c.here}">${o.crumbs.map(([l, h]) => `<sl-breadcrumb-item${h ? ` href="${h}"` : ''}>${l}</sl-breadcrumb-item>`).join('')}</sl-breadcrumb>` : '';
  const cookie = o.cookie === false ? '' : `<sl-dialog class="cookie-dialog" label="Cookies" open><p>${c.cookieText}</p><sl-button slot="footer" variant="default">${c.refuse}</sl-button><sl-button slot="footer" variant="primary">${c.accept}</sl-button></sl-dialog>`;
  const body = `<a class="skip" href="#main">${c.skip}</a>
<wa-page class="page" ${o.side ? 'data-has-nav' : ''}>
<header class="top" slot="header"><div class="brand"><strong>${o.appTitle ?? BRAND[o.site][o.lang]}</strong> <small>${tag(o.site, c)}</small></div>
<sl-dropdown class="lang"><sl-button slot="trigger" caret size="small">${o.lang.toUpperCase()}</sl-button><sl-menu>${['nl', 'fr', 'de', 'en'].map((l) => `<sl-menu-item value="${l}" lang="${l}"${l === o.lang ? ' checked' : ''}>${({ nl: 'Nederlands', fr: 'Français', de: 'Deutsch', en: 'English' })[l]}</sl-menu-item>`).join('')}</sl-menu></sl-dropdown>
${inApp(o) ? `<div class="who"><sl-avatar initials="${w.user.split(/\s+/).map((s) => s[0]).slice(0, 2).join('')}" label="${esc(w.user)}"></sl-avatar> <span>${c.loggedAs} ${esc(w.user)}</span> ${w.fl ? `<sl-tag size="small">${w.fl}</sl-tag>` : ''}${o.group ? ` <sl-tag size="small" variant="primary">${o.group}</sl-tag>` : ''} <sl-button size="small" variant="text" href="#logout">${c.logout}</sl-button></div>` : ''}
</header>
<div class="app">${side}
<main id="main">${crumbs}
${o.body}
</main></div>
<footer slot="footer"><p>${helpLine(o, c)}</p><p>${footerLinks(c, o, 'foot', ' · ')}</p><p>${c.copy}</p></footer>
</wa-page>
${o.toast ?? ''}
${cookie}`;
  return doc({ lang: o.lang, htmlLang: o.htmlLang, title: o.title, style: WC_CSS, body });
}

// ---------------------------------------------------------------- framework-less ARIA widgets (tree menu, grid, tabs)
const ARIA_CSS = `body{font:14px/1.4 system-ui,sans-serif;margin:0}[role=tree]{list-style:none;padding-left:0}[role=group]{list-style:none;padding-left:16px}[aria-expanded=false]+[role=group]{display:none}[role=tabpanel][hidden]{display:none}[role=gridcell],[role=columnheader]{padding:4px 8px}[role=row]{display:flex}.skip{position:absolute;left:-1000px}.skip:focus{left:0}[role=checkbox]{cursor:pointer}[role=checkbox]::before{content:"☐ "}[role=checkbox][aria-checked=true]::before{content:"☑ "}`;
export function ariaTree(label, items, id = 'nav-tree') {
  const render = (list, lvl) => list.map((it) => `<li role="treeitem" aria-level="${lvl}"${it.children ? ` aria-expanded="${!!it.expanded}"` : ''}${it.active ? ' aria-selected="true" aria-current="page"' : ' aria-selected="false"'} tabindex="${it.active ? 0 : -1}"${it.href ? ` data-href="${it.href}"` : ''}${tg(it.target)}><span class="tree-label">${it.label}</span>${it.children ? `<ul role="group"${it.expanded ? '' : ' hidden'}>${render(it.children, lvl + 1)}</ul>` : ''}</li>`).join('');
  return `<ul role="tree" id="${id}" aria-label="${esc(label)}">${render(items, 1)}</ul>`;
}
export function ariaGrid(label, cols, rows, { rowAttrs = () => '', cellAttrs = () => '' } = {}) {
  return `<div role="grid" aria-label="${esc(label)}" aria-rowcount="${rows.length + 1}" class="grid"><div role="rowgroup"><div role="row" aria-rowindex="1">${cols.map((c) => `<span role="columnheader">${c}</span>`).join('')}</div></div><div role="rowgroup">${rows.map((r, i) => `<div role="row" aria-rowindex="${i + 2}"${rowAttrs(i)}>${r.map((cell, j) => `<span role="gridcell"${cellAttrs(i, j)}>${cell}</span>`).join('')}</div>`).join('')}</div></div>`;
}
export function ariaShell(o) {
  const c = C[o.lang]; const w = who(o);
  const side = o.side ? `<nav class="sidebar" aria-labelledby="side-h"><h2 id="side-h" class="side-title">${o.side.title}</h2>${o.side.html ?? ariaTree(o.side.title, o.side.items)}</nav>` : '';
  const crumbs = o.crumbs ? `<div class="crumbs" role="navigation" aria-label="${c.here}"><span>${c.here}</span> ${o.crumbs.map(([l, h]) => h ? `<a href="${h}">${l}</a>` : `<span aria-current="page">${l}</span>`).join(' <span aria-hidden="true">/</span> ')}</div>` : '';
  const cookie = o.cookie === false ? '' : `<div class="cookies" role="dialog" aria-labelledby="ck-t" aria-describedby="ck-d"><h2 id="ck-t">Cookies</h2><p id="ck-d">${c.cookieText}</p><div role="button" tabindex="0" class="btn">${c.refuse}</div> <div role="button" tabindex="0" class="btn btn-primary">${c.accept}</div></div>`;
  const body = `<div class="skip"><a href="#content">${c.skip}</a></div>
<div class="shell" id="app-shell">
<div class="topbar" role="banner"><div class="logo" role="img" aria-label="${BRAND[o.site === 'app' ? 'ss' : o.site === 'dmm' ? 'csam' : o.site][o.lang]}"></div><div class="app-name">${o.appTitle ?? BRAND[o.site][o.lang]}</div>
<div class="langs" role="radiogroup" aria-label="${c.language}">${['nl', 'fr', 'de', 'en'].map((l) => `<span role="radio" tabindex="${l === o.lang ? 0 : -1}" aria-checked="${l === o.lang}" lang="${l}">${l.toUpperCase()}</span>`).join('')}</div>
${inApp(o) ? `<div class="account" role="group" aria-label="${c.loggedAs}"><span>${esc(w.user)}</span> <span class="firm">${w.fl}</span>${o.group ? ` <span class="badge">${o.group}</span>` : ''} <span role="button" tabindex="0" class="logout">${c.logout}</span></div>` : ''}
</div>
<div class="body-wrap">${side}
<div class="content" id="content" role="main">${crumbs}
${o.body}
</div></div>
<div class="foot" role="contentinfo"><span>${helpLine(o, c)}</span> ${footerLinks(c, o, 'foot-link', ' · ')} <span>${c.copy}</span></div>
</div>
${o.toast ?? ''}
${cookie}`;
  return doc({ lang: o.lang, htmlLang: o.htmlLang, title: o.title, style: ARIA_CSS, body });
}

// ---------------------------------------------------------------- plain server-rendered HTML
const PLAIN_CSS = `body{font-family:Georgia,serif;max-width:70em;margin:auto}header nav ul,footer ul{list-style:none;display:flex;gap:1em;padding:0}fieldset{margin:1em 0}dt{font-weight:bold}.sr{position:absolute;left:-10000px}.sr:focus{left:0}.notice{border:1px solid #999;padding:.5em}`;
export function plainShell(o) {
  const c = C[o.lang]; const w = who(o);
  const s = o.site;
  const topnav = o.nav ?? (s === 'csam' ? [[c.home, `/${o.lang}/index.html`], [c.csam.what, `/${o.lang}/csam.html`], [c.csam.services, `/${o.lang}/services.html`], [c.contact, `/${o.lang}/contact.html`]]
    : s === 'ss' ? [[c.ss.citizens, `/site_${o.lang}/citizen/index.htm`], [c.ss.employers, `/site_${o.lang}/employer/index.htm`], [c.ss.online, `/site_${o.lang}/general/online_services.htm`], [c.contact, `/site_${o.lang}/general/contact.htm`]] : []);
  const crumbs = o.crumbs ? `<p class="breadcrumb">${c.here} ${o.crumbs.map(([l, h]) => h ? `<a href="${h}">${l}</a>` : `<strong>${l}</strong>`).join(' &raquo; ')}</p>` : '';
  const cookie = o.cookie === false ? '' : `<form class="cookie-notice" method="post" action="/cookies"><p>${c.cookieText} <a href="#cookies">${c.cookieMore}</a></p><input type="submit" name="cookies" value="${esc(c.accept)}"> <input type="submit" name="cookies" value="${esc(c.refuse)}"></form>`;
  const side = o.side ? `<div id="sidebar"><h2>${o.side.title}</h2><ul>${o.side.items.map((it) => `<li>${it.active ? `<strong>${it.label}</strong>` : `<a href="${it.href ?? '#'}"${tg(it.target)}>${it.label}</a>`}</li>`).join('')}</ul></div>` : '';
  const body = `<a class="sr" href="#main">${c.skip}</a>
${cookie}
<header>
<div id="brand"><a href="/"><strong>${o.appTitle ?? BRAND[s][o.lang]}</strong></a> <span>${tag(s, c)}</span></div>
<div id="langs">${c.language}: ${langLinks(o.lang, (l) => o.langHref ? o.langHref(l) : hostPath(s, l))}</div>
${inApp(o) ? `<div id="account">${c.loggedAs} ${esc(w.user)}${w.fl ? ' — ' + w.fl : ''}${o.group ? `, ${c.group.toLowerCase()} ${o.group}` : ''} — <a href="?logout=1">${c.logout}</a></div>` : ''}
${topnav.length ? `<nav><ul>${topnav.map(([l, h]) => `<li><a href="${h}">${l}</a></li>`).join('')}</ul></nav>` : ''}
</header>
${crumbs}
${side}
<div id="main">
${o.body}
</div>
<hr>
<footer><p>${helpLine(o, c)}</p><ul>${[[c.contact, '#contact'], [c.privacy, '#privacy'], [c.a11y, '#a11y'], [c.terms, '#terms']].map(([l, h]) => `<li><a href="${h}">${l}</a></li>`).join('')}</ul><p><small>${c.copy}</small></p></footer>`;
  return doc({ lang: o.lang, htmlLang: o.htmlLang, title: o.title, style: PLAIN_CSS, body });
}

export const SHELLS = { mui: muiShell, vuetify: vuetifyShell, adf: adfShell, liferay: liferayShell, govuk: govShell, webcomponents: wcShell, aria: ariaShell, plain: plainShell };
