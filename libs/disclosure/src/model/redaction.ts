import { TEMPLATE_INDICATOR_NAMES, LABELS } from '../labels';
import type { Cell } from './disclosure.model';

/**
 * The redaction policy, applied while the model is built so that no renderer can leak what the
 * model does not hold:
 * - a classified (涉密) project keeps its name, as the finance bureau prints it (邯郸 #6, #8–#17:
 *   name in the title, 「涉密」 in every cell); every value, goal, indicator and amount becomes 涉密,
 *   and only the template's 一级/二级 names (产出指标/数量指标 …) stay, one 涉密 row per 二级 group,
 *   so not even the number of indicators is published;
 * - personal contact data (项目负责人, 联系人, 联系电话) is left out unless the caller opts in;
 * - reviewers' comments live in the workflow service, never in the document, so there is nothing
 *   here to remove.
 */
export const REDACTED = LABELS.classified;

export const redactedCell = (cell: Omit<Cell, 'text'> = {}): Cell => ({
  ...cell,
  text: REDACTED,
  redacted: true,
});

/** A 一级/二级 name may stay on a classified project only when it is a template name, not the unit's words. */
export const publishableLevelName = (name: string): string =>
  TEMPLATE_INDICATOR_NAMES.has(name.trim()) ? name : REDACTED;

/** Facts that identify a person: left out of public outputs by default. */
export const PERSONAL_DETAIL_KEYS = ['manager', 'contact', 'phone'] as const;
