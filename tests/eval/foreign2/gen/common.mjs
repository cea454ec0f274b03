// Shared helpers for the foreign2 evaluation pages. Everything here is invented:
// people, firms, national numbers (valid check digits, computed below), e-mails @example.com.
export const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** The attribute that marks the element to ring. */
export const tg = (b) => (b ? ' data-eval-target' : '');

/** A Belgian national number (NISS/INSZ) with correct check digits. yy,mm,dd,ctr are strings. */
export function niss(yy, mm, dd, ctr) {
  const base = `${yy}${mm}${dd}${ctr}`;
  const n = BigInt(Number(yy) < 27 ? '2' + base : base);
  const k = String(97 - Number(n % 97n)).padStart(2, '0');
  return { raw: base + k, fmt: `${yy}.${mm}.${dd}-${ctr}.${k}` };
}
/** A BCE/KBO enterprise number with correct check digits; base7 is 7 digits. */
export function kbo(base7, first = '0') {
  const b = first + base7;
  const k = String(97 - (Number(b) % 97)).padStart(2, '0');
  const raw = b + k;
  return { raw, fmt: `${raw.slice(0, 4)}.${raw.slice(4, 7)}.${raw.slice(7)}` };
}

export const FIRMS = {
  fr: { name: 'Apothéca Nova SA', kbo: kbo('7312458') },
  nl: { name: 'Farmadelta NV', kbo: kbo('8845120') },
  de: { name: 'Heliopharm Ostbelgien AG', kbo: kbo('4471903') },
  en: { name: 'Bramblewood Therapeutics BV', kbo: kbo('2290617', '1') },
};
export const MANAGERS = {
  fr: { name: 'Solange Verhaeghe-Moreau', niss: niss('71', '04', '12', '118') },
  nl: { name: 'Wannes De Cuyper', niss: niss('68', '11', '03', '257') },
  de: { name: 'Ilse Brandenburger', niss: niss('75', '09', '21', '064') },
  en: { name: 'Margaret Oyelaran-Peeters', niss: niss('80', '02', '29', '332') },
};

export const LANGS = ['nl', 'fr', 'de', 'en'];

/** Chrome words, per language (the page contents are written page by page). */
export const C = {
  fr: {
    skip: 'Aller au contenu principal', cookieText: 'Ce site utilise des cookies indispensables à son fonctionnement et, avec votre accord, des cookies de mesure d’audience anonymes.',
    accept: 'Accepter tous les cookies', refuse: 'Cookies nécessaires uniquement', cookieMore: 'Politique en matière de cookies',
    logout: 'Se déconnecter', home: 'Accueil', contact: 'Contact', privacy: 'Vie privée', a11y: 'Accessibilité', terms: 'Conditions d’utilisation',
    loggedAs: 'Connecté en tant que', firm: 'Entreprise', help: 'Aide', language: 'Langue', here: 'Vous êtes ici :', menu: 'Menu', search: 'Rechercher', close: 'Fermer',
    ssTag: 'Portail de la sécurité sociale belge', csamTag: 'Votre accès aux services publics en ligne', contactCenter: 'Contact Center : 02 511 51 51 — du lundi au vendredi, de 7 h à 20 h',
    csamHelp: 'Helpdesk CSAM', copy: '© 2026 — Services publics fédéraux', group: 'Groupe',
    csam: { what: 'Qu’est-ce que CSAM ?', services: 'Services', keys: 'Mes clés numériques', gga: 'Gestion des gestionnaires d’accès', mandates: 'Gestion des mandats' },
    ss: { citizens: 'Citoyens', employers: 'Employeurs', pros: 'Professionnels', online: 'Services en ligne', news: 'Actualités' },
    app: { features: 'Fonctionnalités', home: 'Accueil', users: 'Utilisateurs', managers: 'Gestionnaires d’accès', apps: 'Applications', groups: 'Groupes', profile: 'Mon profil', help: 'Aide' },
  },
  nl: {
    skip: 'Naar de hoofdinhoud', cookieText: 'Deze website gebruikt cookies die nodig zijn voor de werking en, met uw toestemming, anonieme analytische cookies.',
    accept: 'Alle cookies aanvaarden', refuse: 'Enkel noodzakelijke cookies', cookieMore: 'Cookiebeleid',
    logout: 'Afmelden', home: 'Home', contact: 'Contact', privacy: 'Privacy', a11y: 'Toegankelijkheid', terms: 'Gebruiksvoorwaarden',
    loggedAs: 'Aangemeld als', firm: 'Onderneming', help: 'Help', language: 'Taal', here: 'U bent hier:', menu: 'Menu', search: 'Zoeken', close: 'Sluiten',
    ssTag: 'Portaal van de Belgische sociale zekerheid', csamTag: 'Uw toegang tot de online overheidsdiensten', contactCenter: 'Contactcenter: 02 511 51 51 — maandag tot vrijdag, 7 tot 20 uur',
    csamHelp: 'CSAM-helpdesk', copy: '© 2026 — Federale overheidsdiensten', group: 'Groep',
    csam: { what: 'Wat is CSAM?', services: 'Diensten', keys: 'Mijn digitale sleutels', gga: 'Beheer der toegangsbeheerders', mandates: 'Beheer van mandaten' },
    ss: { citizens: 'Burgers', employers: 'Werkgevers', pros: 'Professionals', online: 'Onlinediensten', news: 'Nieuws' },
    app: { features: 'Functionaliteiten', home: 'Startpagina', users: 'Gebruikers', managers: 'Toegangsbeheerders', apps: 'Toepassingen', groups: 'Groepen', profile: 'Mijn profiel', help: 'Help' },
  },
  de: {
    skip: 'Zum Hauptinhalt springen', cookieText: 'Diese Website verwendet technisch notwendige Cookies und, mit Ihrer Zustimmung, anonyme Statistik-Cookies.',
    accept: 'Alle Cookies akzeptieren', refuse: 'Nur notwendige Cookies', cookieMore: 'Cookie-Richtlinie',
    logout: 'Abmelden', home: 'Startseite', contact: 'Kontakt', privacy: 'Datenschutz', a11y: 'Barrierefreiheit', terms: 'Nutzungsbedingungen',
    loggedAs: 'Angemeldet als', firm: 'Unternehmen', help: 'Hilfe', language: 'Sprache', here: 'Sie sind hier:', menu: 'Menü', search: 'Suchen', close: 'Schließen',
    ssTag: 'Portal der belgischen sozialen Sicherheit', csamTag: 'Ihr Zugang zu den Online-Diensten der Behörden', contactCenter: 'Contact Center: 02 511 51 51 — Montag bis Freitag, 7 bis 20 Uhr',
    csamHelp: 'CSAM-Helpdesk', copy: '© 2026 — Föderale Öffentliche Dienste', group: 'Gruppe',
    csam: { what: 'Was ist CSAM?', services: 'Dienste', keys: 'Meine digitalen Schlüssel', gga: 'Verwaltung der Zugangsverwalter', mandates: 'Verwaltung der Mandate' },
    ss: { citizens: 'Bürger', employers: 'Arbeitgeber', pros: 'Fachleute', online: 'Online-Dienste', news: 'Aktuelles' },
    app: { features: 'Funktionen', home: 'Startseite', users: 'Benutzer', managers: 'Zugangsverwalter', apps: 'Anwendungen', groups: 'Gruppen', profile: 'Mein Profil', help: 'Hilfe' },
  },
  en: {
    skip: 'Skip to main content', cookieText: 'This site uses cookies that are needed for it to work and, if you agree, anonymous analytics cookies.',
    accept: 'Accept all cookies', refuse: 'Necessary cookies only', cookieMore: 'Cookie policy',
    logout: 'Log out', home: 'Home', contact: 'Contact', privacy: 'Privacy', a11y: 'Accessibility', terms: 'Terms of use',
    loggedAs: 'Signed in as', firm: 'Company', help: 'Help', language: 'Language', here: 'You are here:', menu: 'Menu', search: 'Search', close: 'Close',
    ssTag: 'Portal of Belgian social security', csamTag: 'Your key to government online services', contactCenter: 'Contact Center: 02 511 51 51 — Monday to Friday, 7 am to 8 pm',
    csamHelp: 'CSAM helpdesk', copy: '© 2026 — Federal public services', group: 'Group',
    csam: { what: 'What is CSAM?', services: 'Services', keys: 'My digital keys', gga: 'Management of access managers', mandates: 'Management of mandates' },
    ss: { citizens: 'Citizens', employers: 'Employers', pros: 'Professionals', online: 'Online services', news: 'News' },
    app: { features: 'Features', home: 'Home', users: 'Users', managers: 'Access managers', apps: 'Applications', groups: 'Groups', profile: 'My profile', help: 'Help' },
  },
};

/** Language links (nl fr de en), current one marked. */
export function langLinks(lang, hrefFor, cls = '', curAttr = ' aria-current="true"') {
  return LANGS.map((l) => `<a class="${cls}" href="${hrefFor(l)}" lang="${l}" hreflang="${l}"${l === lang ? curAttr : ''}>${l.toUpperCase()}</a>`).join(' ');
}

/** Whole document. htmlLang: undefined = lang, null = no lang attribute, string = that value. */
export function doc({ lang, htmlLang, title, style = '', head = '', bodyAttrs = '', body, htmlAttrs = '' }) {
  const la = htmlLang === null ? '' : ` lang="${htmlLang ?? lang}"`;
  return `<!DOCTYPE html>
<html${la}${htmlAttrs}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
${head}<style>${style}</style>
</head>
<body${bodyAttrs}>
${body}
</body>
</html>
`;
}

/** Deterministic pseudo-random for long lists. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => { a |= 0; a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}
const FIRST = ['Aline', 'Bert', 'Chloé', 'Dries', 'Elke', 'Fabien', 'Greet', 'Hakim', 'Inès', 'Jasper', 'Katrien', 'Lucas', 'Mona', 'Nathan', 'Oona', 'Pieter', 'Quentin', 'Rania', 'Sven', 'Tineke', 'Ulrike', 'Victor', 'Wendy', 'Xavier', 'Yasmina', 'Zeno'];
const LAST = ['Aerts', 'Bogaert', 'Claessens', 'Dewulf', 'Evrard', 'Fontaine', 'Goossens', 'Hermans', 'Istasse', 'Janssens', 'Kestemont', 'Lambrechts', 'Maes', 'Nys', 'Oosterlinck', 'Peeters', 'Quintens', 'Renard', 'Schepers', 'Thiry', 'Urbain', 'Vandenberghe', 'Willems', 'Yildiz', 'Zegers'];
/** n fake users {first,last,niss,email}. */
export function fakeUsers(n, seed = 7) {
  const r = rng(seed); const out = [];
  for (let i = 0; i < n; i++) {
    const f = FIRST[Math.floor(r() * FIRST.length)]; const l = LAST[Math.floor(r() * LAST.length)];
    const yy = String(60 + Math.floor(r() * 40)).padStart(2, '0'); const mm = String(1 + Math.floor(r() * 12)).padStart(2, '0');
    const dd = String(1 + Math.floor(r() * 28)).padStart(2, '0'); const ctr = String(1 + Math.floor(r() * 997)).padStart(3, '0');
    const email = `${f.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()}.${l.toLowerCase()}${i}@example.com`;
    out.push({ first: f, last: l, niss: niss(yy, mm, dd, ctr), email });
  }
  return out;
}
