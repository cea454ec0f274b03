// The release's file names: WXT's default zip templates
// ({{name}}-{{packageVersion}}-{{browser}}.zip, …-sources.zip), in .output/.
import { join } from 'node:path';

export const OUTPUT_DIR = '.output';
export const CHECKSUMS_FILE = 'SHA256SUMS';

export function artifactNames(name: string, version: string) {
  return {
    chrome: `${name}-${version}-chrome.zip`,
    firefox: `${name}-${version}-firefox.zip`,
    sources: `${name}-${version}-sources.zip`,
  };
}

export function artifactPaths(root: string, name: string, version: string) {
  const names = artifactNames(name, version);
  return {
    chrome: join(root, OUTPUT_DIR, names.chrome),
    firefox: join(root, OUTPUT_DIR, names.firefox),
    sources: join(root, OUTPUT_DIR, names.sources),
  };
}
