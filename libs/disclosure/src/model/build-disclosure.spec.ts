import { STANDARD_TABLES } from '@budgetflow/budget-domain';
import { loadSeed } from '../testing/seed-documents';
import { buildDisclosure } from './build-disclosure';
import type { BudgetTableView } from './disclosure.model';

const generatedAt = '2022-02-10T08:00:00.000Z';
const handan = buildDisclosure(loadSeed('handan-psb-2022'), { generatedAt });
const tableOf = (kind: string, model = handan): BudgetTableView => {
  const table = model.budgetPart.tables.find((candidate) => candidate.kind === kind);
  if (!table) throw new Error(`no ${kind}`);
  return table;
};
const bodyTexts = (table: BudgetTableView, row: number) => table.body[row]?.map((cell) => cell.text);

describe('buildDisclosure', () => {
  it('titles the disclosure after the unit and year and lists parts, tables and sections in the 目录', () => {
    expect(handan.title).toBe('邯郸市公安局 2022 年部门预算信息公开');
    expect(handan.toc.map((entry) => entry.label)).toEqual([
      '第一部分 部门预算',
      '部门预算收支总表',
      '部门预算收入总表',
      '部门预算支出总表',
      '部门预算财政拨款收支总表',
      '部门预算一般公共预算财政拨款支出表',
      '部门预算一般公共预算财政拨款基本支出表',
      '部门预算政府基金预算财政拨款支出表',
      '部门预算国有资本经营预算财政拨款支出表',
      '部门预算财政拨款“三公”经费支出表',
      '第二部分 情况说明',
      '一、部门职责及机构设置情况',
      '二、部门预算安排的总体情况',
      '三、机关运行经费安排情况',
      '四、财政拨款“三公”经费预算情况及增减变化原因',
      '五、预算绩效信息',
      '六、政府采购预算情况',
      '七、国有资产信息',
      '八、名词解释',
      '九、其他需要说明的事项',
    ]);
  });

  it('prints the nine tables in national order with unit, year, 单位：万元 and a 栏次 row', () => {
    expect(handan.budgetPart.tables.map((table) => table.kind)).toEqual(STANDARD_TABLES.map((t) => t.kind));
    const income = tableOf('incomeSummary');
    expect(income.lead).toEqual({
      unit: '312 邯郸市公安局',
      year: '预算年度：2022',
      unitOfMeasure: '单位：万元',
    });
    expect(income.header.at(-1)?.map((cell) => cell.text)).toEqual([
      '栏次',
      ...Array.from({ length: 12 }, (_, i) => String(i + 1)),
    ]);
    expect(bodyTexts(income, 0)).toEqual([
      '1',
      '',
      '合计',
      '46003.87',
      '46003.87',
      '46003.87',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
  });

  it('pairs the two sides of 收支总表 by position and puts the totals at the foot, as printed', () => {
    const summary = tableOf('budgetSummary');
    expect(summary.body).toHaveLength(33);
    expect(bodyTexts(summary, 30)).toEqual(['31', '本年收入合计', '46003.87', '本年支出合计', '46003.87']);
    expect(bodyTexts(summary, 32)).toEqual(['33', '收入总计', '46003.87', '支出总计', '46003.87']);
    const fiscal = tableOf('fiscalAppropriationSummary');
    expect(fiscal.body).toHaveLength(36);
    expect(bodyTexts(fiscal, 35)?.slice(0, 4)).toEqual(['36', '收入总计', '46003.87', '支出总计']);
  });

  it('keeps the printed note of an empty table', () => {
    expect(tableOf('govFundExpenditure').notes).toEqual(['注：无政府基金预算财政拨款预算，空表列示。']);
    expect(tableOf('govFundExpenditure').body).toEqual([]);
  });

  it('takes the narrative figures that have a table cell from the table', () => {
    const threePublic = handan.explanationPart.sections.find((section) => section.kind === 'threePublic');
    const text = threePublic?.blocks[0]?.kind === 'paragraph' ? threePublic.blocks[0].text : '';
    expect(text).toContain('“三公”经费预算安排726.08万元'); // the author wrote 906.49
    expect(text).toContain('公务接待费45.01万元'); // the author wrote 46.46
    expect(text).not.toContain('906.49');
    const kept = handan.figures.find((figure) => figure.key === 'threePublic.vehicles');
    expect(kept).toMatchObject({ source: 'narrative', keptBecause: 'blank-cell' });
    expect(handan.figures.find((figure) => figure.key === 'change.total')).toMatchObject({
      source: 'narrative',
      keptBecause: 'no-table-cell',
    });
  });

  it('is deterministic for the same document and options', () => {
    expect(buildDisclosure(loadSeed('handan-psb-2022'), { generatedAt })).toEqual(handan);
  });

  it('records a correction that supersedes an earlier disclosure', () => {
    const corrected = buildDisclosure(loadSeed('handan-psb-2022'), {
      generatedAt,
      correction: { supersedes: 'sha256:abc', reason: '更正“三公”经费说明' },
    });
    expect(corrected.meta.correction).toEqual({ supersedes: 'sha256:abc', reason: '更正“三公”经费说明' });
  });

  it('renders the Henan layout: missing tables empty with the standard note, the extra table after the nine', () => {
    const jiyuan = buildDisclosure(loadSeed('jiyuan-psb-2020'), { generatedAt });
    expect(jiyuan.budgetPart.tables.map((table) => table.kind)).toEqual([
      ...STANDARD_TABLES.map((t) => t.kind),
      'economicClassSummary',
    ]);
    const stateCapital = tableOf('stateCapitalExpenditure', jiyuan);
    expect(stateCapital).toMatchObject({ generated: true, caption: '2020年国有资本经营预算支出情况表' });
    expect(stateCapital.notes).toEqual(['注：无国有资本经营预算财政拨款预算，空表列示。']);
    expect(tableOf('incomeSummary', jiyuan).notes).toEqual(['注：无部门预算收入，空表列示。']);
    // Henan numbers 栏次 from 总计 = 1; its label columns carry none.
    expect(
      tableOf('expenditureSummary', jiyuan)
        .header.at(-1)
        ?.map((cell) => cell.text),
    ).toEqual(['栏次', '', '', '', '1', '2', '3', '4', '5', '6', '7', '8']);
    expect(jiyuan.projects).toHaveLength(70);
    expect(jiyuan.explanationPart.sections.map((section) => section.heading)).toEqual([
      '一、部门职责及机构设置情况',
      '二、预算绩效信息',
    ]);
  });

  it('publishes a targets-only document (Julu) without inventing empty tables', () => {
    const julu = buildDisclosure(loadSeed('julu-psb-2024'), { generatedAt });
    expect(julu.budgetPart.tables).toEqual([]);
    expect(julu.budgetPart.notice).toBe('本文件未包含部门预算表。');
    expect(julu.projects).toHaveLength(32);
    expect(julu.projects[0]?.facts.body.map((row) => row[0]?.text)).toContain('资金支出计划（%）');
  });
});
