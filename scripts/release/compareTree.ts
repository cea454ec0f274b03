// What an add-on reviewer's diff says: the files of a package against the
// files of a directory built from its sources.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under `dir`, by its path relative to it (with `/`). */
export function readTree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(dir, path).split('\\').join('/'), readFileSync(path));
    }
  };
  walk(dir);
  return files;
}

/** The differences, one line each: missing on either side, or different bytes. Empty when identical. */
export function compareFiles(expected: Map<string, Buffer>, actual: Map<string, Buffer>): string[] {
  const differences: string[] = [];
  for (const [name, content] of expected) {
    const other = actual.get(name);
    if (!other) differences.push(`${name}: missing from the rebuild`);
    else if (!content.equals(other)) differences.push(`${name}: differs (${content.length} bytes in the package, ${other.length} rebuilt)`);
  }
  for (const name of actual.keys()) if (!expected.has(name)) differences.push(`${name}: only in the rebuild`);
  return differences.sort();
}
