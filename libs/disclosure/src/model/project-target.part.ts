import type { ProjectTarget } from '@budgetflow/budget-domain';
import { LABELS, PROJECT_FACT_LABELS } from '../labels';
import type { Cell, GridTable, ProjectTargetView, Row } from './disclosure.model';
import { indicatorTable } from './indicator-table';
import { PERSONAL_DETAIL_KEYS, REDACTED, redactedCell } from './redaction';

type FactKey = keyof typeof PROJECT_FACT_LABELS;

interface Fact {
  readonly key: FactKey;
  readonly value: string;
  /** Exact decimal when the fact is an amount. */
  readonly amount?: string;
  readonly label?: string;
}

/** The source's own layout markup in 项目实施计划 (`<p>…</p>`) becomes line breaks; anything else stays text. */
const withoutLayoutMarkup = (text: string): string =>
  text
    .replace(/<\/p>\s*<p>|<br\s*\/?>/gi, '\n')
    .replace(/<\/?p>/gi, '')
    .trim();

const numbered = (items: readonly string[]): string =>
  items.map((item, index) => `${index + 1}. ${item}`).join('\n');

/** Every fact the project states, in printed order, personal details only when allowed. */
const factsOf = (project: ProjectTarget, includePersonal: boolean): Fact[] => {
  const facts: Fact[] = [];
  const text = (key: FactKey, value: string | undefined) => {
    if (value !== undefined && value !== '') facts.push({ key, value });
  };
  const amount = (key: FactKey, value: string | undefined) => {
    if (value !== undefined) facts.push({ key, value, amount: value });
  };
  const owner = [project.owner?.code, project.owner?.name].filter(Boolean).join(' ');
  const details = project.details ?? {};
  text('code', project.code);
  text('owner', owner || undefined);
  text('fundUse', project.fundUse);
  amount('amount', project.amount);
  amount('totalAmount', project.totalAmount);
  amount('previousYearTotalAmount', project.previousYearTotalAmount);
  amount('previousYearAmount', project.previousYearAmount);
  for (const source of project.fundSources) {
    facts.push({
      key: 'amount',
      label: `${source.label}（万元）`,
      value: source.amount ?? '',
      ...(source.amount ? { amount: source.amount } : {}),
    });
  }
  text('purpose', project.purpose);
  text(
    'spendPlan',
    project.spendPlan.map((point) => `${point.period} ${point.percent}%`).join('；') || undefined,
  );
  text('startDate', details.startDate);
  text('endDate', details.endDate);
  for (const key of PERSONAL_DETAIL_KEYS) if (includePersonal) text(key, details[key]);
  text('implementingBody', details.implementingBody);
  text('overview', details.overview);
  text('basis', details.basis);
  text('necessity', details.necessity);
  text('supportingMeasures', details.supportingMeasures);
  text('implementationPlan', details.implementationPlan && withoutLayoutMarkup(details.implementationPlan));
  text('overallGoal', project.overallGoal);
  text('annualGoal', project.annualGoal);
  // 绩效目标 is always printed, empty when the unit left it empty (邯郸 #25, #53).
  facts.push({ key: 'goals', value: numbered(project.goals) });
  text('remarks', details.remarks);
  return facts;
};

const factRow = (fact: Fact, classified: boolean): Row => {
  const label: Cell = { text: fact.label ?? PROJECT_FACT_LABELS[fact.key], rowHeader: true };
  if (classified) return [label, redactedCell()];
  return [
    label,
    fact.amount ? { text: fact.amount, amount: fact.amount, align: 'right' } : { text: fact.value },
  ];
};

/**
 * One project's 绩效目标表 as published: its facts (amounts, goals, Henan details) and its
 * indicator tree, with the redaction policy applied (see redaction.ts).
 */
export const buildProjectView = (
  project: ProjectTarget,
  seq: number,
  idPrefix: string,
  includePersonal: boolean,
): ProjectTargetView => {
  const title = project.classified
    ? LABELS.projectTitle(project.name)
    : (project.title ?? LABELS.projectTitle(project.name));
  const heading = LABELS.projectTable(seq, title);
  const id = `${idPrefix}-${seq}`;
  const facts: GridTable = {
    id: `${id}-facts`,
    caption: LABELS.projectFacts(heading),
    header: [],
    body: factsOf(project, includePersonal).map((fact) => factRow(fact, project.classified)),
    columnCount: 2,
    columnWidths: [10, 50],
    notes: [],
  };
  return {
    id,
    seq,
    heading,
    name: project.name,
    ...(project.code ? { code: project.classified ? REDACTED : project.code } : {}),
    classified: project.classified,
    facts,
    indicators: indicatorTable(`${id}-indicators`, heading, project.indicators, project.classified),
  };
};
