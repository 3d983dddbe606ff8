import { Amount, type FigureKey } from '@budgetflow/budget-domain';
import { rowLabel, tableLabel } from '../../framework/labels';
import { defineRule } from '../../framework/rule';
import { figureQuote, firstFigureByKey, narrativeFigures } from './narrative-figures';

/**
 * Economic 款 of 310 资本性支出 that buy equipment and vehicles: what a unit buys with them is a
 * fixed asset, bought through government procurement (办公设备 and 公务用车 are on the 集中采购目录).
 */
const EQUIPMENT_CODES = new Set([
  '31002', // 办公设备购置
  '31003', // 专用设备购置
  '31007', // 信息网络及软件购置更新
  '31013', // 公务用车购置
  '31019', // 其他交通工具购置
]);

const STATEMENTS: ReadonlyArray<{ readonly key: FigureKey; readonly noun: string }> = [
  { key: 'assets.plannedPurchase', noun: '本年度拟购置固定资产总额' },
  { key: 'procurement.total', noun: '政府采购预算' },
];

export const narFig008 = defineRule({
  id: 'NAR-FIG-008',
  severity: 'warning',
  category: 'narrative',
  title: '设备购置支出与拟购置资产、政府采购预算相符',
  checks:
    '基本支出表列有设备、车辆购置支出（31002 办公设备购置、31003 专用设备购置、31007 信息网络及软件购置更新、31013 公务用车购置、31019 其他交通工具购置）时，情况说明所称本年度拟购置固定资产总额和政府采购预算均不少于这些支出之和。',
  why: '用这些科目购置的是固定资产，且办公设备、公务用车属集中采购目录，须编列政府采购预算；文字称“拟购置固定资产0万元”“政府采购预算0万元”而基本支出安排了设备购置，说明资产和采购预算漏报。项目支出也可能购置资产，但公开表不列其经济分类，故只以基本支出为下限；因个别购置可能低于采购限额，故为警告。',
  check(document, context, report) {
    const table = context.tables.table('generalBudgetBasicExpenditure');
    if (!table) return;
    const lines = table.entries.filter(
      (entry) => entry.row.code !== undefined && EQUIPMENT_CODES.has(entry.row.code),
    );
    const amounts = lines.map((entry) => table.cell(entry, 'total') ?? Amount.ZERO);
    const spent = Amount.sum(amounts);
    if (spent.compare(Amount.ZERO) <= 0) return;
    const detail = lines
      .map((entry, i) => (amounts[i]?.isZero() ? '' : `${rowLabel(entry)}${amounts[i]?.toString() ?? ''}`))
      .filter((text) => text !== '')
      .join('、');
    const figures = firstFigureByKey(narrativeFigures(document, context));
    for (const { key, noun } of STATEMENTS) {
      const stated = figures.get(key);
      if (!stated || spent.minus(stated.amount).compare(context.config.amountTolerance) <= 0) continue;
      report({
        message: `${figureQuote(stated)}，但${tableLabel(table)}安排设备购置支出${spent.toString()}万元（${detail}），${noun}不应少于此数。`,
        location: { table: table.kind, path: stated.path },
        expected: `≥${spent.toString()}`,
        actual: stated.amount.toString(),
      });
    }
  },
});
