import { flattenPerformanceIndicators, type ProjectTarget } from '@budgetflow/budget-domain';
import { convertHandan } from './convert-handan';
import { readHandanSource } from './handan-source';
import { splitGoals } from './project-targets';

// Expected values are copied from the printed tables (line numbers of the source in comments).
const projects = convertHandan(readHandanSource()).performance?.projects ?? [];
const project = (number: number): ProjectTarget => projects[number - 1];
const indicatorsOf = (number: number) => flattenPerformanceIndicators(project(number).indicators);

describe('convertHandan: project target tables', () => {
  it('has the 55 printed tables in order, names without number and suffix', () => {
    expect(projects).toHaveLength(55);
    expect(project(1).name).toBe(']光纤租赁费');
    expect(project(5)).toMatchObject({
      name: '移动警务终端(治安支队)',
      title: '移动警务终端(治安支队) 绩效目标表',
    });
    expect(project(7).name).toBe('-零星维修工程');
    expect(project(55)).toMatchObject({ name: '装备费', title: '装备费绩效目标表' });
  });

  it('counts the indicator rows each table prints (447 in all)', () => {
    expect(projects.map((p) => flattenPerformanceIndicators(p.indicators).length)).toEqual([
      6, 9, 9, 6, 9, 6, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 7, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8,
      8, 8, 8, 8, 8, 9, 10, 7, 7, 9, 9, 9, 7, 8, 9, 15, 8, 8, 8, 8,
    ]);
    expect(projects.flatMap((p) => flattenPerformanceIndicators(p.indicators))).toHaveLength(447);
  });

  it('marks #6 and #8–#17 classified, and not #26 whose goal alone reads 涉密', () => {
    const classified = projects.flatMap((p, i) => (p.classified ? [i + 1] : []));
    expect(classified).toEqual([6, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]);
    expect(project(26)).toMatchObject({ classified: false, goals: ['目标内容 1 涉密'] });
  });

  it('stores a classified table cell by cell (#6, lines 660–669)', () => {
    expect(project(6)).toEqual({
      name: '专项办案业务经费',
      title: '专项办案业务经费绩效目标表',
      classified: true,
      fundSources: [],
      spendPlan: [],
      goals: ['目标内容 1 涉密'],
      indicators: [
        {
          name: '产出指标',
          groups: ['数量指标', '质量指标', '时效指标', '成本指标'].map((name) => ({
            name,
            indicators: [{ name: '涉密', description: '涉密', target: '涉密', basis: '涉密' }],
          })),
        },
        {
          name: '效益指标',
          groups: [
            {
              name: '经济效益指标',
              indicators: [{ name: '涉密', description: '涉密', target: '涉密', basis: '涉密' }],
            },
          ],
        },
        {
          name: '满意度指标',
          groups: [
            {
              name: '服务对象满意度指标',
              indicators: [{ name: '涉密', description: '涉密', target: '涉密', basis: '涉密' }],
            },
          ],
        },
      ],
    });
  });

  it('reads #2 across its repeated header (lines 605–617)', () => {
    expect(project(2).goals).toEqual([
      '目标内容 1 严厉打击涉黄涉赌违法犯罪行为，确保支队办理案件犯罪嫌疑人全部受到处理；',
      '目标内容 2 办理或者协调《中华人民共和国烟草专卖》构成的刑事案件；指导协调、办理治安部门管辖的刑事、治安案件和事故，使社会环境得到有效遏制。',
    ]);
    expect(project(2).indicators.map((c) => [c.name, c.groups.map((g) => g.name)])).toEqual([
      ['产出指标', ['数量指标', '质量指标', '时效指标', '成本指标']],
      ['效益指标', ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标']],
      ['满意度指标', ['服务对象满意度指标']],
    ]);
    expect(indicatorsOf(2)[3].indicator).toEqual({
      name: '办理案件日常经费支出',
      description: '经费支出全部用于办理案件',
      target: '≤48 万元',
      basis: '依据《河北省公安厅刑事案件管辖分工规定》《公安机关办理刑政案件程序规定》',
    });
  });

  it('keeps #1 indicator names put in the value column (line 596) as printed', () => {
    expect(indicatorsOf(1)[0].indicator.target).toBe('设备资产总值占比');
    expect(indicatorsOf(1)[5].indicator).toEqual({
      name: '民进满意度',
      description: '保证民警使用最新设备，有关指令精神传达接受及时准确',
      target: '民警满意度',
      basis: '民警满意度',
    });
  });

  it('reads the 绩效目标 row printed after the header (#5) and empty goal cells (#25, #53)', () => {
    expect(project(5).goals).toHaveLength(1);
    expect(project(5).goals[0]).toMatch(/^目标内容 1 满足民警对终端使用时间和场景需求/);
    expect(project(25).goals).toEqual([]);
    expect(project(53).goals).toEqual([]);
  });

  it('keeps targets exactly as written and leaves a blank basis absent', () => {
    expect(indicatorsOf(3)[2].indicator.target).toBe('≤2022. 12 日期');
    expect(indicatorsOf(44)[0].indicator).toEqual({
      name: '命案破案率',
      description: '保障全市命案破案率达到 90%以上',
      target: '>90',
    });
    expect(indicatorsOf(22)[0].indicator).toEqual({
      name: '预警信息',
      description: '对疑似被诈骗的预警',
      target: '对疑似被诈骗的预警',
    });
  });

  it('joins the #42 cells cut by the page break (lines 1137 + 1140)', () => {
    const { category, group, indicator } = indicatorsOf(42)[7];
    expect([category, group]).toEqual(['效益指标', '可持续影响指标']);
    expect(indicator).toEqual({
      name: '系统运行稳定',
      description: '采集各类信息数据，服务公安实战需要，打击各类违法犯罪，维护社会稳定',
      target: '100 百分比',
      basis: '邯郸市公安局治安警察支队行业场所治安管理信息系统购买运维服务项目合同',
    });
    expect(indicatorsOf(42)[9]).toMatchObject({
      group: '服务对象满意度指标',
      indicator: { name: '企业满意度' },
    });
  });

  it('keeps #51 as printed: goals after the header, 质量指标 twice, the shifted row by position', () => {
    expect(project(51).goals).toEqual([
      '目标内容 1 工作及时高效完成，确保日常工作顺利开展，保障后勤工作',
      '目标内容 2 保障邯郸火车站站前地区管理委员会工作人员日常办公所需，正常使用水电。',
    ]);
    const [output, satisfaction] = project(51).indicators;
    expect(output.groups.map((g) => g.name)).toEqual([
      '数量指标',
      '质量指标',
      '成本指标',
      '质量指标',
      '效益指标',
      '可持续影响指标',
    ]);
    // Line 1265: ‹blank› | 效益指标 | 社会效益指标 | … — 二级 and 三级 as printed, under 产出指标.
    expect(output.groups[4].indicators).toEqual([
      {
        name: '社会效益指标',
        description: '保障站前管委会工作人员日常办公所需，改善办公条件，营造良好工作环境',
        target: '保障站前管委会日常工作正常运转。',
        basis: '≥365 天',
      },
    ]);
    expect(satisfaction.name).toBe('满意度指标');
  });

  it('keeps a 二级 group that returns later as a new group (#53 数量指标, #54 质量指标)', () => {
    expect(project(53).indicators[0].groups.map((g) => g.name)).toEqual([
      '数量指标',
      '质量指标',
      '时效指标',
      '数量指标',
    ]);
    expect(project(54).indicators[0].groups.map((g) => g.name)).toEqual([
      '数量指标',
      '质量指标',
      '时效指标',
      '质量指标',
    ]);
  });
});

describe('splitGoals', () => {
  it('splits at the next number in sequence only', () => {
    expect(splitGoals('1. 保障带犬出勤数达到 50 起以上 2. 执行安检排爆任务 3. 全年工作任务')).toEqual([
      '保障带犬出勤数达到 50 起以上',
      '执行安检排爆任务',
      '全年工作任务',
    ]);
    expect(splitGoals('1. 目标内容 11. 协助民警； 2. 110 接警台； 3. 协助')).toEqual([
      '目标内容 11. 协助民警；',
      '110 接警台；',
      '协助',
    ]);
  });

  it('gives [] for an empty cell and the whole cell when it is not numbered', () => {
    expect(splitGoals('')).toEqual([]);
    expect(splitGoals('保障工作')).toEqual(['保障工作']);
  });
});
