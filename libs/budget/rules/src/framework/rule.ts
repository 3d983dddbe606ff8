import type { BudgetDocument } from '@budgetflow/budget-domain';
import type { Finding, RuleIssue, Severity } from './finding';
import type { RuleContext } from './rule-context';

export type RuleCategory =
  | 'table-arithmetic'
  | 'cross-table'
  | 'narrative'
  | 'classification'
  | 'completeness'
  | 'performance'
  | 'privacy';

export const RULE_CATEGORY_TITLES: Readonly<Record<RuleCategory, string>> = {
  'table-arithmetic': '表内勾稽',
  'cross-table': '表间勾稽',
  narrative: '情况说明与报表核对',
  classification: '科目编码与名称',
  completeness: '完整性',
  performance: '绩效目标',
  privacy: '公开前隐私检查',
};

export interface RuleMetadata {
  /** Stable id: findings, configs and reviewers refer to it (`TBL-SUM-001`). */
  readonly id: string;
  /** Default severity; a deployment may override it. */
  readonly severity: Severity;
  readonly category: RuleCategory;
  /** Short Chinese title. */
  readonly title: string;
  /** What it checks, in Chinese. */
  readonly checks: string;
  /** Why a reviewer cares, in Chinese (the regulation or the reasoning). */
  readonly why: string;
}

export interface Rule extends RuleMetadata {
  readonly run: (document: BudgetDocument, context: RuleContext) => Finding[];
}

export interface RuleDefinition extends RuleMetadata {
  readonly check: (
    document: BudgetDocument,
    context: RuleContext,
    report: (issue: RuleIssue) => void,
  ) => void;
}

/** Builds a rule whose findings carry its id and the severity the deployment configured for it. */
export const defineRule = ({ check, ...metadata }: RuleDefinition): Rule => ({
  ...metadata,
  run: (document, context) => {
    const findings: Finding[] = [];
    const severity = context.config.severities[metadata.id] ?? metadata.severity;
    const ruleId = metadata.id;
    // Built field by field rather than spread: a large document yields thousands of findings.
    check(document, context, (issue) => {
      const finding: { -readonly [K in keyof Finding]: Finding[K] } = {
        ruleId,
        severity,
        message: issue.message,
        location: issue.location,
      };
      if (issue.expected !== undefined) finding.expected = issue.expected;
      if (issue.actual !== undefined) finding.actual = issue.actual;
      findings.push(finding);
    });
    return findings;
  },
});
