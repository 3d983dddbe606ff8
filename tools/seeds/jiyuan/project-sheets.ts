import type { ProjectDetails, ProjectTarget, SubUnit } from '@budgetflow/budget-domain';
import { INDICATOR_HEADER, parseProjectIndicators } from './project-indicators';
import { amountOf, cellAt, isBlank, JiyuanSourceError, type SourceLine } from './source-lines';

/**
 * The 70 Henan project sheets (…支出项目绩效目标表). Each sheet prints label/value cells in pairs
 * (`单位编码 | 020001001 | 资金用途 | 业务类`), then 项目详细信息 (label | text), then 项目绩效目标
 * and the indicator table. Values are stored verbatim; a blank cell is an absent property.
 */

/** `济源市公安局行政支出项目绩效目标表` → the unit in the title, `济源市公安局`. */
export const PROJECT_SHEET_TITLE = /^(.+?)(?:行政)?支出项目绩效目标表$/;

const HEADER_LABELS = [
  '项目名称',
  '单位编码',
  '资金用途',
  '项目负责人',
  '联系人',
  '联系电话',
  '开始时间',
  '结束时间',
  '项目总金额',
  '项目本年度金额',
  '上年度项目总金额',
  '项目上年度金额',
  '项目总目标',
  '年度绩效目标',
] as const;

const DETAIL_LABELS: Readonly<Record<string, keyof ProjectDetails>> = {
  项目概况: 'overview',
  立项依据: 'basis',
  项目设立的必要性: 'necessity',
  项目配套制度措施: 'supportingMeasures',
  项目实施计划: 'implementationPlan',
  备注: 'remarks',
};

/** Lines that only structure the sheet. */
const SECTION_LINES = new Set(['项目详细信息', '项目绩效目标']);

type Cells = Map<string, { readonly value: string; readonly line: SourceLine }>;

const collectCells = (lines: readonly SourceLine[]): Cells => {
  const cells: Cells = new Map();
  const put = (label: string, value: string, line: SourceLine): void => {
    if (cells.has(label)) throw new JiyuanSourceError(`"${label}" printed twice in one sheet`, line);
    cells.set(label, { value, line });
  };
  for (const line of lines) {
    const [first, second, third, fourth] = [0, 1, 2, 3].map((index) => cellAt(line, index));
    if (line.cells.length > 4) throw new JiyuanSourceError('more than four cells', line);
    if (first in DETAIL_LABELS && line.cells.length === 2) {
      put(first, second, line);
    } else if ((HEADER_LABELS as readonly string[]).includes(first)) {
      put(first, second, line);
      if (third !== '') {
        if (!(HEADER_LABELS as readonly string[]).includes(third)) {
          throw new JiyuanSourceError(`unknown label "${third}"`, line);
        }
        put(third, fourth, line);
      } else if (fourth !== '') {
        throw new JiyuanSourceError('value without a label', line);
      }
    } else {
      throw new JiyuanSourceError('unexpected line in a project sheet', line);
    }
  }
  return cells;
};

const required = (cells: Cells, label: string): { value: string; line: SourceLine } => {
  const cell = cells.get(label);
  if (!cell) throw new JiyuanSourceError(`project sheet lacks ${label}`);
  return cell;
};

const text = (cells: Cells, label: string): string => required(cells, label).value;

const amount = (cells: Cells, label: string): string | undefined => {
  const { value, line } = required(cells, label);
  return amountOf(value, line);
};

const date = (cells: Cells, label: string): string => {
  const { value, line } = required(cells, label);
  if (!/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(value))
    throw new JiyuanSourceError(`not a date: "${value}"`, line);
  return value;
};

/** Keys with a blank value are left out: a blank cell is absent, not an empty string. */
const present = <T extends object>(entries: Record<string, string | undefined>): T =>
  Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined && value !== '')) as T;

export interface ParsedSheet {
  readonly project: ProjectTarget;
  readonly subUnit: SubUnit;
}

export const parseProjectSheet = (lines: readonly SourceLine[]): ParsedSheet => {
  const content = lines.filter((line) => !isBlank(line));
  const [titleLine, period, ...rest] = content;
  const title = titleLine.text.trim();
  const unitName = PROJECT_SHEET_TITLE.exec(title)?.[1];
  if (unitName === undefined || !/^\([0-9]{4}年\)$/.test(period?.text.trim() ?? '')) {
    throw new JiyuanSourceError('expected a project sheet title and its year', titleLine);
  }
  const header = rest.findIndex((line) => line.cells.join('|') === INDICATOR_HEADER.join('|'));
  if (header < 0) throw new JiyuanSourceError('project sheet without an indicator table', titleLine);
  const cells = collectCells(rest.slice(0, header).filter((line) => !SECTION_LINES.has(line.text.trim())));

  const name = text(cells, '项目名称');
  const ownerCode = text(cells, '单位编码');
  const details = present<ProjectDetails>({
    startDate: date(cells, '开始时间'),
    endDate: date(cells, '结束时间'),
    manager: text(cells, '项目负责人'),
    contact: text(cells, '联系人'),
    phone: text(cells, '联系电话'),
    ...Object.fromEntries(Object.entries(DETAIL_LABELS).map(([label, key]) => [key, text(cells, label)])),
  });
  const project: ProjectTarget = {
    name,
    title,
    owner: { code: ownerCode, name: unitName },
    classified: false,
    ...present<
      Pick<ProjectTarget, 'amount' | 'totalAmount' | 'previousYearTotalAmount' | 'previousYearAmount'>
    >({
      amount: amount(cells, '项目本年度金额'),
      totalAmount: amount(cells, '项目总金额'),
      previousYearTotalAmount: amount(cells, '上年度项目总金额'),
      previousYearAmount: amount(cells, '项目上年度金额'),
    }),
    fundSources: [],
    ...present<Pick<ProjectTarget, 'fundUse'>>({ fundUse: text(cells, '资金用途') }),
    spendPlan: [],
    goals: [],
    ...present<Pick<ProjectTarget, 'overallGoal' | 'annualGoal'>>({
      overallGoal: text(cells, '项目总目标'),
      annualGoal: text(cells, '年度绩效目标'),
    }),
    details,
    indicators: parseProjectIndicators(rest.slice(header + 1)),
  };
  return { project, subUnit: { code: ownerCode, name: unitName } };
};

/** Cuts the sheets at their titles; each runs to the next title or the end of the document. */
export const parseProjectSheets = (lines: readonly SourceLine[]): ParsedSheet[] => {
  const starts = lines.flatMap((line, index) => (PROJECT_SHEET_TITLE.test(line.text.trim()) ? [index] : []));
  if (starts[0] !== lines.findIndex((line) => !isBlank(line))) {
    throw new JiyuanSourceError('text before the first project sheet');
  }
  return starts.map((start, i) => parseProjectSheet(lines.slice(start, starts[i + 1] ?? lines.length)));
};
