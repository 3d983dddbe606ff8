import { Amount } from '../money/amount';
import { normalizeUnit, UNIT_PATTERN } from './measure-unit';
import type {
  Comparator,
  DateQualifier,
  DateTarget,
  IndicatorTarget,
  QuantityTarget,
} from './indicator-target.value-object';

/**
 * Reads a target value as printed. Never throws: whatever is not a number, a date, 涉密 or blank
 * is qualitative, so a careless cell becomes a finding later instead of a crash now.
 */
export function parseIndicatorTarget(raw: string | null | undefined): IndicatorTarget {
  const original = raw ?? '';
  const compact = compactText(original);
  if (compact === '' || /^[-—–/／\\]+$/.test(compact)) return { kind: 'empty', raw: original };
  if (compact === '涉密') return { kind: 'classified', raw: original };
  return (
    parseDate(compact, original) ??
    parseQuantity(compact, original) ?? {
      kind: 'qualitative',
      raw: original,
      text: original
        .normalize('NFKC')
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/[。.]$/, ''),
    }
  );
}

/**
 * Full-width forms to ASCII (NFKC: `％`, `＞`, `１２`), ASCII digraphs to the symbols used in the
 * tables (`>=` → `≥`), and no whitespace at all: PDF dumps split `2022. 12` and `元/ 人`.
 */
function compactText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/>=|≧|⩾/g, '≥')
    .replace(/<=|≦|⩽/g, '≤')
    .replace(/==/g, '=')
    .replace(/\s+/g, '')
    .replace(/(\d),(?=\d{3}(?!\d))/g, '$1')
    .replace(/[。;；]$/, '');
}

const SYMBOL = '[≥≤<>=]';

const WORD_COMPARATORS: ReadonlyArray<readonly [string, Comparator]> = [
  ['大于等于', '≥'],
  ['不低于', '≥'],
  ['不少于', '≥'],
  ['不小于', '≥'],
  ['小于等于', '≤'],
  ['不高于', '≤'],
  ['不超过', '≤'],
  ['不多于', '≤'],
  ['不大于', '≤'],
  ['大于', '>'],
  ['高于', '>'],
  ['超过', '>'],
  ['小于', '<'],
  ['低于', '<'],
  ['少于', '<'],
  ['等于', '='],
];

/** Chinese 以上/以下 include the bound (《统计法》 usage), so they read as ≥ and ≤. */
const SUFFIX_COMPARATORS: Readonly<Record<string, Comparator>> = { 以上: '≥', 以下: '≤', 以内: '≤' };

const QUANTITY = new RegExp(
  `^(?<label>[^\\d≥≤<>=]*?)` +
    `(?<word>${WORD_COMPARATORS.map(([w]) => w).join('|')})?` +
    `(?<symbol>${SYMBOL})?` +
    `(?<number>\\d+(?:\\.\\d+)?)` +
    `(?<unit>${UNIT_PATTERN})?` +
    `(?<suffix>以上|以下|以内)?` +
    `(?<remark>\\D*)$`,
);

function parseQuantity(compact: string, raw: string): QuantityTarget | undefined {
  const groups = QUANTITY.exec(compact)?.groups;
  if (!groups) return undefined;
  const { label = '', word, symbol, number = '', unit = '', suffix, remark = '' } = groups;
  const written =
    (symbol as Comparator | undefined) ??
    WORD_COMPARATORS.find(([w]) => w === word)?.[1] ??
    (suffix ? SUFFIX_COMPARATORS[suffix] : undefined);
  const value = Amount.tryParse(number);
  if (!value) return undefined;
  return {
    kind: 'quantity',
    raw,
    comparator: written ?? '=',
    explicitComparator: written !== undefined,
    value: value.toString(),
    unit: normalizeUnit(unit),
    ...(label ? { label } : {}),
    ...(remark ? { remark } : {}),
  };
}

// ≤2022.12, 2022.12日期, 2024-12-31, 2024/12
const NUMERIC_DATE = new RegExp(
  `^(?<symbol>${SYMBOL})?(?<year>(?:19|20)\\d{2})[-./](?<month>\\d{1,2})(?:[-./](?<day>\\d{1,2}))?(?:日期)?$`,
);
// 2024年12月底, 2023年12月底前, 2024年12月份, 12月底前, 2024年12月31日, 12月31日前
const CHINESE_DATE = new RegExp(
  `^(?<symbol>${SYMBOL})?(?:(?<year>\\d{4}|\\d{2})年)?(?<month>\\d{1,2})月` +
    `(?:(?<day>\\d{1,2})日(?<dayBefore>前|之前)?|(?<qualifier>底前|底之前|底|末|份))?(?:完成)?$`,
);
// 24年底, 2024年底前
const YEAR_END = new RegExp(
  `^(?<symbol>${SYMBOL})?(?<year>\\d{4}|\\d{2})年(?<qualifier>底前|底之前|底|末)(?:完成)?$`,
);

function parseDate(compact: string, raw: string): DateTarget | undefined {
  const numeric = NUMERIC_DATE.exec(compact)?.groups;
  if (numeric) return dateTarget(raw, numeric['symbol'], numeric['year'], numeric['month'], numeric['day']);

  const chinese = CHINESE_DATE.exec(compact)?.groups;
  // A bare `12月` is a duration (`每月工作正常运行 =12月`): a date needs a year, a day or 底/份.
  if (chinese && (chinese['year'] || chinese['day'] || chinese['qualifier'])) {
    const qualifier = chinese['dayBefore']
      ? '日前'
      : chinese['qualifier']
        ? monthQualifier(chinese['qualifier'])
        : undefined;
    return dateTarget(raw, chinese['symbol'], chinese['year'], chinese['month'], chinese['day'], qualifier);
  }

  const yearEnd = YEAR_END.exec(compact)?.groups;
  if (yearEnd) {
    const before = yearEnd['qualifier']?.includes('前');
    return dateTarget(raw, yearEnd['symbol'], yearEnd['year'], '12', undefined, before ? '年底前' : '年底');
  }
  return undefined;
}

function monthQualifier(written: string): DateQualifier {
  if (written.startsWith('底') && written.includes('前')) return '月底前';
  if (written === '底') return '月底';
  return written === '末' ? '月末' : '月份';
}

function dateTarget(
  raw: string,
  symbol: string | undefined,
  year: string | undefined,
  month: string | undefined,
  day?: string,
  qualifier?: DateQualifier,
): DateTarget | undefined {
  const monthNumber = Number(month);
  const dayNumber = day === undefined ? undefined : Number(day);
  if (!Number.isInteger(monthNumber) || monthNumber < 1 || monthNumber > 12) return undefined;
  if (dayNumber !== undefined && (dayNumber < 1 || dayNumber > 31)) return undefined;
  const deadline = qualifier?.endsWith('前') ?? false;
  return {
    kind: 'date',
    raw,
    comparator: (symbol as Comparator | undefined) ?? (deadline ? '≤' : '='),
    explicitComparator: symbol !== undefined,
    ...(year ? { year: year.length === 2 ? 2000 + Number(year) : Number(year) } : {}),
    month: monthNumber,
    ...(dayNumber !== undefined ? { day: dayNumber } : {}),
    ...(qualifier ? { qualifier } : {}),
  };
}
