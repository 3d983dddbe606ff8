import {
  flattenPerformanceIndicators,
  parseBudgetDocument,
  type BudgetDocument,
  type ProjectTarget,
} from '@budgetflow/budget-domain';
import { readSeedSource } from '../seed-source';
import { convertJulu } from './convert-julu';

const source = readSeedSource('julu-psb-2024-performance-targets.txt');
const doc: BudgetDocument = convertJulu(source);
const projects = doc.performance?.projects ?? [];
const project = (n: number): ProjectTarget => projects[n - 1];
/** Indicators of table n as `二级 | 三级 | 描述 | 指标值 | 依据` under their 一级. */
const rows = (n: number): string[] =>
  flattenPerformanceIndicators(project(n).indicators).map(
    ({ category, group, indicator: i }) =>
      `${category}>${group} | ${i.name} | ${i.description ?? ''} | ${i.target} | ${i.basis ?? ''}`,
  );

/** 预算数 as printed in each table's header, tables 1–32 (no total is printed). */
const PRINTED_AMOUNTS = [
  '500.00', '316.00', '178.00', '30.00', '123.00', '20.00', '100.00', '385.00',
  '216.00', '5.00', '8.00', '20.00', '3.00', '5.00', '5.00', '9.10',
  '15.00', '5.00', '37.00', '28.00', '30.00', '53.00', '10.00', '27.00',
  '10.00', '300.00', '10.00', '39.00', '15.00', '655.00', '200.00', '18.00',
]; // prettier-ignore

describe('convertJulu', () => {
  it('produces a document parseBudgetDocument accepts', () => {
    const result = parseBudgetDocument(doc);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('gives identical JSON when run twice and survives a JSON round trip unchanged', () => {
    const json = JSON.stringify(doc, null, 2);
    expect(JSON.stringify(convertJulu(source), null, 2)).toBe(json);
    expect(JSON.parse(json)).toEqual(doc);
    expect(JSON.stringify(JSON.parse(json), null, 2)).toBe(json);
  });

  it('holds no JS number except the fiscal year', () => {
    const numbers: string[] = [];
    const walk = (value: unknown, at: string): void => {
      if (typeof value === 'number') numbers.push(at);
      else if (value && typeof value === 'object') {
        Object.entries(value).forEach(([key, child]) => walk(child, `${at}/${key}`));
      }
    };
    walk(doc, '');
    expect(numbers).toEqual(['/fiscalYear']);
  });

  it('describes unit 130529-312 with the three owners as sub-units and no tables', () => {
    expect(doc.fiscalYear).toBe(2024);
    expect(doc.tables).toEqual([]);
    expect(doc.unit).toEqual({
      id: '130529-312',
      division: { code: '130529', name: '巨鹿县' },
      code: '312',
      name: '巨鹿县公安局',
      subUnits: [
        { code: '312001', name: '巨鹿县公安局本级' },
        { code: '312005', name: '巨鹿县公安局看守所' },
        { code: '312007', name: '巨鹿县公安交通警察大队' },
      ],
      duties: [],
    });
    expect(doc.narrative).toBeUndefined();
    expect(doc.performance?.specialFunds).toEqual([]);
  });

  it('has the 32 printed tables with their printed amounts, all in fiscal funds', () => {
    expect(projects.map((p) => p.amount)).toEqual(PRINTED_AMOUNTS);
    for (const p of projects) {
      expect(p.fundSources).toEqual([
        { source: 'fiscal', label: '其中：财政资金', amount: p.amount },
        { source: 'other', label: '其他资金' },
      ]);
      expect(p.classified).toBe(false);
    }
    expect(projects.map((p) => p.owner?.code).join(',')).toBe(
      [
        ...Array<string>(18).fill('312001'),
        ...Array<string>(7).fill('312005'),
        ...Array<string>(7).fill('312007'),
      ].join(','),
    );
  });

  it('has the 229 printed indicators: 7 per table, 8 in table 12 and 11 in table 22', () => {
    const counts = projects.map((p) => flattenPerformanceIndicators(p.indicators).length);
    expect(counts.reduce((sum, n) => sum + n, 0)).toBe(229);
    expect(counts.filter((n) => n !== 7)).toEqual([8, 11]);
    expect([counts[11], counts[21]]).toEqual([8, 11]);
  });

  it('reads table 1 field by field', () => {
    expect(project(1)).toEqual({
      code: '13052924P00584110432W',
      name: '安全监控工程建设及运维资金',
      title: '安全监控工程建设及运维资金绩效目标表',
      owner: { code: '312001', name: '巨鹿县公安局本级' },
      classified: false,
      amount: '500.00',
      fundSources: [
        { source: 'fiscal', label: '其中：财政资金', amount: '500.00' },
        { source: 'other', label: '其他资金' },
      ],
      purpose: '用于支付天网城区监控、天网一二期升级改造及天网三期项目剩余部分经费。',
      spendPlan: [
        { period: '3 月底', percent: '25' },
        { period: '6 月底', percent: '50' },
        { period: '10 月底', percent: '75' },
        { period: '12 月底', percent: '100' },
      ],
      goals: [
        '顺利完成升级改造，将全县公共安全视频并入天网平台，实现互联',
        '更好的为公安办案服务，打击违法犯罪行为。',
        '提升公共服务能力，更好的服务人民',
      ],
      indicators: expect.any(Array) as unknown,
    });
    expect(rows(1)).toEqual([
      '产出指标>数量指标 | 升级改造设施数量 | 此次工程升级改造的设备数量 | ≤3400 个 | 《县长办公纪要》[2019]18 号',
      '产出指标>质量指标 | 项目建设升级改造合格率 | 项目建设升级改造合格率 | ≥95% | 《县长办公纪要》[2019]18 号',
      '产出指标>时效指标 | 资金支出完成时间 | 资金支出完成时间 | 12 月底前 | 《县长办公纪要》[2019]18 号',
      '产出指标>成本指标 | 项目总成本 | 此次天网工程的总成本控制数 | ≤500 万元 | 《县长办公纪要》[2019]18 号',
      '效益指标>社会效益指标 | 维护社会稳定 | 维护社会稳定 | 持续上升 | 《县长办公纪要》[2019]18 号',
      '效益指标>可持续影响指标 | 公众安全感指数(%) | 公众安全感指数(%) | ≥90% | 《县长办公纪要》[2019]18 号',
      '满意度指标>服务对象满意度指标 | 社会公众满意度 | 社会公众满意度 | ≥90% | 调查问卷',
    ]);
  });
});
