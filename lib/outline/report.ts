// A page outline as the user sees it before sending it: a line of counts, and
// the outline itself as JSON (what "Copy" and "Save as file" give).
import type { Translate } from '../translate';
import type { OutlineCounts, PageOutline } from './outline';

/**
 * JSON with one line per top-level field (readable at a glance: version,
 * page, what the guide made of it), the page's structure on one line.
 */
export function outlineJson(outline: PageOutline): string {
  const lines = Object.entries(outline).map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

/** The counts worth saying ("Headings 3 · Links 12 · Fields 7 · Required 3"), zeros left out. */
export function outlineSummary(counts: OutlineCounts, t: Translate): string {
  return (Object.entries(counts) as [keyof OutlineCounts, number][])
    .filter(([, n]) => n > 0)
    .map(([key, n]) => `${t(`report.counts.${key}`)} ${n}`)
    .join(' · ');
}

/** The file name offered by "Save as file": the day and the host, nothing else. */
export function outlineFileName(outline: PageOutline): string {
  return `csam-guide-page-${outline.page.host.replace(/[^a-z0-9.-]/g, '')}-${outline.made}.json`;
}

export interface PageReport {
  json: string;
  summary: string;
  fileName: string;
}

export function pageReport(outline: PageOutline, t: Translate): PageReport {
  return { json: outlineJson(outline), summary: outlineSummary(outline.counts, t), fileName: outlineFileName(outline) };
}
