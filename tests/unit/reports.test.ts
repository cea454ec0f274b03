// Pages imported from users' page reports (npm run fixture:import, issue 16):
// each is recognised as the step the maintainer said it is; the importer
// refuses what is not a report made by the extension.
import { describe, expect, it } from 'vitest';
import { journeyById } from '../../guide/journey';
import { buildOutline, guideSummary } from '../../lib/outline/buildOutline';
import { outlineJson } from '../../lib/outline/report';
import { scanPage } from '../../lib/recognition/scanPage';
import { importReport } from '../../scripts/fixtures/importReport';
import { ALL_PAGES, BRANCHES, fixtureHtml, loadDocument } from '../support/fixtures';
import { REPORTS } from '../support/reports';

/** The user reached the page the natural way: every step before it is done. */
const walkedTo = (journeyId: string, step: string) => {
  const journey = journeyById(journeyId);
  const index = journey.steps.findIndex((s) => s.id === step);
  return { done: journey.steps.slice(0, index).map((s) => s.id), skipped: [] };
};

describe.each(REPORTS.map((r) => [r.file, r] as const))('report %s', (_file, route) => {
  it(`is ${route.journey} step ${route.step}`, () => {
    const { doc, url } = loadDocument(fixtureHtml(route), route.url);
    const scan = scanPage(doc, url, journeyById(route.journey), { progress: walkedTo(route.journey, route.step) });
    expect(scan.kind === 'step' && scan.stepId).toBe(route.step);
  });
});

const reportOf = (file: string, journeyId: string) => {
  const route = [...ALL_PAGES, ...BRANCHES].find((r) => r.file === file)!;
  const { doc, url } = loadDocument(fixtureHtml(route), route.url);
  const scan = scanPage(doc, url, journeyById(journeyId));
  return { route, text: outlineJson(buildOutline(doc, { url, journey: journeyId, extension: '0.1.0', guide: guideSummary(scan), visibility: true, today: '2026-11-30' })) };
};

describe('npm run fixture:import', () => {
  it('turns a report into a page recognised as the step named, at the page’s host and masked path', () => {
    const { route, text } = reportOf('uman-user-form/nl.html', 'add-access');
    const { html, route: imported } = importReport(text, { step: 'fill-required', today: '2026-12-01', index: 7 });
    expect(imported).toMatchObject({ step: 'fill-required', journey: 'add-access', lang: 'nl', file: 'reports/2026-11-30-add-access-fill-required-7.html' });
    expect(new URL(imported.url).host).toBe(new URL(route.url).host);
    expect(html).toMatch(/^<!-- From a user's page report made 2026-11-30/);
    const { doc, url } = loadDocument(html, imported.url);
    const scan = scanPage(doc, url, journeyById('add-access'), { progress: walkedTo('add-access', 'fill-required') });
    expect(scan.kind === 'step' && scan.stepId).toBe('fill-required');
  });

  it('refuses what is not a report made by the extension', () => {
    const { text } = reportOf('uman-user-form/nl.html', 'add-access');
    const options = { step: 'fill-required', today: '2026-12-01', index: 1 };
    expect(() => importReport('Hello', options)).toThrow(/not JSON/);
    expect(() => importReport('{"kind":"other"}', options)).toThrow(/not a page report/);
    expect(() => importReport(text.replace('"version": 1', '"version": 99'), options)).toThrow(/version 99/);
    expect(() => importReport(text.replace(/"xxxx xxxxxxxx"|"Peeters"/, '"Jan Peeters 85.07.30-033.28"'), options)).toThrow(/digits or an e-mail/);
    expect(() => importReport(text, { ...options, step: 'nowhere' })).toThrow(/No step "nowhere"/);
  });
});
