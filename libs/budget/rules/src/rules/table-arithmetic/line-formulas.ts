import type { Amount, TableKind, TableLayout, TableSide } from '@budgetflow/budget-domain';
import { sumOf } from '../../framework/amount-text';
import type { RuleIssue } from '../../framework/finding';
import type { RuleContext } from '../../framework/rule-context';
import { checkCellSum } from '../../framework/sum-check';
import type { IndexedRow, IndexedTable } from '../../framework/table-index';

/**
 * A named line that equals the sum of other lines (or of the function-class rows, `codeRows`) on
 * the same side, column by column.
 */
export interface LineFormula {
  readonly side?: TableSide;
  readonly result: string;
  readonly parts: readonly string[] | 'codeRows';
  /** How the message names the parts. */
  readonly partsLabel: string;
}

const income = (result: string, parts: readonly string[], partsLabel: string): LineFormula => ({
  side: 'income',
  result,
  parts,
  partsLabel,
});
const expenditure = (
  result: string,
  parts: readonly string[] | 'codeRows',
  partsLabel: string,
): LineFormula => ({
  side: 'expenditure',
  result,
  parts,
  partsLabel,
});

const STANDARD_INCOME_LINES = [
  'generalPublicBudget',
  'govFundBudget',
  'stateCapitalBudget',
  'fiscalSpecialAccount',
  'business',
  'operating',
  'superiorSubsidy',
  'subordinateRemittance',
  'other',
];
const GPB_ITEMS = [
  'gpb.appropriation',
  'gpb.administrativeFees',
  'gpb.specialRevenue',
  'gpb.stateAssetUse',
  'gpb.stateCapitalIncome',
  'gpb.housingFund',
  'gpb.debt',
  'gpb.other',
  'gpb.superiorAdvance',
  'gpb.stabilizationFund',
  'gpb.transferIn',
  'gpb.priorYearBalance',
];
const FUND_ITEMS = ['fund.currentYear', 'fund.debt', 'fund.superiorAdvance', 'fund.priorYearBalance'];
const HENAN_UNGROUPED_INCOME = [
  'educationFees',
  'educationFeesCarryover',
  'stateCapitalBudget',
  'business',
  'operating',
  'businessFund',
  'other',
];
const HENAN_EXPENDITURE_BY_NATURE: readonly LineFormula[] = [
  expenditure(
    'basic',
    ['basic.wages', 'basic.public', 'basic.household'],
    '工资福利支出、公用经费、对个人和家庭的补助支出',
  ),
  expenditure('project', ['project.general', 'project.special'], '一般性项目、专项资金'),
  expenditure('expenditureTotal', ['basic', 'project'], '基本支出、项目支出'),
];

/** The totals of the two-sided tables (收支总表, 财政拨款收支总表). */
export const BALANCE_FORMULAS: Readonly<
  Partial<Record<TableKind, Readonly<Record<TableLayout, readonly LineFormula[]>>>>
> = {
  budgetSummary: {
    standard: [
      income('incomeThisYear', STANDARD_INCOME_LINES, '各项收入'),
      income('incomeTotal', ['incomeThisYear', 'priorYearCarryover'], '本年收入合计与上年结转结余'),
      expenditure('expenditureThisYear', 'codeRows', '各功能分类支出'),
      expenditure(
        'expenditureTotal',
        ['expenditureThisYear', 'yearEndCarryover'],
        '本年支出合计与年终结转结余',
      ),
    ],
    'henan-2020': [
      income('gpb.subtotal', GPB_ITEMS, '一般公共预算各项收入'),
      income('fund.subtotal', FUND_ITEMS, '政府性基金各项收入'),
      income('incomeThisYear', [...GPB_ITEMS, ...FUND_ITEMS, ...HENAN_UNGROUPED_INCOME], '各项收入'),
      income(
        'incomeTotal',
        ['incomeThisYear', 'departmentCarryover', 'businessFundMakeup'],
        '本年合计、部门结转与用事业基金弥补收支差额',
      ),
      ...HENAN_EXPENDITURE_BY_NATURE,
    ],
  },
  fiscalAppropriationSummary: {
    standard: [
      income(
        'incomeThisYear',
        ['generalPublicBudget', 'govFundBudget', 'stateCapitalBudget'],
        '各项财政拨款收入',
      ),
      income(
        'priorYearFiscalCarryover',
        [
          'priorYearFiscalCarryover.generalPublicBudget',
          'priorYearFiscalCarryover.govFundBudget',
          'priorYearFiscalCarryover.stateCapitalBudget',
        ],
        '年初各项财政拨款结转和结余',
      ),
      income(
        'incomeTotal',
        ['incomeThisYear', 'priorYearFiscalCarryover'],
        '本年收入合计与年初财政拨款结转和结余',
      ),
      expenditure('expenditureThisYear', 'codeRows', '各功能分类支出'),
      expenditure(
        'expenditureTotal',
        ['expenditureThisYear', 'yearEndFiscalCarryover'],
        '本年支出合计与年末财政拨款结转和结余',
      ),
    ],
    'henan-2020': [
      income('gpb.subtotal', GPB_ITEMS, '一般公共预算各项收入'),
      income('fund.subtotal', FUND_ITEMS, '政府性基金各项收入'),
      income(
        'incomeTotal',
        ['gpb.subtotal', 'fund.subtotal', 'stateCapitalBudget'],
        '一般公共预算、政府性基金和国有资本经营预算收入',
      ),
      expenditure('expenditureTotal', 'codeRows', '各功能分类支出'),
    ],
  },
  threePublicExpenditure: {
    standard: [
      {
        result: 'total',
        parts: ['threePublicSubtotal', 'meetings', 'training'],
        partsLabel: '“三公”经费小计、会议费、培训费',
      },
      {
        result: 'threePublicSubtotal',
        parts: ['overseas', 'vehicles', 'reception'],
        partsLabel: '因公出国（境）费、公务用车购置及运维费、公务接待费',
      },
      {
        result: 'vehicles',
        parts: ['vehicles.purchase', 'vehicles.operation'],
        partsLabel: '公务用车购置费、公务用车运行维护费',
      },
    ],
    'henan-2020': [
      {
        result: 'total',
        parts: ['overseas', 'vehicles', 'reception'],
        partsLabel: '因公出国（境）费、公务用车费、公务接待费',
      },
      {
        result: 'vehicles',
        parts: ['vehicles.purchase', 'vehicles.operation'],
        partsLabel: '公务用车购置、公务用车运行维护费',
      },
    ],
  },
};

/**
 * Checks each formula whose result line is printed, in every column of its side. A blank part
 * that is itself a sum counts as the sum of its own parts, so one blank subtotal is reported once
 * (at that subtotal) and not again at every total above it.
 */
export const checkLineFormulas = (
  context: RuleContext,
  table: IndexedTable,
  formulas: readonly LineFormula[],
  report: (issue: RuleIssue) => void,
): void => {
  const byResult = new Map(formulas.map((formula) => [formula.result, formula]));
  const partsOf = (formula: LineFormula) =>
    formula.parts === 'codeRows'
      ? table.codeRows(formula.side).map((row) => ({ row, line: undefined }))
      : formula.parts.flatMap((line) => {
          const row = table.line(line, formula.side);
          return row ? [{ row, line }] : [];
        });
  const effective = (
    row: IndexedRow,
    line: string | undefined,
    column: string,
    depth: number,
  ): Amount | undefined => {
    const printed = table.cell(row, column);
    const formula = line === undefined ? undefined : byResult.get(line);
    if (printed || !formula || depth > 4) return printed;
    return sumOf(partsOf(formula).map((part) => effective(part.row, part.line, column, depth + 1)));
  };
  for (const formula of formulas) {
    const result = table.line(formula.result, formula.side);
    if (!result) continue;
    const parts = partsOf(formula);
    for (const column of table.columns(formula.side)) {
      const amounts = parts.map((part) => effective(part.row, part.line, column, 0));
      checkCellSum(context, table, result, column, amounts, formula.partsLabel, report);
    }
  }
};
