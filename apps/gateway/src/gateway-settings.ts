import {
  infrastructureSettings,
  integer,
  InvalidSettingError,
  port,
  readSettings,
  text,
  type SettingReader,
  type Settings,
} from '@budgetflow/runtime';

/**
 * Signs access tokens on a developer's machine and in tests. It is in the source code, so anyone
 * could mint tokens with it: the gateway refuses to start with it when NODE_ENV=production.
 */
export const DEVELOPMENT_JWT_SECRET = 'budgetflow-development-only-jwt-secret-do-not-deploy';
const MIN_JWT_SECRET_LENGTH = 32;

/** The token signing secret: at least 32 characters, and never the development one in production. */
export const jwtSecret =
  (environment: NodeJS.ProcessEnv = process.env): SettingReader<string> =>
  (name, raw) => {
    const value = raw ?? DEVELOPMENT_JWT_SECRET;
    if (value.length < MIN_JWT_SECRET_LENGTH) {
      throw new InvalidSettingError(name, '***', `expected at least ${MIN_JWT_SECRET_LENGTH} characters`);
    }
    if (value === DEVELOPMENT_JWT_SECRET && environment.NODE_ENV === 'production') {
      throw new InvalidSettingError(
        name,
        raw === undefined ? '' : '***',
        'must be set to a secret of your own (at least 32 random characters) when NODE_ENV=production',
      );
    }
    return value;
  };

export const gatewaySettings = {
  ...infrastructureSettings,
  PORT: port(3000),
  HOST: text('0.0.0.0'),
  /** How long the gateway waits for a service's reply before answering 503. */
  REQUEST_TIMEOUT_MS: integer(5000, 100, 120_000),
  /**
   * How long a budget's detail may be served from the gateway's memory. The workflow announces
   * every change, which drops the copy at once; this bounds how stale a copy can get when an
   * announcement is lost. 0 reads every time from the workflow service.
   */
  BUDGET_CACHE_TTL_MS: integer(2000, 0, 60_000),
  JWT_SECRET: jwtSecret(),
  /** How long an access token is valid; there are no refresh tokens, so this is a working session. */
  ACCESS_TOKEN_TTL_SECONDS: integer(3600, 60, 86_400),
  /** Failed logins allowed per username, and per client address, within the window below. */
  LOGIN_MAX_FAILURES_PER_USERNAME: integer(5, 1, 1000),
  LOGIN_MAX_FAILURES_PER_IP: integer(20, 1, 100_000),
  LOGIN_FAILURE_WINDOW_SECONDS: integer(900, 1, 86_400),
};

export type GatewaySettings = Settings<typeof gatewaySettings>;

/** The gateway's settings for injection; main.ts has already read (and validated) them at boot. */
export const GATEWAY_SETTINGS = Symbol('GATEWAY_SETTINGS');
export const gatewaySettingsProvider = {
  provide: GATEWAY_SETTINGS,
  useFactory: (): GatewaySettings => readSettings(gatewaySettings),
};
