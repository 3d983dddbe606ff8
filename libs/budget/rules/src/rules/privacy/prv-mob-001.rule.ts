import { defineRule } from '../../framework/rule';
import { isUnderClassifiedProject } from './classified-paths';

const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/g;

export const prvMob001 = defineRule({
  id: 'PRV-MOB-001',
  severity: 'error',
  category: 'privacy',
  title: '公开内容不含手机号码',
  checks: '将公开的文字中没有11位手机号码（1开头、第二位3–9）。',
  why: '《个人信息保护法》要求公开个人信息须有法定依据；手机号码属个人信息，联系方式应使用办公电话。',
  check(_document, context, report) {
    for (const field of context.suspiciousText()) {
      const numbers = field.value.match(MOBILE);
      if (!numbers || isUnderClassifiedProject(context, field.path)) continue;
      for (const number of numbers) {
        report({
          message: `公开内容中含有手机号码“${number.slice(0, 3)}****${number.slice(7)}”，公开前应删除或改为办公电话。`,
          location: { path: field.path },
          expected: '不含手机号码',
          actual: `${number.slice(0, 3)}****${number.slice(7)}`,
        });
      }
    }
  },
});
