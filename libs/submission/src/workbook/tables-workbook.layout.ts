import type { TableRow } from '@budgetflow/budget-domain';

/**
 * The tables workbook: one sheet per standard table, laid out so that a person can fill it in
 * Excel and a program can read it back without guessing.
 *
 *   row 1  表种 | <kind> | 格式 | <layout> | 单位 | 万元 | 表号 | <sheet label>
 *   row 2  标题 | <title as printed>
 *   row 3  the field key of each column: side, code, line, unitCode, group, name, then the
 *          amount column keys of the table's kind and layout (standard-table.columns.ts)
 *   row 4  the same columns as printed (收支方向, 科目编码, …, 合计, 基本支出, …)
 *   row 5… one table row per sheet row, in printed order; blank rows are skipped
 *   then   a row whose first cell is 说明, and under it one note per row (「注：…」)
 *
 * Sheets whose first cell is not 表种 (the 填表说明 sheet) are not tables.
 */
export const SHEET_MARKER = '表种';
export const META_ROW = 1;
export const TITLE_ROW = 2;
export const KEY_ROW = 3;
export const LABEL_ROW = 4;
export const FIRST_DATA_ROW = 5;
export const NOTES_MARKER = '说明';

export type RowField = Exclude<keyof TableRow, 'amounts'>;

/** The identifying columns of a row, before its amounts, with the header printed for each. */
export const ROW_FIELDS: readonly (readonly [RowField, string])[] = [
  ['side', '收支方向'],
  ['code', '科目编码'],
  ['line', '行项目'],
  ['unitCode', '单位代码'],
  ['group', '分组'],
  ['name', '名称'],
];

/** How a side is written in a cell (either form is read). */
export const SIDE_LABELS = { income: '收入', expenditure: '支出' } as const;

export const INSTRUCTIONS = [
  '预算表填报模板（每张表一个工作表）',
  '第1行：表种、格式、计量单位（万元或元）、表号，请勿修改表种和格式。',
  '第2行：表的标题，按印发的样式填写。',
  '第3行：各栏的字段名，程序据此读取，请勿修改；第4行是对应的中文栏目名称。',
  '第5行起：每行一个项目。收支总表填“收支方向”（收入/支出）；按科目编码列示的行填“科目编码”，合计等行填“行项目”。',
  '金额按印发的样式填写（例如 46003.87），空白表示不列示该栏；不要填写千分位分隔符。',
  '数据之后可加一行“说明”，其下每行一条表注（例如：注：无政府性基金预算支出，空表列示。）。',
  '填写完成后，通过 POST /api/budgets/{id}/import 上传本文件（Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet）。',
];
