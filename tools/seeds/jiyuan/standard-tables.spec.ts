import { cellText, findRow, findTable, type StandardTable, type TableKind } from '@budgetflow/budget-domain';
import { convertedJiyuan } from './jiyuan-source.test-helper';

/** The Henan summary tables, checked cell by cell against the printed figures (source line numbers). */
describe('Jiyuan standard tables', () => {
  const document = convertedJiyuan();
  const table = (kind: TableKind): StandardTable => {
    const found = findTable(document, kind);
    if (!found) throw new Error(`no ${kind}`);
    return found;
  };

  describe('部门收支总体情况表 (budgetSummary)', () => {
    const summary = table('budgetSummary');

    it('keeps the printed totals: 收入合计 and 支出合计 27,606.5 (line 38)', () => {
      expect(cellText(summary, { line: 'incomeTotal', side: 'income' }, 'incomeAmount')).toBe('27606.5');
      expect(findRow(summary, { line: 'expenditureTotal' })?.amounts).toEqual({
        total: '27606.5',
        departmentCarryover: '758.9',
        currentYear: '26847.6',
        generalPublicBudget: '26847.6',
        generalPublicBudgetAppropriation: '24979.8',
      });
      expect(cellText(summary, { line: 'incomeThisYear' }, 'incomeAmount')).toBe('26847.6');
      expect(cellText(summary, { line: 'departmentCarryover' }, 'incomeAmount')).toBe('758.9');
    });

    it('reads 二、项目支出 by body position (line 16, correction budget-summary-header-offset)', () => {
      expect(findRow(summary, { line: 'project' })?.amounts).toEqual({
        total: '13264.4',
        departmentCarryover: '758.9',
        currentYear: '12505.5',
        generalPublicBudget: '12505.5',
        generalPublicBudgetAppropriation: '10637.7',
      });
    });

    it('puts 调入资金 in 一般公共预算收入 although the 政府性基金收入 label is printed on its line (line 22)', () => {
      expect(findRow(summary, { line: 'gpb.transferIn' })).toMatchObject({
        group: '一般公共预算收入',
        name: '调入资金',
      });
      expect(findRow(summary, { line: 'fund.currentYear' })).toMatchObject({
        group: '政府性基金收入',
        name: '当年收入',
      });
      expect(findRow(summary, { line: 'gpb.debt' })?.amounts).toEqual({ incomeAmount: '1030.0' });
      expect(findRow(summary, { line: 'gpb.priorYearBalance' })?.amounts).toEqual({ incomeAmount: '0.8' });
      expect(findRow(summary, { line: 'educationFees' })).toEqual({
        side: 'income',
        line: 'educationFees',
        name: '专户管理的教育收费',
        amounts: {},
      });
    });

    it("keeps the authors' names: 对个人和家庭的补助支出 (line 15), 3、债务利息支出 (line 21)", () => {
      expect(findRow(summary, { line: 'basic.household' })).toMatchObject({
        name: '对个人和家庭的补助支出',
        amounts: { total: '490.7' },
      });
      expect(findRow(summary, { line: 'project.special.debtInterest' })).toMatchObject({
        name: '3、债务利息支出',
        amounts: {},
      });
    });
  });

  describe('财政拨款收支总体情况表 (fiscalAppropriationSummary)', () => {
    const fiscal = table('fiscalAppropriationSummary');

    it('keeps the printed totals (line 107) and the function classes by code', () => {
      expect(cellText(fiscal, { line: 'incomeTotal' }, 'incomeAmount')).toBe('26847.6');
      expect(findRow(fiscal, { line: 'expenditureTotal' })?.amounts).toEqual({
        total: '26847.6',
        generalPublicBudget: '26847.6',
        generalPublicBudgetAppropriation: '24979.8',
      });
      expect(findRow(fiscal, { code: '204' })).toEqual({
        side: 'expenditure',
        code: '204',
        name: '四、公共安全',
        amounts: {
          total: '24878.9',
          generalPublicBudget: '24878.9',
          generalPublicBudgetAppropriation: '23011.1',
        },
      });
      expect(cellText(fiscal, { code: '221' }, 'generalPublicBudgetAppropriation')).toBe('636.7');
      expect(findRow(fiscal, { line: 'stateCapitalBudget' })).toEqual({
        side: 'income',
        line: 'stateCapitalBudget',
        name: '国有资本经营预算',
        amounts: {},
      });
    });

    it('keeps the 11 of the first 14 class names printed without 支出 (lines 78–91) and the irregular ordinals', () => {
      const names = fiscal.rows.filter((row) => row.code !== undefined).map((row) => row.name);
      expect(names.slice(0, 14).filter((name) => !name.endsWith('支出'))).toEqual([
        '一、一般公共服务',
        '二、外交',
        '三、国防',
        '四、公共安全',
        '五、教育',
        '六、科学技术',
        '七、文化旅游体育与传媒',
        '八、社会保障和就业',
        '十、卫生健康',
        '十一、节能环保',
        '十四、交通运输',
      ]);
      expect(findRow(fiscal, { code: '219' })?.name).toBe('十九、援助其他地区支出');
      expect(findRow(fiscal, { code: '215' })?.name).toBe('十五、资源勘探信息等支出');
    });
  });

  describe('部门支出总体情况表 and 一般公共预算支出情况表', () => {
    it('stores 合计, the unit row and the code rows with their 单位代码 (lines 55–66)', () => {
      const expenditure = table('expenditureSummary');
      expect(expenditure.rows.slice(0, 3)).toEqual([
        {
          line: 'total',
          name: '合计',
          amounts: {
            total: '27606.5',
            basic: '14342.1',
            basicWages: '12427.6',
            basicPublic: '1423.8',
            basicHousehold: '490.7',
            project: '13264.4',
            projectGeneral: '3516.5',
            projectSpecial: '9747.9',
          },
        },
        expect.objectContaining({ line: 'unitTotal', name: '济源市公安局' }),
        {
          code: '2040201',
          unitCode: '020',
          name: '行政运行(公安)',
          amounts: {
            total: '12373.4',
            basic: '12373.4',
            basicWages: '10942.1',
            basicPublic: '1409.6',
            basicHousehold: '21.7',
          },
        },
      ]);
      expect(findRow(expenditure, { code: '2080501' })?.amounts).toEqual({
        total: '483.2',
        basic: '483.2',
        basicPublic: '14.2',
        basicHousehold: '469.0',
      });
    });

    it('keeps 2110301 大气, printed only in 部门支出总体情况表 (line 65)', () => {
      expect(findRow(table('expenditureSummary'), { code: '2110301' })).toMatchObject({
        name: '大气',
        amounts: { total: '100.0', project: '100.0', projectSpecial: '100.0' },
      });
      expect(findRow(table('generalBudgetExpenditure'), { code: '2110301' })).toBeUndefined();
    });

    it('reads 单位代码 from the shifted column of 一般公共预算支出情况表 (lines 120–128)', () => {
      const general = table('generalBudgetExpenditure');
      expect(
        general.rows.filter((row) => row.code !== undefined).every((row) => row.unitCode === '020'),
      ).toBe(true);
      expect(findRow(general, { code: '2040220' })).toEqual({
        code: '2040220',
        unitCode: '020',
        name: '执法办案',
        amounts: { total: '2903.3', project: '2903.3', projectGeneral: '2383.3', projectSpecial: '520.0' },
      });
      expect(findRow(general, { line: 'total' })?.amounts['total']).toBe('26847.6');
    });
  });

  it('stores the “三公” table with its blank items and its note (lines 149–156)', () => {
    const threePublic = table('threePublicExpenditure');
    expect(threePublic.rows).toEqual([
      { line: 'total', name: '共计', amounts: { total: '297.2' } },
      { line: 'overseas', name: '1、因公出国（境）费用', amounts: {} },
      { line: 'reception', name: '2、公务接待费', amounts: { total: '7.4' } },
      { line: 'vehicles', name: '3、公务用车费', amounts: { total: '289.8' } },
      { line: 'vehicles.operation', name: '其中：（1）公务用车运行维护费', amounts: { total: '289.8' } },
      { line: 'vehicles.purchase', name: '（2）公务用车购置', amounts: {} },
    ]);
    expect(threePublic.notes[0]).toMatch(
      /^注：按照党中央、国务院有关规定.*（3）公务接待费，指单位按规定开支的各类公务接待（含外宾接待）支出。$/,
    );
  });
});
