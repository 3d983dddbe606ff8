#!/usr/bin/env node
// Collects every performance-indicator target value (指标值/目标值) printed in the three seed
// disclosures and writes value → count, per source file, to the indicator fixture. The indicator
// spec parses every one of them, so the fixture must hold the values exactly as printed.
//
//   node tools/seeds/extract-target-values.mjs [seed-documents-dir]
//
// Handan and Jiyuan are tab-separated tables: the value is a fixed column. Julu is a PDF text
// dump with no columns and cells wrapped over several lines, so structured values (comparator,
// number, unit, dates) are found by pattern, and the few free-text values are listed below and
// counted; the script fails if one of them is no longer found.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const seedDir = resolve(process.argv[2] ?? join(repoRoot, '../shared/seed-documents'));
const outFile = join(repoRoot, 'libs/budget/domain/src/indicator/fixtures/seed-target-values.json');

const HANDAN = 'handan-psb-2022-budget-disclosure.txt';
const JIYUAN = 'jiyuan-psb-2020-budget-disclosure.txt';
const JULU = 'julu-psb-2024-performance-targets.txt';

/** value → { file → { count, lines } } */
const found = new Map();

function record(value, file, line) {
  const byFile = found.get(value) ?? new Map();
  const entry = byFile.get(file) ?? { count: 0, lines: [] };
  entry.count += 1;
  if (entry.lines.length < 5) entry.lines.push(line);
  byFile.set(file, entry);
  found.set(value, byFile);
}

function readLines(file) {
  return readFileSync(join(seedDir, file), 'utf8').split(/\r?\n/);
}

/**
 * Tab-separated indicator tables. A table starts at its header row and ends at the first line
 * without a tab (a title or narrative). Rows without a 三级指标 are either wrapped continuations
 * of the previous cell (Handan) or empty placeholder rows such as 人力资源 (Jiyuan).
 */
function extractTabular(file, headerPattern, valueColumn) {
  let inTable = false;
  readLines(file).forEach((text, index) => {
    if (headerPattern.test(text)) {
      inTable = true;
      return;
    }
    if (!text.includes('\t')) {
      if (text.trim() !== '') inTable = false;
      return;
    }
    if (!inTable) return;
    const cells = text.split('\t');
    if (cells[0] === '绩效目标') return;
    if ((cells[2] ?? '').trim() === '') return;
    record((cells[valueColumn] ?? '').trim(), file, index + 1);
  });
}

// ---- Julu: layout-free text ----

const UNIT_WORDS = [
  '平方公里',
  '平方米',
  '人次',
  '万元',
  '公里',
  '小时',
  '百分比',
  '元',
  '人',
  '个',
  '路',
  '套',
  '项',
  '间',
  '件',
  '克',
  '吨',
  '盒',
  '度',
  '天',
  '次',
  '年',
  '月',
  '张',
  '万',
];
const unitWord = `(?:${UNIT_WORDS.map((w) => w.split('').join('\\n?')).join('|')})`;
// A unit may be split over lines at any point: `元/` + `人`, `平方` + `公里`, `个` + `或张`.
const unitPattern = `%|${unitWord}(?:\\n?(?:/|或)\\n?${unitWord})*`;
// `2022 年度…` and `32 号文件` are document references, not units.
const unitTail = `[ \\n]*(?:${unitPattern})(?!度|号)|[ ](?:明显|长期)`;

const JULU_PATTERNS = [
  // 2024 年 12 月底 / 2023 年 12 月底前 / 2024 年 12 月份
  /(?:\d{4}|\d{2})[ \n]*年[ \n]*\d{1,2}[ \n]*月[ \n]*(?:底前|底|份)/g,
  // 24 年底
  /(?<![\d.])\d{2}[ \n]*年底前?/g,
  // 12 月底前 (the 3/6/10/12 月底 spending plan is outside the indicator tables)
  /(?<![\d.]|年[ \n]*)\d{1,2}[ \n]*月底前?/g,
  // ≥95%, ≤3000 元/人, ≥1 明显, ≥655172 度 — a comparator, then a number and maybe a unit
  new RegExp(`[≥≤<>=] ?\\d+(?:\\.\\d+)?(?:${unitTail})?(?![\\d.])`, 'g'),
  // 66 人, 100%, 1 长期 — without a comparator only a number with a unit is a target
  new RegExp(`(?<![\\d.【\\[])\\d+(?:\\.\\d+)?(?:${unitTail})(?![\\d.])`, 'g'),
];

/** Free-text targets in Julu, with the context that tells the value from a same-worded label. */
const JULU_FREE_TEXT = [
  { value: '持续上升', pattern: /(?<=[ \n])持续上升(?=[ \n]|$)/g },
  { value: '持续稳定', pattern: /(?<=[ \n])持续稳定(?=[ \n]|$)/g },
  { value: '持续提升', pattern: /(?<=[ \n])持续提升(?=[ \n]|$)/g },
  { value: '提升', pattern: /(?<= )提升(?=\n职工需求)/g },
  { value: '进一步提高', pattern: /(?<=\n)进一步提高(?= )/g },
  { value: '工作不返工', pattern: /(?<=\n)工作不返工(?= )/g },
  { value: '提高办案率', pattern: /(?<=提高办案率 )提高办案率(?= )/g },
  { value: '我单位实时在职民警数', pattern: /我单位实时\n在职民警数/g },
  { value: '根据办案数量核定', pattern: /根据办案数\n量核定/g },
];

function juluBlocks(lines) {
  const blocks = [];
  let current;
  lines.forEach((raw, index) => {
    const text = raw.trim();
    if (/^一级指标 二级指标 三级指标 绩效指标描述 指标值 指标值确定依据$/.test(text)) {
      current ??= { lines: [] };
      return;
    }
    if (/^\d+\.\S/.test(text)) {
      if (current) blocks.push(current);
      current = undefined;
      return;
    }
    // Page numbers between tables are lone small numbers.
    if (!current || text === '' || /^\d{1,3}$/.test(text)) return;
    current.lines.push({ text, line: index + 1 });
  });
  if (current) blocks.push(current);
  return blocks;
}

/** Joins a value wrapped over lines: a space after a digit (`2024 年 12` + `月底`), else nothing. */
function unwrap(text) {
  return text.replace(/(\d)\n/g, '$1 ').replace(/\n/g, '');
}

function extractJulu() {
  for (const block of juluBlocks(readLines(JULU))) {
    let flat = '';
    const lineAt = [];
    for (const { text, line } of block.lines) {
      if (flat) {
        flat += '\n';
        lineAt.push(line);
      }
      flat += text;
      for (let i = 0; i < text.length; i += 1) lineAt.push(line);
    }
    const masked = flat.split('');
    const take = (pattern, value) => {
      for (const match of flat.matchAll(pattern)) {
        const start = match.index;
        const end = start + match[0].length;
        if (masked.slice(start, end).includes('\u0000')) continue;
        for (let i = start; i < end; i += 1) masked[i] = '\u0000';
        record(value ?? unwrap(match[0]), JULU, lineAt[start]);
      }
    };
    for (const { value, pattern } of JULU_FREE_TEXT) take(pattern, value);
    for (const pattern of JULU_PATTERNS) {
      // Later patterns only see what earlier ones left, so `2024 年 12 月底` is never read as `12 月`.
      flat = masked.join('');
      take(pattern);
    }
  }
  for (const { value } of JULU_FREE_TEXT) {
    if (!found.get(value)?.has(JULU)) throw new Error(`Julu free-text target "${value}" not found`);
  }
}

extractTabular(HANDAN, /^一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值/, 4);
extractTabular(JIYUAN, /^一级指标\t二级指标\t三级指标\t(?:目标值|指标值)/, 3);
extractJulu();

const values = [...found.entries()]
  .map(([text, byFile]) => ({
    text,
    total: [...byFile.values()].reduce((sum, e) => sum + e.count, 0),
    sources: Object.fromEntries(byFile),
  }))
  .sort((a, b) => b.total - a.total || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));

mkdirSync(dirname(outFile), { recursive: true });
const json = JSON.stringify(
  {
    generatedBy: 'tools/seeds/extract-target-values.mjs',
    documents: [HANDAN, JIYUAN, JULU],
    distinctValues: values.length,
    values,
  },
  null,
  2,
);
// Line-number lists on one line, as Prettier writes them, so `format:check` passes unchanged.
writeFileSync(
  outFile,
  `${json.replace(/\[\s*(\d+(?:,\s*\d+)*)\s*\]/g, (_, nums) => `[${nums.split(/,\s*/).join(', ')}]`)}\n`,
);
console.log(`${values.length} distinct target values → ${outFile}`);
for (const file of [HANDAN, JIYUAN, JULU]) {
  const count = values.reduce((sum, v) => sum + (v.sources[file]?.count ?? 0), 0);
  console.log(`  ${file}: ${count} cells`);
}
