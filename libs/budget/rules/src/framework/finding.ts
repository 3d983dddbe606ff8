import type { TableKind } from '@budgetflow/budget-domain';

/** error blocks approval; warning and info inform the reviewer. */
export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * Where a finding points, as precisely as the document allows. `path` (a JSON Pointer into the
 * document) is always set; the other fields repeat it in words a reviewer and the UI can use.
 */
export interface FindingLocation {
  readonly table?: TableKind;
  /** Classification code of the row (`2040220`, `30217`). */
  readonly code?: string;
  /** Named line of the row (`total`, `incomeTotal`, `vehicles.operation`). */
  readonly row?: string;
  /** Column key (`basic`, `incomeAmount`). */
  readonly column?: string;
  /** Project name as printed; its index is in `path`. */
  readonly project?: string;
  /** Indicator as 一级/二级/三级 names. */
  readonly indicator?: string;
  readonly path: string;
}

/** One problem found in a budget document, in the shape DESIGN.md fixes. */
export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  /** Chinese, as a reviewer would write it. */
  readonly message: string;
  readonly location: FindingLocation;
  readonly expected?: string;
  readonly actual?: string;
}

/** What a rule reports; the framework adds the rule id and the configured severity. */
export type RuleIssue = Omit<Finding, 'ruleId' | 'severity'>;
