// The hosts the journey crosses (PORTAL.md, "Hosts and pages"). Only these get the
// content script; the manifest's host access is derived from this list and nothing wider.
export const JOURNEY_HOSTS = [
  'www.csam.be',
  'csam.be',
  'www.socialsecurity.be',
  'idp.iamfas.belgium.be',
  'iamapps.belgium.be',
] as const;

export const JOURNEY_MATCHES = JOURNEY_HOSTS.map((host) => `https://${host}/*`);

export function isJourneyHost(hostname: string): boolean {
  return (JOURNEY_HOSTS as readonly string[]).includes(hostname.toLowerCase());
}
