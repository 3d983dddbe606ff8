import { Type } from '@sinclair/typebox';
import { defineEvent } from './event-envelope';

const UnitId = Type.String({ pattern: '^\\d{6}-[0-9A-Za-z]{1,20}$' });
const FiscalYear = Type.Integer({ minimum: 2000, maximum: 2100 });

/** A unit's budget for a year exists as a draft (created by a submitter or loaded as a seed). */
export const BudgetDraftCreated = defineEvent(
  'draft-created',
  1,
  Type.Object(
    { unitId: UnitId, unitName: Type.String({ minLength: 1, maxLength: 200 }), fiscalYear: FiscalYear },
    { additionalProperties: false },
  ),
);
