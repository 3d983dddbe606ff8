import { connect } from 'node:net';
import type { Tally } from './tally';

export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  /** The body parsed as JSON, when it is JSON. */
  body: unknown;
}

export interface RequestOptions {
  token?: string;
  /** Sent as JSON (content-type application/json). */
  json?: unknown;
  /** Sent as it is, with `contentType` (application/json unless given). */
  raw?: string;
  contentType?: string;
  headers?: Record<string, string>;
}

/** An error response the suite saw, kept for the error-hygiene check at the end. */
export interface SeenError {
  request: string;
  status: number;
  text: string;
}

/**
 * Plain HTTP against the gateway, as an attacker would send it: any method, any body, any header,
 * and no assumption that the answer is JSON. Every error answer is kept for the hygiene check.
 */
export class Http {
  readonly errors: SeenError[] = [];

  constructor(readonly baseUrl: string) {}

  async request(method: string, path: string, options: RequestOptions = {}): Promise<Reply> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let body: string | undefined;
    if (options.json !== undefined) body = JSON.stringify(options.json);
    if (options.raw !== undefined) body = options.raw;
    if (body !== undefined) headers['content-type'] ??= options.contentType ?? 'application/json';
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body }),
      });
    } catch (error) {
      // The server may close the connection while a huge body is still being sent.
      const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
      return { status: 0, headers: new Headers(), text: `connection closed: ${cause}`, body: undefined };
    }
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    if (response.status >= 400) {
      this.errors.push({ request: `${method} ${path.slice(0, 120)}`, status: response.status, text });
    }
    return { status: response.status, headers: response.headers, text, body: parsed };
  }

  /**
   * Sends a body far over the limit on a plain socket. The server answers 413 as soon as it sees
   * the declared length and closes the connection; an HTTP client still writing the body then fails
   * the write (EPIPE) and loses the answer. Here the head goes first, the body only if no answer
   * came within 1.5 s, and whatever arrived is kept.
   */
  sendHuge(method: string, path: string, body: string, options: RequestOptions = {}): Promise<Reply> {
    const url = new URL(`${this.baseUrl}${path}`);
    const headers: Record<string, string> = {
      host: url.host,
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(body)),
      connection: 'close',
      ...options.headers,
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    };
    const head = `${method} ${url.pathname}${url.search} HTTP/1.1\r\n${Object.entries(headers)
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('')}\r\n`;
    return new Promise<Reply>((resolve) => {
      const received: Buffer[] = [];
      const socket = connect(Number(url.port), url.hostname);
      const finish = () => {
        const raw = Buffer.concat(received).toString('utf8');
        const [headText = '', text = ''] = raw.split('\r\n\r\n', 2);
        const [statusLine = '', ...headerLines] = headText.split('\r\n');
        const replyHeaders = new Headers();
        for (const line of headerLines) {
          const colon = line.indexOf(':');
          if (colon > 0) replyHeaders.set(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
        }
        const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0);
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          parsed = undefined;
        }
        if (status >= 400) this.errors.push({ request: `${method} ${path}`, status, text });
        resolve({
          status,
          headers: replyHeaders,
          text: status ? text : `no answer: ${raw.slice(0, 100)}`,
          body: parsed,
        });
      };
      // The body follows the head only if no answer came first (as curl does with
      // Expect: 100-continue): an answer racing the upload can be lost to the server's reset.
      const sendBody = setTimeout(() => socket.end(body), 1500);
      socket.on('data', (chunk: Buffer) => {
        clearTimeout(sendBody);
        received.push(chunk);
      });
      socket.on('error', () => socket.destroy());
      socket.on('close', () => {
        clearTimeout(sendBody);
        finish();
      });
      socket.write(head);
    });
  }

  get(path: string, options: RequestOptions = {}): Promise<Reply> {
    return this.request('GET', path, options);
  }

  post(path: string, options: RequestOptions = {}): Promise<Reply> {
    return this.request('POST', path, options);
  }

  put(path: string, options: RequestOptions = {}): Promise<Reply> {
    return this.request('PUT', path, options);
  }
}

export interface ExpectedRefusal {
  status: number | readonly number[];
  /** The error code, exactly or as a pattern. */
  code?: string | RegExp;
  /** The field the error must name: a JSON Pointer or parameter name in `details[].path` or the message. */
  path?: string;
}

interface ErrorBody {
  error?: { code?: unknown; message?: unknown; details?: unknown };
}

/**
 * Whether a reply is the refusal expected: the status, the API's error shape
 * `{ error: { code, message, details? } }`, the code, and the field named. Undefined when it is;
 * otherwise what came back instead.
 */
export function refusal(reply: Reply, expected: ExpectedRefusal): string | undefined {
  const statuses = typeof expected.status === 'number' ? [expected.status] : expected.status;
  const got = `${reply.status} ${reply.text.slice(0, 300)}`;
  if (!statuses.includes(reply.status)) return `expected ${statuses.join(' or ')}, got ${got}`;
  const error = (reply.body as ErrorBody | undefined)?.error;
  if (!error || typeof error.code !== 'string' || typeof error.message !== 'string')
    return `not in the error shape {error:{code,message,details}}: ${got}`;
  if (expected.code !== undefined) {
    const matches =
      typeof expected.code === 'string' ? error.code === expected.code : expected.code.test(error.code);
    if (!matches) return `expected code ${String(expected.code)}, got ${error.code}`;
  }
  if (expected.path !== undefined) {
    const paths = Array.isArray(error.details)
      ? error.details.map((detail) => (detail as { path?: unknown }).path)
      : [];
    if (!paths.includes(expected.path) && !error.message.includes(expected.path))
      return `the error does not name ${expected.path}: ${got}`;
  }
  return undefined;
}

/** Records an HTTP attempt that must be refused as `expected`. */
export function expectRefused(
  tally: Tally,
  category: Parameters<Tally['record']>[0],
  name: string,
  send: () => Promise<Reply>,
  expected: ExpectedRefusal,
  afterwards?: () => Promise<string | undefined>,
): Promise<void> {
  return tally.attempt(category, name, async () => {
    const failure = refusal(await send(), expected);
    return failure ?? (afterwards ? afterwards() : undefined);
  });
}

/** Signs in through the API and answers the access token. */
export async function signIn(http: Http, username: string, password = 'demo'): Promise<string> {
  const reply = await http.post('/api/auth/login', { json: { username, password } });
  const token = (reply.body as { accessToken?: string } | undefined)?.accessToken;
  if (reply.status !== 200 || !token)
    throw new Error(`${username} could not sign in: ${reply.status} ${reply.text}`);
  return token;
}
