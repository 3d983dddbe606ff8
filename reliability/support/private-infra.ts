import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * The reliability suite's own PostgreSQL, NATS (JetStream on disk) and Redis, on free ports in a
 * temporary directory, so that it can kill and restart them without touching the machine's own
 * servers that other people's tests use. Each server can be stopped gently (SIGTERM, or `pg_ctl
 * -m fast`) or hard (SIGKILL, or `pg_ctl -m immediate`, PostgreSQL's crash), and restarted on the
 * same port with the same data.
 */

const NATS_SERVER = '/usr/sbin/nats-server';
const REDIS_SERVER = '/usr/bin/redis-server';
const PG_BIN = '/usr/lib/postgresql/15/bin';

export type StopMode = 'gentle' | 'hard';

export interface PrivateServer {
  readonly name: string;
  readonly url: string;
  start(): Promise<void>;
  stop(mode?: StopMode): Promise<void>;
  /** Stops and starts again on the same port and data; resolves once it accepts connections. */
  restart(mode?: StopMode, downMs?: number): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export async function waitForPort(port: number, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host: '127.0.0.1', port }, () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`nothing listens on port ${port} after ${timeoutMs} ms`);
    await sleep(100);
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** A server that is one child process of ours (nats-server, redis-server). */
abstract class ChildServer implements PrivateServer {
  private child?: ChildProcess;
  abstract readonly name: string;
  abstract readonly url: string;

  constructor(
    protected readonly port: number,
    protected readonly dir: string,
  ) {}

  protected abstract command(): [string, string[]];

  async start(): Promise<void> {
    const [file, args] = this.command();
    const log = path.join(this.dir, `${this.name}.log`);
    const child = spawn(file, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: false });
    // Output can still arrive after 'exit' (the pipes close later), when the directory may already
    // be removed at the end of the run: the log is for diagnosis, losing its last lines is fine.
    const append = (chunk: Buffer) => {
      try {
        writeFileSync(log, chunk, { flag: 'a' });
      } catch {
        // the run's directory is gone
      }
    };
    child.stdout?.on('data', append);
    child.stderr?.on('data', append);
    this.child = child;
    await waitForPort(this.port);
  }

  async stop(mode: StopMode = 'gentle'): Promise<void> {
    const child = this.child;
    if (!child) return;
    child.kill(mode === 'hard' ? 'SIGKILL' : 'SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited(child);
    clearTimeout(timer);
    this.child = undefined;
  }

  async restart(mode: StopMode = 'hard', downMs = 500): Promise<void> {
    await this.stop(mode);
    await sleep(downMs);
    await this.start();
  }

  /** For the process-exit hook: no waiting. */
  killNow(): void {
    this.child?.kill('SIGKILL');
  }
}

export class PrivateNats extends ChildServer {
  readonly name = 'nats';
  get url(): string {
    return `nats://127.0.0.1:${this.port}`;
  }
  protected command(): [string, string[]] {
    const store = path.join(this.dir, 'jetstream');
    mkdirSync(store, { recursive: true });
    return [NATS_SERVER, ['-a', '127.0.0.1', '-p', String(this.port), '-js', '-sd', store]];
  }
}

export class PrivateRedis extends ChildServer {
  readonly name = 'redis';
  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }
  protected command(): [string, string[]] {
    const data = path.join(this.dir, 'redis');
    mkdirSync(data, { recursive: true });
    return [
      REDIS_SERVER,
      [
        '--port',
        String(this.port),
        '--bind',
        '127.0.0.1',
        '--dir',
        data,
        '--appendonly',
        'yes',
        '--maxmemory-policy',
        'noeviction',
        '--save',
        '',
      ],
    ];
  }
}

/**
 * A PostgreSQL 15 cluster in the temporary directory, run as the `postgres` OS user (PostgreSQL
 * refuses to run as root), with trust authentication on 127.0.0.1 only.
 */
export class PrivatePostgres implements PrivateServer {
  readonly name = 'postgres';
  private readonly home: string;
  private readonly data: string;
  private readonly asPostgres: boolean;

  constructor(
    private readonly port: number,
    dir: string,
  ) {
    // Its own directory, owned by the postgres user: the data, the log and the socket.
    this.home = path.join(dir, 'postgres');
    this.data = path.join(this.home, 'data');
    this.asPostgres = process.getuid?.() === 0;
  }

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/budgetflow`;
  }

  private run(file: string, args: string[]): void {
    const [command, argv] = this.asPostgres
      ? ['/usr/sbin/runuser', ['-u', 'postgres', '--', file, ...args]]
      : [file, args];
    const result = spawnSync(command, argv, { encoding: 'utf8', cwd: '/' });
    if (result.status !== 0) {
      throw new Error(
        `${path.basename(file)} ${args[0] ?? ''} failed (${result.status}): ${result.stderr || result.stdout}`,
      );
    }
  }

  init(): void {
    mkdirSync(this.data, { recursive: true });
    if (this.asPostgres) {
      const { uid, gid } = postgresUser();
      chownSync(this.home, uid, gid);
      chownSync(this.data, uid, gid);
    }
    chmodSync(this.data, 0o700);
    this.run(path.join(PG_BIN, 'initdb'), [
      '-D',
      this.data,
      '-U',
      'postgres',
      '--auth=trust',
      '-E',
      'UTF8',
      '--locale=C',
    ]);
  }

  start(): Promise<void> {
    this.run(path.join(PG_BIN, 'pg_ctl'), [
      'start',
      '-w',
      '-t',
      '60',
      '-D',
      this.data,
      '-l',
      path.join(this.home, 'postgres.log'),
      '-o',
      `-p ${this.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${this.home} -c max_connections=300`,
    ]);
    return waitForPort(this.port);
  }

  stop(mode: StopMode = 'gentle'): Promise<void> {
    this.run(path.join(PG_BIN, 'pg_ctl'), [
      'stop',
      '-w',
      '-t',
      '60',
      '-D',
      this.data,
      '-m',
      mode === 'hard' ? 'immediate' : 'fast',
    ]);
    return Promise.resolve();
  }

  async restart(mode: StopMode = 'hard', downMs = 500): Promise<void> {
    await this.stop(mode);
    await sleep(downMs);
    await this.start();
  }

  stopNow(): void {
    try {
      this.run(path.join(PG_BIN, 'pg_ctl'), ['stop', '-D', this.data, '-m', 'immediate']);
    } catch {
      // already stopped
    }
  }
}

function postgresUser(): { uid: number; gid: number } {
  const id = (flag: string) =>
    Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
  return { uid: id('-u'), gid: id('-g') };
}

export interface PrivateInfrastructure {
  dir: string;
  postgres: PrivatePostgres;
  nats: PrivateNats;
  redis: PrivateRedis;
  /** Stops everything and removes the directory (unless KEEP is set, for a post-mortem). */
  destroy(keep?: boolean): Promise<void>;
}

/** Starts the three servers on free ports in a new temporary directory. */
export async function startPrivateInfrastructure(): Promise<PrivateInfrastructure> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'budgetflow-reliability-'));
  chmodSync(dir, 0o755); // the postgres user must reach its data directory and socket
  const [pgPort, natsPort, redisPort] = [await freePort(), await freePort(), await freePort()];
  const postgres = new PrivatePostgres(pgPort, dir);
  const nats = new PrivateNats(natsPort, dir);
  const redis = new PrivateRedis(redisPort, dir);
  const killAll = () => {
    nats.killNow();
    redis.killNow();
    postgres.stopNow();
  };
  process.once('exit', killAll);
  postgres.init();
  await Promise.all([postgres.start(), nats.start(), redis.start()]);
  return {
    dir,
    postgres,
    nats,
    redis,
    destroy: async (keep = false) => {
      process.removeListener('exit', killAll);
      await Promise.allSettled([nats.stop(), redis.stop(), postgres.stop('gentle')]);
      if (!keep) rmSync(dir, { recursive: true, force: true });
    },
  };
}
