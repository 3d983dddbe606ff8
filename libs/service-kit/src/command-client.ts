import { ClientNats } from '@nestjs/microservices';
import { firstValueFrom, timeout } from 'rxjs';
import type {
  BackendService,
  CommandContext,
  CommandContract,
  CommandError,
  CommandReply,
} from '@budgetflow/contracts';

/** A backend service did not answer: callers say so (503) instead of hanging. */
export class ServiceUnavailableError extends Error {
  readonly code = 'SERVICE.UNAVAILABLE';
  constructor(
    readonly service: BackendService,
    reason: string,
  ) {
    super(`the ${service} service is not available (${reason}); try again shortly`);
  }
}

/** The service answered with a domain error; its code travels on to the HTTP edge. */
export class CommandFailedError extends Error {
  constructor(readonly error: CommandError) {
    super(error.message);
  }
}

/** Sends commands to the backend services over NATS request/reply, each with a timeout. */
export class CommandClient {
  private readonly client: ClientNats;

  constructor(
    natsUrl: string,
    private readonly namespace: string,
    name: string,
    private readonly defaultTimeoutMs = 5000,
  ) {
    this.client = new ClientNats({ servers: [natsUrl], name });
  }

  async call<P, R>(
    contract: CommandContract<P, R>,
    context: CommandContext,
    payload: P,
    timeoutMs = this.defaultTimeoutMs,
  ): Promise<R> {
    const reply = await this.send<CommandReply<R>>(
      contract.service,
      contract.subject(this.namespace),
      { context, payload },
      timeoutMs,
    );
    if (!reply.ok) throw new CommandFailedError(reply.error);
    return reply.value;
  }

  /** A raw request, for replies that are not CommandReply (health). */
  async send<T>(
    service: BackendService,
    subject: string,
    message: unknown,
    timeoutMs = this.defaultTimeoutMs,
  ): Promise<T> {
    try {
      return await firstValueFrom(this.client.send<T>(subject, message).pipe(timeout(timeoutMs)));
    } catch (error) {
      throw new ServiceUnavailableError(service, describeTransportError(error, timeoutMs));
    }
  }

  async close(): Promise<void> {
    await this.client.close();
  }
}

function describeTransportError(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && error.name === 'TimeoutError') return `no reply within ${timeoutMs} ms`;
  const text = error instanceof Error ? error.message : JSON.stringify(error);
  if (/503|no responders|no subscribers/i.test(text)) return 'no instance is running';
  return text;
}
