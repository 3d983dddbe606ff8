import type { BudgetDocument, ProjectTarget, SubUnit } from '@budgetflow/budget-domain';
import { applyCorrections } from './apply-corrections';
import { parseDepartmentGoals } from './department-goals';
import { buildIndicatorTree } from './indicator-tree';
import { parseIndicatorRows } from './indicator-rows';
import { JULU_DIVISION, JULU_UNIT_CODE, juluUnit } from './julu-unit';
import { projectsHeadingIndex, splitProjectBlocks, type ProjectBlock } from './project-blocks';
import { parseProjectHeader } from './project-header';
import { toSourceLines } from './source-lines';

const toProject = (block: ProjectBlock): ProjectTarget => {
  const header = parseProjectHeader(block.body);
  return {
    code: header.code,
    name: header.name,
    title: block.title,
    owner: { ...block.owner },
    classified: false,
    amount: header.amount,
    fundSources: header.fundSources,
    purpose: header.purpose,
    spendPlan: header.spendPlan,
    goals: header.goals,
    indicators: buildIndicatorTree(parseIndicatorRows(header.indicatorLines)),
  };
};

/** Sub-units in order of first appearance as a table owner. */
const subUnitsOf = (projects: readonly ProjectTarget[]): SubUnit[] => {
  const byCode = new Map<string, SubUnit>();
  for (const { owner } of projects) {
    if (owner?.code && owner.name && !byCode.has(owner.code)) {
      byCode.set(owner.code, { code: owner.code, name: owner.name });
    }
  }
  return [...byCode.values()];
};

/** The fiscal year most project codes carry (`130529` `24` `P…`); #16 is a 2023 project carried over. */
const fiscalYearOf = (projects: readonly ProjectTarget[]): number => {
  const counts = new Map<number, number>();
  for (const { code } of projects) {
    if (!code?.startsWith(JULU_DIVISION.code)) throw new Error(`Julu: project code ${code} is not 130529…`);
    const year = 2000 + Number(code.slice(6, 8));
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  const [[year]] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return year;
};

/**
 * Converts the text dump of 巨鹿县公安局 2024 预算绩效目标 (julu-psb-2024-performance-targets.txt)
 * into the canonical budget document. Pure and deterministic: the same text gives the same
 * document. Layout damage is repaired (see corrections.ts); the authors' words and numbers are
 * kept as printed, mistakes included, for validation to find.
 */
export const convertJulu = (sourceText: string): BudgetDocument => {
  const lines = applyCorrections(toSourceLines(sourceText));
  const headingAt = projectsHeadingIndex(lines);
  const blocks = splitProjectBlocks(lines.slice(headingAt + 1));
  blocks.forEach((block, i) => {
    if (block.number !== i + 1)
      throw new Error(`Julu: table ${block.number} found where ${i + 1} was expected`);
    if (!block.owner.code.startsWith(JULU_UNIT_CODE))
      throw new Error(`Julu: owner ${block.owner.code} is not 312…`);
  });
  const projects = blocks.map(toProject);
  return {
    schemaVersion: '1.0.0',
    unit: juluUnit(subUnitsOf(projects)),
    fiscalYear: fiscalYearOf(projects),
    tables: [],
    performance: {
      department: parseDepartmentGoals(lines.slice(0, headingAt)),
      specialFunds: [],
      projects,
    },
  };
};
