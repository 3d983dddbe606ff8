import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseBudgetDocument, type BudgetDocument } from '@budgetflow/budget-domain';

/**
 * Seed documents and hostile variants for the disclosure's tests. Each is parsed, so a fixture that
 * drifted from the schema fails loudly here rather than passing for the wrong reason.
 */
const SEEDS = path.resolve(__dirname, '../../../../seeds');

export const loadSeed = (name: 'handan-psb-2022' | 'jiyuan-psb-2020' | 'julu-psb-2024'): BudgetDocument =>
  parsed(JSON.parse(readFileSync(path.join(SEEDS, `${name}.json`), 'utf8')));

const parsed = (input: unknown): BudgetDocument => {
  const result = parseBudgetDocument(input);
  if (!result.ok)
    throw new Error(`fixture is not a budget document: ${JSON.stringify(result.errors.slice(0, 3))}`);
  return result.document;
};

export const SCRIPT = '<script>alert(1)</script>';
export const ATTRIBUTE_BREAK = '"><img src=x onerror=alert(1)>';
export const FORMULA = '=HYPERLINK("http://evil.example","x")';

/** Values that exist only on the classified project: none may reach any public output. */
export const SECRETS = {
  goal: '机密目标KX9271',
  indicator: '秘密指标QZ5531',
  description: '绝密描述MM3390',
  target: '≥7788 台',
  basis: '密件依据HB0042',
  amount: '98765.43',
  code: 'SECRET12345X',
  owner: '秘密单位甲YY',
  group: '机密二级组名WW',
} as const;

export const CLASSIFIED_PROJECT_NAME = '专项办案业务经费';

/**
 * 邯郸 2022 with a classified project (#6) that carries distinctive values, and a unit's injection
 * attempts in a narrative paragraph, a project name, a sub-unit name and a table row name.
 */
export const hostileHandan = (): BudgetDocument => {
  const document = structuredClone(loadSeed('handan-psb-2022')) as BudgetDocument & Record<string, unknown>;
  const projects = document.performance?.projects ?? [];
  const classified = projects[5];
  if (!classified?.classified) throw new Error('邯郸 #6 is expected to be classified');
  projects[5] = {
    ...classified,
    code: SECRETS.code,
    owner: { code: '312099', name: SECRETS.owner },
    amount: SECRETS.amount,
    goals: [SECRETS.goal],
    indicators: [
      {
        name: '产出指标',
        groups: [
          {
            name: SECRETS.group,
            indicators: [
              {
                name: SECRETS.indicator,
                description: SECRETS.description,
                target: SECRETS.target,
                basis: SECRETS.basis,
              },
            ],
          },
        ],
      },
    ],
  };
  const first = projects[0];
  if (first) projects[0] = { ...first, name: `光纤${SCRIPT}${ATTRIBUTE_BREAK}`, title: undefined };
  const subUnit = document.unit.subUnits[1];
  if (subUnit) subUnit.name = `流动办${SCRIPT}${ATTRIBUTE_BREAK}`;
  const overall = document.narrative?.sections.find((section) => section.kind === 'overall');
  overall?.paragraphs.push(`说明${SCRIPT}和${ATTRIBUTE_BREAK}结束`);
  const row = document.tables.find((table) => table.kind === 'incomeSummary')?.rows[1];
  if (row) row.name = FORMULA;
  return parsed(JSON.parse(JSON.stringify(document)));
};
