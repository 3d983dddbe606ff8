import { Client } from 'pg';

export interface NotificationListenerOptions {
  databaseUrl: string;
  /** A channel name the service owns (an unquoted SQL identifier). */
  channel: string;
  onNotification(payload: string): void;
  /**
   * Called once the listener is (again) listening: notifications sent while it was not are lost,
   * so whatever depends on them must look again.
   */
  onListening?(): void;
  log?: (message: string) => void;
}

/**
 * LISTENs on one PostgreSQL channel on a connection of its own (a pooled one cannot hold it) and
 * reconnects after losing it. A notification is sent when its transaction commits, so what it
 * announces is already visible to anyone who reads after receiving it.
 */
export class NotificationListener {
  private client?: Client;
  private running = false;

  constructor(private readonly options: NotificationListenerOptions) {
    if (!/^[a-z_][a-z0-9_]*$/.test(options.channel))
      throw new Error(`not a channel name: ${options.channel}`);
  }

  async start(): Promise<void> {
    this.running = true;
    await this.connect();
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.options.databaseUrl });
    client.on('notification', (message) => this.options.onNotification(message.payload ?? ''));
    client.on('error', (error) => {
      this.options.log?.(`${this.options.channel}: notification connection lost (${error.message})`);
      void client.end().catch(() => undefined);
      this.reconnectSoon();
    });
    await client.connect();
    await client.query(`LISTEN ${this.options.channel}`);
    this.client = client;
    this.options.onListening?.();
  }

  private reconnectSoon(): void {
    if (!this.running) return;
    setTimeout(() => {
      if (!this.running) return;
      this.connect().catch(() => this.reconnectSoon());
    }, 1000);
  }
}
