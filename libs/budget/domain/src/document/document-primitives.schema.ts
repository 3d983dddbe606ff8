import { Type, type ObjectOptions, type TProperties } from '@sinclair/typebox';

/**
 * The small building blocks every part of the budget document uses. Limits are generous for the
 * longest cell seen in the seed disclosures but bounded, because documents arrive from the public
 * API and imports.
 */

/** Every object in the document rejects properties it does not declare: a typo must not vanish. */
export const StrictObject = <T extends TProperties>(properties: T, options: ObjectOptions = {}) =>
  Type.Object(properties, { additionalProperties: false, ...options });

/** Exact decimal as a JSON string (`"46003.87"`, Henan `"1234.5"`): no floats, no thousands separators. */
export const DECIMAL_PATTERN = '^-?(0|[1-9][0-9]{0,14})(\\.[0-9]{1,6})?$';
export const DecimalString = Type.String({
  pattern: DECIMAL_PATTERN,
  maxLength: 24,
  description: 'Exact decimal as written, separators removed, source precision kept (万元 unless stated).',
});

/** Functional classification 类/款/项: 3, 5 or 7 digits (`204`, `20402`, `2040201`). */
export const FUNCTIONAL_CODE_PATTERN = '^[0-9]{3}([0-9]{2}){0,2}$';
/** Economic classification 类/款: 3 or 5 digits (`301`, `30101`). */
export const ECONOMIC_CODE_PATTERN = '^[0-9]{3}([0-9]{2})?$';
/** Either scheme; which one a row must use follows from its table kind (checked on parse). */
export const ClassificationCode = Type.String({ pattern: FUNCTIONAL_CODE_PATTERN, maxLength: 7 });

/** 财政区划: the 6-digit administrative division code (130400 邯郸市, 130529 巨鹿县, 419001 济源市). */
export const DivisionCode = Type.String({ pattern: '^[0-9]{6}$' });
/** Agency or sub-unit code inside a division (`312`, `020`, `312001`, `020001001`). */
export const AgencyCode = Type.String({ pattern: '^[0-9]{2,15}$' });
/** Project code as issued by the budget system (`13052924P00584110432W`). */
export const ProjectCode = Type.String({ pattern: '^[0-9A-Za-z-]{4,40}$' });
/** ISO calendar date (`2020-01-01`). */
export const IsoDate = Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' });

/** A label or name as printed (table title, row name, indicator name). May be empty when the source cell is. */
export const Label = Type.String({ maxLength: 500 });
/** A name that must not be empty (unit, project, procurement item). */
export const Name = Type.String({ minLength: 1, maxLength: 500 });
/** One paragraph or one table cell of prose. */
export const Paragraph = Type.String({ maxLength: 20_000 });
export const Paragraphs = Type.Array(Paragraph, { maxItems: 1_000 });
/** Unit in which a table's amounts are stated; the standard tables use 万元. */
export const MoneyUnit = Type.Union([Type.Literal('万元'), Type.Literal('元')]);
