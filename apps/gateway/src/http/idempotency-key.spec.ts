import {
  canonicalJson,
  checkIdempotencyKey,
  idempotencyIdentity,
  requestFingerprint,
} from './idempotency-key';

describe('Idempotency-Key validation', () => {
  it('accepts 1 to 200 printable ASCII characters, a UUID among them', () => {
    for (const key of [
      'a',
      '6f1c2b0e-3f5d-4c55-9a43-2b8f0f1f6c1d',
      'x'.repeat(200),
      'with spaces ~!@#$%^&*()',
    ]) {
      expect(checkIdempotencyKey(key)).toEqual({ ok: true, key });
    }
  });

  it('says nothing when the header is absent: the request is not covered', () => {
    expect(checkIdempotencyKey(undefined)).toBeUndefined();
  });

  it('refuses an empty, too long or non-ASCII key, and a key given twice', () => {
    for (const key of ['', 'x'.repeat(201), '预算-1', 'tab\there', 'bell\x07', 'del\x7f']) {
      expect(checkIdempotencyKey(key)).toMatchObject({ ok: false });
    }
    expect(checkIdempotencyKey(['a', 'b'])).toMatchObject({
      ok: false,
      problem: expect.stringContaining('once') as unknown,
    });
  });
});

describe('the identity and the fingerprint of an idempotent request', () => {
  it('differs by user, method, path and key', () => {
    const base = idempotencyIdentity('k', 'user-1', 'POST', '/api/budgets');
    expect(idempotencyIdentity('k', 'user-1', 'post', '/api/budgets')).toBe(base);
    expect(idempotencyIdentity('k', 'user-2', 'POST', '/api/budgets')).not.toBe(base);
    expect(idempotencyIdentity('k', 'user-1', 'PUT', '/api/budgets')).not.toBe(base);
    expect(idempotencyIdentity('k', 'user-1', 'POST', '/api/budgets/1/submit')).not.toBe(base);
    expect(idempotencyIdentity('k2', 'user-1', 'POST', '/api/budgets')).not.toBe(base);
  });

  it('does not let a separator in the key collide with another user', () => {
    expect(idempotencyIdentity('k', 'a\nPOST', 'POST', '/x')).not.toBe(
      idempotencyIdentity('POST\nk', 'a', 'POST', '/x'),
    );
  });

  it('fingerprints the body regardless of key order, but not of values, query or type', () => {
    const body = { unitId: '130400-312', fiscalYear: 2025 };
    const same = requestFingerprint('', { fiscalYear: 2025, unitId: '130400-312' });
    expect(requestFingerprint('', body)).toBe(same);
    expect(requestFingerprint('', { ...body, fiscalYear: 2026 })).not.toBe(same);
    expect(requestFingerprint('dryRun=1', body)).not.toBe(same);
    expect(requestFingerprint('', '2025')).not.toBe(requestFingerprint('', 2025));
    expect(requestFingerprint('', Buffer.from('xlsx bytes'))).toBe(
      requestFingerprint('', Buffer.from('xlsx bytes')),
    );
  });

  it('writes canonical JSON with sorted keys at every depth and without undefined fields', () => {
    expect(canonicalJson({ b: [{ d: 1, c: 2 }], a: null, e: undefined })).toBe(
      '{"a":null,"b":[{"c":2,"d":1}]}',
    );
  });
});
