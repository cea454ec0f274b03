// The shape of a page outline (issue 16): what "Describe this page" shows, what
// a user may send, what `npm run fixture:import` turns back into a page. The
// page is kept as JsonML ([tag, attributes, ...children]; a child string is
// text), already masked: nothing in it was typed, and no word that is not the
// portal's own survives (lib/outline/mask.ts).

/** Bumped when the shape changes; the importer refuses versions it does not know. */
export const OUTLINE_VERSION = 1;
export const OUTLINE_KIND = 'csam-guide-page-outline';

export type OutlineNode = string | OutlineElement;
export type OutlineElement = [tag: string, attributes: Record<string, string>, ...children: OutlineNode[]];

export interface OutlineCounts {
  headings: number;
  links: number;
  buttons: number;
  forms: number;
  fields: number;
  required: number;
  checkboxes: number;
  ticked: number;
  tables: number;
  rows: number;
  dialogs: number;
  frames: number;
}

export interface PageOutline {
  version: typeof OUTLINE_VERSION;
  kind: typeof OUTLINE_KIND;
  /** The day it was made (no time: nothing more precise is needed). */
  made: string;
  /** The extension's version and the journey chosen in the popup. */
  extension: string;
  journey: string;
  /** What the guide made of the page: a step, "unsure", "unknown"… and whether the target was found. */
  guide: { result: string; step?: string; page?: string; target?: 'found' | 'missing'; candidates?: string[] };
  page: { host: string; path: string; lang: string; title: string; frame: boolean };
  counts: OutlineCounts;
  /** Elements left out: the middle of long lists (their first rows say what they are), and past the size limit. */
  skipped: number;
  body: OutlineElement;
}
