// The one-pass walk that replaces selector queries over whole pages (issue 15).
import { describe, expect, it } from 'vitest';
import { ADD_ACCESS_JOURNEY as journey } from '../../guide/journey';
import { queryPage, REPEAT_MAX, walkPage } from '../../lib/recognition/pageWalk';
import { scanPage } from '../../lib/recognition/scanPage';
import { findByName } from '../../lib/targeting/findTarget';
import { fixtureHtml, loadDocument, ROUTES } from '../support/fixtures';

const page = (body: string) => loadDocument(`<!doctype html><html lang="fr"><head><title>t</title></head><body>${body}</body></html>`, 'https://www.csam.be/fr/x.html').doc;
const rows = (n: number) => Array.from({ length: n }, (_, i) => `<tr><td><a href="/u/${i}">Personne ${i}</a></td><td>x</td></tr>`).join('');

describe('walkPage', () => {
  it('lists what querySelectorAll lists, in the same order, on an ordinary page', () => {
    for (const route of ROUTES.slice(0, 12)) {
      const { doc } = loadDocument(fixtureHtml(route), route.url);
      for (const selector of ['*', 'a[href], button, h1, h2, td', 'input, select, textarea, label']) {
        expect(queryPage(doc, selector), `${route.file} ${selector}`).toEqual(Array.from(doc.querySelectorAll(selector)));
      }
    }
  });

  it('reads the first rows of a long table and what follows it, not the thousands in between', () => {
    const doc = page(`<main><h1>Utilisateurs</h1><table><tbody>${rows(3000)}</tbody></table><nav class="pager"><a href="?p=2">Suivant</a></nav><button>Ajouter un utilisateur</button></main>`);
    const links = queryPage(doc, 'a[href]').map((a) => a.textContent);
    expect(links.slice(0, 3)).toEqual(['Personne 0', 'Personne 1', 'Personne 2']);
    // The run is cut after REPEAT_MAX rows; its last row is read (a total, a footer row), then what comes after the table.
    expect(links).toContain(`Personne ${REPEAT_MAX - 1}`);
    expect(links).not.toContain(`Personne ${REPEAT_MAX}`);
    expect(links.at(-2)).toBe('Personne 2999');
    expect(links.at(-1)).toBe('Suivant');
    expect(queryPage(doc, 'button').map((b) => b.textContent)).toEqual(['Ajouter un utilisateur']);
  });

  it('visits a bounded number of elements however the page is built, and stops when asked', () => {
    let visited = 0;
    // Ten blocks of 2 000 nested levels (40 000 elements), each followed by a long run of paragraphs.
    const deep = page(`${'<div><span>x</span>'.repeat(2000)}${'</div>'.repeat(2000)}${'<p>y</p>'.repeat(150)}`.repeat(10));
    walkPage(deep, () => void visited++);
    expect(visited).toBe(20_000);
    // What follows a long run is read: the second block's first element comes after the first run.
    const firstDivs = queryPage(deep, 'body > div');
    expect(firstDivs.length).toBeGreaterThanOrEqual(2);
    expect(queryPage(deep, 'span', 3)).toHaveLength(3);
  });

  it('recognises a users list of 3 000 people as one of 30 (the same step and target), by its first rows', () => {
    const list = (n: number) =>
      `<main><h1>Utilisateurs</h1><p>Gestion des utilisateurs de l'employeur.</p><button type="button">Ajouter un utilisateur</button><table><tbody>${rows(n)}</tbody></table></main>`;
    const url = new URL('https://www.socialsecurity.be/uman/fr/groups/employer/users');
    const progress = { done: ['open-service', 'manage-access', 'social-security', 'log-in', 'employer-group', 'users-menu'] };
    const small = scanPage(page(list(30)), url, journey, { progress });
    const big = scanPage(page(list(3000)), url, journey, { progress });
    expect(small.kind).toBe('step');
    expect(big.kind).toBe(small.kind);
    expect(big.kind === 'step' && big.stepId).toBe(small.kind === 'step' && small.stepId);
    expect(big.kind === 'step' && big.target?.textContent).toBe('Ajouter un utilisateur');
  });

  it('still finds a target far down a long list (an application to tick in among hundreds)', () => {
    const apps = Array.from({ length: 400 }, (_, i) => (i === 350 ? 'TR-FPP' : `Application ${i}`));
    const doc = page(`<fieldset><legend>Applications sécurisées</legend>${apps.map((a, i) => `<div><input type="checkbox" id="c${i}"><label for="c${i}">${a}</label></div>`).join('')}</fieldset>`);
    expect(findByName(doc, ['checkbox'], ['tr-fpp'])?.element).toBe(doc.getElementById('c350'));
  });
});
