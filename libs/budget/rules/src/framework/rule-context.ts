import {
  classificationCatalog,
  type Amount,
  type BudgetDocument,
  type ClassificationCatalog,
} from '@budgetflow/budget-domain';
import { indexProjects, type IndexedProject } from './project-index';
import { scanText, type TextField } from './text-scan';
import { indexDocument, type DocumentIndex } from './table-index';
import { resolveValidationConfig, type ResolvedValidationConfig } from './validation-config';

/**
 * What every rule shares for one document: indexes built once (rows by table and code, projects
 * with parsed targets), the year's classification catalog and the configured tolerance. Rules read
 * these instead of searching the document, so validation stays linear in its size.
 */
export interface RuleContext {
  readonly config: ResolvedValidationConfig;
  readonly tables: DocumentIndex;
  readonly catalog: ClassificationCatalog;
  projects(): readonly IndexedProject[];
  /**
   * Strings that may hold a placeholder or personal data (long digit runs, XX, 待填写, …), found
   * in one pass over the document and shared by the text rules.
   */
  suspiciousText(): readonly TextField[];
  /** Equal within the configured tolerance (exact by default). */
  sameAmount(a: Amount, b: Amount): boolean;
}

/** Cheap pre-filter; each text rule applies its exact pattern to what passes. */
const SUSPICIOUS = /\d{11}|[XxＸ×]{2}|待填写|待补充|TODO|TBD|请填写|某某|[?？]{3}/;

const lazy = <T>(compute: () => T): (() => T) => {
  let value: T | undefined;
  let done = false;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value as T;
  };
};

export const createRuleContext = (
  document: BudgetDocument,
  config: ResolvedValidationConfig = resolveValidationConfig(),
): RuleContext => {
  const tolerance = config.amountTolerance;
  return {
    config,
    tables: indexDocument(document),
    catalog: classificationCatalog(document.fiscalYear),
    projects: lazy(() => indexProjects(document)),
    suspiciousText: lazy(() => scanText(document, (value) => SUSPICIOUS.test(value))),
    sameAmount: (a, b) => {
      const difference = a.minus(b);
      const magnitude = difference.compare(difference.negated()) < 0 ? difference.negated() : difference;
      return magnitude.compare(tolerance) <= 0;
    },
  };
};
