import type { PerformanceIndicator, ProjectTarget } from '@budgetflow/budget-domain';

const indicator = (
  name: string,
  target: string,
  basis = '《公安机关财务管理规定》',
): PerformanceIndicator => ({
  name,
  description: `${name}的完成情况`,
  target,
  basis,
});

/**
 * A complete project target table on the national template (Julu 2024 shape): amount, fund
 * source, spend plan rising to 100 %, goals, and measurable indicators with a basis each.
 */
export const validProject = ({
  name,
  amount,
  fiscalYear = 2022,
}: {
  name: string;
  amount: string;
  fiscalYear?: number;
}): ProjectTarget => ({
  name,
  title: `${name}绩效目标表`,
  owner: { code: '312001', name: '本级' },
  classified: false,
  amount,
  fundSources: [
    { source: 'fiscal', label: '其中：财政资金', amount },
    { source: 'other', label: '其他资金' },
  ],
  purpose: `用于${name}。`,
  spendPlan: [
    { period: '3 月底', percent: '25' },
    { period: '6 月底', percent: '50' },
    { period: '10 月底', percent: '75' },
    { period: '12 月底', percent: '100' },
  ],
  goals: ['保障执法办案工作正常开展'],
  indicators: [
    {
      name: '产出指标',
      groups: [
        { name: '数量指标', indicators: [indicator('办理案件数量', '≥1000 起')] },
        { name: '质量指标', indicators: [indicator('案件办结率', '≥95%')] },
        { name: '时效指标', indicators: [indicator('资金支付完成时间', `${fiscalYear}年12月底前`)] },
        { name: '成本指标', indicators: [indicator('项目总成本', `≤${amount}万元`)] },
      ],
    },
    {
      name: '效益指标',
      groups: [{ name: '社会效益指标', indicators: [indicator('社会治安状况', '持续向好')] }],
    },
    {
      name: '满意度指标',
      groups: [{ name: '服务对象满意度指标', indicators: [indicator('群众满意度', '≥90%')] }],
    },
  ],
});

const secret = (name = '涉密'): PerformanceIndicator => ({
  name,
  description: '涉密',
  target: '涉密',
  basis: '涉密',
});

/** A classified (涉密) project as Handan prints it: every cell reads 涉密, no amount. */
export const classifiedProject = (): ProjectTarget => ({
  name: '专项办案业务经费',
  title: '专项办案业务经费绩效目标表',
  classified: true,
  fundSources: [],
  spendPlan: [],
  goals: ['目标内容 1 涉密'],
  indicators: [
    {
      name: '产出指标',
      groups: [
        { name: '数量指标', indicators: [secret()] },
        { name: '质量指标', indicators: [secret()] },
        { name: '时效指标', indicators: [secret()] },
        { name: '成本指标', indicators: [secret()] },
      ],
    },
    { name: '效益指标', groups: [{ name: '经济效益指标', indicators: [secret()] }] },
    { name: '满意度指标', groups: [{ name: '服务对象满意度指标', indicators: [secret()] }] },
  ],
});
