import { Type } from '@sinclair/typebox';
import { defineEvent } from './event-envelope';
import { FindingCountsSchema, FindingSchema } from './finding.schema';

const UnitId = Type.String({ pattern: '^\\d{6}-[0-9A-Za-z]{1,20}$' });
const FiscalYear = Type.Integer({ minimum: 2000, maximum: 2100 });
const Version = Type.Integer({ minimum: 1 });
const Timestamp = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}T', maxLength: 40 });
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
  Type.Object({ version: Version, reviewDueAt: Timestamp }, strict),
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

/** Approved (批复): the publication deadline runs from here; the unit's identity travels along for the portal. */
export const BudgetApproved = defineEvent(
  'approved',
  1,
  Type.Object(
    {
      version: Version,
      unitId: UnitId,
      unitName: Type.String({ minLength: 1, maxLength: 200 }),
      fiscalYear: FiscalYear,
      comment: Type.Optional(Comment),
      /** Publish no earlier than this (a scheduled publication); absent: at once. */
      publishAt: Type.Optional(Timestamp),
    },
    strict,
  ),
);

export const BudgetPublished = defineEvent(
  'published',
  1,
  Type.Object({ version: Version, url: Type.String({ maxLength: 500 }) }, strict),
);

/** The disclosure reached an outbound target (a department website, the unified platform). */
export const BudgetDelivered = defineEvent(
  'delivered',
  1,
  Type.Object(
    {
      version: Version,
      target: Type.String({ maxLength: 100 }),
      url: Type.Optional(Type.String({ maxLength: 1000 })),
    },
    strict,
  ),
);

/** The legal publication deadline is near, or has passed, and the budget is not yet published. */
export const BudgetPublicationDeadline = defineEvent(
  'publication-deadline',
  1,
  Type.Object(
    {
      version: Version,
      deadlineAt: Timestamp,
      status: Type.Union([Type.Literal('near'), Type.Literal('missed')]),
    },
    strict,
  ),
);

/** A published budget is reopened for an amendment; once approved again it is republished as a correction. */
export const BudgetAmendmentStarted = defineEvent(
  'amendment-started',
  1,
  Type.Object({ publishedVersion: Version, reason: Comment }, strict),
);

export const BudgetReviewOverdue = defineEvent(
  'review-overdue',
  1,
  Type.Object({ version: Version, reviewDueAt: Timestamp }, strict),
);
