import type { FundSourceAmount, SpendPlanPoint } from '@budgetflow/budget-domain';
import { sourceError, type SourceLine } from './source-lines';
import { joinWrapped } from './text-layout';

export const INDICATOR_HEADER = '一级指标 二级指标 三级指标 绩效指标描述 指标值 指标值确定依据';

/** The cells above the indicator header, as printed. */
export interface ProjectHeader {
  readonly code: string;
  readonly name: string;
  readonly amount: string;
  readonly fundSources: FundSourceAmount[];
  readonly purpose: string;
  readonly spendPlan: SpendPlanPoint[];
  readonly goals: string[];
  /** The lines after the indicator header. */
  readonly indicatorLines: readonly SourceLine[];
}

/** A printed amount as an exact decimal string: separators removed, decimals kept. */
const amountOf = (printed: string, line: SourceLine): string => {
  const amount = printed.replace(/,/g, '');
  if (!/^(0|[1-9]\d*)(\.\d+)?$/.test(amount)) throw sourceError(line, 'an amount');
  return amount;
};

const OTHER_FUNDS = /^(?<fiscal>[\d.,]+)? ?其他资金(?: (?<other>[\d.,]+))?(?: +(?<tail>预算规模及))?$/;
const SPEND_PERIODS = /^(?<periods>.*月底)资金支出计$/;

/** Reads one table's header cells in their fixed printed order; any surprise fails with its line. */
export const parseProjectHeader = (body: readonly SourceLine[]): ProjectHeader => {
  let at = 0;
  const peek = (): SourceLine | undefined => body[at];
  const next = (expected: string): SourceLine => {
    const line = body[at];
    if (!line) throw sourceError(body.at(-1), expected);
    at += 1;
    return line;
  };
  /** Lines up to (not including) the first that matches `stop`. */
  const until = (stop: (text: string) => boolean, expected: string): SourceLine[] => {
    const taken: SourceLine[] = [];
    while (!stop(peek()?.text ?? '')) taken.push(next(expected));
    return taken;
  };

  if (next('项目编码').text !== '项目编码') throw sourceError(body[0], '项目编码');
  const codeLines = until((text) => text.startsWith('项目名称'), '项目名称');
  const code = joinWrapped(codeLines.map((line) => line.text));
  if (!/^[0-9A-Z]{10,40}$/.test(code)) throw sourceError(codeLines[0], 'a project code');

  const nameFirst = next('项目名称').text.replace(/^项目名称 ?/, '');
  const nameRest = until((text) => text.startsWith('预算数 '), '预算数');
  const name = joinWrapped([nameFirst, ...nameRest.map((line) => line.text)].filter((text) => text !== ''));

  const amountLine = next('预算数');
  const amount = amountOf(amountLine.text.replace(/^预算数 /, ''), amountLine);

  const fiscalLabel = until((text) => OTHER_FUNDS.test(text), '其他资金');
  const fundsLine = next('其他资金');
  const funds = OTHER_FUNDS.exec(fundsLine.text)?.groups ?? {};
  const fundSources: FundSourceAmount[] = [
    {
      source: 'fiscal',
      label: joinWrapped(fiscalLabel.map((line) => line.text)),
      ...(funds.fiscal ? { amount: amountOf(funds.fiscal, fundsLine) } : {}),
    },
    {
      source: 'other',
      label: '其他资金',
      ...(funds.other ? { amount: amountOf(funds.other, fundsLine) } : {}),
    },
  ];

  // 预算规模及 / 资金用途 is one wrapped label cell; the purpose may start on its second line.
  if (!funds.tail && next('预算规模及').text !== '预算规模及') throw sourceError(body[at - 1], '预算规模及');
  const purposeLabel = next('资金用途');
  if (!purposeLabel.text.startsWith('资金用途')) throw sourceError(purposeLabel, '资金用途');
  const purposeRest = until((text) => SPEND_PERIODS.test(text), '资金支出计划');
  const purpose = joinWrapped(
    [purposeLabel.text.replace(/^资金用途 ?/, ''), ...purposeRest.map((line) => line.text)].filter(
      (text) => text !== '',
    ),
  );

  const periodLine = next('资金支出计划');
  const periods = [...(SPEND_PERIODS.exec(periodLine.text)?.groups?.periods ?? '').matchAll(/\d+ 月底/g)];
  const percentLine = next('划（%）');
  const percents = [...percentLine.text.replace(/^划（%）/, '').matchAll(/(\d+(?:\.\d+)?)%/g)];
  if (!percentLine.text.startsWith('划（%）') || percents.length !== periods.length) {
    throw sourceError(percentLine, `划（%） with ${periods.length} percents`);
  }
  const spendPlan = periods.map((period, i) => ({ period: period[0], percent: percents[i]?.[1] ?? '' }));

  if (next('绩效目标').text !== '绩效目标') throw sourceError(body[at - 1], '绩效目标');
  const goals: string[][] = [];
  for (const { text } of until((line) => line === INDICATOR_HEADER, INDICATOR_HEADER)) {
    // A goal starts with its number; a wrapped line may itself start with digits (`1.2024 年…`).
    const numbered = new RegExp(`^${goals.length + 1}\\.`).exec(text);
    const current = goals.at(-1);
    if (numbered) goals.push([text.slice(numbered[0].length)]);
    else if (current) current.push(text);
    else throw sourceError(body[at - 1], 'goal 1.');
  }
  next(INDICATOR_HEADER);

  return {
    code,
    name,
    amount,
    fundSources,
    purpose,
    spendPlan,
    goals: goals.map((goal) => joinWrapped(goal)),
    indicatorLines: body.slice(at),
  };
};
