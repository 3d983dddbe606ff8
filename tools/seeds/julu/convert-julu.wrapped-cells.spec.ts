import { flattenPerformanceIndicators, type ProjectTarget } from '@budgetflow/budget-domain';
import { readSeedSource } from '../seed-source';
import { convertJulu } from './convert-julu';

// Spot checks where the PDF wrapped, split or merged cells, read against the source text.
const doc = convertJulu(readSeedSource('julu-psb-2024-performance-targets.txt'));
const project = (n: number): ProjectTarget => doc.performance!.projects[n - 1];
const row = (n: number, index: number): string => {
  const { category, group, indicator: i } = flattenPerformanceIndicators(project(n).indicators)[index];
  return `${category}>${group} | ${i.name} | ${i.description ?? ''} | ${i.target} | ${i.basis ?? ''}`;
};

describe('convertJulu on wrapped and split cells', () => {
  it('joins a wrapped code, title and name (table 8, lines 1033-1046)', () => {
    expect(project(8)).toMatchObject({
      code: '13052924P005842108076',
      title: '冀财政法 2023 年 49 号提前下达 2024 年中央政法纪检监察转移支付资金-公安局绩效目标表',
      name: '冀财政法 2023 年 49 号提前下达 2024 年中央政法纪检监察转移支付资金-公安局',
    });
    // Printed order kept: 时效 before 数量.
    expect(project(8).indicators[0].groups.map((g) => g.name)).toEqual([
      '时效指标',
      '成本指标',
      '数量指标',
      '质量指标',
    ]);
  });

  it('joins a purpose and a goal wrapped over three lines (table 21, lines 2615-2631)', () => {
    const text =
      '通过该项目的实施，入检人数达到 500 人以上，必要项目体检覆盖率达到 100%完成确保在押人员身体健康检查的工作内容，实现了逢进必检的工作目标。确保在押人员的身体健康，保障监所无事故，尤其是保障监所不发生疫情传播等传染病事故，保障监所绝对安全。';
    expect(project(21).purpose).toBe(text);
    expect(project(21).goals).toEqual([text]);
  });

  it('keeps a space where a number wraps before a Chinese word (tables 2, 10, 22)', () => {
    expect(row(2, 2)).toContain('| 2024 年 12 月底 |');
    expect(row(10, 0)).toBe(
      '产出指标>数量指标 | 航测总面积 | 航测总面积 | ≤630 平方公里 | 冀禁毒办【2020】13 号',
    );
    expect(row(22, 0)).toContain('| ≥655172 度 |');
    expect(row(22, 1)).toContain('| ≥2000 个或张 |');
  });

  it('splits lines holding several cells (table 5, lines 757 and 772-778)', () => {
    expect(row(5, 0)).toBe(
      '产出指标>成本指标 | 补贴的发放标准 | 加班补贴的发放金额数 | 710 元/人 | 人社部规【2017】9 号',
    );
    expect(row(5, 1)).toBe(
      '产出指标>数量指标 | 领取人员人数（人） | 领取加班补贴人员人数（人） | 我单位实时在职民警数 | 人社部规【2017】9 号',
    );
  });

  it('joins a 依据 cell wrapped over six lines and across a repeated header (table 14, line 1838)', () => {
    expect(row(14, 3)).toBe(
      '产出指标>数量指标 | 每起毒品案件办结后缴获的毒品数量（克） | 每起毒品案件办结后缴获的毒品数量（克） | ≤3 克 | 《中华人民共和国禁毒法》、《中共河北省委、河北省人民政府关于加强禁毒工作的实施意见》',
    );
  });

  it('puts cell lines printed after a page break back (tables 3, 21)', () => {
    expect(row(3, 5)).toBe(
      '效益指标>可持续影响指标 | 保持公安队伍相对稳定，各项业务顺利开展 | 保持公安队伍相对稳定，各项业务顺利开展 | ≥90% | 公安局年初工作安排',
    );
    expect(row(21, 4)).toBe(
      '效益指标>社会效益指标 | 有效解决打击犯罪，保护群众人身财产权益，保障经济健康发展 | 有效解决打击犯罪，保护群众人身财产权益，保障经济健康发展 | 100% | 部门工作计划安排',
    );
  });

  it('rebuilds rows cut in half by a page break (tables 20, 23)', () => {
    expect(row(20, 5)).toBe(
      '效益指标>可持续影响指标 | 不稳定因素长期下降 | 不稳定因素长期下降 | 1 长期 | 工作实际及历史依据',
    );
    expect(row(23, 6)).toBe(
      '满意度指标>服务对象满意度指标 | 在押人员满意度 | 在押人员满意度 | ≥90% | 根据满意度调查问卷确定',
    );
  });

  it('separates a 一级 label glued to a cell (tables 4, 27)', () => {
    expect(row(4, 4)).toBe(
      '效益指标>可持续影响指标 | 负责区域持续稳定性 | 负责区域持续稳定性 | 持续稳定 | 根据县委、县政府要求，为维护全县良好的治安环境',
    );
    expect(row(27, 2)).toBe(
      '产出指标>时效指标 | 电费缴纳及时率 | 电子监控设备电费缴纳及时率 | ≥95% | 工作计划',
    );
  });

  it('keeps one group for consecutive rows with the same 二级 (tables 12, 22)', () => {
    expect(project(12).indicators[0].groups[0].indicators.map((i) => i.name)).toEqual([
      '租用房间数量',
      '保障执行任务的人员数量',
    ]);
    expect(project(22).indicators[0].groups.map((g) => `${g.name}×${g.indicators.length}`)).toEqual([
      '数量指标×3',
      '质量指标×3',
      '时效指标×1',
      '成本指标×1',
    ]);
  });
});
