import { defineRule } from '../../framework/rule';

/** A post, office or unit rather than a person: 财务科, 办公室主任, 项目负责人. */
const NOT_A_PERSON = /[科处室局队所部组股站院]|中心|办公|主任|负责|领导|单位|部门/;
/** A Chinese personal name: two to four Han characters (a middle dot for minority names). */
const PERSONAL_NAME = /^[\u4e00-\u9fa5]{2,4}(?:·[\u4e00-\u9fa5]{1,6})?$/;

const FIELDS = [
  ['manager', '项目负责人'],
  ['contact', '联系人'],
] as const;

export const prvNam001 = defineRule({
  id: 'PRV-NAM-001',
  severity: 'warning',
  category: 'privacy',
  title: '公开的项目表不载个人姓名',
  checks:
    '非涉密项目的“项目负责人”“联系人”栏填写的是个人姓名（2–4个汉字，不含科、室、中心等机构字样）时提示。',
  why: '姓名属个人信息，预算公开通常只需载明责任部门；是否公开经办人姓名由单位决定，故为警告，请在公开前确认。',
  check(_document, context, report) {
    for (const { project, pointer, label } of context.projects()) {
      if (project.classified || !project.details) continue;
      for (const [field, title] of FIELDS) {
        const value = project.details[field]?.trim();
        if (!value || NOT_A_PERSON.test(value) || !PERSONAL_NAME.test(value)) continue;
        report({
          message: `${label}“${title}”栏为个人姓名“${value}”，公开前请确认是否应公开，或改填责任部门。`,
          location: { project: project.name, path: `${pointer}/details/${field}` },
          expected: '责任部门或职务',
          actual: value,
        });
      }
    }
  },
});
