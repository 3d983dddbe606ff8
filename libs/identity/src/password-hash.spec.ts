import { hashPassword, spendPasswordCheck, verifyPassword } from './password-hash';

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('demo');
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$/);
    await expect(verifyPassword('demo', stored)).resolves.toBe(true);
    await expect(verifyPassword('Demo', stored)).resolves.toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('demo')).not.toBe(await hashPassword('demo'));
  });

  it('refuses a malformed stored hash instead of throwing', async () => {
    await expect(verifyPassword('demo', 'plain-text')).resolves.toBe(false);
  });
});

describe('spendPasswordCheck', () => {
  it('runs a full scrypt check and never matches, not even the empty password', async () => {
    await spendPasswordCheck('warm-up');
    const started = process.hrtime.bigint();
    await expect(spendPasswordCheck('')).resolves.toBe(false);
    const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
    // A real check takes tens of milliseconds; a skipped one would take microseconds.
    expect(elapsedMs).toBeGreaterThan(5);
  });
});
