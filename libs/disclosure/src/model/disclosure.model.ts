import type {
  NarrativeSectionKind,
  RowKeying,
  TableKind,
  TableLayout,
  TableSide,
} from '@budgetflow/budget-domain';

/**
 * The rendering model: everything the public will see, already redacted, ordered and worded, so
 * that HTML, PDF, XLSX, JSON and CSV are five views of one thing and cannot drift apart. Built once
 * by `buildDisclosure`; renderers only lay it out and escape it.
 */

export interface DisclosureOptions {
  /** Leave project managers, contacts and phone numbers out (default true: the public page never needs them). */
  readonly redactPersonalData?: boolean;
  /** Fixed so that rendering the same model twice gives the same bytes (content hashes). */
  readonly generatedAt?: string | Date;
  /** An amendment republished over an earlier disclosure. */
  readonly correction?: { readonly supersedes: string; readonly reason: string };
}

export type CellAlign = 'left' | 'center' | 'right';

/** One table cell. Spans follow HTML: a spanned-over position has no cell of its own. */
export interface Cell {
  readonly text: string;
  /** Exact decimal as written (`"46003.87"`); set only on amount cells. Renderers never compute with it. */
  readonly amount?: string;
  readonly align?: CellAlign;
  readonly colSpan?: number;
  readonly rowSpan?: number;
  /** A row header (th scope="row"). */
  readonly rowHeader?: boolean;
  /** 「涉密」 standing in for a classified value. */
  readonly redacted?: boolean;
}

export type Row = readonly Cell[];

export interface GridTable {
  /** Anchor id, ASCII, unique in the disclosure. */
  readonly id: string;
  readonly caption: string;
  /** Column header rows (th scope="col"), spans included. */
  readonly header: readonly Row[];
  readonly body: readonly Row[];
  readonly columnCount: number;
  /** Relative column widths, for PDF and XLSX. */
  readonly columnWidths: readonly number[];
  /** Notes printed under the table, as printed (「注：…」). */
  readonly notes: readonly string[];
  /** Lines printed above the table: unit, fiscal year, unit of measure. */
  readonly lead?: { readonly unit: string; readonly year?: string; readonly unitOfMeasure?: string };
}

export interface BudgetColumn {
  readonly key: string;
  readonly label: string;
  /** 栏次. */
  readonly order: number;
  readonly side?: TableSide;
}

/** One stored row as published, for the machine-readable outputs. */
export interface BudgetRecord {
  /** 序号: the printed row it sits on (two-sided tables pair an income and an expenditure row). */
  readonly seq: number;
  readonly side?: TableSide;
  readonly code?: string;
  readonly line?: string;
  readonly unitCode?: string;
  readonly name: string;
  readonly amounts: Readonly<Record<string, string>>;
}

export interface BudgetTableView extends GridTable {
  readonly kind: TableKind;
  /** 1–9 for the standard tables; undefined for a layout's extra table. */
  readonly number?: number;
  readonly layout: TableLayout;
  readonly unitOfMeasure: string;
  readonly classification: RowKeying;
  /** True when the document did not contain the table and it is shown empty with the standard note. */
  readonly generated: boolean;
  readonly columns: readonly BudgetColumn[];
  readonly records: readonly BudgetRecord[];
}

export type Block =
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'heading'; readonly id: string; readonly text: string; readonly level: 4 | 5 | 6 }
  | { readonly kind: 'table'; readonly table: GridTable }
  | {
      readonly kind: 'terms';
      readonly terms: readonly { readonly term: string; readonly definition: string }[];
    }
  | { readonly kind: 'project'; readonly project: ProjectTargetView };

export interface ExplanationSection {
  readonly id: string;
  readonly kind: NarrativeSectionKind;
  readonly heading: string;
  /** 1 = 一、…; 2 = 1、… */
  readonly level: 1 | 2 | 3;
  readonly blocks: readonly Block[];
}

export interface ProjectTargetView {
  readonly id: string;
  /** Position among the published project tables (1、2、…). */
  readonly seq: number;
  /** `1、光纤租赁费绩效目标表`. */
  readonly heading: string;
  readonly name: string;
  readonly code?: string;
  readonly classified: boolean;
  readonly facts: GridTable;
  readonly indicators: GridTable;
}

/** What happened to one narrative figure: taken from its table cell, or kept as written and why. */
export interface ReconciledFigure {
  readonly sectionHeading: string;
  readonly key: string;
  readonly source: 'table' | 'narrative';
  /** Why the narrative's own number was kept. */
  readonly keptBecause?: 'no-table-cell' | 'table-absent' | 'row-absent' | 'blank-cell' | 'number-not-found';
  readonly writtenText: string;
  readonly publishedText: string;
  readonly writtenAmount: string;
  readonly tableAmount?: string;
}

export interface TocEntry {
  readonly id: string;
  readonly label: string;
  readonly level: 1 | 2;
}

export interface DisclosureMeta {
  readonly unitId: string;
  readonly unitCode: string;
  readonly unitName: string;
  readonly divisionCode: string;
  readonly divisionName: string;
  readonly fiscalYear: number;
  readonly schemaVersion: string;
  /** ISO timestamp, from the options (defaults to the build time). */
  readonly generatedAt: string;
  readonly redaction: {
    readonly personalData: boolean;
    readonly classifiedProjects: number;
  };
  readonly correction?: { readonly supersedes: string; readonly reason: string };
}

export interface Disclosure {
  readonly meta: DisclosureMeta;
  /** 「邯郸市公安局 2022 年部门预算信息公开」. */
  readonly title: string;
  readonly toc: readonly TocEntry[];
  readonly budgetPart: {
    readonly id: string;
    readonly heading: string;
    readonly tables: readonly BudgetTableView[];
    /** Set when the document carries no tables at all (a performance-targets-only publication). */
    readonly notice?: string;
  };
  readonly explanationPart: {
    readonly id: string;
    readonly heading: string;
    /** `邯郸市公安局 2022 年部门预算信息公开情况说明`. */
    readonly title: string;
    readonly preamble: readonly string[];
    readonly sections: readonly ExplanationSection[];
  };
  /** Every project target table, in order (also inside its section), for per-project outputs. */
  readonly projects: readonly ProjectTargetView[];
  readonly figures: readonly ReconciledFigure[];
}
