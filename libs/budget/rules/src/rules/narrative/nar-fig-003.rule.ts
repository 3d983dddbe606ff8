import { defineRule } from '../../framework/rule';
import { firstFigureByKey, narrativeFigures } from './narrative-figures';
import { checkStatedParts } from './parts-check';

export const narFig003 = defineRule({
  id: 'NAR-FIG-003',
  severity: 'error',
  category: 'narrative',
  title: '情况说明中“三公”经费各项之和等于总额',
  checks:
    '情况说明“三公”经费部分：因公出国（境）费＋公务用车购置及运维费＋公务接待费＝“三公”经费总额；公务用车购置费＋运行维护费＝公务用车购置及运维费。未全部列出分项时，已列分项之和不得超过总额。',
  why: '“三公”经费只含这三项（会议费、培训费不在其中）；文字中的总额与分项不符，读者无法知道哪个数字正确。',
  check(document, context, report) {
    const figures = firstFigureByKey(narrativeFigures(document, context));
    checkStatedParts(
      context,
      figures,
      'threePublic.total',
      ['threePublic.overseas', 'threePublic.vehicles', 'threePublic.reception'],
      '“三公”经费分项',
      report,
    );
    checkStatedParts(
      context,
      figures,
      'threePublic.vehicles',
      ['threePublic.vehicles.purchase', 'threePublic.vehicles.operation'],
      '公务用车费分项',
      report,
    );
  },
});
