import type { BudgetUnit, SubUnit } from '@budgetflow/budget-domain';
import { cellsOf, HandanSourceError, indexOfLine, nonBlank, type SourceLine } from './source-lines';
import type { TableHeader } from './standard-tables';

/** Handan prints no division; 312 is an agency code within 邯郸市 (财政区划 130400). */
const DIVISION = { code: '130400', name: '邯郸市' } as const;

const SUB_UNIT_HEADER = '单位名称\t单位性质\t单位规格\t经费保障形式';

const subUnitOf = (line: SourceLine): SubUnit => {
  const cells = cellsOf(line);
  if (cells.length !== 4 || cells.some((cell) => cell === '')) {
    throw new HandanSourceError('expected 单位名称 | 单位性质 | 单位规格 | 经费保障形式', line);
  }
  const [name, nature, rank, fundingForm] = cells;
  return { name, nature, rank, fundingForm };
};

/**
 * 一、部门职责及机构设置情况: 部门职责 paragraphs (numbering kept) and the 部门机构设置情况 table.
 * `lines` runs from the section heading to the next section.
 */
export const parseUnitProfile = (lines: readonly SourceLine[], header: TableHeader): BudgetUnit => {
  const dutiesStart = indexOfLine(lines, '部门职责：');
  const structureStart = indexOfLine(lines, '机构设置：', dutiesStart);
  const tableTitle = indexOfLine(lines, '部门机构设置情况', structureStart);
  const tableHeader = indexOfLine(lines, (text) => text === SUB_UNIT_HEADER, tableTitle);
  const between = nonBlank(lines.slice(structureStart + 1, tableTitle));
  if (between.length > 0) throw new HandanSourceError('unexpected text under 机构设置', between[0]);
  return {
    id: `${DIVISION.code}-${header.unitCode}`,
    division: { ...DIVISION },
    code: header.unitCode,
    name: header.unitName,
    subUnits: nonBlank(lines.slice(tableHeader + 1)).map(subUnitOf),
    duties: nonBlank(lines.slice(dutiesStart + 1, structureStart)).map((line) => line.text.trim()),
  };
};
