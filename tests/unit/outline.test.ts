// The page outline (issue 16): nothing personal survives it, and it keeps what
// recognition needs (every replica page, turned into an outline and back into
// a page, is recognised as the same step with the same target).
import { describe, expect, it } from 'vitest';
import { journeyById } from '../../guide/journey';
import { buildOutline } from '../../lib/outline/buildOutline';
import { maskPath, maskText } from '../../lib/outline/mask';
import { OUTLINE_VERSION, type PageOutline } from '../../lib/outline/outline';
import { outlineToHtml } from '../../lib/outline/outlineHtml';
import { scanPage } from '../../lib/recognition/scanPage';
import { ALL_PAGES, BRANCHES, fixtureHtml, loadDocument } from '../support/fixtures';

const outlineOf = (doc: Document, url: URL, journey = 'add-access'): PageOutline =>
  buildOutline(doc, { url, journey, extension: '0.0.0', guide: { result: 'unknown' }, today: '2026-11-30', visibility: true });

/** Personal data of four languages, as a firm's pages would show it or a user would type it. */
const PEOPLE = [
  { name: 'Jean-Baptiste Vandenbroucke', email: 'jb.vandenbroucke@pharmavita.be', niss: '85.07.30-033.28', phone: '+32 2 555 12 34', street: 'Rue Royale 214, 1000 Bruxelles' },
  { name: 'Annelies Goossens', email: 'annelies.goossens@medicura.example', niss: '90010100131', phone: '0475/12.34.56', street: 'Kerkstraat 17 bus 3, 2000 Antwerpen' },
  { name: 'Klaus Schmitz', email: 'k.schmitz@ostbelgien-pharma.de', niss: '00022500240', phone: '087 55 44 33', street: 'Aachener Straße 9, 4700 Eupen' },
  { name: 'Olivia Whitfield', email: 'olivia.whitfield@example.co.uk', niss: '750120 123 45', phone: '+44 20 7946 0958', street: '221B Baker Street, London' },
];
const BCE = ['0203.201.340', '0403 170 701', 'BE0417497106', '0876543210'];

function seededPage(lang: string): string {
  const rows = PEOPLE.map(
    (p, i) =>
      `<tr id="user-${i}-${p.niss.replace(/\D/g, '')}" class="row-${i} user"><td>${p.name}</td><td><a href="mailto:${p.email}">${p.email}</a></td><td>${p.niss}</td><td>${p.phone}</td><td>${p.street}</td>` +
      `<td><a href="/uman/${lang}/users/${p.niss.replace(/\D/g, '')}/edit?email=${encodeURIComponent(p.email)}" title="${p.name}">Modifier</a></td></tr>`,
  ).join('');
  return `<!doctype html><html lang="${lang}"><head><title>Utilisateurs — ${PEOPLE[0]!.name}</title></head><body>
    <header><nav><a href="/uman/${lang}/users">Utilisateurs</a> <span class="who">${PEOPLE[1]!.name} (${PEOPLE[1]!.email})</span></nav></header>
    <main><h1>Gebruikers van ${BCE[0]}</h1>
    <p>Entreprise BCE ${BCE[1]} — KBO ${BCE[2]} — Unternehmensnummer ${BCE[3]}</p>
    <p class="alert alert-success" role="status">L'utilisateur ${PEOPLE[2]!.name} a été enregistré.</p>
    <table><tbody>${rows}</tbody></table>
    <form action="/uman/${lang}/users/save?token=${PEOPLE[3]!.email}">
      <label for="niss">NISS</label><input id="niss" name="niss" required placeholder="${PEOPLE[0]!.niss}">
      <label for="first">Prénom</label><input id="first" name="firstName" required>
      <label for="last">Nom</label><input id="last" name="lastName" aria-label="Nom de ${PEOPLE[3]!.name}">
      <label for="mail">E-mail</label><input id="mail" type="email" name="email">
      <label for="tel">Téléphone</label><input id="tel" type="tel" name="phone">
      <label for="addr">Adresse</label><textarea id="addr" name="address"></textarea>
      <label for="bce">BCE/KBO</label><input id="bce" name="enterprise" value="${BCE[0]}">
      <select name="lang"><option value="">—</option><option selected>${PEOPLE[1]!.street}</option></select>
      <input type="submit" value="Enregistrer">
    </form></main></body></html>`;
}

/** Every piece of a person's data, and its digits run together. */
const SECRETS = [
  ...PEOPLE.flatMap((p) => [...p.name.split(/[\s-]+/), p.email, ...p.email.split(/[@.]/).filter((s) => s.length > 3), p.niss, p.niss.replace(/\D/g, ''), p.phone, p.phone.replace(/\D/g, ''), p.street, ...p.street.split(/[\s,]+/).filter((s) => s.length > 3 && !/^(Rue|Straße|Street)$/.test(s))]),
  ...BCE,
  ...BCE.map((b) => b.replace(/\D/g, '')),
].filter((s) => !/^(bus|1000|2000|4700|Royale|Baker)$/i.test(s) || s.length > 5);

describe('a page outline keeps nothing personal', () => {
  it.each(['fr', 'nl', 'de', 'en'])('%s: names, e-mails, NISS/INSZ, BCE/KBO, phones, addresses and typed values are gone', (lang) => {
    const { doc, url } = loadDocument(seededPage(lang), `https://www.socialsecurity.be/uman/${lang}/users/${PEOPLE[0]!.niss.replace(/\D/g, '')}?q=${PEOPLE[1]!.name}`);
    // What a user typed into the page's fields (the live values, not attributes).
    const typed = { first: 'Marguerite', last: 'Dewulf', mail: 'marguerite.dewulf@pharmavita.be', tel: '+32 9 222 33 44', addr: 'Veldstraat 1, 9000 Gent', niss: '85.07.30-033.28' };
    for (const [id, value] of Object.entries(typed)) (doc.getElementById(id) as HTMLInputElement).value = value;
    const { made: _day, ...outline } = outlineOf(doc, url);
    const json = JSON.stringify(outline);
    for (const secret of [...SECRETS, ...Object.values(typed), 'Marguerite', 'Dewulf', 'Veldstraat', 'Gent']) {
      expect(json.toLowerCase(), secret).not.toContain(secret.toLowerCase());
    }
    // No run of digits longer than a masked one could be: masked digits are zeros.
    expect(json).not.toMatch(/[1-9]\d{3,}/);
  });

  it('keeps the portal\'s own words and the structure', () => {
    const { doc, url } = loadDocument(seededPage('fr'), 'https://www.socialsecurity.be/uman/fr/users');
    const outline = outlineOf(doc, url);
    const json = JSON.stringify(outline);
    for (const word of ['Utilisateurs', 'Modifier', 'Enregistrer', 'NISS', 'Prénom', 'enregistré']) expect(json).toContain(word);
    expect(outline.version).toBe(OUTLINE_VERSION);
    expect(outline.counts).toMatchObject({ forms: 1, required: 2, tables: 1, rows: 4 });
    expect(outline.counts.fields).toBeGreaterThanOrEqual(8);
    // The filled fields are said to be filled, no more.
    expect(json).toContain('"data-outline-filled":""');
  });

  it('masks words by their shape and paths beyond the known ones', () => {
    expect(maskText('Ajouter Jean Dupont (85.07.30-033.28)')).toBe('Ajouter xxxx xxxxxxxx (00.00.00-000.00)');
    expect(maskText('mail jean@firm.be now')).toBe('mail xxxx@xxxx.xx xxx');
    // Initials in an avatar are someone's; capitals the portal writes (or a whole text in capitals) are not.
    expect(maskText('AL')).toBe('xx');
    expect(maskText('GÉRER LES ACCÈS')).toBe('GÉRER LES ACCÈS');
    expect(maskPath('/uman/fr/users/jean-dupont/edit.xhtml')).toBe('/xxxx/xx/users/xxxx-xxxxxxxx/edit.xhtml');
    expect(maskPath('/fr/gestion-gestionnaires-acces.html', [/^\/fr\/gestion-gestionnaires-acces\.html$/])).toBe('/fr/gestion-gestionnaires-acces.html');
  });

  it('reads the first rows of a long list and says how many it left out', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `<tr><td>Person ${i}</td></tr>`).join('');
    const { doc, url } = loadDocument(`<html><body><table><tbody>${rows}</tbody></table></body></html>`, 'https://www.socialsecurity.be/x');
    const outline = outlineOf(doc, url);
    expect(outline.counts.rows).toBe(101);
    expect(outline.skipped).toBe(2899 * 2);
    expect(JSON.stringify(outline).length).toBeLessThan(20_000);
  });
});

/** The elements an outline keeps, in document order (what the rebuilt page has in its body). */
function keptElements(root: Element): Element[] {
  const kept: Element[] = [];
  const visit = (el: Element) => {
    for (const child of Array.from(el.children)) {
      if (['script', 'style', 'noscript', 'template', 'link', 'meta'].includes(child.localName)) continue;
      if (child.localName === 'input' && (child as HTMLInputElement).type === 'hidden') continue;
      kept.push(child);
      if (child.localName !== 'svg') visit(child);
    }
  };
  visit(root);
  return kept;
}

describe('round trip: every replica page, outlined and rebuilt, is the same step with the same target', () => {
  const pages = [...ALL_PAGES, ...BRANCHES];
  it.each(pages.map((r) => [r.file, r] as const))('%s', (_file, route) => {
    const journey = journeyById(route.journey ?? 'add-access');
    const { doc, url } = loadDocument(fixtureHtml(route), route.url);
    const before = scanPage(doc, url, journey);
    const outline = outlineOf(doc, url, journey.id);
    const rebuilt = loadDocument(outlineToHtml(outline), route.url);
    const after = scanPage(rebuilt.doc, rebuilt.url, journey);
    expect(after.kind).toBe(before.kind);
    if (before.kind !== 'step' || after.kind !== 'step') return;
    expect(after.stepId).toBe(before.stepId);
    expect(after.part?.key).toBe(before.part?.key);
    const index = (d: Document, target: Element | null) => (target ? keptElements(d.body).indexOf(target) : -1);
    expect(index(rebuilt.doc, after.target)).toBe(index(doc, before.target));
  });
});
