import type { NarrativeSection } from '@budgetflow/budget-domain';
import { convertHandan } from './convert-handan';
import { readHandanSource } from './handan-source';

// Expected values are the ones printed in 情况说明, including those that contradict the tables.
const doc = convertHandan(readHandanSource());
const sections = doc.narrative?.sections ?? [];
const section = (kind: NarrativeSection['kind']): NarrativeSection => {
  const found = sections.find((candidate) => candidate.kind === kind);
  if (!found) throw new Error(`no section ${kind}`);
  return found;
};
const figures = (kind: NarrativeSection['kind']) =>
  section(kind).figures.map(({ key, amount, reason }) => (reason ? [key, amount, reason] : [key, amount]));

describe('convertHandan: 情况说明', () => {
  it('keeps the title, the preamble and the twelve headings in printed order', () => {
    expect(doc.narrative?.title).toBe('邯郸市公安局 2022 年部门预算信息公开情况说明');
    expect(doc.narrative?.preamble).toHaveLength(1);
    expect(sections.map((s) => [s.kind, s.level, s.heading])).toEqual([
      ['unitProfile', 1, '一、部门职责及机构设置情况'],
      ['overall', 1, '二、部门预算安排的总体情况'],
      ['income', 2, '1、收入说明'],
      ['expenditure', 2, '2、支出说明'],
      ['change', 2, '3、比上年增减情况'],
      ['operatingCosts', 1, '三、机关运行经费安排情况'],
      ['threePublic', 1, '四、财政拨款“三公”经费预算情况及增减变化原因'],
      ['performance', 1, '五、预算绩效信息'],
      ['procurement', 1, '六、政府采购预算情况'],
      ['assets', 1, '七、国有资产信息'],
      ['glossary', 1, '八、名词解释'],
      ['other', 1, '九、其他需要说明的事项'],
    ]);
  });

  it('states income and expenditure figures as printed (0 stays "0", no unit after 4751.61)', () => {
    expect(figures('income')).toEqual([
      ['income.total', '46003.87'],
      ['income.generalPublicBudget', '46003.87'],
      ['income.govFundBudget', '0'],
      ['income.stateCapitalBudget', '0'],
      ['income.fiscalSpecialAccount', '0'],
      ['income.unitFunds', '0'],
      ['income.priorYearCarryover', '0'],
    ]);
    expect(figures('expenditure')).toEqual([
      ['expenditure.total', '46003.87'],
      ['expenditure.basic', '27965.56'],
      ['expenditure.basic.personnel', '23213.95'],
      ['expenditure.basic.public', '4751.61'],
      ['expenditure.project', '18038.31'],
    ]);
    expect(section('expenditure').figures[3].text).toBe('日常公用经费4751.61');
  });

  it('keeps the change parts 1472.55 + 1954.89 against 3424.44 as printed, with reasons', () => {
    expect(figures('change')).toEqual([
      ['expenditure.total', '46003.87'],
      ['change.total', '3424.44'],
      ['change.basic', '1472.55', '主要为增加人员经费支出'],
      ['change.project', '1954.89', '主要为基建项目增加'],
    ]);
    expect(section('change').figures[1].text).toBe('较2021年预算增加3424.44万元');
  });

  it('keeps "三公" 906.49 (the table says 726.08) and the signed decrease', () => {
    expect(figures('operatingCosts')).toEqual([['operatingCosts.total', '4751.61']]);
    expect(figures('threePublic')).toEqual([
      ['threePublic.total', '906.49'],
      ['threePublic.overseas', '0'],
      ['threePublic.vehicles', '688.05'],
      ['threePublic.vehicles.purchase', '0'],
      ['threePublic.vehicles.operation', '688.05'],
      ['threePublic.reception', '46.46'],
      ['threePublic.change', '-52.33', '减少公务用车运维费'],
    ]);
    expect(section('threePublic').figures[6].text).toBe('与2021年相比减少52.33万元');
  });

  it('states procurement and asset figures as 0.00', () => {
    expect(figures('procurement')).toEqual([['procurement.total', '0.00']]);
    expect(figures('assets')).toEqual([
      ['assets.fixedAssets.value', '0.00'],
      ['assets.plannedPurchase', '0.00'],
    ]);
    expect(section('procurement').paragraphs).toEqual([
      '2022年，邯郸市公安局安排政府采购预算0.00万元。具体内容见下表。',
    ]);
  });

  it('captures every number the prose states (years aside) in a figure of its section', () => {
    for (const s of sections) {
      const numbers = s.paragraphs.join('').match(/\d+(?:\.\d+)?/g) ?? [];
      const stated = s.figures.map((figure) => figure.text).join('|');
      const missing = numbers.filter((n) => !/^20(21|22)$/.test(n) && !stated.includes(n));
      expect([s.heading, missing]).toEqual([s.heading, []]);
    }
  });

  it('holds every figure text verbatim in its section prose', () => {
    for (const s of sections) {
      for (const figure of s.figures) expect(s.paragraphs.join('\n')).toContain(figure.text);
    }
  });

  it('has the ten glossary terms without numbering or bold markers', () => {
    const terms = section('glossary').terms ?? [];
    expect(terms).toHaveLength(10);
    expect(terms[0]).toEqual({ term: '一般公共预算拨款收入', definition: '指省级财政当年拨付的资金。' });
    expect(terms[6].term).toBe('“三公”经费');
    expect(terms[9].term).toBe('事业单位经营支出');
  });

  it('keeps 九 as printed (no final punctuation)', () => {
    expect(section('other').paragraphs).toEqual(['我部门无其他需要说明的事']);
  });
});

describe('convertHandan: department goals', () => {
  const department = doc.performance?.department;

  it('has 3 overall blocks, 5 sub-goal blocks and 4 measures', () => {
    expect(department?.overall.map((b) => b.heading)).toEqual([
      '（一）强化社会政治安定',
      '（二）强化社会治安稳定',
      '（三）强化基层基础工作',
    ]);
    expect(department?.subGoals).toHaveLength(5);
    expect(department?.measures).toHaveLength(4);
    expect(doc.performance?.specialFunds).toEqual([]);
  });

  it('removes the list markers and rejoins the item cut by the page break', () => {
    const [first, second] = department?.overall ?? [];
    expect(first.paragraphs[0]).toBe(
      '1、继续坚持情报引领，积极构建覆盖全社会各领域、各行业全的人力情报网络，为领导决策提供精准情报信息。',
    );
    expect(second.paragraphs).toHaveLength(3);
    expect(second.paragraphs[1]).toContain('拖欠农民工工资犯罪、非法集资犯罪、街头犯罪');
  });

  it('nests the numbered sub-goals and keeps the duplicated "2、" as printed', () => {
    const [, crime, control] = department?.subGoals ?? [];
    expect(crime.subBlocks.map((b) => b.heading)).toEqual([
      '1、扫黑除恶侦查',
      '2、大要案侦查',
      '2、有组织犯罪侦查',
      '3、专项犯罪侦查',
    ]);
    expect(control.paragraphs).toEqual(['维护社会稳定，提高群众安全感和满意度。']);
    expect(control.subBlocks[0]).toEqual({
      heading: '1、巡逻防控',
      paragraphs: [
        '有效遏制街面可防性案件发案，年内可防性案件发案同比（上年）下降 15%，最大幅度提升人民群众安全感和满意率。',
      ],
    });
  });
});
