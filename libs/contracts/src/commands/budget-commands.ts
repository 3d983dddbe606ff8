import { Type } from '@sinclair/typebox';
import { FindingSchema, ItemCommentSchema, type FindingCounts, type FindingMessage } from '../events';
import { defineCommand } from './command-contract';

const BudgetId = Type.String({ pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' });
const UnitId = Type.String({ pattern: '^\\d{6}-[0-9A-Za-z]{1,20}$' });
const FiscalYear = Type.Integer({ minimum: 2000, maximum: 2100 });
const Version = Type.Integer({ minimum: 1, maximum: 100_000 });
const strict = { additionalProperties: false } as const;
/** A full ISO 8601 instant with its zone: `2026-12-01T09:00:00+08:00`. */
export const IsoTimestamp = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})$',
});
const ById = Type.Object({ budgetId: BudgetId }, strict);

export interface BudgetSummary {
  id: string;
  unitId: string;
  unitName: string;
  fiscalYear: number;
  state: string;
  version: number;
}

export interface DraftView {
  id: string;
  unitId: string;
  unitName: string;
  fiscalYear: number;
  revision: number;
  latestVersion: number;
  editable: boolean;
  document: unknown;
}

export interface FrozenVersion {
  budgetId: string;
  number: number;
  contentHash: string;
  frozenAt: string;
  frozenBy: string;
  document: unknown;
}

export interface DocumentDifference {
  kind: 'added' | 'removed' | 'changed';
  /** What part: `table`, `narrative`, `project`, `indicator`, `unit`, … */
  area: string;
  /** JSON pointer in the newer version (or the older one for a removal). */
  path: string;
  /** Human label: `一般公共预算财政拨款支出表 2040220 执法办案 · 基本支出`. */
  label: string;
  before?: unknown;
  after?: unknown;
}

// submission
export const CreateBudget = defineCommand<BudgetSummary>()(
  'submission',
  'create-budget',
  Type.Object(
    {
      unitId: UnitId,
      unitName: Type.String({ minLength: 1, maxLength: 200 }),
      divisionName: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
      fiscalYear: FiscalYear,
    },
    strict,
  ),
);
export const GetDraft = defineCommand<DraftView>()('submission', 'get-draft', ById);
export const ReplaceDocument = defineCommand<{ revision: number }>()(
  'submission',
  'replace-document',
  Type.Object(
    {
      budgetId: BudgetId,
      document: Type.Unknown(),
      expectedRevision: Type.Optional(Type.Integer({ minimum: 1 })),
    },
    strict,
  ),
);
/** The draft's tables as an .xlsx to fill in (base64 in the reply: commands carry JSON). */
export const ExportTablesWorkbook = defineCommand<{ workbook: string; revision: number }>()(
  'submission',
  'export-tables-workbook',
  ById,
);
/** The largest tables workbook taken: its base64 and the command around it fit NATS's 1 MB message. */
export const MAX_WORKBOOK_BYTES = 640 * 1024;
export const MAX_WORKBOOK_BASE64_LENGTH = Math.ceil(MAX_WORKBOOK_BYTES / 3) * 4;
export const ImportTablesWorkbook = defineCommand<{ revision: number }>()(
  'submission',
  'import-tables-workbook',
  Type.Object(
    {
      budgetId: BudgetId,
      workbook: Type.String({
        minLength: 1,
        maxLength: MAX_WORKBOOK_BASE64_LENGTH,
        pattern: '^[A-Za-z0-9+/]+=*$',
      }),
      expectedRevision: Type.Optional(Type.Integer({ minimum: 1 })),
    },
    strict,
  ),
);
export const SubmitBudget = defineCommand<{ version: number; contentHash: string }>()(
  'submission',
  'submit',
  Type.Object({ budgetId: BudgetId, expectedRevision: Type.Optional(Type.Integer({ minimum: 1 })) }, strict),
);
export const GetVersion = defineCommand<FrozenVersion>()(
  'submission',
  'get-version',
  Type.Object({ budgetId: BudgetId, version: Version }, strict),
);
export const DiffVersions = defineCommand<{ from: number; to: number; differences: DocumentDifference[] }>()(
  'submission',
  'diff-versions',
  Type.Object({ budgetId: BudgetId, from: Version, to: Version }, strict),
);

// validation
export const CheckDraft = defineCommand<{ counts: FindingCounts; findings: FindingMessage[] }>()(
  'validation',
  'check-draft',
  ById,
);

// workflow
export interface BudgetDetail extends BudgetSummary {
  reviewDueAt?: string;
  latestFindings?: { version: number; counts: FindingCounts; findings: FindingMessage[] };
  comments: {
    id: string;
    version: number;
    author: string;
    text: string;
    path?: string;
    label?: string;
    at: string;
  }[];
}

export interface AuditEntry {
  sequence: number;
  budgetId: string;
  at: string;
  actor: string;
  action: string;
  from?: string;
  to?: string;
  version?: number;
  reason?: string;
  correlationId: string;
  hash: string;
  previousHash: string;
}

export const ListBudgets = defineCommand<BudgetSummary[]>()(
  'workflow',
  'list-budgets',
  Type.Object(
    {
      state: Type.Optional(Type.String({ maxLength: 20 })),
      unitId: Type.Optional(UnitId),
      fiscalYear: Type.Optional(FiscalYear),
    },
    strict,
  ),
);
export const GetBudget = defineCommand<BudgetDetail>()('workflow', 'get-budget', ById);
export const ApproveBudget = defineCommand<BudgetSummary>()(
  'workflow',
  'approve',
  Type.Object(
    {
      budgetId: BudgetId,
      comment: Type.Optional(Type.String({ minLength: 1, maxLength: 10_000 })),
      publishAt: Type.Optional(IsoTimestamp),
    },
    strict,
  ),
);
export const ReturnBudget = defineCommand<BudgetSummary>()(
  'workflow',
  'return',
  Type.Object(
    {
      budgetId: BudgetId,
      comment: Type.String({ minLength: 1, maxLength: 10_000 }),
      itemComments: Type.Optional(Type.Array(ItemCommentSchema, { maxItems: 1000 })),
    },
    strict,
  ),
);
export const AmendBudget = defineCommand<BudgetSummary>()(
  'workflow',
  'amend',
  Type.Object({ budgetId: BudgetId, reason: Type.String({ minLength: 1, maxLength: 10_000 }) }, strict),
);

export const GetHistory = defineCommand<{ entries: AuditEntry[]; chainValid: boolean }>()(
  'workflow',
  'get-history',
  ById,
);

export { FindingSchema };
