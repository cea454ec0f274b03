// csam.be, the social-security info page, the audience choice and the federal login.
import { SHELLS, mui, vt, gov, portlet, ariaTree } from './builds.mjs';
import { esc, tg, C } from './common.mjs';

const IMG = (alt, w = 520) => `<img src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='${w}' height='48'%3E%3Crect width='${w}' height='48' fill='%2300529b'/%3E%3C/svg%3E" width="${w}" height="48" alt="${esc(alt)}">`;

export const PRE = [];
const add = (d) => PRE.push(d);

// ---------------- csam-home
add({
  id: 'f2-csam-home-fr-liferay-1', journey: 'add-access', page: 'csam-home', lang: 'fr', build: 'liferay',
  url: 'https://www.csam.be/fr/index.html', expect: { kind: 'step', step: 'open-service' },
  note: 'heading is an image with alt text; service tiles in a Liferay asset-publisher portlet; the same service also sits in the closed Services dropdown',
  html: () => SHELLS.liferay({ lang: 'fr', site: 'csam', title: 'CSAM - Accueil', crumbs: null, langHref: (l) => `/${l}/index.html`, body:
    portlet('com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_intro', '', `<div class="journal-content-article"><h1 class="banner-title">${IMG('CSAM – Gérer vos identités et vos accès aux services publics en ligne')}</h1><p>CSAM rassemble les outils qui permettent aux citoyens, aux entreprises et aux professionnels de s’identifier et d’accéder de manière sécurisée aux services en ligne des administrations belges.</p></div>`, { bare: true }) +
    portlet('com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_services', 'Nos services', `<div class="asset-publisher"><ul class="list-unstyled row service-tiles">
<li class="col-md-4"><div class="card card-interactive"><div class="card-body"><img alt="Icône mes clés numériques" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="48" height="48"><h3 class="card-title"><a href="/fr/mes-cles-numeriques.html">Mes clés numériques</a></h3><p class="card-text">Activez ou gérez vos moyens d’identification : eID, itsme, codes de sécurité.</p></div></div></li>
<li class="col-md-4"><div class="card card-interactive"><div class="card-body"><img alt="Icône gestion des Gestionnaires d’Accès" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="48" height="48"><h3 class="card-title"><a href="/fr/gestion-gestionnaires-acces.html"${tg(true)}>Gestion des gestionnaires d’accès</a></h3><p class="card-text">Désignez les personnes qui gèrent, pour votre organisation, les accès aux applications en ligne de l’administration.</p></div></div></li>
<li class="col-md-4"><div class="card card-interactive"><div class="card-body"><img alt="Icône gestion des mandats" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="48" height="48"><h3 class="card-title"><a href="/fr/gestion-mandats.html">Gestion des mandats</a></h3><p class="card-text">Autorisez un tiers à agir en votre nom auprès de certaines administrations.</p></div></div></li>
</ul></div>`) +
    portlet('com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_news', 'Actualités', `<ul class="news"><li><a href="/fr/actualites/itsme-entreprises.html">Nouveau : connexion par itsme pour les représentants légaux</a> <small>12/10/2026</small></li><li><a href="/fr/actualites/maintenance.html">Maintenance planifiée le samedi 21 novembre</a> <small>03/11/2026</small></li></ul>`),
  }),
});
add({
  id: 'f2-csam-home-nl-govuk-1', journey: 'remove-access', page: 'csam-home', lang: 'nl', build: 'govuk',
  url: 'https://www.csam.be/nl/index.html', expect: { kind: 'step', step: 'open-service' },
  note: 'service listed as a govuk-link inside a description list of services; wording "Beheer van de toegangsbeheerders" (not the confirmed "der")',
  html: () => SHELLS.govuk({ lang: 'nl', site: 'csam', title: 'CSAM | Startpagina', appTitle: 'CSAM', nav: [['Startpagina', '/nl/index.html', true], ['Wat is CSAM?', '/nl/csam.html'], ['Diensten', '/nl/diensten.html'], ['Contact', '/nl/contact.html']], body: `
<h1 class="govuk-heading-xl">Veilig aanmelden bij de overheid</h1>
<p class="govuk-body-l">CSAM is het systeem waarmee de federale, regionale en lokale overheden uw identiteit controleren en uw toegangen tot hun onlinediensten beheren.</p>
<h2 class="govuk-heading-m">Onze diensten</h2>
<dl class="govuk-summary-list app-services">
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key"><a class="govuk-link" href="/nl/mijn-digitale-sleutels.html">Mijn digitale sleutels</a></dt><dd class="govuk-summary-list__value">Uw aanmeldmiddelen activeren en beheren.</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key"><a class="govuk-link" href="/nl/beheer-toegangsbeheerders.html"${tg(true)}>Beheer van de toegangsbeheerders</a></dt><dd class="govuk-summary-list__value">Voor ondernemingen en organisaties: een hoofdtoegangsbeheerder aanstellen, toegangsbeheerders aanduiden en toegangen beheren.</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key"><a class="govuk-link" href="/nl/beheer-mandaten.html">Beheer van mandaten</a></dt><dd class="govuk-summary-list__value">Iemand anders machtigen om in uw naam te handelen.</dd></div>
</dl>
<div class="govuk-inset-text">Problemen bij het aanmelden? Neem contact op met de CSAM-helpdesk.</div>` }),
});
add({
  id: 'f2-csam-home-de-webcomponents-1', journey: 'add-access', page: 'csam-home', lang: 'de', build: 'webcomponents',
  url: 'https://www.csam.be/de/index.html', expect: { kind: 'step', step: 'open-service' },
  note: 'services as <sl-card>; the service name is a link in the card header slot; each card also has a generic "Mehr erfahren" sl-button',
  html: () => SHELLS.webcomponents({ lang: 'de', site: 'csam', title: 'CSAM – Zugang zu den Online-Diensten der Behörden', crumbs: [['Startseite']], body: `
<h1>Willkommen bei CSAM</h1>
<p>Mit CSAM melden Sie sich sicher bei den Online-Diensten der belgischen Behörden an und regeln, wer in Ihrem Unternehmen worauf zugreifen darf.</p>
<div class="cards">
<sl-card class="card-service"><div slot="header"><a href="/de/meine-digitalen-schluessel.html">Meine digitalen Schlüssel</a></div>Verwalten Sie Ihre Anmeldemittel (eID, itsme, Sicherheitscodes).<sl-button slot="footer" variant="text" href="/de/meine-digitalen-schluessel.html">Mehr erfahren</sl-button></sl-card>
<sl-card class="card-service"><div slot="header"><a href="/de/verwaltung-zugangsverwalter.html"${tg(true)}>Verwaltung der Zugangsverwalter</a></div>Bestimmen Sie für Ihr Unternehmen einen Hauptzugangsverwalter und weitere Zugangsverwalter und verwalten Sie die Zugänge.<sl-button slot="footer" variant="text" href="/de/verwaltung-zugangsverwalter.html">Mehr erfahren</sl-button></sl-card>
<sl-card class="card-service"><div slot="header"><a href="/de/verwaltung-mandate.html">Verwaltung der Mandate</a></div>Erteilen Sie einer anderen Person oder Organisation ein Mandat.<sl-button slot="footer" variant="text" href="/de/verwaltung-mandate.html">Mehr erfahren</sl-button></sl-card>
</div>` }),
});

// ---------------- csam-service
add({
  id: 'f2-csam-service-en-liferay-1', journey: 'add-access', page: 'csam-service', lang: 'en', build: 'liferay',
  url: 'https://www.csam.be/en/management-access-managers.html', expect: { kind: 'step', step: 'manage-access' },
  note: 'three choices as numbered portlet tiles; third is "Manage access" (confirmed wording) as a card link with an arrow icon',
  html: () => SHELLS.liferay({ lang: 'en', site: 'csam', title: 'Management of access managers | CSAM', langHref: (l) => ({ fr: '/fr/gestion-gestionnaires-acces.html', nl: '/nl/beheer-toegangsbeheerders.html', de: '/de/verwaltung-zugangsverwalter.html', en: '/en/management-access-managers.html' })[l], crumbs: [['Home', '/en/index.html'], ['Services', '/en/services.html'], ['Management of access managers']], body:
    portlet('com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_gga', 'Management of access managers', `<div class="journal-content-article"><img alt="Icône gestion des Gestionnaires d’Accès" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="64" height="64"><p>Companies and organisations register in this service so that their staff can use the online services of the public authorities. Three steps are possible:</p>
<ol class="choices list-unstyled">
<li><a class="card card-horizontal" href="/app032/camregistrationpublic/?lang=en"><span class="card-title">1. Appoint a chief access manager</span><span class="card-subtitle">Standard procedure or exception procedure</span></a></li>
<li><a class="card card-horizontal" href="/app032/camregistration/managers?lang=en"><span class="card-title">2. Appoint access managers</span><span class="card-subtitle">The chief access manager appoints the other access managers</span></a></li>
<li><a class="card card-horizontal" href="/en/management-access-managers/manage-access.html"${tg(true)}><span class="card-title">3. Manage access</span><span class="card-subtitle">Grant your staff access to the online services of each government domain</span><svg aria-hidden="true" width="16" height="16"><path d="M2 8h12"></path></svg></a></li>
</ol></div>`) }),
});
add({
  id: 'f2-csam-service-de-aria-1', journey: 'remove-access', page: 'csam-service', lang: 'de', build: 'aria',
  url: 'https://www.csam.be/de/verwaltung-zugangsverwalter.html', expect: { kind: 'step', step: 'manage-access' },
  note: 'the three choices are ARIA tabs; "Zugänge verwalten" tab is NOT selected and its panel (with the domain links) is hidden: ring the tab',
  html: () => SHELLS.aria({ lang: 'de', site: 'csam', title: 'Verwaltung der Zugangsverwalter – CSAM', crumbs: [['Startseite', '/de/index.html'], ['Dienste', '/de/dienste.html'], ['Verwaltung der Zugangsverwalter']], body: `
<h1>Verwaltung der Zugangsverwalter</h1>
<p>Damit Ihre Mitarbeitenden die Online-Dienste der Behörden nutzen können, registriert sich Ihr Unternehmen in diesem Dienst.</p>
<div role="tablist" aria-label="Schritte">
<div role="tab" id="tab-1" aria-controls="panel-1" aria-selected="true" tabindex="0">Einen Hauptzugangsverwalter bestimmen</div>
<div role="tab" id="tab-2" aria-controls="panel-2" aria-selected="false" tabindex="-1">Zugangsverwalter bestimmen</div>
<div role="tab" id="tab-3" aria-controls="panel-3" aria-selected="false" tabindex="-1"${tg(true)}>Zugänge verwalten</div>
</div>
<div role="tabpanel" id="panel-1" aria-labelledby="tab-1"><p>Der Hauptzugangsverwalter wird von einem gesetzlichen Vertreter des Unternehmens bestimmt.</p><p><a href="/app032/camregistrationpublic/?lang=de">Standardverfahren</a> · <a href="/de/ausnahmeverfahren.html">Ausnahmeverfahren</a></p></div>
<div role="tabpanel" id="panel-2" aria-labelledby="tab-2" hidden><p>Der Hauptzugangsverwalter kann weitere Zugangsverwalter bestimmen.</p></div>
<div role="tabpanel" id="panel-3" aria-labelledby="tab-3" hidden><p>Die Zugänge zu den Online-Diensten werden nicht in CSAM, sondern in jedem Bereich verwaltet:</p><ul><li><a href="https://www.socialsecurity.be/site_de/employer/applics/umoe/index.htm">Soziale Sicherheit</a></li><li><a href="https://bosa.belgium.be/de/rma">Föderaler Öffentlicher Dienst (BOSA)</a></li><li><a href="https://www.vlaanderen.be/toegangsbeheer">Flämische Behörden</a></li></ul></div>` }),
});
add({
  id: 'f2-csam-service-fr-plain-1', journey: 'add-access', page: 'csam-service', lang: 'fr', build: 'plain',
  url: 'https://www.csam.be/fr/gestion-gestionnaires-acces.html', expect: { kind: 'step', step: 'manage-access' },
  note: 'server-rendered; a short table of contents of 3 choices; 3rd reads "Gérer les accès de votre organisation" (longer than the confirmed wording); GGA abbreviation',
  html: () => SHELLS.plain({ lang: 'fr', site: 'csam', title: 'Gestion des Gestionnaires d’Accès (GGA) - CSAM', crumbs: [['Accueil', '/fr/index.html'], ['Services', '/fr/services.html'], ['Gestion des Gestionnaires d’Accès']], body: `
<h1>Gestion des Gestionnaires d’Accès (GGA)</h1>
<p>Votre entreprise s’enregistre dans ce service pour que ses collaborateurs puissent utiliser les applications en ligne des administrations. Que souhaitez-vous faire ?</p>
<ol>
<li><a href="#designer-gap">Désigner un Gestionnaire d’Accès Principal</a></li>
<li><a href="#designer-ga">Désigner des gestionnaires d’accès</a></li>
<li><a href="#gerer-acces"${tg(true)}>Gérer les accès de votre organisation</a></li>
</ol>
<h2 id="designer-gap">Désigner un Gestionnaire d’Accès Principal</h2>
<p>Seul un représentant légal de l’entreprise peut effectuer cette désignation (<a href="/app032/camregistrationpublic/?lang=fr">procédure standard</a>). Sans carte eID, utilisez la <a href="/fr/procedure-exception.html">procédure d’exception</a>.</p>
<h2 id="designer-ga">Désigner des gestionnaires d’accès</h2>
<p>Le gestionnaire d’accès principal peut désigner d’autres gestionnaires d’accès pour chaque domaine.</p>
<h2 id="gerer-acces">Gérer les accès</h2>
<p>L’attribution des accès aux services en ligne ne se fait pas dans CSAM mais par domaine : la liste s’affiche après votre choix.</p>` }),
});

// ---------------- csam-systems
add({
  id: 'f2-csam-systems-nl-liferay-1', journey: 'remove-access', page: 'csam-systems', lang: 'nl', build: 'liferay',
  url: 'https://www.csam.be/nl/beheer-toegangsbeheerders/toegangen-beheren.html', expect: { kind: 'step', step: 'social-security' },
  note: 'domains as a Liferay navigation-menu portlet (list of links with descriptions); link text "Sociale zekerheid (RSZ – toegangsbeheer)"',
  html: () => SHELLS.liferay({ lang: 'nl', site: 'csam', title: 'Toegangen beheren - CSAM', crumbs: [['Home', '/nl/index.html'], ['Beheer der toegangsbeheerders', '/nl/beheer-toegangsbeheerders.html'], ['Toegangen beheren']], body:
    portlet('com_liferay_site_navigation_menu_web_portlet_SiteNavigationMenuPortlet_INSTANCE_domains', 'Toegangen beheren', `<p>Kies het domein van de overheid waarvoor u toegangen wilt toekennen of intrekken. U wordt doorgestuurd naar de beheertoepassing van dat domein.</p>
<ul class="lfr-nav list-group domain-list">
<li class="list-group-item"><a href="https://www.socialsecurity.be/site_nl/employer/applics/umoe/index.htm"${tg(true)}><strong>Sociale zekerheid</strong> (RSZ – toegangsbeheer)</a><p class="list-group-subtext">Onlinediensten van de sociale zekerheid en van de instellingen die ermee werken.</p></li>
<li class="list-group-item"><a href="https://bosa.belgium.be/nl/rma"><strong>Federale overheid</strong> (BOSA – RMA)</a><p class="list-group-subtext">Onlinediensten van de federale overheidsdiensten.</p></li>
<li class="list-group-item"><a href="https://www.vlaanderen.be/gebruikersbeheer"><strong>Vlaamse overheid</strong></a><p class="list-group-subtext">Gebruikersbeheer van de Vlaamse overheid.</p></li>
</ul>`) }),
});
add({
  id: 'f2-csam-systems-en-govuk-1', journey: 'add-access', page: 'csam-systems', lang: 'en', build: 'govuk',
  url: 'https://www.csam.be/en/management-access-managers/manage-access.html', expect: { kind: 'step', step: 'social-security' },
  note: 'domains as a govuk "task list"; the link is "Social security" with a status tag beside it',
  html: () => SHELLS.govuk({ lang: 'en', site: 'csam', appTitle: 'Management of access managers', title: 'Manage access - CSAM', crumbs: [['Home', '/en/index.html'], ['Management of access managers', '/en/management-access-managers.html'], ['Manage access']], body: `
<h1 class="govuk-heading-l">Manage access</h1>
<p class="govuk-body">Access to online services is not granted in CSAM itself. Choose the government domain; you will continue in that domain’s access-management application.</p>
<ul class="govuk-task-list">
<li class="govuk-task-list__item govuk-task-list__item--with-link"><div class="govuk-task-list__name-and-hint"><a class="govuk-link govuk-task-list__link" href="https://www.socialsecurity.be/site_en/employer/applics/umoe/index.htm" aria-describedby="ss-status"${tg(true)}>Social security</a><div class="govuk-task-list__hint">NSSO, RIZIV-INAMI and the other social-security institutions</div></div><div class="govuk-task-list__status" id="ss-status"><strong class="govuk-tag govuk-tag--blue">Online services for employers</strong></div></li>
<li class="govuk-task-list__item govuk-task-list__item--with-link"><div class="govuk-task-list__name-and-hint"><a class="govuk-link govuk-task-list__link" href="https://bosa.belgium.be/en/rma">Federal government (RMA)</a></div></li>
<li class="govuk-task-list__item govuk-task-list__item--with-link"><div class="govuk-task-list__name-and-hint"><a class="govuk-link govuk-task-list__link" href="https://www.vlaanderen.be/gebruikersbeheer">Flemish government</a></div></li>
</ul>` }),
});
add({
  id: 'f2-csam-systems-fr-mui-1', journey: 'add-access', page: 'csam-systems', lang: 'fr', build: 'mui',
  url: 'https://www.csam.be/app032/camregistration/#/fr/acces', expect: { kind: 'step', step: 'social-security' },
  note: 'React SPA on app032; domains as MuiCardActionArea buttons; heading "Gérer les accès" on the card grid; SÉCURITÉ SOCIALE upper case in the DOM',
  html: () => SHELLS.mui({ lang: 'fr', site: 'csam', appTitle: 'CSAM — Gestion des Gestionnaires d’Accès', title: 'CSAM', crumbs: [['Accueil', '#/fr'], ['Gérer les accès']], body: `
${mui.h(1, 'Gérer les accès', 'h4')}
${mui.p('Sélectionnez le domaine dans lequel vous souhaitez attribuer ou retirer des accès aux collaborateurs de votre entreprise.')}
<div class="MuiGrid-root MuiGrid-container MuiGrid-spacing-xs-2">
<div class="MuiGrid-root MuiGrid-item MuiGrid-grid-md-4"><div class="MuiPaper-root MuiCard-root"><button class="MuiButtonBase-root MuiCardActionArea-root" type="button" tabindex="0"${tg(true)}><div class="MuiCardContent-root"><h2 class="MuiTypography-root MuiTypography-h6">SÉCURITÉ SOCIALE</h2><p class="MuiTypography-root MuiTypography-body2">ONSS, INAMI et les autres institutions de sécurité sociale</p></div><span class="MuiCardActionArea-focusHighlight"></span></button></div></div>
<div class="MuiGrid-root MuiGrid-item MuiGrid-grid-md-4"><div class="MuiPaper-root MuiCard-root"><button class="MuiButtonBase-root MuiCardActionArea-root" type="button" tabindex="0"><div class="MuiCardContent-root"><h2 class="MuiTypography-root MuiTypography-h6">SPF BOSA — AUTORITÉ FÉDÉRALE</h2><p class="MuiTypography-root MuiTypography-body2">Services en ligne des SPF (RMA)</p></div></button></div></div>
<div class="MuiGrid-root MuiGrid-item MuiGrid-grid-md-4"><div class="MuiPaper-root MuiCard-root"><button class="MuiButtonBase-root MuiCardActionArea-root" type="button" tabindex="0"><div class="MuiCardContent-root"><h2 class="MuiTypography-root MuiTypography-h6">AUTORITÉ FLAMANDE</h2><p class="MuiTypography-root MuiTypography-body2">Gestion des utilisateurs de la Flandre</p></div></button></div></div>
</div>` }),
});

// ---------------- ss-umoe-info
add({
  id: 'f2-ss-umoe-info-fr-liferay-1', journey: 'add-access', page: 'ss-umoe-info', lang: 'fr', build: 'liferay',
  url: 'https://www.socialsecurity.be/site_fr/employer/applics/umoe/index.htm', expect: { kind: 'step', step: 'log-in' },
  note: 'info page as portlets; its own "Fonctionnalités" section; last portlet "Se connecter" with a button-styled link',
  html: () => SHELLS.liferay({ lang: 'fr', site: 'ss', title: 'Gestion des accès pour entreprises et organisations - Sécurité sociale', langHref: (l) => `/site_${l}/employer/applics/umoe/index.htm`, crumbs: [['Employeurs', '/site_fr/employer/index.htm'], ['Services en ligne', '/site_fr/employer/applics.htm'], ['Gestion des accès']], body:
    portlet('umoe_intro', 'Gestion des accès pour entreprises et organisations', `<p>Ce service en ligne permet au gestionnaire d’accès de votre entreprise de créer des comptes d’utilisateur et de leur attribuer les accès aux applications sécurisées de la sécurité sociale.</p>`) +
    portlet('umoe_features', 'Fonctionnalités', `<ul><li>créer, modifier ou supprimer des comptes d’utilisateur ;</li><li>attribuer ou retirer l’accès à des applications sécurisées ;</li><li>consulter les groupes auxquels votre entreprise appartient (employeur, prestataire de services, secrétariat social…).</li></ul>`) +
    portlet('umoe_who', 'Qui peut l’utiliser ?', `<p>Le gestionnaire d’accès principal et les gestionnaires d’accès désignés dans CSAM.</p>`) +
    portlet('umoe_login', 'Se connecter', `<p>Vous vous identifiez avec votre carte d’identité électronique, itsme ou un autre moyen reconnu.</p><p><a class="btn btn-primary" href="https://www.socialsecurity.be/site_fr/general/login.htm?target=uman"${tg(true)}>Accéder au service en ligne</a></p>`) }),
});
add({
  id: 'f2-ss-umoe-info-de-plain-1', journey: 'remove-access', page: 'ss-umoe-info', lang: 'de', build: 'plain', htmlLang: null,
  url: 'https://www.socialsecurity.be/site_de/employer/applics/umoe/index.htm', expect: { kind: 'step', step: 'log-in' },
  note: 'NO lang attribute on <html>; heading is an image with alt text; log-in link "Zur Anmeldung" in the last section "Wie melden Sie sich an?"',
  html: () => SHELLS.plain({ lang: 'de', htmlLang: null, site: 'ss', title: 'socialsecurity.be', langHref: (l) => `/site_${l}/employer/applics/umoe/index.htm`, crumbs: [['Arbeitgeber', '/site_de/employer/index.htm'], ['Online-Dienste', '/site_de/employer/applics.htm'], ['Zugangsverwaltung']], body: `
<h1>${IMG('Zugangsverwaltung für Unternehmen und Organisationen')}</h1>
<h2>Beschreibung</h2><p>Mit diesem Online-Dienst verwaltet der Zugangsverwalter Ihres Unternehmens die Benutzerkonten und deren Zugriff auf die gesicherten Anwendungen der sozialen Sicherheit.</p>
<h2>Funktionalitäten</h2><ul><li>Benutzer anlegen und Benutzerdaten ändern</li><li>Zugriffsrechte auf gesicherte Anwendungen erteilen oder entziehen</li><li>die Gruppen Ihres Unternehmens einsehen</li></ul>
<h2>Wer kann diesen Dienst nutzen?</h2><p>Hauptzugangsverwalter und Zugangsverwalter.</p>
<h2>Wie melden Sie sich an?</h2><p>Sie benötigen Ihren elektronischen Personalausweis mit Kartenleser oder itsme. <a href="https://www.socialsecurity.be/site_de/general/login.htm?app=umoe"${tg(true)}>Zur Anmeldung</a></p>` }),
});
add({
  id: 'f2-ss-umoe-info-nl-aria-1', journey: 'add-access', page: 'ss-umoe-info', lang: 'nl', build: 'aria',
  url: 'https://www.socialsecurity.be/site_nl/employer/applics/umoe/index.htm', expect: { kind: 'step', step: 'log-in' },
  note: 'sections as an ARIA accordion; "Hoe meldt u zich aan?" is COLLAPSED (the login link is in the hidden panel): ring its toggle button',
  html: () => SHELLS.aria({ lang: 'nl', site: 'ss', title: 'Toegangsbeheer voor Ondernemingen en Organisaties | socialsecurity.be', crumbs: [['Werkgevers', '/site_nl/employer/index.htm'], ['Onlinediensten', '/site_nl/employer/applics.htm'], ['Toegangsbeheer']], body: `
<h1>Toegangsbeheer voor Ondernemingen en Organisaties</h1>
<div class="accordion">
<h2><button type="button" aria-expanded="true" aria-controls="acc-1" id="acc-1-btn">Beschrijving</button></h2><div id="acc-1" role="region" aria-labelledby="acc-1-btn"><p>Via deze onlinedienst beheert de toegangsbeheerder van uw onderneming de gebruikers en hun toegang tot de beveiligde toepassingen van de sociale zekerheid.</p></div>
<h2><button type="button" aria-expanded="false" aria-controls="acc-2" id="acc-2-btn">Functionaliteiten</button></h2><div id="acc-2" role="region" aria-labelledby="acc-2-btn" hidden><ul><li>gebruikers toevoegen, wijzigen en verwijderen</li><li>toegangen tot toepassingen toekennen of intrekken</li></ul></div>
<h2><button type="button" aria-expanded="false" aria-controls="acc-3" id="acc-3-btn">Wie kan deze dienst gebruiken?</button></h2><div id="acc-3" role="region" aria-labelledby="acc-3-btn" hidden><p>De hoofdtoegangsbeheerder en de toegangsbeheerders van de onderneming.</p></div>
<h2><button type="button" aria-expanded="false" aria-controls="acc-4" id="acc-4-btn"${tg(true)}>Hoe meldt u zich aan?</button></h2><div id="acc-4" role="region" aria-labelledby="acc-4-btn" hidden><p>U meldt zich aan met uw eID-kaartlezer of met itsme. <a href="https://www.socialsecurity.be/site_nl/general/login.htm?app=umoe">Aanmelden op de beveiligde omgeving</a></p></div>
</div>` }),
});

// ---------------- ss-audience
const audienceWc = () => SHELLS.webcomponents({ lang: 'en', site: 'ss', title: 'Log in - socialsecurity.be', crumbs: [['Home', 'https://www.socialsecurity.be/site_en/index.htm'], ['Log in']], cookie: false, body: `
<h1>Log in</h1>
<sl-radio-group label="In what target audience would you like to log in?" name="audience" class="audience" value="">
<sl-radio-button value="citizen">Citizen</sl-radio-button>
<sl-radio-button value="enterprise"${tg(true)}>Enterprise</sl-radio-button>
<sl-radio-button value="civilservant">Civil servant</sl-radio-button>
<sl-radio-button value="ehealth">eHealth</sl-radio-button>
<sl-radio-button value="limosa">Limosa</sl-radio-button>
</sl-radio-group>
<sl-button variant="primary" type="submit">Continue</sl-button>
<sl-details summary="Which one should I choose?"><div class="details-body"><p>Choose “Enterprise” if you act for a company, an organisation or a social secretariat.</p></div></sl-details>` });
add({
  id: 'f2-ss-audience-en-webcomponents-1', journey: 'add-access', page: 'ss-audience', lang: 'en', build: 'webcomponents',
  url: 'https://www.socialsecurity.be/site_en/general/login.htm?app=umoe', expect: { kind: 'step', step: 'log-in' },
  note: 'confirmed EN question ONLY as the label attribute of <sl-radio-group> (no text node); choices are <sl-radio-button> (no role, no input), ring the Enterprise one; a Continue sl-button follows',
  html: audienceWc,
});
add({
  id: 'f2-ss-audience-nl-govuk-1', journey: 'remove-access', page: 'ss-audience', lang: 'nl', build: 'govuk',
  url: 'https://www.socialsecurity.be/site_nl/general/login.htm', expect: { kind: 'step', step: 'log-in' },
  note: 'choice as govuk radios + "Doorgaan" button; own wording "Als wie wilt u zich aanmelden?"; ringed = the "Onderneming" radio input (unsure: could be the Continue button)',
  html: () => SHELLS.govuk({ lang: 'nl', site: 'ss', appTitle: 'Aanmelden', title: 'Aanmelden - socialsecurity.be', back: 'Terug', body: `
<form method="post" novalidate><div class="govuk-form-group"><fieldset class="govuk-fieldset" aria-describedby="aud-hint"><legend class="govuk-fieldset__legend govuk-fieldset__legend--l"><h1 class="govuk-fieldset__heading">Als wie wilt u zich aanmelden?</h1></legend><div id="aud-hint" class="govuk-hint">Kies het publiek dat bij uw aanvraag past.</div>
<div class="govuk-radios" data-module="govuk-radios">
<div class="govuk-radios__item"><input class="govuk-radios__input" id="aud-1" name="aud" type="radio" value="citizen"><label class="govuk-label govuk-radios__label" for="aud-1">Burger</label></div>
<div class="govuk-radios__item"><input class="govuk-radios__input" id="aud-2" name="aud" type="radio" value="enterprise" aria-describedby="aud-2-hint"${tg(true)}><label class="govuk-label govuk-radios__label" for="aud-2">Onderneming</label><div id="aud-2-hint" class="govuk-hint govuk-radios__hint">Werkgevers, sociaal secretariaten, dienstverleners</div></div>
<div class="govuk-radios__item"><input class="govuk-radios__input" id="aud-3" name="aud" type="radio" value="civil"><label class="govuk-label govuk-radios__label" for="aud-3">Ambtenaar</label></div>
<div class="govuk-radios__item"><input class="govuk-radios__input" id="aud-4" name="aud" type="radio" value="ehealth"><label class="govuk-label govuk-radios__label" for="aud-4">eHealth</label></div>
<div class="govuk-radios__item"><input class="govuk-radios__input" id="aud-5" name="aud" type="radio" value="limosa"><label class="govuk-label govuk-radios__label" for="aud-5">Limosa</label></div>
</div></fieldset></div>${gov.button('Doorgaan')}</form>` }),
});
add({
  id: 'f2-ss-audience-fr-mui-1', journey: 'remove-access', page: 'ss-audience', lang: 'fr', build: 'mui',
  url: 'https://www.socialsecurity.be/site_fr/general/login.htm#/audience', expect: { kind: 'step', step: 'log-in' },
  note: 'choices as MuiListItemButton with secondary text; question worded "Pour quel public souhaitez-vous vous connecter ?"; generic <title>',
  html: () => SHELLS.mui({ lang: 'fr', site: 'ss', title: 'socialsecurity.be', appTitle: 'socialsecurity.be — Connexion', body: `
${mui.paper(`${mui.h(1, 'Pour quel public souhaitez-vous vous connecter ?', 'h5')}
<ul class="MuiList-root MuiList-padding" role="list">
${[['Citoyen', 'Vos données personnelles de sécurité sociale'], ['Entreprise', 'Employeurs, secrétariats sociaux, prestataires de services', true], ['Fonctionnaire', 'Agents des institutions publiques'], ['eHealth', 'Prestataires et institutions de soins'], ['Limosa', 'Déclaration de détachement']].map(([t, s, x]) => `<li class="MuiListItem-root"><div class="MuiButtonBase-root MuiListItemButton-root MuiListItemButton-divider" role="button" tabindex="0"${tg(!!x)}><div class="MuiListItemText-root MuiListItemText-multiline"><span class="MuiTypography-root MuiListItemText-primary">${t}</span><p class="MuiTypography-root MuiListItemText-secondary">${s}</p></div><svg class="MuiSvgIcon-root" aria-hidden="true" viewBox="0 0 24 24"><path d="M10 6 8.59 7.41"></path></svg></div></li>`).join('')}
</ul>`)}` }),
});

// ---------------- idp-login (nothing ringed)
add({
  id: 'f2-idp-login-de-plain-1', journey: 'add-access', page: 'idp-login', lang: 'de', build: 'plain',
  url: 'https://idp.iamfas.belgium.be/fas/XUI/?realm=/&goto=https%3A%2F%2Fwww.socialsecurity.be%2Fsite_de%2Fgeneral%2Flogin.htm#login/', expect: { kind: 'step', step: 'log-in' },
  note: 'federal login rendered server-side (no SPA); means of identification as a list of forms with submit buttons; nothing to ring',
  html: () => SHELLS.plain({ lang: 'de', site: 'idp', title: 'Anmeldung bei der digitalen Verwaltung', nav: [], body: `
<h1>Anmeldung bei der digitalen Verwaltung</h1>
<p>Wählen Sie Ihr digitales Schlüsselmittel, um sich bei <strong>socialsecurity.be</strong> anzumelden.</p>
<fieldset><legend>Anmelden mit</legend>
<form method="post" action="/fas/XUI/eid"><button type="submit">eID-Kartenleser</button> <small>Personalausweis und PIN-Code</small></form>
<form method="post" action="/fas/XUI/itsme"><button type="submit">itsme</button> <small>mit der itsme-App auf Ihrem Smartphone</small></form>
<form method="post" action="/fas/XUI/totp"><button type="submit">Sicherheitscode per Mobile-App</button></form>
<form method="post" action="/fas/XUI/mail"><button type="submit">Sicherheitscode per E-Mail</button></form>
</fieldset>
<p><a href="https://www.csam.be/de/meine-digitalen-schluessel.html">Welcher digitale Schlüssel passt zu mir?</a></p>` }),
});
add({
  id: 'f2-idp-login-fr-vuetify-1', journey: 'remove-access', page: 'idp-login', lang: 'fr', build: 'vuetify',
  url: 'https://idp.iamfas.belgium.be/fas/XUI/#login/&realm=/&locale=fr', expect: { kind: 'step', step: 'log-in' },
  note: 'federal login as a Vue SPA with v-expansion-panels per means; nothing to ring',
  html: () => SHELLS.vuetify({ lang: 'fr', site: 'idp', title: 'FAS - Connexion', cookie: false, body: `
<h1 class="text-h4">Se connecter à l’administration en ligne</h1>
<p class="text-body-1">Vous allez accéder à : <strong>socialsecurity.be — Gestion des accès</strong></p>
<div class="v-expansion-panels v-expansion-panels--variant-accordion">
${[['Connexion avec lecteur de carte eID', 'Insérez votre carte d’identité électronique dans le lecteur et gardez votre code PIN à portée de main.', 'Se connecter avec eID'], ['Connexion via itsme', 'Confirmez votre identité avec l’application itsme.', 'Se connecter avec itsme'], ['Code de sécurité via une application mobile', 'Utilisez un code généré par une application d’authentification.', 'Continuer'], ['Code de sécurité par e-mail', 'Recevez un code unique à votre adresse e-mail enregistrée.', 'Continuer']].map(([t, d, b], i) => `<div class="v-expansion-panel${i === 0 ? ' v-expansion-panel--active' : ''}"><button class="v-expansion-panel-title" type="button" aria-expanded="${i === 0}"><span class="v-expansion-panel-title__overlay"></span>${t}</button>${i === 0 ? `<div class="v-expansion-panel-text"><div class="v-expansion-panel-text__wrapper">${d} ${vt.btn(b)}</div></div>` : ''}</div>`).join('')}
</div>` }),
});
