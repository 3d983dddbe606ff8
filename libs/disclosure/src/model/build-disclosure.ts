import type { BudgetDocument } from '@budgetflow/budget-domain';
import { LABELS } from '../labels';
import { buildBudgetTables } from './budget-tables.part';
import type { Disclosure, DisclosureOptions, TocEntry } from './disclosure.model';
import { buildExplanation } from './explanation.part';

const isoTimestamp = (value: string | Date | undefined): string => {
  const date = value === undefined ? new Date() : new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`generatedAt is not a date: ${String(value)}`);
  return date.toISOString();
};

/**
 * The disclosure of one approved budget document, redacted and worded for the public, from which
 * every format is rendered. Pure: the same document and options give the same model.
 */
export const buildDisclosure = (document: BudgetDocument, options: DisclosureOptions = {}): Disclosure => {
  const redactPersonalData = options.redactPersonalData ?? true;
  const tables = buildBudgetTables(document);
  const explanation = buildExplanation(document, !redactPersonalData);
  const budgetPartId = 'part-budget';
  const explanationPartId = 'part-explanation';
  const toc: TocEntry[] = [
    { id: budgetPartId, label: LABELS.budgetPart, level: 1 },
    ...tables.map((table): TocEntry => ({ id: table.id, label: table.caption, level: 2 })),
    { id: explanationPartId, label: LABELS.explanationPart, level: 1 },
    ...explanation.sections
      .filter((section) => section.level === 1)
      .map((section): TocEntry => ({ id: section.id, label: section.heading, level: 2 })),
  ];
  return {
    meta: {
      unitId: document.unit.id,
      unitCode: document.unit.code,
      unitName: document.unit.name,
      divisionCode: document.unit.division.code,
      divisionName: document.unit.division.name,
      fiscalYear: document.fiscalYear,
      schemaVersion: document.schemaVersion,
      generatedAt: isoTimestamp(options.generatedAt),
      redaction: {
        personalData: redactPersonalData,
        classifiedProjects: explanation.projects.filter((project) => project.classified).length,
      },
      ...(options.correction ? { correction: { ...options.correction } } : {}),
    },
    title: `${document.unit.name} ${document.fiscalYear} 年部门预算信息公开`,
    toc,
    budgetPart: {
      id: budgetPartId,
      heading: LABELS.budgetPart,
      tables,
      ...(tables.length === 0 ? { notice: LABELS.noTablesNotice } : {}),
    },
    explanationPart: {
      id: explanationPartId,
      heading: LABELS.explanationPart,
      title: explanation.title,
      preamble: explanation.preamble,
      sections: explanation.sections,
    },
    projects: explanation.projects,
    figures: explanation.figures,
  };
};
