import {
  CATALOG_FIRST_YEAR,
  CATALOG_LAST_YEAR,
  classificationCatalog,
  type ClassificationList,
} from './classification-catalog';
import { SEED_CODE_OCCURRENCES, type SeedCodeOccurrence } from './data/seed-document-codes.data';

const YEARS = Array.from(
  { length: CATALOG_LAST_YEAR - CATALOG_FIRST_YEAR + 1 },
  (_, i) => CATALOG_FIRST_YEAR + i,
);

const HANDAN = 'handan-psb-2022-budget-disclosure.txt';
const JIYUAN = 'jiyuan-psb-2020-budget-disclosure.txt';

/**
 * Where the seed documents do not print the official name. Validation must report these, so
 * the catalog must not learn them. Keyed by document and line.
 */
const KNOWN_DEVIATIONS: Record<string, { result: string; official: string }> = {
  // Jiyuan appends the 款 to a 项 name: house style, not a different 科目.
  [`${JIYUAN}:57`]: { result: 'annotated', official: '行政运行' },
  [`${JIYUAN}:58`]: { result: 'annotated', official: '一般行政管理事务' },
  [`${JIYUAN}:59`]: { result: 'annotated', official: '信息化建设' },
  [`${JIYUAN}:120`]: { result: 'annotated', official: '行政运行' },
  [`${JIYUAN}:121`]: { result: 'annotated', official: '一般行政管理事务' },
  [`${JIYUAN}:122`]: { result: 'annotated', official: '信息化建设' },
  // Jiyuan's 财政拨款收支总体情况表 drops 支出 from eleven 类 names.
  [`${JIYUAN}:78`]: { result: 'abbreviated', official: '一般公共服务支出' },
  [`${JIYUAN}:79`]: { result: 'abbreviated', official: '外交支出' },
  [`${JIYUAN}:80`]: { result: 'abbreviated', official: '国防支出' },
  [`${JIYUAN}:81`]: { result: 'abbreviated', official: '公共安全支出' },
  [`${JIYUAN}:82`]: { result: 'abbreviated', official: '教育支出' },
  [`${JIYUAN}:83`]: { result: 'abbreviated', official: '科学技术支出' },
  [`${JIYUAN}:84`]: { result: 'abbreviated', official: '文化旅游体育与传媒支出' },
  [`${JIYUAN}:85`]: { result: 'abbreviated', official: '社会保障和就业支出' },
  [`${JIYUAN}:87`]: { result: 'abbreviated', official: '卫生健康支出' },
  [`${JIYUAN}:88`]: { result: 'abbreviated', official: '节能环保支出' },
  [`${JIYUAN}:91`]: { result: 'abbreviated', official: '交通运输支出' },
  // Jiyuan's 部门收支总体情况表 uses the pre-2018 economic name and embellishes another.
  [`${JIYUAN}:21`]: { result: 'outdated', official: '债务利息及费用支出' },
  [`${JIYUAN}:15`]: { result: 'different', official: '对个人和家庭的补助' },
  // Handan prints ASCII brackets: the same name.
  [`${HANDAN}:299`]: { result: 'equivalent', official: '维修（护）费' },
};

function listFor(o: SeedCodeOccurrence): ClassificationList {
  return classificationCatalog(o.fiscalYear)[o.scheme];
}

describe('the catalog of every covered year', () => {
  it.each(YEARS)('builds %i with every parent present and no fallback', (year) => {
    const catalog = classificationCatalog(year);
    expect(catalog.fiscalYear).toBe(year);
    expect(catalog.fallback).toBeUndefined();
    for (const list of [catalog.functional, catalog.economic]) {
      for (const entry of list.entries()) {
        if (entry.parentCode) expect(list.has(entry.parentCode)).toBe(true);
        expect(entry.source.catalog).toBe(`${year}年政府收支分类科目`);
      }
    }
  });

  it('holds the public-security 款 and 项 of 204 in every year', () => {
    for (const year of YEARS) {
      const functional = classificationCatalog(year).functional;
      expect(functional.children('20402').map((e) => `${e.code} ${e.name}`)).toEqual([
        '2040201 行政运行',
        '2040202 一般行政管理事务',
        '2040203 机关服务',
        '2040219 信息化建设',
        '2040220 执法办案',
        '2040221 特别业务',
        '2040222 特勤业务',
        '2040223 移民事务',
        '2040250 事业运行',
        '2040299 其他公安支出',
      ]);
      expect(functional.children('204').map((e) => e.code)).toEqual([
        '20401',
        '20402',
        '20403',
        '20404',
        '20405',
        '20406',
        '20407',
        '20408',
        '20409',
        '20410',
        '20499',
      ]);
    }
  });
});

describe('the seed documents against the catalog of their year', () => {
  const withCode = SEED_CODE_OCCURRENCES.filter((o) => o.code !== null);
  const nameOnly = SEED_CODE_OCCURRENCES.filter((o) => o.code === null);

  it.each(withCode.map((o) => [o.document, o.line, o.code, o.printedName, o]))(
    '%s:%i prints %s %s as the catalog has it, or is a known deviation',
    (document, line, code, printedName, occurrence) => {
      const check = listFor(occurrence).checkName(code as string, printedName);
      const deviation = KNOWN_DEVIATIONS[`${document}:${line}`];
      if (deviation) {
        expect(check).toEqual({ result: deviation.result, code, officialName: deviation.official });
      } else {
        expect(check).toEqual({ result: 'exact', code, officialName: printedName });
      }
    },
  );

  it.each(nameOnly.map((o) => [o.document, o.line, o.printedName, o]))(
    '%s:%i names the 类 %s that exists that year',
    (_document, _line, printedName, occurrence) => {
      expect(listFor(occurrence).findByName(printedName)?.name).toBe(printedName);
    },
  );

  it("lists in Handan's 2022 row lists exactly the 类 of 2022, in code order", () => {
    const rowList = nameOnly.filter((o) => o.table.startsWith('部门预算收支总表')).map((o) => o.printedName);
    expect(rowList).toEqual(
      classificationCatalog(2022)
        .functional.children()
        .map((e) => e.name),
    );
  });

  it("numbers Jiyuan's 2020 row list by code, covering exactly the 类 of 2020", () => {
    const codes = withCode
      .filter((o) => o.table.startsWith('2020年财政拨款收支总体情况表'))
      .map((o) => o.code);
    expect(codes).toEqual(
      classificationCatalog(2020)
        .functional.children()
        .map((e) => e.code),
    );
  });

  it('records where a seed document prints an entry', () => {
    const enforcement = classificationCatalog(2022).functional.get('2040220');
    expect(enforcement?.source.seenIn.map((s) => s.line)).toEqual([101, 142, 241]);
    expect(enforcement?.source.seenIn.every((s) => s.document === HANDAN)).toBe(true);
    expect(classificationCatalog(2022).functional.get('2040222')?.source.seenIn).toEqual([]);
    // A deviating print is not evidence for the official name.
    expect(classificationCatalog(2020).functional.get('2040201')?.source.seenIn).toEqual([]);
    expect(
      classificationCatalog(2022)
        .functional.get('204')
        ?.source.seenIn.map((s) => s.line),
    ).toEqual([44, 97, 138, 181, 237]);
  });
});

describe('names that changed between years', () => {
  it('calls 210 卫生健康支出 in every covered year and knows its name up to 2018', () => {
    for (const year of YEARS) {
      const health = classificationCatalog(year).functional.get('210');
      expect(health?.name).toBe('卫生健康支出');
      expect(health?.formerNames).toEqual([{ name: '医疗卫生与计划生育支出', until: 2018 }]);
      expect(classificationCatalog(year).functional.checkName('210', '医疗卫生与计划生育支出')).toEqual({
        result: 'outdated',
        code: '210',
        officialName: '卫生健康支出',
      });
    }
  });

  it('renames 215 from 2021', () => {
    expect(classificationCatalog(2020).functional.get('215')?.name).toBe('资源勘探信息等支出');
    expect(classificationCatalog(2021).functional.get('215')?.name).toBe('资源勘探工业信息等支出');
    expect(classificationCatalog(2022).functional.checkName('215', '资源勘探信息等支出').result).toBe(
      'outdated',
    );
    expect(classificationCatalog(2020).functional.checkName('215', '资源勘探工业信息等支出').result).toBe(
      'different',
    );
  });

  it('renames 30110 from 2023', () => {
    expect(classificationCatalog(2022).economic.get('30110')?.name).toBe('城镇职工基本医疗保险缴费');
    expect(classificationCatalog(2023).economic.get('30110')?.name).toBe('职工基本医疗保险缴费');
  });

  it('has 抗疫特别国债安排的支出 only in 2021 and 2022', () => {
    expect(YEARS.filter((year) => classificationCatalog(year).functional.has('234'))).toEqual([2021, 2022]);
  });
});

describe('parents and children', () => {
  const catalog = classificationCatalog(2022);

  it('links 项 to 款 to 类', () => {
    expect(catalog.functional.get('2040201')).toMatchObject({
      level: '项',
      parentCode: '20402',
      name: '行政运行',
    });
    expect(catalog.functional.get('20402')).toMatchObject({ level: '款', parentCode: '204', name: '公安' });
    expect(catalog.functional.get('204')).toMatchObject({ level: '类', name: '公共安全支出' });
    expect(catalog.functional.get('204')?.parentCode).toBeUndefined();
  });

  it('lists the children of 20805, 21011 and 22102', () => {
    expect(catalog.functional.children('20805').map((e) => e.code)).toEqual([
      '2080501',
      '2080502',
      '2080503',
      '2080505',
      '2080506',
      '2080507',
      '2080599',
    ]);
    expect(catalog.functional.children('21011').map((e) => e.name)).toEqual([
      '行政单位医疗',
      '事业单位医疗',
      '公务员医疗补助',
      '其他行政事业单位医疗支出',
    ]);
    expect(catalog.functional.children('22102').map((e) => e.name)).toEqual([
      '住房公积金',
      '提租补贴',
      '购房补贴',
    ]);
  });

  it('lists the economic 类 and the 款 of 310', () => {
    expect(catalog.economic.children().map((e) => e.code)).toEqual([
      '301',
      '302',
      '303',
      '307',
      '309',
      '310',
      '311',
      '312',
      '313',
      '399',
    ]);
    expect(catalog.economic.children('310').map((e) => e.code)).toEqual(
      expect.arrayContaining(['31002', '31003', '31013', '31099']),
    );
    expect(catalog.economic.get('31013')).toMatchObject({
      name: '公务用车购置',
      parentCode: '310',
      level: '款',
    });
  });

  it('does not know codes abolished in 2019 or never issued', () => {
    expect(catalog.functional.has('2040204')).toBe(false); // 治安管理, merged into 执法办案
    expect(catalog.functional.has('218')).toBe(false);
    expect(catalog.functional.checkName('2040204', '治安管理')).toEqual({
      result: 'unknown-code',
      code: '2040204',
    });
    expect(catalog.functional.get('20402 ')).toBeUndefined();
  });
});

describe('years outside the catalog', () => {
  it('falls back to 2020 for earlier years and says so', () => {
    const catalog = classificationCatalog(2018);
    expect(catalog).toMatchObject({ requestedYear: 2018, fiscalYear: 2020 });
    expect(catalog.fallback).toContain('2020');
    expect(catalog.functional.fiscalYear).toBe(2020);
  });

  it('falls back to 2026 for later years and says so', () => {
    const catalog = classificationCatalog(2031);
    expect(catalog).toMatchObject({ requestedYear: 2031, fiscalYear: 2026 });
    expect(catalog.fallback).toContain('2026');
  });

  it('refuses a year that is not a whole number', () => {
    expect(() => classificationCatalog(2022.5)).toThrow(RangeError);
  });
});
