import { InvalidSettingError } from '../env';

/**
 * Runs a service's main function. A service that cannot start says why in one line and exits
 * with status 1, rather than printing a stack trace or hanging on a dependency.
 */
export function runMain(service: string, main: () => Promise<unknown>): void {
  main().catch((error: unknown) => {
    process.stderr.write(`${service}: cannot start: ${describeStartupError(error)}\n`);
    process.exit(1);
  });
}

export function describeStartupError(error: unknown): string {
  if (error instanceof InvalidSettingError) return error.message;
  if (error instanceof AggregateError && error.errors.length > 0)
    return describeStartupError(error.errors[0]);
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

/** Closes everything on SIGINT/SIGTERM once, then exits; a second signal exits at once. */
export function onShutdown(service: string, close: () => Promise<void>): void {
  let closing = false;
  const handler = (signal: NodeJS.Signals) => {
    if (closing) process.exit(1);
    closing = true;
    close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(
          `${service}: error while stopping on ${signal}: ${describeStartupError(error)}\n`,
        );
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
}
