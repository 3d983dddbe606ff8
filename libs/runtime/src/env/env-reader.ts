/**
 * Typed, validated environment settings. Each app declares what it reads; a bad value stops the
 * app at boot with one line naming the setting, instead of failing later somewhere obscure.
 */
export class InvalidSettingError extends Error {
  constructor(
    readonly setting: string,
    readonly value: string,
    expectation: string,
  ) {
    super(`invalid setting ${setting}=${JSON.stringify(value)}: ${expectation}`);
  }
}

export type SettingReader<T> = (name: string, raw: string | undefined) => T;

export type Settings<S extends Record<string, SettingReader<unknown>>> = {
  [K in keyof S]: S[K] extends SettingReader<infer T> ? T : never;
};

export function readSettings<S extends Record<string, SettingReader<unknown>>>(
  spec: S,
  source: NodeJS.ProcessEnv = process.env,
): Settings<S> {
  const entries = Object.entries(spec).map(([name, read]) => {
    const raw = source[name];
    return [name, read(name, raw === '' ? undefined : raw)];
  });
  return Object.fromEntries(entries) as Settings<S>;
}

export const url =
  (protocols: readonly string[], fallback: string): SettingReader<string> =>
  (name, raw) => {
    const value = raw ?? fallback;
    const expectation = `expected a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`;
    let parsed: URL;
    try {
      parsed = new URL(value);
    } catch {
      throw new InvalidSettingError(name, value, expectation);
    }
    if (!protocols.includes(parsed.protocol) || !parsed.hostname) {
      throw new InvalidSettingError(name, value, expectation);
    }
    return value;
  };

export const integer =
  (fallback: number, min: number, max: number): SettingReader<number> =>
  (name, raw) => {
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || value < min || value > max) {
      throw new InvalidSettingError(name, raw, `expected a whole number from ${min} to ${max}`);
    }
    return value;
  };

export const port = (fallback: number): SettingReader<number> => integer(fallback, 1, 65535);

export const text =
  (fallback: string, pattern?: RegExp, expectation?: string): SettingReader<string> =>
  (name, raw) => {
    const value = raw ?? fallback;
    if (pattern && !pattern.test(value)) {
      throw new InvalidSettingError(name, value, expectation ?? `expected to match ${pattern.source}`);
    }
    return value;
  };

export const oneOf =
  <T extends string>(values: readonly T[], fallback: T): SettingReader<T> =>
  (name, raw) => {
    const value = raw ?? fallback;
    if (!(values as readonly string[]).includes(value)) {
      throw new InvalidSettingError(name, value, `expected one of ${values.join(', ')}`);
    }
    return value as T;
  };
