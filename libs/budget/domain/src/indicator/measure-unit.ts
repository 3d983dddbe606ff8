/**
 * Units printed after indicator target values. A unit is one or more words joined by `/` (rates:
 * `元/人/月`, `亿条/年`) or `或` (`个或张`); a word may carry a 万/亿/千 multiplier (`万平方米`).
 * Text after the number that is not built from these words is a remark, not a unit.
 */
const BASE_WORDS = [
  '平方公里',
  '平方米',
  '千瓦时',
  '人次',
  '辆次',
  '架次',
  '公里',
  '公斤',
  '千克',
  '小时',
  '分钟',
  '平方',
  '元',
  '人',
  '名',
  '户',
  '家',
  '个',
  '件',
  '起',
  '次',
  '份',
  '套',
  '台',
  '部',
  '辆',
  '盒',
  '瓶',
  '块',
  '面',
  '场',
  '篇',
  '条',
  '付',
  '副',
  '间',
  '项',
  '路',
  '克',
  '吨',
  '度',
  '米',
  '天',
  '日',
  '周',
  '月',
  '年',
  '张',
  '本',
  '册',
  '箱',
  '支',
  '处',
  '座',
  '栋',
  '所',
  '批',
  '期',
  '分',
  '页',
  '字',
  '课时',
  'GB',
  'TB',
  'MB',
  'G',
  'T',
  'M',
];

const word = `(?:[万亿千]?(?:${[...BASE_WORDS].sort((a, b) => b.length - a.length).join('|')})|万|亿)`;

/** Matches a whole unit at the start of the text (no whitespace: the parser removes it first). */
export const UNIT_PATTERN = `(?:百分比|%|‰|${word}(?:[/或、]${word})*)`;

const CURRENCY_SCALE_TO_WAN_YUAN: Readonly<Record<string, number>> = {
  元: -4,
  千元: -1,
  万元: 0,
  亿元: 4,
};

export function normalizeUnit(unit: string): string {
  return unit === '百分比' ? '%' : unit;
}

/** For `元/人` the currency is `元` and the rest `/人`; undefined when the unit is not money. */
export function splitCurrencyUnit(unit: string): { currency: string; per: string } | undefined {
  // Everything from the first `/` on is the rate's denominator, exactly as printed.
  const slash = unit.indexOf('/');
  const first = slash < 0 ? unit : unit.slice(0, slash);
  if (!(first in CURRENCY_SCALE_TO_WAN_YUAN)) return undefined;
  return { currency: first, per: slash < 0 ? '' : unit.slice(slash) };
}

/** Powers of ten from the currency to 万元: 元 → -4, 亿元 → +4. */
export function decimalShiftToWanYuan(currency: string): number {
  const shift = CURRENCY_SCALE_TO_WAN_YUAN[currency];
  if (shift === undefined) throw new RangeError(`not a currency unit: ${currency}`);
  return shift;
}
