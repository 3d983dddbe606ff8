import { defineRule } from '../../framework/rule';
import { isUnderClassifiedProject } from './classified-paths';

/** A post, office or unit rather than a person: 财务科, 办公室主任, 项目负责人. */
const NOT_A_PERSON = /[科处室局队所部组股站院]|中心|办公|主任|负责|领导|单位|部门/;
/**
 * `负责人：张五星，` `联系人为何小艳。`: a label that introduces a person, then two to four Han
 * characters (a middle dot for minority names) ending where the sentence or the list goes on.
 */
const LABELLED_NAME =
  /(?:负责人|联系人|经办人|责任人)(?:为|是|[:：])?\s*([\u4e00-\u9fa5]{2,4}(?:·[\u4e00-\u9fa5]{1,6})?)(?=$|[\s，,。；;、（(）)：:]|电话|手机|联系)/g;

/**
 * The project sheet's own 项目负责人, 联系人 and 联系电话 cells name the unit's officials where the
 * template asks for them; the disclosure leaves them out unless the publisher opts in
 * (libs/disclosure PERSONAL_DETAIL_KEYS), so they are not published text. Phone numbers there are
 * still checked by PRV-MOB-001.
 */
const UNPUBLISHED_DETAIL = /\/details\/(?:manager|contact|phone)$/;

export const prvNam001 = defineRule({
  id: 'PRV-NAM-001',
  severity: 'warning',
  category: 'privacy',
  title: '公开的文字不载个人姓名',
  checks:
    '将公开的文字（项目概况、立项依据、绩效目标、情况说明等）中以“负责人”“联系人”“经办人”“责任人”引出的个人姓名（2–4个汉字，不含科、室、中心等机构字样）。项目表“项目负责人”“联系人”栏是模板指定填写经办人员的栏目，公开时默认不输出，不检查；涉密项目不公开，不检查。',
  why: '姓名属个人信息，预算公开通常只需载明责任部门；是否公开经办人姓名由单位决定，故为警告，请在公开前确认。',
  check(_document, context, report) {
    for (const field of context.suspiciousText()) {
      if (UNPUBLISHED_DETAIL.test(field.path)) continue;
      let names: string[] | undefined;
      for (const match of field.value.matchAll(LABELLED_NAME)) {
        const name = match[1];
        if (name === undefined || NOT_A_PERSON.test(name)) continue;
        (names ??= []).push(name);
      }
      if (!names || isUnderClassifiedProject(context, field.path)) continue;
      for (const name of names) {
        report({
          message: `公开内容中写有个人姓名“${name}”：“${field.value.length > 60 ? `${field.value.slice(0, 60)}…` : field.value}”，公开前请确认是否应公开，或改写为责任部门。`,
          location: { path: field.path },
          expected: '责任部门或职务',
          actual: name,
        });
      }
    }
  },
});
