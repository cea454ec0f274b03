// What the helpdesk may see: where the guide thinks the user is and why.
// Built from the page's address and headings scores only — never from fields,
// never a query string, and digit runs in paths (which could be a national
// number) are masked.
import type { Scan } from './recognition/scanPage';

export interface PageDiagnostics {
  host: string;
  path: string;
  lang: string;
  result: string;
  scores: { page: string; score: number }[];
  at: string;
}

/** The path without query or hash, with every run of 5+ digits masked. */
export function maskPath(pathname: string): string {
  return pathname.replace(/\d{5,}/g, (run) => '#'.repeat(Math.min(run.length, 11))).slice(0, 200);
}

export function pageDiagnostics(url: URL, lang: string, scan: Scan, now = new Date()): PageDiagnostics {
  const result =
    scan.kind === 'step' ? `${scan.stepId}/${scan.part?.key ?? 'explain'}${scan.target ? '' : scan.part ? ' (target not found)' : ''}` : scan.kind;
  return {
    host: url.hostname,
    path: maskPath(url.pathname),
    lang: /^[a-z]{2}$/.test(lang) ? lang : '',
    result,
    scores: scan.candidates.slice(0, 4).map((c) => ({ page: c.page.key, score: c.score })),
    at: now.toISOString().slice(0, 16),
  };
}

export interface DiagnosticsReport {
  extension: string;
  browser: string;
  journey: string;
  done: string[];
  lastStep: string | null;
  lastPage: PageDiagnostics | null;
}

/** "Firefox 153" / "Chrome 156" from a user agent: enough for a helpdesk, nothing more. */
export function browserName(userAgent: string): string {
  const m = /(Firefox|Edg|Chrome)\/(\d+)/.exec(userAgent);
  return m ? `${m[1] === 'Edg' ? 'Edge' : m[1]} ${m[2]}` : 'unknown';
}

export function formatDiagnostics(report: DiagnosticsReport): string {
  return JSON.stringify(report, null, 2);
}
