import { describe, expect, it } from 'vitest';
import { clip, matchQuality, normalise } from '../../lib/recognition/text';

describe('normalise', () => {
  it('ignores case, accents, typographic apostrophes and spacing', () => {
    expect(normalise("  GESTION DES GESTIONNAIRES D’ACCÈS ")).toBe("gestion des gestionnaires d'acces");
    expect(normalise('Gérer\u00a0les   accès')).toBe('gerer les acces');
  });
  it('drops zero-width and bidi marks that hostile or sloppy pages contain', () => {
    expect(normalise('TR\u200b-FPP\u200f')).toBe('tr-fpp');
    expect(normalise('Sécurité\u2066 sociale\u2069')).toBe('securite sociale');
  });
  it('keeps German letters comparable', () => {
    expect(normalise('Zugänge verwalten')).toBe('zugange verwalten');
  });
});

describe('matchQuality', () => {
  it('ranks exact over prefix over contained, on word boundaries only', () => {
    expect(matchQuality('utilisateurs', 'utilisateurs')).toBe(3);
    expect(matchQuality('suivant >', 'suivant')).toBe(2);
    expect(matchQuality('icone gestion des gestionnaires', 'gestion des gestionnaires')).toBe(1);
    expect(matchQuality('ajouter des utilisateurs', 'utilisateur')).toBe(0);
    expect(matchQuality('', 'x')).toBe(0);
  });
});

describe('clip', () => {
  it('shortens long page text for the one-line card', () => {
    expect(clip('a'.repeat(100), 10)).toBe(`${'a'.repeat(9)}…`);
    expect(clip(' short\n text ')).toBe('short text');
  });
});

describe('normalise, fast path for plain ASCII', () => {
  // The full pipeline, as it was before the fast path: the reference.
  const reference = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .replace(/[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g, '')
      .replace(/[\u2018\u2019\u201b\u02bc\u0060\u00b4]/g, "'")
      .replace(/[\u2010-\u2015\u2212]/g, '-')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .replace(/^[\s›»→⟶▸▶►•·*:|>-]+|[\s›»→⟶▸▶►▾▼•·*:|>-]+$/g, '');

  it('gives what the full pipeline gives, on every ASCII character and on seeded random strings', () => {
    for (let c = 0; c < 128; c++) {
      const s = `A${String.fromCharCode(c)}b ${String.fromCharCode(c)}`;
      expect(normalise(s), `char ${c}`).toBe(reference(s));
    }
    let seed = 20261124;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const pool = 'aZ09 -_*:>|`\'\t\n.,;()[]éÉ’‑→';
    for (let i = 0; i < 2000; i++) {
      const s = Array.from({ length: next() % 24 }, () => pool[next() % pool.length]).join('');
      expect(normalise(s), JSON.stringify(s)).toBe(reference(s));
    }
  });
});
