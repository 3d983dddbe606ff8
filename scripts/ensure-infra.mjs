#!/usr/bin/env node
// Makes sure PostgreSQL, NATS (with JetStream) and Redis answer at the configured URLs, and that
// the CJK font and poppler are installed.
// When one does not, its URL points at this machine, the machine is Debian/Ubuntu and we are
// root, it installs the distribution's package and starts it; otherwise it stops and prints the
// exact commands to run. Quick and silent-ish when everything is already up.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const pg = require('pg');
const { Redis } = require('ioredis');
const { connect } = require('@nats-io/transport-node');
const { jetstreamManager } = require('@nats-io/jetstream');

const urls = {
  postgres: process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/budgetflow',
  nats: process.env.NATS_URL || 'nats://127.0.0.1:4222',
  redis: process.env.REDIS_URL || 'redis://127.0.0.1:6379',
};

async function checkPostgres() {
  const url = new URL(urls.postgres);
  url.pathname = '/postgres'; // the project's database is created by the services when missing
  const client = new pg.Client({ connectionString: url.toString(), connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } finally {
    await client.end().catch(() => {});
  }
}

async function checkNats() {
  const nc = await connect({ servers: urls.nats, timeout: 2000, maxReconnectAttempts: 0 });
  try {
    const jsm = await jetstreamManager(nc, { timeout: 2000 });
    await jsm.getAccountInfo().catch(() => {
      throw new Error('NATS answers but JetStream is not enabled (start nats-server with -js)');
    });
  } finally {
    await nc.close();
  }
}

async function checkRedis() {
  const redis = new Redis(urls.redis, {
    lazyConnect: true,
    connectTimeout: 2000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  redis.on('error', () => {});
  try {
    await redis.connect();
    await redis.ping();
  } finally {
    redis.disconnect();
  }
}

const isLocal = (url) => ['127.0.0.1', 'localhost', '[::1]', '::1'].includes(new URL(url).hostname);
const isDebian = () => existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
const isRoot = () => process.getuid?.() === 0;
const run = (command) => execSync(command, { stdio: 'inherit', shell: '/bin/bash' });
const has = (path) => existsSync(path);

let aptUpdated = false;
function aptInstall(...packages) {
  if (!aptUpdated) run('apt-get update -qq');
  aptUpdated = true;
  run(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(' ')}`);
}

const services = {
  postgres: {
    check: checkPostgres,
    port: () => new URL(urls.postgres).port || '5432',
    start() {
      const fresh = !has('/usr/lib/postgresql');
      if (fresh) aptInstall('postgresql');
      const version = readdirSync('/etc/postgresql')[0];
      if (fresh) {
        // A fresh cluster asks for a password over TCP; the local default URL connects as postgres without one.
        const hba = `/etc/postgresql/${version}/main/pg_hba.conf`;
        const rules = readFileSync(hba, 'utf8');
        if (!rules.includes('budgetflow local development')) {
          run(
            `sed -i '1i # budgetflow local development\\nhost all postgres 127.0.0.1/32 trust\\nhost all postgres ::1/128 trust' ${hba}`,
          );
        }
      }
      run(
        `pg_ctlcluster --skip-systemctl-redirect ${version} main start || pg_ctlcluster --skip-systemctl-redirect ${version} main reload`,
      );
    },
    manual: () => [
      'sudo apt-get install -y postgresql',
      'sudo pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start',
    ],
  },
  nats: {
    check: checkNats,
    port: () => new URL(urls.nats).port || '4222',
    start() {
      if (!has('/usr/sbin/nats-server')) aptInstall('nats-server');
      run('mkdir -p /var/lib/nats-server');
      run(
        `start-stop-daemon --start --oknodo --background --exec /usr/sbin/nats-server -- -a 127.0.0.1 -p ${this.port()} -js -sd /var/lib/nats-server -l /var/log/nats-server.log`,
      );
    },
    manual() {
      return [
        'sudo apt-get install -y nats-server',
        `sudo start-stop-daemon --start --oknodo --background --exec /usr/sbin/nats-server -- -a 127.0.0.1 -p ${this.port()} -js -sd /var/lib/nats-server -l /var/log/nats-server.log`,
      ];
    },
  },
  redis: {
    check: checkRedis,
    port: () => new URL(urls.redis).port || '6379',
    start() {
      if (!has('/usr/bin/redis-server')) aptInstall('redis-server');
      run('mkdir -p /var/lib/redis /var/log/redis');
      // BullMQ must never lose keys to eviction; append-only persistence keeps delayed jobs over a restart.
      run(
        `redis-server --daemonize yes --bind 127.0.0.1 --port ${this.port()} --maxmemory-policy noeviction --appendonly yes --dir /var/lib/redis --logfile /var/log/redis/budgetflow.log`,
      );
    },
    manual() {
      return [
        'sudo apt-get install -y redis-server',
        `sudo redis-server --daemonize yes --bind 127.0.0.1 --port ${this.port()} --maxmemory-policy noeviction --appendonly yes --dir /var/lib/redis`,
      ];
    },
  },
};

async function waitUntilUp(name, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await services[name].check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

// Files from Debian packages: the CJK font the publication service draws PDFs with, and poppler,
// with which the tests read those PDFs back.
const packages = [
  {
    name: 'fonts-wqy-microhei',
    path: process.env.DISCLOSURE_CJK_FONT || '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
  },
  { name: 'poppler-utils', path: '/usr/bin/pdftotext' },
];

const failures = [];
const missing = packages.filter((p) => !has(p.path));
if (missing.length > 0) {
  const names = missing.map((p) => p.name);
  if (isDebian() && isRoot()) {
    console.log(`infra: installing ${names.join(', ')}…`);
    try {
      aptInstall(...names);
    } catch (error) {
      failures.push({
        name: names.join(', '),
        reason: error.message,
        manual: [`sudo apt-get install -y ${names.join(' ')}`],
      });
    }
  } else {
    const reason = `missing ${missing.map((p) => p.path).join(', ')}`;
    failures.push({ name: names.join(', '), reason, manual: [`sudo apt-get install -y ${names.join(' ')}`] });
  }
}

for (const [name, service] of Object.entries(services)) {
  try {
    await service.check();
    continue;
  } catch (error) {
    const reason = error.message || String(error);
    const url = urls[name];
    const jetStreamOff = /JetStream is not enabled/.test(reason);
    if (isLocal(url) && isDebian() && isRoot() && !jetStreamOff) {
      console.log(`infra: ${name} is not answering at ${url} (${reason}); installing/starting it…`);
      try {
        service.start();
        await waitUntilUp(name);
        console.log(`infra: ${name} is up`);
        continue;
      } catch (startError) {
        failures.push({
          name,
          url,
          reason: `could not start it: ${startError.message}`,
          manual: service.manual(),
        });
        continue;
      }
    }
    failures.push({ name, url, reason, manual: service.manual() });
  }
}

if (failures.length > 0) {
  console.error('infra: BudgetFlow needs PostgreSQL, NATS with JetStream, Redis and a CJK font.');
  for (const { name, url, reason, manual } of failures) {
    console.error(`\n  ${name}${url ? ` at ${url}` : ''}: ${reason}\n  install or start it with:`);
    for (const line of manual) console.error(`    ${line}`);
  }
  console.error('\n  or, with Docker:  docker compose up -d postgres nats redis');
  console.error('  or point DATABASE_URL, NATS_URL and REDIS_URL at running servers.\n');
  process.exit(1);
}
console.log('infra: PostgreSQL, NATS JetStream and Redis are up; the CJK font and poppler are installed');
