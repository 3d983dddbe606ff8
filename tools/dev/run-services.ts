import path from 'node:path';
import { DEMO_USERS, demoPassword } from '@budgetflow/identity';
import { readSettings, runMain, port } from '@budgetflow/runtime';
import { ALL_SERVICES } from '@budgetflow/contracts';
import { exitOf, prefixedConsole, ServiceProcesses, waitForHealthy } from './service-processes';

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
  // A service that dies while starting (a port already taken, a bad setting) fails the start,
  // rather than letting another installation's gateway answer the health check for it.
  const died = Promise.race(
    ALL_SERVICES.map((service) => exitOf(processes.get(service)!).then((code) => ({ service, code }))),
  ).then(({ service, code }) => {
    throw new Error(`${service} stopped while starting (exit code ${code}); see its lines above`);
  });
  await Promise.race([waitForHealthy(baseUrl, 90_000), died]).catch(async (error: unknown) => {
    await processes.stopAll();
    throw error;
  });
  void died.catch(() => undefined);
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
