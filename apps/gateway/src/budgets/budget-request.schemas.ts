import { Type } from '@sinclair/typebox';
import { IsoTimestamp, ItemCommentSchema } from '@budgetflow/contracts';

const strict = { additionalProperties: false } as const;

/** The bodies the budgets API accepts; unknown fields are refused, so nothing can be smuggled in. */
export const CreateBudgetBody = Type.Object(
  {
    unitId: Type.String({
      pattern: '^\\d{6}-[0-9A-Za-z]{1,20}$',
      description: '`<finance division>-<agency code>`, e.g. 130400-312',
    }),
    fiscalYear: Type.Integer({ minimum: 2000, maximum: 2100 }),
  },
  strict,
);

export const ApproveBody = Type.Object(
  {
    comment: Type.Optional(Type.String({ minLength: 1, maxLength: 10_000 })),
    /** Publish no earlier than this; by default the disclosure is published at once. */
    publishAt: Type.Optional(IsoTimestamp),
  },
  strict,
);

export const ReturnBody = Type.Object(
  {
    comment: Type.String({ minLength: 1, maxLength: 10_000 }),
    itemComments: Type.Optional(Type.Array(ItemCommentSchema, { maxItems: 1000 })),
  },
  strict,
);

export const AmendBody = Type.Object({ reason: Type.String({ minLength: 1, maxLength: 10_000 }) }, strict);
