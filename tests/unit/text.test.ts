import { describe, expect, it } from 'vitest';
import { clip, LooseText, looseMatch, matchQuality, normalise, sameWord } from '../../lib/recognition/text';

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

describe('looseMatch: other wording of the same words', () => {
  const n = normalise;
  it('lets small words, inflection and word order vary, still on whole words', () => {
    expect(looseMatch(n('Cette personne a déjà un compte dans votre entreprise'), n('a déjà un compte'))).toBe(true);
    expect(looseMatch(n('Dispose déjà d’un compte'), n('a déjà un compte'))).toBe(true);
    expect(looseMatch(n('Zugang zur sozialen Sicherheit'), n('Soziale Sicherheit'))).toBe(true);
    expect(looseMatch(n('Utilisateur'), n('Utilisateurs'))).toBe(true);
    expect(looseMatch(n('Gebruiker succesvol bewaard'), n('De gebruiker werd bewaard'))).toBe(true);
    expect(looseMatch(n('Sicherheit, soziale'), n('Soziale Sicherheit'))).toBe(true);
  });
  it('never takes one label for another that shares its words', () => {
    // A word that carries meaning between the label's words changes what it says.
    expect(looseMatch(n("Gérer les gestionnaires d'accès"), n('Gérer les accès'))).toBe(false);
    // A one-word label is a short text's word, not a sentence's.
    expect(looseMatch(n('Cliquez sur Utilisateur dans le menu de gauche'), n('Utilisateurs'))).toBe(false);
    // A label of one meaningful word among small ones ("Uw groepen") says more than that word.
    expect(looseMatch(n('Startpagina van de groep'), n('Uw groepen'))).toBe(false);
    // Parts of words are not words.
    expect(looseMatch(n('Accessibilité'), n('accès'))).toBe(false);
    expect(looseMatch(n('Fonction publique'), n('Fonctionnaire'))).toBe(false);
    // Two words turned around and inflected: a person ("access manager"), not what to do ("manage access").
    expect(looseMatch(n('Appoint a chief access manager'), n('Manage access'))).toBe(false);
    // A negation among the words, or just before them, says the opposite.
    expect(looseMatch(n("Votre demande n'a pas été enregistrée."), n('a bien été enregistrée'))).toBe(false);
    expect(looseMatch(n('De gegevens werden niet bewaard'), n('De gegevens werden bewaard'))).toBe(false);
    expect(looseMatch(n('Die Daten wurden leider nie gespeichert'), n('Die Daten wurden gespeichert'))).toBe(false);
    expect(looseMatch(n('Votre demande a été enregistrée'), n('a bien été enregistrée'))).toBe(true);
    expect(looseMatch(n('De gegevens werden succesvol bewaard'), n('De gegevens werden bewaard'))).toBe(true);
  });
  it('still takes two words turned around, or inflected in order', () => {
    expect(looseMatch(n('Managing access rights to online services'), n('Manage access'))).toBe(true);
    expect(looseMatch(n('Access: manage'), n('Manage access'))).toBe(true);
  });
  it('knows an inflection and a compound from another word', () => {
    expect(sameWord('gebruiker', 'gebruikers')).toBe(true);
    expect(sameWord('benutzer', 'benutzerverwaltung')).toBe(true);
    expect(sameWord('gestion', 'gestionnaires')).toBe(false);
    expect(sameWord('fonction', 'fonctionnaire')).toBe(false);
    expect(sameWord('tr', 'trfpp')).toBe(false);
    expect(sameWord('2024', '20245')).toBe(false);
    // English drops a final e before -ing.
    expect(sameWord('manage', 'managing')).toBe(true);
    expect(sameWord('manage', 'managed')).toBe(true);
  });
});

describe('LooseText: many labels against one page', () => {
  it('says how many words of a label a line holds, the same as looseMatch', () => {
    const text = new LooseText([normalise('Übersicht der Benutzer und ihrer Zugänge'), normalise('Die Daten des Benutzers wurden gespeichert')].join('\n'));
    expect(text.match(normalise('Die Daten wurden gespeichert'))).toBe(3);
    expect(text.match(normalise('Benutzer'))).toBe(0); // a one-word label in longer lines
    expect(text.match(normalise('Zugänge verwalten'))).toBe(0);
  });
});
