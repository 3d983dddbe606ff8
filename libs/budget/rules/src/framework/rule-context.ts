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

/**
 * Cheap pre-filter; each text rule applies its exact pattern to what passes. `负责人`, `联系人`,
 * `经办人`, `责任人` may introduce a person's name.
 */
const SUSPICIOUS = /\d{11}|[XxＸ×]{2}|待填写|待补充|TODO|TBD|请填写|某某|[?？]{3}|[责系办任]人/;

/**
 * Per UTF-16 unit: 1 a digit, 2 a character that starts one of SUSPICIOUS's other alternatives,
 * 3 `人` (suspicious after 责 系 办 任), 4 one of those four.
 */
const SUSPICIOUS_START = ((): Uint8Array => {
  const table = new Uint8Array(0x10000);
  for (let code = 48; code <= 57; code++) table[code] = 1;
  for (const character of 'XxＸ×待请T某?？') table[character.charCodeAt(0)] = 2;
  table['人'.charCodeAt(0)] = 3;
  for (const character of '责系办任') table[character.charCodeAt(0)] = 4;
  return table;
})();

/**
 * Whether SUSPICIOUS can match at all: a run of 11 digits, a character that starts one of its
 * other alternatives (X x Ｘ × 待 请 T 某 ? ？), or 人 after 责 系 办 任. Most strings have none,
 * and one table look-up per character is cheaper than the regex's alternation at every position.
 */
const mayBeSuspicious = (value: string): boolean => {
  const length = value.length;
  if (length < 2) return false;
  let digits = 0;
  let previous = 0;
  for (let i = 0; i < length; i++) {
    const flag = SUSPICIOUS_START[value.charCodeAt(i)];
    if (flag === 1) {
      if (++digits >= 11) return true;
    } else {
      digits = 0;
      if (flag === 2 || (flag === 3 && previous === 4)) return true;
    }
    previous = flag;
  }
  return false;
};

/** The text rules' pre-filter; made once, so the scan's optimized code serves every document. */
const isSuspicious = (value: string): boolean => mayBeSuspicious(value) && SUSPICIOUS.test(value);

/**
 * The context as a class: its methods are the same functions for every document, which keeps the
 * engine's optimized code for the rules that call them across documents.
 */
class DocumentContext implements RuleContext {
  readonly tables: DocumentIndex;
  readonly catalog: ClassificationCatalog;
  private readonly projectList: readonly IndexedProject[];
  private readonly suspicious: readonly TextField[];
  private readonly exact: boolean;

  constructor(
    document: BudgetDocument,
    readonly config: ResolvedValidationConfig,
  ) {
    // Every index is built up front, the text scan (which reads every string) first: a freshly
    // parsed document still lies in memory in the order these passes walk it. Once the rules have
    // allocated, garbage collection has moved it about, and the same walks take about twice as long.
    this.suspicious = scanText(document, isSuspicious);
    this.projectList = indexProjects(document);
    this.tables = indexDocument(document);
    this.catalog = classificationCatalog(document.fiscalYear);
    this.exact = config.amountTolerance.isZero();
  }

  projects(): readonly IndexedProject[] {
    return this.projectList;
  }

  suspiciousText(): readonly TextField[] {
    return this.suspicious;
  }

  sameAmount(a: Amount, b: Amount): boolean {
    if (this.exact) return a.compare(b) === 0;
    const difference = a.minus(b);
    const magnitude = difference.compare(difference.negated()) < 0 ? difference.negated() : difference;
    return magnitude.compare(this.config.amountTolerance) <= 0;
  }
}

export const createRuleContext = (
  document: BudgetDocument,
  config: ResolvedValidationConfig = resolveValidationConfig(),
): RuleContext => new DocumentContext(document, config);
