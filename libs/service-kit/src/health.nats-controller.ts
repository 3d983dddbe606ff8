import { Controller, Inject, type Type } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import type { ServiceHealthReport } from '@budgetflow/contracts';
import { serviceHealthReport } from './health-probe';
import { SERVICE_RESOURCES, type ServiceResources } from './service-resources';

/** The subject depends on the installation's namespace, so the controller is made per service. */
export function healthNatsController(subject: string): Type<unknown> {
  @Controller()
  class HealthNatsController {
    constructor(@Inject(SERVICE_RESOURCES) private readonly resources: ServiceResources) {}

    @MessagePattern(subject)
    health(): Promise<ServiceHealthReport> {
      return serviceHealthReport(this.resources);
    }
  }
  return HealthNatsController;
}
