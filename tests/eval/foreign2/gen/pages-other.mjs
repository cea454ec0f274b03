// Pages off the way (expect none), error and expired pages.
import { SHELLS, mui, vt, adf, gov, portlet, ariaTree, ariaGrid } from './builds.mjs';
import { esc, tg, C, niss, FIRMS, MANAGERS, fakeUsers } from './common.mjs';
import { appSide, GENERIC_TITLE_ADF, GENERIC_TITLE_MUI } from './util.mjs';

export const OTHER = [];
const add = (d) => OTHER.push(d);
const A = ['open-service', 'manage-access', 'social-security', 'log-in', 'employer-group', 'users-menu'];
const upTo = (n) => A.slice(0, n);
const GROUP = { fr: 'Employeur ONSS', nl: 'Werkgever RSZ', de: 'LSS-Arbeitgeber', en: 'NSSO employer' };
const appUrl = (lang, route) => `https://www.socialsecurity.be/uman/${lang}/#/${route}`;

// =============================================================== off the way → none
add({
  id: 'f2-off-uman-profile-nl-mui-1', journey: 'add-access', page: 'off-uman-profile', lang: 'nl', build: 'mui', done: upTo(6),
  url: appUrl('nl', 'profiel'), expect: { kind: 'none' },
  note: 'the app\'s own profile page: e-mail (required, EMPTY) and phone fields + Opslaan — must not be read as the new-user form',
  html: () => SHELLS.mui({ lang: 'nl', site: 'app', group: GROUP.nl, title: GENERIC_TITLE_MUI, side: appSide('nl', { active: 'profile' }), crumbs: [['Werkgever RSZ', '#/'], ['Mijn profiel']], body: `
${mui.h(1, 'Mijn profiel', 'h4')}
${mui.p('Deze gegevens gebruiken wij om u te verwittigen over wijzigingen in de toegangen van uw onderneming.')}
${mui.text('naam', 'Naam', { readOnly: true, value: MANAGERS.nl.name })}
${mui.text('mail', 'E-mailadres', { required: true, type: 'email' })}
${mui.text('tel', 'Telefoonnummer', { type: 'tel', value: '+32 470 00 00 00' })}
${mui.checkbox('notif', 'Stuur mij een e-mail bij elke nieuwe gebruiker', { checked: true })}
${mui.button('Opslaan')}` }),
});
add({
  id: 'f2-off-uman-settings-de-vuetify-1', journey: 'remove-access', page: 'off-uman-settings', lang: 'de', build: 'vuetify', done: upTo(6),
  url: appUrl('de', 'einstellungen'), expect: { kind: 'none' },
  note: 'settings page with notification checkboxes (no TR-FPP), a language select and "Speichern"',
  html: () => SHELLS.vuetify({ lang: 'de', site: 'app', group: GROUP.de, title: 'Zugangsverwaltung', side: { title: 'Funktionalitäten', items: appSide('de', { active: 'profile', labels: { profile: 'Einstellungen' } }).items }, crumbs: [['LSS-Arbeitgeber', '#/'], ['Einstellungen']], body: `
<h1 class="text-h4">Einstellungen</h1>
${vt.text(20, 'E-Mail für Benachrichtigungen', { value: 'zugang@example.com', required: true })}
${vt.text(21, 'Mobiltelefon', { value: '+32 80 00 00 00' })}
${vt.checkbox(22, 'Wöchentliche Übersicht der Änderungen', { checked: true })}${vt.checkbox(23, 'Benachrichtigung bei ablaufenden Zugängen')}
${vt.btn('Speichern')}` }),
});
add({
  id: 'f2-off-uman-access-managers-fr-adf-1', journey: 'add-access', page: 'off-uman-access-managers', lang: 'fr', build: 'adf', done: upTo(6),
  url: 'https://www.socialsecurity.be/portail/uman/faces/gestionnaires.jspx?_adf.ctrl-state=1b9x7qk2_9', expect: { kind: 'none' },
  note: 'list of access managers with "Ajouter un gestionnaire d’accès" button (not "add a user"); generic <title>',
  html: () => SHELLS.adf({ lang: 'fr', site: 'app', group: GROUP.fr, title: GENERIC_TITLE_ADF, side: appSide('fr', { active: 'managers' }), crumbs: [['Employeur ONSS', '#'], ['Gestionnaires d’accès']], body: `
${adf.header('pt1:r1:0:ph1', 'Gestionnaires d’accès')}
${adf.table('pt1:r1:0:t1', ['Nom', 'NISS', 'Rôle', 'Depuis'], [[MANAGERS.fr.name, MANAGERS.fr.niss.fmt, 'Gestionnaire d’accès principal', '02/05/2019'], ['Quentin Thiry', niss('77', '07', '07', '071').fmt, 'Gestionnaire d’accès', '11/01/2023']])}
${adf.button('pt1:r1:0:cb1', 'Ajouter un gestionnaire d’accès', { kind: 'link' })}` }),
});
add({
  id: 'f2-off-uman-applications-en-govuk-1', journey: 'add-access', page: 'off-uman-applications', lang: 'en', build: 'govuk', done: upTo(6),
  url: appUrl('en', 'applications'), expect: { kind: 'none' },
  note: 'applications catalogue listing TR-FPP with its description and number of users (no checkboxes)',
  html: () => SHELLS.govuk({ lang: 'en', site: 'app', group: GROUP.en, appTitle: 'Access management', title: 'Applications - Access management', side: appSide('en', { active: 'apps' }), crumbs: [['NSSO employer', '#/'], ['Applications']], body: `
<h1 class="govuk-heading-l">Secured applications available to your company</h1>
<table class="govuk-table"><thead class="govuk-table__head"><tr class="govuk-table__row"><th class="govuk-table__header">Application</th><th class="govuk-table__header">Institution</th><th class="govuk-table__header">Users</th></tr></thead><tbody class="govuk-table__body">
${[['Dimona', 'NSSO', 12], ['DmfA', 'NSSO', 4], ['TR-FPP', 'RIZIV-INAMI', 2], ['Company e-Box', 'FPS Social Security', 9]].map(([a, i, n]) => `<tr class="govuk-table__row"><td class="govuk-table__cell">${a}</td><td class="govuk-table__cell">${i}</td><td class="govuk-table__cell govuk-table__cell--numeric">${n}</td></tr>`).join('')}
</tbody></table>
<p class="govuk-body">To give someone access to an application, edit the user in the Users section.</p>` }),
});
add({
  id: 'f2-off-csam-faq-fr-liferay-1', journey: 'add-access', page: 'off-csam-faq', lang: 'fr', build: 'liferay', done: upTo(5),
  url: 'https://www.csam.be/fr/faq.html', expect: { kind: 'none' },
  note: 'FAQ whose answer spells out the menu path (Gérer les accès → Sécurité sociale → Employeur ONSS → Utilisateurs) as running text and links',
  html: () => SHELLS.liferay({ lang: 'fr', site: 'csam', title: 'Questions fréquentes - CSAM', crumbs: [['Accueil', '/fr/index.html'], ['FAQ']], body:
    portlet('faq', 'Questions fréquentes', `<dl class="faq">
<dt>Comment donner accès à une application de la sécurité sociale à un collaborateur ?</dt><dd>Sur la page <a href="/fr/gestion-gestionnaires-acces.html">Gestion des gestionnaires d’accès</a>, choisissez « Gérer les accès », puis « Sécurité sociale ». Après connexion, cliquez sur le groupe « Employeur ONSS » et ensuite sur « Utilisateurs » dans le menu « Fonctionnalités ».</dd>
<dt>Qui peut désigner le gestionnaire d’accès principal ?</dt><dd>Un représentant légal de l’entreprise inscrit à la BCE.</dd>
<dt>Je n’ai pas de carte eID.</dt><dd>Utilisez la procédure d’exception ou un autre moyen d’identification.</dd></dl>`) }),
});
add({
  id: 'f2-off-csam-news-nl-liferay-1', journey: 'remove-access', page: 'off-csam-news', lang: 'nl', build: 'liferay', done: upTo(4),
  url: 'https://www.csam.be/nl/nieuws/2026-11-itsme-ondernemingen.html', expect: { kind: 'none' },
  note: 'a csam.be news article mentioning the access-managers service and UMAN',
  html: () => SHELLS.liferay({ lang: 'nl', site: 'csam', title: 'Nieuws - CSAM', crumbs: [['Home', '/nl/index.html'], ['Nieuws', '/nl/nieuws.html'], ['itsme voor ondernemingen']], body:
    portlet('news_article', 'Nieuws', `<article><h1>Wettelijke vertegenwoordigers kunnen nu ook met itsme een hoofdtoegangsbeheerder aanstellen</h1><p class="date">12 november 2026</p><p>Sinds deze maand kunnen wettelijke vertegenwoordigers de standaardprocedure in het Beheer der toegangsbeheerders volledig met itsme doorlopen. Toegangsbeheerders van de sociale zekerheid blijven hun gebruikers beheren in de toepassing Toegangsbeheer.</p><p><a href="/nl/nieuws.html">Alle nieuwsberichten</a></p></article>`) }),
});
add({
  id: 'f2-off-csam-keys-de-govuk-1', journey: 'add-access', page: 'off-csam-keys', lang: 'de', build: 'govuk', done: upTo(4),
  url: 'https://www.csam.be/de/meine-digitalen-schluessel.html', expect: { kind: 'none' },
  note: 'another CSAM service ("Meine digitalen Schlüssel") with its own "Anmelden" button',
  html: () => SHELLS.govuk({ lang: 'de', site: 'csam', appTitle: 'Meine digitalen Schlüssel', title: 'Meine digitalen Schlüssel – CSAM', crumbs: [['Startseite', '/de/index.html'], ['Dienste', '/de/dienste.html'], ['Meine digitalen Schlüssel']], body: `
<h1 class="govuk-heading-l">Meine digitalen Schlüssel</h1>
<p class="govuk-body">Verwalten Sie Ihre Anmeldemittel: Sicherheitscodes per App oder E-Mail, itsme, eID.</p>
${gov.button('Anmelden und Schlüssel verwalten', { href: 'https://iamapps.belgium.be/sma/' })}
<h2 class="govuk-heading-m">Welche Schlüssel gibt es?</h2><ul class="govuk-list govuk-list--bullet"><li>eID-Kartenleser</li><li>itsme</li><li>Sicherheitscode per Mobile-App</li></ul>` }),
});
add({
  id: 'f2-off-csam-mandates-en-plain-1', journey: 'designate-main-manager', page: 'off-designate-mandates', lang: 'en', build: 'plain', done: ['open-service'],
  url: 'https://www.csam.be/en/management-mandates.html', expect: { kind: 'none' },
  note: 'the mandates service page (a sibling of the access-managers service) mentions "legal representative" and a "Start" link',
  html: () => SHELLS.plain({ lang: 'en', site: 'csam', title: 'Management of mandates - CSAM', crumbs: [['Home', '/en/index.html'], ['Services', '/en/services.html'], ['Management of mandates']], body: `
<h1>Management of mandates</h1>
<p>A legal representative can authorise another person or company to act on behalf of the company with certain authorities.</p>
<h2>Grant a mandate</h2><p><a href="https://iamapps.belgium.be/mandates/?lang=en">Start</a></p>
<h2>Accept a mandate</h2><p>The mandatary logs in and accepts the mandate.</p>` }),
});
add({
  id: 'f2-off-ss-helpcentre-de-plain-1', journey: 'remove-access', page: 'off-ss-helpcentre', lang: 'de', build: 'plain', done: upTo(6),
  url: 'https://www.socialsecurity.be/site_de/general/helpcentre/faq/uman.htm', expect: { kind: 'none' },
  note: 'help centre article quoting "Benutzer" in the menu "Funktionalitäten" and the TR-FPP tick box as running text',
  html: () => SHELLS.plain({ lang: 'de', site: 'ss', title: 'Hilfe – Zugangsverwaltung – socialsecurity.be', crumbs: [['Hilfe', '/site_de/general/helpcentre/index.htm'], ['Zugangsverwaltung']], body: `
<h1>Hilfe: Zugriff auf eine Anwendung entziehen</h1>
<ol><li>Melden Sie sich in der Zugangsverwaltung an und wählen Sie die Gruppe „LSS-Arbeitgeber“.</li><li>Klicken Sie im Menü „Funktionalitäten“ auf „Benutzer“.</li><li>Suchen Sie die Person und öffnen Sie ihre Daten.</li><li>Entfernen Sie das Häkchen bei der Anwendung (z. B. TR-FPP) und speichern Sie.</li></ol>
<p>Noch Fragen? Rufen Sie das Contact Center an.</p>` }),
});
add({
  id: 'f2-off-ss-home-en-aria-1', journey: 'add-access', page: 'off-ss-home', lang: 'en', build: 'aria', done: upTo(4),
  url: 'https://www.socialsecurity.be/site_en/index.htm', expect: { kind: 'none' },
  note: 'socialsecurity.be home with a prominent "Log in" role=button and audience tiles; user is past log-in',
  html: () => SHELLS.aria({ lang: 'en', site: 'ss', title: 'socialsecurity.be', body: `
<h1>Belgian social security</h1>
<div role="button" tabindex="0" class="btn btn-primary">Log in</div>
<div role="list" class="tiles">${['Citizens', 'Employers', 'Professionals', 'Foreign companies'].map((t) => `<div role="listitem"><a href="#">${t}</a></div>`).join('')}</div>
<section aria-labelledby="n"><h2 id="n">News</h2><p>New quarterly declaration deadlines for 2027.</p></section>` }),
});
add({
  id: 'f2-off-ss-dimona-en-webcomponents-1', journey: 'add-access', page: 'off-ss-dimona', lang: 'en', build: 'webcomponents', done: upTo(4),
  url: 'https://www.socialsecurity.be/site_en/employer/applics/dimona/index.htm', expect: { kind: 'none' },
  note: 'public page of another online service (Dimona) with its own "Features" and "Log in" sections',
  html: () => SHELLS.webcomponents({ lang: 'en', site: 'ss', title: 'Dimona - Social security', crumbs: [['Employers', '/site_en/employer/index.htm'], ['Dimona']], body: `
<h1>Dimona — immediate declaration of employment</h1>
<sl-details summary="Features" open><div class="details-body"><ul><li>declare when a worker starts and leaves</li><li>look up your declarations</li><li>manage user access for Dimona</li></ul></div></sl-details>
<sl-details summary="How do you log in?" open><div class="details-body"><sl-button variant="primary" href="/site_en/general/login.htm?app=dimona">Log in to Dimona</sl-button></div></sl-details>` }),
});
add({
  id: 'f2-off-designate-exception-nl-govuk-1', journey: 'designate-main-manager', page: 'off-designate-exception', lang: 'nl', build: 'govuk', done: ['open-service'],
  url: 'https://www.csam.be/nl/uitzonderingsprocedure.html', expect: { kind: 'none' },
  note: 'the exception procedure\'s page with its own request form and "Aanvraag versturen" button',
  html: () => SHELLS.govuk({ lang: 'nl', site: 'csam', appTitle: 'Beheer der toegangsbeheerders', title: 'Uitzonderingsprocedure – CSAM', crumbs: [['Home', '/nl/index.html'], ['Beheer der toegangsbeheerders', '/nl/beheer-toegangsbeheerders.html'], ['Uitzonderingsprocedure']], body: `
<h1 class="govuk-heading-l">Uitzonderingsprocedure</h1>
<p class="govuk-body">Voor hoofdtoegangsbeheerders zonder eID of elektronische vreemdelingenkaart. U ontvangt een gebruikersnaam per e-mail en een tijdelijk wachtwoord per sms.</p>
<form method="post">${gov.input('kbo', 'Ondernemingsnummer')}${gov.input('naam', 'Naam van de aan te stellen persoon')}${gov.input('mail', 'E-mailadres')}${gov.button('Aanvraag versturen')}</form>` }),
});
add({
  id: 'f2-off-dmm-recorded-under-add-en-aria-1', journey: 'add-access', page: 'off-designate-recorded', lang: 'en', build: 'aria', done: ['open-service', 'manage-access'],
  url: 'https://www.csam.be/app032/camregistration/#/en/done', expect: { kind: 'none' },
  note: 'CROSS-JOURNEY: the designation\'s "appointment recorded" page scanned under add-access → none (not its end)',
  html: () => SHELLS.aria({ lang: 'en', site: 'dmm', title: 'Appointment recorded · CSAM', body: `
<div role="status" class="ok"><h1>Appointment recorded</h1><p>The chief access manager of ${FIRMS.en.name} has been recorded. The account becomes active at the first login of that person.</p></div>
<p><a href="https://www.csam.be/en/">Back to CSAM</a></p>` }),
});

// =============================================================== expired
add({
  id: 'f2-expired-csam-nl-plain-1', journey: 'add-access', page: 'expired-csam', lang: 'nl', build: 'plain', done: ['open-service', 'manage-access'],
  url: 'https://www.csam.be/app032/camregistration/sessionExpired.xhtml?lang=nl', expect: { kind: 'expired' },
  note: 'csam app032 (the systems list of "Toegangen beheren") after a timeout: "uw sessie is verlopen" with a link to start again',
  html: () => SHELLS.plain({ lang: 'nl', site: 'csam', title: 'Sessie verlopen - CSAM', body: `
<h1>Uw sessie is verlopen</h1><p>Om veiligheidsredenen wordt u na 30 minuten zonder activiteit automatisch afgemeld. De gegevens die u nog niet had bevestigd, zijn niet bewaard.</p>
<p><a href="/app032/camregistration/?lang=nl">Opnieuw beginnen</a></p>` }),
});
add({
  id: 'f2-expired-ss-en-mui-1', journey: 'add-access', page: 'expired-ss', lang: 'en', build: 'mui', done: upTo(6),
  url: appUrl('en', 'users/add'), expect: { kind: 'expired' },
  note: 'inside the SPA: a modal MuiDialog "Session expired" over the add-user form (the form\'s field is NOT marked), with "Log in again"',
  html: () => SHELLS.mui({ lang: 'en', site: 'app', group: GROUP.en, title: GENERIC_TITLE_MUI, side: appSide('en', { active: 'users' }), crumbs: [['NSSO employer', '#/'], ['Users', '#/users'], ['Add a user']], body: `
${mui.h(1, 'Add a user', 'h4')}${mui.text('niss', 'National number (NISS)', { required: true })}${mui.button('Next')}
<div class="MuiDialog-root MuiModal-root" role="presentation"><div class="MuiBackdrop-root" aria-hidden="true"></div><div class="MuiDialog-container"><div class="MuiPaper-root MuiDialog-paper" role="dialog" aria-modal="true" aria-labelledby="exp-t"><h2 class="MuiTypography-root MuiDialogTitle-root" id="exp-t">Session expired</h2><div class="MuiDialogContent-root"><p class="MuiDialogContentText-root">You have been inactive for too long and were logged out for your security.</p></div><div class="MuiDialogActions-root">${mui.button('Log in again')}</div></div></div></div>` }),
});
add({
  id: 'f2-expired-ss-de-plain-1', journey: 'remove-access', page: 'expired-ss', lang: 'de', build: 'plain', done: upTo(5),
  url: 'https://www.socialsecurity.be/site_de/general/logout.htm?reason=timeout', expect: { kind: 'expired' },
  note: 'public-site page "Sie wurden abgemeldet" without any "log in again" link',
  html: () => SHELLS.plain({ lang: 'de', site: 'ss', title: 'Abmeldung – Soziale Sicherheit', body: `
<h1>Sie wurden abgemeldet</h1><p>Ihre Sitzung wurde nach längerer Inaktivität beendet. Schließen Sie zur Sicherheit Ihren Browser.</p>` }),
});
add({
  id: 'f2-expired-idp-de-aria-1', journey: 'add-access', page: 'expired-idp', lang: 'de', build: 'aria', done: upTo(3),
  url: 'https://idp.iamfas.belgium.be/fas/XUI/?realm=/&locale=de#session-expired/', expect: { kind: 'expired' },
  note: 'federal login: "Ihre Sitzung ist abgelaufen" notice with the login options listed below it',
  html: () => SHELLS.aria({ lang: 'de', site: 'idp', title: 'Anmeldung', cookie: false, body: `
<div role="alert" class="warn"><h1>Ihre Sitzung ist abgelaufen</h1><p>Bitte melden Sie sich erneut an.</p></div>
<div role="list">${['Anmelden mit eID-Kartenleser', 'Anmelden mit itsme', 'Sicherheitscode per Mobile-App'].map((t) => `<div role="listitem"><span role="link" tabindex="0">${t}</span></div>`).join('')}</div>` }),
});
add({
  id: 'f2-expired-designate-en-govuk-1', journey: 'designate-main-manager', page: 'expired-designate', lang: 'en', build: 'govuk', done: ['open-service', 'choose-designate', 'log-in', 'enterprise-number'],
  url: 'https://iamapps.belgium.be/camregistration/en/timeout', expect: { kind: 'expired' },
  note: 'govuk "You have been signed out" page with a "Sign in again" button',
  html: () => SHELLS.govuk({ lang: 'en', site: 'dmm', firm: false, title: 'You have been signed out – CSAM', body: `
<h1 class="govuk-heading-l">For your security, we signed you out</h1>
<p class="govuk-body">You were inactive for 20 minutes, so we deleted your answers.</p>
${gov.button('Sign in again', { href: '/camregistration/en/' })}` }),
});

// =============================================================== errors
add({
  id: 'f2-error-csam-de-liferay-1', journey: 'add-access', page: 'error-csam', lang: 'de', build: 'liferay', done: ['open-service'],
  url: 'https://www.csam.be/de/verwaltung-zugangsverwalter/zugaenge-verwalten.html', expect: { kind: 'error' },
  note: 'Liferay 404 ("Die angeforderte Seite wurde nicht gefunden") with full site chrome',
  html: () => SHELLS.liferay({ lang: 'de', site: 'csam', title: 'Seite nicht gefunden - CSAM', body:
    portlet('com_liferay_portal_kernel_servlet_taglib_ui_ErrorPortlet', 'Fehler 404', `<div class="alert alert-danger"><h1>Seite nicht gefunden</h1><p>Die angeforderte Seite existiert nicht oder wurde verschoben.</p></div><p><a href="/de/index.html">Zur Startseite</a></p>`) }),
});
add({
  id: 'f2-error-ss-nl-plain-1', journey: 'remove-access', page: 'error-ss', lang: 'nl', build: 'plain', done: upTo(3),
  url: 'https://www.socialsecurity.be/site_nl/employer/applics/umoe/index.htm', expect: { kind: 'error' },
  note: '500 page on the public site: "Er is een technisch probleem opgetreden", with reference code',
  html: () => SHELLS.plain({ lang: 'nl', site: 'ss', title: 'Fout - socialsecurity.be', body: `
<h1>Er is een technisch probleem opgetreden</h1><p>De pagina kan op dit moment niet worden weergegeven (fout 500). Probeer het later opnieuw.</p><p><small>Referentie: 7f3a-22c1</small></p>` }),
});
add({
  id: 'f2-error-idp-en-webcomponents-1', journey: 'add-access', page: 'error-idp', lang: 'en', build: 'webcomponents', done: upTo(3),
  url: 'https://idp.iamfas.belgium.be/fas/XUI/?realm=/&locale=en#error/', expect: { kind: 'error' },
  note: 'federal login error in an <sl-alert variant="danger">',
  html: () => SHELLS.webcomponents({ lang: 'en', site: 'idp', title: 'Error - FAS', cookie: false, body: `
<sl-alert variant="danger" open><strong>Something went wrong.</strong><br>We could not complete your authentication. Please try again in a few minutes.</sl-alert>
<sl-button href="https://www.socialsecurity.be/">Back</sl-button>` }),
});
add({
  id: 'f2-error-designate-de-govuk-1', journey: 'designate-main-manager', page: 'error-designate', lang: 'de', build: 'govuk', done: ['open-service', 'choose-designate', 'log-in', 'enterprise-number', 'designee-details'],
  url: 'https://iamapps.belgium.be/camregistration/de/fehler', expect: { kind: 'error' },
  note: 'govuk-style "Es tut uns leid, es gibt ein Problem mit dem Dienst" service-unavailable page on the designation host',
  html: () => SHELLS.govuk({ lang: 'de', site: 'dmm', title: 'Es gibt ein Problem mit dem Dienst – CSAM', body: `
<h1 class="govuk-heading-l">Es tut uns leid, es gibt ein Problem mit dem Dienst</h1>
<p class="govuk-body">Bitte versuchen Sie es später erneut. Ihre Angaben wurden nicht gespeichert.</p>
<p class="govuk-body">Wenden Sie sich bei Fragen an den CSAM-Helpdesk.</p>` }),
});
add({
  id: 'f2-expired-idp-en-vuetify-1', journey: 'remove-access', page: 'expired-idp', lang: 'en', build: 'vuetify', done: upTo(3),
  url: 'https://idp.iamfas.belgium.be/fas/XUI/?realm=/&locale=en#sessionTimeout/', expect: { kind: 'expired' },
  note: 'federal login SPA: a v-alert "Your session has timed out" and a single "Log in again" v-btn',
  html: () => SHELLS.vuetify({ lang: 'en', site: 'idp', title: 'FAS - Log in', cookie: false, body: `
${vt.alert('warning', 'Your session has timed out. For your security, please identify yourself again.', 'Session timed out')}
${vt.btn('Log in again', { href: '#login/' })}` }),
});
add({
  id: 'f2-error-app-en-adf-1', journey: 'remove-access', page: 'error-app', lang: 'en', build: 'adf', done: upTo(6),
  url: 'https://www.socialsecurity.be/portail/uman/faces/error.jspx', expect: { kind: 'error' },
  note: 'ADF af_messages error inside the app chrome (menu kept); generic <title>',
  html: () => SHELLS.adf({ lang: 'en', site: 'app', group: GROUP.en, title: GENERIC_TITLE_ADF, side: appSide('en', { active: 'users', title: 'Functionalities' }), crumbs: [['NSSO employer', '#'], ['Error']], body: `
${adf.messages('error', 'An unexpected error occurred while processing your request (ADF_FACES-60097). Please try again later.')}
${adf.header('pt1:r1:0:ph1', 'Technical error')}` }),
});
add({
  id: 'f2-error-app-de-vuetify-1', journey: 'add-access', page: 'error-app', lang: 'de', build: 'vuetify', done: upTo(6).concat(['add-user']),
  url: appUrl('de', 'wartung'), expect: { kind: 'error' },
  note: 'maintenance notice in a v-alert inside the app chrome ("Wartungsarbeiten")',
  html: () => SHELLS.vuetify({ lang: 'de', site: 'app', group: GROUP.de, title: 'Zugangsverwaltung', side: { title: 'Funktionalitäten', items: appSide('de', { active: '' }).items }, body: `
${vt.alert('warning', 'Die Anwendung ist wegen Wartungsarbeiten vorübergehend nicht verfügbar. Bitte versuchen Sie es ab 18 Uhr erneut.', 'Wartungsarbeiten')}` }),
});
add({
  id: 'f2-error-designate-fr-mui-1', journey: 'designate-main-manager', page: 'error-designate', lang: 'fr', build: 'mui', done: ['open-service', 'choose-designate', 'log-in'],
  url: 'https://www.csam.be/app032/camregistration/#/fr/erreur', expect: { kind: 'error' },
  note: 'designation app error: "Un problème technique est survenu" MuiAlert + code',
  html: () => SHELLS.mui({ lang: 'fr', site: 'dmm', firm: false, title: 'CSAM', body: `
${mui.alert('error', 'Un problème technique est survenu. Votre demande n’a pas été enregistrée. Code : CAM-500-17.', 'Erreur')}
${mui.button('Revenir à l’accueil', { variant: 'outlined', href: 'https://www.csam.be/fr/' })}` }),
});
