import path from 'node:path';
import { DEMO_USERS, demoPassword } from '@budgetflow/identity';
import { readSettings, runMain, port } from '@budgetflow/runtime';
import { prefixedConsole, ServiceProcesses, waitForHealthy } from './service-processes';

/**
 * The last step of `npm start`: all five services as separate processes with prefixed logs;
 * Ctrl-C stops them all cleanly.
 */
runMain('start', async () => {
  const { PORT } = readSettings({ PORT: port(3000) });
  const baseUrl = `http://127.0.0.1:${PORT}`;
  const processes = new ServiceProcesses({
    distDir: path.resolve(__dirname, '..', '..'),
    sink: prefixedConsole(),
  });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal}: stopping all services…\n`);
    void processes.stopAll().then(() => {
      process.stdout.write('all services stopped\n');
      process.exit(0);
    });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));

  processes.startAll();
  await waitForHealthy(baseUrl, 90_000);
  const password = demoPassword();
  process.stdout.write(
    [
      '',
      'BudgetFlow is running — every service and PostgreSQL, NATS JetStream and Redis report up.',
      `  API            ${baseUrl}/api`,
      `  API docs       ${baseUrl}/api/docs`,
      `  Health         ${baseUrl}/api/health`,
      `  Public portal  ${baseUrl}/public/disclosures`,
      '',
      `Demo logins (password "${password}"):`,
      ...DEMO_USERS.map(
        (u) => `  ${u.username.padEnd(9)} ${u.role.padEnd(10)} ${u.unitIds.join(', ') || 'all units'}`,
      ),
      '',
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
});
