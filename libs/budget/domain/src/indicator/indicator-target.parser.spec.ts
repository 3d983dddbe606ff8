import seed from './fixtures/seed-target-values.json';
import { parseIndicatorTarget } from './indicator-target.parser';
import type { Comparator, IndicatorTarget, QuantityTarget } from './indicator-target.value-object';

type WithoutRaw<T> = T extends unknown ? Omit<T, 'raw'> : never;

function parsed(text: string): WithoutRaw<IndicatorTarget> {
  const { raw, ...rest } = parseIndicatorTarget(text);
  expect(raw).toBe(text);
  return rest;
}

const q = (
  comparator: Comparator,
  value: string,
  unit: string,
  explicitComparator = true,
): Omit<QuantityTarget, 'raw'> => ({
  kind: 'quantity',
  comparator,
  explicitComparator,
  value,
  unit,
});

describe('parseIndicatorTarget on every target value printed in the seed disclosures', () => {
  it.each(seed.values.map((v) => [v.text, Object.keys(v.sources).join(', ')]))(
    'reads %p (%s) without throwing and into a sensible kind',
    (text) => {
      const target = parseIndicatorTarget(text);
      expect(target.raw).toBe(text);
      if (text.trim() === '') expect(target.kind).toBe('empty');
      else if (text === '涉密') expect(target.kind).toBe('classified');
      else if (!/\d/.test(text)) expect(target.kind).toBe('qualitative');
      else if (/^[≥≤<>=]/.test(text)) expect(['quantity', 'date']).toContain(target.kind);
      if (target.kind === 'quantity') expect(target.value).toMatch(/^\d+(\.\d+)?$/);
    },
  );

  it('covers the three documents', () => {
    const files = new Set(seed.values.flatMap((v) => Object.keys(v.sources)));
    expect(files.size).toBe(3);
  });
});

describe('parseIndicatorTarget reads each form exactly', () => {
  it.each<[string, WithoutRaw<IndicatorTarget>]>([
    // Percentages, with the symbol, the word 百分比 (Handan), or nothing (implied =).
    ['≥95%', q('≥', '95', '%')],
    ['≥90 百分比', q('≥', '90', '%')],
    ['100 百分比', q('=', '100', '%', false)],
    ['=100%', q('=', '100', '%')],
    ['100%', q('=', '100', '%', false)],
    ['≤15%', q('≤', '15', '%')],
    ['>=90%', q('≥', '90', '%')],
    ['≥ 0%', q('≥', '0', '%')],
    ['＞９０％', q('>', '90', '%')],
    // Bare numbers (Handan 重大刑事案件侦破经费, Jiyuan 体检人数).
    ['>90', q('>', '90', '')],
    ['900', q('=', '900', '', false)],
    ['0', q('=', '0', '', false)],
    // Money and money rates.
    ['≤500 万元', q('≤', '500', '万元')],
    ['≤48 万元', q('≤', '48', '万元')],
    ['=85.14万元', q('=', '85.14', '万元')],
    ['45054.96 元', q('=', '45054.96', '元', false)],
    ['≤3000 元/人', q('≤', '3000', '元/人')],
    ['≤3500 元/人/月', q('≤', '3500', '元/人/月')],
    ['≤500 元/人/天', q('≤', '500', '元/人/天')],
    ['≤0.5 万元/件', q('≤', '0.5', '万元/件')],
    ['100万', q('=', '100', '万', false)],
    // Counts and measures.
    ['66 人', q('=', '66', '人', false)],
    ['=8个', q('=', '8', '个')],
    ['=0起', q('=', '0', '起')],
    ['<1 次', q('<', '1', '次')],
    ['≥1.8万人次', q('≥', '1.8', '万人次')],
    ['≤630 平方公里', q('≤', '630', '平方公里')],
    ['4.5万平方米', q('=', '4.5', '万平方米', false)],
    ['≥2000 个或张', q('≥', '2000', '个或张')],
    ['≥6000 亿条/年', q('≥', '6000', '亿条/年')],
    ['≥7780G/年', q('≥', '7780', 'G/年')],
    ['≥365 天', q('≥', '365', '天')],
    ['1 年', q('=', '1', '年', false)],
    // A bare month count is a duration: Jiyuan 每月工作正常运行 =12月.
    ['=12月', q('=', '12', '月')],
    // Text around the number: a leaked indicator name, a remark, 以上.
    ['≥100 逢警必出', { ...q('≥', '100', ''), remark: '逢警必出' }],
    ['≥1 明显', { ...q('≥', '1', ''), remark: '明显' }],
    ['1 长期', { ...q('=', '1', '', false), remark: '长期' }],
    ['每年酒精检测人员 ≥1000人', { ...q('≥', '1000', '人'), label: '每年酒精检测人员' }],
    ['完成计划还款率100%', { ...q('=', '100', '%', false), label: '完成计划还款率' }],
    ['保障全市命案破案率达到 90%以上', { ...q('≥', '90', '%'), label: '保障全市命案破案率达到' }],
    ['不超过 1,200 元', q('≤', '1200', '元')],
    // Dates.
    ['≤2022.12 日期', { kind: 'date', comparator: '≤', explicitComparator: true, year: 2022, month: 12 }],
    ['≤2022. 12 日期', { kind: 'date', comparator: '≤', explicitComparator: true, year: 2022, month: 12 }],
    ['≤2022.11 日期', { kind: 'date', comparator: '≤', explicitComparator: true, year: 2022, month: 11 }],
    [
      '2024 年 12 月底',
      { kind: 'date', comparator: '=', explicitComparator: false, year: 2024, month: 12, qualifier: '月底' },
    ],
    [
      '2023 年 12 月底前',
      {
        kind: 'date',
        comparator: '≤',
        explicitComparator: false,
        year: 2023,
        month: 12,
        qualifier: '月底前',
      },
    ],
    [
      '2024 年 12 月份',
      { kind: 'date', comparator: '=', explicitComparator: false, year: 2024, month: 12, qualifier: '月份' },
    ],
    [
      '12 月底前',
      { kind: 'date', comparator: '≤', explicitComparator: false, month: 12, qualifier: '月底前' },
    ],
    [
      '24 年底',
      { kind: 'date', comparator: '=', explicitComparator: false, year: 2024, month: 12, qualifier: '年底' },
    ],
    [
      '2024年6月30日前',
      {
        kind: 'date',
        comparator: '≤',
        explicitComparator: false,
        year: 2024,
        month: 6,
        day: 30,
        qualifier: '日前',
      },
    ],
    // Words, the classified marker, blanks.
    ['持续上升', { kind: 'qualitative', text: '持续上升' }],
    ['及时', { kind: 'qualitative', text: '及时' }],
    ['合规', { kind: 'qualitative', text: '合规' }],
    ['优', { kind: 'qualitative', text: '优' }],
    ['逐步提高', { kind: 'qualitative', text: '逐步提高' }],
    ['发1破1', { kind: 'qualitative', text: '发1破1' }],
    ['保障站前管委会日常工作正常运转。', { kind: 'qualitative', text: '保障站前管委会日常工作正常运转' }],
    ['提升相关案件公正度 有效提升', { kind: 'qualitative', text: '提升相关案件公正度 有效提升' }],
    ['涉密', { kind: 'classified' }],
    ['', { kind: 'empty' }],
    ['  ', { kind: 'empty' }],
    ['—', { kind: 'empty' }],
  ])('%p', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it('treats null and undefined as an empty cell', () => {
    expect(parseIndicatorTarget(undefined)).toEqual({ kind: 'empty', raw: '' });
    expect(parseIndicatorTarget(null)).toEqual({ kind: 'empty', raw: '' });
  });

  it('rejects impossible months instead of inventing a date', () => {
    expect(parseIndicatorTarget('2024年13月底').kind).toBe('qualitative');
  });
});
