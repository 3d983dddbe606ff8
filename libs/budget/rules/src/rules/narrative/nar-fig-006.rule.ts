import { Amount } from '@budgetflow/budget-domain';
import { amountOf, orZero, sumOf } from '../../framework/amount-text';
import { defineRule } from '../../framework/rule';
import { figureQuote, narrativeFigures } from './narrative-figures';

/** 政府采购 and 国有资产 figures agree with the procurement and asset tables. */
export const narFig006 = defineRule({
  id: 'NAR-FIG-006',
  severity: 'error',
  category: 'narrative',
  title: '政府采购、国有资产数字与其附表一致',
  checks:
    '情况说明中政府采购预算总额等于部门政府采购预算表各行“合计”之和；上年末固定资产金额等于固定资产占用情况表的合计行（无合计行时为各行价值之和）；车辆数等于表中车辆行的数量。',
  why: '采购和资产附表是文字说明的依据，两者不符说明其一有误。',
  check(document, context, report) {
    const procurement = document.procurement;
    const assets = document.assets;
    const assetTotal = (): Amount | undefined => {
      if (!assets) return undefined;
      const totalRow = assets.rows.find((row) => row.category === 'total');
      return totalRow
        ? orZero(amountOf(totalRow.value))
        : sumOf(assets.rows.map((row) => amountOf(row.value)));
    };
    const expectedOf = (key: string): { value: Amount; source: string } | undefined => {
      if (key === 'procurement.total' && procurement) {
        return {
          value: sumOf(procurement.rows.map((row) => amountOf(row.amounts.total))),
          source: `「${procurement.title}」合计`,
        };
      }
      if (key === 'assets.fixedAssets.value' && assets) {
        return { value: orZero(assetTotal()), source: `「${assets.title}」价值合计` };
      }
      if (key === 'assets.vehicles.count' && assets) {
        const vehicles = assets.rows.filter((row) => row.category === 'vehicle');
        return {
          value: sumOf(vehicles.map((row) => amountOf(row.quantity))),
          source: `「${assets.title}」车辆数量`,
        };
      }
      return undefined;
    };
    for (const located of narrativeFigures(document, context)) {
      const expected = expectedOf(located.figure.key);
      if (!expected || context.sameAmount(located.amount, expected.value)) continue;
      report({
        message: `${figureQuote(located)}，${expected.source}为${expected.value.toString()}，两者不符。`,
        location: { path: located.path },
        expected: expected.value.toString(),
        actual: located.amount.toString(),
      });
    }
  },
});
