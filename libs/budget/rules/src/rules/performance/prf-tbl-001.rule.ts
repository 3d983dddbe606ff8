import { defineRule } from '../../framework/rule';

export const prfTbl001 = defineRule({
  id: 'PRF-TBL-001',
  severity: 'error',
  category: 'performance',
  title: '有项目支出的预算编报项目绩效目标',
  checks: '部门预算支出总表列有项目支出时，文件包含项目绩效目标表。',
  why: '《中共中央 国务院关于全面实施预算绩效管理的意见》要求项目支出全部编报绩效目标并随预算公开。',
  check(document, context, report) {
    const table = context.tables.table('expenditureSummary');
    const total = table?.line('total');
    const project = table && total ? table.cell(total, 'project') : undefined;
    if (!project || project.isZero() || context.projects().length > 0) return;
    report({
      message: `部门预算安排项目支出${project.toString()}万元，但未编报任何项目绩效目标表。`,
      location: { path: document.performance ? '/performance/projects' : '/performance' },
      expected: '项目绩效目标表',
      actual: '缺失',
    });
  },
});
