import type { DependencyHealth } from '@budgetflow/contracts';

/** Runs a health probe: up with its detail and latency, or down with the reason. */
export async function timed(
  probe: () => Promise<string | undefined>,
  timeoutMs = 2000,
): Promise<DependencyHealth> {
  const started = process.hrtime.bigint();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const detail = await Promise.race([probe(), timeout]);
    const latencyMs = Number((process.hrtime.bigint() - started) / 1000n) / 1000;
    return detail ? { status: 'up', detail, latencyMs } : { status: 'up', latencyMs };
  } catch (error) {
    return { status: 'down', detail: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}
