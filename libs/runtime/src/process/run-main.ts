import { InvalidSettingError } from '../env';

/**
 * Runs a service's main function. A service that cannot start says why in one line and exits
 * with status 1, rather than printing a stack trace or hanging on a dependency.
 */
export function runMain(service: string, main: () => Promise<unknown>): void {
  runReportingFailure(`${service}: cannot start`, main);
}

/** Runs a command-line tool: its failure is one line too, and status 1. */
export function runTool(tool: string, main: () => Promise<unknown>): void {
  runReportingFailure(tool, main);
}

function runReportingFailure(prefix: string, main: () => Promise<unknown>): void {
  main().catch((error: unknown) => {
    process.stderr.write(`${prefix}: ${describeStartupError(error)}\n`);
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

/**
 * Closes everything on the first SIGINT/SIGTERM, then exits. Later signals are ignored: Ctrl-C in
 * a terminal reaches every service and the runner's SIGTERM follows, and neither may cut a clean
 * shutdown short (a runner that loses patience sends SIGKILL).
 */
export function onShutdown(service: string, close: () => Promise<void>): void {
  let closing = false;
  const handler = (signal: NodeJS.Signals) => {
    if (closing) return;
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
