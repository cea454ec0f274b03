// Replica pages made from users' page reports by `npm run fixture:import`
// (tests/fixtures/portal/reports.json): each names the step the page is.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportRoute } from '../../scripts/fixtures/importReport';
import { FIXTURES_DIR } from './fixtures';

export type { ReportRoute };
export const REPORTS_FILE = join(FIXTURES_DIR, 'reports.json');
export const REPORTS: ReportRoute[] = JSON.parse(readFileSync(REPORTS_FILE, 'utf8'));
