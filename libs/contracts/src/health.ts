import type { ServiceName } from './services';

export type DependencyName = 'postgres' | 'nats' | 'jetstream' | 'redis';
export type HealthStatus = 'up' | 'down';

export interface DependencyHealth {
  status: HealthStatus;
  /** Why it is down, or a short fact about it when up (e.g. the stream's message count). */
  detail?: string;
  latencyMs?: number;
}

/** What each service answers to its `health` command. */
export interface ServiceHealthReport {
  service: ServiceName;
  status: HealthStatus;
  instance: string;
  version: string;
  uptimeSeconds: number;
  dependencies: Partial<Record<DependencyName, DependencyHealth>>;
}

/** GET /api/health: every service and every piece of infrastructure. */
export interface SystemHealthReport {
  status: HealthStatus;
  checkedAt: string;
  services: Record<ServiceName, { status: HealthStatus; detail?: string; report?: ServiceHealthReport }>;
  infrastructure: Record<DependencyName, DependencyHealth>;
}
