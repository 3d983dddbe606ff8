import { readSettings } from '@budgetflow/runtime';
import { DEVELOPMENT_JWT_SECRET, gatewaySettings, jwtSecret } from './gateway-settings';

describe('gateway settings for authentication', () => {
  it('defaults to the development secret, a one-hour token and 5/20 failed logins per 15 minutes', () => {
    const settings = readSettings(gatewaySettings, {});
    expect(settings.JWT_SECRET).toBe(DEVELOPMENT_JWT_SECRET);
    expect(settings.ACCESS_TOKEN_TTL_SECONDS).toBe(3600);
    expect(settings.LOGIN_MAX_FAILURES_PER_USERNAME).toBe(5);
    expect(settings.LOGIN_MAX_FAILURES_PER_IP).toBe(20);
    expect(settings.LOGIN_FAILURE_WINDOW_SECONDS).toBe(900);
  });

  it('refuses a secret shorter than 32 characters without printing it', () => {
    const read = () => readSettings({ JWT_SECRET: jwtSecret({}) }, { JWT_SECRET: 'too-short-secret' });
    expect(read).toThrow('invalid setting JWT_SECRET="***": expected at least 32 characters');
  });

  it('refuses to start in production with the development secret, given or defaulted', () => {
    const production = { NODE_ENV: 'production' };
    expect(() => readSettings({ JWT_SECRET: jwtSecret(production) }, {})).toThrow(/when NODE_ENV=production/);
    expect(() =>
      readSettings({ JWT_SECRET: jwtSecret(production) }, { JWT_SECRET: DEVELOPMENT_JWT_SECRET }),
    ).toThrow(/when NODE_ENV=production/);
    const own = 'x'.repeat(40);
    expect(readSettings({ JWT_SECRET: jwtSecret(production) }, { JWT_SECRET: own }).JWT_SECRET).toBe(own);
  });
});
