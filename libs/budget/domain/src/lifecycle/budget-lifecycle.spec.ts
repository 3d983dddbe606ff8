import { BUDGET_STATES, canTake, isEditable, nextState, TransitionNotAllowedError } from './budget-lifecycle';

describe('budget lifecycle', () => {
  it('follows the happy path from draft to published', () => {
    let state = nextState('draft', 'submit');
    state = nextState(state, 'passValidation');
    state = nextState(state, 'approve');
    expect(nextState(state, 'publish')).toBe('published');
  });

  it('returns a budget on validation errors or by a reviewer, and lets the unit resubmit', () => {
    expect(nextState('submitted', 'failValidation')).toBe('returned');
    expect(nextState('in_review', 'returnToUnit')).toBe('returned');
    expect(nextState('returned', 'submit')).toBe('submitted');
  });

  it('refuses a transition the state does not allow, saying why', () => {
    expect(() => nextState('draft', 'approve')).toThrow(TransitionNotAllowedError);
    expect(() => nextState('approved', 'approve')).toThrow(
      'cannot approve a budget that is approved (allowed only when in review)',
    );
  });

  it('lets the unit edit only drafts and returned budgets', () => {
    expect(BUDGET_STATES.filter(isEditable)).toEqual(['draft', 'returned']);
  });

  it('never approves twice: only in_review can be approved', () => {
    expect(BUDGET_STATES.filter((state) => canTake(state, 'approve'))).toEqual(['in_review']);
  });
});
