import { describe, expect, it } from 'vitest';
import { clip, matchQuality, normalise } from '../../lib/text';

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
