import {
  budgetChangesSubject,
  budgetStreamName,
  budgetStreamSubjects,
  commandSubject,
  eventSubject,
} from './subjects';

describe('subjects', () => {
  it('names events budget.v1.<event> in a normal installation', () => {
    expect(eventSubject('', 'submitted')).toBe('budget.v1.submitted');
    expect(budgetStreamName('')).toBe('BUDGET');
    expect(budgetStreamSubjects('')).toEqual(['budget.>']);
  });

  it('prefixes everything with the namespace so installations never overlap', () => {
    expect(eventSubject('t1', 'approved')).toBe('t1.budget.v1.approved');
    expect(commandSubject('t1', 'workflow', 'health')).toBe('t1.budgetflow.workflow.health');
    expect(budgetStreamName('t1')).toBe('BUDGET_T1');
    expect(budgetStreamSubjects('t1')).toEqual(['t1.budget.>']);
  });

  it('announces budget changes outside the stream and the command subjects', () => {
    const subject = budgetChangesSubject('t1');
    expect(subject).toBe('t1.budgetflow-changes.budget');
    expect(subject.startsWith('t1.budget.')).toBe(false);
    expect(subject.startsWith('t1.budgetflow.')).toBe(false);
  });
});
