// The social-security access-management application (UMAN) pages.
import { before, all, doc, umanPF, umanMat, umanBS, umanTables, umanDiv, umWords, people, niss, FIRMS, LANGS } from './chrome.mjs';

export const pages = [];
const P = (meta, html) => pages.push({ ...meta, html });
const AA = 'add-access', RA = 'remove-access';
const SS = 'https://www.socialsecurity.be';
const NEWP = { fr: { first: 'Camille', last: 'Verlinden', niss: niss('91', '03', '17', '245'), mail: 'camille.verlinden@example.com', tel: '+32 2 000 00 00' },
  nl: { first: 'Jeroen', last: 'Vanhove', niss: niss('87', '11', '05', '163'), mail: 'jeroen.vanhove@example.com', tel: '+32 9 000 00 00' },
  de: { first: 'Miriam', last: 'Heuschen', niss: niss('94', '08', '22', '078'), mail: 'miriam.heuschen@example.com', tel: '+32 87 00 00 00' },
  en: { first: 'Ayla', last: 'Demir', niss: niss('02', '05', '30', '112', true), mail: 'ayla.demir@example.com', tel: '+32 3 000 00 00' } };

// ---- PrimeFaces widgets
const pfBtn = (id, label, { target = false, secondary = false, icon = '' } = {}) => `<button id="${id}" name="${id}" class="ui-button ui-widget ui-state-default ui-corner-all ui-button-text${icon ? '-icon-left' : '-only'}${secondary ? ' ui-button-secondary' : ''}" type="submit" role="button" aria-disabled="false"${target ? ' data-eval-target' : ''}>${icon ? `<span class="ui-button-icon-left ui-icon ui-c ${icon}"></span>` : ''}<span class="ui-button-text ui-c">${label}</span></button>`;
const pfChk = (id, label, { checked = false, target = false } = {}) => `<tr><td><div id="${id}" class="ui-chkbox ui-widget"><div class="ui-helper-hidden-accessible"><input id="${id}_input" name="${id}_input" type="checkbox" autocomplete="off" aria-checked="${checked}"${checked ? ' checked="checked"' : ''}${target ? ' data-eval-target' : ''}></div><div class="ui-chkbox-box ui-widget ui-corner-all ui-state-default${checked ? ' ui-state-active' : ''}"><span class="ui-chkbox-icon ui-icon ui-c${checked ? ' ui-icon-check' : ' ui-icon-blank'}"></span></div></div></td><td><label for="${id}_input">${label}</label></td></tr>`;
// ---- Material widgets
const A = '_ngcontent-ng-c128';
const matBtn = (label, { raised = true, target = false, icon = '' } = {}) => `<button ${A} mat-${raised ? 'raised' : 'stroked'}-button="" color="primary" class="mdc-button mat-mdc-button-base ${raised ? 'mdc-button--raised mat-mdc-raised-button mat-primary' : 'mdc-button--outlined mat-mdc-outlined-button'}" type="button"${target ? ' data-eval-target' : ''}><span class="mat-mdc-button-persistent-ripple mdc-button__ripple"></span>${icon ? `<mat-icon class="mat-icon material-icons" aria-hidden="true">${icon}</mat-icon>` : ''}<span class="mdc-button__label">${label}</span><span class="mat-mdc-focus-indicator"></span></button>`;
let mid = 0;
const matField = (label, { value = '', required = false, target = false, type = 'text', hint = '', readonly = false } = {}) => { const id = `mat-input-${mid++}`; return `<mat-form-field ${A} appearance="outline" class="mat-mdc-form-field mat-form-field-appearance-outline"><div class="mat-mdc-text-field-wrapper mdc-text-field mdc-text-field--outlined"><div class="mat-mdc-form-field-infix"><label class="mdc-floating-label mat-mdc-floating-label" for="${id}"><mat-label ${A}>${label}</mat-label>${required ? '<span aria-hidden="true" class="mat-mdc-form-field-required-marker mdc-floating-label--required"></span>' : ''}</label><input ${A} matinput="" class="mat-mdc-input-element mdc-text-field__input" id="${id}" type="${type}"${value ? ` value="${value}"` : ''}${required ? ' required="" aria-required="true"' : ' aria-required="false"'}${readonly ? ' readonly=""' : ''}${target ? ' data-eval-target' : ''}></div></div>${hint ? `<div class="mat-mdc-form-field-subscript-wrapper"><mat-hint class="mat-mdc-form-field-hint">${hint}</mat-hint></div>` : ''}</mat-form-field>`; };
let cid = 0;
const matChk = (label, { checked = false, target = false } = {}) => { const id = `mat-mdc-checkbox-${++cid}`; return `<mat-checkbox ${A} class="mat-mdc-checkbox${checked ? ' mat-mdc-checkbox-checked' : ''}" id="${id}"><div class="mdc-form-field"><div class="mdc-checkbox"><input type="checkbox" class="mdc-checkbox__native-control" id="${id}-input" tabindex="0"${checked ? ' checked=""' : ''}${target ? ' data-eval-target' : ''}><div class="mdc-checkbox__ripple"></div><div class="mdc-checkbox__background"><svg focusable="false" viewBox="0 0 24 24" aria-hidden="true" class="mdc-checkbox__checkmark"><path fill="none" d="M1.73,12.91 8.1,19.28 22.79,4.59" class="mdc-checkbox__checkmark-path"></path></svg><div class="mdc-checkbox__mixedmark"></div></div></div><label class="mdc-label" for="${id}-input">${label}</label></div></mat-checkbox>`; };
// ---- Quasar widgets
const qField = (label, { value = '', required = false, target = false } = {}) => `<label class="q-field row no-wrap items-start q-field--standard q-input"><div class="q-field__inner relative-position col self-stretch"><div class="q-field__control relative-position row no-wrap" tabindex="-1"><div class="q-field__control-container col relative-position row no-wrap q-anchor--skip"><div class="q-field__label no-pointer-events absolute ellipsis">${label}${required ? ' *' : ''}</div><input class="q-field__native q-placeholder" tabindex="0"${required ? ' aria-required="true"' : ''} type="text"${value ? ` value="${value}"` : ''}${target ? ' data-eval-target' : ''}></div></div></div></label>`;
const qChk = (label, { checked = false, target = false } = {}) => `<div class="q-checkbox cursor-pointer no-outline row inline no-wrap items-center" tabindex="0" role="checkbox" aria-label="${label}" aria-checked="${checked}"${target ? ' data-eval-target' : ''}><div class="q-checkbox__inner relative-position non-selectable q-checkbox__inner--${checked ? 'truthy' : 'falsy'}" aria-hidden="true"><div class="q-checkbox__bg absolute"><svg class="q-checkbox__svg fit absolute-full" viewBox="0 0 24 24"><path class="q-checkbox__truthy" fill="none" d="M1.73,12.91 8.1,19.28 22.79,4.59"></path></svg></div></div><div class="q-checkbox__label q-anchor--skip">${label}</div></div>`;

const APPS = {
  fr: ['Dimona', 'DmfA – Déclaration trimestrielle', 'eBox entreprise', 'Chômage temporaire', 'TR-FPP'],
  nl: ['Dimona', 'DmfA – Kwartaalaangifte', 'eBox onderneming', 'Tijdelijke werkloosheid', 'TR-FPP'],
  de: ['Dimona', 'DmfA – Vierteljahreserklärung', 'eBox Unternehmen', 'Zeitweilige Arbeitslosigkeit', 'TR-FPP'],
  en: ['Dimona', 'DmfA – Quarterly declaration', 'eBox enterprise', 'Temporary unemployment', 'TR-FPP'],
};

// ============================================================ uman-groups (employer-group)
P({ id: 'foreign-aa-uman-groups-nl-primefaces-1', journey: AA, page: 'uman-groups', lang: 'nl', url: `${SS}/uman/faces/groups.xhtml?lang=nl`, done: before(AA, 'employer-group'), expect: { kind: 'step', step: 'employer-group' }, build: 'primefaces', note: 'ui-datatable of groups with a command link per row; no Features menu yet' },
umanPF('nl', { title: 'Groepen', menu: false, group: false, main: `
<h1>Kies een groep</h1>
<p>Uw onderneming behoort tot de volgende groepen. Een groep bundelt de toegangen die bij een rol horen en wordt automatisch geactiveerd op basis van de officiële registers.</p>
<form id="j_idt27" method="post"><div id="j_idt27:grpTable" class="ui-datatable ui-widget"><div class="ui-datatable-tablewrapper"><table role="grid"><thead><tr role="row"><th class="ui-state-default" role="columnheader"><span class="ui-column-title">Groep</span></th><th class="ui-state-default" role="columnheader"><span class="ui-column-title">Identificatie</span></th><th class="ui-state-default" role="columnheader"><span class="ui-column-title">Status</span></th></tr></thead>
<tbody id="j_idt27:grpTable_data" class="ui-datatable-data ui-widget-content">
<tr data-ri="0" class="ui-widget-content ui-datatable-even" role="row"><td role="gridcell"><a id="j_idt27:grpTable:0:j_idt31" href="#" class="ui-commandlink ui-widget" onclick="PrimeFaces.ab({s:'j_idt27:grpTable:0:j_idt31',f:'j_idt27'});return false;" data-eval-target>Werkgever RSZ</a></td><td role="gridcell">RSZ-nr. 1234567-89</td><td role="gridcell">Actief</td></tr>
<tr data-ri="1" class="ui-widget-content ui-datatable-odd" role="row"><td role="gridcell"><a id="j_idt27:grpTable:1:j_idt31" href="#" class="ui-commandlink ui-widget">Onderneming (KBO)</a></td><td role="gridcell">${FIRMS.nl.kbo}</td><td role="gridcell">Actief</td></tr>
<tr data-ri="2" class="ui-widget-content ui-datatable-even" role="row"><td role="gridcell"><a id="j_idt27:grpTable:2:j_idt31" href="#" class="ui-commandlink ui-widget">Dienstverlener</a></td><td role="gridcell">—</td><td role="gridcell">Niet actief</td></tr>
</tbody></table></div></div></form>` }));

P({ id: 'foreign-ra-uman-groups-de-material-1', journey: RA, page: 'uman-groups', lang: 'de', url: `${SS}/uman/#/de/groups`, done: before(RA, 'employer-group'), expect: { kind: 'step', step: 'employer-group' }, build: 'material', note: 'mat-action-list of <button mat-list-item>; group name split from its description' },
umanMat('de', { title: 'Gruppen', menu: false, group: false, main: `
<mat-card ${A} class="mat-mdc-card mdc-card"><mat-card-header><mat-card-title ${A} class="mat-mdc-card-title">Wählen Sie die Gruppe, die Sie verwalten möchten</mat-card-title></mat-card-header>
<mat-card-content><mat-action-list ${A} role="group" class="mat-mdc-action-list mat-mdc-list-base mdc-list">
 <button ${A} mat-list-item="" class="mat-mdc-list-item mdc-list-item mat-mdc-list-item-interactive mdc-list-item--with-two-lines" type="button" data-eval-target><span class="mdc-list-item__content"><span class="mat-mdc-list-item-title mdc-list-item__primary-text">LSS-Arbeitgeber</span><span class="mat-mdc-list-item-line mdc-list-item__secondary-text">Arbeitgeber beim Landesamt für soziale Sicherheit</span></span></button>
 <button ${A} mat-list-item="" class="mat-mdc-list-item mdc-list-item mat-mdc-list-item-interactive mdc-list-item--with-two-lines" type="button"><span class="mdc-list-item__content"><span class="mat-mdc-list-item-title mdc-list-item__primary-text">Unternehmen (ZDU)</span><span class="mat-mdc-list-item-line mdc-list-item__secondary-text">${FIRMS.de.kbo}</span></span></button>
 <button ${A} mat-list-item="" class="mat-mdc-list-item mdc-list-item mat-mdc-list-item-interactive mdc-list-item--with-two-lines" type="button"><span class="mdc-list-item__content"><span class="mat-mdc-list-item-title mdc-list-item__primary-text">Sozialsekretariat</span><span class="mat-mdc-list-item-line mdc-list-item__secondary-text">nicht aktiviert</span></span></button>
</mat-action-list></mat-card-content></mat-card>` }));

P({ id: 'foreign-aa-uman-groups-en-tables-1', journey: AA, page: 'uman-groups', lang: 'en', url: `${SS}/uman/groups.jsp?lang=en`, done: before(AA, 'employer-group'), expect: { kind: 'step', step: 'employer-group' }, build: 'tables', note: 'rows clickable only through <tr onclick>; EN group worded "Employer (NSSO)" — EN name is inferred' },
umanTables('en', { title: 'Select a group', menu: false, group: false, main: `
<font size="3"><b>Select a group</b></font><br><br>
<table border="1" cellpadding="5" cellspacing="0" bordercolor="#c8d2dc" width="80%">
<tr bgcolor="#dfe7ef"><th align="left">Group</th><th align="left">Number</th><th align="left">Role</th></tr>
<tr onclick="location.href='/uman/group.jsp?id=1'" style="cursor:pointer" data-eval-target><td>Employer (NSSO)</td><td>1234567-89</td><td>Employer</td></tr>
<tr onclick="location.href='/uman/group.jsp?id=2'" style="cursor:pointer" bgcolor="#f6f8fa"><td>Company (CBE)</td><td>${FIRMS.en.kbo}</td><td>Enterprise</td></tr>
<tr onclick="location.href='/uman/group.jsp?id=3'" style="cursor:pointer"><td>Service provider</td><td>—</td><td>Service provider</td></tr>
</table>` }));

P({ id: 'foreign-ra-uman-groups-fr-divsoup-1', journey: RA, page: 'uman-groups', lang: 'fr', url: `${SS}/uman/#/fr/groupes`, done: before(RA, 'employer-group'), expect: { kind: 'step', step: 'employer-group' }, build: 'divsoup', note: 'q-item cards; the employer group is first shown as "ONSS – Employeur" (word order changed)' },
umanDiv('fr', { title: 'Groupes', menu: false, group: false, main: `
<div class="text-h5" role="heading" aria-level="1" style="font-size:24px">Vos groupes</div>
<p>Sélectionnez le groupe pour lequel vous souhaitez gérer les accès.</p>
<div class="q-list q-list--bordered q-list--separator" role="list">
 <div class="q-item q-item--clickable q-link cursor-pointer q-focusable" tabindex="0" role="listitem" data-eval-target><div class="q-item__section q-item__section--main"><div class="q-item__label">ONSS – Employeur</div><div class="q-item__label q-item__label--caption">Numéro ONSS 1234567-89 · actif</div></div><div class="q-item__section q-item__section--side"><i class="q-icon material-icons" aria-hidden="true">chevron_right</i></div></div>
 <div class="q-item q-item--clickable q-link cursor-pointer q-focusable" tabindex="0" role="listitem"><div class="q-item__section q-item__section--main"><div class="q-item__label">Entreprise (BCE)</div><div class="q-item__label q-item__label--caption">${FIRMS.fr.kbo}</div></div></div>
 <div class="q-item q-item--clickable q-link cursor-pointer q-focusable" tabindex="0" role="listitem"><div class="q-item__section q-item__section--main"><div class="q-item__label">Prestataire de services</div><div class="q-item__label q-item__label--caption">inactif</div></div></div>
</div>` }));

// ============================================================ uman-group-home (users-menu)
P({ id: 'foreign-aa-uman-group-home-fr-primefaces-1', journey: AA, page: 'uman-group-home', lang: 'fr', url: `${SS}/uman/faces/groupHome.xhtml?grp=1`, done: before(AA, 'users-menu'), expect: { kind: 'step', step: 'users-menu' }, build: 'primefaces', note: 'ui-panelmenu "Fonctionnalités"; content panel also mentions users in running text' },
umanPF('fr', { title: 'Employeur ONSS', ringUsers: true, crumbs: ['Employeur ONSS'], main: `
<div id="j_idt40" class="ui-panel ui-widget ui-widget-content ui-corner-all"><div id="j_idt40_header" class="ui-panel-titlebar ui-widget-header ui-helper-clearfix ui-corner-all"><span class="ui-panel-title">Groupe Employeur ONSS</span></div>
<div id="j_idt40_content" class="ui-panel-content ui-widget-content"><p>Bienvenue. Dans ce groupe, vous gérez les comptes de vos collaborateurs et leurs accès aux applications sécurisées de la sécurité sociale.</p>
<table class="ui-panelgrid"><tr><td>Gestionnaire d'accès principal</td><td>Olivier Lambotte</td></tr><tr><td>Utilisateurs actifs</td><td>27</td></tr><tr><td>Dernière connexion</td><td>28/11/2026 09:14</td></tr></table></div></div>
<div class="ui-messages-warn">Pensez à supprimer les accès des collaborateurs qui ont quitté votre entreprise.</div>` }));

P({ id: 'foreign-ra-uman-group-home-en-material-1', journey: RA, page: 'uman-group-home', lang: 'en', url: `${SS}/uman/#/en/group/1/home`, done: before(RA, 'users-menu'), expect: { kind: 'step', step: 'users-menu' }, build: 'material', note: 'mat-sidenav nav list with "Features" subheader; dashboard cards underneath also link to users ("42 users")' },
umanMat('en', { title: 'Home', ringUsers: true, current: 'home', main: `
<h1 ${A}>NSSO employer</h1>
<div ${A} style="display:flex;gap:16px">
<mat-card ${A} class="mat-mdc-card mdc-card"><mat-card-title>42</mat-card-title><mat-card-subtitle>active user accounts</mat-card-subtitle></mat-card>
<mat-card ${A} class="mat-mdc-card mdc-card"><mat-card-title>3</mat-card-title><mat-card-subtitle>access managers</mat-card-subtitle></mat-card>
<mat-card ${A} class="mat-mdc-card mdc-card"><mat-card-title>11</mat-card-title><mat-card-subtitle>secured applications available</mat-card-subtitle></mat-card></div>
<p>Use the menu on the left to manage your group.</p>` }));

P({ id: 'foreign-aa-uman-group-home-de-bootstrap-collapsed-1', journey: AA, page: 'uman-group-home', lang: 'de', url: `${SS}/uman/home.do?grp=1&lang=de`, done: before(AA, 'users-menu'), expect: { kind: 'step', step: 'users-menu' }, build: 'accordion', note: 'the side menu "Funktionalitäten" is a COLLAPSED accordion; its toggle is ringed (Benutzer is hidden inside) — expectation uncertain' },
umanBS('de', { title: 'Startseite', ringUsers: true, collapsedMenu: true, crumbs: ['LSS-Arbeitgeber'], main: `
<h1>LSS-Arbeitgeber</h1>
<div class="card"><div class="card-header">Ihre Gruppe</div><div class="card-body"><p>In dieser Gruppe verwalten Sie die Konten Ihrer Mitarbeiter und deren Zugang zu den gesicherten Anwendungen.</p><p>Öffnen Sie das Menü links, um zu beginnen.</p></div></div>` }));

P({ id: 'foreign-ra-uman-group-home-nl-divsoup-1', journey: RA, page: 'uman-group-home', lang: 'nl', url: `${SS}/uman/#/nl/groep/1`, done: before(RA, 'users-menu'), expect: { kind: 'step', step: 'users-menu' }, build: 'divsoup', note: 'q-drawer of clickable q-items (no links), menu label "Gebruikersbeheer"' },
umanDiv('nl', { title: 'Startpagina', ringUsers: true, current: 'home', labels: { users: 'Gebruikersbeheer' }, main: `
<div role="heading" aria-level="1" style="font-size:24px">Werkgever RSZ</div>
<div class="q-card"><p>Welkom ${'Kathleen Verbruggen'}. Kies in het menu Functionaliteiten wat u wilt doen.</p></div>
<div class="q-banner bg-warning" role="alert">Vanaf 1 januari 2027 moeten alle gebruikers zich aanmelden met eID of itsme.</div>` }));

// ============================================================ uman-users-list (add-user)
const bigList = people(230, 4242);
P({ id: 'foreign-aa-uman-users-list-nl-bootstrap-long-1', journey: AA, page: 'uman-users-list', lang: 'nl', url: `${SS}/uman/users.do?grp=1&lang=nl`, done: before(AA, 'add-user'), expect: { kind: 'step', step: 'add-user' }, build: 'longtable', note: '230 fake users with an "Wijzigen" link per row; the "Gebruiker toevoegen" button above the table is ringed' },
umanBS('nl', { title: 'Gebruikers', current: 'users', crumbs: ['Werkgever RSZ', 'Gebruikers'], main: `
<div style="display:flex;justify-content:space-between;align-items:center"><h1>Gebruikers <span class="badge">${bigList.length}</span></h1><a class="btn btn-primary" href="/uman/userAdd.do" data-eval-target>+ Gebruiker toevoegen</a></div>
<form class="mb-3" role="search"><label class="form-label" for="flt">Filter</label><input class="form-control" id="flt" type="search" placeholder="Naam of INSZ"></form>
<table class="table table-striped"><thead><tr><th>Naam</th><th>Voornaam</th><th>INSZ</th><th>E-mail</th><th>Toepassingen</th><th><span class="visually-hidden">Acties</span></th></tr></thead><tbody>
${bigList.map((p) => `<tr><td>${p.last}</td><td>${p.first}</td><td>${p.niss}</td><td>${p.mail}</td><td>${p.apps}</td><td><a class="btn btn-sm btn-link" href="#">Wijzigen</a></td></tr>`).join('\n')}
</tbody></table>
<nav aria-label="Paginering"><a href="#">« Vorige</a> 1 <a href="#">Volgende »</a></nav>` }));

const smallList = people(12, 77);
P({ id: 'foreign-aa-uman-users-list-fr-material-1', journey: AA, page: 'uman-users-list', lang: 'fr', url: `${SS}/uman/#/fr/group/1/users`, done: before(AA, 'add-user'), expect: { kind: 'step', step: 'add-user' }, build: 'material', note: 'mat-table with per-row icon buttons; "Ajouter un utilisateur" mat-raised-button with icon ringed' },
umanMat('fr', { title: 'Utilisateurs', current: 'users', crumbs: ['Employeur ONSS', 'Utilisateurs'], main: `
<div ${A} style="display:flex;justify-content:space-between"><h1 ${A}>Utilisateurs du groupe</h1>${matBtn('Ajouter un utilisateur', { icon: 'person_add', target: true })}</div>
<table ${A} mat-table="" class="mat-mdc-table mdc-data-table__table cdk-table" role="table"><thead role="rowgroup"><tr role="row" class="mat-mdc-header-row mdc-data-table__header-row cdk-header-row"><th role="columnheader" class="mat-mdc-header-cell">Nom</th><th role="columnheader" class="mat-mdc-header-cell">NISS</th><th role="columnheader" class="mat-mdc-header-cell">Courriel</th><th role="columnheader" class="mat-mdc-header-cell"></th></tr></thead><tbody role="rowgroup">
${smallList.map((p) => `<tr role="row" class="mat-mdc-row mdc-data-table__row cdk-row"><td role="cell" class="mat-mdc-cell">${p.last} ${p.first}</td><td role="cell" class="mat-mdc-cell">${p.niss}</td><td role="cell" class="mat-mdc-cell">${p.mail}</td><td role="cell" class="mat-mdc-cell"><button mat-icon-button="" class="mdc-icon-button mat-mdc-icon-button" aria-label="Modifier ${p.first} ${p.last}"><mat-icon class="mat-icon material-icons" aria-hidden="true">edit</mat-icon></button></td></tr>`).join('\n')}
</tbody></table>
<mat-paginator ${A} class="mat-mdc-paginator"><div class="mat-mdc-paginator-range-label">1 – 12 sur 12</div></mat-paginator>` }));

P({ id: 'foreign-aa-uman-users-list-de-tables-1', journey: AA, page: 'uman-users-list', lang: 'de', url: `${SS}/uman/users.jsp?lang=de`, done: before(AA, 'add-user'), expect: { kind: 'step', step: 'add-user' }, build: 'tables', note: 'add action is <input type="image" alt="Benutzer anlegen"> next to a "Suchen" submit' },
umanTables('de', { title: 'Benutzer', main: `
<font size="3"><b>Benutzerliste</b></font>
<form action="/uman/users.jsp" method="post"><table border="0" cellpadding="3"><tr><td>Name:</td><td><input type="text" name="q" size="20"></td><td><input type="submit" value="Suchen"></td><td>&nbsp;&nbsp;<input type="image" name="add" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="110" height="22" alt="Benutzer anlegen" data-eval-target></td></tr></table></form>
<table border="1" cellpadding="4" cellspacing="0" bordercolor="#c8d2dc" width="100%"><tr bgcolor="#dfe7ef"><th>Name</th><th>ENSS</th><th>Status</th></tr>
${people(9, 5).map((p) => `<tr><td><a href="#">${p.last}, ${p.first}</a></td><td>${p.niss}</td><td>aktiv</td></tr>`).join('\n')}</table>` }));

// ============================================================ uman-add-user (add-user)
P({ id: 'foreign-aa-uman-add-user-fr-primefaces-1', journey: AA, page: 'uman-add-user', lang: 'fr', url: `${SS}/uman/faces/users/add.xhtml`, done: before(AA, 'add-user'), expect: { kind: 'step', step: 'add-user' }, build: 'primefaces', note: 'ui-panel "Ajouter un utilisateur", label NISS with help text; input ringed, Suivant button' },
umanPF('fr', { title: 'Ajouter un utilisateur', current: 'users', crumbs: ['Employeur ONSS', 'Utilisateurs', 'Ajouter'], main: `
<form id="j_idt42:frm" name="j_idt42:frm" method="post">
<div id="j_idt42:frm:pnl" class="ui-panel ui-widget ui-widget-content ui-corner-all"><div class="ui-panel-titlebar ui-widget-header ui-corner-all"><span class="ui-panel-title">Ajouter un utilisateur</span></div><div class="ui-panel-content ui-widget-content">
<table class="ui-panelgrid ui-widget"><tr><td><label id="j_idt42:frm:lblNiss" class="ui-outputlabel ui-widget" for="j_idt42:frm:niss">NISS<span class="ui-outputlabel-rfi">*</span></label></td>
<td><input id="j_idt42:frm:niss" name="j_idt42:frm:niss" type="text" maxlength="15" class="ui-inputfield ui-inputmask ui-widget ui-state-default ui-corner-all" aria-required="true" placeholder="__.__.__-___.__" data-eval-target></td></tr>
<tr><td></td><td><small>Numéro d'identification de la sécurité sociale (numéro de registre national ou numéro bis).</small></td></tr></table>
${pfBtn('j_idt42:frm:btnCancel', 'Annuler', { secondary: true })} ${pfBtn('j_idt42:frm:btnNext', 'Suivant')}
</div></div><input type="hidden" name="javax.faces.ViewState" value="3307816630402934051:-1120977745" autocomplete="off"></form>` }));

P({ id: 'foreign-aa-uman-add-user-nl-material-1', journey: AA, page: 'uman-add-user', lang: 'nl', url: `${SS}/uman/#/nl/group/1/users/new`, done: before(AA, 'add-user'), expect: { kind: 'step', step: 'add-user' }, build: 'material', note: 'mat-form-field with mat-label "Rijksregisternummer (INSZ)"; button "Verder"' },
umanMat('nl', { title: 'Een gebruiker toevoegen', current: 'users', main: `
<mat-card ${A} class="mat-mdc-card mdc-card"><mat-card-header><mat-card-title ${A}>Een gebruiker toevoegen</mat-card-title></mat-card-header><mat-card-content>
<p>Geef het rijksregisternummer van de persoon in. Als die al een account heeft, kunt u het daarna aanpassen.</p>
<form ${A} novalidate="" class="ng-untouched ng-pristine ng-invalid">${matField('Rijksregisternummer (INSZ)', { required: true, target: true, hint: '11 cijfers, met of zonder scheidingstekens' })}
<div ${A} style="display:flex;gap:8px">${matBtn('Annuleren', { raised: false })}${matBtn('Verder')}</div></form></mat-card-content></mat-card>` }));

P({ id: 'foreign-aa-uman-add-user-en-dialog-1', journey: AA, page: 'uman-add-user', lang: 'en', url: `${SS}/uman/#/en/group/1/users`, done: before(AA, 'add-user'), expect: { kind: 'step', step: 'add-user' }, build: 'dialog', note: 'cdk-overlay dialog over the users list (whose "Add a user" button is beneath the backdrop); the dialog\'s national-number field is ringed' },
umanMat('en', { title: 'Users', current: 'users', main: `
<div ${A} style="display:flex;justify-content:space-between"><h1 ${A}>Users</h1>${matBtn('Add a user', { icon: 'person_add' })}</div>
<table ${A} class="mat-mdc-table" role="table"><tbody>${people(6, 9).map((p) => `<tr class="mat-mdc-row" role="row"><td class="mat-mdc-cell">${p.first} ${p.last}</td><td class="mat-mdc-cell">${p.niss}</td></tr>`).join('')}</tbody></table>`,
overlay: `<div class="cdk-overlay-backdrop cdk-overlay-dark-backdrop cdk-overlay-backdrop-showing"></div><div class="cdk-global-overlay-wrapper" dir="ltr"><div id="cdk-overlay-0" class="cdk-overlay-pane mat-mdc-dialog-panel"><mat-dialog-container tabindex="-1" class="mat-mdc-dialog-container mdc-dialog cdk-dialog-container mdc-dialog--open" role="dialog" aria-modal="true" aria-labelledby="mat-mdc-dialog-title-0"><div class="mdc-dialog__container"><div class="mat-mdc-dialog-surface mdc-dialog__surface">
<app-add-user-dialog _ngcontent-ng-c301 class="ng-star-inserted"><h2 mat-dialog-title="" class="mat-mdc-dialog-title mdc-dialog__title" id="mat-mdc-dialog-title-0">New user</h2>
<mat-dialog-content class="mat-mdc-dialog-content mdc-dialog__content"><p>Enter the social security identification number (NISS) of the person you want to add.</p>${matField('National register number', { required: true, target: true })}</mat-dialog-content>
<mat-dialog-actions class="mat-mdc-dialog-actions mdc-dialog__actions">${matBtn('Cancel', { raised: false })}${matBtn('Next')}</mat-dialog-actions></app-add-user-dialog></div></div></mat-dialog-container></div></div>` }));

P({ id: 'foreign-aa-uman-add-user-de-divsoup-1', journey: AA, page: 'uman-add-user', lang: 'de', url: `${SS}/uman/#/de/benutzer/neu`, done: before(AA, 'add-user'), expect: { kind: 'step', step: 'add-user' }, build: 'divsoup', note: 'q-field wrapping label (text in a div, not <label for>); "Weiter" is a div role=button' },
umanDiv('de', { title: 'Benutzer hinzufügen', current: 'users', main: `
<div role="heading" aria-level="1" style="font-size:24px">Einen Benutzer hinzufügen</div>
<div class="q-card"><p>Geben Sie die Nationalregisternummer (ENSS) des neuen Benutzers ein.</p>
${qField('Nationalregisternummer', { required: true, target: true })}
<div class="row" style="gap:8px"><div class="q-btn q-btn--outline" role="button" tabindex="0">Abbrechen</div><div class="q-btn" role="button" tabindex="0">Weiter</div></div></div>` }));

// ============================================================ uman-new-user (fill-required)
P({ id: 'foreign-aa-uman-new-user-nl-primefaces-1', journey: AA, page: 'uman-new-user', lang: 'nl', url: `${SS}/uman/faces/users/create.xhtml`, done: before(AA, 'fill-required'), expect: { kind: 'step', step: 'fill-required' }, build: 'primefaces', note: 'name and first name pre-filled (readonly) from the national register; first EMPTY required field is E-mailadres' },
umanPF('nl', { title: 'Nieuwe gebruiker', current: 'users', crumbs: ['Werkgever RSZ', 'Gebruikers', 'Nieuwe gebruiker'], main: `
<form id="j_idt55:frm" method="post"><div class="ui-messages-info">Deze persoon heeft nog geen account. Vul de gegevens aan. Velden met * zijn verplicht.</div>
<div class="ui-panel ui-widget"><div class="ui-panel-titlebar ui-widget-header"><span class="ui-panel-title">Identificatie</span></div><div class="ui-panel-content">
<table class="ui-panelgrid ui-widget" role="grid">
<tr><td><label class="ui-outputlabel" for="j_idt55:frm:insz">INSZ</label></td><td><input id="j_idt55:frm:insz" class="ui-inputfield ui-state-disabled" type="text" value="${NEWP.nl.niss}" readonly></td></tr>
<tr><td><label class="ui-outputlabel" for="j_idt55:frm:naam">Naam<span class="ui-outputlabel-rfi">*</span></label></td><td><input id="j_idt55:frm:naam" class="ui-inputfield" type="text" value="${NEWP.nl.last}" readonly aria-required="true"></td></tr>
<tr><td><label class="ui-outputlabel" for="j_idt55:frm:vnaam">Voornaam<span class="ui-outputlabel-rfi">*</span></label></td><td><input id="j_idt55:frm:vnaam" class="ui-inputfield" type="text" value="${NEWP.nl.first}" readonly aria-required="true"></td></tr>
<tr><td><label class="ui-outputlabel" for="j_idt55:frm:mail">E-mailadres<span class="ui-outputlabel-rfi">*</span></label></td><td><input id="j_idt55:frm:mail" name="j_idt55:frm:mail" class="ui-inputfield ui-inputtext ui-widget ui-state-default ui-corner-all" type="email" aria-required="true" data-eval-target></td></tr>
<tr><td><label class="ui-outputlabel" for="j_idt55:frm:tel">Telefoon</label></td><td><input id="j_idt55:frm:tel" class="ui-inputfield" type="tel"></td></tr>
<tr><td><label class="ui-outputlabel" for="j_idt55:frm:taal_input">Taal<span class="ui-outputlabel-rfi">*</span></label></td><td><select id="j_idt55:frm:taal_input" aria-required="true"><option value="nl" selected>Nederlands</option><option value="fr">Frans</option><option value="de">Duits</option></select></td></tr>
</table></div></div>
<div class="ui-panel ui-widget"><div class="ui-panel-titlebar ui-widget-header"><span class="ui-panel-title">Beveiligde toepassingen</span></div><div class="ui-panel-content"><table id="j_idt55:frm:apps" class="ui-selectmanycheckbox ui-widget" role="group">
${APPS.nl.map((a, i) => pfChk(`j_idt55:frm:apps:${i}`, a)).join('\n')}</table></div></div>
${pfBtn('j_idt55:frm:cancel', 'Annuleren', { secondary: true })} ${pfBtn('j_idt55:frm:save', 'Opslaan', { icon: 'pi pi-save' })}</form>` }));

P({ id: 'foreign-aa-uman-new-user-de-material-1', journey: AA, page: 'uman-new-user', lang: 'de', url: `${SS}/uman/#/de/group/1/users/create`, done: before(AA, 'fill-required'), expect: { kind: 'step', step: 'fill-required' }, build: 'material', note: 'mat-form-fields with required + aria-required; ENSS is shown readonly with a value; first empty required is Nachname' },
umanMat('de', { title: 'Neuer Benutzer', current: 'users', main: `
<h1 ${A}>Neuen Benutzer anlegen</h1>
<form ${A} class="ng-invalid">${matField('ENSS', { value: NEWP.de.niss, readonly: true })}
${matField('Nachname', { required: true, target: true })}${matField('Vorname', { required: true })}${matField('E-Mail-Adresse', { required: true, type: 'email' })}${matField('Telefonnummer', { type: 'tel', hint: 'optional' })}
<h2 ${A}>Gesicherte Anwendungen</h2>${APPS.de.map((a) => matChk(a)).join('\n')}
<div ${A} style="margin-top:16px">${matBtn('Abbrechen', { raised: false })} ${matBtn('Speichern')}</div></form>` }));

P({ id: 'foreign-aa-uman-new-user-en-bootstrap-1', journey: AA, page: 'uman-new-user', lang: 'en', url: `${SS}/uman/userCreate.do?lang=en`, done: before(AA, 'fill-required'), expect: { kind: 'step', step: 'fill-required' }, build: 'bootstrap', note: 'required marked ONLY by a red asterisk (no required/aria-required); an optional "Job title" field comes first, so the ringed field is "Email address"' },
umanBS('en', { title: 'New user', current: 'users', crumbs: ['NSSO employer', 'Users', 'New user'], main: `
<h1>Create a user account</h1>
<p>Name: <strong>${NEWP.en.last} ${NEWP.en.first}</strong> · NISS ${NEWP.en.niss} <small>(from the National Register)</small></p>
<p class="text-muted">Fields marked with <span class="text-danger">*</span> are mandatory.</p>
<form>
<div class="form-floating"><input class="form-control" id="job" type="text" placeholder=" "><label for="job">Job title</label></div>
<div class="form-floating"><input class="form-control" id="email" type="email" placeholder=" " data-eval-target><label for="email">Email address <span class="text-danger">*</span></label></div>
<div class="form-floating"><input class="form-control" id="phone" type="tel" placeholder=" "><label for="phone">Phone number <span class="text-danger">*</span></label></div>
<div class="mb-3"><label class="form-label" for="lng">Language <span class="text-danger">*</span></label><select class="form-select" id="lng"><option value="">– choose –</option><option>English</option><option>Nederlands</option><option>Français</option><option>Deutsch</option></select></div>
<fieldset class="mb-3"><legend>Secure applications</legend>${APPS.en.map((a, i) => `<div class="form-check"><input class="form-check-input" type="checkbox" id="app${i}"><label class="form-check-label" for="app${i}">${a}</label></div>`).join('')}</fieldset>
<button class="btn btn-outline-secondary" type="button">Cancel</button> <button class="btn btn-primary" type="submit">Save</button></form>` }));

P({ id: 'foreign-aa-uman-new-user-fr-tables-1', journey: AA, page: 'uman-new-user', lang: 'fr', url: `${SS}/uman/userCreate.jsp?lang=fr`, done: before(AA, 'fill-required'), expect: { kind: 'step', step: 'fill-required' }, build: 'tables', note: 'table form, labels in <td> without for, required marked by <font color=red>*</font>; Nom is first and empty' },
umanTables('fr', { title: 'Nouvel utilisateur', main: `
<font size="3"><b>Nouvel utilisateur</b></font><br><font size="1">Les champs marqués d'un <font color="red">*</font> sont obligatoires.</font>
<form action="/uman/userCreate.jsp" method="post"><table border="0" cellpadding="4">
<tr><td>NISS</td><td><b>${NEWP.fr.niss}</b><input type="hidden" name="niss" value="${NEWP.fr.niss.replace(/\D/g, '')}"></td></tr>
<tr><td>Nom <font color="red">*</font></td><td><input type="text" name="nom" size="30" data-eval-target></td></tr>
<tr><td>Prénom <font color="red">*</font></td><td><input type="text" name="prenom" size="30"></td></tr>
<tr><td>Adresse e-mail <font color="red">*</font></td><td><input type="text" name="email" size="30"></td></tr>
<tr><td>Téléphone</td><td><input type="text" name="tel" size="20"></td></tr>
<tr><td valign="top">Applications sécurisées</td><td>${APPS.fr.map((a, i) => `<input type="checkbox" name="app" value="${i}"> ${a}<br>`).join('')}</td></tr>
<tr><td></td><td><input type="submit" name="annuler" value="Annuler"> <input type="submit" name="enregistrer" value="Enregistrer"></td></tr></table></form>` }));

// ============================================================ uman-new-user-filled (tick-tr-fpp)
P({ id: 'foreign-aa-uman-new-user-filled-fr-primefaces-1', journey: AA, page: 'uman-new-user-filled', lang: 'fr', url: `${SS}/uman/faces/users/create.xhtml`, done: before(AA, 'tick-tr-fpp'), expect: { kind: 'step', step: 'tick-tr-fpp' }, build: 'primefaces', note: 'ui-selectmanycheckbox: real inputs inside ui-helper-hidden-accessible, styled ui-chkbox-box beside; TR-FPP hidden input ringed' },
umanPF('fr', { title: 'Nouvel utilisateur', current: 'users', crumbs: ['Employeur ONSS', 'Utilisateurs', 'Nouvel utilisateur'], main: `
<form id="j_idt61:frm" method="post">
<div class="ui-panel ui-widget"><div class="ui-panel-titlebar ui-widget-header"><span class="ui-panel-title">Données de l'utilisateur</span></div><div class="ui-panel-content"><table class="ui-panelgrid ui-widget">
<tr><td><label for="j_idt61:frm:niss">NISS</label></td><td><input id="j_idt61:frm:niss" class="ui-inputfield" value="${NEWP.fr.niss}" readonly></td></tr>
<tr><td><label for="j_idt61:frm:nom">Nom<span class="ui-outputlabel-rfi">*</span></label></td><td><input id="j_idt61:frm:nom" class="ui-inputfield" value="${NEWP.fr.last}" aria-required="true"></td></tr>
<tr><td><label for="j_idt61:frm:prenom">Prénom<span class="ui-outputlabel-rfi">*</span></label></td><td><input id="j_idt61:frm:prenom" class="ui-inputfield" value="${NEWP.fr.first}" aria-required="true"></td></tr>
<tr><td><label for="j_idt61:frm:mail">Courriel<span class="ui-outputlabel-rfi">*</span></label></td><td><input id="j_idt61:frm:mail" class="ui-inputfield" type="email" value="${NEWP.fr.mail}" aria-required="true"></td></tr>
<tr><td><label for="j_idt61:frm:tel">Téléphone<span class="ui-outputlabel-rfi">*</span></label></td><td><input id="j_idt61:frm:tel" class="ui-inputfield" type="tel" value="${NEWP.fr.tel}" aria-required="true"></td></tr>
</table></div></div>
<div class="ui-panel ui-widget"><div class="ui-panel-titlebar ui-widget-header"><span class="ui-panel-title">Applications sécurisées</span></div><div class="ui-panel-content"><p>Cochez les applications auxquelles cet utilisateur aura accès.</p><table id="j_idt61:frm:apps" class="ui-selectmanycheckbox ui-widget" role="group">
${APPS.fr.map((a, i) => pfChk(`j_idt61:frm:apps:${i}`, a, { target: a === 'TR-FPP' })).join('\n')}</table></div></div>
${pfBtn('j_idt61:frm:back', 'Précédent', { secondary: true })} ${pfBtn('j_idt61:frm:save', 'Enregistrer')}</form>` }));

P({ id: 'foreign-aa-uman-new-user-filled-nl-material-1', journey: AA, page: 'uman-new-user-filled', lang: 'nl', url: `${SS}/uman/#/nl/group/1/users/create`, done: before(AA, 'tick-tr-fpp'), expect: { kind: 'step', step: 'tick-tr-fpp' }, build: 'material', note: 'mat-checkbox list under "Beveiligde applicaties" (synonym); native input ringed; TR-FPP described as "TR-FPP – Transparantie farmaceutische firma\'s"' },
umanMat('nl', { title: 'Nieuwe gebruiker', current: 'users', main: `
<h1 ${A}>Nieuwe gebruiker</h1>
<form ${A} class="ng-valid ng-dirty">${matField('INSZ', { value: NEWP.nl.niss, readonly: true })}${matField('Naam', { required: true, value: NEWP.nl.last })}${matField('Voornaam', { required: true, value: NEWP.nl.first })}${matField('E-mail', { required: true, value: NEWP.nl.mail, type: 'email' })}${matField('Telefoon', { value: NEWP.nl.tel })}
<h2 ${A}>Beveiligde applicaties</h2>${APPS.nl.map((a) => matChk(a === 'TR-FPP' ? 'TR-FPP – Transparantie farmaceutische firma\'s' : a, { target: a === 'TR-FPP' })).join('\n')}
<div ${A} style="margin-top:16px">${matBtn('Annuleren', { raised: false })} ${matBtn('Bewaren')}</div></form>` }));

P({ id: 'foreign-aa-uman-new-user-filled-de-divsoup-1', journey: AA, page: 'uman-new-user-filled', lang: 'de', url: `${SS}/uman/#/de/benutzer/neu/2`, done: before(AA, 'tick-tr-fpp'), expect: { kind: 'step', step: 'tick-tr-fpp' }, build: 'divsoup', note: 'checkboxes are div role=checkbox with aria-label, no native input; TR-FPP div ringed' },
umanDiv('de', { title: 'Neuer Benutzer', current: 'users', main: `
<div role="heading" aria-level="1" style="font-size:24px">Neuer Benutzer</div>
<div class="q-card">${qField('ENSS', { value: NEWP.de.niss })}${qField('Nachname', { required: true, value: NEWP.de.last })}${qField('Vorname', { required: true, value: NEWP.de.first })}${qField('E-Mail', { required: true, value: NEWP.de.mail })}</div>
<div class="q-card"><div role="heading" aria-level="2" style="font-weight:500">Geschützte Anwendungen</div>
<div role="group">${APPS.de.map((a) => qChk(a, { target: a === 'TR-FPP' })).join('\n')}</div></div>
<div class="row" style="gap:8px"><div class="q-btn q-btn--outline" role="button" tabindex="0">Zurück</div><div class="q-btn" role="button" tabindex="0">Speichern</div></div>` }));

P({ id: 'foreign-aa-uman-new-user-filled-en-tables-1', journey: AA, page: 'uman-new-user-filled', lang: 'en', url: `${SS}/uman/userCreate.jsp?lang=en&step=2`, done: before(AA, 'tick-tr-fpp'), expect: { kind: 'step', step: 'tick-tr-fpp' }, build: 'tables', note: 'applications in a table: checkbox in one cell, name in the next (no <label>); TR-FPP checkbox ringed' },
umanTables('en', { title: 'New user', main: `
<font size="3"><b>New user – ${NEWP.en.first} ${NEWP.en.last}</b></font>
<form method="post"><table border="0" cellpadding="3">
<tr><td>NISS</td><td>${NEWP.en.niss}</td></tr><tr><td>Surname <font color="red">*</font></td><td><input name="sn" value="${NEWP.en.last}"></td></tr><tr><td>First name <font color="red">*</font></td><td><input name="fn" value="${NEWP.en.first}"></td></tr><tr><td>E-mail <font color="red">*</font></td><td><input name="em" value="${NEWP.en.mail}"></td></tr></table>
<br><b>Secured applications</b>
<table border="1" cellpadding="3" cellspacing="0" bordercolor="#c8d2dc"><tr bgcolor="#dfe7ef"><th>&nbsp;</th><th>Application</th><th>Institution</th></tr>
${APPS.en.map((a, i) => `<tr><td><input type="checkbox" name="app" value="${i}"${a === 'TR-FPP' ? ' data-eval-target' : ''}></td><td>${a}</td><td>${a === 'TR-FPP' ? 'INAMI-RIZIV' : 'NSSO'}</td></tr>`).join('\n')}</table><br>
<input type="submit" value="Save"> <input type="reset" value="Reset"></form>` }));

// ============================================================ uman-existing-person (edit-existing)
const EXP = { nl: { n: 'Lien Claessens', niss: niss('80', '12', '03', '046') }, de: { n: 'Jonas Schröder', niss: niss('72', '01', '29', '231') }, fr: { n: 'Aurélie Masson', niss: niss('95', '09', '14', '152') }, en: { n: 'Daniel Okafor', niss: niss('84', '07', '11', '089') } };
P({ id: 'foreign-aa-uman-existing-person-nl-bootstrap-1', journey: AA, page: 'uman-existing-person', lang: 'nl', url: `${SS}/uman/userAdd.do?step=2`, done: before(AA, 'edit-existing'), expect: { kind: 'step', step: 'edit-existing' }, build: 'bootstrap', note: 'alert "already has an account" + card of the person with current applications; "Account aanpassen" button ringed (Users menu present)' },
umanBS('nl', { title: 'Bestaande gebruiker', current: 'users', crumbs: ['Werkgever RSZ', 'Gebruikers', 'Toevoegen'], main: `
<div class="alert alert-info" role="status">Deze persoon heeft al een gebruikersaccount binnen uw onderneming. U kunt het account aanpassen.</div>
<div class="card"><div class="card-header">${EXP.nl.n}</div><div class="card-body"><p>INSZ: ${EXP.nl.niss}<br>E-mail: lien.claessens@example.com</p><p>Toepassingen: <span class="badge">Dimona</span> <span class="badge">DmfA</span></p>
<a class="btn btn-outline-secondary" href="/uman/users.do">Terug naar de lijst</a> <a class="btn btn-primary" href="/uman/userEdit.do?id=881" data-eval-target>Account aanpassen</a></div></div>` }));

P({ id: 'foreign-aa-uman-existing-person-de-primefaces-1', journey: AA, page: 'uman-existing-person', lang: 'de', url: `${SS}/uman/faces/users/existing.xhtml`, done: before(AA, 'edit-existing'), expect: { kind: 'step', step: 'edit-existing' }, build: 'primefaces', note: 'ui-messages-warn notice; ui-button "Bearbeiten" with icon ringed beside "Zurück"' },
umanPF('de', { title: 'Benutzer vorhanden', current: 'users', crumbs: ['LSS-Arbeitgeber', 'Benutzer'], main: `
<form id="j_idt70:frm"><div class="ui-messages ui-widget" aria-live="polite"><div class="ui-messages-warn ui-corner-all"><span class="ui-messages-warn-icon"></span><span class="ui-messages-warn-summary">Für diese Person besteht bereits ein Benutzerkonto.</span></div></div>
<div class="ui-panel ui-widget"><div class="ui-panel-titlebar ui-widget-header"><span class="ui-panel-title">${EXP.de.n}</span></div><div class="ui-panel-content"><table class="ui-panelgrid"><tr><td>ENSS</td><td>${EXP.de.niss}</td></tr><tr><td>Anwendungen</td><td>Dimona, eBox Unternehmen</td></tr><tr><td>Erstellt am</td><td>03.02.2025</td></tr></table></div></div>
${pfBtn('j_idt70:frm:back', 'Zurück', { secondary: true })} ${pfBtn('j_idt70:frm:edit', 'Bearbeiten', { icon: 'pi pi-pencil', target: true })}</form>` }));

P({ id: 'foreign-aa-uman-existing-person-fr-dialog-1', journey: AA, page: 'uman-existing-person', lang: 'fr', url: `${SS}/uman/#/fr/group/1/users/new`, done: before(AA, 'edit-existing'), expect: { kind: 'step', step: 'edit-existing' }, build: 'dialog', note: 'cdk dialog "déjà enregistrée" over the add-user form (NISS field filled, Suivant beneath); dialog button "Modifier son compte" ringed' },
umanMat('fr', { title: 'Ajouter un utilisateur', current: 'users', main: `
<mat-card ${A} class="mat-mdc-card"><mat-card-title ${A}>Ajouter un utilisateur</mat-card-title>${matField('NISS', { required: true, value: EXP.fr.niss })}${matBtn('Suivant')}</mat-card>`,
overlay: `<div class="cdk-overlay-backdrop cdk-overlay-dark-backdrop cdk-overlay-backdrop-showing"></div><div class="cdk-global-overlay-wrapper"><div class="cdk-overlay-pane"><mat-dialog-container class="mat-mdc-dialog-container mdc-dialog--open" role="alertdialog" aria-modal="true" aria-labelledby="dlg-t" tabindex="-1"><div class="mat-mdc-dialog-surface">
<h2 mat-dialog-title="" id="dlg-t" class="mat-mdc-dialog-title">Utilisateur existant</h2><mat-dialog-content class="mat-mdc-dialog-content"><p>${EXP.fr.n} (${EXP.fr.niss}) est déjà enregistrée comme utilisateur de votre entreprise. Voulez-vous modifier ses accès ?</p></mat-dialog-content>
<mat-dialog-actions align="end" class="mat-mdc-dialog-actions">${matBtn('Annuler', { raised: false })}${matBtn('Modifier son compte', { target: true })}</mat-dialog-actions></div></mat-dialog-container></div></div>` }));

// ============================================================ uman-edit-user (tick-tr-fpp)
P({ id: 'foreign-aa-uman-edit-user-en-primefaces-1', journey: AA, page: 'uman-edit-user', lang: 'en', url: `${SS}/uman/faces/users/edit.xhtml?id=4471`, done: before(AA, 'tick-tr-fpp'), expect: { kind: 'step', step: 'tick-tr-fpp' }, build: 'primefaces', note: 'edit form of an existing person: Dimona and eBox already ticked; unticked TR-FPP hidden input ringed' },
umanPF('en', { title: 'Edit user', current: 'users', crumbs: ['NSSO employer', 'Users', EXP.en.n], main: `
<form id="j_idt80:frm"><h2>Edit user: ${EXP.en.n}</h2>
<div class="ui-panel ui-widget"><div class="ui-panel-titlebar ui-widget-header"><span class="ui-panel-title">Personal data</span></div><div class="ui-panel-content"><table class="ui-panelgrid">
<tr><td>NISS</td><td>${EXP.en.niss}</td></tr><tr><td><label for="j_idt80:frm:mail">E-mail *</label></td><td><input id="j_idt80:frm:mail" class="ui-inputfield" value="daniel.okafor@example.com" aria-required="true"></td></tr></table></div></div>
<div class="ui-panel ui-widget"><div class="ui-panel-titlebar ui-widget-header"><span class="ui-panel-title">Secured applications</span></div><div class="ui-panel-content"><table class="ui-selectmanycheckbox ui-widget" role="group">
${APPS.en.map((a, i) => pfChk(`j_idt80:frm:apps:${i}`, a, { checked: i === 0 || i === 2, target: a === 'TR-FPP' })).join('\n')}</table></div></div>
${pfBtn('j_idt80:frm:cancel', 'Cancel', { secondary: true })} ${pfBtn('j_idt80:frm:save', 'Save changes')}</form>` }));

P({ id: 'foreign-aa-uman-edit-user-de-material-1', journey: AA, page: 'uman-edit-user', lang: 'de', url: `${SS}/uman/#/de/group/1/users/4471/edit`, done: before(AA, 'tick-tr-fpp'), expect: { kind: 'step', step: 'tick-tr-fpp' }, build: 'material', note: 'applications as a mat-table with a checkbox column; TR-FPP native input ringed' },
umanMat('de', { title: 'Benutzer bearbeiten', current: 'users', main: `
<h1 ${A}>${EXP.de.n} bearbeiten</h1>${matField('E-Mail-Adresse', { required: true, value: 'jonas.schroeder@example.com' })}
<h2 ${A}>Gesicherte Anwendungen</h2>
<table ${A} class="mat-mdc-table" role="table"><thead><tr class="mat-mdc-header-row"><th class="mat-mdc-header-cell">Zugang</th><th class="mat-mdc-header-cell">Anwendung</th><th class="mat-mdc-header-cell">Einrichtung</th></tr></thead><tbody>
${APPS.de.map((a, i) => `<tr class="mat-mdc-row" role="row"><td class="mat-mdc-cell">${matChk(`<span class="cdk-visually-hidden">${a}</span>`, { checked: i === 0 || i === 2, target: a === 'TR-FPP' })}</td><td class="mat-mdc-cell">${a}</td><td class="mat-mdc-cell">${a === 'TR-FPP' ? 'LIKIV' : 'LSS'}</td></tr>`).join('\n')}</tbody></table>
<div ${A} style="margin-top:16px">${matBtn('Abbrechen', { raised: false })} ${matBtn('Änderungen speichern')}</div>` }));

P({ id: 'foreign-aa-uman-edit-user-fr-bootstrap-1', journey: AA, page: 'uman-edit-user', lang: 'fr', url: `${SS}/uman/userEdit.do?id=5120&lang=fr`, done: before(AA, 'tick-tr-fpp'), expect: { kind: 'step', step: 'tick-tr-fpp' }, build: 'bootstrap', note: 'Bootstrap form-switch toggles (input type=checkbox role=switch) for applications; TR-FPP switch ringed' },
umanBS('fr', { title: 'Modifier un utilisateur', current: 'users', crumbs: ['Employeur ONSS', 'Utilisateurs', EXP.fr.n], main: `
<h1>Modifier l'utilisateur</h1><p>${EXP.fr.n} · NISS ${EXP.fr.niss}</p>
<div class="form-floating"><input class="form-control" id="em" type="email" value="aurelie.masson@example.com" required><label for="em">Adresse électronique *</label></div>
<div class="card"><div class="card-header">Applications protégées</div><div class="card-body">
${APPS.fr.map((a, i) => `<div class="form-check form-switch"><input class="form-check-input" type="checkbox" role="switch" id="sw${i}"${i === 1 ? ' checked' : ''}${a === 'TR-FPP' ? ' data-eval-target' : ''}><label class="form-check-label" for="sw${i}">${a}</label></div>`).join('\n')}</div></div>
<button class="btn btn-outline-secondary">Annuler</button> <button class="btn btn-primary">Sauvegarder</button>` }));

// ============================================================ uman-saved (finish)
P({ id: 'foreign-aa-uman-saved-fr-primefaces-1', journey: AA, page: 'uman-saved', lang: 'fr', url: `${SS}/uman/faces/users/list.xhtml`, done: all(AA), expect: { kind: 'finish' }, build: 'primefaces', note: 'back on the users list with a ui-messages-info "enregistré"; the list has an "Ajouter un utilisateur" button' },
umanPF('fr', { title: 'Utilisateurs', current: 'users', crumbs: ['Employeur ONSS', 'Utilisateurs'], main: `
<div class="ui-messages ui-widget" aria-live="polite"><div class="ui-messages-info ui-corner-all"><span class="ui-messages-info-summary">Les données de l'utilisateur ${NEWP.fr.first} ${NEWP.fr.last} ont été enregistrées.</span></div></div>
<form id="j_idt90:frm">${pfBtn('j_idt90:frm:add', 'Ajouter un utilisateur', { icon: 'pi pi-plus' })}
<div class="ui-datatable ui-widget"><table role="grid"><thead><tr><th>Nom</th><th>NISS</th><th>Applications</th></tr></thead><tbody class="ui-datatable-data">
<tr class="ui-datatable-even"><td>${NEWP.fr.last} ${NEWP.fr.first}</td><td>${NEWP.fr.niss}</td><td>TR-FPP</td></tr>
${people(5, 3).map((p) => `<tr><td>${p.last} ${p.first}</td><td>${p.niss}</td><td>Dimona</td></tr>`).join('')}</tbody></table></div></form>` }));

P({ id: 'foreign-ra-uman-saved-nl-material-1', journey: RA, page: 'uman-saved', lang: 'nl', url: `${SS}/uman/#/nl/group/1/users/881`, done: all(RA), expect: { kind: 'finish' }, build: 'material', note: 'removal journey end: snack-bar "Wijzigingen bewaard" over the user detail, TR-FPP no longer listed' },
umanMat('nl', { title: 'Gebruiker', current: 'users', main: `
<h1 ${A}>${EXP.nl.n}</h1><p>INSZ ${EXP.nl.niss}</p><h2 ${A}>Toepassingen</h2><ul><li>Dimona</li><li>DmfA – Kwartaalaangifte</li></ul>${matBtn('Wijzigen', { raised: false })}`,
overlay: `<div class="cdk-global-overlay-wrapper" style="align-items:flex-end"><div class="cdk-overlay-pane"><mat-snack-bar-container class="mat-mdc-snack-bar-container mdc-snackbar--open" role="status" aria-live="polite"><div class="mdc-snackbar__label">De wijzigingen werden bewaard.</div></mat-snack-bar-container></div></div>` }));

P({ id: 'foreign-aa-uman-saved-de-tables-1', journey: AA, page: 'uman-saved', lang: 'de', url: `${SS}/uman/userSave.jsp?lang=de`, done: all(AA), expect: { kind: 'finish' }, build: 'tables', note: 'plain confirmation text in a bordered table with "Zurück zur Benutzerliste" and "Weiteren Benutzer anlegen" links' },
umanTables('de', { title: 'Gespeichert', main: `
<table border="1" cellpadding="8" bordercolor="#7fbf7f" bgcolor="#eef8ee"><tr><td><font color="#226622"><b>Der Benutzer wurde erfolgreich gespeichert.</b></font><br>${NEWP.de.first} ${NEWP.de.last} hat jetzt Zugang zu: TR-FPP.</td></tr></table><br>
<a href="/uman/users.jsp">Zurück zur Benutzerliste</a> &middot; <a href="/uman/userAdd.jsp">Weiteren Benutzer anlegen</a>` }));

// ============================================================ uman-existing-person-trfpp (finish)
P({ id: 'foreign-aa-uman-existing-person-trfpp-en-bootstrap-1', journey: AA, page: 'uman-existing-person-trfpp', lang: 'en', url: `${SS}/uman/userAdd.do?step=2&lang=en`, done: all(AA), expect: { kind: 'finish' }, build: 'bootstrap', note: 'existing person who already has TR-FPP (badge); an "Edit account" button is still there but the journey is finished' },
umanBS('en', { title: 'Existing user', current: 'users', crumbs: ['NSSO employer', 'Users'], main: `
<div class="alert alert-info">This person already has a user account in your company.</div>
<div class="card"><div class="card-header">${EXP.en.n}</div><div class="card-body"><p>NISS ${EXP.en.niss}</p><p>Applications: <span class="badge bg-success">TR-FPP</span> <span class="badge">Dimona</span></p>
<a class="btn btn-outline-secondary" href="#">Back to the list</a> <a class="btn btn-primary" href="#">Edit account</a></div></div>` }));

P({ id: 'foreign-aa-uman-existing-person-trfpp-de-divsoup-1', journey: AA, page: 'uman-existing-person-trfpp', lang: 'de', url: `${SS}/uman/#/de/benutzer/4471`, done: all(AA), expect: { kind: 'finish' }, build: 'divsoup', note: 'user detail with read-only role=checkbox aria-checked=true aria-disabled for TR-FPP' },
umanDiv('de', { title: 'Benutzer', current: 'users', main: `
<div role="heading" aria-level="1" style="font-size:24px">${EXP.de.n}</div>
<div class="q-banner bg-warning" role="status">Diese Person ist bereits als Benutzer registriert.</div>
<div class="q-card"><div>ENSS: ${EXP.de.niss}</div><div role="heading" aria-level="2" style="font-weight:500;margin-top:10px">Gesicherte Anwendungen</div>
${APPS.de.map((a) => `<div class="q-checkbox disabled" role="checkbox" aria-checked="${a === 'TR-FPP' || a === 'Dimona'}" aria-disabled="true" aria-label="${a}"><div class="q-checkbox__bg"></div><div class="q-checkbox__label">${a}</div></div>`).join('\n')}</div>
<div class="q-btn" role="button" tabindex="0">Bearbeiten</div>` }));

// ============================================================ uman-users-search (find-user)
const big2 = people(240, 9001);
P({ id: 'foreign-ra-uman-users-search-fr-bootstrap-long-1', journey: RA, page: 'uman-users-search', lang: 'fr', url: `${SS}/uman/users.do?grp=1&lang=fr`, done: before(RA, 'find-user'), expect: { kind: 'step', step: 'find-user' }, build: 'longtable', note: '240 fake users; search box above the table ringed (placeholder only, no label); "Ajouter un utilisateur" button also present' },
umanBS('fr', { title: 'Utilisateurs', current: 'users', crumbs: ['Employeur ONSS', 'Utilisateurs'], main: `
<div style="display:flex;justify-content:space-between"><h1>Utilisateurs (${big2.length})</h1><a class="btn btn-primary" href="/uman/userAdd.do">Ajouter un utilisateur</a></div>
<form role="search" class="mb-3" style="display:flex;gap:.5rem"><input class="form-control" type="search" name="q" placeholder="Rechercher par nom ou NISS…" data-eval-target><button class="btn btn-outline-secondary" type="submit">Rechercher</button></form>
<table class="table table-striped"><thead><tr><th>Nom</th><th>Prénom</th><th>NISS</th><th>Courriel</th><th></th></tr></thead><tbody>
${big2.map((p) => `<tr><td>${p.last}</td><td>${p.first}</td><td>${p.niss}</td><td>${p.mail}</td><td><a href="#" class="btn btn-sm btn-link">Modifier</a></td></tr>`).join('\n')}</tbody></table>` }));

P({ id: 'foreign-ra-uman-users-search-nl-primefaces-1', journey: RA, page: 'uman-users-search', lang: 'nl', url: `${SS}/uman/faces/users/search.xhtml`, done: before(RA, 'find-user'), expect: { kind: 'step', step: 'find-user' }, build: 'primefaces', note: 'search panel with one field "Naam of INSZ" and a Zoeken button; empty result table' },
umanPF('nl', { title: 'Gebruikers zoeken', current: 'users', crumbs: ['Werkgever RSZ', 'Gebruikers'], main: `
<form id="j_idt93:frm"><div class="ui-panel ui-widget"><div class="ui-panel-titlebar ui-widget-header"><span class="ui-panel-title">Een gebruiker zoeken</span></div><div class="ui-panel-content">
<label for="j_idt93:frm:q">Naam of INSZ</label> <input id="j_idt93:frm:q" name="j_idt93:frm:q" type="text" class="ui-inputfield ui-inputtext ui-widget ui-state-default ui-corner-all" data-eval-target> ${pfBtn('j_idt93:frm:search', 'Zoeken', { icon: 'pi pi-search' })}
</div></div>
<div class="ui-datatable ui-widget"><table role="grid"><thead><tr><th>Naam</th><th>INSZ</th><th>Toepassingen</th></tr></thead><tbody class="ui-datatable-data"><tr class="ui-widget-content ui-datatable-empty-message"><td colspan="3">Geen resultaten</td></tr></tbody></table></div>
${pfBtn('j_idt93:frm:add', 'Een gebruiker toevoegen', { icon: 'pi pi-plus', secondary: true })}</form>` }));

P({ id: 'foreign-ra-uman-users-search-de-material-1', journey: RA, page: 'uman-users-search', lang: 'de', url: `${SS}/uman/#/de/group/1/users`, done: before(RA, 'find-user'), expect: { kind: 'step', step: 'find-user' }, build: 'material', note: 'mat-form-field "Benutzer suchen" with a search icon prefix above a short mat-table' },
umanMat('de', { title: 'Benutzer', current: 'users', main: `
<h1 ${A}>Benutzer</h1>${matField('Benutzer suchen (Name, ENSS)', { target: true })}
<table ${A} class="mat-mdc-table" role="table"><tbody>${people(8, 31).map((p) => `<tr class="mat-mdc-row"><td class="mat-mdc-cell">${p.last}, ${p.first}</td><td class="mat-mdc-cell">${p.niss}</td></tr>`).join('')}</tbody></table>${matBtn('Benutzer hinzufügen', { raised: false, icon: 'add' })}` }));

// ============================================================ uman-search-results (open-user)
const R = { en: { n: 'Sarah Van Acker', niss: niss('90', '02', '08', '274') }, nl: { n: 'Pieter Goethals', niss: niss('77', '05', '19', '133') }, fr: { n: 'Nadia Berrada', niss: niss('86', '12', '24', '058') } };
P({ id: 'foreign-ra-uman-search-results-en-divsoup-1', journey: RA, page: 'uman-search-results', lang: 'en', url: `${SS}/uman/#/en/users?q=van%20acker`, done: before(RA, 'open-user'), expect: { kind: 'step', step: 'open-user' }, build: 'divsoup', note: 'one result as a q-item with an icon-only edit div (aria-label "Edit user"), ringed' },
umanDiv('en', { title: 'Users', current: 'users', main: `
<div role="heading" aria-level="1" style="font-size:24px">Users</div>
${qField('Search', { value: 'van acker' })}
<div class="text-caption">1 result</div>
<div class="q-list q-list--bordered" role="list"><div class="q-item" role="listitem"><div class="q-item__section q-item__section--main"><div class="q-item__label">${R.en.n}</div><div class="q-item__label q-item__label--caption">NISS ${R.en.niss} · Dimona, TR-FPP</div></div>
<div class="q-item__section q-item__section--side"><div class="q-btn q-btn--flat q-btn--round" role="button" tabindex="0" aria-label="Edit user" title="Edit" data-eval-target><i class="q-icon material-icons" aria-hidden="true">edit</i></div></div></div></div>` }));

P({ id: 'foreign-ra-uman-search-results-nl-material-1', journey: RA, page: 'uman-search-results', lang: 'nl', url: `${SS}/uman/#/nl/group/1/users?zoek=goethals`, done: before(RA, 'open-user'), expect: { kind: 'step', step: 'open-user' }, build: 'material', note: 'mat-table with one row; text button "Aanpassen" ringed' },
umanMat('nl', { title: 'Gebruikers', current: 'users', main: `
<h1 ${A}>Gebruikers</h1>${matField('Zoeken', { value: 'goethals' })}
<table ${A} class="mat-mdc-table" role="table"><thead><tr class="mat-mdc-header-row"><th class="mat-mdc-header-cell">Naam</th><th class="mat-mdc-header-cell">INSZ</th><th class="mat-mdc-header-cell">Toepassingen</th><th class="mat-mdc-header-cell"></th></tr></thead>
<tbody><tr class="mat-mdc-row" role="row"><td class="mat-mdc-cell">${R.nl.n}</td><td class="mat-mdc-cell">${R.nl.niss}</td><td class="mat-mdc-cell">TR-FPP, eBox</td><td class="mat-mdc-cell">${matBtn('Aanpassen', { raised: false, target: true })}</td></tr></tbody></table>` }));

P({ id: 'foreign-ra-uman-search-results-fr-tables-1', journey: RA, page: 'uman-search-results', lang: 'fr', url: `${SS}/uman/userSearch.jsp?q=berrada`, done: before(RA, 'open-user'), expect: { kind: 'step', step: 'open-user' }, build: 'tables', note: 'old results table: the person\'s name is the only link, ringed' },
umanTables('fr', { title: 'Résultat de la recherche', main: `
<font size="3"><b>Résultat de la recherche</b></font><br>1 utilisateur trouvé pour « berrada ».<br><br>
<table border="1" cellpadding="4" cellspacing="0" bordercolor="#c8d2dc"><tr bgcolor="#dfe7ef"><th>Nom</th><th>NISS</th><th>Applications</th></tr>
<tr><td><a href="/uman/userEdit.jsp?id=3310" data-eval-target>${R.fr.n}</a></td><td>${R.fr.niss}</td><td>TR-FPP, Dimona</td></tr></table><br>
<a href="/uman/userSearch.jsp">Nouvelle recherche</a>` }));

// ============================================================ uman-edit-user-remove (untick-tr-fpp)
P({ id: 'foreign-ra-uman-edit-user-remove-de-primefaces-1', journey: RA, page: 'uman-edit-user-remove', lang: 'de', url: `${SS}/uman/faces/users/edit.xhtml?id=3310`, done: before(RA, 'untick-tr-fpp'), expect: { kind: 'step', step: 'untick-tr-fpp' }, build: 'primefaces', note: 'ticked TR-FPP (ui-state-active) hidden input ringed' },
umanPF('de', { title: 'Benutzer bearbeiten', current: 'users', crumbs: ['LSS-Arbeitgeber', 'Benutzer', 'Bearbeiten'], main: `
<form id="j_idt80:frm"><h2>Benutzer bearbeiten: ${EXP.de.n}</h2>
<div class="ui-panel ui-widget"><div class="ui-panel-titlebar ui-widget-header"><span class="ui-panel-title">Gesicherte Anwendungen</span></div><div class="ui-panel-content"><table class="ui-selectmanycheckbox ui-widget" role="group">
${APPS.de.map((a, i) => pfChk(`j_idt80:frm:apps:${i}`, a, { checked: i === 0 || a === 'TR-FPP', target: a === 'TR-FPP' })).join('\n')}</table></div></div>
${pfBtn('j_idt80:frm:cancel', 'Abbrechen', { secondary: true })} ${pfBtn('j_idt80:frm:save', 'Speichern')}</form>` }));

P({ id: 'foreign-ra-uman-edit-user-remove-fr-material-1', journey: RA, page: 'uman-edit-user-remove', lang: 'fr', url: `${SS}/uman/#/fr/group/1/users/3310/edit`, done: before(RA, 'untick-tr-fpp'), expect: { kind: 'step', step: 'untick-tr-fpp' }, build: 'material', note: 'mat-checkbox checked for TR-FPP and eBox; also a "Supprimer l\'utilisateur" warn button' },
umanMat('fr', { title: "Modifier l'utilisateur", current: 'users', main: `
<h1 ${A}>${R.fr.n}</h1>${matField('Courriel', { required: true, value: 'nadia.berrada@example.com' })}
<h2 ${A}>Applications sécurisées</h2>${APPS.fr.map((a) => matChk(a, { checked: a === 'TR-FPP' || a === 'Dimona', target: a === 'TR-FPP' })).join('\n')}
<div ${A} style="margin-top:16px">${matBtn("Supprimer l'utilisateur", { raised: false, icon: 'delete' })} ${matBtn('Annuler', { raised: false })} ${matBtn('Enregistrer')}</div>` }));

P({ id: 'foreign-ra-uman-edit-user-remove-en-bootstrap-1', journey: RA, page: 'uman-edit-user-remove', lang: 'en', url: `${SS}/uman/userEdit.do?id=2207&lang=en`, done: before(RA, 'untick-tr-fpp'), expect: { kind: 'step', step: 'untick-tr-fpp' }, build: 'bootstrap', note: 'applications as a table with checkbox column and aria-label per checkbox; ticked TR-FPP ringed' },
umanBS('en', { title: 'Edit user', current: 'users', crumbs: ['NSSO employer', 'Users', R.en.n], main: `
<h1>Edit user</h1><p>${R.en.n} · NISS ${R.en.niss}</p>
<table class="table"><caption>Secured applications</caption><thead><tr><th scope="col">Access</th><th scope="col">Application</th></tr></thead><tbody>
${APPS.en.map((a, i) => `<tr><td><input class="form-check-input" type="checkbox" aria-label="${a}"${a === 'TR-FPP' || i === 0 ? ' checked' : ''}${a === 'TR-FPP' ? ' data-eval-target' : ''}></td><td>${a}</td></tr>`).join('\n')}</tbody></table>
<button class="btn btn-outline-secondary">Cancel</button> <button class="btn btn-primary">Save</button>` }));

// ============================================================ uman-menu-frame (frames)
function menuFrame(lang, ring) {
  const w = umWords[lang];
  const items = ['home', 'users', 'am', 'apps', 'groups', 'prof', 'help'];
  return doc({ lang, title: w.feat, doctype: '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">', bodyAttrs: 'bgcolor="#e8edf3" leftmargin="4"', body: `
<font face="Verdana" size="2"><b>${w.feat}</b></font>
<table border="0" cellpadding="3" cellspacing="0" width="100%">
${items.map((k) => `<tr><td><a href="/uman/${k}.jsp" target="content"${ring && k === 'users' ? ' data-eval-target' : ''}><font face="Verdana" size="2">${w[k]}</font></a></td></tr>`).join('\n')}
</table><hr size="1"><font face="Verdana" size="1">${w.emp}<br>${FIRMS[lang].name}</font>` });
}
P({ id: 'foreign-aa-uman-menu-frame-nl-tables-1', journey: AA, page: 'uman-menu-frame', lang: 'nl', url: `${SS}/uman/menu.jsp?lang=nl`, done: before(AA, 'users-menu'), inFrame: true, expect: { kind: 'step', step: 'users-menu' }, build: 'frames', note: 'menu frame document alone (inFrame), done ends at employer-group: "Gebruikers" ringed' }, menuFrame('nl', true));
P({ id: 'foreign-aa-uman-menu-frame-fr-tables-1', journey: AA, page: 'uman-menu-frame', lang: 'fr', url: `${SS}/uman/menu.jsp?lang=fr`, done: before(AA, 'fill-required'), inFrame: true, expect: { kind: 'none' }, build: 'frames', note: 'menu frame while the content frame holds the new-user form (users-menu done): nothing' }, menuFrame('fr', false));
