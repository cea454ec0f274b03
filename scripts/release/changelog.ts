// CHANGELOG.md: what changed goes under "## Unreleased" as it is merged; a
// release turns that section into "## <version> — <date>" and opens a new,
// empty "Unreleased" above it. Newest first.
const UNRELEASED = '## Unreleased';

/** The text between "## Unreleased" and the next "## " heading, trimmed; null when there is no such heading. */
export function unreleasedNotes(changelog: string): string | null {
  const lines = changelog.split('\n');
  const start = lines.findIndex((line) => line.trim() === UNRELEASED);
  if (start < 0) return null;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => line.startsWith('## '));
  return (end < 0 ? rest : rest.slice(0, end)).join('\n').trim();
}

export function hasVersion(changelog: string, version: string): boolean {
  return changelog.split('\n').some((line) => line.startsWith(`## ${version} `) || line.trim() === `## ${version}`);
}

/** Why the changelog cannot take this release, or null when it can. */
export function changelogProblem(changelog: string, version: string): string | null {
  if (hasVersion(changelog, version)) return `CHANGELOG.md already has a "## ${version}" entry`;
  const notes = unreleasedNotes(changelog);
  if (notes === null) return `CHANGELOG.md has no "${UNRELEASED}" section`;
  if (notes === '') return `CHANGELOG.md's "${UNRELEASED}" section is empty: say what this release changes first`;
  return null;
}

/** The changelog with "## Unreleased" renamed to the release and a new empty "## Unreleased" above it. */
export function releaseChangelog(changelog: string, version: string, date: string): string {
  const problem = changelogProblem(changelog, version);
  if (problem) throw new Error(problem);
  const lines = changelog.split('\n');
  const start = lines.findIndex((line) => line.trim() === UNRELEASED);
  return [...lines.slice(0, start), UNRELEASED, '', `## ${version} — ${date}`, ...lines.slice(start + 1)].join('\n');
}
