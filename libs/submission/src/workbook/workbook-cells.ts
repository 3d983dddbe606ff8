import type ExcelJS from 'exceljs';
import { DECIMAL_PATTERN } from '@budgetflow/budget-domain';

const DECIMAL = new RegExp(DECIMAL_PATTERN);

/** The cell's amount as an exact decimal string, as it shows (its number format's decimals). */
export function amountOf(cell: ExcelJS.Cell): string | { problem: string } {
  const value = cellValue(cell);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { problem: 'is not a finite number' };
    // The shortest decimal that reads back as this double is what was typed, up to 15 digits.
    let written = String(value);
    if (/e/i.test(written)) return { problem: `${written} is too large or too small for an amount` };
    const decimals = /0\.(0+)/.exec(cell.numFmt ?? '')?.[1]?.length ?? 0;
    const has = written.split('.')[1]?.length ?? 0;
    if (has < decimals) written = `${written}${has === 0 ? '.' : ''}${'0'.repeat(decimals - has)}`;
    return DECIMAL.test(written) ? written : { problem: `${written} is not an amount` };
  }
  if (typeof value === 'string') {
    const written = value.trim();
    if (DECIMAL.test(written)) return written;
    return {
      problem: `"${written}" is not an amount: write digits with an optional decimal point (46003.87), no separators`,
    };
  }
  return { problem: 'is not an amount (a date, a formula error or a true/false value)' };
}

type PlainValue = string | number | boolean | Date | undefined;

/** The value a cell shows: a formula's result, rich text joined, hyperlinks' text. */
function cellValue(cell: ExcelJS.Cell): PlainValue {
  const value = cell.value;
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) {
    const result = value.result;
    return typeof result === 'string' || typeof result === 'number' ? result : undefined;
  }
  if ('text' in value && typeof value.text === 'string') return value.text;
  return undefined;
}

export function text(cell: ExcelJS.Cell): string {
  const value = cellValue(cell);
  return value === undefined ? '' : String(value).trim();
}

export const isBlank = (cell: ExcelJS.Cell): boolean => {
  const value = cellValue(cell);
  return value === undefined || (typeof value === 'string' && value.trim() === '');
};

export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
