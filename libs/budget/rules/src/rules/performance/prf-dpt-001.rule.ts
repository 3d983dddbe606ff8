import { defineRule } from '../../framework/rule';

export const prfDpt001 = defineRule({
  id: 'PRF-DPT-001',
  severity: 'warning',
  category: 'performance',
  title: '公开部门整体绩效目标',
  checks: '文件包含部门整体绩效目标（总体目标、分项目标或部门绩效目标表之一）。',
  why: '部门整体绩效目标随部门预算公开是绩效管理的要求；部分地区尚未全面推开，故为警告。',
  check(document, _context, report) {
    const department = document.performance?.department;
    const present =
      department &&
      (department.overall.length > 0 ||
        department.subGoals.length > 0 ||
        department.targetTable !== undefined);
    if (present) return;
    report({
      message: '未公开部门整体绩效目标。',
      location: { path: document.performance ? '/performance/department' : '/performance' },
      expected: '部门整体绩效目标',
      actual: '缺失',
    });
  },
});
