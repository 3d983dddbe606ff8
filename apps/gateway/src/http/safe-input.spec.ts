import { HttpException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { findUnsafeInput, refuseUnsafeInput, unsafeText } from './safe-input';

describe('refusing unsafe request input', () => {
  it('accepts ordinary Chinese text, tabs, line breaks, emoji and markup-looking text', () => {
    for (const text of [
      '邯郸市公安局本级',
      'a\tb\r\nc',
      '警犬😀',
      '<script>alert(1)</script>',
      "'; DROP TABLE x; --",
    ]) {
      expect(unsafeText(text)).toBeUndefined();
    }
  });

  it('refuses NUL, other control characters, bidi overrides, zero-width characters and lone surrogates', () => {
    expect(unsafeText('a\u0000b')).toContain('control character (U+0000)');
    expect(unsafeText('a\u001bb')).toContain('U+001B');
    expect(unsafeText('exe.\u202Etxt')).toContain('bidirectional control character (U+202E)');
    expect(unsafeText('a\u2067b')).toContain('bidirectional');
    expect(unsafeText('邯\u200B郸')).toContain('invisible character (U+200B)');
    expect(unsafeText('\uFEFFx')).toContain('U+FEFF');
    expect(unsafeText('x\uD800')).toContain('unpaired surrogate');
    expect(unsafeText('\uDC00x')).toContain('unpaired surrogate');
  });

  it('names the place of the first problem as a JSON Pointer', () => {
    const body = { unit: { subUnits: [{ name: 'ok' }, { name: 'bad\u0000' }] }, 'a/b': 'x\u200D' };
    expect(findUnsafeInput(body)).toEqual({
      path: '/unit/subUnits/1/name',
      message: expect.stringContaining('U+0000') as unknown,
    });
    expect(findUnsafeInput({ 'a/b': 'x\u200D' })?.path).toBe('/a~1b');
    expect(findUnsafeInput({ ['k\u0000']: 1 })?.message).toContain('field name');
  });

  it('refuses nesting beyond the limit without exhausting the stack, however deep', () => {
    const deep = JSON.parse(`${'['.repeat(200_000)}${']'.repeat(200_000)}`) as unknown;
    expect(findUnsafeInput(deep)?.message).toBe('is nested more than 64 levels deep');
    let ok: unknown = 'leaf';
    for (let i = 0; i < 63; i++) ok = { a: ok };
    expect(findUnsafeInput(ok)).toBeUndefined();
  });

  it('answers 400 with the field for a body, and with the parameter for a query', async () => {
    const bodyError = await refuseUnsafeInput({
      query: {},
      body: { name: 'x\u202E' },
    } as FastifyRequest).catch((error: unknown) => error);
    expect(bodyError).toBeInstanceOf(HttpException);
    expect((bodyError as HttpException).getStatus()).toBe(400);
    expect((bodyError as HttpException).getResponse()).toMatchObject({
      code: 'REQUEST.INVALID_BODY',
      details: [{ path: '/name' }],
    });
    const queryError = (await refuseUnsafeInput({
      query: { q: '\u0000' },
    } as unknown as FastifyRequest).catch((error: unknown) => error)) as HttpException;
    expect(queryError.getResponse()).toMatchObject({
      code: 'REQUEST.INVALID_QUERY',
      details: [{ path: 'q' }],
    });
    await expect(
      refuseUnsafeInput({ query: { q: '公安' }, body: { a: 1 } } as unknown as FastifyRequest),
    ).resolves.toBeUndefined();
  });
});
