// Runs a command for the release scripts: its output goes to stderr (stdout
// stays for the script's own summary), and a failure throws with its exit code.
import { spawnSync } from 'node:child_process';

export function run(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): void {
  const result = spawnSync(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', process.stderr, process.stderr] });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`\`${command} ${args.join(' ')}\` in ${options.cwd} failed (exit ${result.status ?? result.signal})`);
}
