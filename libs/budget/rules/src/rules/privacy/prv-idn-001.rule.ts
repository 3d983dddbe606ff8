import { defineRule } from '../../framework/rule';
import { isUnderClassifiedProject } from './classified-paths';

const ID_NUMBER =
  /(?<![0-9])[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[0-9Xx](?![0-9A-Za-z])/g;
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

/** GB 11643: the 18th character is the ISO 7064 MOD 11-2 check of the first 17. */
export const isValidIdNumber = (id: string): boolean => {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARACTERS[sum % 11] === id[17]?.toUpperCase();
};

export const prvIdn001 = defineRule({
  id: 'PRV-IDN-001',
  severity: 'error',
  category: 'privacy',
  title: '公开内容不含身份证号码',
  checks: '将公开的文字中没有18位居民身份证号码（按GB 11643校验位核对，校验不通过的数字串不报告）。',
  why: '身份证号码是敏感个人信息，预算公开不得载明。',
  check(_document, context, report) {
    for (const field of context.suspiciousText()) {
      const candidates = field.value.match(ID_NUMBER)?.filter(isValidIdNumber);
      if (!candidates || candidates.length === 0 || isUnderClassifiedProject(context, field.path)) continue;
      for (const id of candidates) {
        const masked = `${id.slice(0, 6)}********${id.slice(14)}`;
        report({
          message: `公开内容中含有身份证号码“${masked}”，公开前必须删除。`,
          location: { path: field.path },
          expected: '不含身份证号码',
          actual: masked,
        });
      }
    }
  },
});
