/**
 * A rule of the domain said no. Each kind has a stable code (`BUDGET.NOT_IN_REVIEW`); only the
 * transport edge turns it into an HTTP status or an RPC error.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const isDomainError = (error: unknown): error is DomainError =>
  error instanceof DomainError ||
  (error instanceof Error &&
    typeof (error as { code?: unknown }).code === 'string' &&
    error.name === 'DomainError');
