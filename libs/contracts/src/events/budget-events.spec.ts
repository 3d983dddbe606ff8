import { BudgetDraftCreated } from './budget-events';

const valid = {
  id: '5b0f5d0e-8f5e-4c1a-9d53-2f1c0b7e9a11',
  type: 'budget.v1.draft-created',
  occurredAt: '2026-11-21T10:00:00.000Z',
  budgetId: '0c7d6f38-64a4-5d0b-9a3b-0c7e1f2a3b4c',
  correlationId: 'seed',
  actor: { kind: 'service', id: 'seed' },
  data: { unitId: '130400-312', unitName: '邯郸市公安局', fiscalYear: 2022 },
};

describe('BudgetDraftCreated', () => {
  it('accepts a well-formed envelope', () => {
    expect(BudgetDraftCreated.check(valid)).toBe(true);
  });

  it('names the bad field of a malformed one', () => {
    const bad = { ...valid, data: { ...valid.data, fiscalYear: '2022' } };
    expect(BudgetDraftCreated.check(bad)).toBe(false);
    expect(BudgetDraftCreated.errors(bad)).toContain('/data/fiscalYear: Expected integer');
  });

  it('refuses an envelope of another type or with extra fields', () => {
    expect(BudgetDraftCreated.check({ ...valid, type: 'budget.v1.submitted' })).toBe(false);
    expect(BudgetDraftCreated.check({ ...valid, state: 'approved' })).toBe(false);
  });
});
