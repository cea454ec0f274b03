// Guards the shape of the journey data and the UI strings (as Dark Reader
// guards its site data): every step, every language, every key.
import { describe, expect, it } from 'vitest';
import { JOURNEY_HOSTS, JOURNEY_MATCHES, isJourneyHost, isPortalTab } from '../../guide/hosts';
import { ADD_ACCESS_JOURNEY as journey, DESIGNATE_JOURNEY, JOURNEYS, REMOVE_ACCESS_JOURNEY } from '../../guide/journey';
import { LANGS, type Labels, type PageSignals } from '../../guide/types';
import { RESOURCES } from '../../lib/i18n';

const TO_THE_USERS = ['open-service', 'manage-access', 'social-security', 'log-in', 'employer-group', 'users-menu'];

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function get(obj: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj);
}

const allPages: PageSignals[] = JOURNEYS.flatMap((j) => [...j.steps.flatMap((s) => s.pages), ...j.finish, ...(j.detours ?? []), ...(j.elsewhere ?? [])]);
const labelGroups = (page: PageSignals): Labels[] => [
  ...(page.headings ?? []),
  ...(page.texts ?? []),
  ...(page.fields ?? []),
  ...(page.requiredFields ?? []),
  ...(page.messages ?? []),
  ...page.parts.flatMap((p) => ('labels' in p ? [p.labels] : [])),
];

describe('journey data', () => {
  it('has the nine steps of the guide, in order, with the existing-account alternative, and the two prerequisites', () => {
    expect(journey.steps.map((s) => s.id)).toEqual([...TO_THE_USERS, 'add-user', 'fill-required', 'edit-existing', 'tick-tr-fpp']);
    expect(journey.steps.filter((s) => s.branch).map((s) => s.id)).toEqual(['fill-required', 'edit-existing']);
    expect(journey.prerequisites.map((p) => p.id)).toEqual(['bce-number', 'main-access-manager']);
  });

  it('takes access away along the same first six steps', () => {
    expect(REMOVE_ACCESS_JOURNEY.steps.map((s) => s.id)).toEqual([...TO_THE_USERS, 'find-user', 'open-user', 'untick-tr-fpp']);
    expect(REMOVE_ACCESS_JOURNEY.steps.slice(0, 6)).toEqual(journey.steps.slice(0, 6));
  });

  it('designates the main access manager from the same service page, with the first login ticked by the user', () => {
    expect(DESIGNATE_JOURNEY.id).toBe('designate-main-manager');
    expect(DESIGNATE_JOURNEY.steps.map((s) => s.id)).toEqual([
      'open-service', 'choose-designate', 'log-in', 'enterprise-number', 'designee-details', 'confirm-designation', 'activate-account',
    ]);
    expect(DESIGNATE_JOURNEY.steps[0]).toBe(journey.steps[0]);
    // Only the last step is done away from the portal: no page, the user's word.
    expect(DESIGNATE_JOURNEY.steps.filter((s) => s.manual).map((s) => s.id)).toEqual(['activate-account']);
    for (const step of DESIGNATE_JOURNEY.steps) expect(step.pages.length === 0, step.id).toBe(step.manual === true);
    expect(DESIGNATE_JOURNEY.prerequisites.map((p) => p.id)).toEqual(['legal-representative']);
    // It meets add-access's second prerequisite, which offers it.
    expect(DESIGNATE_JOURNEY.fulfils).toBe('main-access-manager');
    expect(journey.prerequisites.find((p) => p.id === 'main-access-manager')?.guidedBy).toBe(DESIGNATE_JOURNEY.id);
    // The numbers typed are checked on the spot.
    const checks = DESIGNATE_JOURNEY.steps.flatMap((s) => s.pages.flatMap((p) => p.parts.flatMap((part) => ('check' in part && part.check ? [part.check] : []))));
    expect(new Set(checks)).toEqual(new Set(['enterprise-number', 'national-number']));
  });

  it('names portal words in all four languages, never empty', () => {
    for (const page of allPages) {
      for (const group of labelGroups(page)) {
        for (const lang of LANGS) {
          expect(group[lang].length, `${page.key} ${lang} ${JSON.stringify(group.fr)}`).toBeGreaterThan(0);
          for (const word of group[lang]) expect(word.trim()).not.toBe('');
        }
      }
    }
  });

  it('gives every page a host of the journey and enough signals to be recognised without its target', () => {
    for (const page of allPages) {
      expect(page.hosts.every(isJourneyHost), page.key).toBe(true);
      const signals = (page.paths?.length ?? 0) + (page.headings?.length ?? 0) + (page.fields?.length ?? 0) + (page.texts?.length ?? 0) + (page.messages?.length ?? 0);
      expect(signals, page.key).toBeGreaterThanOrEqual(2);
    }
  });

  it('matches only the journey hosts over https', () => {
    expect(JOURNEY_MATCHES).toEqual(JOURNEY_HOSTS.map((h) => `https://${h}/*`));
    expect(isJourneyHost('csam.be.example.com')).toBe(false);
    expect(isJourneyHost('www-csam.be')).toBe(false);
    expect(isJourneyHost('WWW.CSAM.BE')).toBe(true);
  });

  it('tells the genuine portal tab from lookalikes and other sites', () => {
    expect(isPortalTab('https://www.csam.be/fr/index.html')).toBe(true);
    expect(isPortalTab('https://idp.iamfas.belgium.be/fas/XUI/')).toBe(true);
    for (const url of [undefined, '', 'http://www.csam.be/', 'https://csam.be.example.com/', 'https://www-csam.be/', 'https://csarn.be/', 'chrome://newtab', 'not a url']) {
      expect(isPortalTab(url), String(url)).toBe(false);
    }
  });
});

describe('UI strings', () => {
  const fr = keys(RESOURCES.fr).sort();

  it.each(LANGS)('%s has exactly the keys of fr, none empty', (lang) => {
    expect(keys(RESOURCES[lang]).sort()).toEqual(fr);
    for (const key of fr) expect(String(get(RESOURCES[lang], key)).trim(), `${lang}:${key}`).not.toBe('');
  });

  it('has a title, help and a sentence for every part of every step of every journey', () => {
    for (const j of JOURNEYS) expect(get(RESOURCES.fr, `journeys.${j.id}`), j.id).toBeTypeOf('string');
    for (const j of JOURNEYS) expect(get(RESOURCES.fr, `journeyDone.${j.id}`), j.id).toBeTypeOf('string');
    for (const step of JOURNEYS.flatMap((j) => j.steps)) {
      expect(get(RESOURCES.fr, `steps.${step.id}.title`), step.id).toBeTypeOf('string');
      expect(get(RESOURCES.fr, `steps.${step.id}.help`), step.id).toBeTypeOf('string');
      for (const page of step.pages) {
        if (page.parts.length === 0) expect(get(RESOURCES.fr, `steps.${step.id}.explain`), step.id).toBeTypeOf('string');
        for (const part of page.parts) {
          const sentence = get(RESOURCES.fr, `steps.${step.id}.parts.${part.key}`);
          expect(sentence, `${step.id}.${part.key}`).toBeTypeOf('string');
          expect(sentence as string).toContain('{{label}}');
        }
      }
    }
    for (const p of JOURNEYS.flatMap((j) => j.prerequisites)) {
      expect(get(RESOURCES.fr, `prerequisites.${p.id}.title`)).toBeTypeOf('string');
      for (const note of p.notes ?? []) expect(get(RESOURCES.fr, `prerequisites.${p.id}.${note}`), `${p.id}.${note}`).toBeTypeOf('string');
    }
    // A step done away from the portal: what to do, and the words of its tick.
    for (const step of JOURNEYS.flatMap((j) => j.steps).filter((s) => s.manual)) {
      for (const key of ['explain', 'tick']) expect(get(RESOURCES.fr, `steps.${step.id}.${key}`), `${step.id}.${key}`).toBeTypeOf('string');
    }
  });
});
