import type { BudgetDocument, NarrativeSection, NarrativeSectionKind } from '@budgetflow/budget-domain';
import { CHINESE_ORDINALS, DEFAULT_SECTION_HEADINGS } from '../labels';
import type { Block, ExplanationSection, ProjectTargetView, ReconciledFigure } from './disclosure.model';
import { reconcileSection } from './narrative-figures';
import { buildPerformance } from './performance.part';
import { assetTable, procurementTable } from './procurement-assets.part';
import { buildUnitProfile } from './unit-profile.part';

export interface ExplanationPart {
  readonly title: string;
  readonly preamble: string[];
  readonly sections: ExplanationSection[];
  readonly projects: ProjectTargetView[];
  readonly figures: ReconciledFigure[];
}

/** Sections whose content lives elsewhere in the document; each is published even without prose. */
const STRUCTURED_KINDS = ['unitProfile', 'performance', 'procurement', 'assets'] as const;

const hasContent = (document: BudgetDocument, kind: (typeof STRUCTURED_KINDS)[number]): boolean => {
  switch (kind) {
    case 'unitProfile':
      return document.unit.duties.length > 0 || document.unit.subUnits.length > 0;
    case 'performance':
      return document.performance !== undefined;
    case 'procurement':
      return document.procurement !== undefined;
    case 'assets':
      return document.assets !== undefined;
  }
};

/**
 * 第二部分 情况说明: the narrative's sections in printed order (一 … 九), prose with its figures taken
 * from the tables, and the structured parts placed under their headings (机构设置 table, 绩效信息,
 * 政府采购 and 国有资产 tables, 名词解释). A document without a narrative (Henan, Julu) gets the
 * sections it has content for, numbered in order.
 */
export const buildExplanation = (document: BudgetDocument, includePersonal: boolean): ExplanationPart => {
  const narrative = document.narrative;
  const printed = narrative?.sections ?? [];
  const missing = STRUCTURED_KINDS.filter(
    (kind) => hasContent(document, kind) && !printed.some((section) => section.kind === kind),
  );
  const generated = missing.map((kind, index): NarrativeSection => ({
    kind,
    // Numbered only when there is no printed numbering to collide with.
    heading: narrative
      ? (DEFAULT_SECTION_HEADINGS[kind] ?? kind)
      : `${CHINESE_ORDINALS[index]}、${DEFAULT_SECTION_HEADINGS[kind]}`,
    level: 1,
    paragraphs: [],
    figures: [],
  }));
  const projects: ProjectTargetView[] = [];
  const figures: ReconciledFigure[] = [];
  const sections = [...printed, ...generated].map((section, index): ExplanationSection => {
    const reconciled = reconcileSection(document, section);
    figures.push(...reconciled.figures);
    const content = structuredBlocks(document, section.kind, includePersonal);
    projects.push(...content.projects);
    return {
      id: `section-${index + 1}`,
      kind: section.kind,
      heading: section.heading,
      level: section.level === 1 || section.level === 2 ? section.level : 3,
      blocks: [
        ...reconciled.paragraphs.map((text): Block => ({ kind: 'paragraph', text })),
        ...content.blocks,
        ...(section.terms && section.terms.length > 0
          ? [{ kind: 'terms', terms: section.terms } as const]
          : []),
      ],
    };
  });
  return {
    title: narrative?.title ?? `${document.unit.name} ${document.fiscalYear} 年部门预算信息公开情况说明`,
    preamble: [...(narrative?.preamble ?? [])],
    sections,
    projects,
    figures,
  };
};

const structuredBlocks = (
  document: BudgetDocument,
  kind: NarrativeSectionKind,
  includePersonal: boolean,
): { blocks: Block[]; projects: ProjectTargetView[] } => {
  switch (kind) {
    case 'unitProfile':
      return { blocks: buildUnitProfile(document.unit), projects: [] };
    case 'performance':
      return document.performance
        ? buildPerformance(document.performance, includePersonal)
        : { blocks: [], projects: [] };
    case 'procurement':
      return {
        blocks: document.procurement
          ? [{ kind: 'table', table: procurementTable(document, document.procurement) }]
          : [],
        projects: [],
      };
    case 'assets':
      return {
        blocks: document.assets ? [{ kind: 'table', table: assetTable(document, document.assets) }] : [],
        projects: [],
      };
    case 'overall':
    case 'income':
    case 'expenditure':
    case 'change':
    case 'operatingCosts':
    case 'threePublic':
    case 'glossary':
    case 'other':
      return { blocks: [], projects: [] };
  }
};
