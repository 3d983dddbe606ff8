import {
  Amount,
  type BudgetDocument,
  type FigureKey,
  type NarrativeFigure,
  type NarrativeSection,
} from '@budgetflow/budget-domain';
import type { RuleContext } from '../../framework/rule-context';

export interface LocatedFigure {
  readonly figure: NarrativeFigure;
  readonly section: NarrativeSection;
  readonly amount: Amount;
  /** Pointer to the figure's amount. */
  readonly path: string;
}

const located = new WeakMap<RuleContext, readonly LocatedFigure[]>();

/** Every figure the 情况说明 states, in printed order, with its amount parsed (once per document). */
export const narrativeFigures = (
  document: BudgetDocument,
  context: RuleContext,
): readonly LocatedFigure[] => {
  let figures = located.get(context);
  if (!figures) {
    figures = locateFigures(document);
    located.set(context, figures);
  }
  return figures;
};

const locateFigures = (document: BudgetDocument): LocatedFigure[] =>
  (document.narrative?.sections ?? []).flatMap((section, s) =>
    section.figures.map((figure, f) => ({
      figure,
      section,
      amount: Amount.parse(figure.amount),
      path: `/narrative/sections/${s}/figures/${f}/amount`,
    })),
  );

/** The first statement of each key: the one the reader meets first. */
export const firstFigureByKey = (figures: readonly LocatedFigure[]): Map<FigureKey, LocatedFigure> => {
  const byKey = new Map<FigureKey, LocatedFigure>();
  for (const located of figures) if (!byKey.has(located.figure.key)) byKey.set(located.figure.key, located);
  return byKey;
};

/** `情况说明「3、比上年增减情况」称“较2021年预算增加3424.44万元”`. */
export const figureQuote = (located: LocatedFigure): string =>
  `情况说明「${located.section.heading}」称“${located.figure.text}”`;

/** Money figures are in 万元 unless the figure says otherwise. */
export const isWanYuan = (figure: NarrativeFigure): boolean =>
  figure.unit === undefined || figure.unit === '万元';
