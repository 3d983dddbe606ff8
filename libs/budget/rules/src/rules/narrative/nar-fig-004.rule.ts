import { defineRule } from '../../framework/rule';
import { firstFigureByKey, narrativeFigures } from './narrative-figures';
import { checkStatedParts } from './parts-check';

export const narFig004 = defineRule({
  id: 'NAR-FIG-004',
  severity: 'error',
  category: 'narrative',
  title: '情况说明中收入、支出的分项之和等于总额',
  checks:
    '情况说明中：收入总计＝一般公共预算、政府性基金、国有资本经营预算、财政专户、单位资金收入与上年结转结余之和；支出总计＝基本支出＋项目支出；基本支出＝人员经费＋公用经费。未全部列出分项时，已列分项之和不得超过总额。',
  why: '收支说明逐项解释预算总额，分项与总额不符说明文字与报表至少一处有误。',
  check(document, context, report) {
    const figures = firstFigureByKey(narrativeFigures(document, context));
    checkStatedParts(
      context,
      figures,
      'income.total',
      [
        'income.generalPublicBudget',
        'income.govFundBudget',
        'income.stateCapitalBudget',
        'income.fiscalSpecialAccount',
        'income.unitFunds',
        'income.priorYearCarryover',
      ],
      '各项收入',
      report,
    );
    checkStatedParts(
      context,
      figures,
      'expenditure.total',
      ['expenditure.basic', 'expenditure.project'],
      '支出分项',
      report,
    );
    checkStatedParts(
      context,
      figures,
      'expenditure.basic',
      ['expenditure.basic.personnel', 'expenditure.basic.public'],
      '基本支出分项',
      report,
    );
  },
});
