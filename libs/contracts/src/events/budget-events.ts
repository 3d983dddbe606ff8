import { Type } from '@sinclair/typebox';
import { defineEvent } from './event-envelope';
import { FindingCountsSchema, FindingSchema } from './finding.schema';

const UnitId = Type.String({ pattern: '^\\d{6}-[0-9A-Za-z]{1,20}$' });
const FiscalYear = Type.Integer({ minimum: 2000, maximum: 2100 });
const Version = Type.Integer({ minimum: 1 });
const Comment = Type.String({ minLength: 1, maxLength: 10_000 });
const strict = { additionalProperties: false } as const;

/** What an item comment points at: a table row, a project or an indicator (JSON pointer into the document). */
export const ItemCommentSchema = Type.Object(
  {
    path: Type.String({ pattern: '^(/[^/]*)+$', maxLength: 1000 }),
    label: Type.Optional(Type.String({ maxLength: 500 })),
    text: Comment,
  },
  strict,
);

/** A unit's budget for a year exists as a draft (created by a submitter or loaded as a seed). */
export const BudgetDraftCreated = defineEvent(
  'draft-created',
  1,
  Type.Object(
    { unitId: UnitId, unitName: Type.String({ minLength: 1, maxLength: 200 }), fiscalYear: FiscalYear },
    strict,
  ),
);

/** The unit submitted; `version` is the frozen, immutable copy the rest of the cycle works on. */
export const BudgetSubmitted = defineEvent(
  'submitted',
  1,
  Type.Object(
    {
      unitId: UnitId,
      fiscalYear: FiscalYear,
      version: Version,
      contentHash: Type.String({ pattern: '^[0-9a-f]{64}$' }),
    },
    strict,
  ),
);

/** Validation ran the rule catalog on a frozen version. */
export const BudgetValidated = defineEvent(
  'validated',
  1,
  Type.Object(
    {
      version: Version,
      counts: FindingCountsSchema,
      findings: Type.Array(FindingSchema, { maxItems: 20_000 }),
    },
    strict,
  ),
);

export const BudgetInReview = defineEvent(
  'in-review',
  1,
  Type.Object({ version: Version, reviewDueAt: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}T' }) }, strict),
);

/** Back to the unit: validation found errors, or a reviewer returned it with comments. */
export const BudgetReturned = defineEvent(
  'returned',
  1,
  Type.Object(
    {
      version: Version,
      reason: Type.Union([Type.Literal('validation'), Type.Literal('reviewer')]),
      comment: Type.Optional(Comment),
      itemComments: Type.Array(ItemCommentSchema, { maxItems: 1000 }),
      errorCount: Type.Optional(Type.Integer({ minimum: 0 })),
    },
    strict,
  ),
);

export const BudgetApproved = defineEvent(
  'approved',
  1,
  Type.Object({ version: Version, comment: Type.Optional(Comment) }, strict),
);

export const BudgetPublished = defineEvent(
  'published',
  1,
  Type.Object({ version: Version, url: Type.String({ maxLength: 500 }) }, strict),
);

export const BudgetReviewOverdue = defineEvent(
  'review-overdue',
  1,
  Type.Object({ version: Version, reviewDueAt: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}T' }) }, strict),
);
