import { flattenPerformanceIndicators, type ProjectTarget } from '@budgetflow/budget-domain';
import { readSeedSource } from '../seed-source';
import { convertJulu } from './convert-julu';

// The authors' own mistakes stay as printed, for validation to find.
const doc = convertJulu(readSeedSource('julu-psb-2024-performance-targets.txt'));
const project = (n: number): ProjectTarget => doc.performance!.projects[n - 1];
const indicator = (n: number, index: number) =>
  flattenPerformanceIndicators(project(n).indicators)[index].indicator;

describe('convertJulu keeps the authors’ text', () => {
  it('keeps deadlines in the wrong year (lines 1415, 2075, 2176)', () => {
    expect(indicator(11, 2).target).toBe('2023 年 12 月底前');
    expect(indicator(16, 2).target).toBe('2023 年 12 月底前');
    expect(indicator(17, 2).target).toBe('24 年底');
  });

  it('keeps odd targets as written (lines 780, 1940, 2920, 3256)', () => {
    expect(indicator(5, 2).target).toBe('≥100%');
    expect(indicator(15, 0).target).toBe('根据办案数量核定');
    expect(indicator(22, 9).target).toBe('≥1 明显');
    expect(indicator(25, 3).target).toBe('10 万元');
  });

  it('keeps a spend plan that is 100 % from March and a 2023 project code (table 16)', () => {
    expect(project(16).code).toBe('13052923P00584510443L');
    expect(project(16).spendPlan.map((p) => p.percent)).toEqual(['100', '100', '100', '100']);
    expect(project(26).spendPlan.map((p) => `${p.period} ${p.percent}`)).toEqual([
      '3 月底 25',
      '6 月底 50',
      '10 月底 83',
      '12 月底 100',
    ]);
  });

  it('keeps repeated and unbalanced wording (lines 2393-2419, 3574-3578, 3724)', () => {
    expect(indicator(19, 3).name).toBe('在押人员记民警辅警伙食费标准（元/人');
    expect(indicator(19, 4).name).toBe('公众安全感指数 公众安全感指数');
    expect(indicator(28, 5).name).toBe('广大群众遵守交通规则的比率（%');
    expect(project(30).goals[1]).toBe('放发工资人数≤132 人');
  });

  it('stores the department goals verbatim (part one)', () => {
    const department = doc.performance!.department!;
    expect(department.overall[0].heading).toBe('总体绩效目标');
    expect(department.overall[0].paragraphs.map((p) => p.slice(0, 8))).toEqual([
      '以习近平新时代中',
      '加大对重大刑事犯',
    ]);
    expect(department.overall[0].paragraphs[1]).toContain('破案率同比下降 3%；受理治安案件下降 0.02%');
    expect(department.subGoals.map((b) => b.heading)).toEqual([
      '（一）加强对天网工程的维护，提高公安机关科学技术水平，为公安机关开展业务工作提供技术支持',
      '（二）全面推进禁毒工作的深入开展，建立健全禁毒工作体制，努力促进我县禁毒工作再上新台阶。',
      '（三）进一步积极发挥公安数据支撑作用，对大数据推送人员进行精准落地稽查。',
    ]);
    expect(department.subGoals[1].paragraphs).toEqual([
      '绩效目标：进一步开展禁毒宣传教育工作，打好禁毒预防战役，采取多种形式整合各方资源，发挥各方面的积极性，使党和政府禁绝毒品的方针深入人心。',
      '绩效指标：全县强制隔离戒毒完成率 90%以上，破获涉毒刑事案件 85%以上，抓获犯罪嫌疑人完成率 90%以上；推进我县禁毒工作更加科学化，社会化发展。',
    ]);
    expect(department.measures).toHaveLength(1);
    expect(department.measures[0].paragraphs).toHaveLength(5);
    expect(department.measures[0].paragraphs[2]).toContain('自评率 100%。');
  });
});
