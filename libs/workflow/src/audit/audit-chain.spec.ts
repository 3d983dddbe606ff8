import { entryHash, genesisHash, verifyChain, type AuditFields, type ChainedAuditEntry } from './audit-chain';

const budgetId = '0c7d6f38-64a4-4d0b-9a3b-0c7e1f2a3b4c';

function chain(actions: string[]): ChainedAuditEntry[] {
  let previous = genesisHash(budgetId);
  return actions.map((action, i) => {
    const fields: AuditFields = {
      budgetId,
      sequence: i + 1,
      at: `2026-11-21T10:00:0${i}.000Z`,
      actor: 'user:reviewer',
      action,
      correlationId: 'c1',
    };
    const hash = entryHash(previous, fields);
    const entry = { ...fields, previousHash: previous, hash };
    previous = hash;
    return entry;
  });
}

describe('audit hash chain', () => {
  const entries = chain(['created', 'submitted', 'approved']);
  const head = { count: 3, hash: entries[2].hash };

  it('verifies an untouched trail', () => {
    expect(verifyChain(budgetId, entries, head)).toEqual({ valid: true });
  });

  it('detects an altered entry', () => {
    const altered = entries.map((e) => (e.sequence === 2 ? { ...e, actor: 'user:someone-else' } : e));
    expect(verifyChain(budgetId, altered, head)).toEqual({ valid: false, problem: 'entry 2 was altered' });
  });

  it('detects a removed entry in the middle and at the end', () => {
    expect(verifyChain(budgetId, [entries[0], entries[2]], head).valid).toBe(false);
    expect(verifyChain(budgetId, entries.slice(0, 2), head)).toEqual({
      valid: false,
      problem: 'the trail ends at entry 2, the budget records 3',
    });
  });

  it('does not accept another budget’s trail', () => {
    expect(verifyChain('1c7d6f38-64a4-4d0b-9a3b-0c7e1f2a3b4c', entries, head).valid).toBe(false);
  });
});
