// The social-security access-management application ("UMAN"), built eight ways.
import { SHELLS, mui, vt, adf, gov, portlet, ariaTree, ariaGrid } from './builds.mjs';
import { esc, tg, C, niss, fakeUsers, doc, FIRMS, MANAGERS } from './common.mjs';
import { appSide, GENERIC_TITLE_ADF, GENERIC_TITLE_MUI } from './util.mjs';

export const UMAN = [];
const add = (d) => UMAN.push(d);
const GROUP = { fr: 'Employeur ONSS', nl: 'Werkgever RSZ', de: 'LSS-Arbeitgeber', en: 'NSSO employer' };
const P = { // the new / existing users of these pages (fake)
  a: { first: 'Maëlle', last: 'Rousseaux', niss: niss('92', '06', '14', '272'), email: 'maelle.rousseaux@example.com', phone: '+32 470 00 00 00' },
  b: { first: 'Joris', last: 'Van den Eynde', niss: niss('88', '10', '02', '149'), email: 'joris.vandeneynde@example.com', phone: '+32 490 00 00 00' },
  c: { first: 'Annelies', last: 'Kriescher', niss: niss('79', '03', '27', '086'), email: 'annelies.kriescher@example.com', phone: '+32 80 00 00 00' },
  d: { first: 'Tobias', last: 'Ndiaye-Lambert', niss: niss('01', '12', '05', '317'), email: 'tobias.ndiaye@example.com', phone: '+32 2 000 00 00' },
  e: { first: 'Griet', last: 'Vanhoutte', niss: niss('95', '02', '11', '404'), email: 'griet.vanhoutte@example.com', phone: '+32 9 000 00 00' },
};
const appUrl = (lang, route) => `https://www.socialsecurity.be/uman/${lang}/#/${route}`;
const adfUrl = (page) => `https://www.socialsecurity.be/portail/uman/faces/${page}.jspx?_adf.ctrl-state=1b9x7qk2_4&_afrLoop=48211930412`;
const APPS = {
  fr: [['dimona', 'Dimona — déclaration immédiate d’emploi'], ['dmfa', 'DmfA — déclaration trimestrielle'], ['trfpp', 'TR-FPP'], ['ebox', 'e-Box entreprise'], ['chom', 'Chômage temporaire']],
  nl: [['dimona', 'Dimona — onmiddellijke aangifte van tewerkstelling'], ['dmfa', 'DmfA — driemaandelijkse aangifte'], ['trfpp', 'TR-FPP'], ['ebox', 'e-Box onderneming'], ['chom', 'Tijdelijke werkloosheid']],
  de: [['dimona', 'Dimona — sofortige Beschäftigungsmeldung'], ['dmfa', 'DmfA — vierteljährliche Meldung'], ['trfpp', 'TR-FPP'], ['ebox', 'e-Box Unternehmen'], ['chom', 'Zeitweilige Arbeitslosigkeit']],
  en: [['dimona', 'Dimona — immediate declaration of employment'], ['dmfa', 'DmfA — quarterly declaration'], ['trfpp', 'TR-FPP'], ['ebox', 'Company e-Box'], ['chom', 'Temporary unemployment']],
};

// =============================================================== uman-groups
add({
  id: 'f2-uman-groups-nl-vuetify-1', journey: 'add-access', page: 'uman-groups', lang: 'nl', build: 'vuetify',
  url: appUrl('nl', 'groepen'), expect: { kind: 'step', step: 'employer-group' },
  note: 'groups in a v-data-table; group name is a router link in the first cell; other groups inactive; no Features menu yet',
  html: () => SHELLS.vuetify({ lang: 'nl', site: 'app', title: 'Toegangsbeheer', crumbs: [['Toegangsbeheer', '#/'], ['Mijn groepen']], body: `
<h1 class="text-h4 mb-2">Kies een groep</h1>
<p class="text-body-1">Uw onderneming behoort tot de volgende groepen. Een groep bundelt de machtigingen die bij een rol horen; selecteer de groep waarvoor u gebruikers wilt beheren.</p>
${vt.table(['Groep', 'Omschrijving', 'Status'], [
  [`<a class="text-primary" href="#/groepen/werkgever-rsz"${tg(true)}>Werkgever RSZ</a>`, 'Automatisch geactiveerd op basis van de RSZ-inschrijving', '<span class="v-chip v-chip--size-small bg-success"><span class="v-chip__content">Actief</span></span>'],
  ['<a class="text-primary" href="#/groepen/dienstverlener">Dienstverlener</a>', 'Onderneming die aangiften doet voor rekening van klanten', '<span class="v-chip v-chip--size-small"><span class="v-chip__content">Actief</span></span>'],
  ['<span class="text-disabled">Sociaal secretariaat</span>', 'Erkend sociaal secretariaat', '<span class="v-chip v-chip--size-small"><span class="v-chip__content">Niet actief</span></span>'],
])}` }),
});
add({
  id: 'f2-uman-groups-de-adf-1', journey: 'remove-access', page: 'uman-groups', lang: 'de', build: 'adf', htmlLang: 'en-US',
  url: adfUrl('gruppen'), expect: { kind: 'step', step: 'employer-group' },
  note: 'WRONG lang (html lang="en-US", ADF default) on a German page; generic <title> shared by all ADF pages; af_table with commandLinks',
  html: () => SHELLS.adf({ lang: 'de', htmlLang: 'en-US', site: 'app', title: GENERIC_TITLE_ADF, crumbs: [['Zugangsverwaltung', '#'], ['Gruppenauswahl']], body: `
${adf.header('pt1:r1:0:ph1', 'Gruppenauswahl')}
<span class="af_outputText">Wählen Sie die Gruppe, in der Sie die Zugänge Ihres Unternehmens verwalten möchten.</span>
${adf.table('pt1:r1:0:t1', ['Gruppe', 'Beschreibung', 'Aktiv seit'], [
  [adf.link('pt1:r1:0:t1:0:cl1', 'LSS-Arbeitgeber', { target: true }), 'Arbeitgeber mit LSS-Registrierung', '01.03.2004'],
  [adf.link('pt1:r1:0:t1:1:cl1', 'Dienstleister'), 'Erledigt Meldungen für Dritte', '15.09.2011'],
  [adf.link('pt1:r1:0:t1:2:cl1', 'Einrichtung der Gesundheitspflege'), 'Zugelassene Einrichtung', '—'],
])}` }),
});
add({
  id: 'f2-uman-groups-en-mui-1', journey: 'add-access', page: 'uman-groups', lang: 'en', build: 'mui',
  url: appUrl('en', 'groups'), expect: { kind: 'step', step: 'employer-group' },
  note: 'groups as MuiListItemButton (div role=button) with secondary text; EN employer group "NSSO employer" is a guess; generic <title>',
  html: () => SHELLS.mui({ lang: 'en', site: 'app', title: GENERIC_TITLE_MUI, crumbs: [['Access management', '#/'], ['Your groups']], body: `
${mui.h(1, 'Select a group', 'h4')}
${mui.p('Your company is registered in the groups below. Each group comes with the authorisations of one role.')}
${mui.paper(`<ul class="MuiList-root MuiList-padding">${[['NSSO employer', 'Activated automatically from the NSSO register of employers', true], ['Service provider', 'Submits declarations on behalf of clients'], ['Care institution', 'Recognised by RIZIV-INAMI']].map(([t, s, x]) => `<li class="MuiListItem-root"><div class="MuiButtonBase-root MuiListItemButton-root MuiListItemButton-gutters" role="button" tabindex="0"${tg(!!x)}><div class="MuiListItemAvatar-root"><div class="MuiAvatar-root">${t[0]}</div></div><div class="MuiListItemText-root MuiListItemText-multiline"><span class="MuiTypography-root MuiListItemText-primary">${t}</span><p class="MuiTypography-root MuiListItemText-secondary">${s}</p></div></div></li>`).join('')}</ul>`)}` }),
});
add({
  id: 'f2-uman-groups-fr-webcomponents-1', journey: 'remove-access', page: 'uman-groups', lang: 'fr', build: 'webcomponents',
  url: appUrl('fr', 'groupes'), expect: { kind: 'step', step: 'employer-group' },
  note: 'each group is an <sl-card>; ringed = the <sl-button> whose text is the group name',
  html: () => SHELLS.webcomponents({ lang: 'fr', site: 'app', title: 'Choix du groupe – Gestion des accès', crumbs: [['Gestion des accès', '#/'], ['Groupes']], body: `
<h1>Vos groupes</h1>
<p>Choisissez le groupe pour lequel vous souhaitez gérer les utilisateurs et leurs accès.</p>
<sl-card><sl-button variant="primary" href="#/groupes/employeur"${tg(true)}>Employeur ONSS</sl-button><p>Groupe activé automatiquement à partir du répertoire des employeurs de l’ONSS.</p></sl-card>
<sl-card><sl-button href="#/groupes/prestataire">Prestataire de services</sl-button><p>Effectue des déclarations pour le compte de clients.</p></sl-card>
<sl-card><sl-button disabled>Secrétariat social agréé</sl-button><p>Non activé pour votre entreprise.</p></sl-card>` }),
});

// =============================================================== uman-group-home
add({
  id: 'f2-uman-group-home-fr-mui-1', journey: 'add-access', page: 'uman-group-home', lang: 'fr', build: 'mui',
  url: appUrl('fr', 'groupes/employeur'), expect: { kind: 'step', step: 'users-menu' },
  note: 'permanent MUI drawer with ListSubheader "Fonctionnalités"; "Utilisateurs" is a div role=button ListItemButton; dashboard cards also mention users',
  html: () => SHELLS.mui({ lang: 'fr', site: 'app', group: GROUP.fr, title: GENERIC_TITLE_MUI, side: appSide('fr', { active: 'home', target: 'users' }), crumbs: [['Gestion des accès', '#/'], ['Employeur ONSS']], body: `
${mui.h(1, 'Groupe Employeur ONSS', 'h4')}
${mui.p('Bienvenue. Depuis ce groupe, vous gérez les comptes des collaborateurs de votre entreprise et leurs accès aux applications sécurisées.')}
<div class="MuiGrid-root MuiGrid-container">${mui.paper(`${mui.h(2, 'Comptes actifs', 'h6')}<p class="MuiTypography-root MuiTypography-h3">14</p>`)}${mui.paper(`${mui.h(2, 'Gestionnaires d’accès', 'h6')}<p class="MuiTypography-root MuiTypography-h3">2</p>`)}</div>` }),
});
add({
  id: 'f2-uman-group-home-nl-aria-1', journey: 'remove-access', page: 'uman-group-home', lang: 'nl', build: 'aria',
  url: appUrl('nl', 'groep/werkgever'), expect: { kind: 'step', step: 'users-menu' },
  note: 'menu is a role=tree; "Functionaliteiten" treeitem expanded with child treeitem "Gebruikers" (ringed); a collapsed "Instellingen" branch',
  html: () => SHELLS.aria({ lang: 'nl', site: 'app', group: GROUP.nl, title: 'Werkgever RSZ - Toegangsbeheer', side: { title: 'Navigatie', html: ariaTree('Navigatie', [
    { label: 'Functionaliteiten', expanded: true, children: [{ label: 'Overzicht', active: true }, { label: 'Gebruikers', target: true }, { label: 'Toegangsbeheerders' }, { label: 'Toepassingen' }] },
    { label: 'Instellingen', expanded: false, children: [{ label: 'Mijn profiel' }, { label: 'Meldingen' }] },
    { label: 'Help' },
  ]) }, crumbs: [['Toegangsbeheer', '#/'], ['Werkgever RSZ']], body: `
<h1>Werkgever RSZ</h1>
<p>U beheert hier de gebruikers van <strong>${FIRMS.nl.name}</strong> binnen de groep Werkgever RSZ. Kies een functionaliteit in het menu.</p>
<section aria-labelledby="news-h"><h2 id="news-h">Mededelingen</h2><p>Vanaf 1 januari moeten alle gebruikers een geldig e-mailadres hebben.</p></section>` }),
});
add({
  id: 'f2-uman-group-home-de-vuetify-1', journey: 'add-access', page: 'uman-group-home', lang: 'de', build: 'vuetify',
  url: appUrl('de', 'gruppe/lss-arbeitgeber'), expect: { kind: 'step', step: 'users-menu' },
  note: 'COLLAPSED v-list-group "Funktionalitäten" (aria-expanded=false, children hidden) holds "Benutzer": ring the group activator',
  html: () => SHELLS.vuetify({ lang: 'de', site: 'app', group: GROUP.de, title: 'Zugangsverwaltung', side: { title: 'Navigation', items: [
    { label: 'Übersicht', href: '#/', active: true, icon: 'home' },
    { label: 'Funktionalitäten', expanded: false, target: true, children: [{ label: 'Benutzer', href: '#/benutzer', icon: 'account-multiple' }, { label: 'Zugangsverwalter', href: '#/verwalter' }, { label: 'Anwendungen', href: '#/anwendungen' }] },
    { label: 'Hilfe', href: '#/hilfe', icon: 'help-circle' },
  ] }, crumbs: [['Zugangsverwaltung', '#/'], ['LSS-Arbeitgeber']], body: `
<h1 class="text-h4">LSS-Arbeitgeber</h1>
${vt.alert('info', 'Öffnen Sie das Menü „Funktionalitäten“, um Benutzer anzulegen oder deren Zugänge zu ändern.')}
${vt.card('Ihr Unternehmen', `<dl><dt>Name</dt><dd>${FIRMS.de.name}</dd><dt>Unternehmensnummer</dt><dd>${FIRMS.de.kbo.fmt}</dd></dl>`)}` }),
});
add({
  id: 'f2-uman-group-home-en-adf-1', journey: 'remove-access', page: 'uman-group-home', lang: 'en', build: 'adf',
  url: adfUrl('groupHome'), expect: { kind: 'step', step: 'users-menu' },
  note: 'ADF panelAccordion "Functionalities" with af_commandNavigationItem links; generic <title>',
  html: () => SHELLS.adf({ lang: 'en', site: 'app', group: GROUP.en, title: GENERIC_TITLE_ADF, side: appSide('en', { active: 'home', target: 'users', title: 'Functionalities' }), crumbs: [['Access management', '#'], ['NSSO employer']], body: `
${adf.header('pt1:r1:0:ph1', 'NSSO employer — overview')}
<span class="af_outputText">Use the Functionalities menu to manage the user accounts of ${FIRMS.en.name}.</span>
${adf.form([adf.row('pt1:r1:0:ot1', 'Company', adf.input('pt1:r1:0:ot1', { readonly: true, value: FIRMS.en.name })), adf.row('pt1:r1:0:ot2', 'Enterprise number', adf.input('pt1:r1:0:ot2', { readonly: true, value: FIRMS.en.kbo.fmt })), adf.row('pt1:r1:0:ot3', 'Number of users', adf.input('pt1:r1:0:ot3', { readonly: true, value: '9' }))])}` }),
});

// =============================================================== uman-add-user
add({
  id: 'f2-uman-add-user-nl-govuk-1', journey: 'add-access', page: 'uman-add-user', lang: 'nl', build: 'govuk',
  url: appUrl('nl', 'gebruikers/toevoegen'), expect: { kind: 'step', step: 'add-user' },
  note: 'label is the page heading (govuk label-as-h1) "Een gebruiker toevoegen"; the field label is in the h1, the INSZ term only in the hint',
  html: () => SHELLS.govuk({ lang: 'nl', site: 'app', group: GROUP.nl, appTitle: 'Toegangsbeheer', title: 'Een gebruiker toevoegen - Toegangsbeheer', side: appSide('nl', { active: 'users' }), crumbs: [['Werkgever RSZ', '#/'], ['Gebruikers', '#/gebruikers'], ['Toevoegen']], body: `
<form method="post" novalidate>
${gov.input('insz', 'Een gebruiker toevoegen', { labelIsHeading: true, hint: 'Vul het INSZ in (rijksregisternummer of bisnummer, 11 cijfers) van de persoon die u wilt toevoegen.', width: '20', inputmode: 'numeric', target: true })}
<div class="govuk-button-group">${gov.button('Volgende')}<a class="govuk-link" href="#/gebruikers">Annuleren</a></div>
</form>` }),
});
add({
  id: 'f2-uman-add-user-fr-adf-1', journey: 'add-access', page: 'uman-add-user', lang: 'fr', build: 'adf', inFrame: true,
  url: 'https://www.socialsecurity.be/portail/uman/faces/content/ajoutUtilisateur.jspx?lang=fr', expect: { kind: 'step', step: 'add-user' },
  note: 'content-frame document of an old frameset (inFrame): no menu, ADF form layout, label "NISS" in span.xfn, button as af_commandButton link',
  html: () => doc({ lang: 'fr', title: GENERIC_TITLE_ADF, style: 'body{font:12px Tahoma,sans-serif}.xfn{color:#555}', bodyAttrs: ' class="AFSkin-fusionFx"', body: `<div id="pt1:d1" class="af_document"><form id="f1" method="POST" action="/portail/uman/faces/content/ajoutUtilisateur.jspx" onsubmit="return false;">
<div class="af_breadCrumbs" role="navigation"><a class="af_breadCrumbs_step" href="#">Employeur ONSS</a> &gt; <a class="af_breadCrumbs_step" href="#">Utilisateurs</a> &gt; <span class="af_breadCrumbs_step p_AFSelected">Ajouter</span></div>
${adf.header('pt1:r1:0:ph1', 'Ajouter un utilisateur')}
<span class="af_outputText">Introduisez le numéro d’identification de la sécurité sociale de la personne. Si elle possède déjà un compte, vous pourrez modifier ses accès.</span>
${adf.form([adf.row('pt1:r1:0:it1', 'NISS', adf.input('pt1:r1:0:it1', { target: true, required: true, size: 15 }), { required: true })])}
<div class="af_panelGroupLayout buttons">${adf.button('pt1:r1:0:cb1', 'Annuler', { kind: 'link' })} ${adf.button('pt1:r1:0:cb3', 'Suivant', { kind: 'link', primary: true })}</div>
<input type="hidden" name="javax.faces.ViewState" value="!-88kq1x">
</form></div>` }),
});
add({
  id: 'f2-uman-add-user-de-mui-1', journey: 'add-access', page: 'uman-add-user', lang: 'de', build: 'mui',
  url: appUrl('de', 'benutzer/neu'), expect: { kind: 'step', step: 'add-user' },
  note: 'VALIDATION ERROR after submitting empty: MuiAlert error + aria-invalid=true field still empty; label "INSZ-Nummer der Person"',
  html: () => SHELLS.mui({ lang: 'de', site: 'app', group: GROUP.de, title: GENERIC_TITLE_MUI, side: appSide('de', { active: 'users' }), crumbs: [['LSS-Arbeitgeber', '#/'], ['Benutzer', '#/benutzer'], ['Benutzer hinzufügen']], body: `
${mui.h(1, 'Benutzer hinzufügen', 'h4')}
${mui.alert('error', 'Das Formular enthält einen Fehler. Bitte korrigieren Sie die markierten Felder.', 'Eingabe unvollständig')}
<form novalidate class="MuiBox-root">${mui.text('niss-input', 'INSZ-Nummer der Person', { required: true, invalid: true, helper: 'Pflichtfeld: geben Sie die 11 Ziffern der Erkennungsnummer der sozialen Sicherheit ein.', target: true })}
<div class="MuiStack-root">${mui.button('Abbrechen', { variant: 'text' })}${mui.button('Weiter', { attrs: ' type="submit"' })}</div></form>` }),
});
add({
  id: 'f2-uman-add-user-en-webcomponents-1', journey: 'add-access', page: 'uman-add-user', lang: 'en', build: 'webcomponents',
  url: appUrl('en', 'users/add'), expect: { kind: 'step', step: 'add-user' },
  note: 'field is <sl-input label="…"> whose label exists ONLY as an attribute (light DOM, no inner <input>); button <sl-button>',
  html: () => SHELLS.webcomponents({ lang: 'en', site: 'app', group: GROUP.en, title: 'Add a user · Access management', side: appSide('en', { active: 'users' }), crumbs: [['NSSO employer', '#/'], ['Users', '#/users'], ['Add a user']], body: `
<h1>Add a user</h1>
<p>Enter the social-security identification number of the person. We check it against the National Register.</p>
<form class="add-user"><sl-input name="niss" label="National Register or BIS number (NISS)" help-text="11 digits, e.g. YY.MM.DD-XXX.CC" required clearable inputmode="numeric"${tg(true)}></sl-input>
<sl-button variant="default" href="#/users">Cancel</sl-button> <sl-button type="submit" variant="primary">Next</sl-button></form>` }),
});

// =============================================================== uman-users-list
const many = fakeUsers(320, 11);
add({
  id: 'f2-uman-users-list-en-mui-1', journey: 'add-access', page: 'uman-users-list', lang: 'en', build: 'mui',
  url: appUrl('en', 'users'), expect: { kind: 'step', step: 'add-user' },
  note: '320 user rows in a MuiDataGrid (div role=row / gridcell), each with an Edit icon button; the "Add user" button sits in the grid toolbar',
  html: () => SHELLS.mui({ lang: 'en', site: 'app', group: GROUP.en, title: GENERIC_TITLE_MUI, side: appSide('en', { active: 'users' }), crumbs: [['NSSO employer', '#/'], ['Users']], body: `
${mui.h(1, 'Users', 'h4')}
<div class="MuiDataGrid-toolbarContainer">${mui.button('Add user', { target: true, icon: '<span class="MuiButton-startIcon"><svg class="MuiSvgIcon-root" aria-hidden="true" viewBox="0 0 24 24"><path d="M19 13h-6v6h-2v-6H5v-2h6V5h2v6h6v2z"></path></svg></span>' })}${mui.button('Export', { variant: 'text' })}<div class="MuiFormControl-root"><input class="MuiInputBase-input" type="search" placeholder="Search…" aria-label="Search"></div></div>
${mui.grid(['Last name', 'First name', 'NISS', 'E-mail', 'Actions'], many.map((u) => [u.last, u.first, u.niss.fmt, u.email, `<button class="MuiButtonBase-root MuiIconButton-root" type="button" aria-label="Edit ${u.first} ${u.last}"><svg class="MuiSvgIcon-root" aria-hidden="true" viewBox="0 0 24 24"><path d="M3 17.25V21h3.75"></path></svg></button>`]), { label: 'Users' })}
<div class="MuiDataGrid-footerContainer"><p class="MuiTablePagination-displayedRows">1–320 of 320</p></div>` }),
});
add({
  id: 'f2-uman-users-list-fr-vuetify-1', journey: 'add-access', page: 'uman-users-list', lang: 'fr', build: 'vuetify',
  url: appUrl('fr', 'utilisateurs'), expect: { kind: 'step', step: 'add-user' },
  note: 'v-data-table of 12 users; add button worded "Nouvel utilisateur" with a plus icon in a v-toolbar above the table',
  html: () => SHELLS.vuetify({ lang: 'fr', site: 'app', group: GROUP.fr, title: 'Gestion des accès', side: { title: 'Fonctionnalités', items: appSide('fr', { active: 'users' }).items }, crumbs: [['Employeur ONSS', '#/'], ['Utilisateurs']], body: `
<div class="v-toolbar v-toolbar--flat"><div class="v-toolbar__content"><div class="v-toolbar-title">Utilisateurs de l’entreprise</div><div class="v-spacer"></div>${vt.btn('Nouvel utilisateur', { target: true, icon: 'account-plus' })}</div></div>
${vt.table(['Nom', 'Prénom', 'NISS', 'Applications', ''], fakeUsers(12, 5).map((u) => [u.last, u.first, u.niss.fmt, 'Dimona, DmfA', vt.btn('', { variant: 'text', icon: 'pencil', attrs: ` aria-label="Modifier ${u.first} ${u.last}"` })]))}` }),
});
add({
  id: 'f2-uman-users-list-de-plain-1', journey: 'add-access', page: 'uman-users-list', lang: 'de', build: 'plain',
  url: 'https://www.socialsecurity.be/uman/de/benutzer.do?gruppe=ARB', expect: { kind: 'step', step: 'add-user' },
  note: 'server-rendered table; the add link "Neuen Benutzer hinzufügen" sits BELOW the table',
  html: () => SHELLS.plain({ lang: 'de', site: 'app', group: GROUP.de, title: 'Benutzer – Zugangsverwaltung', side: appSide('de', { active: 'users' }), crumbs: [['LSS-Arbeitgeber', 'start.do'], ['Benutzer']], body: `
<h1>Benutzer</h1>
<table border="1" cellpadding="4"><caption>Benutzer Ihres Unternehmens (8)</caption><thead><tr><th scope="col">Name</th><th scope="col">INSZ</th><th scope="col">Anwendungen</th><th scope="col">Aktion</th></tr></thead><tbody>
${fakeUsers(8, 21).map((u) => `<tr><td>${u.last}, ${u.first}</td><td>${u.niss.fmt}</td><td>Dimona</td><td><a href="benutzer.do?id=${u.niss.raw.slice(-4)}&amp;aktion=bearbeiten">Bearbeiten</a></td></tr>`).join('')}
</tbody></table>
<p><a href="benutzerNeu.do"${tg(true)}>Neuen Benutzer hinzufügen</a></p>` }),
});

// =============================================================== uman-new-user (first empty required field)
add({
  id: 'f2-uman-new-user-fr-govuk-1', journey: 'add-access', page: 'uman-new-user', lang: 'fr', build: 'govuk',
  url: appUrl('fr', 'utilisateurs/nouveau'), expect: { kind: 'step', step: 'fill-required' },
  note: 'VALIDATION ERRORS after submit: govuk-error-summary; NISS shown read-only in a summary list; "Nom" (empty, aria-invalid) is the first empty required field',
  html: () => SHELLS.govuk({ lang: 'fr', site: 'app', group: GROUP.fr, appTitle: 'Gestion des accès', title: 'Erreur : Nouvel utilisateur - Gestion des accès', side: appSide('fr', { active: 'users' }), crumbs: [['Employeur ONSS', '#/'], ['Utilisateurs', '#/utilisateurs'], ['Nouvel utilisateur']], body: `
${gov.errorSummary('Il y a un problème', [['Indiquez le nom de l’utilisateur', 'nom'], ['Indiquez une adresse e-mail', 'email']])}
<h1 class="govuk-heading-l">Créer un nouvel utilisateur</h1>
${gov.summary([['NISS', P.a.niss.fmt]])}
<form method="post" novalidate>
${gov.input('nom', 'Nom (obligatoire)', { error: 'Indiquez le nom de l’utilisateur', required: true, target: true, autocomplete: 'family-name' })}
${gov.input('prenom', 'Prénom (obligatoire)', { value: P.a.first, required: true, autocomplete: 'given-name' })}
${gov.input('email', 'Adresse e-mail professionnelle (obligatoire)', { error: 'Indiquez une adresse e-mail', required: true, autocomplete: 'email' })}
${gov.input('tel', 'Numéro de téléphone (facultatif)', { width: '20' })}
<div class="govuk-form-group"><fieldset class="govuk-fieldset"><legend class="govuk-fieldset__legend govuk-fieldset__legend--m">Applications sécurisées</legend><div class="govuk-checkboxes govuk-checkboxes--small">${APPS.fr.map(([k, l]) => gov.checkbox(`app-${k}`, l)).join('')}</div></fieldset></div>
${gov.button('Enregistrer')}</form>` }),
});
add({
  id: 'f2-uman-new-user-nl-vuetify-1', journey: 'add-access', page: 'uman-new-user', lang: 'nl', build: 'vuetify',
  url: appUrl('nl', 'gebruikers/nieuw'), expect: { kind: 'step', step: 'fill-required' },
  note: 'name fields pre-filled READONLY from the National Register; the first empty required field is "E-mailadres" (marked by aria-required only)',
  html: () => SHELLS.vuetify({ lang: 'nl', site: 'app', group: GROUP.nl, title: 'Toegangsbeheer', side: { title: 'Functionaliteiten', items: appSide('nl', { active: 'users' }).items }, crumbs: [['Werkgever RSZ', '#/'], ['Gebruikers', '#/gebruikers'], ['Nieuwe gebruiker']], body: `
<h1 class="text-h4">Nieuwe gebruiker aanmaken</h1>
<p class="text-body-2">Velden met * zijn verplicht. Naam en voornaam komen uit het Rijksregister.</p>
<form class="v-form" novalidate>
<div class="v-row"><div class="v-col-6">${vt.text(31, 'INSZ', { value: P.b.niss.fmt, readonly: true })}</div></div>
<div class="v-row"><div class="v-col-6">${vt.text(32, 'Naam', { value: P.b.last, readonly: true })}</div><div class="v-col-6">${vt.text(33, 'Voornaam', { value: P.b.first, readonly: true })}</div></div>
${vt.text(34, 'E-mailadres', { required: true, ariaRequired: true, target: true, type: 'email' })}
${vt.text(35, 'Telefoonnummer', { required: true, ariaRequired: true, type: 'tel' })}
${vt.text(36, 'Functie', { hint: 'Optioneel' })}
<h2 class="text-h6">Beveiligde toepassingen</h2>
${APPS.nl.map(([k, l], i) => vt.checkbox(40 + i, l, { value: k })).join('')}
${vt.btn('Opslaan')} ${vt.btn('Annuleren', { variant: 'text', color: 'surface' })}
</form>` }),
});
add({
  id: 'f2-uman-new-user-de-adf-1', journey: 'add-access', page: 'uman-new-user', lang: 'de', build: 'adf',
  url: adfUrl('neuerBenutzer'), expect: { kind: 'step', step: 'fill-required' },
  note: 'required marked ONLY by an asterisk <abbr> in the ADF label cell (no required / aria-required); first such empty field "Nachname"; an optional "Titel" field comes first',
  html: () => SHELLS.adf({ lang: 'de', site: 'app', group: GROUP.de, title: GENERIC_TITLE_ADF, side: appSide('de', { active: 'users', title: 'Funktionalitäten' }), crumbs: [['LSS-Arbeitgeber', '#'], ['Benutzer', '#'], ['Neuer Benutzer']], body: `
${adf.header('pt1:r1:0:ph1', 'Neuen Benutzer anlegen')}
${adf.form([
  adf.row('pt1:r1:0:ot1', 'INSZ', adf.input('pt1:r1:0:ot1', { readonly: true, value: P.c.niss.fmt })),
  adf.row('pt1:r1:0:it0', 'Titel', adf.input('pt1:r1:0:it0', { size: 8 })),
  adf.row('pt1:r1:0:it1', 'Nachname', adf.input('pt1:r1:0:it1', { target: true }), { required: true }),
  adf.row('pt1:r1:0:it2', 'Vorname', adf.input('pt1:r1:0:it2'), { required: true }),
  adf.row('pt1:r1:0:it3', 'E-Mail-Adresse', adf.input('pt1:r1:0:it3'), { required: true }),
  adf.row('pt1:r1:0:it4', 'Telefon', adf.input('pt1:r1:0:it4')),
])}
${adf.header('pt1:r1:0:ph2', 'Gesicherte Anwendungen', 2)}
${APPS.de.map(([k, l], i) => adf.check(`pt1:r1:0:sbc${i}`, l)).join('<br>')}
<div class="buttons">${adf.button('pt1:r1:0:cb2', 'Abbrechen')} ${adf.button('pt1:r1:0:cb3', 'Speichern', { primary: true })}</div>` }),
});
add({
  id: 'f2-uman-new-user-en-plain-1', journey: 'add-access', page: 'uman-new-user', lang: 'en', build: 'plain',
  url: 'https://www.socialsecurity.be/uman/en/newUser.do', expect: { kind: 'step', step: 'fill-required' },
  note: 'server-rendered <fieldset>s; "Surname" (required attr) follows an optional "Preferred name"; NISS shown as text in a <dl>',
  html: () => SHELLS.plain({ lang: 'en', site: 'app', group: GROUP.en, title: 'New user - Access management', side: appSide('en', { active: 'users' }), crumbs: [['NSSO employer', 'home.do'], ['Users', 'users.do'], ['New user']], body: `
<h1>New user</h1>
<p>Fields marked <abbr title="required">*</abbr> are mandatory.</p>
<dl><dt>National number (NISS)</dt><dd>${P.d.niss.fmt}</dd></dl>
<form method="post" action="newUser.do">
<fieldset><legend>Identity</legend>
<p><label for="pref">Preferred name</label><br><input id="pref" name="pref"></p>
<p><label for="surname">Surname <abbr title="required">*</abbr></label><br><input id="surname" name="surname" required${tg(true)}></p>
<p><label for="given">Given name <abbr title="required">*</abbr></label><br><input id="given" name="given" required></p>
</fieldset>
<fieldset><legend>Contact</legend>
<p><label for="mail">E-mail <abbr title="required">*</abbr></label><br><input id="mail" name="mail" type="email" required></p>
<p><label for="phone">Phone</label><br><input id="phone" name="phone" type="tel"></p>
<p><label for="lang">Language</label><br><select id="lang" name="lang"><option>English</option><option>Nederlands</option><option>Français</option><option>Deutsch</option></select></p>
</fieldset>
<fieldset><legend>Secured applications</legend>
${APPS.en.map(([k, l]) => `<label><input type="checkbox" name="app" value="${k}"> ${l}</label><br>`).join('')}
</fieldset>
<p><input type="submit" value="Save"> <a href="users.do">Cancel</a></p>
</form>` }),
});

// =============================================================== uman-existing-person → edit-existing
add({
  id: 'f2-uman-existing-person-nl-mui-1', journey: 'add-access', page: 'uman-existing-person', lang: 'nl', build: 'mui',
  url: appUrl('nl', `gebruikers/${P.e.niss.raw}`), expect: { kind: 'step', step: 'edit-existing' },
  note: 'TOAST (MuiSnackbar + Alert) says the person already has an account; the page is her read-only profile with a "Gegevens wijzigen" button',
  html: () => SHELLS.mui({ lang: 'nl', site: 'app', group: GROUP.nl, title: GENERIC_TITLE_MUI, side: appSide('nl', { active: 'users' }), crumbs: [['Werkgever RSZ', '#/'], ['Gebruikers', '#/gebruikers'], [`${P.e.first} ${P.e.last}`]],
    toast: mui.alert('info', 'Deze persoon heeft al een gebruikersaccount binnen uw onderneming. U kunt haar gegevens en toegangen wijzigen.'), body: `
${mui.h(1, `${P.e.first} ${P.e.last}`, 'h4')}
${mui.paper(`<dl class="MuiBox-root"><dt>INSZ</dt><dd>${P.e.niss.fmt}</dd><dt>E-mail</dt><dd>${P.e.email}</dd><dt>Beveiligde toepassingen</dt><dd>Dimona, e-Box onderneming</dd></dl>`)}
<div class="MuiStack-root">${mui.button('Terug naar de lijst', { variant: 'outlined' })}${mui.button('Gegevens wijzigen', { target: true })}</div>` }),
});
add({
  id: 'f2-uman-existing-person-fr-plain-1', journey: 'add-access', page: 'uman-existing-person', lang: 'fr', build: 'plain',
  url: 'https://www.socialsecurity.be/uman/fr/utilisateur.do?action=ajouter', expect: { kind: 'step', step: 'edit-existing' },
  note: 'plain notice paragraph + <dl>; the edit action is a link "Modifier ses données et ses accès" at the end of the notice',
  html: () => SHELLS.plain({ lang: 'fr', site: 'app', group: GROUP.fr, title: 'Ajouter un utilisateur - Gestion des accès', side: appSide('fr', { active: 'users' }), crumbs: [['Employeur ONSS', 'accueil.do'], ['Utilisateurs', 'utilisateurs.do'], ['Ajouter']], body: `
<h1>Ajouter un utilisateur</h1>
<div class="notice" role="status"><p><strong>Cette personne est déjà enregistrée comme utilisateur de votre entreprise.</strong> Vous ne pouvez pas la créer une seconde fois. <a href="utilisateur.do?niss=${P.a.niss.raw}&amp;action=modifier"${tg(true)}>Modifier ses données et ses accès</a></p></div>
<dl><dt>NISS</dt><dd>${P.a.niss.fmt}</dd><dt>Nom</dt><dd>${P.a.last} ${P.a.first}</dd><dt>Adresse e-mail</dt><dd>${P.a.email}</dd><dt>Applications sécurisées</dt><dd>Dimona ; DmfA</dd></dl>
<p><a href="ajouter.do">Ajouter une autre personne</a></p>` }),
});
add({
  id: 'f2-uman-existing-person-de-webcomponents-1', journey: 'add-access', page: 'uman-existing-person', lang: 'de', build: 'webcomponents',
  url: appUrl('de', 'benutzer/vorhanden'), expect: { kind: 'step', step: 'edit-existing' },
  note: '<sl-alert variant="warning" open> notice; edit action "Benutzer bearbeiten" is an <sl-button>; a "Neue Suche" sl-button beside it',
  html: () => SHELLS.webcomponents({ lang: 'de', site: 'app', group: GROUP.de, title: 'Benutzer hinzufügen – Zugangsverwaltung', side: appSide('de', { active: 'users' }), crumbs: [['LSS-Arbeitgeber', '#/'], ['Benutzer', '#/benutzer'], ['Hinzufügen']], body: `
<h1>Benutzer hinzufügen</h1>
<sl-alert variant="warning" open><sl-icon slot="icon" name="exclamation-triangle"></sl-icon><strong>Für diese INSZ gibt es bereits ein Benutzerkonto.</strong><br>${P.c.first} ${P.c.last} (${P.c.niss.fmt}) ist bereits als Benutzer Ihres Unternehmens registriert.</sl-alert>
<sl-button variant="primary" href="#/benutzer/${P.c.niss.raw}/bearbeiten"${tg(true)}>Benutzer bearbeiten</sl-button> <sl-button href="#/benutzer/neu">Neue Suche</sl-button>` }),
});

// =============================================================== uman-new-user-filled → tick TR-FPP
const filledVals = (lang, p) => ({ fr: ['Nom', 'Prénom', 'Adresse e-mail', 'Téléphone'], nl: ['Naam', 'Voornaam', 'E-mailadres', 'Telefoon'], de: ['Nachname', 'Vorname', 'E-Mail', 'Telefon'], en: ['Surname', 'Given name', 'E-mail', 'Phone'] })[lang].map((l, i) => [l, [p.last, p.first, p.email, p.phone][i]]);
add({
  id: 'f2-uman-new-user-filled-de-vuetify-1', journey: 'add-access', page: 'uman-new-user-filled', lang: 'de', build: 'vuetify',
  url: appUrl('de', 'benutzer/neu/2'), expect: { kind: 'step', step: 'tick-tr-fpp' },
  note: 'all required v-text-fields filled; TR-FPP is one of five v-checkboxes (real <input type=checkbox> inside v-selection-control)',
  html: () => SHELLS.vuetify({ lang: 'de', site: 'app', group: GROUP.de, title: 'Zugangsverwaltung', side: { title: 'Funktionalitäten', items: appSide('de', { active: 'users' }).items }, crumbs: [['LSS-Arbeitgeber', '#/'], ['Benutzer', '#/benutzer'], ['Neuer Benutzer']], body: `
<h1 class="text-h4">Neuer Benutzer</h1>
<form class="v-form">${vt.text(60, 'INSZ', { value: P.c.niss.fmt, readonly: true })}${filledVals('de', P.c).map(([l, v], i) => vt.text(61 + i, l, { value: v, required: i < 3 })).join('')}
<h2 class="text-h6">Gesicherte Anwendungen</h2><p class="text-caption">Wählen Sie die Anwendungen, auf die diese Person zugreifen darf.</p>
${APPS.de.map(([k, l], i) => vt.checkbox(70 + i, l, { value: k, target: k === 'trfpp' })).join('')}
${vt.btn('Speichern')} ${vt.btn('Abbrechen', { variant: 'text', color: 'surface' })}</form>` }),
});
add({
  id: 'f2-uman-new-user-filled-en-adf-1', journey: 'add-access', page: 'uman-new-user-filled', lang: 'en', build: 'adf',
  url: adfUrl('newUser'), expect: { kind: 'step', step: 'tick-tr-fpp' },
  note: 'TAB PANEL NOT SHOWN: ADF panelTabbed, "Personal data" selected; the TR-FPP checkbox lives in the hidden "Secured applications" tab: ring that tab',
  html: () => SHELLS.adf({ lang: 'en', site: 'app', group: GROUP.en, title: GENERIC_TITLE_ADF, side: appSide('en', { active: 'users', title: 'Functionalities' }), crumbs: [['NSSO employer', '#'], ['Users', '#'], ['New user']], body: `
${adf.header('pt1:r1:0:ph1', 'New user')}
<div id="pt1:r1:0:pt1" class="af_panelTabbed"><div class="af_panelTabbed_header" role="tablist">
<div class="af_panelTabbed_tab af_panelTabbed_tab-selected" role="tab" aria-selected="true" id="pt1:r1:0:sdi1::disclosureAnchor" tabindex="0">Personal data</div>
<div class="af_panelTabbed_tab" role="tab" aria-selected="false" id="pt1:r1:0:sdi2::disclosureAnchor" tabindex="-1"${tg(true)}>Secured applications</div></div>
<div id="pt1:r1:0:sdi1" class="af_showDetailItem" role="tabpanel">${adf.form([adf.row('pt1:r1:0:ot1', 'NISS', adf.input('pt1:r1:0:ot1', { readonly: true, value: P.d.niss.fmt })), ...filledVals('en', P.d).map(([l, v], i) => adf.row(`pt1:r1:0:it${i + 1}`, l, adf.input(`pt1:r1:0:it${i + 1}`, { value: v, required: i < 3 }), { required: i < 3 }))])}</div>
<div id="pt1:r1:0:sdi2" class="af_showDetailItem" role="tabpanel" hidden style="display:none">${APPS.en.map(([k, l], i) => adf.check(`pt1:r1:0:sbc${i}`, l)).join('<br>')}</div>
</div>
<div class="buttons">${adf.button('pt1:r1:0:cb2', 'Cancel')} ${adf.button('pt1:r1:0:cb3', 'Save', { primary: true })}</div>` }),
});
add({
  id: 'f2-uman-new-user-filled-fr-aria-1', journey: 'add-access', page: 'uman-new-user-filled', lang: 'fr', build: 'aria',
  url: appUrl('fr', 'utilisateurs/nouveau'), expect: { kind: 'step', step: 'tick-tr-fpp' },
  note: 'applications in a role=grid; each choice is a <span role=checkbox aria-checked=false> (no input): ring the TR-FPP role=checkbox',
  html: () => SHELLS.aria({ lang: 'fr', site: 'app', group: GROUP.fr, title: 'Nouvel utilisateur', side: { title: 'Fonctionnalités', items: appSide('fr', { active: 'users' }).items }, crumbs: [['Employeur ONSS', '#/'], ['Utilisateurs', '#/utilisateurs'], ['Nouvel utilisateur']], body: `
<h1>Nouvel utilisateur</h1>
<form>${[['NISS', P.a.niss.fmt], ...filledVals('fr', P.a)].map(([l, v], i) => `<div class="field"><label for="f${i}">${l}${i > 0 && i < 4 ? ' *' : ''}</label> <input id="f${i}" value="${esc(v)}"${i === 0 ? ' readonly' : i < 4 ? ' aria-required="true"' : ''}></div>`).join('')}
<h2 id="apps-h">Applications sécurisées</h2>
${ariaGrid('Applications sécurisées', ['Accès', 'Application', 'Institution'], APPS.fr.map(([k, l]) => [`<span role="checkbox" aria-checked="false" tabindex="0" aria-label="${esc(l)}"${tg(k === 'trfpp')}></span>`, l, k === 'trfpp' ? 'INAMI' : 'ONSS']))}
<div role="button" tabindex="0" class="btn btn-primary">Enregistrer</div> <div role="button" tabindex="0" class="btn">Annuler</div></form>` }),
});
add({
  id: 'f2-uman-new-user-filled-nl-govuk-1', journey: 'add-access', page: 'uman-new-user-filled', lang: 'nl', build: 'govuk',
  url: appUrl('nl', 'gebruikers/nieuw'), expect: { kind: 'step', step: 'tick-tr-fpp' },
  note: 'govuk checkboxes with hints; TR-FPP hint "toepassing van het RIZIV"; all fields filled',
  html: () => SHELLS.govuk({ lang: 'nl', site: 'app', group: GROUP.nl, appTitle: 'Toegangsbeheer', title: 'Nieuwe gebruiker - Toegangsbeheer', side: appSide('nl', { active: 'users' }), crumbs: [['Werkgever RSZ', '#/'], ['Gebruikers', '#/gebruikers'], ['Nieuwe gebruiker']], body: `
<h1 class="govuk-heading-l">Nieuwe gebruiker</h1>
<form method="post">${gov.summary([['INSZ', P.b.niss.fmt]])}
${filledVals('nl', P.b).map(([l, v], i) => gov.input(`f${i}`, l + (i < 3 ? '' : ' (optioneel)'), { value: v, required: i < 3 })).join('')}
<div class="govuk-form-group"><fieldset class="govuk-fieldset" aria-describedby="apps-hint"><legend class="govuk-fieldset__legend govuk-fieldset__legend--m">Beveiligde toepassingen</legend><div id="apps-hint" class="govuk-hint">Selecteer alle toepassingen die deze gebruiker nodig heeft.</div><div class="govuk-checkboxes" data-module="govuk-checkboxes">
${APPS.nl.map(([k, l]) => gov.checkbox(`app-${k}`, l, { target: k === 'trfpp', hint: k === 'trfpp' ? 'Toepassing van het RIZIV voor farmaceutische firma’s' : '' })).join('')}
</div></fieldset></div>${gov.button('Opslaan')}</form>` }),
});

// =============================================================== uman-edit-user → tick TR-FPP
add({
  id: 'f2-uman-edit-user-fr-mui-1', journey: 'add-access', page: 'uman-edit-user', lang: 'fr', build: 'mui',
  url: appUrl('fr', `utilisateurs/${P.a.niss.raw}/modifier`), expect: { kind: 'step', step: 'tick-tr-fpp' },
  note: 'MuiCheckbox with the real <input class=PrivateSwitchBase-input> hidden by opacity; two other applications already ticked',
  html: () => SHELLS.mui({ lang: 'fr', site: 'app', group: GROUP.fr, title: GENERIC_TITLE_MUI, side: appSide('fr', { active: 'users' }), crumbs: [['Employeur ONSS', '#/'], ['Utilisateurs', '#/utilisateurs'], ['Modifier l’utilisateur']], body: `
${mui.h(1, `Modifier : ${P.a.first} ${P.a.last}`, 'h4')}
${mui.text('email', 'Adresse e-mail', { value: P.a.email, required: true })}${mui.text('tel', 'Téléphone', { value: P.a.phone })}
<fieldset class="MuiFormControl-root"><legend class="MuiFormLabel-root">Applications sécurisées</legend><div class="MuiFormGroup-root">${APPS.fr.map(([k, l]) => mui.checkbox(`app-${k}`, l, { checked: k === 'dimona' || k === 'dmfa', target: k === 'trfpp' })).join('')}</div></fieldset>
<div class="MuiStack-root">${mui.button('Annuler', { variant: 'text' })}${mui.button('Enregistrer les modifications')}</div>` }),
});
add({
  id: 'f2-uman-edit-user-nl-liferay-1', journey: 'add-access', page: 'uman-edit-user', lang: 'nl', build: 'liferay',
  url: 'https://www.socialsecurity.be/web/uman/gebruiker-wijzigen?p_p_id=uman_UserPortlet&p_p_lifecycle=0', expect: { kind: 'step', step: 'tick-tr-fpp' },
  note: 'the application inside a Liferay portlet; checkboxes inside a table, label via <label for>; logged-in bar from Liferay',
  html: () => SHELLS.liferay({ lang: 'nl', site: 'app', group: GROUP.nl, title: 'Gebruiker wijzigen - socialsecurity.be', crumbs: [['Werkgever RSZ', '/web/uman/start'], ['Gebruikers', '/web/uman/gebruikers'], ['Wijzigen']], body:
    portlet('uman_UserPortlet', 'Gebruiker wijzigen', `<form class="form" method="post"><div class="form-group"><label for="_uman_naam">Naam</label><input class="form-control" id="_uman_naam" value="${P.b.last} ${P.b.first}" readonly></div><div class="form-group"><label for="_uman_mail">E-mailadres <span class="reference-mark text-warning">*</span></label><input class="form-control" id="_uman_mail" value="${P.b.email}" required></div>
<table class="table table-autofit"><caption>Beveiligde toepassingen</caption><thead><tr><th>Toegang</th><th>Toepassing</th></tr></thead><tbody>${APPS.nl.map(([k, l]) => `<tr><td><input type="checkbox" class="field" id="_uman_app_${k}" name="_uman_apps" value="${k}"${k === 'dimona' ? ' checked' : ''}${tg(k === 'trfpp')}></td><td><label for="_uman_app_${k}">${l}</label></td></tr>`).join('')}</tbody></table>
<div class="button-holder"><button class="btn btn-primary" type="submit">Opslaan</button> <a class="btn btn-secondary" href="/web/uman/gebruikers">Annuleren</a></div></form>`) }),
});
add({
  id: 'f2-uman-edit-user-en-webcomponents-1', journey: 'add-access', page: 'uman-edit-user', lang: 'en', build: 'webcomponents',
  url: appUrl('en', `users/${P.d.niss.raw}`), expect: { kind: 'step', step: 'tick-tr-fpp' },
  note: '<sl-checkbox>TR-FPP</sl-checkbox> in light DOM: no <input>, no role: ring the sl-checkbox element itself (unsure what the harness treats as the checkbox)',
  html: () => SHELLS.webcomponents({ lang: 'en', site: 'app', group: GROUP.en, title: 'Edit user · Access management', side: appSide('en', { active: 'users' }), crumbs: [['NSSO employer', '#/'], ['Users', '#/users'], [`${P.d.first} ${P.d.last}`]], body: `
<h1>Edit user</h1>
<sl-input label="Surname" value="${P.d.last}" readonly></sl-input><sl-input label="Given name" value="${P.d.first}" readonly></sl-input><sl-input label="E-mail" value="${P.d.email}" required></sl-input>
<h2>Secured applications</h2>
${APPS.en.map(([k, l]) => `<sl-checkbox name="apps" value="${k}"${k === 'ebox' ? ' checked' : ''}${tg(k === 'trfpp')}>${l}</sl-checkbox>`).join('\n')}
<sl-button variant="primary" type="submit">Save</sl-button> <sl-button href="#/users">Cancel</sl-button>` }),
});

// =============================================================== uman-saved → finish
add({
  id: 'f2-uman-saved-en-govuk-1', journey: 'add-access', page: 'uman-saved', lang: 'en', build: 'govuk',
  url: appUrl('en', 'users'), expect: { kind: 'finish' },
  note: 'govuk-notification-banner--success above the users table (which has an "Add a user" button)',
  html: () => SHELLS.govuk({ lang: 'en', site: 'app', group: GROUP.en, appTitle: 'Access management', title: 'Users - Access management', side: appSide('en', { active: 'users' }), crumbs: [['NSSO employer', '#/'], ['Users']], body: `
${gov.banner('success', 'Success', 'User saved', `<p class="govuk-body">${P.d.first} ${P.d.last} can now log in and use TR-FPP.</p>`)}
<h1 class="govuk-heading-l">Users</h1>
${gov.button('Add a user', { secondary: true, href: '#/users/add' })}
<table class="govuk-table"><thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Name</th><th scope="col" class="govuk-table__header">NISS</th><th scope="col" class="govuk-table__header">Applications</th></tr></thead><tbody class="govuk-table__body">
<tr class="govuk-table__row"><td class="govuk-table__cell">${P.d.last}, ${P.d.first}</td><td class="govuk-table__cell">${P.d.niss.fmt}</td><td class="govuk-table__cell">TR-FPP</td></tr>
${fakeUsers(5, 33).map((u) => `<tr class="govuk-table__row"><td class="govuk-table__cell">${u.last}, ${u.first}</td><td class="govuk-table__cell">${u.niss.fmt}</td><td class="govuk-table__cell">Dimona</td></tr>`).join('')}
</tbody></table>` }),
});
add({
  id: 'f2-uman-saved-nl-mui-1', journey: 'remove-access', page: 'uman-saved', lang: 'nl', build: 'mui',
  url: appUrl('nl', `gebruikers/${P.b.niss.raw}`), expect: { kind: 'finish' },
  note: 'only a SNACKBAR says "Wijzigingen opgeslagen"; the page behind is the user detail, TR-FPP no longer listed (removal journey)',
  html: () => SHELLS.mui({ lang: 'nl', site: 'app', group: GROUP.nl, title: GENERIC_TITLE_MUI, side: appSide('nl', { active: 'users' }), crumbs: [['Werkgever RSZ', '#/'], ['Gebruikers', '#/gebruikers'], [`${P.b.first} ${P.b.last}`]],
    toast: `<div class="MuiPaper-root MuiSnackbarContent-root" role="alert"><div class="MuiSnackbarContent-message">Wijzigingen opgeslagen. De toegangen van ${P.b.first} ${P.b.last} zijn bijgewerkt.</div><div class="MuiSnackbarContent-action">${mui.button('Sluiten', { variant: 'text' })}</div></div>`, body: `
${mui.h(1, `${P.b.first} ${P.b.last}`, 'h4')}
${mui.paper(`<dl><dt>INSZ</dt><dd>${P.b.niss.fmt}</dd><dt>E-mail</dt><dd>${P.b.email}</dd><dt>Beveiligde toepassingen</dt><dd>Dimona</dd></dl>`)}
${mui.button('Wijzigen', { variant: 'outlined' })}` }),
});
add({
  id: 'f2-uman-saved-fr-adf-1', journey: 'add-access', page: 'uman-saved', lang: 'fr', build: 'adf',
  url: adfUrl('confirmation'), expect: { kind: 'finish' },
  note: 'ADF af_messages confirmation "Les données de l’utilisateur ont été enregistrées"; generic <title>; form below still shows TR-FPP ticked (disabled)',
  html: () => SHELLS.adf({ lang: 'fr', site: 'app', group: GROUP.fr, title: GENERIC_TITLE_ADF, side: appSide('fr', { active: 'users' }), crumbs: [['Employeur ONSS', '#'], ['Utilisateurs', '#'], ['Confirmation']], body: `
${adf.messages('confirmation', 'Les données de l’utilisateur ont été enregistrées avec succès.')}
${adf.header('pt1:r1:0:ph1', `Utilisateur ${P.a.first} ${P.a.last}`)}
${adf.form([adf.row('pt1:r1:0:ot1', 'NISS', adf.input('pt1:r1:0:ot1', { readonly: true, value: P.a.niss.fmt })), adf.row('pt1:r1:0:ot2', 'Applications', adf.input('pt1:r1:0:ot2', { readonly: true, value: 'Dimona, TR-FPP' }))])}
${adf.button('pt1:r1:0:cb1', 'Retour à la liste des utilisateurs')}` }),
});

// =============================================================== uman-existing-person-trfpp → finish
add({
  id: 'f2-uman-existing-person-trfpp-de-plain-1', journey: 'add-access', page: 'uman-existing-person-trfpp', lang: 'de', build: 'plain',
  url: 'https://www.socialsecurity.be/uman/de/benutzer.do?aktion=hinzufuegen', expect: { kind: 'finish' },
  note: 'the person already exists AND TR-FPP is already in her <dl> of applications; an edit link is still there (not ringed)',
  html: () => SHELLS.plain({ lang: 'de', site: 'app', group: GROUP.de, title: 'Benutzer hinzufügen – Zugangsverwaltung', side: appSide('de', { active: 'users' }), crumbs: [['LSS-Arbeitgeber', 'start.do'], ['Benutzer', 'benutzer.do'], ['Hinzufügen']], body: `
<h1>Benutzer hinzufügen</h1>
<p class="notice">Diese Person ist bereits Benutzer Ihres Unternehmens.</p>
<dl><dt>INSZ</dt><dd>${P.c.niss.fmt}</dd><dt>Name</dt><dd>${P.c.last}, ${P.c.first}</dd><dt>Gesicherte Anwendungen</dt><dd><ul><li>Dimona</li><li>TR-FPP</li><li>e-Box Unternehmen</li></ul></dd></dl>
<p><a href="benutzer.do?aktion=bearbeiten&amp;id=${P.c.niss.raw.slice(-4)}">Benutzer bearbeiten</a> | <a href="benutzer.do">Zur Benutzerliste</a></p>` }),
});
add({
  id: 'f2-uman-existing-person-trfpp-fr-vuetify-1', journey: 'add-access', page: 'uman-existing-person-trfpp', lang: 'fr', build: 'vuetify',
  url: appUrl('fr', `utilisateurs/${P.a.niss.raw}`), expect: { kind: 'finish' },
  note: 'v-alert info "déjà un compte"; applications as v-chips, TR-FPP among them',
  html: () => SHELLS.vuetify({ lang: 'fr', site: 'app', group: GROUP.fr, title: 'Gestion des accès', side: { title: 'Fonctionnalités', items: appSide('fr', { active: 'users' }).items }, crumbs: [['Employeur ONSS', '#/'], ['Utilisateurs', '#/utilisateurs'], [`${P.a.first} ${P.a.last}`]], body: `
${vt.alert('info', 'Cette personne dispose déjà d’un compte d’utilisateur dans votre entreprise.')}
<h1 class="text-h4">${P.a.first} ${P.a.last}</h1>
${vt.card('Accès actuels', `<div class="v-chip-group">${['Dimona', 'TR-FPP', 'DmfA'].map((a) => `<span class="v-chip v-chip--label v-theme--light"><span class="v-chip__content">${a}</span></span>`).join('')}</div>`)}
${vt.btn('Modifier', { variant: 'outlined' })}` }),
});
add({
  id: 'f2-uman-existing-person-trfpp-en-mui-1', journey: 'add-access', page: 'uman-existing-person-trfpp', lang: 'en', build: 'mui',
  url: appUrl('en', `users/${P.d.niss.raw}`), expect: { kind: 'finish' },
  note: 'MuiAlert + a small MuiDataGrid of the person\'s applications with status "Active" for TR-FPP',
  html: () => SHELLS.mui({ lang: 'en', site: 'app', group: GROUP.en, title: GENERIC_TITLE_MUI, side: appSide('en', { active: 'users' }), crumbs: [['NSSO employer', '#/'], ['Users', '#/users'], [`${P.d.first} ${P.d.last}`]], body: `
${mui.alert('info', 'An account already exists for this national number.', 'Existing user')}
${mui.h(1, `${P.d.first} ${P.d.last}`, 'h4')}
${mui.grid(['Application', 'Status', 'Since'], [['TR-FPP', 'Active', '14/02/2026'], ['Company e-Box', 'Active', '03/09/2025']], { label: 'Secured applications' })}
${mui.button('Edit', { variant: 'outlined' })}` }),
});

// =============================================================== uman-users-search → find-user
const many2 = fakeUsers(310, 99);
add({
  id: 'f2-uman-users-search-de-mui-1', journey: 'remove-access', page: 'uman-users-search', lang: 'de', build: 'mui',
  url: appUrl('de', 'benutzer'), expect: { kind: 'step', step: 'find-user' },
  note: '310 user rows in a MuiDataGrid; the search box is the DataGrid quick-filter input (placeholder "Suchen…", aria-label) in the toolbar',
  html: () => SHELLS.mui({ lang: 'de', site: 'app', group: GROUP.de, title: GENERIC_TITLE_MUI, side: appSide('de', { active: 'users' }), crumbs: [['LSS-Arbeitgeber', '#/'], ['Benutzer']], body: `
${mui.h(1, 'Benutzer', 'h4')}
<div class="MuiDataGrid-toolbarContainer">${mui.button('Benutzer hinzufügen', { variant: 'outlined' })}<div class="MuiFormControl-root MuiTextField-root MuiDataGrid-toolbarQuickFilter"><div class="MuiInputBase-root MuiInput-root"><svg class="MuiSvgIcon-root" aria-hidden="true" viewBox="0 0 24 24"><path d="M15.5 14h-.79"></path></svg><input aria-invalid="false" placeholder="Suchen…" type="search" class="MuiInputBase-input MuiInput-input" aria-label="Nach Name oder INSZ suchen" value=""${tg(true)}></div></div></div>
${mui.grid(['Name', 'Vorname', 'INSZ', 'E-Mail', ''], many2.map((u) => [u.last, u.first, u.niss.fmt, u.email, `<button class="MuiButtonBase-root MuiIconButton-root" type="button" aria-label="Bearbeiten"><svg class="MuiSvgIcon-root" aria-hidden="true" viewBox="0 0 24 24"></svg></button>`]), { label: 'Benutzer' })}
<div class="MuiDataGrid-footerContainer"><p class="MuiTablePagination-displayedRows">1–310 von 310</p></div>` }),
});
add({
  id: 'f2-uman-users-search-nl-adf-1', journey: 'remove-access', page: 'uman-users-search', lang: 'nl', build: 'adf',
  url: adfUrl('zoekGebruiker'), expect: { kind: 'step', step: 'find-user' },
  note: 'ADF query panel "Een gebruiker zoeken" with one field "Naam of INSZ" and a Zoeken button; generic <title>',
  html: () => SHELLS.adf({ lang: 'nl', site: 'app', group: GROUP.nl, title: GENERIC_TITLE_ADF, side: appSide('nl', { active: 'users' }), crumbs: [['Werkgever RSZ', '#'], ['Gebruikers']], body: `
${adf.header('pt1:r1:0:ph1', 'Gebruikers')}
<div id="pt1:r1:0:qryId1" class="af_query" role="search"><h2 class="af_query_header-text">Een gebruiker zoeken</h2>
${adf.form([adf.row('pt1:r1:0:qryId1:val00', 'Naam of INSZ', adf.input('pt1:r1:0:qryId1:val00', { target: true }))])}
${adf.button('pt1:r1:0:qryId1::search', 'Zoeken')} ${adf.button('pt1:r1:0:qryId1::reset', 'Wissen')}</div>
${adf.button('pt1:r1:0:cb5', 'Een gebruiker toevoegen', { kind: 'link' })}` }),
});
add({
  id: 'f2-uman-users-search-en-aria-1', journey: 'remove-access', page: 'uman-users-search', lang: 'en', build: 'aria',
  url: appUrl('en', 'users/search'), expect: { kind: 'step', step: 'find-user' },
  note: 'role=search landmark with <input type=search> named by aria-labelledby to a heading "Find a user"; tree menu',
  html: () => SHELLS.aria({ lang: 'en', site: 'app', group: GROUP.en, title: 'Users — Access management', side: { title: 'Features', items: appSide('en', { active: 'users' }).items }, crumbs: [['NSSO employer', '#/'], ['Users']], body: `
<h1>Users</h1>
<div role="search" aria-labelledby="find-h"><h2 id="find-h">Find a user</h2><input type="search" id="q" aria-labelledby="find-h" placeholder="Name or NISS"${tg(true)}> <span role="button" tabindex="0" class="btn">Search</span></div>
<p>Enter at least three characters of the surname, or the full national number.</p>` }),
});

// =============================================================== uman-search-results → open-user
add({
  id: 'f2-uman-search-results-en-vuetify-1', journey: 'remove-access', page: 'uman-search-results', lang: 'en', build: 'vuetify',
  url: appUrl('en', 'users?q=kriescher'), expect: { kind: 'step', step: 'open-user' },
  note: 'one result row in a v-data-table; the edit action is an icon-only v-btn named by aria-label "Edit user"',
  html: () => SHELLS.vuetify({ lang: 'en', site: 'app', group: GROUP.en, title: 'Access management', side: { title: 'Features', items: appSide('en', { active: 'users' }).items }, crumbs: [['NSSO employer', '#/'], ['Users']], body: `
<h1 class="text-h4">Users</h1>
${vt.text(90, 'Search by name or NISS', { value: 'Kriescher' })}
${vt.table(['Surname', 'Given name', 'NISS', 'Applications', 'Actions'], [[P.c.last, P.c.first, P.c.niss.fmt, 'Dimona, TR-FPP', vt.btn('', { variant: 'text', icon: 'pencil', target: true, attrs: ' aria-label="Edit user"' })]])}
<p class="text-caption">1 result</p>` }),
});
add({
  id: 'f2-uman-search-results-nl-plain-1', journey: 'remove-access', page: 'uman-search-results', lang: 'nl', build: 'plain',
  url: 'https://www.socialsecurity.be/uman/nl/zoeken.do?q=Vanhoutte', expect: { kind: 'step', step: 'open-user' },
  note: 'server-rendered result table; the person\'s name is the link (ringed); no separate edit button',
  html: () => SHELLS.plain({ lang: 'nl', site: 'app', group: GROUP.nl, title: 'Zoekresultaten – Toegangsbeheer', side: appSide('nl', { active: 'users' }), crumbs: [['Werkgever RSZ', 'start.do'], ['Gebruikers', 'gebruikers.do'], ['Zoekresultaten']], body: `
<h1>Zoekresultaten</h1>
<form method="get" action="zoeken.do"><label for="q">Zoek een gebruiker</label> <input id="q" name="q" value="Vanhoutte"> <input type="submit" value="Zoeken"></form>
<p>1 gebruiker gevonden.</p>
<table border="1" cellpadding="4"><thead><tr><th>Naam</th><th>INSZ</th><th>Toepassingen</th></tr></thead><tbody><tr><td><a href="gebruiker.do?id=${P.e.niss.raw.slice(-4)}"${tg(true)}>${P.e.last} ${P.e.first}</a></td><td>${P.e.niss.fmt}</td><td>Dimona, TR-FPP</td></tr></tbody></table>` }),
});
add({
  id: 'f2-uman-search-results-fr-webcomponents-1', journey: 'remove-access', page: 'uman-search-results', lang: 'fr', build: 'webcomponents',
  url: appUrl('fr', 'utilisateurs?recherche=rousseaux'), expect: { kind: 'step', step: 'open-user' },
  note: 'result as an <sl-card> with an <sl-button> "Modifier"; the search <sl-input> still holds the query',
  html: () => SHELLS.webcomponents({ lang: 'fr', site: 'app', group: GROUP.fr, title: 'Recherche – Gestion des accès', side: appSide('fr', { active: 'users' }), crumbs: [['Employeur ONSS', '#/'], ['Utilisateurs', '#/utilisateurs'], ['Recherche']], body: `
<h1>Rechercher un utilisateur</h1>
<sl-input label="Nom ou NISS" value="Rousseaux" clearable></sl-input>
<p>Un résultat</p>
<sl-card class="result"><strong>${P.a.last} ${P.a.first}</strong><br>NISS ${P.a.niss.fmt} · Applications : Dimona, TR-FPP<sl-button slot="footer" variant="primary" href="#/utilisateurs/${P.a.niss.raw}/modifier"${tg(true)}>Modifier</sl-button></sl-card>` }),
});

// =============================================================== uman-edit-user-remove → untick TR-FPP
add({
  id: 'f2-uman-edit-user-remove-nl-vuetify-1', journey: 'remove-access', page: 'uman-edit-user-remove', lang: 'nl', build: 'vuetify',
  url: appUrl('nl', `gebruikers/${P.e.niss.raw}/wijzigen`), expect: { kind: 'step', step: 'untick-tr-fpp' },
  note: 'TR-FPP v-checkbox checked (input checked); Dimona also checked',
  html: () => SHELLS.vuetify({ lang: 'nl', site: 'app', group: GROUP.nl, title: 'Toegangsbeheer', side: { title: 'Functionaliteiten', items: appSide('nl', { active: 'users' }).items }, crumbs: [['Werkgever RSZ', '#/'], ['Gebruikers', '#/gebruikers'], ['Wijzigen']], body: `
<h1 class="text-h4">Gebruiker wijzigen — ${P.e.first} ${P.e.last}</h1>
${vt.text(80, 'E-mailadres', { value: P.e.email, required: true })}
<h2 class="text-h6">Beveiligde toepassingen</h2>
${APPS.nl.map(([k, l], i) => vt.checkbox(81 + i, l, { value: k, checked: k === 'trfpp' || k === 'dimona', target: k === 'trfpp' })).join('')}
${vt.btn('Opslaan')} ${vt.btn('Annuleren', { variant: 'text', color: 'surface' })}` }),
});
add({
  id: 'f2-uman-edit-user-remove-de-adf-1', journey: 'remove-access', page: 'uman-edit-user-remove', lang: 'de', build: 'adf',
  url: adfUrl('benutzerBearbeiten'), expect: { kind: 'step', step: 'untick-tr-fpp' },
  note: 'ADF selectBooleanCheckbox checked; generic <title>',
  html: () => SHELLS.adf({ lang: 'de', site: 'app', group: GROUP.de, title: GENERIC_TITLE_ADF, side: appSide('de', { active: 'users', title: 'Funktionalitäten' }), crumbs: [['LSS-Arbeitgeber', '#'], ['Benutzer', '#'], ['Bearbeiten']], body: `
${adf.header('pt1:r1:0:ph1', `Benutzer bearbeiten: ${P.c.last}, ${P.c.first}`)}
${adf.form([adf.row('pt1:r1:0:ot1', 'INSZ', adf.input('pt1:r1:0:ot1', { readonly: true, value: P.c.niss.fmt })), adf.row('pt1:r1:0:it3', 'E-Mail-Adresse', adf.input('pt1:r1:0:it3', { value: P.c.email }), { required: true })])}
${adf.header('pt1:r1:0:ph2', 'Gesicherte Anwendungen', 2)}
${APPS.de.map(([k, l], i) => adf.check(`pt1:r1:0:sbc${i}`, l, { checked: k === 'trfpp' || k === 'ebox', target: k === 'trfpp' })).join('<br>')}
<div class="buttons">${adf.button('pt1:r1:0:cb2', 'Abbrechen')} ${adf.button('pt1:r1:0:cb3', 'Speichern', { primary: true })}</div>` }),
});
add({
  id: 'f2-uman-edit-user-remove-fr-aria-1', journey: 'remove-access', page: 'uman-edit-user-remove', lang: 'fr', build: 'aria',
  url: appUrl('fr', `utilisateurs/${P.a.niss.raw}/acces`), expect: { kind: 'step', step: 'untick-tr-fpp' },
  note: 'role=checkbox aria-checked=true divs with the label as text content; a "Retirer tous les accès" button is a decoy',
  html: () => SHELLS.aria({ lang: 'fr', site: 'app', group: GROUP.fr, title: 'Accès de l’utilisateur', side: { title: 'Fonctionnalités', items: appSide('fr', { active: 'users' }).items }, crumbs: [['Employeur ONSS', '#/'], ['Utilisateurs', '#/utilisateurs'], ['Accès']], body: `
<h1>Accès de ${P.a.first} ${P.a.last}</h1>
<p>Cochez ou décochez les applications sécurisées, puis enregistrez.</p>
<div role="group" aria-labelledby="apps-l"><h2 id="apps-l">Applications sécurisées</h2>
${APPS.fr.map(([k, l]) => `<div role="checkbox" tabindex="0" aria-checked="${k === 'trfpp' || k === 'dmfa'}"${tg(k === 'trfpp')}>${l}</div>`).join('\n')}</div>
<div role="button" tabindex="0" class="btn">Retirer tous les accès</div> <div role="button" tabindex="0" class="btn btn-primary">Enregistrer</div>` }),
});

// =============================================================== uman-menu-frame (inFrame)
const frameMenu = (lang, target) => {
  const a = C[lang].app;
  return doc({ lang, title: lang === 'fr' ? 'Menu' : 'Menu', style: 'body{font:11px Verdana;background:#e8eef5;margin:0}td{padding:3px 6px}a{color:#003366;text-decoration:none}.sel{font-weight:bold}', body: `<table width="100%" cellspacing="0" cellpadding="0" border="0">
<tr><td class="hdr"><b>${GROUP[lang]}</b></td></tr>
<tr><td class="sect"><b>${a.features}</b></td></tr>
<tr><td><a href="accueil.do" target="content"${target ? '' : ''}>${a.home}</a></td></tr>
<tr><td${target ? '' : ' class="sel"'}><a href="utilisateurs.do" target="content"${tg(target)}>${a.users}</a></td></tr>
<tr><td><a href="gestionnaires.do" target="content">${a.managers}</a></td></tr>
<tr><td><a href="applications.do" target="content">${a.apps}</a></td></tr>
<tr><td><a href="profil.do" target="content">${a.profile}</a></td></tr>
<tr><td>&nbsp;</td></tr>
<tr><td><a href="logout.do" target="_top">${C[lang].logout}</a></td></tr>
</table>` });
};
add({
  id: 'f2-uman-menu-frame-fr-plain-1', journey: 'add-access', page: 'uman-menu-frame', lang: 'fr', build: 'plain', inFrame: true,
  url: 'https://www.socialsecurity.be/portail/uman/fr/menu.do', expect: { kind: 'step', step: 'users-menu' }, done: ['open-service', 'manage-access', 'social-security', 'log-in', 'employer-group'],
  note: 'left menu frame of a frameset (table layout, target="content" links); done ends at employer-group → Users',
  html: () => frameMenu('fr', true),
});
add({
  id: 'f2-uman-menu-frame-nl-plain-1', journey: 'remove-access', page: 'uman-menu-frame', lang: 'nl', build: 'plain', inFrame: true,
  url: 'https://www.socialsecurity.be/portail/uman/nl/menu.do', expect: { kind: 'none' }, done: ['open-service', 'manage-access', 'social-security', 'log-in', 'employer-group', 'users-menu'],
  note: 'same menu frame after users-menu is done (Users entry bold) → nothing',
  html: () => frameMenu('nl', false),
});
