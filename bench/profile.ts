/**
 * Profiles one service under one kind of load: starts the system (1 instance of each service,
 * isolated as in bench.ts) with `node --cpu-prof` on that service, runs the load, stops, and prints
 * the functions with the most self time (and the packages they come from).
 *
 *   node dist/bench/profile.js <service> <http-budget|http-page|pipeline> [seconds|budgets]
 *   node dist/bench/profile.js --summarize <file.cpuprofile>
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ALL_SERVICES, type BudgetSummary, type ServiceName } from '@budgetflow/contracts';
import { load } from './harness/http-load';
import { startBenchSystem } from './harness/system';
import { log } from './harness/util';
import { Documents, prepareBudgets, runPipeline, signIn, YearPool } from './harness/workload';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time by function and by package, from a .cpuprofile (sample counts × mean interval). */
export function summarize(file: string, top = 25): string {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const total = profile.timeDeltas.reduce((a, b) => a + b, 0) / 1000;
  const hits = new Map<number, number>();
  for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
  const perSample = total / Math.max(1, profile.samples.length);
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  for (const node of profile.nodes) {
    const ms = (hits.get(node.id) ?? 0) * perSample;
    if (ms === 0) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url.replace(/^file:\/\//, '').replace(`${path.resolve(__dirname, '..', '..')}/`, '');
    const key = `${functionName || '(anonymous)'} ${where ? `${where}:${lineNumber + 1}` : ''}`.trim();
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
    const pkg =
      /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(where)?.[1] ??
      (where.startsWith('node:')
        ? 'node (internals)'
        : where.startsWith('dist/')
          ? where.split('/').slice(0, 3).join('/')
          : functionName.startsWith('(')
            ? functionName
            : 'other');
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + ms);
  }
  const lines = (map: Map<string, number>) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(
        ([key, ms]) =>
          `  ${ms.toFixed(0).padStart(7)} ms ${((ms / total) * 100).toFixed(1).padStart(5)} %  ${key}`,
      )
      .join('\n');
  return `${path.basename(file)}: ${total.toFixed(0)} ms profiled\nself time by function:\n${lines(byFunction)}\nself time by package:\n${lines(new Map([...byPackage].slice(0)))}`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--summarize') {
    process.stdout.write(`${summarize(args[1])}\n`);
    return;
  }
  const [service, scenario = 'http-budget', amount] = args as [ServiceName, string, string?];
  if (!ALL_SERVICES.includes(service))
    throw new Error(
      `usage: profile.js <${ALL_SERVICES.join('|')}> <http-budget|http-page|pipeline> [amount]`,
    );
  const dir = mkdtempSync(path.join(os.tmpdir(), `bench-profile-${service}-`));
  const system = await startBenchSystem({
    label: 'profile',
    instances: 1,
    serviceEnv: {
      publication: { PUBLICATION_FORMATS: 'html,json' },
      [service]: {
        ...(service === 'publication' ? { PUBLICATION_FORMATS: 'html,json' } : {}),
        NODE_OPTIONS: `--require ${path.join(__dirname, 'cpu-profile-preload.js')}`,
        BENCH_CPU_PROFILE_DIR: dir,
      },
    },
  });
  try {
    const clients = await signIn(system.gateways[0]);
    const documents = new Documents();
    const years = new YearPool();
    const published = await prepareBudgets(clients, documents, years, 'handan', 2);
    await runPipeline(clients, published, { pollMs: 25, timeoutMs: 120_000 });
    const [budget] = (await clients.reviewer.get<BudgetSummary[]>('/api/budgets?state=published')).body;
    if (scenario === 'pipeline') {
      const budgets = await prepareBudgets(clients, documents, years, 'small', Number(amount ?? 60));
      const result = await runPipeline(clients, budgets, { pollMs: 25, timeoutMs: 300_000 });
      log(`pipeline: ${result.perSecond.toFixed(2)} budgets/s`);
    } else {
      const url =
        scenario === 'http-page'
          ? `${system.gateways[0]}/public/disclosures/${budget.unitId}/${budget.fiscalYear}`
          : `${system.gateways[0]}/api/budgets/${budget.id}`;
      await load(scenario, [url], {
        connections: 100,
        durationS: Number(amount ?? 10),
        headers: { authorization: `Bearer ${clients.reviewerToken}` },
      });
    }
  } finally {
    await system.stop();
  }
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
    process.stdout.write(`${summarize(path.join(dir, file))}\n(profile: ${path.join(dir, file)})\n`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(
      `profile: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  });
}
