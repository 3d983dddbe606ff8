import type { Disclosure } from '../../model/disclosure.model';

const BOM = '\uFEFF';
const COLUMNS = ['table', 'code', 'name', 'column', 'amount', 'seq', 'line', 'side', 'column_label'] as const;

/**
 * A text cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) is prefixed
 * with an apostrophe (OWASP CSV injection). Amounts are never prefixed: they are decimals we wrote.
 */
const defuse = (text: string): string => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

const quote = (text: string): string => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/**
 * Every non-blank amount of every standard table, one row per cell: table, code, name, column,
 * amount (then 序号, line, side and the column's label). UTF-8 with a BOM so Excel reads the
 * Chinese correctly; CRLF line ends as RFC 4180 asks.
 */
export const renderCsv = (model: Disclosure): string => {
  const lines = [COLUMNS.join(',')];
  for (const table of model.budgetPart.tables) {
    const labels = new Map(table.columns.map((column) => [column.key, column.label]));
    for (const record of table.records) {
      for (const column of table.columns) {
        const amount = record.amounts[column.key];
        if (amount === undefined) continue;
        const values = [
          table.kind,
          defuse(record.code ?? ''),
          defuse(record.name),
          column.key,
          amount,
          String(record.seq),
          record.line ?? '',
          record.side ?? '',
          labels.get(column.key) ?? column.key,
        ];
        lines.push(values.map(quote).join(','));
      }
    }
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
};
