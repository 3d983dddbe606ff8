import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { ClientNats } from '@nestjs/microservices';
import { firstValueFrom, timeout } from 'rxjs';
import { commandSubject, type BackendService } from '@budgetflow/contracts';
import { SERVICE_RESOURCES, type ServiceResources } from '@budgetflow/service-kit';

/** A backend service did not answer: the gateway says so (503) instead of hanging. */
export class ServiceUnavailableError extends Error {
  readonly code = 'SERVICE.UNAVAILABLE';
  constructor(
    readonly service: BackendService,
    reason: string,
  ) {
    super(`the ${service} service is not available (${reason}); try again shortly`);
  }
}

/** Request/reply to the backend services over NATS, with a timeout on every request. */
@Injectable()
export class BackendClient implements OnModuleDestroy {
  private readonly client: ClientNats;
  private readonly namespace: string;

  constructor(@Inject(SERVICE_RESOURCES) resources: ServiceResources) {
    this.namespace = resources.settings.BUDGETFLOW_NAMESPACE;
    this.client = new ClientNats({ servers: [resources.settings.NATS_URL], name: 'gateway-client' });
  }

  async request<T>(
    service: BackendService,
    command: string,
    payload: unknown,
    timeoutMs: number,
  ): Promise<T> {
    const subject = commandSubject(this.namespace, service, command);
    try {
      return await firstValueFrom(this.client.send<T>(subject, payload).pipe(timeout(timeoutMs)));
    } catch (error) {
      throw new ServiceUnavailableError(service, describeTransportError(error, timeoutMs));
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.client.close();
  }
}

function describeTransportError(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && error.name === 'TimeoutError') return `no reply within ${timeoutMs} ms`;
  const text = error instanceof Error ? error.message : JSON.stringify(error);
  if (/503|no responders|no subscribers/i.test(text)) return 'no instance is running';
  return text;
}
