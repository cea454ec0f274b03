// What only some users need, kept out of the guide every portal page compiles
// (issue 15): the page outline ("Describe this page", issue 16) and the page
// signatures of remembered corrections. They are a module of their own in the
// package (WXT's unlisted script `entrypoints/portal-extras`), imported by the
// loader when the help panel or the "not sure" card shows, when the user asks
// for a report, or when they have saved corrections.
import type { pageSignature } from './corrections/pageSignature';
import type { buildOutline, guideSummary } from './outline/buildOutline';
import type { pageReport } from './outline/report';
import { publish, published } from './isolatedExport';

export const EXTRAS_MODULE_PATH = '/portal-extras.js';

export interface Extras {
  pageSignature: typeof pageSignature;
  buildOutline: typeof buildOutline;
  guideSummary: typeof guideSummary;
  pageReport: typeof pageReport;
}

/** Imports the extras once; later calls share the same promise. */
export type LoadExtras = () => Promise<Extras>;

/** Set by the module when it runs (lib/isolatedExport.ts), like the guide's (lib/guideModule.ts). */
const KEY = '__csamGuideExtras';

export function exportExtras(extras: Extras): void {
  publish(KEY, extras);
}

export function importedExtras(): Extras | null {
  const extras = published(KEY);
  return typeof extras === 'object' && extras !== null ? (extras as Extras) : null;
}
