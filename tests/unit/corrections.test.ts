// Remembered corrections (issue 16): what the user told the guide about a page
// it did not recognise is used on the next visit of the same kind of page,
// never stored damaged, and holds nothing but portal words and structure.
import { describe, expect, it } from 'vitest';
import { ADD_ACCESS_JOURNEY as journey } from '../../guide/journey';
import { startGuide, type OverlayActions } from '../../lib/guideController';
import type { OverlayModel } from '../../lib/overlayModel';
import { EMPTY_PROGRESS, type JourneyProgress } from '../../lib/progress';
import { CORRECTIONS_MAX, readCorrections, withCorrection, type Correction } from '../../lib/corrections/corrections';
import { pageSignature } from '../../lib/corrections/pageSignature';
import { EXTRAS } from '../support/extras';
import { overlayTranslate } from '../support/translate';
import { loadDocument } from '../support/fixtures';

const URL_OF = 'https://www.socialsecurity.be/portal/app/fr/personnel/list';

/** A page worded apart from every label of the journey: the guide cannot tell which step it is. */
function strangePage(people: string[]): string {
  const rows = people.map((p, i) => `<tr><td>${p}</td><td>${i}5.07.30-033.28</td></tr>`).join('');
  return `<!doctype html><html lang="fr"><head><title>Portail</title></head><body>
    <header><nav><a href="/x">Accueil</a></nav></header>
    <main><h1>Collaborateurs habilités</h1><h2>Liste du personnel</h2>
    <table><tbody>${rows}</tbody></table>
    <form><label for="q">Nom</label><input id="q"><button type="submit">Rechercher</button></form></main></body></html>`;
}

function guide(html: string, corrections: Correction[], progress: JourneyProgress = EMPTY_PROGRESS) {
  const { doc } = loadDocument(html, URL_OF);
  let stored = progress;
  let list = corrections;
  const drawn: (OverlayModel | null)[] = [];
  let actions: OverlayActions | null = null;
  const abort = new AbortController();
  startGuide({
    doc,
    journey,
    t: overlayTranslate('fr'),
    render: (model, a) => {
      drawn.push(model);
      actions = a;
    },
    updateProgress: async (change) => (stored = change(stored)),
    loadProgress: async () => stored,
    corrections: {
      load: async () => list,
      remember: (c) => (list = withCorrection(list, c)),
      forget: (sig) => (list = list.filter((c) => c.sig !== sig)),
    },
    extras: async () => EXTRAS,
    signal: abort.signal,
  });
  return { doc, drawn, abort, actions: () => actions!, corrections: () => list, progress: () => stored };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('page signature', () => {
  it('is the same for the same page with other people in it, and holds no one', () => {
    const a = pageSignature(loadDocument(strangePage(['Jean Dupont', 'Marie Claes']), URL_OF).doc, new URL(URL_OF))!;
    const b = pageSignature(loadDocument(strangePage(['Annelies Goossens', 'Klaus Schmitz', 'Olivia Whitfield']), URL_OF).doc, new URL(URL_OF))!;
    expect(a.key).toBe(b.key);
    expect(JSON.stringify(a)).not.toMatch(/Dupont|Claes|Jean|Marie|\d{3}/);
  });

  it('differs between pages, and is none on a page with too little of its own', () => {
    const list = pageSignature(loadDocument(strangePage(['x']), URL_OF).doc, new URL(URL_OF))!;
    const other = pageSignature(loadDocument(strangePage(['x']).replace('Liste du personnel', 'Ajouter un utilisateur'), URL_OF).doc, new URL(URL_OF))!;
    expect(other.key).not.toBe(list.key);
    const bare = '<html><body><header><h1>Utilisateurs</h1><button>Enregistrer</button></header><main><p>Jean Dupont</p></main></body></html>';
    expect(pageSignature(loadDocument(bare, URL_OF).doc, new URL(URL_OF))).toBeNull();
  });
});

describe('stored corrections', () => {
  it('are read defensively and kept to the newest', () => {
    expect(readCorrections('broken')).toEqual([]);
    expect(readCorrections([{ sig: 1 }, null, { sig: 'a', journey: 'add-access', step: 'add-user', kind: 'maybe', where: '', words: '', at: '' }])).toEqual([]);
    let list: Correction[] = [];
    for (let i = 0; i < CORRECTIONS_MAX + 5; i++) list = withCorrection(list, { sig: `s${i}`, journey: 'add-access', step: 'add-user', kind: 'here', where: '', words: '', at: '' });
    expect(list).toHaveLength(CORRECTIONS_MAX);
    expect(list[0]!.sig).toBe(`s${CORRECTIONS_MAX + 4}`);
  });
});

describe('a remembered correction', () => {
  const addUser = journey.steps.findIndex((s) => s.id === 'add-user');
  const walkedTo = { ...EMPTY_PROGRESS, done: journey.steps.slice(0, addUser).map((s) => s.id) };

  it('is kept when the user says where they are, and used on the next visit without asking', async () => {
    const first = guide(strangePage(['Jean Dupont']), [], walkedTo);
    await settle();
    expect(first.drawn.at(-1) ?? null).toBeNull(); // unknown: no card
    first.actions().choose(addUser);
    // Kept once the signature code is there (imported at the first need: lib/extras.ts).
    await settle();
    expect(first.corrections()).toHaveLength(1);
    expect(first.corrections()[0]).toMatchObject({ journey: 'add-access', step: 'add-user', kind: 'here' });
    expect(JSON.stringify(first.corrections())).not.toMatch(/Dupont|Jean/);
    first.abort.abort();

    const next = guide(strangePage(['Annelies Goossens', 'Klaus Schmitz']), first.corrections(), walkedTo);
    await settle();
    const model = next.drawn.at(-1)!;
    expect(model).toMatchObject({ stepId: 'add-user' });
    expect(model.note).toBe(overlayTranslate('fr')('corrections.note'));
    next.abort.abort();
  });

  it('never takes the user back to a step they have done', async () => {
    const first = guide(strangePage(['a']), [], walkedTo);
    await settle();
    first.actions().choose(addUser);
    await settle();
    expect(first.corrections()).toHaveLength(1);
    first.abort.abort();
    const later = guide(strangePage(['b']), first.corrections(), { ...walkedTo, done: [...walkedTo.done, 'add-user'] });
    await settle();
    expect(later.drawn.at(-1)?.stepId).not.toBe('add-user');
    later.abort.abort();
  });

  it('is forgotten by "This page is different"', async () => {
    const first = guide(strangePage(['a']), [], walkedTo);
    await settle();
    first.actions().choose(addUser);
    await settle();
    expect(first.corrections()).toHaveLength(1);
    first.abort.abort();
    const next = guide(strangePage(['b']), first.corrections(), walkedTo);
    await settle();
    next.actions().rescan();
    expect(next.corrections()).toEqual([]);
    expect(next.drawn.at(-1) ?? null).toBeNull();
    next.abort.abort();
  });
});
