import { defineRule } from '../../framework/rule';
import { reportNames } from './name-check';

export const clsName002 = defineRule({
  id: 'CLS-NAME-002',
  severity: 'error',
  category: 'classification',
  title: '不使用已更名的旧科目名称',
  checks:
    '科目行不使用该预算年度之前已更名的旧名称（如2019年起“医疗卫生与计划生育支出”改为“卫生健康支出”）。',
  why: '预算须按当年政府收支分类科目编制；沿用旧名称说明套用了旧模板，口径可能也未随之调整。',
  check(_document, context, report) {
    reportNames(context, ['outdated'], report);
  },
});
