// The designation of the main access manager (csam.be service page, login, the designation application).
import { SHELLS, mui, vt, adf, gov, portlet, ariaTree } from './builds.mjs';
import { esc, tg, C, niss, FIRMS, MANAGERS } from './common.mjs';

export const DMM = [];
const add = (d) => DMM.push(d);
const J = 'designate-main-manager';
const D = { fr: { first: 'Noémie', last: 'Hardenne', niss: niss('86', '05', '09', '221') }, nl: { first: 'Stijn', last: 'Oudermans', niss: niss('83', '08', '17', '063') }, de: { first: 'Lukas', last: 'Heinen-Moreels', niss: niss('90', '01', '23', '195') }, en: { first: 'Priya', last: 'Vandersmissen', niss: niss('87', '12', '30', '410') } };
const STEPS = { fr: ['Entreprise', 'Gestionnaire d’accès principal', 'Confirmation'], nl: ['Onderneming', 'Hoofdtoegangsbeheerder', 'Bevestiging'], de: ['Unternehmen', 'Hauptzugangsverwalter', 'Bestätigung'], en: ['Company', 'Chief access manager', 'Confirmation'] };
const stepper = (lang, cur, kind = 'ol') => kind === 'ol'
  ? `<ol class="stepper" aria-label="${lang === 'fr' ? 'Étapes' : lang === 'nl' ? 'Stappen' : lang === 'de' ? 'Schritte' : 'Steps'}">${STEPS[lang].map((s, i) => `<li${i === cur ? ' aria-current="step" class="current"' : i < cur ? ' class="done"' : ''}>${i + 1}. ${s}</li>`).join('')}</ol>`
  : `<div class="v-stepper v-sheet"><div class="v-stepper-header">${STEPS[lang].map((s, i) => `<div class="v-stepper-item${i === cur ? ' v-stepper-item--selected' : ''}${i < cur ? ' v-stepper-item--complete' : ''}"><div class="v-stepper-item__avatar v-avatar">${i + 1}</div><div class="v-stepper-item__content"><div class="v-stepper-item__title">${s}</div></div></div>${i < 2 ? '<hr class="v-divider">' : ''}`).join('')}</div></div>`;
const muiStepper = (lang, cur) => `<div class="MuiStepper-root MuiStepper-horizontal">${STEPS[lang].map((s, i) => `<div class="MuiStep-root MuiStep-horizontal${i < cur ? ' Mui-completed' : ''}"><span class="MuiStepLabel-root"><span class="MuiStepLabel-iconContainer"><svg class="MuiSvgIcon-root MuiStepIcon-root${i === cur ? ' Mui-active' : ''}" aria-hidden="true" viewBox="0 0 24 24"><text x="12" y="16">${i + 1}</text></svg></span><span class="MuiStepLabel-labelContainer"><span class="MuiStepLabel-label${i === cur ? ' Mui-active' : ''}">${s}</span></span></span></div>`).join('<div class="MuiStepConnector-root"><span class="MuiStepConnector-line"></span></div>')}</div>`;
const dmmUrl = (path) => `https://www.csam.be/app032/camregistration/${path}`;

// ---------------- designate-csam-home
add({
  id: 'f2-designate-csam-home-en-liferay-1', journey: J, page: 'designate-csam-home', lang: 'en', build: 'liferay',
  url: 'https://www.csam.be/en/index.html', expect: { kind: 'step', step: 'open-service' },
  note: 'csam.be home as Liferay; services as a "lfr-nav"-like list inside a portlet with the service icon image',
  html: () => SHELLS.liferay({ lang: 'en', site: 'csam', title: 'CSAM - Home', langHref: (l) => `/${l}/index.html`, body:
    portlet('com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_welcome', 'Welcome to CSAM', `<p>CSAM lets citizens, companies and professionals identify themselves securely and manage who may use the government’s online services on their behalf.</p>`) +
    portlet('com_liferay_site_navigation_menu_web_portlet_SiteNavigationMenuPortlet_INSTANCE_svc', 'Services', `<ul class="service-list list-unstyled">
<li><a href="/en/my-digital-keys.html"><img alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="32" height="32"> My digital keys</a></li>
<li><a href="/en/management-access-managers.html"${tg(true)}><img alt="Icône gestion des Gestionnaires d’Accès" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="32" height="32"> Management of access managers</a></li>
<li><a href="/en/management-mandates.html"><img alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="32" height="32"> Management of mandates</a></li></ul>`) }),
});
add({
  id: 'f2-designate-csam-home-fr-webcomponents-1', journey: J, page: 'designate-csam-home', lang: 'fr', build: 'webcomponents',
  url: 'https://www.csam.be/fr/index.html', expect: { kind: 'step', step: 'open-service' },
  note: 'services as <sl-card> each with a single <sl-button href> naming the service ("Gérer les gestionnaires d’accès" — verb form)',
  html: () => SHELLS.webcomponents({ lang: 'fr', site: 'csam', title: 'CSAM', crumbs: [['Accueil']], body: `
<h1>CSAM</h1><p>Identification et gestion des accès pour les services publics en ligne.</p>
<sl-card><h2 slot="header">Clés numériques</h2><p>Activez itsme, l’eID ou un code de sécurité.</p><sl-button slot="footer" href="/fr/mes-cles-numeriques.html">Voir mes clés numériques</sl-button></sl-card>
<sl-card><h2 slot="header">Entreprises et organisations</h2><p>Le représentant légal désigne le gestionnaire d’accès principal ; celui-ci désigne ensuite les gestionnaires d’accès.</p><sl-button slot="footer" variant="primary" href="/fr/gestion-gestionnaires-acces.html"${tg(true)}>Gérer les gestionnaires d’accès</sl-button></sl-card>
<sl-card><h2 slot="header">Mandats</h2><p>Donnez procuration à un tiers.</p><sl-button slot="footer" href="/fr/gestion-mandats.html">Gestion des mandats</sl-button></sl-card>` }),
});

// ---------------- designate-service
add({
  id: 'f2-designate-service-nl-liferay-1', journey: J, page: 'designate-service', lang: 'nl', build: 'liferay',
  url: 'https://www.csam.be/nl/beheer-toegangsbeheerders.html', expect: { kind: 'step', step: 'choose-designate' },
  note: 'confirmed NL sections in separate portlets; "Standaardprocedure" is a link in a two-column procedure table beside "Uitzonderingsprocedure"',
  html: () => SHELLS.liferay({ lang: 'nl', site: 'csam', title: 'Beheer der toegangsbeheerders (BTB) - CSAM', langHref: (l) => ({ fr: '/fr/gestion-gestionnaires-acces.html', nl: '/nl/beheer-toegangsbeheerders.html', de: '/de/verwaltung-zugangsverwalter.html', en: '/en/management-access-managers.html' })[l], crumbs: [['Home', '/nl/index.html'], ['Diensten', '/nl/diensten.html'], ['Beheer der toegangsbeheerders']], body:
    portlet('btb_intro', 'Beheer der toegangsbeheerders', `<p>Een onderneming registreert zich in deze dienst zodat haar medewerkers de onlinediensten van de overheid kunnen gebruiken.</p>`) +
    portlet('btb_hta', 'Een Hoofdtoegangsbeheerder aanstellen', `<p>De hoofdtoegangsbeheerder is een werknemer of wettelijk vertegenwoordiger van de onderneming. U kunt hem ook wijzigen.</p><table class="table"><thead><tr><th>Standaardprocedure</th><th>Uitzonderingsprocedure</th></tr></thead><tbody><tr><td>Alleen een wettelijk vertegenwoordiger van de onderneming kan deze procedure uitvoeren, met eID of itsme.<br><a href="/app032/camregistrationpublic/?lang=nl"${tg(true)}>Standaardprocedure</a></td><td>Voor wie geen eID of elektronische vreemdelingenkaart heeft.<br><a href="/nl/uitzonderingsprocedure.html">Uitzonderingsprocedure</a></td></tr></tbody></table>`) +
    portlet('btb_tb', 'Toegangsbeheerders aanstellen', `<p>De hoofdtoegangsbeheerders stellen de toegangsbeheerders aan.</p>`) +
    portlet('btb_tg', 'Toegangen beheren', `<p>Het toekennen van toegangen tot onlinediensten gebeurt niet in CSAM. <a href="/nl/beheer-toegangsbeheerders/toegangen-beheren.html">Toegangen beheren</a></p>`) }),
});
add({
  id: 'f2-designate-service-de-govuk-1', journey: J, page: 'designate-service', lang: 'de', build: 'govuk',
  url: 'https://www.csam.be/de/verwaltung-zugangsverwalter.html', expect: { kind: 'step', step: 'choose-designate' },
  note: 'COLLAPSED: the first section is a closed govuk-details ("Einen Hauptzugangsverwalter bestimmen") holding the standard procedure\'s start button: ring its <summary>',
  html: () => SHELLS.govuk({ lang: 'de', site: 'csam', appTitle: 'Verwaltung der Zugangsverwalter', title: 'Verwaltung der Zugangsverwalter – CSAM', crumbs: [['Startseite', '/de/index.html'], ['Dienste', '/de/dienste.html'], ['Verwaltung der Zugangsverwalter']], body: `
<h1 class="govuk-heading-l">Verwaltung der Zugangsverwalter</h1>
<p class="govuk-body">Unternehmen registrieren sich hier, damit ihr Personal die Online-Dienste der Behörden nutzen kann.</p>
<details class="govuk-details" data-module="govuk-details"><summary class="govuk-details__summary"${tg(true)}><span class="govuk-details__summary-text">Einen Hauptzugangsverwalter bestimmen</span></summary><div class="govuk-details__text"><h2 class="govuk-heading-s">Standardverfahren</h2><p class="govuk-body">Nur ein gesetzlicher Vertreter des Unternehmens kann dieses Verfahren durchführen.</p>${gov.button('Standardverfahren starten', { href: '/app032/camregistrationpublic/?lang=de' })}<h2 class="govuk-heading-s">Ausnahmeverfahren</h2><p class="govuk-body">Für Personen ohne eID. <a class="govuk-link" href="/de/ausnahmeverfahren.html">Zum Ausnahmeverfahren</a></p></div></details>
<details class="govuk-details"><summary class="govuk-details__summary"><span class="govuk-details__summary-text">Zugangsverwalter bestimmen</span></summary><div class="govuk-details__text"><p class="govuk-body">Der Hauptzugangsverwalter bestimmt weitere Zugangsverwalter.</p></div></details>
<details class="govuk-details"><summary class="govuk-details__summary"><span class="govuk-details__summary-text">Zugänge verwalten</span></summary><div class="govuk-details__text"><p class="govuk-body"><a class="govuk-link" href="/de/verwaltung-zugangsverwalter/zugaenge.html">Zugänge verwalten</a></p></div></details>` }),
});
add({
  id: 'f2-designate-service-fr-aria-1', journey: J, page: 'designate-service', lang: 'fr', build: 'aria',
  url: 'https://www.csam.be/fr/gestion-gestionnaires-acces.html', expect: { kind: 'step', step: 'choose-designate' },
  note: 'the three sections as expanded ARIA disclosure regions; the standard procedure is a div role=button "Commencer" under an h3 "Procédure standard" (button name alone does not say which procedure)',
  html: () => SHELLS.aria({ lang: 'fr', site: 'csam', title: 'Gestion des Gestionnaires d’Accès — CSAM', crumbs: [['Accueil', '/fr/index.html'], ['Gestion des Gestionnaires d’Accès']], body: `
<h1>Gestion des Gestionnaires d’Accès</h1>
<p>Pour que vos collaborateurs puissent utiliser les services en ligne des administrations, votre entreprise doit être enregistrée dans ce service.</p>
<h2><button type="button" aria-expanded="true" aria-controls="s1">Désigner un Gestionnaire d’Accès Principal</button></h2>
<div id="s1" role="region"><p>Le gestionnaire d’accès principal est un collaborateur ou un représentant légal de l’entreprise. Vous pouvez aussi le remplacer.</p>
<div class="proc"><h3>Procédure standard</h3><p>Réservée au représentant légal inscrit à la BCE, avec carte eID ou itsme.</p><div role="button" tabindex="0" class="btn btn-primary" data-href="/app032/camregistrationpublic/?lang=fr"${tg(true)}>Commencer</div></div>
<div class="proc"><h3>Procédure d’exception</h3><p>Si la personne ne possède pas de carte eID ni de carte électronique d’étranger.</p><div role="button" tabindex="0" class="btn" data-href="/fr/procedure-exception.html">Voir la procédure</div></div></div>
<h2><button type="button" aria-expanded="true" aria-controls="s2">Désigner des gestionnaires d’accès</button></h2><div id="s2" role="region"><p>Le gestionnaire d’accès principal désigne les gestionnaires d’accès.</p></div>
<h2><button type="button" aria-expanded="true" aria-controls="s3">Gérer les accès</button></h2><div id="s3" role="region"><p><a href="/fr/gestion-gestionnaires-acces/gerer-acces.html">Gérer les accès</a> (par domaine).</p></div>` }),
});

// ---------------- designate-login (nothing ringed)
add({
  id: 'f2-designate-login-fr-aria-1', journey: J, page: 'designate-login', lang: 'fr', build: 'aria',
  url: 'https://idp.iamfas.belgium.be/fas/XUI/?realm=/&goto=https%3A%2F%2Fwww.csam.be%2Fapp032%2Fcamregistration%2F#login/', expect: { kind: 'step', step: 'log-in' },
  note: 'federal login, means as role=link tiles; the goto is the designation app; nothing to ring',
  html: () => SHELLS.aria({ lang: 'fr', site: 'idp', title: 'Connexion - FAS', cookie: false, body: `
<h1>Connexion aux services publics en ligne</h1>
<p>Application : <strong>CSAM — Désignation du gestionnaire d’accès principal</strong></p>
<div role="list" class="tiles">${['Connexion avec lecteur de carte eID', 'Connexion avec itsme', 'Code de sécurité via application mobile', 'Code de sécurité par e-mail'].map((t) => `<div role="listitem"><span role="link" tabindex="0">${t}</span></div>`).join('')}</div>
<p><a href="https://www.csam.be/fr/mes-cles-numeriques.html">Aide sur les clés numériques</a></p>` }),
});
add({
  id: 'f2-designate-login-nl-webcomponents-1', journey: J, page: 'designate-login', lang: 'nl', build: 'webcomponents',
  url: 'https://idp.iamfas.belgium.be/fas/XUI/?realm=/&locale=nl&goto=https%3A%2F%2Fiamapps.belgium.be%2Fcamregistration%2F#login/', expect: { kind: 'step', step: 'log-in' },
  note: 'federal login (confirmed NL wording) built with sl-cards / sl-buttons; nothing to ring',
  html: () => SHELLS.webcomponents({ lang: 'nl', site: 'idp', title: 'Aanmelden bij de digitale overheid', cookie: false, body: `
<h1>Aanmelden bij de digitale overheid</h1>
<sl-card><h2 slot="header">Aanmelden met eID kaartlezer</h2><p>Houd uw identiteitskaart en pincode bij de hand.</p><sl-button slot="footer" variant="primary">Aanmelden</sl-button></sl-card>
<sl-card><h2 slot="header">Aanmelden via itsme</h2><sl-button slot="footer">Aanmelden</sl-button></sl-card>
<sl-card><h2 slot="header">Aanmelden met beveiligingscode via mobiele app</h2><sl-button slot="footer">Aanmelden</sl-button></sl-card>` }),
});

// ---------------- designate-enterprise
add({
  id: 'f2-designate-enterprise-fr-govuk-1', journey: J, page: 'designate-enterprise', lang: 'fr', build: 'govuk',
  url: dmmUrl('fr/entreprise.xhtml'), expect: { kind: 'step', step: 'enterprise-number' },
  note: 'govuk question page with a step indicator; field "Numéro d’entreprise (BCE)" with hint; no firm in the header yet',
  html: () => SHELLS.govuk({ lang: 'fr', site: 'dmm', firm: false, title: 'Entreprise – Désigner un gestionnaire d’accès principal', back: 'Retour', body: `
<span class="govuk-caption-l">Étape 1 sur 3</span>
<h1 class="govuk-heading-l">Pour quelle entreprise désignez-vous un gestionnaire d’accès principal ?</h1>
<form method="post" novalidate>${gov.input('bce', 'Numéro d’entreprise (BCE)', { hint: '10 chiffres, par exemple 0123.456.749. Vous devez être représentant légal de cette entreprise.', width: '10', inputmode: 'numeric', target: true })}
${gov.button('Continuer')}</form>` }),
});
add({
  id: 'f2-designate-enterprise-nl-mui-1', journey: J, page: 'designate-enterprise', lang: 'nl', build: 'mui',
  url: dmmUrl('#/nl/onderneming'), expect: { kind: 'step', step: 'enterprise-number' },
  note: 'FORM ERROR after submit: "u bent geen wettelijk vertegenwoordiger", the typed KBO number kept, aria-invalid=true: the field (non-empty) is still the target',
  html: () => SHELLS.mui({ lang: 'nl', site: 'dmm', firm: false, title: 'CSAM', crumbs: [['CSAM', 'https://www.csam.be/nl/'], ['Hoofdtoegangsbeheerder aanstellen']], body: `
${mui.h(1, 'Een hoofdtoegangsbeheerder aanstellen', 'h4')}${muiStepper('nl', 0)}
${mui.alert('error', `Volgens de Kruispuntbank van Ondernemingen bent u geen wettelijk vertegenwoordiger van onderneming ${FIRMS.nl.kbo.fmt}. Controleer het nummer.`, 'Aanstelling niet mogelijk')}
<form novalidate>${mui.text('kbo', 'Ondernemingsnummer (KBO)', { required: true, invalid: true, value: FIRMS.nl.kbo.fmt, helper: 'Geen wettelijk vertegenwoordiger voor dit nummer', target: true })}
${mui.button('Volgende', { attrs: ' type="submit"' })}</form>` }),
});
add({
  id: 'f2-designate-enterprise-de-vuetify-1', journey: J, page: 'designate-enterprise', lang: 'de', build: 'vuetify',
  url: 'https://iamapps.belgium.be/camregistration/de/wizard?schritt=1', expect: { kind: 'step', step: 'enterprise-number' },
  note: 'iamapps host; v-stepper header; the field label "Unternehmensnummer (ZDU)" only (no KBO/BCE word)',
  html: () => SHELLS.vuetify({ lang: 'de', site: 'dmm', firm: false, title: 'CSAM – Hauptzugangsverwalter', body: `
<h1 class="text-h4">Einen Hauptzugangsverwalter bestimmen</h1>${stepper('de', 0, 'v')}
<h2 class="text-h6">Unternehmen</h2>
<form class="v-form">${vt.text(10, 'Unternehmensnummer (ZDU)', { required: true, hint: 'Sie müssen gesetzlicher Vertreter dieses Unternehmens sein.', target: true })}
${vt.btn('Weiter')} ${vt.btn('Abbrechen', { variant: 'text', color: 'surface' })}</form>` }),
});

// ---------------- designate-designee
add({
  id: 'f2-designate-designee-en-govuk-1', journey: J, page: 'designate-designee', lang: 'en', build: 'govuk',
  url: dmmUrl('en/designation/person.xhtml'), expect: { kind: 'step', step: 'designee-details' },
  note: 'ERROR SUMMARY after submit; optional "I am appointing myself" checkbox first; the national-number field (empty, aria-invalid) is the target',
  html: () => SHELLS.govuk({ lang: 'en', site: 'dmm', title: 'Error: Chief access manager – CSAM', back: 'Back', body: `
${gov.errorSummary('There is a problem', [['Enter the national number of the person you are appointing', 'nn'], ['Enter a phone number', 'phone']])}
<span class="govuk-caption-l">Step 2 of 3 · ${FIRMS.en.name}</span>
<h1 class="govuk-heading-l">Who will be the chief access manager?</h1>
<form method="post" novalidate><div class="govuk-form-group"><div class="govuk-checkboxes govuk-checkboxes--small">${gov.checkbox('self', 'I am appointing myself')}</div></div>
${gov.input('nn', 'National number', { hint: 'Belgian national register number or BIS number, 11 digits', error: 'Enter the national number of the person you are appointing', width: '20', target: true })}
${gov.input('phone', 'Mobile phone number', { error: 'Enter a phone number', width: '20' })}
${gov.input('mail', 'Email address (optional)', {})}
${gov.button('Continue')}</form>` }),
});
add({
  id: 'f2-designate-designee-de-mui-1', journey: J, page: 'designate-designee', lang: 'de', build: 'mui',
  url: dmmUrl('#/de/hauptzugangsverwalter'), expect: { kind: 'step', step: 'designee-details' },
  note: 'MUI form: firm shown read-only first; "Nationalregisternummer der Person" required (asterisk span + required)',
  html: () => SHELLS.mui({ lang: 'de', site: 'dmm', title: 'CSAM', body: `
${mui.h(1, 'Einen Hauptzugangsverwalter bestimmen', 'h4')}${muiStepper('de', 1)}
${mui.h(2, 'Angaben zur bestimmten Person', 'h6')}
${mui.text('firm', 'Unternehmen', { readOnly: true, value: `${FIRMS.de.name} — ${FIRMS.de.kbo.fmt}` })}
${mui.text('nrn', 'Nationalregisternummer der Person', { required: true, target: true, helper: 'Format: JJ.MM.TT-XXX.PP' })}
${mui.text('tel', 'Telefonnummer', { required: true, type: 'tel' })}
${mui.text('mail', 'E-Mail-Adresse', { type: 'email' })}
<div class="MuiStack-root">${mui.button('Zurück', { variant: 'text' })}${mui.button('Weiter')}</div>` }),
});
add({
  id: 'f2-designate-designee-nl-webcomponents-1', journey: J, page: 'designate-designee', lang: 'nl', build: 'webcomponents',
  url: 'https://iamapps.belgium.be/camregistration/nl/aanstelling/persoon', expect: { kind: 'step', step: 'designee-details' },
  note: '<sl-input label="…" required> labels only as attributes; a preset <sl-select> for language comes after',
  html: () => SHELLS.webcomponents({ lang: 'nl', site: 'dmm', title: 'Hoofdtoegangsbeheerder aanstellen', crumbs: [['CSAM', 'https://www.csam.be/nl/'], ['Aanstelling']], body: `
<h1>Een hoofdtoegangsbeheerder aanstellen</h1>
${stepper('nl', 1)}
<h2>Gegevens van de hoofdtoegangsbeheerder</h2>
<p>Onderneming: ${FIRMS.nl.name} (${FIRMS.nl.kbo.fmt})</p>
<sl-input name="rrn" label="Rijksregisternummer van de aan te stellen persoon" required inputmode="numeric"${tg(true)}></sl-input>
<sl-input name="gsm" label="Gsm-nummer" type="tel" required></sl-input>
<sl-input name="mail" label="E-mailadres" type="email"></sl-input>
<sl-select name="taal" label="Taal voor de briefwisseling" value="nl"><sl-option value="nl">Nederlands</sl-option><sl-option value="fr">Frans</sl-option></sl-select>
<sl-button href="../onderneming">Vorige</sl-button> <sl-button variant="primary" type="submit">Volgende</sl-button>` }),
});
add({
  id: 'f2-designate-designee-fr-adf-1', journey: J, page: 'designate-designee', lang: 'fr', build: 'adf',
  url: 'https://iamapps.belgium.be/camregistration/faces/designation/personne.jspx?_adf.ctrl-state=9qz1_3', expect: { kind: 'step', step: 'designee-details' },
  note: 'ADF panelFormLayout; "Je me désigne moi-même" checkbox first (optional); NISS field is the target; generic <title> "CSAM"',
  html: () => SHELLS.adf({ lang: 'fr', site: 'dmm', title: 'CSAM', formAction: '/camregistration/faces/designation/personne.jspx', crumbs: [['Désignation', '#'], ['Gestionnaire d’accès principal']], body: `
${adf.header('pt1:r1:0:ph1', 'Désigner un gestionnaire d’accès principal')}
${stepper('fr', 1)}
${adf.header('pt1:r1:0:ph2', 'Données de la personne désignée', 2)}
${adf.check('pt1:r1:0:sbc1', 'Je me désigne moi-même comme gestionnaire d’accès principal')}
${adf.form([adf.row('pt1:r1:0:it1', 'Numéro de registre national (NISS)', adf.input('pt1:r1:0:it1', { required: true, target: true, size: 15 }), { required: true }), adf.row('pt1:r1:0:it2', 'Téléphone', adf.input('pt1:r1:0:it2', { required: true }), { required: true }), adf.row('pt1:r1:0:it3', 'Adresse e-mail', adf.input('pt1:r1:0:it3'))])}
<div class="buttons">${adf.button('pt1:r1:0:cb1', 'Précédent', { kind: 'link' })} ${adf.button('pt1:r1:0:cb2', 'Suivant', { kind: 'link', primary: true })}</div>` }),
});

// ---------------- designate-confirm
add({
  id: 'f2-designate-confirm-fr-govuk-1', journey: J, page: 'designate-confirm', lang: 'fr', build: 'govuk',
  url: dmmUrl('fr/designation/recapitulatif.xhtml'), expect: { kind: 'step', step: 'confirm-designation' },
  note: 'govuk "check answers" page: summary list with "Modifier" links per row, a declaration, "Confirmer la désignation" + "Annuler" link',
  html: () => SHELLS.govuk({ lang: 'fr', site: 'dmm', title: 'Vérifiez vos réponses – CSAM', back: 'Retour', body: `
<span class="govuk-caption-l">Étape 3 sur 3</span>
<h1 class="govuk-heading-l">Vérifiez les informations avant de confirmer</h1>
${gov.summary([['Entreprise', `${FIRMS.fr.name}<br>${FIRMS.fr.kbo.fmt}`, '<a class="govuk-link" href="entreprise.xhtml">Modifier<span class="govuk-visually-hidden"> l’entreprise</span></a>'], ['Gestionnaire d’accès principal', `${D.fr.first} ${D.fr.last}<br>${D.fr.niss.fmt}`, '<a class="govuk-link" href="personne.xhtml">Modifier<span class="govuk-visually-hidden"> la personne</span></a>'], ['Téléphone', '+32 470 00 00 00', '<a class="govuk-link" href="personne.xhtml">Modifier</a>']])}
<h2 class="govuk-heading-m">Déclaration</h2><p class="govuk-body">En confirmant, je déclare être représentant légal de cette entreprise.</p>
<form method="post"><div class="govuk-button-group">${gov.button('Confirmer la désignation', { target: true })}<a class="govuk-link" href="annuler.xhtml">Annuler</a></div></form>` }),
});
add({
  id: 'f2-designate-confirm-nl-vuetify-1', journey: J, page: 'designate-confirm', lang: 'nl', build: 'vuetify',
  url: 'https://iamapps.belgium.be/camregistration/nl/wizard?stap=3', expect: { kind: 'step', step: 'confirm-designation' },
  note: 'v-card summary; buttons "Vorige", "Wijzigen", "Bevestigen" in that order; Bevestigen last',
  html: () => SHELLS.vuetify({ lang: 'nl', site: 'dmm', title: 'CSAM – Aanstelling', body: `
<h1 class="text-h4">Een hoofdtoegangsbeheerder aanstellen</h1>${stepper('nl', 2, 'v')}
${vt.card('Overzicht', `<dl><dt>Onderneming</dt><dd>${FIRMS.nl.name} — ${FIRMS.nl.kbo.fmt}</dd><dt>Hoofdtoegangsbeheerder</dt><dd>${D.nl.first} ${D.nl.last} (${D.nl.niss.fmt})</dd><dt>Gsm</dt><dd>+32 490 00 00 00</dd></dl>`)}
<p class="text-body-2">Ik verklaar dat ik wettelijk vertegenwoordiger van deze onderneming ben.</p>
<div class="v-card-actions">${vt.btn('Vorige', { variant: 'text', color: 'surface' })}${vt.btn('Wijzigen', { variant: 'outlined' })}${vt.btn('Bevestigen', { target: true })}</div>` }),
});
add({
  id: 'f2-designate-confirm-en-webcomponents-1', journey: J, page: 'designate-confirm', lang: 'en', build: 'webcomponents',
  url: dmmUrl('#/en/summary'), expect: { kind: 'step', step: 'confirm-designation' },
  note: 'summary in an <sl-card>; <sl-checkbox> declaration; "Confirm appointment" <sl-button variant=primary> after "Edit" and "Cancel"',
  html: () => SHELLS.webcomponents({ lang: 'en', site: 'dmm', title: 'Summary · CSAM', body: `
<h1>Appoint a chief access manager</h1>${stepper('en', 2)}
<sl-card><h2 slot="header">Summary</h2><p>Company: ${FIRMS.en.name} (${FIRMS.en.kbo.fmt})</p><p>Chief access manager: ${D.en.first} ${D.en.last}, ${D.en.niss.fmt}</p><p>Phone: +32 470 00 00 00</p></sl-card>
<sl-checkbox checked>I confirm I am a legal representative of this company.</sl-checkbox>
<sl-button href="#/en/person">Edit</sl-button> <sl-button variant="text" href="#/en/cancel">Cancel</sl-button> <sl-button variant="primary"${tg(true)}>Confirm appointment</sl-button>` }),
});
add({
  id: 'f2-designate-confirm-de-plain-1', journey: J, page: 'designate-confirm', lang: 'de', build: 'plain',
  url: dmmUrl('de/zusammenfassung.xhtml'), expect: { kind: 'step', step: 'confirm-designation' },
  note: 'server-rendered <dl> summary, declaration fieldset; confirm is <input type=submit value="Bestimmung bestätigen"> beside "Zurück"/"Abbrechen" submits',
  html: () => SHELLS.plain({ lang: 'de', site: 'dmm', title: 'Bestätigung – CSAM', nav: [], body: `
<h1>Hauptzugangsverwalter bestimmen — Bestätigung</h1>${stepper('de', 2)}
<dl><dt>Unternehmen</dt><dd>${FIRMS.de.name}, ${FIRMS.de.kbo.fmt}</dd><dt>Bestimmte Person</dt><dd>${D.de.first} ${D.de.last} (${D.de.niss.fmt})</dd><dt>Telefon</dt><dd>+32 80 00 00 00</dd></dl>
<form method="post" action="zusammenfassung.xhtml"><fieldset><legend>Erklärung</legend><p>Ich bestätige, dass ich gesetzlicher Vertreter dieses Unternehmens bin.</p></fieldset>
<input type="submit" name="zurueck" value="Zurück"> <input type="submit" name="abbrechen" value="Abbrechen"> <input type="submit" name="ok" value="Bestimmung bestätigen"${tg(true)}></form>` }),
});

// ---------------- designate-recorded → finish
add({
  id: 'f2-designate-recorded-nl-govuk-1', journey: J, page: 'designate-recorded', lang: 'nl', build: 'govuk',
  url: dmmUrl('nl/designation/bevestigd.xhtml'), expect: { kind: 'finish' },
  note: 'govuk success banner + "what happens next" (first login of the new main access manager)',
  html: () => SHELLS.govuk({ lang: 'nl', site: 'dmm', title: 'Aanstelling geregistreerd – CSAM', body: `
${gov.banner('success', 'Gelukt', 'De aanstelling is geregistreerd', `<p class="govuk-body">${D.nl.first} ${D.nl.last} is aangesteld als hoofdtoegangsbeheerder van ${FIRMS.nl.name}.</p>`)}
<h2 class="govuk-heading-m">Wat gebeurt er nu?</h2><p class="govuk-body">Het account wordt actief zodra de hoofdtoegangsbeheerder zich voor het eerst aanmeldt.</p>
<p class="govuk-body"><a class="govuk-link" href="https://www.csam.be/nl/">Terug naar CSAM</a></p>` }),
});
add({
  id: 'f2-designate-recorded-de-mui-1', journey: J, page: 'designate-recorded', lang: 'de', build: 'mui',
  url: dmmUrl('#/de/fertig'), expect: { kind: 'finish' },
  note: 'MuiAlert success inside the completed stepper + snackbar "Gespeichert"',
  html: () => SHELLS.mui({ lang: 'de', site: 'dmm', title: 'CSAM', toast: mui.alert('success', 'Gespeichert.'), body: `
${mui.h(1, 'Einen Hauptzugangsverwalter bestimmen', 'h4')}${muiStepper('de', 3)}
${mui.alert('success', `${D.de.first} ${D.de.last} wurde als Hauptzugangsverwalter für ${FIRMS.de.name} eingetragen. Der Zugang wird bei der ersten Anmeldung dieser Person aktiviert.`, 'Bestimmung erfasst')}
${mui.button('Zur Startseite', { variant: 'outlined', href: 'https://www.csam.be/de/' })}` }),
});
