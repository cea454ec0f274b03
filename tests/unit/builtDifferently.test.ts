// Pages built by other teams' frameworks (Angular Material, PrimeFaces, old
// table layouts): what the independent set tests/eval/foreign found the guide
// misreading, each rule on a small page written for these tests (not the
// replica fixtures, not the evaluation corpus).
import { describe, expect, it } from 'vitest';
import { ADD_ACCESS_JOURNEY as journey } from '../../guide/journey';
import type { JourneyDef } from '../../guide/types';
import { snapshotPage } from '../../lib/recognition/pageSnapshot';
import { scanPage, type Scan } from '../../lib/recognition/scanPage';
import { accessibleName, textOf } from '../../lib/targeting/accessibleName';
import { findByName, firstEmptyRequired } from '../../lib/targeting/findTarget';
import { loadDocument } from '../support/fixtures';

const APP = 'https://www.socialsecurity.be/uman/app/';
const stepsBefore = (id: string, j: JourneyDef = journey) => j.steps.slice(0, j.steps.findIndex((s) => s.id === id)).map((s) => s.id);
const page = (body: string, lang = 'fr', title = 'Gestion des accès') => `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body>${body}</body></html>`;

function scan(html: string, done: string[], url = APP): Scan {
  const { doc, url: u } = loadDocument(html, url);
  return scanPage(doc, u, journey, { progress: { done } });
}
const stepOf = (s: Scan) => (s.kind === 'step' ? s.stepId : s.kind);
const snap = (html: string, url = APP) => {
  const { doc, url: u } = loadDocument(html, url);
  return snapshotPage(doc, u);
};

describe('a field every form has proves nothing alone', () => {
  // The application's own profile page: an e-mail field (a phone too) and "Speichern", no heading of the user form, no TR-FPP.
  const profile = (phone: boolean) =>
    page(
      `<div class="layout-menu"><a href="#">Benutzer</a> <a href="#">Mein Profil</a></div>
       <div role="main"><span class="ui-panel-title">Mein Profil</span>
         <table><tr><td>Rolle</td><td>Hauptzugangsverwalter</td></tr>
         <tr><td><label for="m">E-Mail</label></td><td><input id="m" value="x@example.org"></td></tr>
         ${phone ? '<tr><td><label for="t">Telefon</label></td><td><input id="t"></td></tr>' : ''}</table>
         <button type="submit"><span>Speichern</span></button></div>`,
      'de',
      'Mein Profil',
    );

  it('a profile page with e-mail (and phone) and Save, mid-journey: not the user form (neither step)', () => {
    for (const phone of [false, true]) {
      const result = stepOf(scan(profile(phone), stepsBefore('add-user')));
      expect(result).not.toBe('tick-tr-fpp');
      expect(result).not.toBe('fill-required');
    }
  });

  it('nor when a checkbox of the profile mentions new users ("e-mail me about each new user")', () => {
    const html = page(
      `<main><h1>Mijn profiel</h1>
        <label for="m">E-mailadres</label><input id="m" type="email" required>
        <label for="t">Telefoonnummer</label><input id="t">
        <label><input type="checkbox"> Stuur mij een e-mail bij elke nieuwe gebruiker</label>
        <button>Opslaan</button></main>`,
      'nl',
      'socialsecurity.be',
    );
    const result = stepOf(scan(html, stepsBefore('add-user')));
    expect(result).not.toBe('tick-tr-fpp');
    expect(result).not.toBe('fill-required');
  });

  it('the same fields under the new user form\'s own signs still make it the form', () => {
    const form = page(
      `<main><h1>Nouvel utilisateur</h1>
        <label for="m">Adresse e-mail</label><input id="m" required>
        <label for="t">Téléphone</label><input id="t">
        <fieldset><legend>Applications sécurisées</legend><label><input type="checkbox"> TR-FPP</label></fieldset>
        <button>Enregistrer</button></main>`,
    );
    expect(stepOf(scan(form, stepsBefore('fill-required')))).toBe('fill-required');
  });
});

describe('the main landmark is content, whatever its layout is named after', () => {
  // Angular Material names the whole layout after its side menu.
  const material = page(
    `<mat-sidenav-container class="mat-drawer-container mat-sidenav-container">
       <mat-sidenav class="mat-drawer mat-sidenav"><a href="#">Utilisateurs</a></mat-sidenav>
       <mat-sidenav-content class="mat-drawer-content mat-sidenav-content" role="main">
         <mat-form-field><label for="n">Adresse e-mail</label><input id="n"></mat-form-field>
         <nav class="breadcrumb"><a href="#">Accueil</a></nav>
       </mat-sidenav-content>
     </mat-sidenav-container>`,
  );

  it('fields inside role=main are read as the page\'s own, the side menu and breadcrumbs as chrome', () => {
    const s = snap(material);
    expect(s.fields).toContain('adresse e-mail');
    expect(s.chrome).toContain('utilisateurs');
    expect(s.chrome).toContain('accueil');
    expect(s.names).not.toContain('utilisateurs');
  });

  it('without a main landmark, a sidenav container is still chrome as before', () => {
    const s = snap(page(`<div class="sidenav"><a href="#">Utilisateurs</a></div><div><label for="n">Adresse e-mail</label><input id="n"></div>`));
    expect(s.chrome).toContain('utilisateurs');
    expect(s.fields).toContain('adresse e-mail');
  });
});

describe('what frameworks draw without headings or buttons', () => {
  it('a card\'s or panel\'s title is a heading; a list item\'s title is not', () => {
    const s = snap(
      page(`<main><mat-card-title class="mat-mdc-card-title">Choisissez un groupe</mat-card-title>
        <div class="ui-panel"><span class="ui-panel-title">Utilisateurs</span></div>
        <button><span class="mat-mdc-list-item-title">Employeur ONSS</span></button></main>`),
    );
    expect(s.headings.split('\n')).toEqual(['choisissez un groupe', 'utilisateurs']);
  });

  it('an image button is named by its alt text, a clickable name and no form field', () => {
    const html = page(`<main><input type="image" src="data:," alt="Benutzer anlegen" id="b"><label for="q">Name</label><input id="q"></main>`, 'de');
    const { doc } = loadDocument(html, APP);
    expect(accessibleName(doc.getElementById('b')!)).toBe('Benutzer anlegen');
    const s = snap(html);
    expect(s.names).toContain('benutzer anlegen');
    expect(s.fields).toBe('name');
  });

  it('radio choices drawn as divs (role=radio) are names the audience page is known by', () => {
    const s = snap(page(`<main><div role="radiogroup"><div role="radio" aria-checked="false">Burger</div><div role="radio" aria-checked="false">Onderneming</div></div></main>`, 'nl'));
    expect(s.names.split('\n')).toEqual(['burger', 'onderneming']);
  });

  it('a notice in a table cell (table layouts) is a note', () => {
    const s = snap(
      page(`<table><tr><td><a href="#">Startseite</a></td><td><table><tr><td><font><b>Der Benutzer wurde gespeichert.</b></font><br>Zurück zur Liste.</td></tr></table></td></tr></table>`, 'de'),
    );
    expect(s.notes).toContain('der benutzer wurde gespeichert.');
    // The layout cell that holds the inner table is no note (its text would run the menu into the notice).
    expect(s.notes.split('\n').some((n) => n.includes('gespeichert') && n.includes('startseite'))).toBe(false);
  });
});

describe('texts of separate elements stay separate words', () => {
  it('a title and a subtitle in spans: two lines, not one word', () => {
    const { doc } = loadDocument(page('<button id="b"><span>LSS-Arbeitgeber</span><span>Arbeitgeber beim Landesamt</span></button>', 'de'), APP);
    expect(textOf(doc.getElementById('b'))).toBe(' LSS-Arbeitgeber Arbeitgeber beim Landesamt ');
  });

  it('a word split into spans for styling stays one word', () => {
    const { doc } = loadDocument(page('<a id="a" href="#">Ver<span>lin</span>den <b>UTILI</b>SATEURS</a>'), APP);
    expect(textOf(doc.getElementById('a'))).toBe('Verlinden UTILISATEURS');
  });

  it('a notice\'s bold first sentence and the paragraph below it are read apart', () => {
    const s = snap(page(`<main><div role="alert"><strong>Une erreur est survenue</strong><p>Votre demande n'a pas pu être traitée.</p></div></main>`));
    expect(s.messages).toContain('une erreur est survenue votre demande');
  });
});

describe('required fields however a framework marks them', () => {
  it('a star before the label (Oracle ADF) or a row classed required: the first empty one is the target', () => {
    const { doc } = loadDocument(
      page(`<main><table>
        <tr><td><label for="a">Titel</label></td><td><input id="a"></td></tr>
        <tr><td><abbr title="Pflichtfeld">*</abbr><label for="b">Nachname</label></td><td><input id="b"></td></tr>
      </table></main>`, 'de'),
      APP,
    );
    expect(firstEmptyRequired(doc)?.id).toBe('b');
    const { doc: other } = loadDocument(page(`<main><div class="form-row"><label for="a">Titel</label><input id="a"></div><div class="form-row p_AFRequired"><label for="b">Nachname</label><input id="b"></div></main>`, 'de'), APP);
    expect(firstEmptyRequired(other)?.id).toBe('b');
  });
});

describe('design systems of custom elements (the native control in their shadow root)', () => {
  const form = page(
    `<main><h1>Een hoofdtoegangsbeheerder aanstellen</h1>
      <sl-input id="n" label="Rijksregisternummer van de aan te stellen persoon" required inputmode="numeric"></sl-input>
      <sl-input id="p" label="Telefoonnummer" value="0470 00 00 00"></sl-input>
      <sl-checkbox id="c">TR-FPP</sl-checkbox>
      <sl-button id="go" variant="primary">Volgende</sl-button></main>`,
    'nl',
  );

  it('are read as fields and names by the label their shadow root renders', () => {
    const s = snap(form);
    expect(s.fields.split('\n')).toEqual(['rijksregisternummer van de aan te stellen persoon', 'telefoonnummer', 'tr-fpp']);
    expect(s.names).toContain('volgende');
  });

  it('are targets: the host is ringed, a required empty one is the first to fill', () => {
    const { doc } = loadDocument(form, APP);
    expect(findByName(doc, ['button'], ['volgende'])?.element.id).toBe('go');
    expect(findByName(doc, ['checkbox'], ['tr-fpp'])?.element.id).toBe('c');
    expect(firstEmptyRequired(doc)?.id).toBe('n');
  });

  it('an element with a dash in its name that is no control stays out', () => {
    const s = snap(page(`<main><app-root><user-card>Employeur ONSS</user-card></app-root></main>`));
    expect(s.fields).toBe('');
    expect(s.names).toBe('');
  });
});

describe('a design system\'s success banner is the page\'s news, not the site\'s banner', () => {
  it('"govuk-notification-banner": its sentences are the content\'s notes', () => {
    const s = snap(
      page(`<div class="govuk-notification-banner govuk-notification-banner--success" role="alert"><div class="govuk-notification-banner__header"><h2>Success</h2></div>
        <div class="govuk-notification-banner__content"><p>User saved</p></div></div><div class="site-banner"><a href="#">Home</a></div>`, 'en'),
    );
    expect(s.notes).toContain('user saved');
    expect(s.chrome).toContain('home');
  });
});

describe('a field whose label is the page\'s heading (GOV.UK\'s pattern)', () => {
  const html = page(
    `<main><h1><label for="insz">Een gebruiker toevoegen</label></h1>
      <div id="insz-hint">Vul het INSZ in van de persoon die u wilt toevoegen.</div>
      <input id="insz" aria-describedby="insz-hint"><button>Volgende</button></main>`,
    'nl',
  );

  it('is found by its hint, the weakest match', () => {
    const { doc } = loadDocument(html, APP);
    const found = findByName(doc, ['textbox'], ['insz', 'rijksregisternummer']);
    expect(found?.element.id).toBe('insz');
    expect(found?.quality).toBeLessThan(0.5);
  });

  it('a field named by its own label still wins over one that only mentions it in a hint', () => {
    const { doc } = loadDocument(
      page(`<main><label for="m">E-mail</label><input id="m" aria-describedby="h"><div id="h">Niet uw INSZ</div>
        <label for="n">INSZ</label><input id="n"></main>`, 'nl'),
      APP,
    );
    expect(findByName(doc, ['textbox'], ['insz'])?.element.id).toBe('n');
  });
});
