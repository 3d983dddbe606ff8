import os from 'node:os';
import type { DependencyHealth, DependencyName, ServiceHealthReport } from '@budgetflow/contracts';
import { checkJetStream, checkNats } from '@budgetflow/messaging';
import { checkPostgres, checkRedis } from '@budgetflow/runtime';
import type { ServiceResources } from './service-resources';

const startedAt = Date.now();
const instance = `${os.hostname()}:${process.pid}`;
const version = process.env.npm_package_version ?? '0.1.0';

/** Checks every dependency the service holds, concurrently. */
export async function probeDependencies(
  resources: ServiceResources,
): Promise<Partial<Record<DependencyName, DependencyHealth>>> {
  const { nats, database, redis, settings } = resources;
  const checks: [DependencyName, Promise<DependencyHealth>][] = [
    ['nats', checkNats(nats)],
    ['jetstream', checkJetStream(nats, settings.BUDGETFLOW_NAMESPACE)],
  ];
  if (database) checks.push(['postgres', checkPostgres(database)]);
  if (redis) checks.push(['redis', checkRedis(redis)]);
  const results = await Promise.all(checks.map(([, check]) => check));
  return Object.fromEntries(checks.map(([name], i) => [name, results[i]]));
}

export async function serviceHealthReport(resources: ServiceResources): Promise<ServiceHealthReport> {
  const dependencies = await probeDependencies(resources);
  const allUp = Object.values(dependencies).every((d) => d.status === 'up');
  return {
    service: resources.service,
    status: allUp ? 'up' : 'down',
    instance,
    version,
    uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
    dependencies,
  };
}
