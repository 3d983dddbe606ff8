import { Type, type Static } from '@sinclair/typebox';
import { StrictObject } from './document-primitives.schema';
import { AssetTableSchema } from './asset.schema';
import { PerformanceSchema } from './department-performance.schema';
import { NarrativeSchema } from './narrative.schema';
import { ProcurementTableSchema } from './procurement.schema';
import { StandardTableSchema } from './standard-table.schema';
import { BudgetUnitSchema } from './unit.schema';

/**
 * The canonical budget document: what a unit drafts, the finance bureau reviews and the public
 * disclosure shows. It stores what the author wrote and never recomputes; checking is the rules'
 * job. Bump the version on any change to the shape (minor: additive, major: breaking).
 */
export const BUDGET_DOCUMENT_SCHEMA_VERSION = '1.0.0' as const;
export const BUDGET_DOCUMENT_SCHEMA_ID = `urn:budgetflow:schema:budget-document:${BUDGET_DOCUMENT_SCHEMA_VERSION}`;

export const budgetDocumentSchema = StrictObject(
  {
    schemaVersion: Type.Literal(BUDGET_DOCUMENT_SCHEMA_VERSION),
    unit: BudgetUnitSchema,
    fiscalYear: Type.Integer({ minimum: 1000, maximum: 9999 }),
    /** The standard tables present, at most one per kind. Julu publishes none. */
    tables: Type.Array(StandardTableSchema, { maxItems: 20 }),
    narrative: Type.Optional(NarrativeSchema),
    procurement: Type.Optional(ProcurementTableSchema),
    assets: Type.Optional(AssetTableSchema),
    performance: Type.Optional(PerformanceSchema),
  },
  {
    $id: BUDGET_DOCUMENT_SCHEMA_ID,
    title: '部门预算 budget document',
    description: 'A department budget (部门预算) with its tables, narrative and performance targets.',
  },
);

export type BudgetDocument = Static<typeof budgetDocumentSchema>;

/** The schema as plain JSON Schema (TypeBox's symbol annotations dropped), e.g. for the API. */
export const budgetDocumentJsonSchema = (): Record<string, unknown> =>
  JSON.parse(JSON.stringify(budgetDocumentSchema)) as Record<string, unknown>;
