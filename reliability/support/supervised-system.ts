import path from 'node:path';
import { ALL_SERVICES, type ServiceName } from '@budgetflow/contracts';
import { ServiceProcesses } from '../../tools/dev/service-processes';
import { sleep } from './private-infra';

export interface UnplannedExit {
  service: ServiceName;
  at: number;
  how: string;
  /** The service's last lines before it exited. */
  lastLines: string[];
}

/**
 * The five services as separate processes from dist/, restarted by us the way a process
 * supervisor (systemd, Kubernetes) would: after a kill we injected, and after any exit we did
 * not ask for, which is recorded (a service that dies by itself is a finding).
 */
export class SupervisedSystem {
  readonly processes: ServiceProcesses;
  readonly unplannedExits: UnplannedExit[] = [];
  private readonly output = new Map<ServiceName, string[]>();
  private readonly killing = new Set<ServiceName>();
  private stopping = false;

  constructor(distDir: string, env: NodeJS.ProcessEnv) {
    this.processes = new ServiceProcesses({
      distDir: path.resolve(distDir),
      env,
      sink: (service, line) => {
        const lines = this.output.get(service) ?? [];
        lines.push(line);
        if (lines.length > 200) lines.shift();
        this.output.set(service, lines);
        if (process.env.RELIABILITY_VERBOSE) process.stderr.write(`${service} | ${line}\n`);
      },
    });
  }

  startAll(): void {
    for (const service of ALL_SERVICES) this.start(service);
  }

  private start(service: ServiceName): void {
    const child = this.processes.start(service);
    child.once('exit', (code, signal) => {
      if (this.stopping || this.killing.has(service)) return;
      this.unplannedExits.push({
        service,
        at: Date.now(),
        how: signal ?? `code ${code}`,
        lastLines: (this.output.get(service) ?? []).slice(-6),
      });
      // Restarted like a supervisor would, after a pause.
      setTimeout(() => {
        if (!this.stopping && !this.processes.get(service)) this.start(service);
      }, 1000);
    });
  }

  /** SIGKILL, a pause, and a fresh process. */
  async kill(service: ServiceName, downMs: number): Promise<void> {
    this.killing.add(service);
    try {
      await this.processes.stop(service, 0, 'SIGKILL');
      await sleep(downMs);
      this.start(service);
    } finally {
      this.killing.delete(service);
    }
  }

  /** SIGKILL now; the caller restarts it with `restart` when it chooses. */
  async killAndHold(service: ServiceName): Promise<void> {
    this.killing.add(service);
    await this.processes.stop(service, 0, 'SIGKILL');
  }

  restart(service: ServiceName): void {
    this.start(service);
    this.killing.delete(service);
  }

  recentOutput(service: ServiceName, lines = 20): string[] {
    return (this.output.get(service) ?? []).slice(-lines);
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.processes.stopAll(8000);
  }
}
