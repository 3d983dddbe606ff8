import { Inject, Injectable } from '@nestjs/common';
import {
  BACKEND_SERVICES,
  type BackendService,
  type ServiceHealthReport,
  type SystemHealthReport,
} from '@budgetflow/contracts';
import {
  probeDependencies,
  serviceHealthReport,
  SERVICE_RESOURCES,
  type ServiceResources,
} from '@budgetflow/service-kit';
import { BackendClient } from '../backend/backend-client';

const SERVICE_HEALTH_TIMEOUT_MS = 2000;

/** Asks every backend service for its health over NATS and checks the infrastructure itself. */
@Injectable()
export class SystemHealth {
  constructor(
    @Inject(SERVICE_RESOURCES) private readonly resources: ServiceResources,
    private readonly backend: BackendClient,
  ) {}

  async report(): Promise<SystemHealthReport> {
    const [gateway, infrastructure, ...backends] = await Promise.all([
      serviceHealthReport(this.resources),
      probeDependencies(this.resources),
      ...BACKEND_SERVICES.map((service) => this.askService(service)),
    ]);
    const services = {
      gateway: { status: gateway.status, report: gateway },
      ...Object.fromEntries(BACKEND_SERVICES.map((service, i) => [service, backends[i]])),
    } as SystemHealthReport['services'];
    const infra = {
      postgres: infrastructure.postgres ?? { status: 'down', detail: 'not checked' },
      nats: infrastructure.nats ?? { status: 'down', detail: 'not checked' },
      jetstream: infrastructure.jetstream ?? { status: 'down', detail: 'not checked' },
      redis: infrastructure.redis ?? { status: 'down', detail: 'not checked' },
    } satisfies SystemHealthReport['infrastructure'];
    const allUp = [...Object.values(services), ...Object.values(infra)].every((part) => part.status === 'up');
    return {
      status: allUp ? 'up' : 'down',
      checkedAt: new Date().toISOString(),
      services,
      infrastructure: infra,
    };
  }

  private async askService(service: BackendService): Promise<SystemHealthReport['services'][BackendService]> {
    try {
      const report = await this.backend.request<ServiceHealthReport>(
        service,
        'health',
        {},
        SERVICE_HEALTH_TIMEOUT_MS,
      );
      return { status: report.status, report };
    } catch (error) {
      return { status: 'down', detail: error instanceof Error ? error.message : String(error) };
    }
  }
}
