// Start-up of the shipped command (dist/, built first when the sources are newer), each beside
// bare Node measured the same way in the same run: `newsbot --help` CPU time (target within 3×
// `node -e 0`) and `newsbot query` wall time against the bench's store (target under 0.5 s at
// 100,000 articles).
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const BIN = path.join(ROOT, 'bin', 'newsbot.js');
const REPORT_CPU = path.join(ROOT, 'bench', 'report-cpu.mjs');
const RUNS = 7;

export function runCliBench(options: { dataDir: string; articles: number; log: (figure: object) => void }): void {
  buildIfStale();
  const env = { PATH: process.env.PATH ?? '', DATA_DIR: options.dataDir, DEFAULT_FEEDS: 'on' };

  const bareCpu = median(times(() => cpuMs(['-e', '0'], env)));
  const helpCpu = median(times(() => cpuMs([BIN, '--help'], env)));
  options.log({ name: 'node_bare_cpu', value: round(bareCpu), unit: 'ms', runs: RUNS });
  options.log({ name: 'cli_help_cpu', value: round(helpCpu), unit: 'ms', runs: RUNS, node_bare_cpu: round(bareCpu), ratio: round(helpCpu / bareCpu), target_ratio: 3 });

  const bareWall = median(times(() => wallMs(['-e', '0'], env)));
  const queryWall = median(times(() => wallMs([BIN, 'query', 'ai', 'model', '--limit', '5'], env)));
  options.log({ name: 'node_bare_wall', value: round(bareWall), unit: 'ms', runs: RUNS });
  options.log({
    name: 'cli_query_wall',
    value: round(queryWall),
    unit: 'ms',
    articles: options.articles,
    runs: RUNS,
    node_bare_wall: round(bareWall),
    ratio: round(queryWall / bareWall),
    target_ms: 500,
  });
}

/** The bench measures what ships: dist/ rebuilt when any source is newer. */
function buildIfStale(): void {
  const built = statSafe(path.join(ROOT, 'dist', 'src', 'cli.js'));
  if (built !== undefined && newest(path.join(ROOT, 'src')) <= built && newest(path.join(ROOT, 'commands')) <= built) return;
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
}

function cpuMs(args: string[], env: Record<string, string>): number {
  const result = spawnSync(process.execPath, ['--import', REPORT_CPU, ...args], { env, encoding: 'utf8' });
  const reported = /cpu-ms ([\d.]+)/.exec(result.stderr);
  if (result.status !== 0 || !reported) throw new Error(`cli bench: node ${args.join(' ')} failed: ${result.stderr}`);
  return Number(reported[1]);
}

function wallMs(args: string[], env: Record<string, string>): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { env, encoding: 'utf8' });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`cli bench: node ${args.join(' ')} failed: ${result.stderr}`);
  return ms;
}

function times(measure: () => number): number[] {
  return Array.from({ length: RUNS }, measure);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) latest = Math.max(latest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return latest;
}

function statSafe(file: string): number | undefined {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
