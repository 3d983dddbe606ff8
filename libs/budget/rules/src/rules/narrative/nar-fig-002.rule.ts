import { defineRule } from '../../framework/rule';
import { firstFigureByKey, narrativeFigures } from './narrative-figures';
import { checkStatedParts } from './parts-check';

export const narFig002 = defineRule({
  id: 'NAR-FIG-002',
  severity: 'error',
  category: 'narrative',
  title: '比上年增减的分项之和等于增减总额',
  checks:
    '情况说明“比上年增减情况”中，基本支出增减额＋项目支出增减额＝收支预算增减总额（按增加为正、减少为负计算）。',
  why: '增减原因的说明必须能解释全部增减额，分项与总额对不上说明至少一个数字有误。',
  check(document, context, report) {
    const figures = firstFigureByKey(narrativeFigures(document, context));
    checkStatedParts(
      context,
      figures,
      'change.total',
      ['change.basic', 'change.project'],
      '增减分项',
      report,
    );
  },
});
