// csam.be, socialsecurity.be public pages and the federal login.
import { before, doc, csamBootstrap, csamTables, csamDivsoup, ssTables, ssBootstrap, camPF, idpWords, LANGS, langSwitch } from './chrome.mjs';

export const pages = [];
const P = (meta, html) => pages.push({ ...meta, html });
const AA = 'add-access', RA = 'remove-access', DM = 'designate-main-manager';
const icon = (cls = '') => `<svg class="${cls}" width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false"><circle cx="10" cy="10" r="8" fill="currentColor"/></svg>`;

// ============================================================ csam-home
P({ id: 'foreign-aa-csam-home-fr-bootstrap-1', journey: AA, page: 'csam-home', lang: 'fr', url: 'https://www.csam.be/fr/index.html', done: [], expect: { kind: 'step', step: 'open-service' }, build: 'bootstrap', note: 'service cards with stretched-link; the service also appears in the closed Services dropdown of the navbar' },
csamBootstrap('fr', { title: 'Accueil', active: 'home', main: `
<section class="hero"><h1>Accédez en toute sécurité aux services publics en ligne</h1>
<p>CSAM rassemble les clés numériques, les rôles et les mandats qui vous permettent, à vous et à votre organisation, d'utiliser les applications de l'administration.</p></section>
<h2>Nos services</h2>
<div class="row">
 <div class="col-md-4"><div class="card h-100" style="position:relative">${icon()}<h3 class="card-title">Mes clés numériques</h3><p>Activez ou gérez vos moyens d'identification : codes de sécurité par SMS, application mobile, token.</p><a class="stretched-link" href="/fr/mes-cles-numeriques.html"><span class="visually-hidden-focusable">Mes clés numériques</span></a></div></div>
 <div class="col-md-4"><div class="card h-100" style="position:relative"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="48" height="48" alt="Icône gestion des Gestionnaires d'Accès"><h3 class="card-title"><a class="stretched-link" href="/fr/gestion-gestionnaires-acces.html" data-eval-target>Gestion des Gestionnaires d'Accès</a></h3><p>Inscrivez votre entreprise, désignez le gestionnaire d'accès principal et ses collègues gestionnaires, puis gérez les accès.</p></div></div>
 <div class="col-md-4"><div class="card h-100" style="position:relative">${icon()}<h3 class="card-title"><a class="stretched-link" href="/fr/gestion-mandats.html">Gestion des mandats</a></h3><p>Autorisez un tiers (comptable, secrétariat social) à agir en votre nom.</p></div></div>
</div>
<div class="alert" role="note">Un problème pour vous connecter ? Consultez d'abord notre FAQ ou contactez le helpdesk CSAM.</div>` }));

P({ id: 'foreign-ra-csam-home-nl-tables-1', journey: RA, page: 'csam-home', lang: 'nl', url: 'https://www.csam.be/nl/index.html', done: [], expect: { kind: 'step', step: 'open-service' }, build: 'tables', note: 'table layout; icon link and text link both go to the service, the text link (longer wording with abbreviation BTB) is ringed' },
csamTables('nl', { title: 'Welkom', main: `
<font size="4" color="#0b3d6e"><b>Welkom bij CSAM</b></font>
<p>Via CSAM meldt u zich veilig aan bij de online diensten van de overheid. Kies hieronder de dienst die u nodig hebt.</p>
<table border="0" cellpadding="6" cellspacing="0" width="90%">
<tr><td width="60"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="48" height="48" alt="Mijn digitale sleutels"></td><td><a href="/nl/mijn-digitale-sleutels.html"><b>Mijn digitale sleutels</b></a><br>Beveiligingscodes, mobiele app en andere sleutels beheren.</td></tr>
<tr bgcolor="#f3f6f9"><td><a href="/nl/beheer-toegangsbeheerders.html"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="48" height="48" border="0" alt="Icône gestion des Gestionnaires d'Accès"></a></td><td><a href="/nl/beheer-toegangsbeheerders.html" data-eval-target><b>Beheer van de toegangsbeheerders (BTB)</b></a><br>Uw onderneming registreren, een hoofdtoegangsbeheerder aanstellen en toegangen tot online diensten regelen.</td></tr>
<tr><td>${icon()}</td><td><a href="/nl/beheer-mandaten.html"><b>Beheer van mandaten</b></a><br>Een derde machtigen om in uw naam te handelen.</td></tr>
</table>
<p><font size="1">Laatste wijziging: 14/10/2026</font></p>` }));

P({ id: 'foreign-aa-csam-home-de-divsoup-1', journey: AA, page: 'csam-home', lang: 'de', url: 'https://www.csam.be/de/index.html', done: [], expect: { kind: 'step', step: 'open-service' }, build: 'divsoup', note: 'Quasar-like clickable q-item cards (role=link tabindex=0), other wording "Zugangsverwalter verwalten", cookie dialog open on top' },
csamDivsoup('de', { title: 'Startseite', main: `
<div class="text-h4">Sicher auf die Online-Dienste der Behörden zugreifen</div>
<p>Wählen Sie einen Dienst.</p>
<div class="q-list q-list--separator" role="list">
 <div class="q-card"><div class="q-item q-item-type row no-wrap q-item--clickable q-link cursor-pointer q-focusable q-hoverable" role="link" tabindex="0"><div class="q-focus-helper" tabindex="-1"></div><div class="q-item__section q-item__section--avatar"><i class="q-icon mdi mdi-key" aria-hidden="true"></i></div><div class="q-item__section q-item__section--main"><div class="q-item__label text-h6">Meine digitalen Schlüssel</div><div class="q-item__label q-item__label--caption">Sicherheitscodes, mobile App</div></div></div></div>
 <div class="q-card"><div class="q-item q-item-type row no-wrap q-item--clickable q-link cursor-pointer q-focusable q-hoverable" role="link" tabindex="0" data-eval-target><div class="q-focus-helper" tabindex="-1"></div><div class="q-item__section q-item__section--avatar"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Icône gestion des Gestionnaires d'Accès" width="40" height="40"></div><div class="q-item__section q-item__section--main"><div class="q-item__label text-h6">Zugangsverwalter verwalten</div><div class="q-item__label q-item__label--caption">Unternehmen registrieren, Hauptzugangsverwalter bestimmen, Zugänge verwalten</div></div></div></div>
 <div class="q-card"><div class="q-item q-item-type row no-wrap q-item--clickable q-link cursor-pointer q-focusable q-hoverable" role="link" tabindex="0"><div class="q-focus-helper" tabindex="-1"></div><div class="q-item__section q-item__section--avatar"><i class="q-icon mdi mdi-file-sign" aria-hidden="true"></i></div><div class="q-item__section q-item__section--main"><div class="q-item__label text-h6">Mandate verwalten</div><div class="q-item__label q-item__label--caption">Einen Dritten bevollmächtigen</div></div></div></div>
</div>`, overlay: `
<div class="q-dialog" role="dialog" aria-modal="true" aria-labelledby="ck-title"><div class="q-dialog__backdrop fixed-full" aria-hidden="true"></div><div class="q-dialog__inner flex no-pointer-events"><div class="q-card" style="background:#fff;max-width:480px;padding:20px">
 <div id="ck-title" class="text-h6">Cookies</div><p>Wir verwenden nur notwendige Cookies und, wenn Sie zustimmen, anonyme Statistik-Cookies.</p>
 <div class="row"><div class="q-btn" role="button" tabindex="0">Alle akzeptieren</div> <div class="q-btn q-btn--flat" role="button" tabindex="0">Nur notwendige</div></div></div></div></div>` }));

P({ id: 'foreign-dmm-csam-home-en-bootstrap-1', journey: DM, page: 'designate-csam-home', lang: 'en', url: 'https://www.csam.be/en/index.html', done: [], expect: { kind: 'step', step: 'open-service' }, build: 'bootstrap', note: 'services as a definition list of links; the designation journey starts on the same home page' },
csamBootstrap('en', { title: 'Home', active: 'home', cookie: false, main: `
<h1>CSAM – your access to online government services</h1>
<p>Whether you are a citizen, a company or a civil servant, CSAM manages who may use which online service.</p>
<section aria-labelledby="svc"><h2 id="svc">What do you want to do?</h2>
<dl>
 <dt><a href="/en/my-digital-keys.html">My digital keys</a></dt><dd>Activate an extra key such as a security code by text message.</dd>
 <dt><a href="/en/management-access-managers.html" data-eval-target>Management of access managers</a></dt><dd>Register your company, appoint a chief access manager, appoint access managers and manage access.</dd>
 <dt><a href="/en/management-mandates.html">Management of mandates</a></dt><dd>Give a third party permission to act on your behalf.</dd>
</dl></section>
<section><h2>News</h2><p><a href="/en/news/2026-maintenance.html">Planned maintenance on Sunday 6 December</a></p></section>` }));

P({ id: 'foreign-dmm-csam-home-fr-tables-1', journey: DM, page: 'designate-csam-home', lang: 'fr', url: 'https://www.csam.be/fr/index.html', done: [], expect: { kind: 'step', step: 'open-service' }, build: 'tables', note: 'NO lang attribute on <html>; the service is an <input type="image"> in a form, named only by alt', },
csamTables('fr', { title: 'Bienvenue', langAttr: null, main: `
<font size="4" color="#0b3d6e"><b>Bienvenue sur CSAM</b></font>
<p>Sélectionnez le service souhaité.</p>
<table border="1" bordercolor="#c9d4df" cellpadding="8" cellspacing="0">
<tr><td align="center" width="200"><form action="/fr/mes-cles-numeriques.html" method="get"><input type="image" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="64" height="64" alt="Mes clés numériques"></form><font size="2">Mes clés numériques</font></td>
<td align="center" width="200"><form action="/fr/gestion-gestionnaires-acces.html" method="get"><input type="image" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="64" height="64" alt="Gestion des gestionnaires d'accès (GGA)" data-eval-target></form><font size="2">Gestionnaires d'accès</font></td>
<td align="center" width="200"><form action="/fr/gestion-mandats.html" method="get"><input type="image" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="64" height="64" alt="Gestion des mandats"></form><font size="2">Mandats</font></td></tr>
</table>` }));

// ============================================================ csam-service (manage-access)
const svcIntro = {
  nl: '<p>Wil uw onderneming of organisatie online diensten van de overheid gebruiken? Registreer ze dan in deze dienst. Zo bepaalt u zelf wie namens uw organisatie toegang krijgt.</p>',
  en: '<p>Does your company or organisation want to use the government\'s online services? Register it here: you then decide yourself who may act on its behalf.</p>',
  de: '<p>Möchte Ihr Unternehmen Online-Dienste der Behörden nutzen? Registrieren Sie es in diesem Dienst; Sie bestimmen dann selbst, wer in seinem Namen Zugang erhält.</p>',
  fr: "<p>Votre entreprise ou organisation souhaite utiliser les services en ligne des autorités ? Enregistrez-la dans ce service : vous décidez alors vous-même qui peut agir en son nom.</p>",
};

P({ id: 'foreign-aa-csam-service-nl-bootstrap-1', journey: AA, page: 'csam-service', lang: 'nl', url: 'https://www.csam.be/nl/beheer-toegangsbeheerders.html', done: before(AA, 'manage-access'), expect: { kind: 'step', step: 'manage-access' }, build: 'bootstrap', note: 'three numbered cards; confirmed wording "Toegangen beheren" as card title link' },
csamBootstrap('nl', { title: 'Beheer der Toegangsbeheerders', crumbs: ['Diensten', 'Beheer der Toegangsbeheerders'], main: `
<h1 style="text-transform:uppercase">Beheer der Toegangsbeheerders</h1>${svcIntro.nl}
<div class="row">
 <div class="col-md-4"><div class="card" style="position:relative"><span class="badge">1</span><h2 class="card-title">Een Hoofdtoegangsbeheerder aanstellen</h2><p>Een wettelijk vertegenwoordiger stelt de hoofdtoegangsbeheerder aan of wijzigt hem.</p><ul><li><a href="/app032/camregistrationpublic/nl/standard">Standaardprocedure</a></li><li><a href="/nl/uitzonderingsprocedure.html">Uitzonderingsprocedure</a></li></ul></div></div>
 <div class="col-md-4"><div class="card" style="position:relative"><span class="badge">2</span><h2 class="card-title"><a href="/app032/camregistration/nl/managers">Toegangsbeheerders aanstellen</a></h2><p>De hoofdtoegangsbeheerder duidt collega's aan die mee de toegangen beheren.</p></div></div>
 <div class="col-md-4"><div class="card" style="position:relative"><span class="badge">3</span><h2 class="card-title"><a class="stretched-link" href="/nl/toegangen-beheren.html" data-eval-target>Toegangen beheren</a></h2><p>Het toekennen van toegangen tot online diensten gebeurt niet in CSAM maar per domein.</p></div></div>
</div>` }));

P({ id: 'foreign-ra-csam-service-en-divsoup-1', journey: RA, page: 'csam-service', lang: 'en', url: 'https://www.csam.be/en/management-access-managers.html', done: before(RA, 'manage-access'), expect: { kind: 'step', step: 'manage-access' }, build: 'divsoup', note: 'q-item choices, third worded "Managing access rights to online services"' },
csamDivsoup('en', { title: 'Management of access managers', main: `
<div class="text-h4" role="heading" aria-level="1">Management of access managers</div>${svcIntro.en}
<div class="q-list q-list--bordered" role="list">
 <div class="q-item q-item--clickable cursor-pointer q-focusable" role="link" tabindex="0"><div class="q-item__section q-item__section--side">1</div><div class="q-item__section q-item__section--main"><div class="q-item__label text-h6">Appoint a chief access manager</div><div class="q-item__label q-item__label--caption">Standard procedure or exception procedure</div></div></div>
 <div class="q-separator" role="separator"></div>
 <div class="q-item q-item--clickable cursor-pointer q-focusable" role="link" tabindex="0"><div class="q-item__section q-item__section--side">2</div><div class="q-item__section q-item__section--main"><div class="q-item__label text-h6">Appoint access managers</div><div class="q-item__label q-item__label--caption">For chief access managers</div></div></div>
 <div class="q-separator" role="separator"></div>
 <div class="q-item q-item--clickable cursor-pointer q-focusable" role="link" tabindex="0" data-eval-target><div class="q-item__section q-item__section--side">3</div><div class="q-item__section q-item__section--main"><div class="q-item__label text-h6">Managing access rights to online services</div><div class="q-item__label q-item__label--caption">Social security, federal government, Flemish government</div></div></div>
</div>` }));

P({ id: 'foreign-aa-csam-service-de-accordion-1', journey: AA, page: 'csam-service', lang: 'de', url: 'https://www.csam.be/de/verwaltung-zugangsverwalter.html', done: before(AA, 'manage-access'), expect: { kind: 'step', step: 'manage-access' }, build: 'accordion', note: 'the three choices are collapsed Bootstrap accordion items; the third one\'s toggle button (aria-expanded=false) is ringed' },
csamBootstrap('de', { title: 'Verwaltung der Zugangsverwalter', crumbs: ['Dienste', 'Verwaltung der Zugangsverwalter'], main: `
<h1>Verwaltung der Zugangsverwalter</h1>${svcIntro.de}
<div class="accordion" id="acc">
 <div class="accordion-item"><h2 class="accordion-header" id="h1"><button class="accordion-button collapsed btn" type="button" data-bs-toggle="collapse" data-bs-target="#c1" aria-expanded="false" aria-controls="c1">Einen Hauptzugangsverwalter bestimmen</button></h2>
  <div id="c1" class="accordion-collapse collapse" hidden aria-labelledby="h1"><div class="accordion-body"><p>Standardverfahren (gesetzlicher Vertreter) oder Ausnahmeverfahren.</p><a href="/app032/camregistrationpublic/de/">Standardverfahren</a> <a href="/de/ausnahmeverfahren.html">Ausnahmeverfahren</a></div></div></div>
 <div class="accordion-item"><h2 class="accordion-header" id="h2"><button class="accordion-button collapsed btn" type="button" data-bs-toggle="collapse" data-bs-target="#c2" aria-expanded="false" aria-controls="c2">Zugangsverwalter bestimmen</button></h2>
  <div id="c2" class="accordion-collapse collapse" hidden aria-labelledby="h2"><div class="accordion-body"><a href="/app032/camregistration/de/">Zur Anwendung</a></div></div></div>
 <div class="accordion-item"><h2 class="accordion-header" id="h3"><button class="accordion-button collapsed btn" type="button" data-bs-toggle="collapse" data-bs-target="#c3" aria-expanded="false" aria-controls="c3" data-eval-target>Zugänge verwalten</button></h2>
  <div id="c3" class="accordion-collapse collapse" hidden aria-labelledby="h3"><div class="accordion-body"><p>Die Zugänge werden pro Bereich verwaltet:</p><ul><li><a href="https://www.socialsecurity.be/site_de/employer/applics/umoe/index.htm">Soziale Sicherheit</a></li><li><a href="https://iamapps.belgium.be/rma/">Föderale Behörden</a></li><li><a href="#">Flämische Regierung</a></li></ul></div></div></div>
</div>` }));

P({ id: 'foreign-ra-csam-service-fr-tables-1', journey: RA, page: 'csam-service', lang: 'fr', url: 'https://www.csam.be/fr/gestion-gestionnaires-acces.html', done: before(RA, 'manage-access'), expect: { kind: 'step', step: 'manage-access' }, build: 'tables', note: 'three image buttons in a table; the third is <input type="image" alt="Gérer les accès">, titles in upper case in the DOM' },
csamTables('fr', { title: "Gestion des Gestionnaires d'Accès", main: `
<font size="4" color="#0b3d6e"><b>GESTION DES GESTIONNAIRES D'ACCÈS (GGA)</b></font>${svcIntro.fr}
<table width="100%" border="0" cellpadding="10"><tr valign="top">
<td width="33%"><center><form action="/fr/designer-gap.html"><input type="image" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="80" height="80" alt="Désigner un gestionnaire d'accès principal"></form><font size="2"><b>DÉSIGNER UN GESTIONNAIRE D'ACCÈS PRINCIPAL</b></font></center></td>
<td width="33%"><center><form action="/app032/camregistration/fr/"><input type="image" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="80" height="80" alt="Désigner des gestionnaires d'accès"></form><font size="2"><b>DÉSIGNER DES GESTIONNAIRES D'ACCÈS</b></font></center></td>
<td width="33%"><center><form action="/fr/gerer-acces.html"><input type="image" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="80" height="80" alt="Gérer les accès" data-eval-target></form><font size="2"><b>GÉRER LES ACCÈS</b></font></center></td>
</tr></table>` }));

// ============================================================ designate-service (choose-designate)
P({ id: 'foreign-dmm-designate-service-fr-bootstrap-1', journey: DM, page: 'designate-service', lang: 'fr', url: 'https://www.csam.be/fr/gestion-gestionnaires-acces.html', done: before(DM, 'choose-designate'), expect: { kind: 'step', step: 'choose-designate' }, build: 'bootstrap', note: 'first section with two procedure cards each with its own button; "Commencer" under "Procédure standard" is ringed, "Gérer les accès" further down' },
csamBootstrap('fr', { title: "Gestion des Gestionnaires d'Accès", crumbs: ['Services', "Gestion des Gestionnaires d'Accès"], main: `
<h1 style="text-transform:uppercase">Gestion des Gestionnaires d'Accès</h1>${svcIntro.fr}
<section aria-labelledby="s1"><h2 id="s1">Désigner un Gestionnaire d'Accès Principal</h2>
<p>Le gestionnaire d'accès principal est un membre du personnel ou un représentant légal. Il peut ensuite désigner d'autres gestionnaires.</p>
<div class="row">
 <div class="col-md-6"><div class="card"><h3>Procédure standard</h3><p>Réservée aux représentants légaux inscrits à la Banque-Carrefour des Entreprises, avec leur carte eID ou itsme.</p><a class="btn btn-primary" href="https://www.csam.be/app032/camregistrationpublic/fr/" data-eval-target>Commencer</a></div></div>
 <div class="col-md-6"><div class="card"><h3>Procédure d'exception</h3><p>Si la personne à désigner ne possède ni eID belge ni carte d'étranger électronique.</p><a class="btn btn-outline-primary" href="/fr/procedure-exception.html">Commencer</a></div></div>
</div></section>
<section><h2>Désigner des gestionnaires d'accès</h2><p>Le gestionnaire d'accès principal désigne ses collègues. <a href="/app032/camregistration/fr/">Accéder à l'application</a></p></section>
<section><h2>Gérer les accès</h2><p>L'octroi des accès aux services en ligne se fait par domaine. <a class="btn btn-outline-primary" href="/fr/gerer-acces.html">Gérer les accès</a></p></section>` }));

P({ id: 'foreign-dmm-designate-service-nl-details-1', journey: DM, page: 'designate-service', lang: 'nl', url: 'https://www.csam.be/nl/beheer-toegangsbeheerders.html', done: before(DM, 'choose-designate'), expect: { kind: 'step', step: 'choose-designate' }, build: 'accordion', note: 'all three sections are closed <details>; the first one\'s <summary> is ringed (procedure links hidden inside)' },
csamBootstrap('nl', { title: 'Beheer der Toegangsbeheerders', crumbs: ['Diensten', 'BTB'], main: `
<h1>Beheer der Toegangsbeheerders (BTB)</h1>${svcIntro.nl}
<details class="card"><summary data-eval-target><strong>Een Hoofdtoegangsbeheerder aanstellen</strong></summary>
 <p>Stel een hoofdtoegangsbeheerder aan of vervang hem. Die persoon is een werknemer of wettelijk vertegenwoordiger.</p>
 <h3>Standaardprocedure</h3><p>Alleen een wettelijk vertegenwoordiger van de onderneming kan deze procedure uitvoeren. <a href="https://www.csam.be/app032/camregistrationpublic/nl/">Naar de standaardprocedure</a></p>
 <h3>Uitzonderingsprocedure</h3><p>Voor wie geen eID of elektronische vreemdelingenkaart heeft. <a href="/nl/uitzonderingsprocedure.html">Naar de uitzonderingsprocedure</a></p></details>
<details class="card"><summary><strong>Toegangsbeheerders aanstellen</strong></summary><p>De hoofdtoegangsbeheerders stellen toegangsbeheerders aan. <a href="/app032/camregistration/nl/">Naar de toepassing</a></p></details>
<details class="card"><summary><strong>Toegangen beheren</strong></summary><p>Toegangen verlenen gebeurt niet in CSAM. <a href="/nl/toegangen-beheren.html">Toegangen beheren</a></p></details>` }));

P({ id: 'foreign-dmm-designate-service-de-tables-1', journey: DM, page: 'designate-service', lang: 'de', url: 'https://www.csam.be/de/verwaltung-zugangsverwalter.html', done: before(DM, 'choose-designate'), expect: { kind: 'step', step: 'choose-designate' }, build: 'tables', note: 'procedures as image buttons in a table, named only by alt; "Standardverfahren starten" ringed' },
csamTables('de', { title: 'Verwaltung der Zugangsverwalter', main: `
<font size="4" color="#0b3d6e"><b>Verwaltung der Zugangsverwalter</b></font>${svcIntro.de}
<table width="100%" border="0" cellpadding="6" bgcolor="#f3f6f9"><tr><td colspan="2"><font size="3"><b>Einen Hauptzugangsverwalter benennen</b></font><br>Der Hauptzugangsverwalter ist ein Mitarbeiter oder gesetzlicher Vertreter Ihres Unternehmens.</td></tr>
<tr valign="top"><td width="50%"><b>Standardverfahren</b><br>Nur für gesetzliche Vertreter, die in der ZDU eingetragen sind.<br><form action="https://www.csam.be/app032/camregistrationpublic/de/" method="get"><input type="image" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="120" height="28" alt="Standardverfahren starten" data-eval-target></form></td>
<td><b>Ausnahmeverfahren</b><br>Ohne belgischen eID oder elektronische Ausländerkarte.<br><form action="/de/ausnahmeverfahren.html" method="get"><input type="image" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="120" height="28" alt="Ausnahmeverfahren starten"></form></td></tr></table>
<p><b>Zugangsverwalter bestimmen</b> – <a href="/app032/camregistration/de/">zur Anwendung</a></p>
<p><b>Zugänge verwalten</b> – <a href="/de/zugaenge-verwalten.html">Zugänge verwalten</a></p>` }));

P({ id: 'foreign-dmm-designate-service-en-tabs-1', journey: DM, page: 'designate-service', lang: 'en', url: 'https://www.csam.be/en/management-access-managers.html', done: before(DM, 'choose-designate'), expect: { kind: 'step', step: 'choose-designate' }, build: 'divsoup', note: 'role=tablist: first tab "Designate a main access manager" selected; its panel has a bare "Start" div-button under "Standard procedure"' },
csamDivsoup('en', { title: 'Management of access managers', main: `
<div class="text-h4" role="heading" aria-level="1">Management of access managers</div>${svcIntro.en}
<div class="q-tabs" role="tablist"><div class="q-tab q-tab--active" role="tab" aria-selected="true" tabindex="0" aria-controls="p1">Designate a main access manager</div><div class="q-tab" role="tab" aria-selected="false" tabindex="-1" aria-controls="p2">Appoint access managers</div><div class="q-tab" role="tab" aria-selected="false" tabindex="-1" aria-controls="p3">Manage access</div></div>
<div class="q-tab-panel" role="tabpanel" id="p1">
 <div class="q-card"><div class="text-h6" role="heading" aria-level="2">Standard procedure</div><p>For a legal representative of the company listed in the Crossroads Bank for Enterprises. You log in with eID or itsme.</p><div class="q-btn" role="button" tabindex="0" data-eval-target><span class="block">Start</span></div></div>
 <div class="q-card"><div class="text-h6" role="heading" aria-level="2">Exception procedure</div><p>For people without an eID or electronic foreigner's card.</p><div class="q-btn q-btn--outline" role="button" tabindex="0"><span class="block">Start</span></div></div>
</div>
<div class="q-tab-panel" role="tabpanel" id="p2" hidden></div><div class="q-tab-panel" role="tabpanel" id="p3" hidden></div>` }));

// ============================================================ csam-systems (social-security)
P({ id: 'foreign-aa-csam-systems-fr-primefaces-1', journey: AA, page: 'csam-systems', lang: 'fr', url: 'https://www.csam.be/app032/camregistration/fr/accessManagement.xhtml', done: before(AA, 'social-security'), expect: { kind: 'step', step: 'social-security' }, build: 'primefaces', note: 'JSF ui-datatable of domains; link text "Sécurité sociale (UMAN)", other domains also links' },
camPF('fr', { title: 'Gérer les accès', h1: 'Gérer les accès', main: `
<form id="j_idt21" name="j_idt21" method="post" action="/app032/camregistration/fr/accessManagement.xhtml">
<div id="j_idt21:intro" class="ui-messages ui-widget"><div class="ui-messages-info ui-corner-all"><span class="ui-messages-info-summary">L'attribution des accès aux services en ligne n'est pas gérée par CSAM. Choisissez le domaine concerné.</span></div></div>
<div id="j_idt21:domains" class="ui-datatable ui-widget"><div class="ui-datatable-tablewrapper"><table role="grid"><thead><tr role="row"><th class="ui-state-default" role="columnheader"><span class="ui-column-title">Domaine</span></th><th class="ui-state-default" role="columnheader"><span class="ui-column-title">Description</span></th></tr></thead>
<tbody id="j_idt21:domains_data" class="ui-datatable-data ui-widget-content">
<tr data-ri="0" class="ui-widget-content ui-datatable-even" role="row"><td role="gridcell"><a id="j_idt21:domains:0:lnk" href="https://www.socialsecurity.be/site_fr/employer/applics/umoe/index.htm" data-eval-target>Sécurité sociale (UMAN)</a></td><td role="gridcell">Applications de la sécurité sociale et de l'INAMI</td></tr>
<tr data-ri="1" class="ui-widget-content ui-datatable-odd" role="row"><td role="gridcell"><a id="j_idt21:domains:1:lnk" href="https://iamapps.belgium.be/rma/">Autorités fédérales (RMA)</a></td><td role="gridcell">Services publics fédéraux</td></tr>
<tr data-ri="2" class="ui-widget-content ui-datatable-even" role="row"><td role="gridcell"><a id="j_idt21:domains:2:lnk" href="https://iamapps.belgium.be/bosa/">BOSA – Gestion des rôles</a></td><td role="gridcell">Autres applications fédérales</td></tr>
<tr data-ri="3" class="ui-widget-content ui-datatable-odd" role="row"><td role="gridcell"><a id="j_idt21:domains:3:lnk" href="#">Gouvernement flamand</a></td><td role="gridcell">Toepassingen van de Vlaamse overheid</td></tr>
</tbody></table></div></div>
<input type="hidden" name="javax.faces.ViewState" id="j_id1:javax.faces.ViewState:0" value="-5811920937761402631:-2270411882739013702" autocomplete="off">
</form>` }));

P({ id: 'foreign-ra-csam-systems-en-bootstrap-1', journey: RA, page: 'csam-systems', lang: 'en', url: 'https://www.csam.be/en/manage-access.html', done: before(RA, 'social-security'), expect: { kind: 'step', step: 'social-security' }, build: 'bootstrap', note: 'public csam.be page with three domain cards; the card button reads "Go to social security access management"' },
csamBootstrap('en', { title: 'Manage access', crumbs: ['Services', 'Management of access managers', 'Manage access'], main: `
<h1>Manage access</h1>
<p>Granting access to online services is not handled by CSAM itself. Choose the government whose online services you want to open to your staff.</p>
<div class="row">
 <div class="col-md-4"><div class="card"><h2 class="card-title">Social security</h2><p>NSSO, INAMI/RIZIV, FPS Social Security… Managed in the social security access management (UMAN).</p><a class="btn btn-primary" href="https://www.socialsecurity.be/site_en/employer/applics/umoe/index.htm" data-eval-target>Go to social security access management</a></div></div>
 <div class="col-md-4"><div class="card"><h2 class="card-title">Federal government</h2><p>Role management of the federal public services (RMA).</p><a class="btn btn-outline-primary" href="https://iamapps.belgium.be/rma/">Go to federal role management</a></div></div>
 <div class="col-md-4"><div class="card"><h2 class="card-title">Flemish government</h2><p>Applications of the Flemish authorities.</p><a class="btn btn-outline-primary" href="#">Go to Flemish access management</a></div></div>
</div>` }));

P({ id: 'foreign-aa-csam-systems-nl-details-open-1', journey: AA, page: 'csam-systems', lang: 'nl', url: 'https://www.csam.be/nl/beheer-toegangsbeheerders.html#toegangen', done: before(AA, 'social-security'), expect: { kind: 'step', step: 'social-security' }, build: 'accordion', note: 'the service page itself with the third <details open>: the systems list appears in place; the "Toegangen beheren" summary must not be ringed any more' },
csamBootstrap('nl', { title: 'Beheer der Toegangsbeheerders', crumbs: ['Diensten', 'Beheer der Toegangsbeheerders'], main: `
<h1>Beheer der Toegangsbeheerders</h1>${svcIntro.nl}
<details class="card"><summary><strong>Een Hoofdtoegangsbeheerder aanstellen</strong></summary><p><a href="/app032/camregistrationpublic/nl/">Standaardprocedure</a> · <a href="/nl/uitzonderingsprocedure.html">Uitzonderingsprocedure</a></p></details>
<details class="card"><summary><strong>Toegangsbeheerders aanstellen</strong></summary><p><a href="/app032/camregistration/nl/">Naar de toepassing</a></p></details>
<details class="card" open id="toegangen"><summary><strong>Toegangen beheren</strong></summary>
 <p>CSAM kent zelf geen toegangen toe. Kies het domein waarvoor u toegangen wilt regelen:</p>
 <ul class="list-unstyled">
  <li><a href="https://www.socialsecurity.be/site_nl/employer/applics/umoe/index.htm" data-eval-target><span aria-hidden="true">›</span> Sociale Zekerheid</a> – RSZ, RIZIV, FOD Sociale Zekerheid…</li>
  <li><a href="https://iamapps.belgium.be/rma/"><span aria-hidden="true">›</span> Federale overheid (RMA)</a></li>
  <li><a href="https://iamapps.belgium.be/bosa/"><span aria-hidden="true">›</span> FOD BOSA</a></li>
  <li><a href="#"><span aria-hidden="true">›</span> Vlaamse overheid</a></li>
 </ul></details>` }));

P({ id: 'foreign-ra-csam-systems-de-divsoup-1', journey: RA, page: 'csam-systems', lang: 'de', url: 'https://www.csam.be/app032/camregistration/#/de/zugaenge', done: before(RA, 'social-security'), expect: { kind: 'step', step: 'social-security' }, build: 'divsoup', note: 'SPA list of domains as q-items with role=button, label "Soziale Sicherheit" split over two spans' },
csamDivsoup('de', { title: 'Zugänge verwalten', main: `
<div class="text-h4" role="heading" aria-level="1">Zugänge verwalten</div>
<p>Wählen Sie den Bereich, für den Sie Zugänge erteilen möchten.</p>
<div class="q-list" role="list">
 <div class="q-item q-item--clickable cursor-pointer" role="button" tabindex="0" data-eval-target><div class="q-item__section q-item__section--main"><div class="q-item__label text-h6"><span>Soziale</span> <span>Sicherheit</span></div><div class="q-item__label q-item__label--caption">LSS, LIKIV, FÖD Soziale Sicherheit</div></div><div class="q-item__section q-item__section--side"><i class="q-icon material-icons" aria-hidden="true">open_in_new</i></div></div>
 <div class="q-item q-item--clickable cursor-pointer" role="button" tabindex="0"><div class="q-item__section q-item__section--main"><div class="q-item__label text-h6">Föderale Behörden (RMA)</div></div></div>
 <div class="q-item q-item--clickable cursor-pointer" role="button" tabindex="0"><div class="q-item__section q-item__section--main"><div class="q-item__label text-h6">Flämische Regierung</div></div></div>
</div>` }));

// ============================================================ ss-umoe-info (log-in)
const ssLeft = (l) => ({
  fr: '<b>Services en ligne</b><br><a href="#">Dimona</a><br><a href="#">DmfA</a><br><a href="#">Gestion des accès</a><br><a href="#">Mandats</a><br><a href="#">eBox entreprise</a>',
  nl: '<b>Onlinediensten</b><br><a href="#">Dimona</a><br><a href="#">DmfA</a><br><a href="#">Toegangsbeheer</a><br><a href="#">Mandaten</a>',
  de: '<b>Online-Dienste</b><br><a href="#">Dimona</a><br><a href="#">DmfA</a><br><a href="#">Zugangsverwaltung</a><br><a href="#">Vollmachten</a>',
})[l];

P({ id: 'foreign-aa-ss-umoe-info-fr-tables-1', journey: AA, page: 'ss-umoe-info', lang: 'fr', url: 'https://www.socialsecurity.be/site_fr/employer/applics/umoe/index.htm', done: before(AA, 'log-in'), expect: { kind: 'step', step: 'log-in' }, build: 'tables', note: 'old public info page with its own "Fonctionnalités" heading mentioning Utilisateurs; the login link in the last section is ringed' },
ssTables('fr', { title: 'Gestion des accès pour entreprises et organisations - Sécurité sociale', left: ssLeft('fr'), crumbs: 'Accueil &gt; Entreprises &gt; Services en ligne &gt; Gestion des accès', main: `
<h1><font size="4" color="#003366">Gestion des accès pour entreprises et organisations</font></h1>
<h2><font size="3">Description</font></h2>
<p>Ce service en ligne permet au gestionnaire d'accès de votre organisation de décider quels collaborateurs peuvent utiliser quelles applications sécurisées de la sécurité sociale.</p>
<h2><font size="3">Fonctionnalités</font></h2>
<ul><li>créer et supprimer des comptes d'utilisateurs ;</li><li>attribuer des accès aux applications par groupe (employeur, prestataire de services, secrétariat social) ;</li><li>désigner des gestionnaires d'accès locaux.</li></ul>
<h2><font size="3">Qui peut l'utiliser ?</font></h2><p>Le gestionnaire d'accès principal et les gestionnaires d'accès désignés via CSAM.</p>
<h2><font size="3">Se connecter</font></h2>
<p>Munissez-vous de votre carte eID et de son code PIN, ou de l'application itsme.</p>
<p><a href="https://www.socialsecurity.be/portail/login?goto=uman&amp;lang=fr" data-eval-target><b>Se connecter à la Gestion des accès</b></a></p>` }));

P({ id: 'foreign-ra-ss-umoe-info-nl-bootstrap-1', journey: RA, page: 'ss-umoe-info', lang: 'nl', url: 'https://www.socialsecurity.be/site_nl/employer/applics/umoe/index.htm', done: before(RA, 'log-in'), expect: { kind: 'step', step: 'log-in' }, build: 'bootstrap', note: 'two "Aanmelden" links: the generic one in the navbar and the section\'s button under "Hoe meldt u zich aan?" (ringed)' },
ssBootstrap('nl', { title: 'Toegangsbeheer voor Ondernemingen en Organisaties | Sociale zekerheid', crumbs: ['<a href="/site_nl/index.htm">Home</a>', '<a href="#">Ondernemingen</a>', 'Toegangsbeheer'], main: `
<h1>Toegangsbeheer voor Ondernemingen en Organisaties</h1>
<div class="row"><div class="col">
<h2>Wat?</h2><p>Met deze onlinedienst bepaalt de toegangsbeheerder welke medewerkers welke beveiligde toepassingen van de sociale zekerheid mogen gebruiken.</p>
<h2>Functionaliteiten</h2><ul><li>gebruikersaccounts aanmaken, wijzigen en schrappen</li><li>toegangen per groep toekennen (werkgever, dienstverlener, sociaal secretariaat)</li><li>lokale toegangsbeheerders aanduiden</li></ul>
<h2>Hoe meldt u zich aan?</h2><p>U hebt uw eID en pincode nodig, of de itsme-app.</p>
<p><a class="btn btn-primary" href="/portail/login?goto=uman&amp;lang=nl" data-eval-target>Aanmelden bij Toegangsbeheer</a></p>
</div><aside class="col" style="max-width:280px"><div class="card"><h3>Hulp nodig?</h3><p>Contactcenter: 02 511 51 51</p><a href="#">Handleiding (pdf)</a></div></aside></div>` }));

P({ id: 'foreign-aa-ss-umoe-info-de-tables-1', journey: AA, page: 'ss-umoe-info', lang: 'de', url: 'https://www.socialsecurity.be/site_de/employer/applics/umoe/index.htm', done: before(AA, 'log-in'), expect: { kind: 'step', step: 'log-in' }, build: 'tables', note: 'WRONG lang attribute (lang="fr" on a German page); the log-in action is an <input type="image" alt="Anmelden">' },
ssTables('de', { title: 'Zugangsverwaltung für Unternehmen und Organisationen', langAttr: 'fr', left: ssLeft('de'), main: `
<h1><font size="4" color="#003366">Zugangsverwaltung für Unternehmen und Organisationen</font></h1>
<p>Mit diesem Online-Dienst legt der Zugangsverwalter fest, welche Mitarbeiter welche gesicherten Anwendungen der sozialen Sicherheit nutzen dürfen.</p>
<h2><font size="3">Funktionalitäten</font></h2><ul><li>Benutzerkonten anlegen und löschen</li><li>Zugänge je Gruppe vergeben</li></ul>
<h2><font size="3">Wie melden Sie sich an?</font></h2>
<p>Sie benötigen Ihren elektronischen Personalausweis (eID) mit PIN-Code oder itsme.</p>
<form action="https://www.socialsecurity.be/portail/login" method="get"><input type="hidden" name="goto" value="uman"><input type="hidden" name="lang" value="de"><input type="image" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="90" height="24" alt="Anmelden" data-eval-target></form>` }));

// ============================================================ ss-audience (log-in)
const audienceOpts = {
  en: ['Citizen', 'Enterprise', 'Civil servant', 'eHealth', 'Limosa'],
  fr: ['Citoyen', 'Entreprise', 'Fonctionnaire', 'eHealth', 'Limosa'],
  nl: ['Burger', 'Onderneming', 'Ambtenaar', 'eHealth', 'Limosa'],
};
P({ id: 'foreign-aa-ss-audience-en-bootstrap-1', journey: AA, page: 'ss-audience', lang: 'en', url: 'https://www.socialsecurity.be/portail/login?lang=en&goto=uman', done: before(AA, 'log-in'), expect: { kind: 'step', step: 'log-in' }, build: 'bootstrap', note: 'confirmed question; five option cards as <a class="card">, Enterprise ringed' },
ssBootstrap('en', { title: 'Log in | Social security', showLogin: false, main: `
<h1>In what target audience would you like to log in?</h1>
<p>Your choice determines which online services and which identification means are offered.</p>
<div class="row">${audienceOpts.en.map((o, i) => `<a class="card col" style="text-decoration:none" href="/portail/login?audience=${['CIT', 'ENT', 'CIV', 'EH', 'LIM'][i]}"${i === 1 ? ' data-eval-target' : ''}><h2 style="font-size:1.1rem">${o}</h2><p>${['Your own social data', 'On behalf of a company or organisation', 'For public service staff', 'Health care professionals', 'Posting workers to Belgium'][i]}</p></a>`).join('\n')}</div>` }));

P({ id: 'foreign-ra-ss-audience-fr-dialog-1', journey: RA, page: 'ss-audience', lang: 'fr', url: 'https://www.socialsecurity.be/site_fr/employer/applics/umoe/index.htm', done: before(RA, 'log-in'), expect: { kind: 'step', step: 'log-in' }, build: 'dialog', note: 'the audience choice is an open <dialog> over the info page (whose own "Se connecter" link is beneath); reworded question; "Entreprise" ringed' },
ssBootstrap('fr', { title: 'Gestion des accès pour entreprises et organisations', crumbs: ['<a href="/site_fr/index.htm">Accueil</a>', 'Entreprises', 'Gestion des accès'], main: `
<h1>Gestion des accès pour entreprises et organisations</h1>
<h2>Fonctionnalités</h2><p>Gérer les comptes utilisateurs et leurs accès aux applications sécurisées.</p>
<h2>Se connecter</h2><p><a class="btn btn-primary" href="/portail/login?goto=uman&amp;lang=fr">Se connecter</a></p>`, overlay: `
<div class="modal-backdrop" style="position:fixed;inset:0;background:rgba(0,0,0,.5)"></div>
<dialog open aria-labelledby="aud-t" style="position:fixed;top:10%;z-index:10;border:0;border-radius:8px;padding:2rem;max-width:560px">
 <h2 id="aud-t">Vous souhaitez vous connecter en tant que…</h2>
 <p>Choisissez le public cible correspondant à votre démarche.</p>
 <div role="group" aria-labelledby="aud-t">${audienceOpts.fr.map((o, i) => `<button type="button" class="btn ${i === 1 ? 'btn-primary' : 'btn-light'}" style="display:block;width:100%;margin:.3rem 0" value="${o}"${i === 1 ? ' data-eval-target' : ''}>${o}</button>`).join('')}</div>
 <form method="dialog"><button class="btn btn-light" aria-label="Fermer">×</button></form>
</dialog>` }));

P({ id: 'foreign-aa-ss-audience-nl-divsoup-1', journey: AA, page: 'ss-audience', lang: 'nl', url: 'https://www.socialsecurity.be/portail/#/nl/login/doelgroep', done: before(AA, 'log-in'), expect: { kind: 'step', step: 'log-in' }, build: 'divsoup', note: 'SPA radio group of divs (role=radio) with a separate "Verder" button; the "Onderneming" radio is ringed' },
doc({ lang: 'nl', title: 'Aanmelden – Sociale zekerheid', style: `body{font-family:Arial,sans-serif;margin:0}.hdr{background:#1b365d;color:#fff;padding:12px 20px;display:flex;justify-content:space-between}.wrap{max-width:640px;margin:30px auto}.opt{border:1px solid #ccc;border-radius:6px;padding:12px;margin:6px 0;cursor:pointer;display:flex;gap:10px}.opt[aria-checked="true"]{border-color:#1b365d}.dot{width:14px;height:14px;border-radius:50%;border:2px solid #1b365d}.btn{display:inline-block;background:#1b365d;color:#fff;padding:8px 18px;border-radius:4px;cursor:pointer}.ftr{text-align:center;font-size:12px;color:#777;margin-top:40px}`, body: `
<div id="app"><div class="hdr" role="banner"><div>socialsecurity.be</div><div role="navigation" aria-label="Taal">${langSwitch('nl', (l, a) => `<span role="link" tabindex="0"${a ? ' aria-current="true" style="font-weight:bold"' : ''}> ${l.toUpperCase()} </span>`)}</div></div>
<div class="wrap" role="main"><div role="heading" aria-level="1" style="font-size:24px">Als wie wilt u zich aanmelden?</div>
<div style="color:#555">Kies de doelgroep waartoe u behoort voor deze aanmelding.</div>
<div role="radiogroup" aria-label="Doelgroep" style="margin:16px 0">${audienceOpts.nl.map((o, i) => `<div class="opt" role="radio" aria-checked="false" tabindex="${i === 0 ? 0 : -1}"${i === 1 ? ' data-eval-target' : ''}><span class="dot"></span><span>${o}</span></div>`).join('\n')}</div>
<div class="btn" role="button" tabindex="0" aria-disabled="true">Verder</div>
<div class="ftr">Contactcenter 02 511 51 51 · <span role="link" tabindex="0">Privacy</span> · <span role="link" tabindex="0">Cookies</span></div></div></div>` }));

// ============================================================ idp-login / designate-login (no target)
function idpDiv(lang, dest, note) {
  const w = idpWords[lang];
  return doc({ lang, title: w.t, style: `body{margin:0;font-family:"Open Sans",Arial,sans-serif;background:#f4f6f8}.bar{background:#fff;display:flex;justify-content:space-between;padding:10px 24px;border-bottom:1px solid #ddd}.be{font-weight:700}.main{max-width:760px;margin:30px auto;background:#fff;padding:24px}.opt{display:flex;gap:14px;align-items:center;border:1px solid #d0d7de;border-radius:6px;padding:14px;margin:10px 0;cursor:pointer}.opt:hover{border-color:#004f9f}.ttl{font-weight:600}.sub{font-size:13px;color:#555}.foot{text-align:center;font-size:12px;padding:20px;color:#666}`, body: `
<div id="wrapper"><div class="bar" role="banner"><div class="be">.be</div><div id="languageBar" role="navigation">${langSwitch(lang, (l, a) => `<a href="#" lang="${l}"${a ? ' class="active" aria-current="true"' : ''}> ${l.toUpperCase()} </a>`)}</div></div>
<div id="content" class="main" role="main">
 <h1>${w.t}</h1><p class="sub">${w.dest} <strong>${dest}</strong></p>
 <h2 style="font-size:18px">${w.h}</h2>
 <div id="loginOptions">
  <div class="opt" role="button" tabindex="0" id="eid"><div class="ico" aria-hidden="true">🪪</div><div><div class="ttl">${w.eid}</div><div class="sub">${w.eidD}</div></div></div>
  <div class="opt" role="button" tabindex="0" id="itsme"><div class="ico" aria-hidden="true">▣</div><div><div class="ttl">${w.itsme}</div><div class="sub">${w.itsmeD}</div></div></div>
  <div class="opt" role="button" tabindex="0" id="totp"><div><div class="ttl">${w.app}</div></div></div>
  <div class="opt" role="button" tabindex="0" id="sms"><div><div class="ttl">${w.tok}</div></div></div>
 </div>
 <p><a href="#">${w.help}</a></p>
</div>
<div class="foot"><a href="#">${w.cookies}</a> · <a href="#">${w.priv}</a> · <a href="#">${w.a11y}</a></div></div>` });
}
function idpMat(lang, dest) {
  const w = idpWords[lang];
  const a = '_ngcontent-fas-c12';
  return doc({ lang, title: w.t, style: `body{margin:0;font-family:Roboto,sans-serif}mat-toolbar{display:flex;justify-content:space-between;align-items:center;height:56px;padding:0 20px;border-bottom:1px solid #ddd}mat-card{display:block;max-width:640px;margin:30px auto;padding:20px;box-shadow:0 1px 4px rgba(0,0,0,.25)}.mdc-button{display:flex;width:100%;align-items:center;gap:12px;border:1px solid #bbb;border-radius:4px;background:#fff;padding:12px;margin:8px 0;cursor:pointer;font:inherit;text-align:left}`, body: `
<fas-root ng-version="15.2.9"><mat-toolbar ${a} class="mat-toolbar"><span ${a}>Belgium.be</span><mat-button-toggle-group ${a} role="group" aria-label="Language" class="mat-button-toggle-group">${langSwitch(lang, (l, act) => `<mat-button-toggle class="mat-button-toggle${act ? ' mat-button-toggle-checked' : ''}"><button type="button" class="mat-button-toggle-button" aria-pressed="${act}"><span class="mat-button-toggle-label-content">${l.toUpperCase()}</span></button></mat-button-toggle>`)}</mat-button-toggle-group></mat-toolbar>
<main ${a}><mat-card ${a} class="mat-mdc-card mdc-card"><mat-card-header><mat-card-title ${a}><h1 style="font-size:22px">${w.t}</h1></mat-card-title><mat-card-subtitle>${w.dest} ${dest}</mat-card-subtitle></mat-card-header>
<mat-card-content ${a}><p>${w.h}</p>
<button ${a} mat-stroked-button="" class="mdc-button mat-mdc-outlined-button" type="button"><mat-icon class="mat-icon" aria-hidden="true">credit_card</mat-icon><span class="mdc-button__label"><strong>${w.eid}</strong><br><small>${w.eidD}</small></span></button>
<button ${a} mat-stroked-button="" class="mdc-button mat-mdc-outlined-button" type="button"><mat-icon class="mat-icon" aria-hidden="true">smartphone</mat-icon><span class="mdc-button__label"><strong>${w.itsme}</strong><br><small>${w.itsmeD}</small></span></button>
<button ${a} mat-stroked-button="" class="mdc-button mat-mdc-outlined-button" type="button"><span class="mdc-button__label">${w.app}</span></button>
<mat-expansion-panel ${a} class="mat-expansion-panel"><mat-expansion-panel-header role="button" aria-expanded="false" tabindex="0"><span class="mat-content">${w.help}</span></mat-expansion-panel-header></mat-expansion-panel>
</mat-card-content></mat-card></main>
<footer ${a} style="text-align:center;font-size:12px;color:#666">${w.cookies} · ${w.priv} · ${w.a11y}</footer></fas-root>` });
}
const IDP_URL = (goto) => `https://idp.iamfas.belgium.be/fas/XUI/?realm=%2Frealms%2Froot%2Frealms%2FEIDAS&goto=${encodeURIComponent(goto)}#login/`;
P({ id: 'foreign-aa-idp-login-nl-divsoup-1', journey: AA, page: 'idp-login', lang: 'nl', url: IDP_URL('https://www.socialsecurity.be/portail/uman'), done: before(AA, 'log-in'), expect: { kind: 'step', step: 'log-in' }, build: 'divsoup', note: 'login options as div role=button; nothing must be ringed' }, idpDiv('nl', 'Sociale zekerheid – Toegangsbeheer'));
P({ id: 'foreign-ra-idp-login-de-material-1', journey: RA, page: 'idp-login', lang: 'de', url: IDP_URL('https://www.socialsecurity.be/portail/uman'), done: before(RA, 'log-in'), expect: { kind: 'step', step: 'log-in' }, build: 'material', note: 'Angular Material login card with mat-stroked-buttons; nothing ringed' }, idpMat('de', 'Soziale Sicherheit'));
P({ id: 'foreign-dmm-designate-login-fr-divsoup-1', journey: DM, page: 'designate-login', lang: 'fr', url: IDP_URL('https://www.csam.be/app032/camregistration/fr/'), done: before(DM, 'log-in'), expect: { kind: 'step', step: 'log-in' }, build: 'divsoup', note: 'federal login with goto the CSAM designation application; nothing ringed' }, idpDiv('fr', "CSAM – Gestion des Gestionnaires d'Accès"));
P({ id: 'foreign-dmm-designate-login-en-material-1', journey: DM, page: 'designate-login', lang: 'en', url: 'https://iamapps.belgium.be/sma/generalinfo?goto=https%3A%2F%2Fwww.csam.be%2Fapp032%2Fcamregistration%2Fen%2F', done: before(DM, 'log-in'), expect: { kind: 'step', step: 'log-in' }, build: 'material', note: 'login on iamapps.belgium.be host instead of idp; nothing ringed' }, idpMat('en', 'CSAM – Management of access managers'));
