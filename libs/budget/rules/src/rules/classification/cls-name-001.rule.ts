import { defineRule } from '../../framework/rule';
import { reportNames } from './name-check';

export const clsName001 = defineRule({
  id: 'CLS-NAME-001',
  severity: 'error',
  category: 'classification',
  title: '科目名称与编码相符',
  checks: '科目行印出的名称与该年度政府收支分类科目中该编码的名称相符（全半角括号、空格差异不计）。',
  why: '名称与编码不符时无法判断哪一个是作者本意，公开的科目也就失去意义。',
  check(_document, context, report) {
    reportNames(context, ['different'], report);
  },
});
