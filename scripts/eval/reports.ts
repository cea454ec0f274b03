// Pages imported from users' page reports (npm run fixture:import, issue 16)
// are evaluation cases too, in a category of their own: the one set of pages
// that comes from the real portal rather than from anyone's guess.
import { journeyById } from '../../guide/journey';
import type { EvalCase } from '../../tests/eval/corpus/types';
import { fixtureHtml } from '../../tests/support/fixtures';
import { REPORTS } from '../../tests/support/reports';

export function reportCases(): EvalCase[] {
  return REPORTS.map((route) => {
    const journey = journeyById(route.journey);
    const index = journey.steps.findIndex((s) => s.id === route.step);
    return {
      id: `report/${route.file}`,
      journey: route.journey as EvalCase['journey'],
      page: 'report',
      category: 'user-report',
      lang: route.lang as EvalCase['lang'],
      url: route.url,
      html: fixtureHtml(route),
      done: journey.steps.slice(0, index).map((s) => s.id),
      expect: { kind: 'step', step: route.step },
    };
  });
}
