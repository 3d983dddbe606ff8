import {
  FIGURE_KEY_DEFINITIONS,
  type BudgetDocument,
  type GlossaryTerm,
  type Narrative,
  type NarrativeFigure,
  type NarrativeSection,
} from '../document';
import { joinLabel, type DifferenceLog, type FieldLabels, type Scope } from './difference-log';

const NARRATIVE: Scope = {
  area: 'narrative',
  beforePath: '/narrative',
  afterPath: '/narrative',
  label: '情况说明',
};

const NARRATIVE_FIELDS: FieldLabels<Narrative> = { title: '标题', preamble: '前言' };
const SECTION_FIELDS: FieldLabels<NarrativeSection> = { level: '层级', paragraphs: '正文' };
const TERM_FIELDS: FieldLabels<GlossaryTerm> = { definition: '解释' };
const FIGURE_FIELDS: FieldLabels<NarrativeFigure> = {
  amount: '金额',
  unit: '单位',
  text: '原文',
  reason: '原因',
};

const FIGURE_LABELS = new Map<string, string>(FIGURE_KEY_DEFINITIONS.map(({ key, label }) => [key, label]));

/** Sections by kind and heading; inside a section, figures by key and glossary terms by term. */
export const diffNarrative = (log: DifferenceLog, before: BudgetDocument, after: BudgetDocument): void =>
  log.part(NARRATIVE, before.narrative, after.narrative, (was, now) => {
    log.fields(NARRATIVE, was, now, NARRATIVE_FIELDS);
    log.list({
      area: 'narrative',
      beforePath: '/narrative/sections',
      afterPath: '/narrative/sections',
      before: was.sections,
      after: now.sections,
      identity: (section) => `${section.kind}|${section.heading}`,
      label: (section) => joinLabel(NARRATIVE.label, section.heading),
      compare: (scope, wasSection, nowSection) => diffSection(log, scope, wasSection, nowSection),
    });
  });

const diffSection = (
  log: DifferenceLog,
  section: Scope,
  before: NarrativeSection,
  after: NarrativeSection,
): void => {
  log.fields(section, before, after, SECTION_FIELDS);
  log.list({
    area: 'figure',
    beforePath: `${section.beforePath}/figures`,
    afterPath: `${section.afterPath}/figures`,
    before: before.figures,
    after: after.figures,
    identity: (figure) => figure.key,
    label: (figure) => joinLabel(section.label, FIGURE_LABELS.get(figure.key) ?? figure.key),
    compare: (scope, was, now) => log.fields(scope, was, now, FIGURE_FIELDS),
  });
  log.list({
    area: 'narrative',
    beforePath: `${section.beforePath}/terms`,
    afterPath: `${section.afterPath}/terms`,
    before: before.terms ?? [],
    after: after.terms ?? [],
    identity: (term) => term.term,
    label: (term) => joinLabel(section.label, `名词「${term.term}」`),
    compare: (scope, was, now) => log.fields(scope, was, now, TERM_FIELDS),
  });
};
