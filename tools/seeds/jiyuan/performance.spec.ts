import type { PerformanceIndicatorCategory, ProjectTarget } from '@budgetflow/budget-domain';
import { convertedJiyuan, readJiyuanSource, sourceLine } from './jiyuan-source.test-helper';

/** The department target table and project sheets, spot-checked field by field (source line numbers). */
describe('Jiyuan performance', () => {
  const source = readJiyuanSource();
  const document = convertedJiyuan();
  const projects = document.performance?.projects ?? [];
  const project = (name: string): ProjectTarget => {
    const found = projects.filter((p) => p.name === name);
    if (found.length !== 1) throw new Error(`${found.length} projects named ${name}`);
    return found[0];
  };
  const groupsOf = (tree: PerformanceIndicatorCategory[]) =>
    tree.map((c) => [c.name, c.groups.map((g) => [g.name, g.indicators.map((i) => [i.name, i.target])])]);
  /** The cell text printed on a source line (tab-separated, 0-based cell). */
  const printed = (no: number, cell = 1): string => sourceLine(source, no).split('\t')[cell];

  describe('济源市公安局绩效目标表 (lines 166–226)', () => {
    const table = document.performance?.department?.targetTable;

    it('stores unit, duty goal, the 8 main tasks and the budget as printed', () => {
      expect(document.performance?.department).toMatchObject({ overall: [], subGoals: [], measures: [] });
      expect(table?.unitName).toBe('济源市公安局');
      expect(table?.annualDutyGoal).toBe(printed(170));
      expect(table?.mainTasks).toHaveLength(8);
      expect(table?.mainTasks[4]).toEqual({ name: '扫黑除恶专项斗争', content: '扫黑除恶专项斗争。' });
      expect(table?.mainTasks[7]).toEqual({
        name: '监所安全管理',
        content: '做好看守所、拘留所在押人员的安全管理和教育',
      });
      // (2)其他资金 is blank (line 182): absent, not zero.
      expect(table?.budget).toEqual({
        total: '27606.5',
        fiscalFunds: '27606.5',
        basic: '14342.1',
        project: '13264.4',
      });
    });

    it('has 41 indicator rows under the labels as printed, 指标值说明 where one is printed', () => {
      const tree = table?.indicators ?? [];
      expect(tree.map((c) => [c.name, c.groups.map((g) => [g.name, g.indicators.length])])).toEqual([
        [
          '投入管理指标',
          [
            ['工作目标管理', 3],
            ['预算和财务管理', 8],
            ['资产管理', 4],
          ],
        ],
        [
          '产出指标',
          [
            ['绩效管理', 4],
            ['重点工作任务完成', 7],
          ],
        ],
        [
          '效益指标',
          [
            ['履职效益', 6],
            ['满意度', 9],
          ],
        ],
      ]);
      expect(tree[0].groups[1].indicators[2]).toEqual({
        name: '预算执行率',
        target: '≥95%',
        targetNote: printed(191, 4),
      });
      // The authors' 0 with no unit (line 211) stays as printed; no 指标值说明 there.
      expect(tree[1].groups[1].indicators[6]).toEqual({ name: '监所管理无事故', target: '0' });
    });
  });

  it('stores 办案业务费 (lines 228–278) field by field', () => {
    expect(project('办案业务费')).toEqual({
      name: '办案业务费',
      title: '济源市公安局行政支出项目绩效目标表',
      owner: { code: '020001001', name: '济源市公安局' },
      classified: false,
      amount: '1200.00',
      totalAmount: '1200.00',
      previousYearTotalAmount: '0.00',
      previousYearAmount: '0.00',
      fundSources: [],
      fundUse: '业务类',
      spendPlan: [],
      goals: [],
      overallGoal: '破案数高于去年数',
      annualGoal: '整体破案数高于去年数',
      details: {
        startDate: '2020-01-01',
        endDate: '2020-12-31',
        manager: '张五星',
        contact: '何小艳',
        phone: '6855160',
        overview: printed(242),
        basis: printed(243),
        necessity: printed(244),
        supportingMeasures: '济源市公安局财务报销审批管理工作规定',
        implementationPlan: '根据办案部门的需求及时兑现',
        remarks: '加强政府资金管理，严格审批。',
      },
      indicators: expect.any(Array) as unknown,
    });
  });

  it('places groups by the template, not by the printed 一级 labels (办案业务费, lines 254–278)', () => {
    expect(groupsOf(project('办案业务费').indicators)).toEqual([
      [
        '投入与目标管理',
        [
          [
            '投入管理',
            [
              ['预算执行率', '=100%'],
              ['预算编制合理性', '合理'],
              ['预算资金到位情况', '=100%'],
            ],
          ],
          [
            '财务管理',
            [
              ['财务管理制度健全性', '健全'],
              ['资金使用规范性', '合规'],
              ['财务监控有效性', '有效'],
            ],
          ],
          [
            '项目管理',
            [
              ['合同管理完备性', '完备'],
              ['项目质量可控性', '可控'],
              ['项目管理制度健全性', '健全'],
            ],
          ],
          ['资产管理', []],
        ],
      ],
      [
        '产出目标',
        [
          ['数量', [['整体破案数', '=1000起']]],
          ['质量', [['刑事案件现行案件破案率', '≥35%']]],
          ['时效', [['刑事案件立案及时性', '及时']]],
          ['成本', []],
        ],
      ],
      [
        '效果目标',
        [
          ['经济效益', [['全年挽回经济损失', '≥1000万元']]],
          [
            '社会效益',
            [
              ['刑事案件下降率', '≥2%'],
              ['破案数增长率', '≥2%'],
            ],
          ],
          ['环境效益', [['社会治安环境平稳', '平稳']]],
          ['满意度', [['群众对公安工作满意度', '≥80%']]],
        ],
      ],
      [
        '影响力目标',
        [
          ['长效管理', [['管理制度健全完备', '完备']]],
          ['人力资源', []],
          ['部门协助', []],
          ['配套设施', []],
          ['信息共享', []],
          ['其它', []],
        ],
      ],
    ]);
  });

  it('stores the 特警支队 sheet with its own owner and manager (lines 2791–2841)', () => {
    expect(project('城区巡防经费')).toMatchObject({
      title: '济源市公安局特警支队支出项目绩效目标表',
      owner: { code: '020007', name: '济源市公安局特警支队' },
      amount: '1163.30',
      details: { manager: '刘峰', contact: '何小艳', remarks: printed(2810) },
    });
  });

  it("keeps the authors' amounts even where they disagree (lines 2324, 2954)", () => {
    expect(project('其他公共安全专项-业务技术用房供电和冷暖设备增容改造费')).toMatchObject({
      totalAmount: '150.00',
      amount: '210.00',
      fundUse: '基本建设',
    });
    expect(project('车管业务经费')).toMatchObject({
      owner: { code: '020002001', name: '济源市交通管理支队' },
      totalAmount: '0.00',
      amount: '272.50',
      details: { manager: '程立武', contact: '黄英军', phone: '13838917999' },
    });
    expect(project('车管业务经费').details?.remarks).toBeUndefined();
  });

  it('repairs the 电子警察维护 sheet around lines 3169 and 3178 and keeps its shifted indicators (3196–3207)', () => {
    const sheet = project('道路交通管理专项-电子警察维护');
    expect(sheet.details).toEqual({
      startDate: '2020-01-01',
      endDate: '2020-12-31',
      manager: '王明计',
      contact: '李磊磊',
      phone: '13782606628',
      overview: printed(3168),
      basis: printed(3171),
      necessity: printed(3172),
      supportingMeasures: printed(3174),
      implementationPlan: printed(3175),
    });
    expect(sheet.annualGoal).toBe(printed(3183));
    expect(groupsOf(sheet.indicators).slice(1)).toEqual([
      [
        '产出目标',
        [
          [
            '质量',
            [
              ['交通信号灯', '13个'],
              ['监控探头联网率', '=100%'],
              ['探头质量达标率', '100%'],
            ],
          ],
          [
            '时效',
            [
              ['工作完成及时性', '及时'],
              ['成本', ''],
              ['经济效益', ''],
            ],
          ],
        ],
      ],
      [
        '效果目标',
        [
          [
            '社会效益',
            [
              ['监控覆盖面增长率', '≥35%'],
              ['违法犯罪事故破获率', '≥60%'],
              ['环境效益', ''],
            ],
          ],
          [
            '满意度',
            [
              ['群众满意度', '=88%'],
              ['长效管理制度健全性', '健全'],
              ['设备维修责任机制健全性', '健全'],
            ],
          ],
        ],
      ],
      [
        '影响力目标',
        [
          ['人力资源', []],
          ['部门协助', []],
          ['配套设施', []],
          ['信息共享', []],
          ['其它', []],
        ],
      ],
    ]);
  });

  it('reads 资产管理 and 成本 printed in the 一级 column as groups (lines 3031, 3037)', () => {
    const tree = project('道路交通管理专项-2018年工程尾款').indicators;
    expect(tree[0].groups.map((g) => [g.name, g.indicators.length])).toEqual([
      ['投入管理', 3],
      ['财务管理', 3],
      ['项目管理', 3],
      ['资产管理', 0],
    ]);
    expect(tree[1].groups.map((g) => [g.name, g.indicators.length])).toEqual([
      ['数量', 3],
      ['质量', 1],
      ['时效', 1],
      ['成本', 0],
    ]);
    expect(project('道路交通管理专项-2018年工程尾款').details?.implementationPlan).toBe(printed(3014));
  });

  it("keeps the authors' shifted or empty indicator cells (lines 2200, 3813, 3818–3820)", () => {
    const reward = project('其他公共安全专项-民警奖励金').indicators[2].groups[0];
    expect(reward).toEqual({
      name: '社会效益',
      indicators: [
        { name: '经济效益', target: '' },
        { name: '侦破违法犯罪案件上升率', target: '≥2%' },
        { name: '刑事案件下降率', target: '≥2%' },
      ],
    });
    const alcohol = project('酒精检测费').indicators;
    expect(alcohol[1].groups[0]).toEqual({
      name: '质量',
      indicators: [
        { name: '数量', target: '每年酒精检测人员 ≥1000人' },
        { name: '鉴定标准', target: '符合国家统一标准' },
        { name: '酒精检测合格率', target: '=100%' },
      ],
    });
    expect(alcohol[2].groups[0].indicators).toEqual([
      { name: '经济效益', target: '' },
      { name: '社会效益', target: '提升相关案件公正度 有效提升' },
      { name: '环境效益', target: '' },
    ]);
  });

  it('keeps 监所管理无事故 0 without a sign (lines 1685, 1840)', () => {
    for (const name of ['其他公共安全专项-拘留所公杂费', '其他公共安全专项-拘留所在押人员伙食费']) {
      expect(project(name).indicators[2].groups[1].indicators).toEqual([
        { name: '监所管理无事故', target: '0' },
      ]);
    }
  });

  it('stores sheets cut short as printed: 效果目标 and 影响力目标 without groups (lines 2924–2943)', () => {
    const sheet = project(
      '其他公共安全专项-关于提前下达2020年政法纪检监察转移支付资金预算的通知（豫财政法[2019]85号）',
    );
    expect(sheet.indicators.map((c) => [c.name, c.groups.map((g) => g.name)])).toEqual([
      ['投入与目标管理', ['投入管理', '财务管理', '项目管理', '资产管理']],
      ['产出目标', ['数量', '质量', '时效', '成本']],
      ['效果目标', []],
      ['影响力目标', []],
    ]);
    expect(sheet.indicators[1].groups[0].indicators).toHaveLength(6);
  });

  it('keeps the last sheet, 邮递费, which ends the file without a final newline (lines 3829–3878)', () => {
    const sheet = projects[projects.length - 1];
    expect(sheet.name).toBe('邮递费');
    expect(sheet.indicators[3].groups.map((g) => g.name)).toEqual([
      '长效管理',
      '人力资源',
      '部门协助',
      '配套设施',
      '信息共享',
      '其它',
    ]);
    expect(sheet.details?.basis).toBe(printed(3844));
  });
});
