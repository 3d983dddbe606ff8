import { looksLikeProduction } from './postgres-database';

describe('looksLikeProduction', () => {
  it('accepts a developer machine database', () => {
    expect(looksLikeProduction('postgres://postgres@127.0.0.1:5432/budgetflow')).toBe(false);
  });

  it('flags remote hosts and production-sounding names', () => {
    expect(looksLikeProduction('postgres://app@db.finance.gov.cn:5432/budgetflow')).toBe(true);
    expect(looksLikeProduction('postgres://postgres@127.0.0.1:5432/budgetflow_prod')).toBe(true);
  });
});
