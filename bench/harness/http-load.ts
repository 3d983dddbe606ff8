import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../e2e/support/isolated-environment';
import { log } from './util';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const AUTOCANNON = path.join(ROOT, 'node_modules', 'autocannon', 'autocannon.js');

export interface LoadResult {
  connections: number;
  durationS: number;
  requestsPerSecond: number;
  p50: number;
  p90: number;
  p99: number;
  non2xx: number;
  errors: number;
  bytesPerRequest: number;
}

interface AutocannonJson {
  requests: { average: number; total: number };
  latency: { p50: number; p90: number; p99: number };
  throughput: { total: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  duration: number;
}

/** Runs autocannon in its own process (so the load generator is not the bench's event loop). */
function autocannon(
  url: string,
  connections: number,
  durationS: number,
  headers: Record<string, string>,
): Promise<AutocannonJson> {
  const args = [AUTOCANNON, '-c', String(connections), '-d', String(durationS), '-j'];
  for (const [name, value] of Object.entries(headers)) args.push('-H', `${name}=${value}`);
  args.push(url);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`autocannon exited ${code}: ${stderr.slice(-500)}`));
      try {
        resolve(JSON.parse(stdout) as AutocannonJson);
      } catch {
        reject(new Error(`autocannon printed no JSON: ${stdout.slice(0, 300)} ${stderr.slice(-300)}`));
      }
    });
  });
}

/**
 * The same load on one or more servers at once (one per instance), the connections split evenly;
 * the figures add up (requests per second) or take the worst (latency percentiles).
 */
export async function load(
  label: string,
  urls: readonly string[],
  options: { connections: number; durationS: number; headers?: Record<string, string> },
): Promise<LoadResult> {
  const per = Math.max(1, Math.round(options.connections / urls.length));
  const results = await Promise.all(
    urls.map((url) => autocannon(url, per, options.durationS, options.headers ?? {})),
  );
  const total = results.reduce((sum, r) => sum + r.requests.total, 0);
  const result: LoadResult = {
    connections: per * urls.length,
    durationS: options.durationS,
    requestsPerSecond: results.reduce((sum, r) => sum + r.requests.average, 0),
    p50: Math.max(...results.map((r) => r.latency.p50)),
    p90: Math.max(...results.map((r) => r.latency.p90)),
    p99: Math.max(...results.map((r) => r.latency.p99)),
    non2xx: results.reduce((sum, r) => sum + r.non2xx, 0),
    errors: results.reduce((sum, r) => sum + r.errors + r.timeouts, 0),
    bytesPerRequest: total ? results.reduce((sum, r) => sum + r.throughput.total, 0) / total : 0,
  };
  log(
    `${label}: ${result.requestsPerSecond.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms` +
      (result.non2xx || result.errors ? ` (${result.non2xx} non-2xx, ${result.errors} errors)` : ''),
  );
  if (total > 0 && result.non2xx > total / 100)
    throw new Error(`${label}: ${result.non2xx} of ${total} answers were not 2xx`);
  return result;
}

/** A bare Node HTTP server answering every request with `body`, in its own process. */
export async function startBareServer(
  body: Buffer,
  contentType: string,
): Promise<{ url: string; stop(): Promise<void> }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-bare-'));
  const file = path.join(dir, 'body');
  writeFileSync(file, body);
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(__dirname, '..', 'bare-server.js'), String(port), file, contentType],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout!.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`bare server exited ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
