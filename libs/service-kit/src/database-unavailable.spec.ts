import { isDatabaseUnavailable } from './nats-commands';

describe('isDatabaseUnavailable', () => {
  it('recognises a database that is down or cut the connection', () => {
    expect(
      isDatabaseUnavailable(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })),
    ).toBe(true);
    expect(
      isDatabaseUnavailable({
        code: '57P01',
        message: 'terminating connection due to administrator command',
      }),
    ).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable({ message: 'query failed', driverError: { code: '08006' } })).toBe(true);
  });

  it('leaves failing statements alone', () => {
    expect(isDatabaseUnavailable({ code: '23505', message: 'duplicate key value' })).toBe(false);
    expect(isDatabaseUnavailable(new Error('budget changed while it was locked'))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });
});
