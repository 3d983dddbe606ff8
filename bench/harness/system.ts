import path from 'node:path';
import { Client } from 'pg';
import { ALL_SERVICES, type ServiceName } from '@budgetflow/contracts';
import { quoteIdentifier } from '@budgetflow/runtime';
import { seedAll } from '../../tools/db/seed';
import { ServiceProcesses, waitForHealthy } from '../../tools/dev/service-processes';
import {
  createIsolatedEnvironment,
  freePort,
  type IsolatedEnvironment,
} from '../../e2e/support/isolated-environment';
import { log } from './util';

/** The services that keep state, each given its own database here so that its commits can be counted. */
export const STATEFUL_SERVICES = ['gateway', 'submission', 'workflow', 'publication'] as const;
export type StatefulService = (typeof STATEFUL_SERVICES)[number];

export interface BenchSystem {
  environment: IsolatedEnvironment;
  /** One gateway URL per instance. */
  gateways: string[];
  instances: number;
  /** Each stateful service's database URL (pg_stat_database counts per database). */
  databases: Record<StatefulService, string>;
  /** Restarts every instance of a service with extra settings (e.g. PUBLICATION_FORMATS). */
  restart(service: ServiceName, extraEnv: NodeJS.ProcessEnv): Promise<void>;
  /** Every process id of a service, instance by instance. */
  pids(service: ServiceName): number[];
  recentOutput(): string;
  stop(): Promise<void>;
}

const distDir = path.resolve(__dirname, '..', '..');

/**
 * The whole system as separate processes from dist/, in an isolated namespace (e2e/support), with
 * `instances` processes of every service. The services share one PostgreSQL server but each opens
 * its own database (`<isolated database>_<service>`): no service reads another's tables, so this
 * changes nothing for them, and pg_stat_database then counts each service's transactions apart.
 */
export async function startBenchSystem(options: {
  label: string;
  instances: number;
  serviceEnv?: Partial<Record<ServiceName, NodeJS.ProcessEnv>>;
}): Promise<BenchSystem> {
  const environment = await createIsolatedEnvironment(options.label);
  const databases = Object.fromEntries(
    STATEFUL_SERVICES.map((service) => {
      const url = new URL(environment.databaseUrl);
      url.pathname = `${url.pathname}_${service}`;
      return [service, url.toString()];
    }),
  ) as Record<StatefulService, string>;
  // Users live in the gateway's database, drafts in submission's.
  await seedAll(databases.gateway, environment.namespace);
  await seedAll(databases.submission, environment.namespace);

  const output: string[] = [];
  const upLines = new Map<number, () => void>();
  const sets: ServiceProcesses[] = [];
  const gateways: string[] = [];
  const serviceEnv = { ...options.serviceEnv };
  for (let instance = 0; instance < options.instances; instance++) {
    const port = instance === 0 ? environment.port : await freePort();
    gateways.push(`http://127.0.0.1:${port}`);
    const processes = new ServiceProcesses({
      distDir,
      env: { ...environment.env, LOG_LEVEL: 'log' },
      sink: (service, line) => {
        if (/ is up (on|\(pid)/.test(line)) {
          const pid = Number(/pid (\d+)/.exec(line)?.[1]);
          upLines.get(pid)?.();
        }
        if (/\b(ERROR|WARN)\b|exited|cannot start/.test(line)) {
          output.push(`${service}#${instance + 1} | ${line}`);
          if (output.length > 200) output.shift();
        }
      },
    });
    sets.push(processes);
    for (const service of ALL_SERVICES) {
      processes.start(service, envFor(service, databases, port, serviceEnv[service]));
    }
  }
  const recentOutput = () => output.slice(-40).join('\n');

  const waitUp = async (processes: ServiceProcesses[], services: readonly ServiceName[]) => {
    const waits = processes.flatMap((set) =>
      services.map((service) => {
        const child = set.get(service)!;
        return new Promise<void>((resolve, reject) => {
          upLines.set(child.pid!, resolve);
          child.once('exit', (code) => reject(new Error(`${service} exited (${code}) while starting`)));
          setTimeout(() => reject(new Error(`${service} did not start within 60 s`)), 60_000).unref();
        });
      }),
    );
    await Promise.all(waits).catch((error: Error) => {
      throw new Error(`${error.message}\n${recentOutput()}`);
    });
  };

  const stop = async () => {
    await Promise.all(sets.map((set) => set.stopAll()));
    await environment.cleanup().catch(() => undefined);
    await dropDatabases(Object.values(databases));
  };
  try {
    await waitUp(sets, ALL_SERVICES);
    for (const gateway of gateways) await waitForHealthy(gateway, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  log(
    `${options.label}: ${options.instances} instance(s) of every service up (namespace ${environment.namespace})`,
  );

  return {
    environment,
    gateways,
    instances: options.instances,
    databases,
    pids: (service) => sets.map((set) => set.get(service)?.pid ?? 0),
    restart: async (service, extraEnv) => {
      serviceEnv[service] = { ...serviceEnv[service], ...extraEnv };
      await Promise.all(sets.map((set) => set.stop(service)));
      sets.forEach((set, instance) => {
        const port = Number(new URL(gateways[instance]).port);
        set.start(service, envFor(service, databases, port, serviceEnv[service]));
      });
      await waitUp(sets, [service]);
      for (const gateway of gateways) await waitForHealthy(gateway, 60_000);
    },
    recentOutput,
    stop,
  };
}

function envFor(
  service: ServiceName,
  databases: Record<StatefulService, string>,
  port: number,
  extra: NodeJS.ProcessEnv = {},
): NodeJS.ProcessEnv {
  const database = (databases as Partial<Record<ServiceName, string>>)[service];
  return { ...(database ? { DATABASE_URL: database } : {}), PORT: String(port), ...extra };
}

async function dropDatabases(urls: string[]): Promise<void> {
  const maintenance = new URL(urls[0]);
  maintenance.pathname = '/postgres';
  const client = new Client({ connectionString: maintenance.toString() });
  await client.connect();
  try {
    for (const url of urls) {
      const name = decodeURIComponent(new URL(url).pathname.slice(1));
      await client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`);
    }
  } finally {
    await client.end();
  }
}
