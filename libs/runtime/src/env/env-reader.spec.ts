import { InvalidSettingError, integer, oneOf, readSettings, url } from './env-reader';
import { infrastructureSettings } from './infrastructure-settings';

describe('readSettings', () => {
  it('uses the local defaults when nothing is set', () => {
    const settings = readSettings(infrastructureSettings, {});
    expect(settings.NATS_URL).toBe('nats://127.0.0.1:4222');
    expect(settings.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/budgetflow');
  });

  it('names the bad setting and what was expected', () => {
    expect(() =>
      readSettings({ NATS_URL: url(['nats:'], 'nats://x:1') }, { NATS_URL: 'http://x:4222' }),
    ).toThrow('invalid setting NATS_URL="http://x:4222": expected a URL starting with nats://');
    expect(() => readSettings({ PORT: integer(3000, 1, 65535) }, { PORT: '70000' })).toThrow(
      InvalidSettingError,
    );
    expect(() => readSettings({ MODE: oneOf(['a', 'b'] as const, 'a') }, { MODE: 'c' })).toThrow(
      'expected one of a, b',
    );
  });

  it('rejects a URL that does not parse', () => {
    expect(() => readSettings(infrastructureSettings, { REDIS_URL: 'not a url' })).toThrow(/REDIS_URL/);
  });
});
