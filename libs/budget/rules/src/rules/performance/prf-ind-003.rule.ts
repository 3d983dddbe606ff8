import {
  flattenPerformanceIndicators,
  isPlaceholderTarget,
  parseIndicatorTarget,
  type IndicatorTarget,
} from '@budgetflow/budget-domain';
import { defineRule } from '../../framework/rule';
import { isTemplateLevelName, templateOf } from './indicator-templates';

/** `监所管理无事故 0`, `安保无事故 =0起`: a zero that states "none happens" is a real target. */
const STATES_ABSENCE = /无|零|不发生|事故|投诉|差错|失误|违规|违纪|死亡|伤亡|泄密|损失/;

const isPlaceholder = (name: string, target: IndicatorTarget): boolean =>
  isPlaceholderTarget(target) &&
  !(target.kind === 'quantity' && target.comparator !== '≥' && STATES_ABSENCE.test(name));

export const prfInd003 = defineRule({
  id: 'PRF-IND-003',
  severity: 'error',
  category: 'performance',
  title: '指标值不是空白或“≥0”之类的占位值',
  checks:
    '项目和部门绩效目标表的每个指标值不为空，也不是“≥0%”“0%”“0”之类不构成任何承诺的值；指标名称表明“无事故”“零投诉”等时，0是实在的目标，不报告。',
  why: '“≥0%”永远能达成，空白无法考核；这类指标值等于没有设定目标，应退回修改。',
  check(document, context, report) {
    for (const { project, label, indicators } of context.projects()) {
      if (project.classified) continue;
      const template = templateOf(project);
      for (let i = 0; i < indicators.length; i++) {
        const target = indicators.target(i);
        // Most targets are real ones: the indicator itself is read only for a placeholder.
        if (!isPlaceholderTarget(target)) continue;
        const indicator = indicators.indicator(i);
        // An empty row named like a template level is a misaligned table: PRF-LVL-002 reports it.
        if (!isPlaceholder(indicator.name, target) || isTemplateLevelName(template, indicator.name)) continue;
        report({
          message: `${label}的指标“${indicator.name}”指标值为“${target.raw || '空白'}”，没有设定实际目标。`,
          location: {
            project: project.name,
            indicator: indicators.label(i),
            path: `${indicators.pointer(i)}/target`,
          },
          expected: '可考核的指标值',
          actual: target.raw || '空白',
        });
      }
    }
    const table = document.performance?.department?.targetTable;
    if (!table) return;
    for (const {
      category,
      group,
      indicator,
      path: [c, g, i],
    } of flattenPerformanceIndicators(table.indicators)) {
      const target = parseIndicatorTarget(indicator.target);
      if (!isPlaceholder(indicator.name, target)) continue;
      report({
        message: `部门绩效目标表的指标“${indicator.name}”指标值为“${target.raw || '空白'}”，没有设定实际目标。`,
        location: {
          indicator: `${category}/${group}/${indicator.name}`,
          path: `/performance/department/targetTable/indicators/${c}/groups/${g}/indicators/${i}/target`,
        },
        expected: '可考核的指标值',
        actual: target.raw || '空白',
      });
    }
  },
});
