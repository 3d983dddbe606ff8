import type { FigureKey, NarrativeFigure, NarrativeSectionKind } from '@budgetflow/budget-domain';
import { HandanSourceError } from './source-lines';

/**
 * The figures each 情况说明 section states, as the words that state them. `{n}` is the number as
 * printed, `{d}` a direction (增加 → positive, 减少 → negative). The amount is always read from the
 * prose, so a figure that contradicts the tables (三公 906.49) is stored as the author wrote it.
 * `reason` is matched against the prose right after the figure.
 */
interface FigureSpec {
  readonly key: FigureKey;
  readonly words: string;
  readonly reason?: RegExp;
}

const BECAUSE = /^，(?<reason>主要为[^；。]+)/;

export const HANDAN_FIGURES: Partial<Record<NarrativeSectionKind, readonly FigureSpec[]>> = {
  income: [
    { key: 'income.total', words: '2022年预算收入{n}万元' },
    { key: 'income.generalPublicBudget', words: '一般公共预算收入{n}万元' },
    { key: 'income.govFundBudget', words: '基金预算收入{n}万元' },
    { key: 'income.stateCapitalBudget', words: '国有资本经营预算收入{n}万元' },
    { key: 'income.fiscalSpecialAccount', words: '财政专户核拨收入{n}万元' },
    { key: 'income.unitFunds', words: '单位资金收入{n}万元' },
    { key: 'income.priorYearCarryover', words: '上年结转结余{n}万元' },
  ],
  expenditure: [
    { key: 'expenditure.total', words: '2022年支出预算{n}万元' },
    { key: 'expenditure.basic', words: '基本支出{n}万元' },
    { key: 'expenditure.basic.personnel', words: '人员经费{n}万元' },
    // The author printed no unit here; the text keeps that.
    { key: 'expenditure.basic.public', words: '日常公用经费{n}' },
    { key: 'expenditure.project', words: '项目支出{n}万元' },
  ],
  change: [
    { key: 'expenditure.total', words: '2022年预算收支安排{n}万元' },
    { key: 'change.total', words: '较2021年预算{d}{n}万元' },
    { key: 'change.basic', words: '基本支出{d}{n}万元', reason: BECAUSE },
    { key: 'change.project', words: '项目支出{d}{n}万元', reason: BECAUSE },
  ],
  operatingCosts: [{ key: 'operatingCosts.total', words: '我部门经费共计安排{n}万元' }],
  threePublic: [
    { key: 'threePublic.total', words: '财政拨款“三公”经费预算安排{n}万元' },
    { key: 'threePublic.overseas', words: '因公出国（境）费{n}万元' },
    { key: 'threePublic.vehicles', words: '公务用车购置及运维费{n}万元' },
    { key: 'threePublic.vehicles.purchase', words: '公务用车购置费为{n}万元' },
    { key: 'threePublic.vehicles.operation', words: '公务用车运维费{n}万元' },
    { key: 'threePublic.reception', words: '公务接待费{n}万元' },
    {
      key: 'threePublic.change',
      words: '与2021年相比{d}{n}万元',
      reason: /^，\S{2}的主要原因是：(?<reason>[^；。]+)/,
    },
  ],
  procurement: [{ key: 'procurement.total', words: '安排政府采购预算{n}万元' }],
  assets: [
    { key: 'assets.fixedAssets.value', words: '上年末固定资产金额为{n}万元' },
    { key: 'assets.plannedPurchase', words: '本年度拟购置固定资产总额为{n}万元' },
  ],
};

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const patternOf = (words: string): RegExp =>
  new RegExp(
    escape(words)
      .replace('\\{n\\}', '(?<amount>\\d+(?:\\.\\d+)?)')
      .replace('\\{d\\}', '(?<direction>增加|减少)'),
    'g',
  );

const figureOf = (spec: FigureSpec, prose: string): NarrativeFigure => {
  const matches = [...prose.matchAll(patternOf(spec.words))];
  if (matches.length !== 1) {
    throw new HandanSourceError(`figure ${spec.key}: "${spec.words}" found ${matches.length} times`);
  }
  const [match] = matches;
  const { amount = '', direction } = match.groups ?? {};
  const figure: NarrativeFigure = {
    key: spec.key,
    amount: direction === '减少' ? `-${amount}` : amount,
    text: match[0],
  };
  if (spec.reason) {
    const reason = spec.reason.exec(prose.slice(match.index + match[0].length))?.groups?.['reason'];
    if (reason === undefined)
      throw new HandanSourceError(`figure ${spec.key}: no reason after "${match[0]}"`);
    figure.reason = reason;
  }
  return figure;
};

/** The figures of one section, in the order the specs list them (the printed order). */
export const figuresOf = (kind: NarrativeSectionKind, paragraphs: readonly string[]): NarrativeFigure[] =>
  (HANDAN_FIGURES[kind] ?? []).map((spec) => figureOf(spec, paragraphs.join('\n')));
