import { defineRule } from '../../framework/rule';
import { figureQuote, narrativeFigures, type LocatedFigure } from './narrative-figures';

export const narFig005 = defineRule({
  id: 'NAR-FIG-005',
  severity: 'error',
  category: 'narrative',
  title: '情况说明前后同一数字一致',
  checks:
    '情况说明在不同段落中陈述同一项数字（如支出总计在“支出说明”和“比上年增减情况”中各出现一次）时，数值相同。',
  why: '同一文件前后矛盾会让公开失去可信度。',
  check(document, context, report) {
    const first = new Map<string, LocatedFigure>();
    for (const located of narrativeFigures(document, context)) {
      const earlier = first.get(located.figure.key);
      if (!earlier) {
        first.set(located.figure.key, located);
        continue;
      }
      if (context.sameAmount(earlier.amount, located.amount) && earlier.figure.unit === located.figure.unit)
        continue;
      report({
        message: `${figureQuote(located)}，与前文${figureQuote(earlier)}不一致。`,
        location: { path: located.path },
        expected: earlier.amount.toString(),
        actual: located.amount.toString(),
      });
    }
  },
});
