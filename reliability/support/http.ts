import { sleep } from './private-infra';

export interface HttpResult<T = unknown> {
  status: number;
  body: T;
}

/** status 0: no answer at all (the gateway was down, the connection was cut). */
const NO_ANSWER = 0;

/**
 * A signed-in user of the HTTP API that survives the faults the suite injects: a request that
 * gets no answer or a 5xx is reported as such (never thrown), so the driver decides whether to
 * retry; signing in is retried until the gateway answers.
 */
export class Api {
  private token = '';

  constructor(
    private readonly baseUrl: string,
    readonly username: string,
    private readonly password: string,
  ) {}

  async signIn(timeoutMs = 120_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const result = await this.raw<{ accessToken: string }>('POST', '/api/auth/login', {
        username: this.username,
        password: this.password,
      });
      if (result.status === 200) {
        this.token = result.body.accessToken;
        return;
      }
      if (Date.now() > deadline)
        throw new Error(
          `${this.username} could not sign in: ${result.status} ${JSON.stringify(result.body)}`,
        );
      await sleep(500);
    }
  }

  async request<T = unknown>(method: string, path: string, body?: unknown): Promise<HttpResult<T>> {
    const result = await this.raw<T>(method, path, body);
    if (result.status === 401) {
      await this.signIn();
      return this.raw<T>(method, path, body);
    }
    return result;
  }

  get<T = unknown>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = unknown>(path: string, body: unknown = {}) {
    return this.request<T>('POST', path, body);
  }
  put<T = unknown>(path: string, body: unknown) {
    return this.request<T>('PUT', path, body);
  }

  private async raw<T>(method: string, path: string, body?: unknown): Promise<HttpResult<T>> {
    try {
      const response = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers: {
          ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(30_000),
      });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        // not JSON (a proxy's or a dying server's page): keep the text
      }
      return { status: response.status, body: parsed as T };
    } catch (error) {
      return { status: NO_ANSWER, body: String(error) as T };
    }
  }
}

/** Worth retrying: no answer, or the server (or a service behind it) was unavailable. */
export const transient = (status: number): boolean => status === NO_ANSWER || status >= 500;

export const errorCode = (body: unknown): string | undefined =>
  (body as { error?: { code?: string } } | undefined)?.error?.code;
