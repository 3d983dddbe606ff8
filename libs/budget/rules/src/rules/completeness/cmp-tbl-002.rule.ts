import { defineRule } from '../../framework/rule';
import { expectedContent } from './expected-content';

/** 「注：无…，空表列示。」 or any note that says why the table is empty. */
const EMPTY_NOTE = /空表|无[^，。；]*(预算|收入|支出|经费|资产|采购)|未安排|没有/;

export const cmpTbl002 = defineRule({
  id: 'CMP-TBL-002',
  severity: 'warning',
  category: 'completeness',
  title: '空表附有说明',
  checks:
    '没有数据行的表（含政府采购预算表、固定资产占用情况表）附有说明为何为空的注（如“注：无政府性基金预算财政拨款预算，空表列示。”）。其他表列明该表应有金额的，由CMP-TBL-003报告，本规则不再提示加注。',
  why: '《地方预决算公开操作规程》要求没有数据的表空表列示并说明原因，否则公众无法区分“没有”和“漏报”。',
  check(document, context, report) {
    const empties = [
      ...context.tables.tables.map((table) => ({
        rows: table.table.rows,
        notes: table.table.notes,
        title: table.table.title,
        path: table.pointer,
        table: table.kind,
      })),
      ...(document.procurement ? [{ ...document.procurement, path: '/procurement', table: undefined }] : []),
      ...(document.assets ? [{ ...document.assets, path: '/assets', table: undefined }] : []),
    ];
    for (const { rows, notes, title, path, table } of empties) {
      if (rows.length > 0 || notes.some((note) => EMPTY_NOTE.test(note))) continue;
      // A table other tables say must hold amounts is not empty but left out (CMP-TBL-003).
      if (table && expectedContent(context, table) !== undefined) continue;
      report({
        message: `「${title}」为空表，但未注明原因（如“注：无…，空表列示。”）。`,
        location: { ...(table ? { table } : {}), path: `${path}/notes` },
        expected: '空表说明',
        actual: notes.length > 0 ? notes.join(' ') : '无',
      });
    }
  },
});
