// The environment of a fresh shell, for commands run on behalf of someone
// else (an add-on reviewer): `npm run` adds its own variables and PATH entries
// (npm_config_local_prefix points at this checkout; node_modules/.bin puts this
// checkout's Node first), and a rebuild must not see them.
const KEPT_NPM_SETTINGS = new Set(['npm_config_cache', 'npm_config_userconfig', 'npm_config_globalconfig', 'npm_config_cafile', 'npm_config_registry']);

export function cleanEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(env)) {
    if (/^npm_/i.test(key) && !KEPT_NPM_SETTINGS.has(key.toLowerCase())) continue;
    if (key === 'INIT_CWD' || key === 'NODE') continue;
    out[key] = value;
  }
  out.PATH = (env.PATH ?? '')
    .split(':')
    .filter((dir) => dir && !dir.endsWith('node_modules/.bin') && !dir.includes('@npmcli/run-script'))
    .join(':');
  return out;
}
