import type { BudgetDocument, NarrativeSection } from '@budgetflow/budget-domain';
import { loadSeed } from '../testing/seed-documents';
import { reconcileSection } from './narrative-figures';

const document: BudgetDocument = loadSeed('handan-psb-2022');
const section = (paragraph: string, figures: NarrativeSection['figures']): NarrativeSection => ({
  kind: 'income',
  heading: '1、收入说明',
  level: 2,
  paragraphs: [paragraph],
  figures,
});

describe('reconcileSection', () => {
  it('replaces the stated number, not the year before it', () => {
    const result = reconcileSection(
      document,
      section('2022年预算收入46000万元，其中…', [
        { key: 'income.total', amount: '46000', text: '2022年预算收入46000万元' },
      ]),
    );
    expect(result.paragraphs).toEqual(['2022年预算收入46003.87万元，其中…']);
    expect(result.figures[0]).toMatchObject({ source: 'table', tableAmount: '46003.87' });
  });

  it('finds the number even when the stored amount does not match the prose', () => {
    const result = reconcileSection(
      document,
      section('基本支出2796万元。', [{ key: 'expenditure.basic', amount: '1', text: '基本支出2796万元' }]),
    );
    expect(result.paragraphs).toEqual(['基本支出27965.56万元。']);
  });

  it('replaces every occurrence and leaves overlapping figures intact', () => {
    const result = reconcileSection(
      document,
      section('公务接待费46.46万元；再述公务接待费46.46万元。', [
        { key: 'threePublic.reception', amount: '46.46', text: '公务接待费46.46万元' },
      ]),
    );
    expect(result.paragraphs).toEqual(['公务接待费45.01万元；再述公务接待费45.01万元。']);
  });

  it('keeps a figure whose key has no table cell', () => {
    const result = reconcileSection(
      document,
      section('较上年增加3424.44万元', [
        { key: 'change.total', amount: '3424.44', text: '较上年增加3424.44万元' },
      ]),
    );
    expect(result.paragraphs).toEqual(['较上年增加3424.44万元']);
    expect(result.figures[0]).toMatchObject({ source: 'narrative', keptBecause: 'no-table-cell' });
  });
});
