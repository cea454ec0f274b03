// Where the user stands weighs the page's evidence (issue 14): never a step
// back on what every page of the application shows, the card moves on when the
// next step's target is in view, chrome counts little. Small pages written for
// these tests (not the replica fixtures, not the evaluation corpus).
import { describe, expect, it } from 'vitest';
import { ADD_ACCESS_JOURNEY as journey, REMOVE_ACCESS_JOURNEY } from '../../guide/journey';
import type { JourneyDef } from '../../guide/types';
import { scanPage, type Scan } from '../../lib/recognition/scanPage';
import { loadDocument } from '../support/fixtures';

const APP = 'https://www.socialsecurity.be/uman/app/';
const stepsBefore = (id: string, j: JourneyDef = journey) => j.steps.slice(0, j.steps.findIndex((s) => s.id === id)).map((s) => s.id);

/** The application's frame: header, side menu with "Utilisateurs", footer; `main` is the page's own content. */
function appPage(main: string, menu: 'nav' | 'div' = 'nav'): string {
  const items = '<ul><li><a href="/home">Accueil</a></li><li><a href="/users">Utilisateurs</a></li><li><a href="/am">Gestionnaires d\'accès</a></li></ul>';
  const side = menu === 'nav' ? `<nav aria-label="Fonctionnalités"><h2>Fonctionnalités</h2>${items}</nav>` : `<div class="sidebar"><h2>Fonctionnalités</h2>${items}</div>`;
  return `<!doctype html><html lang="fr"><head><title>Gestion des accès</title></head><body>
    <header><span>Gestion des accès</span> · <span>Employeur ONSS</span> · <a href="/logout">Déconnexion</a></header>
    ${side}<main>${main}</main><footer><a href="/help">Aide</a></footer></body></html>`;
}

function scan(html: string, url: string, done: string[], j: JourneyDef = journey, inFrame = false): Scan {
  const { doc, url: u } = loadDocument(html, url);
  return scanPage(doc, u, j, { progress: { done }, inFrame });
}
const stepOf = (s: Scan) => (s.kind === 'step' ? s.stepId : s.kind);

describe('never a step back on what every page shows', () => {
  const personMain = `<h1>Données de la personne</h1>
    <p class="notice">Cette personne dispose déjà d'un compte utilisateur dans votre entreprise.</p>
    <h2>Accès de la personne</h2><ul><li>DmfA</li><li>Dimona</li></ul>
    <button type="button" id="edit">Modifier</button>`;
  const person = appPage(personMain);

  it('a known person after "Suivant", the menu kept (as a landmark or a plain div): not "Utilisateurs" (step 6)', () => {
    for (const menu of ['nav', 'div'] as const) {
      expect(stepOf(scan(appPage(personMain, menu), `${APP}#/users/add`, stepsBefore('fill-required')))).not.toBe('users-menu');
    }
  });

  it('and its "Modifier" button, the step the user is at, is what the card shows', () => {
    const result = scan(person, `${APP}#/users/add`, stepsBefore('fill-required'));
    expect(stepOf(result)).toBe('edit-existing');
    expect(result.kind === 'step' && result.target?.id).toBe('edit');
  });

  it("a notice in a box of the portal's own naming (no role, no class we know) still tells the page", () => {
    const nl = `<!doctype html><html lang="nl"><head><title>Persoonsfiche</title></head><body><table><tr>
      <td class="side"><div class="zijbalk"><div>Functionaliteiten</div><a href="/users">Gebruikers</a><a href="/am">Toegangsbeheerders</a></div></td>
      <td><h2>Persoonsfiche</h2><div class="bericht">Deze persoon heeft reeds een account binnen uw onderneming.</div>
      <form><input type="submit" value="Wijzigen" id="edit"></form></td></tr></table></body></html>`;
    const result = scan(nl, `${APP}users/add`, stepsBefore('fill-required'));
    expect(stepOf(result)).toBe('edit-existing');
    expect(result.kind === 'step' && result.target?.id).toBe('edit');
  });

  it('a page the user left behind, known only by the menu: nothing, not step 6', () => {
    const profile = appPage('<h1>Mon profil</h1><p>Vos données personnelles.</p>');
    expect(stepOf(scan(profile, `${APP}#/profile`, stepsBefore('add-user').concat('add-user')))).toBe('unknown');
  });

  it('the same menu where the user is expected (the group just chosen) is step 6', () => {
    const home = appPage('<h1>Bienvenue</h1><p>Choisissez une fonctionnalité dans le menu.</p>');
    const result = scan(home, `${APP}#/home`, stepsBefore('users-menu'));
    expect(stepOf(result)).toBe('users-menu');
    expect(result.kind === 'step' && result.target?.textContent).toBe('Utilisateurs');
  });

  it('the removal journey: the person\'s form with the menu kept is "untick", never step 6', () => {
    const form = appPage(`<h1>Modifier l'utilisateur</h1><form>
      <label>Adresse e-mail <input type="email" value="x@example.com" required></label>
      <fieldset><legend>Applications sécurisées</legend><label><input type="checkbox" id="trfpp" checked> TR-FPP</label></fieldset>
      <button type="submit">Enregistrer</button></form>`);
    const result = scan(form, `${APP}#/users/42`, stepsBefore('untick-tr-fpp', REMOVE_ACCESS_JOURNEY), REMOVE_ACCESS_JOURNEY);
    expect(stepOf(result)).toBe('untick-tr-fpp');
    expect(result.kind === 'step' && result.target?.id).toBe('trfpp');
  });

  it('a menu frame, after its step: nothing; before it: step 6', () => {
    const frame = '<!doctype html><html lang="fr"><body><h3>Fonctionnalités</h3><ul><li><a href="a">Accueil</a></li><li><a href="b">Utilisateurs</a></li><li><a href="c">Gestionnaires d\'accès</a></li></ul></body></html>';
    expect(stepOf(scan(frame, `${APP}menu.htm`, stepsBefore('users-menu'), journey, true))).toBe('users-menu');
    expect(stepOf(scan(frame, `${APP}menu.htm`, stepsBefore('add-user').concat('add-user'), journey, true))).toBe('unknown');
  });
});

describe('progress on the same page', () => {
  const service = (open: boolean) => `<!doctype html><html lang="fr"><head><title>CSAM</title></head><body><main>
    <h1>Gestion des gestionnaires d'accès</h1>
    <h2>Désigner un gestionnaire d'accès principal</h2><p>…</p>
    <h2>Gérer les accès</h2><button type="button" aria-expanded="${open}">Gérer les accès</button>
    <div ${open ? '' : 'hidden'}><a id="ss" href="https://www.socialsecurity.be/site_fr/employer/applics/umoe/index.htm">Sécurité sociale</a>
    <a href="#">Fédéral (BOSA)</a></div></main></body></html>`;
  const url = 'https://www.csam.be/fr/gestion-gestionnaires-acces.html';

  it('a section opened by the button just used: the card moves on to its link', () => {
    const result = scan(service(true), url, ['open-service', 'manage-access']);
    expect(stepOf(result)).toBe('social-security');
    expect(result.kind === 'step' && result.target?.id).toBe('ss');
  });
  it('before the button is used, the button', () => {
    expect(stepOf(scan(service(false), url, ['open-service']))).toBe('manage-access');
  });
});

describe('targets the page made clickable by script', () => {
  it('a table row with a handler, its name split across spans and a no-break space', () => {
    const groups = `<!doctype html><html lang="fr"><head><title>Gestion des accès</title></head><body><main>
      <h1>Choisissez un groupe</h1><table><tbody>
      <tr onclick="go(1)" id="row"><td><span>Employeur</span>&nbsp;<span>ONSS</span></td><td>Actif</td></tr>
      <tr onclick="go(2)"><td>Prestataire de services</td><td>Actif</td></tr></tbody></table></main></body></html>`;
    const result = scan(groups, `${APP}#/groups`, stepsBefore('employer-group'));
    expect(stepOf(result)).toBe('employer-group');
    expect(result.kind === 'step' && result.target?.id).toBe('row');
  });
});

describe('a session that expired', () => {
  it('on the social-security host itself: told apart, its way back ringed', () => {
    const page = `<!doctype html><html lang="nl"><head><title>Toegangsbeheer</title></head><body><main>
      <h1>Uw sessie is verlopen</h1><p>Om veiligheidsredenen werd u afgemeld.</p><a id="again" href="/login">Opnieuw aanmelden</a></main></body></html>`;
    const result = scan(page, `${APP}expired`, stepsBefore('add-user'));
    expect(result.kind).toBe('expired');
    expect(result.kind === 'expired' && result.target?.id).toBe('again');
  });
});

describe('a dialog in front', () => {
  it('an existing person shown over the add-user form is not the add-user form', () => {
    const page = appPage(`<h1>Ajouter un utilisateur</h1><form><label>NISS <input type="text" value="85073003328"></label><button>Suivant</button></form>
      <dialog open aria-modal="true"><h2>Utilisateur existant</h2><p role="status">Cette personne possède déjà un compte.</p>
      <button type="button" id="edit">Modifier</button></dialog>`);
    const result = scan(page, `${APP}#/users/add`, stepsBefore('fill-required'));
    expect(stepOf(result)).toBe('edit-existing');
  });
});

describe('pages off the way, mid-journey', () => {
  it("csam.be's other pages list its services: not the home page's step", () => {
    const what = `<!doctype html><html lang="fr"><head><title>Qu'est-ce que CSAM ?</title></head><body><main>
      <h1>Qu'est-ce que CSAM ?</h1><p>CSAM propose :</p><ul><li><a href="/fr/cles.html">Mes clés numériques</a></li>
      <li><a href="/fr/gestion-gestionnaires-acces.html">Gestion des gestionnaires d'accès</a></li><li><a href="/fr/mandats.html">Gestion des mandats</a></li></ul></main></body></html>`;
    expect(stepOf(scan(what, 'https://www.csam.be/fr/quest-ce-que-csam.html', ['open-service', 'manage-access']))).not.toBe('open-service');
  });
  it("a news item about maintenance is no error page; an error page's main heading is", () => {
    const news = '<!doctype html><html lang="nl"><head><title>Nieuws</title></head><body><main><h1>Nieuws</h1><h2>Onderhoud van CSAM volgend weekend</h2><p>…</p></main></body></html>';
    expect(scan(news, 'https://www.csam.be/nl/nieuws.html', ['open-service']).kind).toBe('unknown');
    const error = '<!doctype html><html lang="nl"><head><title>Fout</title></head><body><main><h1>Er ging iets mis</h1><p>Probeer later opnieuw.</p></main></body></html>';
    expect(scan(error, 'https://www.csam.be/nl/beheer-toegangsbeheerders.html', ['open-service']).kind).toBe('error');
  });
});
