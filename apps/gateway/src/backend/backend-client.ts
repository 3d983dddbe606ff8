import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import {
  commandSubject,
  type BackendService,
  type CommandContext,
  type CommandContract,
} from '@budgetflow/contracts';
import { CommandClient, SERVICE_RESOURCES, type ServiceResources } from '@budgetflow/service-kit';
import { GATEWAY_SETTINGS, type GatewaySettings } from '../gateway-settings';

export { CommandFailedError, ServiceUnavailableError } from '@budgetflow/service-kit';

/** The gateway's line to the backend services: commands and health requests, with timeouts. */
@Injectable()
export class BackendClient implements OnModuleDestroy {
  private readonly client: CommandClient;
  private readonly namespace: string;

  constructor(
    @Inject(SERVICE_RESOURCES) resources: ServiceResources,
    @Inject(GATEWAY_SETTINGS) settings: GatewaySettings,
  ) {
    this.namespace = resources.settings.BUDGETFLOW_NAMESPACE;
    this.client = new CommandClient(
      settings.NATS_URL,
      this.namespace,
      'gateway-client',
      settings.REQUEST_TIMEOUT_MS,
    );
  }

  call<P, R>(contract: CommandContract<P, R>, context: CommandContext, payload: P): Promise<R> {
    return this.client.call(contract, context, payload);
  }

  request<T>(service: BackendService, command: string, payload: unknown, timeoutMs: number): Promise<T> {
    return this.client.send<T>(service, commandSubject(this.namespace, service, command), payload, timeoutMs);
  }

  async onModuleDestroy(): Promise<void> {
    await this.client.close();
  }
}
