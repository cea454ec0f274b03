// Which version strings a release accepts: three dot-separated integers, each
// 0–65535 without leading zeros — what both stores accept in a manifest
// (Chrome allows at most four parts of 0–65535; a plain x.y.z is also valid
// semver for package.json) — and higher than the current one (a store refuses
// an upload whose version is not above the last).
const PART = /^(0|[1-9]\d*)$/;

export function parseVersion(text: string): [number, number, number] | null {
  const parts = text.split('.');
  if (parts.length !== 3 || !parts.every((p) => PART.test(p))) return null;
  const numbers = parts.map(Number) as [number, number, number];
  return numbers.every((n) => n <= 65535) ? numbers : null;
}

/** Why `next` cannot follow `current`, or null when it can. */
export function versionProblem(next: string, current: string): string | null {
  const n = parseVersion(next);
  if (!n) return `"${next}" is not a version: write three numbers like 1.2.3 (each 0–65535, no leading zeros, nothing else)`;
  const c = parseVersion(current);
  if (!c) return `the current version "${current}" in package.json is not x.y.z: fix it by hand first`;
  for (let i = 0; i < 3; i++) {
    if (n[i]! > c[i]!) return null;
    if (n[i]! < c[i]!) break;
  }
  return `${next} is not above the current version ${current}: the stores refuse a version that does not go up`;
}
