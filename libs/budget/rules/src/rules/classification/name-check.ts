import type { NameComparison } from '@budgetflow/budget-domain';
import type { RuleIssue } from '../../framework/finding';
import { tableLabel } from '../../framework/labels';
import type { RuleContext } from '../../framework/rule-context';
import { rowLocation } from '../../framework/sum-check';
import { catalogLabel, codeRows, nameChecks } from './code-rows';

const DESCRIPTIONS: Readonly<Partial<Record<NameComparison, string>>> = {
  different: '与科目名称不符',
  outdated: '是已停用的旧科目名称',
  abbreviated: '省略了“支出”二字',
  annotated: '在科目名称后加注了上级科目',
};

/** Reports every code row whose printed name compares to the official one as one of `results`. */
export const reportNames = (
  context: RuleContext,
  results: readonly NameComparison[],
  report: (issue: RuleIssue) => void,
): void => {
  const rows = codeRows(context);
  const checks = nameChecks(context);
  for (let r = 0; r < rows.length; r++) {
    const check = checks[r];
    const row = rows[r];
    if (!check || !row || check.result === 'unknown-code' || !results.includes(check.result)) continue;
    const { table, entry, code } = row;
    report({
      message: `${tableLabel(table)}科目${code}印作“${entry.row.name}”，${DESCRIPTIONS[check.result] ?? ''}；${catalogLabel(context)}为“${check.officialName}”。`,
      location: { ...rowLocation(table, entry), path: `${entry.pointer}/name` },
      expected: check.officialName,
      actual: entry.row.name,
    });
  }
};
