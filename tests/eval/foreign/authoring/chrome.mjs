// Shared chrome (header, menus, footer, banners) per host and per build style.
// Hand-written for the foreign evaluation set; wording is our own.

export const STEPS = {
  'add-access': ['open-service', 'manage-access', 'social-security', 'log-in', 'employer-group', 'users-menu', 'add-user', 'fill-required', 'edit-existing', 'tick-tr-fpp'],
  'remove-access': ['open-service', 'manage-access', 'social-security', 'log-in', 'employer-group', 'users-menu', 'find-user', 'open-user', 'untick-tr-fpp'],
  'designate-main-manager': ['open-service', 'choose-designate', 'log-in', 'enterprise-number', 'designee-details', 'confirm-designation', 'activate-account'],
};
export const before = (j, s) => { const i = STEPS[j].indexOf(s); if (i < 0) throw new Error(`${j}: ${s}`); return STEPS[j].slice(0, i); };
export const upTo = (j, s) => before(j, s).concat([s]);
export const all = (j) => (j === 'designate-main-manager' ? upTo(j, 'confirm-designation') : STEPS[j].slice());

// ---- fake identifiers (invented, with valid check digits) ----
export function niss(yy, mm, dd, ctr, born2000 = false) {
  const base = `${yy}${mm}${dd}${ctr}`;
  const chk = 97n - (BigInt((born2000 ? '2' : '') + base) % 97n);
  return `${yy}.${mm}.${dd}-${ctr}.${String(chk).padStart(2, '0')}`;
}
export function kbo(first8) {
  const chk = 97 - (Number(first8) % 97);
  const d = first8 + String(chk).padStart(2, '0');
  return `${d.slice(0, 4)}.${d.slice(4, 7)}.${d.slice(7)}`;
}

export const FIRMS = {
  fr: { name: 'Pharmalys Benelux SA', kbo: kbo('07418826') },
  nl: { name: 'Medivanta NV', kbo: kbo('08126633') },
  de: { name: 'Apotheka Ostbelgien GmbH', kbo: kbo('06931157') },
  en: { name: 'Brightwell Therapeutics BV', kbo: kbo('07775402') },
};
export const ME = {
  fr: { name: 'Olivier Lambotte', niss: niss('79', '02', '14', '213') },
  nl: { name: 'Kathleen Verbruggen', niss: niss('83', '10', '27', '054') },
  de: { name: 'Sabine Krämer', niss: niss('76', '06', '09', '188') },
  en: { name: 'Thomas Wijnants', niss: niss('88', '04', '21', '317') },
};

// deterministic PRNG for long tables
export function rng(seed) { let a = seed >>> 0; return () => { a |= 0; a = (a + 0x6D2B79F5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
const FIRST = ['Marie', 'Lucas', 'Emma', 'Noah', 'Louise', 'Arthur', 'Olivia', 'Jules', 'Lotte', 'Wout', 'Fien', 'Milan', 'Elise', 'Stijn', 'Camille', 'Hugo', 'Anke', 'Jonas', 'Léa', 'Maxime', 'Ines', 'Bram', 'Zoë', 'Rania', 'Karim', 'Nele', 'Pieter', 'Sofie', 'Timo', 'Greta', 'Lukas', 'Hanna', 'Dries', 'Chloé', 'Yasmine', 'Victor', 'Amélie', 'Ruben', 'Laura', 'Jens'];
const LAST = ['Peeters', 'Janssens', 'Maes', 'Dubois', 'Lambert', 'Claes', 'Wouters', 'Mertens', 'Goossens', 'Dupont', 'Leroy', 'Renard', 'Willems', 'Hermans', 'Martin', 'Simon', 'Laurent', 'Lemaire', 'Verhoeven', 'De Smet', 'Van den Broeck', 'Schmitz', 'Heinen', 'Cremer', 'Kessler', 'Nyssen', 'Bastin', 'Mathieu', 'Coppens', 'Declercq', 'Michiels', 'Jacobs', 'El Amrani', 'Benali', 'Desmet', 'Thys', 'Baert', 'Collard', 'Gilson', 'Pirard'];
export function people(n, seed) {
  const r = rng(seed); const out = [];
  for (let i = 0; i < n; i++) {
    const f = FIRST[Math.floor(r() * FIRST.length)], l = LAST[Math.floor(r() * LAST.length)];
    const yy = String(55 + Math.floor(r() * 44)).padStart(2, '0'), mm = String(1 + Math.floor(r() * 12)).padStart(2, '0'), dd = String(1 + Math.floor(r() * 28)).padStart(2, '0');
    const ctr = String(1 + Math.floor(r() * 997)).padStart(3, '0');
    const mail = `${f}.${l}`.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z.]/g, '') + '@example.com';
    out.push({ first: f, last: l, niss: niss(yy, mm, dd, ctr), mail, apps: Math.floor(r() * 5) });
  }
  return out;
}

export const LANGS = ['nl', 'fr', 'de', 'en'];
export function langSwitch(cur, mk) { return LANGS.map((l) => mk(l, l === cur)).join(''); }

export function doc({ lang, title, style = '', body, bodyAttrs = '', headExtra = '', doctype = '<!DOCTYPE html>' }) {
  const langAttr = lang === null ? '' : ` lang="${lang}"`;
  return `${doctype}
<html${langAttr}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${headExtra}<style>
${style}
</style>
</head>
<body${bodyAttrs ? ' ' + bodyAttrs : ''}>
${body}
</body>
</html>
`;
}

// ---------------------------------------------------------------- csam.be public site
const CS = {
  fr: { skip: 'Aller au contenu', home: 'Accueil', what: "Qu'est-ce que CSAM ?", services: 'Services', keys: 'Mes clés numériques', gga: "Gestion des Gestionnaires d'Accès", mand: 'Gestion des mandats', contact: 'Contact', cookie: "CSAM utilise des cookies strictement nécessaires et, si vous l'acceptez, des cookies de mesure d'audience.", ok: 'Accepter', no: 'Refuser', more: 'En savoir plus', foot: 'CSAM est une initiative des services publics fédéraux, régionaux et de la sécurité sociale.', priv: 'Déclaration de confidentialité', a11y: "Déclaration d'accessibilité", help: 'Helpdesk CSAM', crumbs: 'Vous êtes ici' },
  nl: { skip: 'Naar de inhoud', home: 'Home', what: 'Wat is CSAM?', services: 'Diensten', keys: 'Mijn digitale sleutels', gga: 'Beheer der Toegangsbeheerders', mand: 'Beheer van mandaten', contact: 'Contact', cookie: 'CSAM gebruikt strikt noodzakelijke cookies en, met uw toestemming, cookies om het bezoek te meten.', ok: 'Aanvaarden', no: 'Weigeren', more: 'Meer weten', foot: 'CSAM is een initiatief van de federale en regionale overheden en de sociale zekerheid.', priv: 'Privacyverklaring', a11y: 'Toegankelijkheidsverklaring', help: 'Helpdesk CSAM', crumbs: 'U bent hier' },
  de: { skip: 'Zum Inhalt springen', home: 'Startseite', what: 'Was ist CSAM?', services: 'Dienste', keys: 'Meine digitalen Schlüssel', gga: 'Verwaltung der Zugangsverwalter', mand: 'Verwaltung der Mandate', contact: 'Kontakt', cookie: 'CSAM verwendet unbedingt erforderliche Cookies und, mit Ihrer Zustimmung, Cookies zur Besuchsmessung.', ok: 'Akzeptieren', no: 'Ablehnen', more: 'Mehr erfahren', foot: 'CSAM ist eine Initiative der föderalen und regionalen Behörden und der sozialen Sicherheit.', priv: 'Datenschutzerklärung', a11y: 'Erklärung zur Barrierefreiheit', help: 'CSAM-Helpdesk', crumbs: 'Sie sind hier' },
  en: { skip: 'Skip to content', home: 'Home', what: 'What is CSAM?', services: 'Services', keys: 'My digital keys', gga: 'Management of access managers', mand: 'Management of mandates', contact: 'Contact', cookie: 'CSAM uses strictly necessary cookies and, if you agree, audience-measurement cookies.', ok: 'Accept', no: 'Decline', more: 'Read more', foot: 'CSAM is an initiative of the federal and regional public services and social security.', priv: 'Privacy statement', a11y: 'Accessibility statement', help: 'CSAM helpdesk', crumbs: 'You are here' },
};
export const csamWords = CS;

export function csamBootstrap(lang, { title, crumbs = [], main, cookie = true, overlay = '', active = '' }) {
  const w = CS[lang];
  const style = `body{font-family:"Segoe UI",Arial,sans-serif;margin:0;color:#1d1d1b}.visually-hidden-focusable{position:absolute;left:-9999px}.visually-hidden-focusable:focus{left:8px;top:8px}
.navbar{display:flex;align-items:center;gap:1.5rem;padding:.6rem 2rem;background:#fff;border-bottom:4px solid #0a4e8c}.navbar-brand{font-weight:700;font-size:1.6rem;color:#0a4e8c;text-decoration:none}
.navbar-nav{display:flex;list-style:none;gap:1rem;margin:0;padding:0}.nav-link{color:#1d1d1b;text-decoration:none}.dropdown-menu{display:none}.lang a{margin:0 .2rem;text-transform:uppercase;font-size:.85rem}.lang .active{font-weight:700}
.container{max-width:1140px;margin:0 auto;padding:1.5rem}.row{display:flex;flex-wrap:wrap;gap:1.5rem}.col-md-4{flex:1 1 30%}.col-md-6{flex:1 1 45%}.card{border:1px solid #d6dde5;border-radius:.4rem;padding:1.2rem;background:#fff}.card-title{text-transform:uppercase;font-size:1.05rem;color:#0a4e8c}
.btn{display:inline-block;padding:.5rem 1rem;border-radius:.3rem;text-decoration:none;border:1px solid #0a4e8c;cursor:pointer}.btn-primary{background:#0a4e8c;color:#fff}.btn-outline-primary{color:#0a4e8c;background:#fff}.stretched-link::after{content:"";position:absolute;inset:0}
.breadcrumb{display:flex;list-style:none;padding:0;gap:.4rem;font-size:.85rem}.breadcrumb-item+.breadcrumb-item::before{content:"›";margin-right:.4rem}
footer{background:#0a2a4a;color:#dfe7ef;padding:2rem;margin-top:3rem}footer a{color:#fff}.alert{padding:1rem;border-radius:.3rem;background:#e7f1fb;border-left:4px solid #0a4e8c}
.cookie-banner{position:fixed;bottom:0;left:0;right:0;background:#f4f4f4;border-top:1px solid #ccc;padding:1rem 2rem;display:flex;gap:1rem;align-items:center}h1,h2{color:#0a4e8c}`;
  const nav = `<a class="visually-hidden-focusable" href="#main">${w.skip}</a>
<header>
 <nav class="navbar navbar-expand-lg" aria-label="Navigation principale">
  <a class="navbar-brand" href="/${lang}/index.html"><span aria-hidden="true">&#9679;</span> CSAM</a>
  <button class="navbar-toggler" type="button" aria-controls="mainNav" aria-expanded="false" aria-label="Menu" style="display:none"><span class="navbar-toggler-icon"></span></button>
  <div class="collapse navbar-collapse" id="mainNav">
   <ul class="navbar-nav">
    <li class="nav-item"><a class="nav-link${active === 'home' ? ' active' : ''}" href="/${lang}/index.html">${w.home}</a></li>
    <li class="nav-item"><a class="nav-link" href="/${lang}/csam.html">${w.what}</a></li>
    <li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" role="button" aria-expanded="false">${w.services}</a>
     <ul class="dropdown-menu"><li><a class="dropdown-item" href="#">${w.keys}</a></li><li><a class="dropdown-item" href="#">${w.gga}</a></li><li><a class="dropdown-item" href="#">${w.mand}</a></li></ul></li>
    <li class="nav-item"><a class="nav-link" href="/${lang}/contact.html">${w.contact}</a></li>
   </ul>
  </div>
  <div class="lang ms-auto">${langSwitch(lang, (l, a) => `<a href="/${l}/index.html"${a ? ' class="active" aria-current="true"' : ''} lang="${l}">${l}</a>`)}</div>
 </nav>
</header>`;
  const bc = crumbs.length ? `<nav aria-label="${w.crumbs}"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/${lang}/index.html">${w.home}</a></li>${crumbs.map((c, i) => `<li class="breadcrumb-item${i === crumbs.length - 1 ? ' active" aria-current="page' : ''}">${c}</li>`).join('')}</ol></nav>` : '';
  const cb = cookie ? `<div class="cookie-banner" role="region" aria-label="Cookies"><p>${w.cookie} <a href="#">${w.more}</a></p><button class="btn btn-primary" type="button">${w.ok}</button><button class="btn btn-outline-primary" type="button">${w.no}</button></div>` : '';
  const foot = `<footer><div class="container"><p>${w.foot}</p><ul><li><a href="/${lang}/contact.html">${w.help}</a></li><li><a href="#">${w.priv}</a></li><li><a href="#">${w.a11y}</a></li></ul><p>&copy; 2026 CSAM</p></div></footer>`;
  return doc({ lang, title: `${title} | CSAM`, style, body: `${nav}\n<main id="main" class="container">${bc}\n${main}\n</main>\n${foot}\n${cb}${overlay}` });
}

export function csamTables(lang, { title, main, langAttr }) {
  const w = CS[lang];
  const body = `<a href="#inhoud" style="position:absolute;left:-999px">${w.skip}</a>
<table width="100%" border="0" cellspacing="0" cellpadding="0" bgcolor="#ffffff">
 <tr><td width="180" bgcolor="#0b3d6e"><font face="Arial" color="#ffffff" size="5"><b>&nbsp;CSAM</b></font></td>
  <td bgcolor="#0b3d6e" align="right"><font face="Arial" size="1" color="#ffffff">${LANGS.map((l) => (l === lang ? `<b>${l.toUpperCase()}</b>` : `<a href="/${l}/index.html"><font color="#ffffff">${l.toUpperCase()}</font></a>`)).join(' | ')}&nbsp;&nbsp;</font></td></tr>
 <tr><td colspan="2" bgcolor="#dde6ef"><font face="Arial" size="2">&nbsp;<a href="/${lang}/index.html">${w.home}</a> &middot; <a href="/${lang}/csam.html">${w.what}</a> &middot; ${w.services}: <a href="#">${w.keys}</a> / <a href="#">${w.gga}</a> / <a href="#">${w.mand}</a> &middot; <a href="/${lang}/contact.html">${w.contact}</a></font></td></tr>
</table>
<table width="100%" border="0" cellpadding="12"><tr><td valign="top"><a name="inhoud"></a><font face="Arial" size="2">
${main}
</font></td></tr></table>
<hr size="1" noshade>
<center><font face="Arial" size="1" color="#666666">${w.foot}<br><a href="#">${w.priv}</a> | <a href="#">${w.a11y}</a> | <a href="/${lang}/contact.html">${w.help}</a></font></center>`;
  return doc({ lang: langAttr === undefined ? lang : langAttr, title: `CSAM - ${title}`, body, doctype: '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">', bodyAttrs: 'bgcolor="#ffffff" leftmargin="0" topmargin="0"' });
}

export function csamDivsoup(lang, { title, main, overlay = '' }) {
  const w = CS[lang];
  const style = `body{margin:0;font-family:Roboto,Arial,sans-serif}.q-layout{min-height:100vh}.q-header{background:#123e6b;color:#fff;display:flex;align-items:center;padding:0 16px;height:56px}.q-toolbar__title{font-size:20px;flex:1}
.q-item{display:flex;align-items:center;padding:8px 16px;cursor:pointer;min-height:48px}.q-item:hover{background:#eef3f8}.q-item__section--main{flex:1}.q-item__label--caption{color:#666;font-size:.8rem}.q-card{box-shadow:0 1px 4px rgba(0,0,0,.2);border-radius:4px;margin:12px 0}.q-page{padding:24px;max-width:1100px;margin:auto}.q-btn{display:inline-flex;padding:6px 16px;border-radius:3px;background:#123e6b;color:#fff;cursor:pointer}.q-btn--flat{background:none;color:#123e6b}.text-h4{font-size:2rem;margin:8px 0}.text-h6{font-size:1.2rem;font-weight:500;text-transform:uppercase}.q-footer{background:#eee;padding:16px;font-size:.85rem}
.q-dialog__backdrop{position:fixed;inset:0;background:rgba(0,0,0,.4)}.q-dialog__inner{position:fixed;inset:0;display:flex;align-items:center;justify-content:center}`;
  const body = `<div id="q-app"><div class="q-layout q-layout--standard" tabindex="-1">
 <div class="q-skip"><div class="q-item" role="link" tabindex="0" data-href="#content">${w.skip}</div></div>
 <div class="q-header q-layout__section--marginal" role="banner"><div class="q-toolbar row no-wrap items-center" role="toolbar">
  <div class="q-toolbar__title ellipsis">CSAM</div>
  <div class="row q-gutter-sm" role="navigation">
   <div class="q-btn q-btn--flat" tabindex="0" role="link" style="color:#fff">${w.home}</div><div class="q-btn q-btn--flat" tabindex="0" role="link" style="color:#fff">${w.what}</div><div class="q-btn q-btn--flat" tabindex="0" role="button" aria-haspopup="menu" aria-expanded="false" style="color:#fff">${w.services}</div><div class="q-btn q-btn--flat" tabindex="0" role="link" style="color:#fff">${w.contact}</div>
  </div>
  <div class="q-btn-toggle" role="group" aria-label="Language">${langSwitch(lang, (l, a) => `<div class="q-btn q-btn--flat${a ? ' q-btn--active' : ''}" role="radio" aria-checked="${a}" tabindex="0" style="color:#fff">${l.toUpperCase()}</div>`)}</div>
 </div></div>
 <div class="q-page-container"><div class="q-page" id="content" role="main">
${main}
 </div></div>
 <div class="q-footer" role="contentinfo"><div>${w.foot}</div><div><span class="q-link" role="link" tabindex="0">${w.priv}</span> · <span class="q-link" role="link" tabindex="0">${w.a11y}</span> · <span class="q-link" role="link" tabindex="0">${w.help}</span></div></div>
</div></div>${overlay}`;
  return doc({ lang, title: `${title} – CSAM`, style, body });
}

// ---------------------------------------------------------------- socialsecurity.be public site
const SS = {
  fr: { site: 'Portail de la sécurité sociale', home: 'Accueil', cit: 'Citoyens', ent: 'Entreprises', pro: 'Professionnels', search: 'Rechercher', login: 'Se connecter', contact: 'Contact Center : 02 511 51 51 (lu–ve 7h–20h)', priv: 'Vie privée', disc: 'Clause de non-responsabilité', skip: 'Passer au contenu', cookie: 'Ce site utilise des cookies. En poursuivant votre navigation, vous acceptez les cookies fonctionnels.', ok: 'OK' },
  nl: { site: 'Portaal van de sociale zekerheid', home: 'Home', cit: 'Burgers', ent: 'Ondernemingen', pro: 'Professionelen', search: 'Zoeken', login: 'Aanmelden', contact: 'Contactcenter: 02 511 51 51 (ma–vr 7u–20u)', priv: 'Privacy', disc: 'Disclaimer', skip: 'Ga naar de inhoud', cookie: 'Deze site gebruikt cookies. Door verder te surfen aanvaardt u de functionele cookies.', ok: 'OK' },
  de: { site: 'Portal der sozialen Sicherheit', home: 'Startseite', cit: 'Bürger', ent: 'Unternehmen', pro: 'Fachleute', search: 'Suchen', login: 'Anmelden', contact: 'Contact Center: 02 511 51 51 (Mo–Fr 7–20 Uhr)', priv: 'Datenschutz', disc: 'Haftungsausschluss', skip: 'Zum Inhalt', cookie: 'Diese Website verwendet Cookies. Wenn Sie weitersurfen, akzeptieren Sie die funktionellen Cookies.', ok: 'OK' },
  en: { site: 'Social security portal', home: 'Home', cit: 'Citizens', ent: 'Companies', pro: 'Professionals', search: 'Search', login: 'Log in', contact: 'Contact Center: 02 511 51 51 (Mon–Fri 7am–8pm)', priv: 'Privacy', disc: 'Disclaimer', skip: 'Skip to content', cookie: 'This site uses cookies. By continuing to browse you accept the functional cookies.', ok: 'OK' },
};
export const ssWords = SS;

export function ssTables(lang, { title, left = '', main, langAttr, crumbs = '' }) {
  const w = SS[lang];
  const body = `<a href="#content"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="1" height="1" alt="${w.skip}" border="0"></a>
<table width="100%" cellpadding="0" cellspacing="0" border="0">
<tr bgcolor="#003366"><td height="60"><font face="Verdana,Arial" size="4" color="#ffffff"><b>&nbsp;socialsecurity.be</b></font><br><font face="Verdana" size="1" color="#c8d6e5">&nbsp;&nbsp;${w.site}</font></td>
<td align="right" valign="top"><font face="Verdana" size="1" color="#ffffff">${LANGS.map((l) => (l === lang ? `[${l.toUpperCase()}]` : `<a href="/site_${l}/index.htm"><font color="#ffffff">${l.toUpperCase()}</font></a>`)).join(' ')}&nbsp;</font><br>
<form action="/search" style="margin:4px"><input type="text" name="q" size="14" title="${w.search}"> <input type="submit" value="${w.search}"></form></td></tr>
<tr bgcolor="#e1e8f0"><td colspan="2"><font face="Verdana" size="2">&nbsp;<a href="/site_${lang}/index.htm">${w.home}</a> | <a href="/site_${lang}/citizen/index.htm">${w.cit}</a> | <b>${w.ent}</b> | <a href="#">${w.pro}</a></font></td></tr>
</table>
<table width="100%" cellpadding="8" cellspacing="0" border="0"><tr>
<td width="190" valign="top" bgcolor="#f2f5f8"><font face="Verdana" size="1">${left}</font></td>
<td valign="top"><a name="content"></a>${crumbs ? `<font face="Verdana" size="1">${crumbs}</font><br>` : ''}<font face="Verdana,Arial" size="2">
${main}
</font></td></tr></table>
<table width="100%" bgcolor="#003366"><tr><td><font face="Verdana" size="1" color="#ffffff">${w.contact} &nbsp;|&nbsp; <a href="#"><font color="#ffffff">${w.priv}</font></a> &nbsp;|&nbsp; <a href="#"><font color="#ffffff">${w.disc}</font></a></font></td></tr></table>`;
  return doc({ lang: langAttr === undefined ? lang : langAttr, title, body, doctype: '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">', bodyAttrs: 'bgcolor="#ffffff" marginwidth="0" marginheight="0"' });
}

export function ssBootstrap(lang, { title, main, crumbs = [], overlay = '', showLogin = true }) {
  const w = SS[lang];
  const style = `body{margin:0;font-family:"Open Sans",Arial,sans-serif;color:#222}.skip{position:absolute;left:-10000px}.topbar{background:#1b365d;color:#fff;padding:.3rem 2rem;font-size:.8rem;display:flex;justify-content:space-between}.topbar a{color:#fff}
.navbar{display:flex;align-items:center;padding:1rem 2rem;border-bottom:1px solid #ddd}.navbar-brand{font-weight:700;color:#1b365d;text-decoration:none;font-size:1.3rem;margin-right:2rem}.nav{display:flex;gap:1.2rem;list-style:none;margin:0;padding:0}.nav a{text-decoration:none;color:#1b365d}
.container{max-width:1100px;margin:auto;padding:1.5rem}.btn{display:inline-block;padding:.45rem 1rem;border-radius:.25rem;border:1px solid #1b365d;text-decoration:none;cursor:pointer;font-size:1rem}.btn-primary{background:#1b365d;color:#fff}.btn-light{background:#fff;color:#1b365d}
.card{border:1px solid #dde;border-radius:6px;padding:1rem;margin-bottom:1rem}.row{display:flex;gap:1rem;flex-wrap:wrap}.col{flex:1}.breadcrumb{list-style:none;display:flex;gap:.5rem;padding:0;font-size:.85rem}.breadcrumb li+li::before{content:"/ "}
.alert{padding:1rem;border-radius:4px}.alert-info{background:#e8f4fa}.alert-warning{background:#fff4dc}.alert-danger{background:#fde8e8}footer{background:#f1f1f1;padding:1.5rem 2rem;margin-top:2rem;font-size:.85rem}`;
  const body = `<a class="skip" href="#main-content">${w.skip}</a>
<div class="topbar"><span>.be</span><span>${langSwitch(lang, (l, a) => (a ? `<strong>${l.toUpperCase()}</strong> ` : `<a href="/site_${l}/index.htm">${l.toUpperCase()}</a> `))}</span></div>
<header><nav class="navbar" aria-label="main"><a class="navbar-brand" href="/site_${lang}/index.htm">socialsecurity.be</a>
<ul class="nav"><li><a href="/site_${lang}/citizen/index.htm">${w.cit}</a></li><li><a class="active" aria-current="page" href="/site_${lang}/employer/index.htm">${w.ent}</a></li><li><a href="#">${w.pro}</a></li></ul>
<form class="ms-auto" role="search" style="margin-left:auto"><input class="form-control" type="search" placeholder="${w.search}…" aria-label="${w.search}"></form>${showLogin ? `<a class="btn btn-light" style="margin-left:1rem" href="/portail/login">${w.login}</a>` : ''}</nav></header>
<main id="main-content" class="container">${crumbs.length ? `<nav aria-label="breadcrumb"><ol class="breadcrumb">${crumbs.map((c) => `<li>${c}</li>`).join('')}</ol></nav>` : ''}
${main}
</main>
<footer><p>${w.contact}</p><p><a href="#">${w.priv}</a> · <a href="#">${w.disc}</a></p></footer>${overlay}`;
  return doc({ lang, title, style, body });
}

// ---------------------------------------------------------------- federal login (idp)
const IDP = {
  fr: { t: 'Connexion aux services publics en ligne', h: "Choisissez votre clé numérique pour vous connecter", eid: 'Connexion avec lecteur de carte eID', eidD: "Avec votre carte d'identité électronique et votre code PIN", itsme: 'Connexion avec itsme®', itsmeD: "Via l'application itsme sur votre smartphone", app: 'Clé numérique via application mobile', tok: 'Code de sécurité par SMS', help: "Besoin d'aide ?", cookies: 'Cookies', priv: 'Vie privée', a11y: 'Accessibilité', dest: 'Vous allez vous connecter à' },
  nl: { t: 'Aanmelden bij de digitale overheid', h: 'Kies uw digitale sleutel om aan te melden', eid: 'Aanmelden met eID kaartlezer', eidD: 'Met uw elektronische identiteitskaart en pincode', itsme: 'Aanmelden via itsme®', itsmeD: 'Met de itsme-app op uw smartphone', app: 'Digitale sleutel via mobiele app', tok: 'Beveiligingscode via sms', help: 'Hulp nodig?', cookies: 'Cookies', priv: 'Privacy', a11y: 'Toegankelijkheid', dest: 'U meldt zich aan bij' },
  de: { t: 'Anmeldung bei der digitalen Verwaltung', h: 'Wählen Sie Ihren digitalen Schlüssel', eid: 'Anmelden mit eID-Kartenleser', eidD: 'Mit Ihrem elektronischen Personalausweis und PIN-Code', itsme: 'Anmelden mit itsme®', itsmeD: 'Über die itsme-App auf Ihrem Smartphone', app: 'Digitaler Schlüssel per mobiler App', tok: 'Sicherheitscode per SMS', help: 'Hilfe benötigt?', cookies: 'Cookies', priv: 'Datenschutz', a11y: 'Barrierefreiheit', dest: 'Sie melden sich an bei' },
  en: { t: 'Log in to the digital government', h: 'Choose your digital key to log in', eid: 'Log in with eID card reader', eidD: 'With your electronic identity card and PIN code', itsme: 'Log in with itsme®', itsmeD: 'With the itsme app on your smartphone', app: 'Digital key via mobile app', tok: 'Security code via text message', help: 'Need help?', cookies: 'Cookies', priv: 'Privacy', a11y: 'Accessibility', dest: 'You are logging in to' },
};
export const idpWords = IDP;

// ---------------------------------------------------------------- UMAN application chrome
const UM = {
  fr: { app: 'Gestion des accès – Entreprises et organisations', feat: 'Fonctionnalités', home: 'Accueil', users: 'Utilisateurs', am: "Gestionnaires d'accès", apps: 'Applications', groups: 'Groupes', prof: 'Mon profil', help: 'Aide', logout: 'Déconnexion', firm: 'Entreprise', group: 'Groupe', emp: 'Employeur ONSS', skip: 'Aller au contenu', foot: 'Portail de la sécurité sociale · Contact Center 02 511 51 51', crumbs: 'Fil d’Ariane' },
  nl: { app: 'Toegangsbeheer – Ondernemingen en organisaties', feat: 'Functionaliteiten', home: 'Startpagina', users: 'Gebruikers', am: 'Toegangsbeheerders', apps: 'Toepassingen', groups: 'Groepen', prof: 'Mijn profiel', help: 'Help', logout: 'Afmelden', firm: 'Onderneming', group: 'Groep', emp: 'Werkgever RSZ', skip: 'Naar de inhoud', foot: 'Portaal van de sociale zekerheid · Contactcenter 02 511 51 51', crumbs: 'Kruimelpad' },
  de: { app: 'Zugangsverwaltung – Unternehmen und Organisationen', feat: 'Funktionalitäten', home: 'Startseite', users: 'Benutzer', am: 'Zugangsverwalter', apps: 'Anwendungen', groups: 'Gruppen', prof: 'Mein Profil', help: 'Hilfe', logout: 'Abmelden', firm: 'Unternehmen', group: 'Gruppe', emp: 'LSS-Arbeitgeber', skip: 'Zum Inhalt', foot: 'Portal der sozialen Sicherheit · Contact Center 02 511 51 51', crumbs: 'Navigationspfad' },
  en: { app: 'Access management – Companies and organisations', feat: 'Features', home: 'Home', users: 'Users', am: 'Access managers', apps: 'Applications', groups: 'Groups', prof: 'My profile', help: 'Help', logout: 'Log out', firm: 'Company', group: 'Group', emp: 'NSSO employer', skip: 'Skip to content', foot: 'Social security portal · Contact Center 02 511 51 51', crumbs: 'Breadcrumb' },
};
export const umWords = UM;
const MENU = ['home', 'users', 'am', 'apps', 'groups', 'prof', 'help'];

// PrimeFaces / JSF
export function umanPF(lang, { title, main, menu = true, ringUsers = false, group = true, crumbs = [], current = '', labels = {}, dialog = '', appTitle }) {
  const w = { ...UM[lang], ...labels };
  const style = `body{margin:0;font-family:Arial,Helvetica,sans-serif;font-size:13px;background:#f3f5f7}.ui-widget{font-family:Arial,Helvetica,sans-serif}.layout-topbar{background:#24466e;color:#fff;padding:8px 14px;display:flex;align-items:center;gap:18px}.layout-topbar .app-name{font-size:16px;font-weight:bold;flex:1}
.layout-wrapper{display:flex}.layout-menu{width:230px;background:#fff;border-right:1px solid #cfd8e3;min-height:80vh}.layout-main{flex:1;padding:14px}.ui-panelmenu-header{background:#e3e9f0;padding:6px 10px;font-weight:bold}.ui-menuitem-link{display:block;padding:6px 18px;color:#24466e;text-decoration:none}.ui-state-highlight{background:#cfe0f3}
.ui-panel{background:#fff;border:1px solid #cfd8e3;margin-bottom:12px}.ui-panel-titlebar{background:#e9eef4;padding:6px 10px;font-weight:bold}.ui-panel-content{padding:10px}.ui-button{display:inline-block;background:#2d6aa8;color:#fff;border:1px solid #24466e;border-radius:3px;padding:0;cursor:pointer}.ui-button-text{display:block;padding:5px 12px}.ui-button.ui-button-secondary{background:#e4e8ec;color:#333}
.ui-inputfield{border:1px solid #a7b4c2;padding:4px;border-radius:2px}.ui-datatable table{border-collapse:collapse;width:100%}.ui-datatable th,.ui-datatable td{border:1px solid #d5dde6;padding:5px}.ui-datatable-even{background:#f7f9fb}.ui-chkbox{display:inline-block;vertical-align:middle}.ui-chkbox-box{width:16px;height:16px;border:1px solid #7f8c99;display:inline-block;background:#fff}.ui-chkbox-box.ui-state-active{background:#2d6aa8}
.ui-helper-hidden-accessible{border:0;clip:rect(0 0 0 0);height:1px;margin:-1px;overflow:hidden;padding:0;position:absolute;width:1px}.ui-messages-info{background:#dff0d8;border:1px solid #8fbc8f;padding:8px}.ui-messages-warn{background:#fcf8e3;border:1px solid #e0c36b;padding:8px}.ui-messages-error{background:#f2dede;border:1px solid #d9a3a3;padding:8px}.ui-breadcrumb ul{list-style:none;display:flex;gap:4px;padding:0;margin:0 0 10px}.layout-footer{padding:10px 14px;color:#666;border-top:1px solid #cfd8e3}
.ui-dialog-mask{position:fixed;inset:0;background:rgba(0,0,0,.45);z-index:1000}.ui-dialog{position:fixed;top:15%;left:30%;width:40%;background:#fff;border:1px solid #24466e;z-index:1001}.ui-dialog-titlebar{background:#24466e;color:#fff;padding:6px 10px}.ui-dialog-content{padding:12px}.ui-dialog-buttonpane{padding:8px;text-align:right}`;
  const menuHtml = menu ? `<div id="j_idt18:menuPanel" class="layout-menu"><div id="j_idt18:pm" class="ui-panelmenu ui-widget">
 <div class="ui-panelmenu-panel"><h3 class="ui-panelmenu-header ui-widget-header ui-state-active" role="tab" aria-expanded="true" tabindex="0"><span class="ui-icon ui-icon-triangle-1-s"></span>${w.feat}</h3>
 <div class="ui-panelmenu-content ui-widget-content" role="tabpanel"><ul class="ui-menu-list ui-helper-reset">
${MENU.map((k, i) => `  <li class="ui-menuitem ui-widget ui-corner-all${current === k ? ' ui-state-highlight' : ''}" role="menuitem"><a id="j_idt18:pm:${i}_${k}" class="ui-menuitem-link ui-corner-all" href="#" onclick="PrimeFaces.ab({s:'j_idt18:pm:${i}'});return false;"${ringUsers && k === 'users' ? ' data-eval-target' : ''}><span class="ui-menuitem-icon ui-icon pi pi-angle-right"></span><span class="ui-menuitem-text">${w[k]}</span></a></li>`).join('\n')}
 </ul></div></div></div></div>` : '';
  const bc = crumbs.length ? `<div id="j_idt31" class="ui-breadcrumb ui-module ui-widget ui-widget-header" role="navigation" aria-label="${w.crumbs}"><ul><li><a class="ui-menuitem-link" href="#"><span class="ui-menuitem-text">${w.home}</span></a></li>${crumbs.map((c) => `<li>›</li><li><span class="ui-menuitem-text">${c}</span></li>`).join('')}</ul></div>` : '';
  const body = `<a class="ui-helper-hidden-accessible" href="#mainContent">${w.skip}</a>
<div class="layout-topbar" id="j_idt10:topbar"><span class="app-name">${appTitle || w.app}</span>
 <span class="firm">${w.firm}: <b>${FIRMS[lang].name}</b> (${FIRMS[lang].kbo})</span>${group ? ` <span class="grp">${w.group}: <b>${w.emp}</b></span>` : ''}
 <span class="user"><span class="pi pi-user"></span> ${ME[lang].name}</span>
 <form id="j_idt10:langForm" method="post"><select id="j_idt10:langForm:lang" name="j_idt10:langForm:lang" class="ui-inputfield" aria-label="Language">${LANGS.map((l) => `<option value="${l}"${l === lang ? ' selected' : ''}>${l.toUpperCase()}</option>`).join('')}</select></form>
 <button id="j_idt10:logout" name="j_idt10:logout" class="ui-button ui-widget ui-button-secondary" type="submit"><span class="ui-button-text ui-c">${w.logout}</span></button>
</div>
<div class="layout-wrapper">${menuHtml}
<div class="layout-main" id="mainContent" role="main">${bc}
${main}
</div></div>
<div class="layout-footer">${w.foot} · <a href="#">Privacy</a></div>
<div id="j_idt99" class="ui-growl ui-widget" aria-live="polite"></div>${dialog}`;
  return doc({ lang, title: `${title} - ${w.app}`, style, body, bodyAttrs: 'class="ui-layout-body"' });
}

// Angular Material
export function umanMat(lang, { title, main, menu = true, ringUsers = false, group = true, current = '', labels = {}, overlay = '', ng = 'c128', crumbs = [], appTitle }) {
  const w = { ...UM[lang], ...labels };
  const a = `_ngcontent-ng-${ng}`;
  const style = `body{margin:0;font-family:Roboto,"Helvetica Neue",sans-serif}mat-toolbar{display:flex;align-items:center;gap:16px;height:64px;padding:0 16px;background:#0d47a1;color:#fff}.spacer{flex:1}mat-sidenav-container{display:flex;min-height:80vh}mat-sidenav{width:250px;border-right:1px solid #ddd;display:block}mat-sidenav-content{flex:1;padding:24px;display:block}
.mat-mdc-nav-list a{display:flex;padding:12px 16px;text-decoration:none;color:#222}.mdc-list-item--activated{background:#e3ecfa}.mat-subheader{padding:12px 16px;font-weight:500;color:#555}.mdc-button{display:inline-flex;align-items:center;border:0;border-radius:4px;padding:0 16px;height:36px;cursor:pointer;background:transparent;color:#0d47a1;font:inherit}.mat-mdc-raised-button.mat-primary,.mat-mdc-unelevated-button.mat-primary{background:#0d47a1;color:#fff}
mat-form-field{display:block;margin:12px 0}.mat-mdc-text-field-wrapper{border:1px solid #999;border-radius:4px;padding:8px}.mat-mdc-input-element{border:0;outline:0;width:100%;font:inherit}mat-card{display:block;box-shadow:0 1px 3px rgba(0,0,0,.3);border-radius:4px;padding:16px;margin-bottom:16px}mat-card-title{font-size:20px;display:block}
table.mat-mdc-table{width:100%;border-collapse:collapse}.mat-mdc-row td,.mat-mdc-header-row th{border-bottom:1px solid #e0e0e0;padding:10px;text-align:left}mat-checkbox{display:block;margin:6px 0}.mdc-checkbox{display:inline-block;position:relative;width:18px;height:18px}.mdc-checkbox__native-control{position:absolute;opacity:0;width:40px;height:40px;margin:-11px;cursor:pointer}.mdc-checkbox__background{display:inline-block;width:16px;height:16px;border:2px solid #555;border-radius:2px}
.cdk-overlay-container{position:fixed;inset:0;z-index:1000}.cdk-overlay-backdrop{position:absolute;inset:0;background:rgba(0,0,0,.32)}.cdk-global-overlay-wrapper{position:absolute;inset:0;display:flex;align-items:center;justify-content:center}mat-dialog-container{display:block;background:#fff;padding:24px;border-radius:4px;min-width:480px}footer.app-footer{padding:12px 24px;color:#666;border-top:1px solid #eee;font-size:13px}mat-snack-bar-container{position:fixed;bottom:16px;left:50%;background:#323232;color:#fff;padding:14px 16px}`;
  const nav = menu ? `<mat-sidenav ${a} class="mat-drawer mat-sidenav mat-drawer-side mat-drawer-opened" mode="side" opened="">
  <div class="mat-drawer-inner-container"><mat-nav-list ${a} role="navigation" class="mat-mdc-nav-list mat-mdc-list-base mdc-list" aria-label="${w.feat}">
   <div mat-subheader="" class="mat-mdc-subheader mdc-list-group__subheader mat-subheader">${w.feat}</div>
${MENU.map((k) => `   <a ${a} mat-list-item="" class="mat-mdc-list-item mdc-list-item mat-mdc-list-item-interactive${current === k ? ' mdc-list-item--activated' : ''}" href="/uman/${lang}/${k}" routerlinkactive="mdc-list-item--activated"${current === k ? ' aria-current="page"' : ''}${ringUsers && k === 'users' ? ' data-eval-target' : ''}><mat-icon class="mat-icon material-icons" aria-hidden="true">chevron_right</mat-icon><span class="mdc-list-item__content"><span class="mat-mdc-list-item-unscoped-content mdc-list-item__primary-text">${w[k]}</span></span></a>`).join('\n')}
  </mat-nav-list></div></mat-sidenav>` : '';
  const bc = crumbs.length ? `<nav ${a} class="app-breadcrumb" aria-label="${w.crumbs}"><ol style="list-style:none;display:flex;gap:6px;padding:0"><li><a href="/uman/${lang}/home">${w.home}</a></li>${crumbs.map((c) => `<li>/ ${c}</li>`).join('')}</ol></nav>` : '';
  const body = `<app-root ng-version="17.3.4"><a ${a} class="skip-link" href="#main" style="position:absolute;left:-999px">${w.skip}</a>
<mat-toolbar ${a} color="primary" class="mat-toolbar mat-primary mat-toolbar-single-row" role="toolbar">
 <button ${a} mat-icon-button="" class="mdc-icon-button mat-mdc-icon-button" aria-label="Menu"><mat-icon class="mat-icon material-icons" aria-hidden="true">menu</mat-icon></button>
 <span ${a} class="app-title">${appTitle || w.app}</span><span class="spacer"></span>
 <span ${a} class="firm-badge">${FIRMS[lang].name} · ${FIRMS[lang].kbo}${group ? ` · ${w.emp}` : ''}</span>
 <button ${a} mat-button="" class="mdc-button mat-mdc-button" style="color:#fff" aria-haspopup="menu"><span class="mdc-button__label">${LANGS.map((l) => (l === lang ? l.toUpperCase() : '')).join('')} ▾</span></button>
 <button ${a} mat-button="" class="mdc-button mat-mdc-button" style="color:#fff" aria-haspopup="menu"><mat-icon class="mat-icon material-icons" aria-hidden="true">account_circle</mat-icon><span class="mdc-button__label">${ME[lang].name}</span></button>
 <button ${a} mat-stroked-button="" class="mdc-button mdc-button--outlined mat-mdc-outlined-button" style="color:#fff"><span class="mdc-button__label">${w.logout}</span></button>
</mat-toolbar>
<mat-sidenav-container ${a} class="mat-drawer-container mat-sidenav-container">
${nav}
<mat-sidenav-content ${a} class="mat-drawer-content mat-sidenav-content" id="main" role="main">${bc}
<router-outlet ${a}></router-outlet>
${main}
</mat-sidenav-content></mat-sidenav-container>
<footer ${a} class="app-footer">${w.foot}</footer></app-root>
<div class="cdk-live-announcer-element cdk-visually-hidden" aria-atomic="true" aria-live="polite" style="position:absolute;left:-9999px"></div>${overlay ? `\n<div class="cdk-overlay-container">${overlay}</div>` : ''}`;
  return doc({ lang, title: `${title} | ${w.app}`, style, body, bodyAttrs: 'class="mat-typography"' });
}

// Bootstrap 5 / FAS style
export function umanBS(lang, { title, main, menu = true, ringUsers = false, group = true, current = '', labels = {}, crumbs = [], collapsedMenu = false, appTitle, overlay = '' }) {
  const w = { ...UM[lang], ...labels };
  const style = `body{margin:0;font-family:"Source Sans Pro",Arial,sans-serif;color:#212529}.visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)}.navbar{display:flex;align-items:center;padding:.5rem 1rem;background:#003b6f;color:#fff;gap:1rem}.navbar a{color:#fff}.navbar-brand{font-weight:600;font-size:1.15rem;text-decoration:none}.ms-auto{margin-left:auto}
.container-fluid{display:flex}.sidebar{width:240px;background:#f5f7fa;border-right:1px solid #dee2e6;padding:1rem 0;min-height:80vh}.sidebar .nav-link{display:block;padding:.4rem 1.2rem;color:#003b6f;text-decoration:none}.sidebar .nav-link.active{background:#dbe7f3;font-weight:600}.sidebar-heading{padding:.4rem 1.2rem;font-size:.75rem;text-transform:uppercase;color:#6c757d}
main{flex:1;padding:1.5rem}.btn{display:inline-block;font-weight:400;border:1px solid transparent;padding:.375rem .75rem;border-radius:.25rem;cursor:pointer;text-decoration:none;font-size:1rem}.btn-primary{background:#0d6efd;color:#fff;border-color:#0d6efd}.btn-secondary{background:#6c757d;color:#fff}.btn-outline-secondary{color:#6c757d;border-color:#6c757d;background:#fff}.btn-link{color:#0d6efd;background:none}.btn-sm{padding:.2rem .5rem;font-size:.85rem}
.form-control,.form-select{display:block;width:100%;padding:.375rem .75rem;border:1px solid #ced4da;border-radius:.25rem;box-sizing:border-box}.form-floating{position:relative;margin-bottom:1rem}.form-floating>label{position:absolute;top:0;left:.75rem;font-size:.8rem;color:#6c757d}.form-floating>.form-control{padding-top:1.3rem}.form-label{font-weight:600}.form-check{margin:.3rem 0}.mb-3{margin-bottom:1rem}
.card{border:1px solid rgba(0,0,0,.125);border-radius:.25rem;margin-bottom:1rem}.card-header{padding:.5rem 1rem;background:rgba(0,0,0,.03);border-bottom:1px solid rgba(0,0,0,.125)}.card-body{padding:1rem}.table{width:100%;border-collapse:collapse}.table td,.table th{padding:.5rem;border-top:1px solid #dee2e6;text-align:left}.table-striped tbody tr:nth-of-type(odd){background:rgba(0,0,0,.03)}
.alert{padding:.75rem 1.25rem;border:1px solid transparent;border-radius:.25rem;margin-bottom:1rem}.alert-success{background:#d1e7dd;color:#0f5132}.alert-info{background:#cff4fc;color:#055160}.alert-warning{background:#fff3cd;color:#664d03}.alert-danger{background:#f8d7da;color:#842029}.breadcrumb{display:flex;list-style:none;padding:0;gap:.5rem}.breadcrumb-item+.breadcrumb-item::before{content:"/";padding-right:.5rem;color:#6c757d}.text-danger{color:#dc3545}
.collapse:not(.show){display:none}.accordion-button{width:100%;text-align:left;background:#f5f7fa;border:0;padding:.6rem 1.2rem;font-weight:600;cursor:pointer}.badge{display:inline-block;padding:.25em .5em;border-radius:.25rem;font-size:.75em;background:#6c757d;color:#fff}.bg-success{background:#198754}footer.footer{padding:1rem 1.5rem;border-top:1px solid #dee2e6;font-size:.85rem;color:#6c757d}
.modal{position:fixed;inset:0;display:block;z-index:1055;overflow:auto}.modal-dialog{max-width:540px;margin:4rem auto}.modal-content{background:#fff;border-radius:.3rem;border:1px solid rgba(0,0,0,.2)}.modal-header,.modal-footer{padding:1rem;display:flex;justify-content:space-between;gap:.5rem}.modal-body{padding:1rem}.modal-backdrop{position:fixed;inset:0;background:#000;opacity:.5;z-index:1050}`;
  const items = MENU.map((k) => `<li class="nav-item"><a class="nav-link${current === k ? ' active" aria-current="page' : ''}" href="/uman/${k}.do?lang=${lang}"${ringUsers && k === 'users' ? ' data-eval-target' : ''}>${w[k]}</a></li>`).join('\n     ');
  const side = !menu ? '' : collapsedMenu
    ? `<nav class="sidebar" aria-label="${w.feat}"><div class="accordion" id="featAcc"><div class="accordion-item"><h2 class="accordion-header" id="hFeat"><button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#cFeat" aria-expanded="false" aria-controls="cFeat"${ringUsers ? ' data-eval-target' : ''}>${w.feat}</button></h2>
   <div id="cFeat" class="accordion-collapse collapse" aria-labelledby="hFeat"><ul class="nav flex-column" style="list-style:none;padding:0">
     ${MENU.map((k) => `<li class="nav-item"><a class="nav-link" href="/uman/${k}.do?lang=${lang}">${w[k]}</a></li>`).join('\n     ')}
   </ul></div></div></div></nav>`
    : `<nav class="sidebar" aria-label="${w.feat}"><h6 class="sidebar-heading">${w.feat}</h6><ul class="nav flex-column" style="list-style:none;padding:0">
     ${items}
   </ul></nav>`;
  const bc = crumbs.length ? `<nav aria-label="${w.crumbs}"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/uman/home.do">${w.home}</a></li>${crumbs.map((c, i) => `<li class="breadcrumb-item${i === crumbs.length - 1 ? ' active' : ''}">${c}</li>`).join('')}</ol></nav>` : '';
  const body = `<a class="visually-hidden visually-hidden-focusable" href="#content">${w.skip}</a>
<header><nav class="navbar navbar-dark"><a class="navbar-brand" href="/uman/home.do">socialsecurity.be · ${appTitle || w.app}</a>
 <span class="navbar-text ms-auto">${FIRMS[lang].name} <small>(${FIRMS[lang].kbo})</small>${group ? ` — ${w.emp}` : ''}</span>
 <div class="dropdown"><a class="dropdown-toggle" href="#" role="button" aria-expanded="false">${ME[lang].name}</a></div>
 <div class="btn-group" role="group" aria-label="Language">${langSwitch(lang, (l, act) => `<a class="btn btn-sm${act ? ' active' : ''}" href="?lang=${l}"${act ? ' aria-current="true"' : ''}>${l.toUpperCase()}</a>`)}</div>
 <a class="btn btn-sm btn-outline-light" href="/uman/logout.do">${w.logout}</a></nav></header>
<div class="container-fluid">${side}
<main id="content">${bc}
${main}
</main></div>
<footer class="footer">${w.foot}</footer>${overlay}`;
  return doc({ lang, title: `${title} · ${w.app}`, style, body });
}

// old table layout
export function umanTables(lang, { title, main, menu = true, ringUsers = false, group = true, labels = {}, langAttr, appTitle }) {
  const w = { ...UM[lang], ...labels };
  const menuTd = menu ? `<td width="170" valign="top" bgcolor="#e8edf3"><font face="Verdana" size="2"><b>${w.feat}</b></font><br>
<table border="0" cellpadding="3" cellspacing="0" width="100%">
${MENU.map((k) => `<tr><td><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="8" height="8" alt=""> <a href="/uman/${k}.jsp?lang=${lang}"${ringUsers && k === 'users' ? ' data-eval-target' : ''}><font face="Verdana" size="2">${w[k]}</font></a></td></tr>`).join('\n')}
</table></td>` : '';
  const body = `<table width="100%" border="0" cellspacing="0" cellpadding="4" bgcolor="#1f3f66">
<tr><td><font face="Verdana" size="3" color="#ffffff"><b>${appTitle || w.app}</b></font></td>
<td align="right"><font face="Verdana" size="1" color="#ffffff">${ME[lang].name} &middot; ${FIRMS[lang].name} (${FIRMS[lang].kbo})${group ? ` &middot; ${w.emp}` : ''}<br>${LANGS.map((l) => (l === lang ? `<b>${l.toUpperCase()}</b>` : `<a href="?lang=${l}"><font color="#ffffff">${l.toUpperCase()}</font></a>`)).join(' ')} &nbsp; <a href="/uman/logout.jsp"><font color="#ffffff">${w.logout}</font></a></font></td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="8"><tr>${menuTd}
<td valign="top"><font face="Verdana" size="2">
${main}
</font></td></tr></table>
<center><font face="Verdana" size="1" color="#777777">${w.foot}</font></center>`;
  return doc({ lang: langAttr === undefined ? lang : langAttr, title, body, doctype: '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">', bodyAttrs: 'bgcolor="#ffffff"' });
}

// Vue/Quasar div soup
export function umanDiv(lang, { title, main, menu = true, ringUsers = false, group = true, current = '', labels = {}, overlay = '', appTitle }) {
  const w = { ...UM[lang], ...labels };
  const style = `body{margin:0;font-family:Roboto,Arial,sans-serif;font-size:14px}.q-header{background:#27548a;color:#fff;display:flex;align-items:center;gap:12px;padding:0 12px;height:50px}.q-toolbar__title{flex:1;font-size:18px}.q-drawer{width:240px;border-right:1px solid #e0e0e0;min-height:80vh}.row{display:flex}.col{flex:1;padding:20px}
.q-item{display:flex;align-items:center;padding:8px 16px;min-height:40px;cursor:pointer}.q-item--active{background:#e1ebf7;color:#27548a}.q-item__label--header{font-size:12px;color:#757575;padding:12px 16px 4px;text-transform:uppercase}.q-btn{display:inline-flex;align-items:center;padding:4px 14px;border-radius:4px;cursor:pointer;background:#27548a;color:#fff;min-height:32px}.q-btn--outline{background:#fff;color:#27548a;border:1px solid #27548a}
.q-field{margin:10px 0;display:block}.q-field__label{font-size:12px;color:#555}.q-field__native{border:0;border-bottom:1px solid #999;width:100%;padding:6px 0;font:inherit;outline:0}.q-card{box-shadow:0 1px 5px rgba(0,0,0,.2);border-radius:4px;padding:16px;margin-bottom:16px}.q-checkbox{display:flex;align-items:center;gap:8px;padding:4px 0;cursor:pointer}.q-checkbox__bg{width:16px;height:16px;border:2px solid #555;border-radius:2px}.q-checkbox[aria-checked="true"] .q-checkbox__bg{background:#27548a}
.q-separator{height:1px;background:#e0e0e0}.q-banner{padding:12px;border-radius:4px}.bg-positive{background:#d4edda}.bg-warning{background:#fff3cd}.bg-negative{background:#f8d7da}.q-footer{padding:10px 16px;color:#777;font-size:12px;border-top:1px solid #eee}.q-dialog__backdrop{position:fixed;inset:0;background:rgba(0,0,0,.4)}.q-dialog__inner{position:fixed;inset:0;display:flex;align-items:center;justify-content:center}`;
  const drawer = menu ? `<div class="q-drawer q-drawer--left q-drawer--bordered" role="navigation"><div class="q-list" role="list">
 <div class="q-item__label q-item__label--header">${w.feat}</div>
${MENU.map((k) => ` <div class="q-item q-item-type row no-wrap q-item--clickable q-link cursor-pointer q-focusable q-hoverable${current === k ? ' q-item--active q-router-link--active' : ''}" tabindex="0" role="listitem"${ringUsers && k === 'users' ? ' data-eval-target' : ''}><div class="q-focus-helper" tabindex="-1"></div><div class="q-item__section column q-item__section--avatar q-item__section--side justify-center"><i class="q-icon material-icons" aria-hidden="true">chevron_right</i></div><div class="q-item__section column q-item__section--main justify-center"><div class="q-item__label">${w[k]}</div></div></div>`).join('\n')}
</div></div>` : '';
  const body = `<div id="q-app"><div class="q-layout q-layout--standard" tabindex="-1">
<div class="q-header q-layout__section--marginal fixed-top" role="banner"><div class="q-toolbar__title">${appTitle || w.app}</div>
 <div class="text-caption">${FIRMS[lang].name} · ${FIRMS[lang].kbo}${group ? ` · ${w.emp}` : ''}</div>
 <div class="q-btn q-btn--flat" role="button" tabindex="0" aria-haspopup="true" style="background:none">${lang.toUpperCase()}</div>
 <div class="q-chip" tabindex="0">${ME[lang].name}</div>
 <div class="q-btn q-btn--flat" role="button" tabindex="0" style="background:none">${w.logout}</div></div>
<div class="q-page-container row">${drawer}
<div class="q-page col" role="main">
${main}
</div></div>
<div class="q-footer" role="contentinfo">${w.foot}</div>
</div></div>${overlay}`;
  return doc({ lang, title: `${title} – ${w.app}`, style, body });
}

// ---------------------------------------------------------------- CSAM designation application chrome
const CAM = {
  fr: { app: "Gestion des Gestionnaires d'Accès", proc: "Désigner un gestionnaire d'accès principal", s1: 'Entreprise', s2: "Gestionnaire d'accès principal", s3: 'Confirmation', logout: 'Se déconnecter', helpdesk: 'Helpdesk CSAM', as: 'Connecté en tant que', rep: 'représentant légal', step: 'Étape' },
  nl: { app: 'Beheer der Toegangsbeheerders', proc: 'Een Hoofdtoegangsbeheerder aanstellen', s1: 'Onderneming', s2: 'Hoofdtoegangsbeheerder', s3: 'Bevestiging', logout: 'Afmelden', helpdesk: 'Helpdesk CSAM', as: 'Aangemeld als', rep: 'wettelijk vertegenwoordiger', step: 'Stap' },
  de: { app: 'Verwaltung der Zugangsverwalter', proc: 'Einen Hauptzugangsverwalter bestimmen', s1: 'Unternehmen', s2: 'Hauptzugangsverwalter', s3: 'Bestätigung', logout: 'Abmelden', helpdesk: 'CSAM-Helpdesk', as: 'Angemeldet als', rep: 'gesetzlicher Vertreter', step: 'Schritt' },
  en: { app: 'Management of access managers', proc: 'Appoint a Chief Access Manager', s1: 'Company', s2: 'Chief access manager', s3: 'Confirmation', logout: 'Log out', helpdesk: 'CSAM helpdesk', as: 'Logged in as', rep: 'legal representative', step: 'Step' },
};
export const camWords = CAM;
export const REP = ME;

export function camPF(lang, { title, main, stepIdx = 0, dialog = '', labels = {}, h1 }) {
  const w = { ...CAM[lang], ...labels };
  const style = `body{margin:0;font-family:Arial,sans-serif;font-size:14px;background:#fafafa}.cam-header{background:#fff;border-bottom:3px solid #00539b;display:flex;align-items:center;padding:10px 20px;gap:20px}.cam-logo{font-weight:bold;color:#00539b;font-size:22px}.cam-app{flex:1;color:#444}
.ui-steps ul{list-style:none;display:flex;padding:0;gap:0}.ui-steps-item{flex:1;padding:8px;border-bottom:3px solid #ccc;text-align:center}.ui-steps-item.ui-state-highlight{border-color:#00539b;font-weight:bold}.content{max-width:900px;margin:20px auto;background:#fff;padding:20px;border:1px solid #ddd}
.ui-button{display:inline-block;background:#00539b;color:#fff;border:0;border-radius:3px;padding:0;cursor:pointer}.ui-button-text{display:block;padding:6px 14px}.ui-button-secondary{background:#e0e0e0;color:#333}.ui-inputfield{border:1px solid #999;padding:5px;width:260px}.ui-outputlabel-rfi{color:#c00}.ui-panelgrid td{padding:6px}.ui-messages-info{background:#e2f0d9;padding:10px;border:1px solid #9c9}.ui-messages-error{background:#f2dede;padding:10px}
.ui-chkbox-box{width:16px;height:16px;border:1px solid #777;display:inline-block}.ui-helper-hidden-accessible{position:absolute;clip:rect(0 0 0 0);width:1px;height:1px;overflow:hidden}.ui-dialog-mask{position:fixed;inset:0;background:rgba(0,0,0,.4)}.ui-dialog{position:fixed;top:10%;left:25%;width:50%;background:#fff;border:1px solid #00539b}.ui-dialog-titlebar{background:#00539b;color:#fff;padding:8px}.ui-dialog-content{padding:14px}.cam-footer{text-align:center;color:#666;font-size:12px;padding:20px}`;
  const steps = stepIdx ? `<div id="wizForm:steps" class="ui-steps ui-widget ui-helper-clearfix" role="tablist"><ul>${[w.s1, w.s2, w.s3].map((s, i) => `<li class="ui-steps-item${i + 1 === stepIdx ? ' ui-state-highlight" aria-selected="true' : i + 1 < stepIdx ? ' ui-state-default ui-state-disabled' : ' ui-state-default ui-state-disabled'}" role="tab"><span class="ui-steps-number">${i + 1}</span> <span class="ui-steps-title">${s}</span></li>`).join('')}</ul></div>` : '';
  const body = `<a href="#wizForm" class="ui-helper-hidden-accessible">skip</a>
<div class="cam-header"><span class="cam-logo">CSAM</span><span class="cam-app">${w.app}</span>
 <span>${w.as} <b>${REP[lang].name}</b> (${w.rep})</span>
 <span>${LANGS.map((l) => (l === lang ? `<b>${l.toUpperCase()}</b>` : `<a href="?lang=${l}">${l.toUpperCase()}</a>`)).join(' ')}</span>
 <button id="hdr:logout" class="ui-button ui-widget ui-button-secondary" type="submit"><span class="ui-button-text">${w.logout}</span></button></div>
<div class="content" role="main"><h1>${h1 || w.proc}</h1>${steps}
${main}
</div>
<div class="cam-footer">CSAM · <a href="https://www.csam.be/${lang}/contact.html">${w.helpdesk}</a> · © 2026</div>${dialog}`;
  return doc({ lang, title: `${title} - CSAM`, style, body });
}

export function camMat(lang, { title, main, stepIdx = 0, overlay = '', ng = 'x91', h1 }) {
  const w = CAM[lang];
  const a = `_ngcontent-${ng}-c44`;
  const style = `body{margin:0;font-family:Roboto,sans-serif}mat-toolbar{display:flex;align-items:center;gap:14px;height:60px;padding:0 20px;background:#fff;border-bottom:1px solid #ddd}.brand{color:#00539b;font-weight:700;font-size:22px}.spacer{flex:1}.page{max-width:860px;margin:24px auto;padding:0 16px;display:block}
mat-horizontal-stepper,.mat-horizontal-stepper-header-container{display:flex;gap:24px;margin:12px 0}.mat-step-header{display:flex;gap:8px;align-items:center}.mat-step-icon{width:24px;height:24px;border-radius:50%;background:#999;color:#fff;display:inline-flex;align-items:center;justify-content:center}.mat-step-icon-selected{background:#00539b}
mat-form-field{display:block;margin:14px 0}.mat-mdc-text-field-wrapper{border:1px solid #888;border-radius:4px;padding:8px}.mat-mdc-input-element{border:0;outline:0;width:100%;font:inherit}.mdc-button{display:inline-flex;align-items:center;border:0;border-radius:4px;padding:0 16px;height:36px;cursor:pointer;background:transparent;color:#00539b;font:inherit}.mat-mdc-unelevated-button.mat-primary,.mat-mdc-raised-button.mat-primary{background:#00539b;color:#fff}
mat-card{display:block;box-shadow:0 1px 3px rgba(0,0,0,.3);border-radius:4px;padding:16px;margin-bottom:16px}.cdk-overlay-container{position:fixed;inset:0;z-index:1000}.cdk-overlay-backdrop{position:absolute;inset:0;background:rgba(0,0,0,.32)}.cdk-global-overlay-wrapper{position:absolute;inset:0;display:flex;align-items:center;justify-content:center}mat-dialog-container{display:block;background:#fff;padding:24px;border-radius:4px;min-width:520px}.mat-mdc-form-field-error{color:#b00020;font-size:12px}footer{text-align:center;color:#777;font-size:12px;padding:24px}`;
  const stepper = stepIdx ? `<div ${a} class="mat-horizontal-stepper-header-container" role="tablist">${[w.s1, w.s2, w.s3].map((s, i) => `<mat-step-header ${a} role="tab" class="mat-step-header" aria-selected="${i + 1 === stepIdx}" aria-posinset="${i + 1}" aria-setsize="3" tabindex="${i + 1 === stepIdx ? 0 : -1}"><div class="mat-step-icon${i + 1 === stepIdx ? ' mat-step-icon-selected' : ''}"><span>${i + 1}</span></div><div class="mat-step-label"><div class="mat-step-text-label">${s}</div></div></mat-step-header>`).join('')}</div>` : '';
  const body = `<app-root ng-version="16.2.12"><mat-toolbar ${a} class="mat-toolbar mat-toolbar-single-row" role="toolbar"><span ${a} class="brand">CSAM</span><span ${a}>${w.app}</span><span class="spacer"></span>
 <span ${a}>${w.as} ${REP[lang].name}</span>
 <button ${a} mat-button="" class="mdc-button mat-mdc-button" aria-haspopup="menu"><span class="mdc-button__label">${lang.toUpperCase()}</span></button>
 <button ${a} mat-button="" class="mdc-button mat-mdc-button"><span class="mdc-button__label">${w.logout}</span></button></mat-toolbar>
<main ${a} class="page"><h1 ${a} class="mat-headline-5">${h1 || w.proc}</h1>${stepper}
${main}
</main><footer ${a}>CSAM · ${w.helpdesk} · <a href="https://www.csam.be/${lang}/contact.html">csam.be/contact</a></footer></app-root>${overlay ? `\n<div class="cdk-overlay-container">${overlay}</div>` : ''}`;
  return doc({ lang, title: `${title} · CSAM`, style, body, bodyAttrs: 'class="mat-typography mat-app-background"' });
}

export function camBS(lang, { title, main, stepIdx = 0, h1 }) {
  const w = CAM[lang];
  const style = `body{margin:0;font-family:Arial,sans-serif;color:#222}.navbar{display:flex;align-items:center;gap:1rem;padding:.6rem 1.5rem;border-bottom:4px solid #00539b}.navbar-brand{color:#00539b;font-weight:700;font-size:1.4rem;text-decoration:none}.ms-auto{margin-left:auto}.container{max-width:860px;margin:1.5rem auto;padding:0 1rem}
.progress-steps{display:flex;list-style:none;padding:0;gap:1rem;border-bottom:1px solid #ddd}.progress-steps li{padding:.5rem}.progress-steps .active{border-bottom:3px solid #00539b;font-weight:700}.form-label{font-weight:600;display:block;margin-top:.8rem}.form-control{display:block;width:100%;max-width:380px;padding:.4rem .6rem;border:1px solid #ced4da;border-radius:.25rem}.form-text{font-size:.85rem;color:#6c757d}
.btn{display:inline-block;padding:.4rem .9rem;border-radius:.25rem;border:1px solid #00539b;cursor:pointer;text-decoration:none;font-size:1rem}.btn-primary{background:#00539b;color:#fff}.btn-outline-secondary{background:#fff;color:#555;border-color:#999}.alert{padding:1rem;border-radius:.25rem;margin:1rem 0}.alert-success{background:#d1e7dd}.alert-info{background:#cff4fc}.alert-danger{background:#f8d7da}dl{display:grid;grid-template-columns:14rem 1fr;gap:.4rem}dt{font-weight:600}footer{border-top:1px solid #ddd;padding:1rem 1.5rem;font-size:.85rem;color:#666;margin-top:2rem}`;
  const steps = stepIdx ? `<nav aria-label="${w.step}"><ol class="progress-steps">${[w.s1, w.s2, w.s3].map((s, i) => `<li class="${i + 1 === stepIdx ? 'active' : ''}"${i + 1 === stepIdx ? ' aria-current="step"' : ''}>${i + 1}. ${s}</li>`).join('')}</ol></nav>` : '';
  const body = `<a class="visually-hidden-focusable" href="#main" style="position:absolute;left:-999px">skip</a>
<header><nav class="navbar"><a class="navbar-brand" href="https://www.csam.be/${lang}/index.html">CSAM</a><span>${w.app}</span>
<span class="ms-auto">${w.as} <strong>${REP[lang].name}</strong></span>
<span>${langSwitch(lang, (l, act) => (act ? `<strong>${l.toUpperCase()}</strong> ` : `<a href="?lang=${l}">${l.toUpperCase()}</a> `))}</span>
<a class="btn btn-outline-secondary" href="/app032/camregistration/logout">${w.logout}</a></nav></header>
<main id="main" class="container"><h1>${h1 || w.proc}</h1>${steps}
${main}
</main>
<footer>CSAM · ${w.helpdesk} · <a href="https://www.csam.be/${lang}/contact.html">Contact</a> · © 2026</footer>`;
  return doc({ lang, title: `${title} – CSAM`, style, body });
}
