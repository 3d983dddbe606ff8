import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ServiceName } from '@budgetflow/contracts';
import { seedAll } from '../../tools/db/seed';
import { ServiceProcesses, waitForHealthy } from '../../tools/dev/service-processes';
import { createIsolatedEnvironment, type IsolatedEnvironment } from './isolated-environment';

const distDir = path.resolve(__dirname, '..', '..', 'dist');

export interface RunningSystem {
  environment: IsolatedEnvironment;
  processes: ServiceProcesses;
  /** The last lines the services printed, for a failing test's message. */
  recentOutput(): string;
  stop(): Promise<void>;
}

/**
 * Every service as a separate process from the compiled output, in an isolated database and
 * namespace, with the demo users and seed budgets loaded, healthy before it is handed over.
 */
export async function startSystem(label: string): Promise<RunningSystem> {
  if (!existsSync(path.join(distDir, 'apps', 'gateway', 'src', 'main.js'))) {
    throw new Error('build first: npm run build (npm test does it)');
  }
  const environment = await createIsolatedEnvironment(label);
  await seedAll(environment.databaseUrl, environment.namespace);
  const output: string[] = [];
  const processes = new ServiceProcesses({
    distDir,
    env: environment.env,
    sink: (service: ServiceName, line: string) => {
      output.push(`${service} | ${line}`);
      if (output.length > 400) output.shift();
    },
  });
  processes.startAll();
  const recentOutput = () => output.slice(-60).join('\n');
  await waitForHealthy(environment.baseUrl, 60_000).catch(async (error: Error) => {
    // Stop what was started, or the test run waits for ever on the orphaned processes.
    await processes.stopAll();
    await environment.cleanup();
    throw new Error(`${error.message}\n${recentOutput()}`);
  });
  return {
    environment,
    processes,
    recentOutput,
    stop: async () => {
      await processes.stopAll();
      await environment.cleanup();
    },
  };
}
