import { defineRule } from '../../framework/rule';

/** Template leftovers: XX/××, 待填写, TODO, 某某, ???. Letters around XX mean a real word (XXL). */
const PLACEHOLDER =
  /(?<![A-Za-z])(?:XX+|xx+|ＸＸ+)(?![A-Za-z])|××|待填写|待补充|TODO|TBD|请填写|某某|[?？]{3,}/;

export const cmpTxt001 = defineRule({
  id: 'CMP-TXT-001',
  severity: 'error',
  category: 'completeness',
  title: '无模板占位文字',
  checks: '文件任何文字中都没有模板占位符：XX、××、待填写、待补充、请填写、TODO、TBD、某某、???。',
  why: '占位文字说明有内容没有填写，直接公开会损害公开质量。',
  check(_document, context, report) {
    for (const field of context.suspiciousText()) {
      const match = PLACEHOLDER.exec(field.value);
      if (!match) continue;
      report({
        message: `文字中有未替换的占位内容“${match[0]}”：“${field.value.length > 60 ? `${field.value.slice(0, 60)}…` : field.value}”。`,
        location: { path: field.path },
        expected: '实际内容',
        actual: field.value,
      });
    }
  },
});
