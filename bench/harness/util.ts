import { performance } from 'node:perf_hooks';

export const now = (): number => performance.now();

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The q-th percentile (0–100) of the samples, nearest rank. */
export function percentile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((q / 100) * sorted.length) - 1));
  return sorted[rank];
}

/** Runs `work` on every item with at most `limit` in flight; results in input order. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Calls `work` as often as it can from `concurrency` loops for `durationMs`; returns calls per second. */
export async function loopFor(
  durationMs: number,
  concurrency: number,
  work: (loop: number) => Promise<unknown>,
): Promise<{ perSecond: number; count: number; elapsedMs: number }> {
  let count = 0;
  const start = now();
  const deadline = start + durationMs;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, loop) => {
      while (now() < deadline) {
        await work(loop);
        count++;
      }
    }),
  );
  const elapsedMs = now() - start;
  return { perSecond: (count / elapsedMs) * 1000, count, elapsedMs };
}

export const log = (line: string): void => {
  process.stderr.write(`bench: ${line}\n`);
};

export const round = (value: number, digits = 2): number =>
  Number.isFinite(value) ? Number(value.toFixed(digits)) : value;
