// axe-core run inside a page (the overlay's shadow host, or the popup), for the accessibility specs.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PortalPage } from './drivers';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe on `selector` (our shadow host, or the popup) with WCAG 2.2 A/AA rules; returns the violations. */
export async function axe(page: PortalPage, selector: string) {
  return page.evaluate(
    async ([source, sel]) => {
      if (!(window as unknown as { axe?: unknown }).axe) (0, eval)(source!);
      const run = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run;
      const result = await run({ include: [[sel!]] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    },
    [AXE, selector],
  );
}

