import {
  BUDGET_DOCUMENT_SCHEMA_VERSION,
  unitIdOf,
  type BudgetDocument,
  type StandardTable,
  type SubUnit,
} from '@budgetflow/budget-domain';
import { LAYOUT_CORRECTIONS } from './corrections';
import { DEPARTMENT_TABLE_TITLE, parseDepartmentTargetTable } from './department-target-table';
import { parseProjectSheets, PROJECT_SHEET_TITLE, type ParsedSheet } from './project-sheets';
import { applyLineDrops, JiyuanSourceError, toSourceLines, type SourceLine } from './source-lines';
import { parseStandardTables } from './standard-tables';

/**
 * Converts the 济源市公安局 2020 disclosure (shared/seed-documents/jiyuan-psb-2020-budget-disclosure.txt,
 * Henan layout) into the canonical budget document, following docs/budget-document.md. Pure and
 * deterministic: the same text always gives the same document. Only layout is repaired
 * (corrections.ts); every number and word is stored as the authors printed it.
 */

// 财政区划 of 济源市; the disclosure prints no division code, the unit registry does.
const DIVISION = { code: '419001', name: '济源市' } as const;
// 单位代码 as printed next to every classification row of the expenditure tables.
const AGENCY_CODE = '020';

const UNIT_LINE = /^单位[:：](.+)$/;

const unitNameOf = (lines: readonly SourceLine[]): string => {
  const name = lines
    .map((line) => UNIT_LINE.exec(line.text.trim())?.[1]?.trim())
    .find((n) => n && n !== '万元');
  if (name === undefined) throw new JiyuanSourceError('no 单位：<unit> line');
  return name;
};

const indexOf = (lines: readonly SourceLine[], test: RegExp, from = 0): number => {
  const index = lines.findIndex((line, i) => i >= from && test.test(line.text.trim()));
  if (index < 0) throw new JiyuanSourceError(`no line matching ${String(test)}`);
  return index;
};

/** Sub-units named on the project sheets, in order of first appearance, one per 单位编码. */
const subUnitsOf = (sheets: readonly ParsedSheet[]): SubUnit[] => {
  const byCode = new Map<string, SubUnit>();
  for (const { subUnit } of sheets) {
    const known = byCode.get(subUnit.code ?? '');
    if (known && known.name !== subUnit.name) {
      throw new JiyuanSourceError(`单位编码 ${subUnit.code} names both ${known.name} and ${subUnit.name}`);
    }
    byCode.set(subUnit.code ?? '', known ?? subUnit);
  }
  return [...byCode.values()];
};

const checkUnitCodes = (tables: readonly StandardTable[]): void => {
  for (const row of tables.flatMap((table) => table.rows)) {
    if (row.unitCode !== undefined && row.unitCode !== AGENCY_CODE) {
      throw new JiyuanSourceError(`单位代码 ${row.unitCode} is not ${AGENCY_CODE}`);
    }
  }
};

export const convertJiyuan = (sourceText: string): BudgetDocument => {
  const lines = applyLineDrops(toSourceLines(sourceText), LAYOUT_CORRECTIONS);
  const departmentStart = indexOf(lines, DEPARTMENT_TABLE_TITLE);
  const sheetsStart = indexOf(lines, PROJECT_SHEET_TITLE, departmentStart + 1);

  const tableLines = lines.slice(0, departmentStart);
  const unitName = unitNameOf(tableLines);
  const { fiscalYear, tables } = parseStandardTables(tableLines, unitName);
  checkUnitCodes(tables);
  const targetTable = parseDepartmentTargetTable(lines.slice(departmentStart, sheetsStart));
  if (targetTable.unitName !== unitName) {
    throw new JiyuanSourceError(`department table names ${targetTable.unitName}, the tables ${unitName}`);
  }
  const sheets = parseProjectSheets(lines.slice(sheetsStart));

  return {
    schemaVersion: BUDGET_DOCUMENT_SCHEMA_VERSION,
    unit: {
      id: unitIdOf(DIVISION.code, AGENCY_CODE),
      division: { ...DIVISION },
      code: AGENCY_CODE,
      name: unitName,
      subUnits: subUnitsOf(sheets),
      duties: [],
    },
    fiscalYear,
    tables,
    performance: {
      department: { overall: [], subGoals: [], measures: [], targetTable },
      specialFunds: [],
      projects: sheets.map((sheet) => sheet.project),
    },
  };
};
