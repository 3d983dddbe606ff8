import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { ALL_SERVICES, type ServiceName, type SystemHealthReport } from '@budgetflow/contracts';

export type LineSink = (service: ServiceName, line: string) => void;

const COLORS = [36, 32, 33, 35, 34];

/** Writes each service's output line by line, prefixed with its name (coloured on a terminal). */
export function prefixedConsole(stream: NodeJS.WriteStream = process.stdout): LineSink {
  const width = Math.max(...ALL_SERVICES.map((s) => s.length));
  return (service, line) => {
    const label = service.padEnd(width);
    const color = COLORS[ALL_SERVICES.indexOf(service) % COLORS.length];
    stream.write(stream.isTTY ? `\x1b[${color}m${label} |\x1b[0m ${line}\n` : `${label} | ${line}\n`);
  };
}

/**
 * Runs the services as separate Node processes from the compiled output, the way a user (npm
 * start) and the end-to-end tests run them: each can be killed and restarted on its own.
 */
export class ServiceProcesses {
  private readonly running = new Map<ServiceName, ChildProcess>();

  constructor(private readonly options: { distDir: string; env?: NodeJS.ProcessEnv; sink?: LineSink }) {}

  start(service: ServiceName, extraEnv: NodeJS.ProcessEnv = {}): ChildProcess {
    const entry = path.join(this.options.distDir, 'apps', service, 'src', 'main.js');
    const child = spawn(process.execPath, ['--enable-source-maps', entry], {
      env: { ...process.env, ...this.options.env, ...extraEnv, FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const sink = this.options.sink;
    for (const stream of [child.stdout, child.stderr]) {
      readline.createInterface({ input: stream }).on('line', (line) => sink?.(service, stripAnsi(line)));
    }
    this.running.set(service, child);
    child.once('exit', (code, signal) => {
      if (this.running.get(service) === child) this.running.delete(service);
      sink?.(service, `exited (${signal ?? `code ${code}`})`);
    });
    return child;
  }

  startAll(services: readonly ServiceName[] = ALL_SERVICES): void {
    for (const service of services) this.start(service);
  }

  get(service: ServiceName): ChildProcess | undefined {
    return this.running.get(service);
  }

  /** Stops every service: SIGTERM, then SIGKILL for any that has not exited within the grace time. */
  async stopAll(graceMs = 5000): Promise<void> {
    await Promise.all([...this.running.keys()].map((service) => this.stop(service, graceMs)));
  }

  async stop(
    service: ServiceName,
    graceMs = 5000,
    signal: NodeJS.Signals = 'SIGTERM',
  ): Promise<number | null> {
    const child = this.running.get(service);
    if (!child || child.exitCode !== null) return child?.exitCode ?? null;
    const exited = exitOf(child);
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    try {
      return await exited;
    } finally {
      clearTimeout(timer);
    }
  }
}

export function exitOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** Polls GET /api/health until every service and dependency is up, or the time runs out. */
export async function waitForHealthy(baseUrl: string, timeoutMs = 60_000): Promise<SystemHealthReport> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(3000) });
      const report = (await response.json()) as SystemHealthReport;
      if (response.status === 200 && report.status === 'up') return report;
      last = describeDown(report);
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the system did not become healthy within ${timeoutMs} ms: ${last}`);
}

export function describeDown(report: SystemHealthReport): string {
  const parts = [
    ...Object.entries(report.services ?? {})
      .filter(([, s]) => s.status !== 'up')
      .map(([name, s]) => `${name}: ${s.detail ?? 'down'}`),
    ...Object.entries(report.infrastructure ?? {})
      .filter(([, d]) => d.status !== 'up')
      .map(([name, d]) => `${name}: ${d.detail ?? 'down'}`),
  ];
  return parts.join('; ') || 'down';
}

function stripAnsi(line: string): string {
  // eslint-disable-next-line no-control-regex
  return line.replace(/\x1b\[[0-9;]*m/g, '');
}
