// Designation application, off-journey pages, expired sessions and errors.
import { before, all, doc, camPF, camMat, camBS, csamBootstrap, csamTables, csamDivsoup, ssTables, ssBootstrap, umanPF, umanMat, umanBS, umanDiv, idpWords, niss, kbo, FIRMS, REP, langSwitch } from './chrome.mjs';

export const pages = [];
const P = (meta, html) => pages.push({ ...meta, html });
const AA = 'add-access', RA = 'remove-access', DM = 'designate-main-manager';
const CAMH = 'https://www.csam.be/app032/camregistration';
const IAM = 'https://iamapps.belgium.be/camregistration';
const A = '_ngcontent-x91-c44';
const pfBtn = (id, label, { target = false, secondary = false } = {}) => `<button id="${id}" name="${id}" class="ui-button ui-widget ui-state-default ui-corner-all ui-button-text-only${secondary ? ' ui-button-secondary' : ''}" type="submit" role="button"${target ? ' data-eval-target' : ''}><span class="ui-button-text ui-c">${label}</span></button>`;
const matBtn = (label, { raised = true, target = false } = {}) => `<button ${A} mat-${raised ? 'flat' : 'stroked'}-button="" color="primary" class="mdc-button ${raised ? 'mdc-button--unelevated mat-mdc-unelevated-button mat-primary' : 'mdc-button--outlined mat-mdc-outlined-button'}" type="button"${target ? ' data-eval-target' : ''}><span class="mat-mdc-button-persistent-ripple mdc-button__ripple"></span><span class="mdc-button__label">${label}</span></button>`;
let mid = 100;
const matField = (label, { value = '', required = false, target = false, hint = '' } = {}) => { const id = `mat-input-${mid++}`; return `<mat-form-field ${A} appearance="fill" class="mat-mdc-form-field"><div class="mat-mdc-text-field-wrapper mdc-text-field mdc-text-field--filled"><div class="mat-mdc-form-field-infix"><label class="mdc-floating-label" for="${id}"><mat-label ${A}>${label}</mat-label>${required ? '<span aria-hidden="true" class="mat-mdc-form-field-required-marker"></span>' : ''}</label><input ${A} matinput="" class="mat-mdc-input-element" id="${id}"${value ? ` value="${value}"` : ''}${required ? ' required="" aria-required="true"' : ''}${target ? ' data-eval-target' : ''}></div></div>${hint ? `<mat-hint class="mat-mdc-form-field-hint">${hint}</mat-hint>` : ''}</mat-form-field>`; };
const DES = { fr: { n: 'Hélène Marchal', niss: niss('81', '06', '02', '318'), tel: '+32 470 00 00 00' }, nl: { n: 'Bart Seghers', niss: niss('78', '09', '30', '061'), tel: '+32 470 00 00 00' }, de: { n: 'Lena Offermann', niss: niss('89', '03', '11', '240'), tel: '+32 470 00 00 00' }, en: { n: 'Priya Raman', niss: niss('92', '10', '16', '187'), tel: '+32 470 00 00 00' } };

// ============================================================ designate-enterprise
P({ id: 'foreign-dmm-designate-enterprise-fr-primefaces-1', journey: DM, page: 'designate-enterprise', lang: 'fr', url: `${CAMH}/fr/company.xhtml`, done: before(DM, 'enterprise-number'), expect: { kind: 'step', step: 'enterprise-number' }, build: 'primefaces', note: 'ui-steps stepper; input mask field "Numéro d\'entreprise (BCE)" ringed; a link to the BCE Public Search is beside it' },
camPF('fr', { title: 'Entreprise', stepIdx: 1, main: `
<form id="wizForm" method="post"><h2>Pour quelle entreprise désignez-vous un gestionnaire d'accès principal ?</h2>
<p>Vous devez être inscrit comme représentant légal de cette entreprise à la Banque-Carrefour des Entreprises.</p>
<table class="ui-panelgrid ui-widget"><tr><td><label id="wizForm:lblCbe" class="ui-outputlabel ui-widget" for="wizForm:cbe">Numéro d'entreprise (BCE)<span class="ui-outputlabel-rfi">*</span></label></td>
<td><input id="wizForm:cbe" name="wizForm:cbe" type="text" class="ui-inputfield ui-inputmask ui-widget ui-state-default ui-corner-all" placeholder="0___.___.___" aria-required="true" data-eval-target></td></tr>
<tr><td></td><td><small>Vous ne connaissez pas le numéro ? <a href="https://kbopub.economie.fgov.be/" target="_blank">Consulter la BCE Public Search</a></small></td></tr></table>
${pfBtn('wizForm:cancel', 'Annuler', { secondary: true })} ${pfBtn('wizForm:next', 'Suivant')}
<input type="hidden" name="javax.faces.ViewState" value="-29991:8822" autocomplete="off"></form>` }));

P({ id: 'foreign-dmm-designate-enterprise-nl-material-1', journey: DM, page: 'designate-enterprise', lang: 'nl', url: `${IAM}/#/nl/aanstelling/onderneming`, done: before(DM, 'enterprise-number'), expect: { kind: 'step', step: 'enterprise-number' }, build: 'material', note: 'on iamapps.belgium.be; mat-stepper headers as role=tab; field "KBO-nummer van de onderneming" ringed' },
camMat('nl', { title: 'Onderneming', stepIdx: 1, main: `
<mat-card ${A} class="mat-mdc-card"><mat-card-title ${A}>Uw onderneming</mat-card-title><mat-card-content>
<p>Geef het nummer in van de onderneming waarvoor u, als wettelijk vertegenwoordiger, een hoofdtoegangsbeheerder aanstelt.</p>
${matField('KBO-nummer van de onderneming', { required: true, target: true, hint: 'Bijvoorbeeld 0123.456.749' })}
<div ${A}>${matBtn('Annuleren', { raised: false })} ${matBtn('Volgende')}</div></mat-card-content></mat-card>` }));

P({ id: 'foreign-dmm-designate-enterprise-en-bootstrap-1', journey: DM, page: 'designate-enterprise', lang: 'en', url: `${CAMH}/en/designation/company`, done: before(DM, 'enterprise-number'), expect: { kind: 'step', step: 'enterprise-number' }, build: 'bootstrap', note: 'radio "enterprise number / NSSO registration number" preset on enterprise number, then the empty field ringed' },
camBS('en', { title: 'Company', stepIdx: 1, main: `
<h2>Identify the company</h2>
<fieldset><legend class="form-label">Identify the company with</legend>
<div><input type="radio" name="idType" id="t1" checked> <label for="t1">its enterprise number (CBE)</label></div>
<div><input type="radio" name="idType" id="t2"> <label for="t2">its NSSO registration number</label></div></fieldset>
<label class="form-label" for="cbe">Enterprise number <span aria-hidden="true">*</span></label>
<input class="form-control" id="cbe" name="cbe" inputmode="numeric" required aria-describedby="cbeHelp" data-eval-target>
<div class="form-text" id="cbeHelp">10 digits, e.g. 0123.456.749</div>
<p style="margin-top:1rem"><a class="btn btn-outline-secondary" href="https://www.csam.be/en/management-access-managers.html">Cancel</a> <button class="btn btn-primary" type="submit">Continue</button></p>` }));

// ============================================================ designate-designee
P({ id: 'foreign-dmm-designate-designee-de-primefaces-1', journey: DM, page: 'designate-designee', lang: 'de', url: `${CAMH}/de/wizard.xhtml?step=2`, done: before(DM, 'designee-details'), expect: { kind: 'step', step: 'designee-details' }, build: 'primefaces', note: 'optional "Ich bestimme mich selbst" ui-chkbox first, firm shown; Nationalregisternummer (first empty required) ringed' },
camPF('de', { title: 'Hauptzugangsverwalter', stepIdx: 2, main: `
<form id="wizForm"><p>Unternehmen: <b>${FIRMS.de.name}</b> (${FIRMS.de.kbo})</p>
<table class="ui-panelgrid ui-widget">
<tr><td colspan="2"><div id="wizForm:self" class="ui-chkbox ui-widget"><div class="ui-helper-hidden-accessible"><input id="wizForm:self_input" type="checkbox"></div><div class="ui-chkbox-box ui-widget ui-corner-all ui-state-default"></div></div> <label for="wizForm:self_input">Ich bestimme mich selbst</label></td></tr>
<tr><td><label for="wizForm:nrn">Nationalregisternummer der zu bestimmenden Person<span class="ui-outputlabel-rfi">*</span></label></td><td><input id="wizForm:nrn" class="ui-inputfield ui-inputmask" aria-required="true" placeholder="__.__.__-___.__" data-eval-target></td></tr>
<tr><td><label for="wizForm:tel">Mobiltelefonnummer<span class="ui-outputlabel-rfi">*</span></label></td><td><input id="wizForm:tel" class="ui-inputfield" type="tel" aria-required="true"></td></tr>
<tr><td><label for="wizForm:mail">E-Mail-Adresse</label></td><td><input id="wizForm:mail" class="ui-inputfield" type="email"></td></tr>
<tr><td><label for="wizForm:lang_input">Korrespondenzsprache<span class="ui-outputlabel-rfi">*</span></label></td><td><select id="wizForm:lang_input"><option selected>Deutsch</option><option>Français</option><option>Nederlands</option></select></td></tr>
</table>
${pfBtn('wizForm:back', 'Zurück', { secondary: true })} ${pfBtn('wizForm:next', 'Weiter')}</form>` }));

P({ id: 'foreign-dmm-designate-designee-en-material-1', journey: DM, page: 'designate-designee', lang: 'en', url: `${CAMH}/#/en/gap`, done: before(DM, 'designee-details'), expect: { kind: 'step', step: 'designee-details' }, build: 'material', note: 'mat-form-fields for the designee, then the legal representative\'s own phone; designee national number ringed' },
camMat('en', { title: 'Chief access manager', stepIdx: 2, main: `
<mat-card ${A} class="mat-mdc-card"><mat-card-title ${A}>Who will be the chief access manager of ${FIRMS.en.name}?</mat-card-title><mat-card-content>
${matField('National number of the person to appoint', { required: true, target: true, hint: 'National Register or BIS number' })}${matField('Mobile phone number', { required: true })}${matField('E-mail address', { required: false })}
<h3 ${A}>Your details</h3>${matField('Your mobile phone number', { required: true })}
<div ${A}>${matBtn('Back', { raised: false })} ${matBtn('Next')}</div></mat-card-content></mat-card>` }));

// ============================================================ designate-confirm
P({ id: 'foreign-dmm-designate-confirm-nl-primefaces-1', journey: DM, page: 'designate-confirm', lang: 'nl', url: `${CAMH}/nl/summary.xhtml`, done: before(DM, 'confirm-designation'), expect: { kind: 'step', step: 'confirm-designation' }, build: 'primefaces', note: 'summary panelgrid, declaration text, buttons Vorige / Wijzigen / Aanstelling bevestigen (ringed)' },
camPF('nl', { title: 'Bevestiging', stepIdx: 3, main: `
<form id="wizForm"><h2>Controleer de gegevens</h2>
<table class="ui-panelgrid ui-widget" role="grid"><tr><td>Onderneming</td><td>${FIRMS.nl.name} – ${FIRMS.nl.kbo}</td></tr><tr><td>Hoofdtoegangsbeheerder</td><td>${DES.nl.n} (${DES.nl.niss})</td></tr><tr><td>Gsm-nummer</td><td>${DES.nl.tel}</td></tr><tr><td>Aangesteld door</td><td>${REP.nl.name}, wettelijk vertegenwoordiger</td></tr></table>
<p>Door te bevestigen verklaart u dat u de onderneming wettelijk mag vertegenwoordigen.</p>
${pfBtn('wizForm:prev', 'Vorige', { secondary: true })} ${pfBtn('wizForm:edit', 'Wijzigen', { secondary: true })} ${pfBtn('wizForm:confirm', 'Aanstelling bevestigen', { target: true })}</form>` }));

P({ id: 'foreign-dmm-designate-confirm-en-dialog-1', journey: DM, page: 'designate-confirm', lang: 'en', url: `${CAMH}/#/en/gap`, done: before(DM, 'confirm-designation'), expect: { kind: 'step', step: 'confirm-designation' }, build: 'dialog', note: 'confirmation as cdk-overlay dialog over the filled designee form (whose "Next" is beneath); dialog "Confirm" ringed, "Edit" beside it' },
camMat('en', { title: 'Chief access manager', stepIdx: 2, main: `
<mat-card ${A} class="mat-mdc-card"><mat-card-content>${matField('National number of the person to appoint', { required: true, value: DES.en.niss })}${matField('Mobile phone number', { required: true, value: DES.en.tel })}<div ${A}>${matBtn('Back', { raised: false })} ${matBtn('Next')}</div></mat-card-content></mat-card>`,
overlay: `<div class="cdk-overlay-backdrop cdk-overlay-dark-backdrop cdk-overlay-backdrop-showing"></div><div class="cdk-global-overlay-wrapper"><div class="cdk-overlay-pane"><mat-dialog-container class="mat-mdc-dialog-container mdc-dialog--open" role="dialog" aria-modal="true" aria-labelledby="cf-t" tabindex="-1"><div class="mat-mdc-dialog-surface">
<h2 mat-dialog-title="" id="cf-t">Please confirm the appointment</h2><mat-dialog-content class="mat-mdc-dialog-content"><dl><dt>Company</dt><dd>${FIRMS.en.name} (${FIRMS.en.kbo})</dd><dt>Chief access manager</dt><dd>${DES.en.n} – ${DES.en.niss}</dd></dl><p>The appointment takes effect when this person logs in for the first time.</p></mat-dialog-content>
<mat-dialog-actions align="end">${matBtn('Edit', { raised: false })}${matBtn('Confirm', { target: true })}</mat-dialog-actions></div></mat-dialog-container></div></div>` }));

P({ id: 'foreign-dmm-designate-confirm-de-bootstrap-1', journey: DM, page: 'designate-confirm', lang: 'de', url: `${CAMH}/designation/summary?lang=de`, done: before(DM, 'confirm-designation'), expect: { kind: 'step', step: 'confirm-designation' }, build: 'bootstrap', note: 'dl summary; "Bestätigen" is the LAST of three buttons (Abbrechen, Ändern first)' },
camBS('de', { title: 'Bestätigung', stepIdx: 3, main: `
<h2>Zusammenfassung</h2>
<dl><dt>Unternehmen</dt><dd>${FIRMS.de.name}, ${FIRMS.de.kbo}</dd><dt>Hauptzugangsverwalter</dt><dd>${DES.de.n}</dd><dt>Nationalregisternummer</dt><dd>${DES.de.niss}</dd><dt>Telefon</dt><dd>${DES.de.tel}</dd></dl>
<div class="alert alert-info">Die bestimmte Person erhält eine Nachricht und aktiviert ihren Zugang bei der ersten Anmeldung.</div>
<button class="btn btn-outline-secondary" type="button">Abbrechen</button> <button class="btn btn-outline-secondary" type="button">Ändern</button> <button class="btn btn-primary" type="submit" data-eval-target>Bestätigen</button>` }));

// ============================================================ designate-recorded (finish)
P({ id: 'foreign-dmm-designate-recorded-en-bootstrap-1', journey: DM, page: 'designate-recorded', lang: 'en', url: `${CAMH}/en/designation/done`, done: all(DM), expect: { kind: 'finish' }, build: 'bootstrap', note: 'success alert; mentions the first login to come; offers "Designate another" and "Back to CSAM"' },
camBS('en', { title: 'Appointment recorded', main: `
<div class="alert alert-success" role="status"><strong>The appointment has been registered.</strong> ${DES.en.n} is now chief access manager of ${FIRMS.en.name}.</div>
<p>The account becomes active once ${DES.en.n.split(' ')[0]} logs in for the first time. A confirmation has been sent by e-mail.</p>
<a class="btn btn-outline-secondary" href="${CAMH}/en/">Appoint for another company</a> <a class="btn btn-primary" href="https://www.csam.be/en/index.html">Back to CSAM</a>` }));

P({ id: 'foreign-dmm-designate-recorded-nl-primefaces-1', journey: DM, page: 'designate-recorded', lang: 'nl', url: `${CAMH}/nl/confirmation.xhtml`, done: all(DM), expect: { kind: 'finish' }, build: 'primefaces', note: 'ui-messages-info with a reference number; stepper shown all done' },
camPF('nl', { title: 'Aanstelling geregistreerd', stepIdx: 3, main: `
<div class="ui-messages ui-widget"><div class="ui-messages-info ui-corner-all"><span class="ui-messages-info-summary">Uw aanvraag werd geregistreerd (referentie CAM-2026-118734).</span></div></div>
<p>${DES.nl.n} is aangesteld als hoofdtoegangsbeheerder. Zodra hij zich voor het eerst aanmeldt, is het account actief.</p>
<a href="https://www.csam.be/nl/index.html">Terug naar CSAM</a>` }));

// ============================================================ off-journey (none)
P({ id: 'foreign-aa-off-csam-news-en-bootstrap-1', journey: AA, page: 'off-csam-news', lang: 'en', url: 'https://www.csam.be/en/news/2026-11-access-managers.html', done: before(AA, 'employer-group'), expect: { kind: 'none' }, build: 'bootstrap', note: 'news item that names "Management of access managers" and "Manage access" in running text and links' },
csamBootstrap('en', { title: 'News', crumbs: ['News'], main: `
<article><h1>New look for the management of access managers</h1><p><time datetime="2026-11-18">18 November 2026</time></p>
<p>The <a href="/en/management-access-managers.html">Management of access managers</a> service has a new layout. The third option, Manage access, now lists every domain (social security, federal, Flemish) on one page.</p>
<p>Nothing changes for access already granted.</p></article>` }));

P({ id: 'foreign-aa-off-csam-faq-nl-tables-1', journey: AA, page: 'off-csam-faq', lang: 'nl', url: 'https://www.csam.be/nl/faq.html', done: before(AA, 'employer-group'), expect: { kind: 'none' }, build: 'tables', note: 'FAQ whose answer spells out the whole path: Toegangen beheren › Sociale zekerheid › Werkgever RSZ › Gebruikers' },
csamTables('nl', { title: 'Veelgestelde vragen', main: `
<font size="4" color="#0b3d6e"><b>Veelgestelde vragen</b></font>
<p><b>Hoe geef ik een medewerker toegang tot een toepassing van de sociale zekerheid?</b><br>
Ga naar <a href="/nl/beheer-toegangsbeheerders.html">Beheer der Toegangsbeheerders</a>, kies <i>Toegangen beheren</i> en dan <i>Sociale zekerheid</i>. Meld u aan, klik op de groep <i>Werkgever RSZ</i> en kies in het menu <i>Functionaliteiten</i> de optie <i>Gebruikers</i>.</p>
<p><b>Ik ben mijn pincode vergeten.</b><br>Neem contact op met uw gemeente.</p>` }));

P({ id: 'foreign-aa-off-csam-mandates-de-divsoup-1', journey: AA, page: 'off-csam-mandates', lang: 'de', url: 'https://www.csam.be/de/verwaltung-mandate.html', done: before(AA, 'manage-access'), expect: { kind: 'none' }, build: 'divsoup', note: 'the mandates service page (user took the wrong service); has its own three q-item choices incl. "Mandate verwalten"' },
csamDivsoup('de', { title: 'Verwaltung der Mandate', main: `
<div class="text-h4" role="heading" aria-level="1">Verwaltung der Mandate</div><p>Erlauben Sie einem Dritten, z. B. Ihrem Buchhalter, in Ihrem Namen zu handeln.</p>
<div class="q-list" role="list"><div class="q-item q-item--clickable" role="link" tabindex="0"><div class="q-item__label text-h6">Ein Mandat erteilen</div></div><div class="q-item q-item--clickable" role="link" tabindex="0"><div class="q-item__label text-h6">Ein Mandat annehmen</div></div><div class="q-item q-item--clickable" role="link" tabindex="0"><div class="q-item__label text-h6">Mandate verwalten</div></div></div>` }));

P({ id: 'foreign-aa-off-ss-dimona-en-tables-1', journey: AA, page: 'off-ss-dimona', lang: 'en', url: 'https://www.socialsecurity.be/site_en/employer/applics/dimona/index.htm', done: before(AA, 'log-in'), expect: { kind: 'none' }, build: 'tables', note: 'another online service\'s public page (Dimona) with its own "Features" and "Log in" link, reached instead of the access-management page' },
ssTables('en', { title: 'Dimona - Social security', left: '<b>Online services</b><br><a href="#">Dimona</a><br><a href="#">DmfA</a><br><a href="#">Access management</a>', main: `
<h1><font size="4" color="#003366">Dimona – immediate declaration of employment</font></h1>
<h2><font size="3">Features</font></h2><ul><li>declare the start and end of an employment relationship</li><li>consult declarations</li></ul>
<h2><font size="3">How to log in</font></h2><p>With eID or itsme. You need access to Dimona for your company.</p><p><a href="/portail/login?goto=dimona&amp;lang=en"><b>Log in to Dimona</b></a></p>` }));

P({ id: 'foreign-aa-off-uman-profile-de-primefaces-1', journey: AA, page: 'off-uman-profile', lang: 'de', url: 'https://www.socialsecurity.be/uman/faces/profile.xhtml', done: before(AA, 'add-user'), expect: { kind: 'none' }, build: 'primefaces', note: 'the application\'s own "Mein Profil" page (menu with Benutzer kept; users-menu already done)' },
umanPF('de', { title: 'Mein Profil', current: 'prof', crumbs: ['Mein Profil'], main: `
<div class="ui-panel ui-widget"><div class="ui-panel-titlebar ui-widget-header"><span class="ui-panel-title">Mein Profil</span></div><div class="ui-panel-content"><table class="ui-panelgrid"><tr><td>Name</td><td>${REP.de.name}</td></tr><tr><td>ENSS</td><td>${REP.de.niss}</td></tr><tr><td>Rolle</td><td>Hauptzugangsverwalter</td></tr><tr><td><label for="pm">E-Mail</label></td><td><input id="pm" class="ui-inputfield" value="sabine.kraemer@example.com"></td></tr></table>
${pfBtn('prof:save', 'Speichern')}</div></div>` }));

P({ id: 'foreign-aa-off-uman-access-managers-nl-material-1', journey: AA, page: 'off-uman-access-managers', lang: 'nl', url: 'https://www.socialsecurity.be/uman/#/nl/group/1/managers', done: before(AA, 'add-user'), expect: { kind: 'none' }, build: 'material', note: 'in-app list of access managers with a "Toegangsbeheerder toevoegen" button (looks like add-user but is not)' },
umanMat('nl', { title: 'Toegangsbeheerders', current: 'am', main: `
<h1 _ngcontent-ng-c128>Toegangsbeheerders</h1>
<table class="mat-mdc-table" role="table"><tbody><tr class="mat-mdc-row"><td class="mat-mdc-cell">${REP.nl.name}</td><td class="mat-mdc-cell">Hoofdtoegangsbeheerder</td></tr><tr class="mat-mdc-row"><td class="mat-mdc-cell">Wim Pauwels</td><td class="mat-mdc-cell">Toegangsbeheerder</td></tr></tbody></table>
<button _ngcontent-ng-c128 mat-raised-button="" class="mdc-button mdc-button--raised mat-mdc-raised-button mat-primary"><span class="mdc-button__label">Toegangsbeheerder toevoegen</span></button>` }));

P({ id: 'foreign-dmm-off-designate-exception-de-bootstrap-1', journey: DM, page: 'off-designate-exception', lang: 'de', url: 'https://www.csam.be/de/ausnahmeverfahren.html', done: before(DM, 'choose-designate'), expect: { kind: 'none' }, build: 'bootstrap', note: 'the exception procedure\'s page with its own "Antrag stellen" button' },
csamBootstrap('de', { title: 'Ausnahmeverfahren', crumbs: ['Verwaltung der Zugangsverwalter', 'Ausnahmeverfahren'], main: `
<h1>Ausnahmeverfahren</h1><p>Für Personen ohne belgischen eID oder elektronische Ausländerkarte. Laden Sie das Formular herunter, lassen Sie es von einem gesetzlichen Vertreter unterschreiben und senden Sie es mit einer Ausweiskopie an den CSAM-Helpdesk.</p>
<a class="btn btn-primary" href="/de/docs/ausnahmeverfahren.pdf">Formular herunterladen (PDF)</a> <a class="btn btn-outline-primary" href="/app032/camregistrationpublic/de/exception">Antrag online stellen</a>` }));

P({ id: 'foreign-dmm-off-designate-managers-fr-material-1', journey: DM, page: 'off-designate-managers', lang: 'fr', url: `${CAMH}/#/fr/gestionnaires`, done: before(DM, 'enterprise-number'), expect: { kind: 'none' }, build: 'material', note: 'designation app\'s list of ordinary access managers with an "Ajouter un gestionnaire d\'accès" button' },
camMat('fr', { title: "Gestionnaires d'accès", h1: "Gestionnaires d'accès de votre entreprise", main: `
<mat-card ${A} class="mat-mdc-card"><mat-card-content><table><tr><td>${REP.fr.name}</td><td>Gestionnaire d'accès principal</td></tr><tr><td>Chantal Delvaux</td><td>Gestionnaire d'accès</td></tr></table>
${matBtn("Ajouter un gestionnaire d'accès")}</mat-card-content></mat-card>` }));

P({ id: 'foreign-aa-off-ss-helpcentre-nl-bootstrap-1', journey: AA, page: 'off-ss-helpcentre', lang: 'nl', url: 'https://www.socialsecurity.be/site_nl/general/helpcentre/uman/faq.htm', done: before(AA, 'employer-group'), expect: { kind: 'none' }, build: 'bootstrap', note: 'help centre article with running text "klik op Gebruikers in het menu Functionaliteiten" and a link to the users page' },
ssBootstrap('nl', { title: 'Helpcentrum – Toegangsbeheer', crumbs: ['Home', 'Helpcentrum', 'Toegangsbeheer'], main: `
<h1>Hoe voeg ik een gebruiker toe?</h1>
<ol><li>Meld u aan bij Toegangsbeheer.</li><li>Kies de groep Werkgever RSZ.</li><li>Klik op <strong>Gebruikers</strong> in het menu Functionaliteiten.</li><li>Vul onder <em>Een gebruiker toevoegen</em> het INSZ in en klik op Volgende.</li></ol>
<p>Lukt het niet? Bel het Contactcenter.</p>` }));

P({ id: 'foreign-dmm-off-cross-uman-group-home-en-divsoup-1', journey: DM, page: 'off-cross-journey', lang: 'en', url: 'https://www.socialsecurity.be/uman/#/en/group/1', done: before(DM, 'enterprise-number'), expect: { kind: 'none' }, build: 'divsoup', note: 'cross-journey: the UMAN group home (Features › Users) scanned under the designation journey: nothing to ring' },
umanDiv('en', { title: 'Home', current: 'home', main: `
<div role="heading" aria-level="1" style="font-size:24px">NSSO employer</div><div class="q-card"><p>Welcome. Choose an item in the Features menu.</p></div>` }));

// ============================================================ expired
P({ id: 'foreign-aa-expired-csam-nl-bootstrap-1', journey: AA, page: 'expired-csam', lang: 'nl', url: `${CAMH}/nl/sessionExpired.xhtml`, done: before(AA, 'social-security'), expect: { kind: 'expired' }, build: 'bootstrap', note: 'CSAM session timeout page with "Opnieuw aanmelden" button and the service link in the chrome' },
csamBootstrap('nl', { title: 'Sessie verlopen', cookie: false, main: `
<div class="alert" role="alert"><h1 style="font-size:1.4rem">Uw sessie is verlopen</h1><p>U was langer dan 30 minuten inactief. Om veiligheidsredenen werd u afgemeld.</p></div>
<a class="btn btn-primary" href="/app032/camregistration/nl/">Opnieuw aanmelden</a> <a class="btn btn-outline-primary" href="/nl/index.html">Naar de startpagina</a>` }));

P({ id: 'foreign-aa-expired-ss-de-primefaces-1', journey: AA, page: 'expired-ss', lang: 'de', url: 'https://www.socialsecurity.be/uman/faces/viewExpired.xhtml', done: before(AA, 'fill-required'), expect: { kind: 'expired' }, build: 'primefaces', note: 'JSF ViewExpiredException page inside the app chrome (menu hidden), "Erneut anmelden"' },
umanPF('de', { title: 'Sitzung abgelaufen', menu: false, main: `
<div class="ui-messages ui-widget"><div class="ui-messages-warn ui-corner-all"><span class="ui-messages-warn-summary">Ihre Sitzung ist abgelaufen.</span><span class="ui-messages-warn-detail"> Ihre Eingaben wurden nicht gespeichert.</span></div></div>
<p><a href="/portail/login?goto=uman&amp;lang=de">Erneut anmelden</a></p>` }));

P({ id: 'foreign-ra-expired-idp-en-divsoup-1', journey: RA, page: 'expired-idp', lang: 'en', url: 'https://idp.iamfas.belgium.be/fas/XUI/#session/timeout', done: before(RA, 'find-user'), expect: { kind: 'expired' }, build: 'divsoup', note: 'federal login "you have been logged out" notice with the login options listed under it' },
doc({ lang: 'en', title: idpWords.en.t, style: 'body{font-family:Arial,sans-serif;margin:0}.bar{padding:10px 20px;border-bottom:1px solid #ddd;display:flex;justify-content:space-between}.box{max-width:700px;margin:30px auto}.warn{background:#fff4dc;padding:14px;border-radius:6px}.opt{border:1px solid #ccc;border-radius:6px;padding:12px;margin:8px 0;cursor:pointer}', body: `
<div class="bar" role="banner"><b>.be</b><div>${langSwitch('en', (l, a) => `<a href="#"${a ? ' aria-current="true"' : ''}>${l.toUpperCase()}</a> `)}</div></div>
<div class="box" role="main"><div class="warn" role="alert"><div role="heading" aria-level="1" style="font-size:20px;font-weight:bold">You have been logged out</div><div>Your session timed out after a period of inactivity. Please log in again to continue.</div></div>
<h2 style="font-size:17px">${idpWords.en.h}</h2><div class="opt" role="button" tabindex="0">${idpWords.en.eid}</div><div class="opt" role="button" tabindex="0">${idpWords.en.itsme}</div></div>` }));

P({ id: 'foreign-dmm-expired-designate-nl-primefaces-1', journey: DM, page: 'expired-designate', lang: 'nl', url: `${CAMH}/nl/wizard.xhtml?expired=true`, done: before(DM, 'designee-details'), expect: { kind: 'expired' }, build: 'primefaces', note: 'designation wizard after timeout: stepper still shown, message "sessie verlopen, begin opnieuw"' },
camPF('nl', { title: 'Sessie verlopen', stepIdx: 2, main: `
<div class="ui-messages-error" role="alert">Uw sessie is verlopen. De gegevens die u al had ingevuld, zijn niet bewaard.</div>
<p><a href="${CAMH}/nl/">Opnieuw beginnen</a></p>` }));

// ============================================================ error
P({ id: 'foreign-aa-error-app-de-material-1', journey: AA, page: 'error-app', lang: 'de', url: 'https://www.socialsecurity.be/uman/#/de/group/1/users/create', done: before(AA, 'fill-required'), expect: { kind: 'error' }, build: 'material', note: 'technical error card inside the app (menu with Benutzer kept) with an error reference' },
umanMat('de', { title: 'Fehler', current: 'users', main: `
<mat-card _ngcontent-ng-c128 class="mat-mdc-card" role="alert"><mat-card-title>Es ist ein technischer Fehler aufgetreten</mat-card-title><mat-card-content><p>Der Vorgang konnte nicht ausgeführt werden. Bitte versuchen Sie es später erneut.</p><p><small>Fehlerreferenz: 7f3c-21aa-90e1 · HTTP 500</small></p></mat-card-content></mat-card>` }));

P({ id: 'foreign-ra-error-ss-en-tables-1', journey: RA, page: 'error-ss', lang: 'en', url: 'https://www.socialsecurity.be/site_en/employer/applics/umoe/index2.htm', done: before(RA, 'log-in'), expect: { kind: 'error' }, build: 'tables', note: '404 page of the public site with its search box and menu' },
ssTables('en', { title: 'Page not found', main: `
<h1><font size="4" color="#003366">Page not found (404)</font></h1><p>The page you requested does not exist or has been moved.</p><p><a href="/site_en/index.htm">Go to the home page</a></p>` }));

P({ id: 'foreign-aa-error-csam-fr-bootstrap-1', journey: AA, page: 'error-csam', lang: 'fr', url: 'https://www.csam.be/fr/gestion-gestionnaires-acces.html', done: before(AA, 'manage-access'), expect: { kind: 'error' }, build: 'bootstrap', note: 'maintenance notice at the service page\'s URL, chrome kept (navbar lists the service)' },
csamBootstrap('fr', { title: 'Maintenance', cookie: false, main: `
<div class="alert" role="alert"><h1>Service temporairement indisponible</h1><p>Une maintenance planifiée est en cours jusqu'à 18 h. Veuillez nous excuser pour la gêne occasionnée.</p></div>` }));

P({ id: 'foreign-dmm-error-designate-fr-material-1', journey: DM, page: 'error-designate', lang: 'fr', url: `${IAM}/#/fr/erreur`, done: before(DM, 'confirm-designation'), expect: { kind: 'error' }, build: 'material', note: 'generic "Une erreur est survenue" in the designation app with a "Réessayer" button' },
camMat('fr', { title: 'Erreur', main: `
<mat-card ${A} class="mat-mdc-card" role="alert"><mat-card-title ${A}>Une erreur est survenue</mat-card-title><mat-card-content><p>Votre demande n'a pas pu être traitée. Si le problème persiste, contactez le helpdesk CSAM.</p>${matBtn('Réessayer')}</mat-card-content></mat-card>` }));
