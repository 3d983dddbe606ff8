import { defineRule } from '../../framework/rule';

export const prfTim001 = defineRule({
  id: 'PRF-TIM-001',
  severity: 'error',
  category: 'performance',
  title: '时间类指标值在预算年度内',
  checks:
    '以日期表示的指标值（如“2024年12月底前”）落在本预算年度；跨年项目的结束时间晚于本年度时，不晚于项目结束年度的日期不报告。',
  why: '本年度预算的绩效目标应在本年度内完成；写成上一年度的日期，多是照抄上年目标表未作更新。',
  check(document, context, report) {
    const year = document.fiscalYear;
    for (const { project, label, indicators } of context.projects()) {
      if (project.classified) continue;
      const endYear = Number(project.details?.endDate?.slice(0, 4) ?? year);
      for (let i = 0; i < indicators.length; i++) {
        const target = indicators.target(i);
        if (target.kind !== 'date' || target.year === undefined) continue;
        if (target.year === year || (target.year > year && target.year <= endYear)) continue;
        report({
          message: `${label}的指标“${indicators.indicator(i).name}”指标值为“${target.raw}”，不在${year}预算年度内。`,
          location: {
            project: project.name,
            indicator: indicators.label(i),
            path: `${indicators.pointer(i)}/target`,
          },
          expected: `${year}年内的日期`,
          actual: target.raw,
        });
      }
    }
  },
});
