import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseBudgetDocument } from '@budgetflow/budget-domain';
import { REPOSITORY_ROOT } from '../../repository-root';
import { applyCorrections, type Correction } from './apply-corrections';

// 邯郸市公安局 2022 with every error-level finding fixed the way the unit's author would fix it.
// Source lines are those of ../shared/seed-documents/handan-psb-2022-budget-disclosure.txt.
// seeds/examples/README.md lists the same changes for readers.

export const HANDAN_SEED = path.join(REPOSITORY_ROOT, 'seeds', 'handan-psb-2022.json');
export const HANDAN_CORRECTED = path.join(
  REPOSITORY_ROOT,
  'seeds',
  'examples',
  'handan-psb-2022-corrected.json',
);

// ── "三公" (TBL-SUM-006, XTB-3PB-001, NAR-FIG-001, NAR-FIG-003) ─────────────────────────────
// The 三公 table (L355–364) is the wrong side: each of its lines is below the same economic line of
// the basic-expenditure table (30231 688.05, 30217 46.46, 30215 57.34, 30216 114.64, L300–305),
// which 三公 (basic + project) cannot be, and its line 二 is blank. The narrative (L458) states
// exactly the basic-table figures (688.05, 46.46), and its 906.49 is 688.05 + 46.46 + 57.34 +
// 114.64: the author's own total including 会议费 and 培训费. So the table takes those figures, and
// the narrative's "三公" total becomes the sum of the parts it lists itself (734.51).
const THREE_PUBLIC_TABLE = '/tables/8/rows';
const threePublicCell = (
  row: number,
  column: string,
  old: string,
  value: string,
  why: string,
): Correction => ({
  op: 'replace',
  path: `${THREE_PUBLIC_TABLE}/${row}/amounts/${column}`,
  old,
  new: value,
  why,
});
const bothColumns = (row: number, old: string, value: string, why: string): Correction[] => [
  threePublicCell(row, 'total', old, value, why),
  threePublicCell(row, 'generalPublicBudget', old, value, why),
];

const THREE_PUBLIC: Correction[] = [
  ...bothColumns(
    0,
    '816.97',
    '906.49',
    '三公 table 合计 = "三公"小计 734.51 + 会议费 57.34 + 培训费 114.64 after the line fixes below (L356).',
  ),
  ...bothColumns(
    1,
    '726.08',
    '734.51',
    '"三公"经费小计 = 因公出国 0 + 公务用车 688.05 + 公务接待 46.46, the parts the narrative lists (L357, L458).',
  ),
  {
    op: 'replace',
    path: `${THREE_PUBLIC_TABLE}/3/amounts`,
    old: {},
    new: { total: '688.05', generalPublicBudget: '688.05' },
    why: 'Line 二、公务用车购置及运维费 was left blank (L359); it is 购置费 (none) + 运行维护费 688.05, as the narrative says (L458).',
  },
  ...bothColumns(
    5,
    '681.07',
    '688.05',
    '公务用车运行维护费 681.07 is below 30231 公务用车运行维护费 688.05 of the basic-expenditure table (L305, L361); the narrative states 688.05.',
  ),
  ...bothColumns(
    6,
    '45.01',
    '46.46',
    '公务接待费 45.01 is below 30217 公务接待费 46.46 of the basic-expenditure table (L302, L362); the narrative states 46.46.',
  ),
  ...bothColumns(
    7,
    '35.03',
    '57.34',
    '会议费 35.03 is below 30215 会议费 57.34 of the basic-expenditure table (L300, L363); 57.34 is the figure inside the narrative 906.49.',
  ),
  ...bothColumns(
    8,
    '55.86',
    '114.64',
    '培训费 55.86 is below 30216 培训费 114.64 of the basic-expenditure table (L301, L364); 114.64 is the figure inside the narrative 906.49.',
  ),
  {
    op: 'replace',
    path: '/narrative/sections/6/paragraphs/0',
    old: '2022年，我部门财政拨款“三公”经费预算安排906.49万元，其中因公出国（境）费0万元；公务用车购置及运维费688.05万元（其中：公务用车购置费为0万元，公务用车运维费688.05万元）；公务接待费46.46万元。与2021年相比减少52.33万元，减少的主要原因是：减少公务用车运维费。',
    new: '2022年，我部门财政拨款“三公”经费预算安排734.51万元，其中因公出国（境）费0万元；公务用车购置及运维费688.05万元（其中：公务用车购置费为0万元，公务用车运维费688.05万元）；公务接待费46.46万元。与2021年相比减少52.33万元，减少的主要原因是：减少公务用车运维费。',
    why: 'The narrative called 906.49 (三公 + 会议费 + 培训费) the "三公" total; its own parts 0 + 688.05 + 46.46 make 734.51 (L458).',
  },
  {
    op: 'replace',
    path: '/narrative/sections/6/figures/0/amount',
    old: '906.49',
    new: '734.51',
    why: 'The figure extracted from the corrected sentence (L458).',
  },
  {
    op: 'replace',
    path: '/narrative/sections/6/figures/0/text',
    old: '财政拨款“三公”经费预算安排906.49万元',
    new: '财政拨款“三公”经费预算安排734.51万元',
    why: 'The words of the corrected sentence (L458).',
  },
];

// ── 比上年增减 (NAR-FIG-002) ──────────────────────────────────────────────────────────────
// 1472.55 + 1954.89 = 3427.44, not 3424.44 (L450). The 2021 budget is not in the document, so
// which of the three figures is the typo cannot be proved from it; the two parts each carry their
// reason and differ from the total by one digit (4 → 7), so the total is taken to be the typo.
const CHANGE: Correction[] = [
  {
    op: 'replace',
    path: '/narrative/sections/4/paragraphs/0',
    old: '2022年预算收支安排46003.87万元，较2021年预算增加3424.44万元，其中：基本支出增加1472.55万元，主要为增加人员经费支出；项目支出增加1954.89万元，主要为基建项目增加。',
    new: '2022年预算收支安排46003.87万元，较2021年预算增加3427.44万元，其中：基本支出增加1472.55万元，主要为增加人员经费支出；项目支出增加1954.89万元，主要为基建项目增加。',
    why: 'The change 3424.44 is not basic 1472.55 + project 1954.89 = 3427.44 (L450); assumed a typo in the total (the 2021 figures that would decide it are not in the document).',
  },
  {
    op: 'replace',
    path: '/narrative/sections/4/figures/1/amount',
    old: '3424.44',
    new: '3427.44',
    why: 'The figure extracted from the corrected sentence (L450).',
  },
  {
    op: 'replace',
    path: '/narrative/sections/4/figures/1/text',
    old: '较2021年预算增加3424.44万元',
    new: '较2021年预算增加3427.44万元',
    why: 'The words of the corrected sentence (L450).',
  },
];

// ── 成本指标 (PRF-CST-001, PRF-CST-002) ──────────────────────────────────────────────────────
// A cost indicator caps spending in money. The disclosure prints no project amounts, so the caps
// below (marked "illustrative") are plausible figures standing in for the project budget the unit
// would enter; where the table itself states the cost, that figure is used.
const ILLUSTRATIVE =
  'illustrative cap: the disclosure prints no project amount, the unit would enter the project budget';
const indicatorPath = (project: number, group: number, indicator: number): string =>
  `/performance/projects/${project}/indicators/0/groups/${group}/indicators/${indicator}`;

/** The target alone is wrong: the indicator already names a cost. */
const costTarget = (
  project: number,
  line: number,
  old: string,
  value: string,
  why = `成本指标 "${old}" is not an amount (L${line}); ${ILLUSTRATIVE}.`,
  group = 3,
  indicator = 0,
): Correction => ({
  op: 'replace',
  path: `${indicatorPath(project, group, indicator)}/target`,
  old,
  new: value,
  why,
});

interface Indicator {
  readonly name: string;
  readonly description: string;
  readonly target: string;
  readonly basis: string;
}

/** The row is not a cost at all (使用率, 舆情控制量, …): the author rewrites it as one. */
const costIndicator = (
  project: number,
  line: number,
  old: Indicator,
  name: string,
  description: string,
  target: string,
  why = `成本指标 "${old.name}: ${old.target}" names no cost and is not an amount (L${line}); rewritten as the project's cost cap, ${ILLUSTRATIVE}.`,
): Correction => ({
  op: 'replace',
  path: indicatorPath(project, 3, 0),
  old,
  // Where the basis only repeated the indicator's name, it follows the new name.
  new: { name, description, target, basis: old.basis === old.name ? name : old.basis },
  why,
});

const flipToCap = (
  project: number,
  group: number,
  indicator: number,
  line: number,
  old: string,
): Correction =>
  costTarget(
    project,
    line,
    old,
    old.replace('≥', '≤'),
    `成本指标 "${old}" sets a floor; the same figure is meant as the cap (L${line}).`,
    group,
    indicator,
  );

const COST: Correction[] = [
  costTarget(0, 599, '≥90 百分比', '≤120 万元'),
  costTarget(2, 626, '≤100 百分比', '≤3 万元'),
  costTarget(3, 640, '≥90 百分比', '≤50 万元'),
  costTarget(6, 678, '≥90 百分比', '≤30 万元'),
  costIndicator(
    17,
    821,
    { name: '使用率', description: '资金使用比例', target: '≥90 百分比', basis: '使用率' },
    '服装购置成本',
    '购置特警“99”式战训服资金支出控制数',
    '≤80 万元',
  ),
  flipToCap(18, 3, 0, 834, '≥45054.96 元'),
  costTarget(19, 847, '≥90 百分比', '≤20 万元'),
  costTarget(20, 860, '≥90 百分比', '≤200 万元'),
  costTarget(22, 885, '≥90 百分比', '≤1000 万元'),
  costTarget(23, 898, '≥90 百分比', '≤150 万元'),
  costIndicator(
    24,
    911,
    { name: '舆情控制量', description: '控制舆情，维护社会稳定', target: '≥90 百分比', basis: '舆情控制量' },
    '专项办案经费成本',
    '扫黑、北京安保等专项办案经费支出控制数',
    '≤300 万元',
  ),
  costTarget(26, 937, '≥90 百分比', '≤20 万元'),
  flipToCap(27, 3, 0, 950, '≥61552.32 元'),
  costIndicator(
    28,
    963,
    { name: '后勤保证率', description: '后勤保障率', target: '≥90 百分比', basis: '后勤保证率' },
    '办公经费成本',
    '办公用品采购及后勤保障支出控制数',
    '≤30 万元',
  ),
  costTarget(29, 976, '≥90 百分比', '≤35 万元'),
  costIndicator(
    30,
    989,
    {
      name: '公务用枪智能化标准',
      description: '公务枪支弹药数量',
      target: '≥90 百分比',
      basis: '公务用枪智能化标准',
    },
    '保险柜购置成本',
    '购置枪弹药柜 14 台资金支出控制数',
    '≤30 万元',
  ),
  costTarget(31, 1002, '≥90 百分比', '≤40 万元'),
  costIndicator(
    34,
    1041,
    {
      name: '培训成本',
      description: '人均产品和服务所需的控制情况达到标准',
      target: '≥80 百分比',
      basis: '培训成本',
    },
    '装备购置成本',
    '特警装备购置资金支出控制数',
    '≤100 万元',
  ),
  costTarget(35, 1054, '≥90 百分比', '≤3000 万元'),
  costTarget(36, 1067, '≥90 百分比', '≤100 万元'),
  costTarget(37, 1079, '≥90 百分比', '≤100 万元', undefined, 2, 0),
  {
    op: 'remove',
    path: indicatorPath(37, 2, 1),
    old: {
      name: '维护社会治安稳定',
      description: '提升群众安全感，维护社会治安稳定',
      target: '≥90 百分比',
      basis: '维护社会治安稳定',
    },
    why: '"维护社会治安稳定" is a social-benefit indicator put on a 成本指标 row (L1080); it moves to 效益指标/社会效益指标 (next correction).',
  },
  {
    op: 'insert',
    path: '/performance/projects/37/indicators/1/groups/0/indicators/3',
    old: undefined,
    new: {
      name: '维护社会治安稳定',
      description: '提升群众安全感，维护社会治安稳定',
      target: '≥90 百分比',
      basis: '维护社会治安稳定',
    },
    why: 'The row from L1080, unchanged, under the 社会效益指标 rows where its twins stand (L1082–1083).',
  },
  costIndicator(
    38,
    1093,
    { name: '专用库', description: '安全处置爆炸物品工作规范', target: '≥90 百分比', basis: '专用库' },
    '销毁及租库成本',
    '委托销毁爆炸物品及租用专用储存库费用控制数',
    '≤20 万元',
  ),
  costTarget(39, 1106, '≥90 百分比', '≤60 万元'),
  costTarget(40, 1119, '≥90 百分比', '≤200 万元'),
  costIndicator(
    44,
    1175,
    {
      name: '培训成本',
      description: '人均产品和服务所需的控制情况达到标准',
      target: '100 百分比',
      basis: '严格按照政府采购法',
    },
    '装备购置成本',
    '常用装备及特种设备购置资金支出控制数',
    '≤100 万元',
  ),
  costIndicator(
    45,
    1189,
    { name: '使用率', description: '节约成本', target: '100 百分比', basis: '严格按照政府采购法' },
    '伙食补助成本',
    '特警训练伙食补助支出控制数',
    '≤30 万元',
  ),
  costIndicator(
    46,
    1203,
    {
      name: '培训成本',
      description: '人均产品和服务所需的控制情况达到标准',
      target: '100 百分比',
      basis: '严格按照政府采购法',
    },
    '伙食补助成本',
    '特警训练伙食补助支出控制数',
    '≤10 万元',
  ),
  costTarget(48, 1229, '压缩办案成本', '≤50 万元'),
  costTarget(49, 1242, '≥100 百分比', '≤50 万元'),
  flipToCap(50, 2, 0, 1260, '≥9.54 元'),
  flipToCap(50, 2, 1, 1261, '≥6.3 元'),
  flipToCap(50, 2, 2, 1262, '≥6.96 万元'),
  costIndicator(
    54,
    1319,
    {
      name: '购置装备数量',
      description:
        '单警装备每套 1626 元，购买 40 套，共计 65040 元。对讲机每部 1500（含服务费）购买 30 部，共计 45000 元。',
      target: '≥98%',
      basis: '行业标准',
    },
    '装备购置成本',
    '单警装备每套 1626 元，购买 40 套，共计 65040 元。对讲机每部 1500（含服务费）购买 30 部，共计 45000 元。',
    '≤110040 元',
    '成本指标 "购置装备数量: ≥98%" is not an amount (L1319); its own description prices the purchase at 65040 + 45000 = 110040 元, which becomes the cap.',
  ),
];

// ── 绩效目标 (PRF-TBL-002) ────────────────────────────────────────────────────────────────
// Two tables leave 绩效目标 empty; the goal is written from the table's own indicators.
const GOALS: Correction[] = [
  {
    op: 'replace',
    path: '/performance/projects/24/goals',
    old: [],
    new: ['目标内容 1 保障扫黑除恶专项斗争和北京安保任务顺利进行，控制舆情，维护社会治安稳定'],
    why: '公安专项办案费 has an empty 绩效目标 row (L906); the goal restates its indicators (扫黑案件, 北京安保, 舆情控制, L909–915).',
  },
  {
    op: 'replace',
    path: '/performance/projects/52/goals',
    old: [],
    new: [
      '目标内容 1 保障机场分局辅警工资、保险及服装及时足额发放，维护机场辖区治安稳定，保障旅客生命财产安全',
    ],
    why: '机场分局警务辅助保障经费 has an empty 绩效目标 row (L1288); the goal restates its indicators (辅警工资保险, 巡逻覆盖, 旅客安全, L1290–1298).',
  },
];

// ── 指标层级 (PRF-LVL-002) ────────────────────────────────────────────────────────────────
// 办公经费和指挥中心改造项目质保金: the 效益指标 row is typed one column to the right (L1265: 一级 in
// the 二级 column, 二级 in the 三级 column, …, the target in the basis column), so it and the
// 可持续影响指标 row after it (L1268) landed under 产出指标. Both move to a 效益指标 of their own,
// the shifted cells back in their columns; the row printed no basis, so none is invented.
const LEVELS: Correction[] = [
  {
    op: 'remove',
    path: '/performance/projects/50/indicators/0/groups/5',
    old: {
      name: '可持续影响指标',
      indicators: [
        {
          name: '保障对邯郸两站开展 24 小时不间断疫情防控工作，站前广场基础设施看护、乘车秩序维护和治安巡逻等任务顺利开展。',
          description: '为广大旅客营造良好出行环境。',
          target: '≥365 天',
          basis: '部门规定',
        },
      ],
    },
    why: '可持续影响指标 belongs to 效益指标, not 产出指标 (L1268); it moves to the new 效益指标 below.',
  },
  {
    op: 'remove',
    path: '/performance/projects/50/indicators/0/groups/4',
    old: {
      name: '效益指标',
      indicators: [
        {
          name: '社会效益指标',
          description: '保障站前管委会工作人员日常办公所需，改善办公条件，营造良好工作环境',
          target: '保障站前管委会日常工作正常运转。',
          basis: '≥365 天',
        },
      ],
    },
    why: 'The 一级 name 效益指标 typed in the 二级 column, the whole row one column to the right (L1265); it moves to the new 效益指标 below.',
  },
  {
    op: 'insert',
    path: '/performance/projects/50/indicators/1',
    old: {
      name: '满意度指标',
      groups: [
        {
          name: '服务对象满意度指标',
          indicators: [
            {
              name: '站前管委会工作人员满意度指标',
              description: '站前管委会工作人员满意度达到 98%以上',
              target: '≥98%',
              basis: '部门规定',
            },
          ],
        },
      ],
    },
    new: {
      name: '效益指标',
      groups: [
        {
          name: '社会效益指标',
          indicators: [
            {
              name: '保障站前管委会工作人员日常办公所需，改善办公条件，营造良好工作环境',
              description: '保障站前管委会日常工作正常运转。',
              target: '≥365 天',
            },
          ],
        },
        {
          name: '可持续影响指标',
          indicators: [
            {
              name: '保障对邯郸两站开展 24 小时不间断疫情防控工作，站前广场基础设施看护、乘车秩序维护和治安巡逻等任务顺利开展。',
              description: '为广大旅客营造良好出行环境。',
              target: '≥365 天',
              basis: '部门规定',
            },
          ],
        },
      ],
    },
    why: 'The 效益指标 the table lacked, before 满意度指标: the L1265 row shifted back one column (社会效益指标 / indicator / description / target ≥365 天), then the L1268 row unchanged.',
  },
];

/** Every correction, applied in this order. */
export const HANDAN_CORRECTIONS: readonly Correction[] = [
  ...THREE_PUBLIC,
  ...CHANGE,
  ...COST,
  ...GOALS,
  ...LEVELS,
];

/** The corrected example's exact bytes, from the seed's text. Throws if a correction does not apply. */
export const renderCorrectedHandan = (seedText: string): string => {
  const corrected = applyCorrections(JSON.parse(seedText) as unknown, HANDAN_CORRECTIONS);
  const parsed = parseBudgetDocument(corrected);
  if (!parsed.ok)
    throw new Error(
      `the corrected document is invalid: ${parsed.errors
        .slice(0, 5)
        .map((error) => `${error.path}: ${error.message}`)
        .join('; ')}`,
    );
  return `${JSON.stringify(corrected, null, 2)}\n`;
};

// bash scripts/run-built.sh dist/tools/seeds/examples/correct-handan.js
if (require.main === module) {
  writeFileSync(HANDAN_CORRECTED, renderCorrectedHandan(readFileSync(HANDAN_SEED, 'utf8')));
  process.stdout.write(
    `correct-handan: seeds/handan-psb-2022.json + ${HANDAN_CORRECTIONS.length} corrections → seeds/examples/handan-psb-2022-corrected.json\n`,
  );
}
