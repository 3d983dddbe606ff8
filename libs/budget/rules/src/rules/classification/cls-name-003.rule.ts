import { defineRule } from '../../framework/rule';
import { reportNames } from './name-check';

export const clsName003 = defineRule({
  id: 'CLS-NAME-003',
  severity: 'info',
  category: 'classification',
  title: '科目名称的简写和加注',
  checks: '科目名称省略“支出”（如“公共安全”）或加注上级科目（如“行政运行(公安)”）。',
  why: '这两种写法不改变科目含义、读者不会误解，多为地方模板习惯，故只作提示；建议公开时使用规范全称。',
  check(_document, context, report) {
    reportNames(context, ['abbreviated', 'annotated'], report);
  },
});
