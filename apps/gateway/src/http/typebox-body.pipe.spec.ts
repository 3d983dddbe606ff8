import { HttpException } from '@nestjs/common';
import { Type } from '@sinclair/typebox';
import { TypeBoxBodyPipe } from './typebox-body.pipe';

const CreateBudget = Type.Object(
  {
    unitId: Type.String({ pattern: '^[0-9]{6}-[0-9A-Za-z]+$' }),
    fiscalYear: Type.Integer({ minimum: 2000, maximum: 2100 }),
  },
  { additionalProperties: false },
);

function rejection(pipe: TypeBoxBodyPipe<typeof CreateBudget>, body: unknown) {
  try {
    pipe.transform(body);
  } catch (error) {
    if (!(error instanceof HttpException)) throw error;
    return { status: error.getStatus(), response: error.getResponse() };
  }
  throw new Error('the body was accepted');
}

describe('TypeBoxBodyPipe', () => {
  const pipe = new TypeBoxBodyPipe(CreateBudget);

  it('passes a valid body through unchanged', () => {
    const body = { unitId: '130400-312', fiscalYear: 2025 };
    expect(pipe.transform(body)).toBe(body);
  });

  it('answers 400 REQUEST.INVALID_BODY with one problem per path', () => {
    expect(rejection(pipe, { unitId: '130400-312', fiscalYear: '2025' })).toEqual({
      status: 400,
      response: {
        code: 'REQUEST.INVALID_BODY',
        message: 'the request body is not valid: /fiscalYear Expected integer',
        details: [{ path: '/fiscalYear', message: 'Expected integer' }],
      },
    });
    const missing = rejection(pipe, { fiscalYear: 1999 });
    expect((missing.response as { details: unknown }).details).toEqual([
      { path: '/unitId', message: 'Expected required property' },
      { path: '/fiscalYear', message: 'Expected integer to be greater or equal to 2000' },
    ]);
  });

  it('refuses unknown fields', () => {
    expect(
      rejection(pipe, { unitId: '130400-312', fiscalYear: 2025, state: 'approved' }).response,
    ).toMatchObject({
      details: [{ path: '/state', message: 'Unexpected property' }],
    });
  });

  it('refuses a missing body as a whole', () => {
    expect(rejection(pipe, undefined).response).toMatchObject({
      details: [{ path: '/', message: 'Expected object' }],
    });
  });

  it('will not take a schema that lets unknown fields through', () => {
    expect(() => new TypeBoxBodyPipe(Type.Object({ a: Type.String() }))).toThrow(
      /additionalProperties: false/,
    );
    expect(() => new TypeBoxBodyPipe(Type.String())).toThrow(/object schema/);
  });
});
