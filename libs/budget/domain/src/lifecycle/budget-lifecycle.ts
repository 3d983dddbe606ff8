import { DomainError } from '../errors';

/**
 * The budget lifecycle (DESIGN.md): every transition a budget may take, and what causes it.
 *
 *   draft ─submit─▶ submitted ─validation passes─▶ in_review ─approve─▶ approved ─posted─▶ published
 *     ▲                 │                               │
 *     └──── returned ◀──┴── validation errors ──────────┴── reviewer returns (with comments)
 *
 * A returned budget is edited and submitted again; a published one can be amended, which opens
 * a new cycle that ends in a correction of the original disclosure.
 */
export const BUDGET_STATES = [
  'draft',
  'submitted',
  'in_review',
  'returned',
  'approved',
  'published',
] as const;
export type BudgetState = (typeof BUDGET_STATES)[number];

export const BUDGET_TRANSITIONS = {
  submit: { from: ['draft', 'returned'], to: 'submitted' },
  passValidation: { from: ['submitted'], to: 'in_review' },
  failValidation: { from: ['submitted'], to: 'returned' },
  approve: { from: ['in_review'], to: 'approved' },
  returnToUnit: { from: ['in_review'], to: 'returned' },
  publish: { from: ['approved'], to: 'published' },
  amend: { from: ['published'], to: 'draft' },
} as const satisfies Record<string, { from: readonly BudgetState[]; to: BudgetState }>;

export type BudgetTransition = keyof typeof BUDGET_TRANSITIONS;

/** A transition asked of a budget in a state that does not allow it. Stable code for the edge. */
export class TransitionNotAllowedError extends DomainError {
  constructor(
    readonly transition: BudgetTransition,
    readonly state: BudgetState,
  ) {
    super(
      'BUDGET.TRANSITION_NOT_ALLOWED',
      `cannot ${describeTransition(transition)} a budget that is ${STATE_NAMES[state]} ` +
        `(allowed only when ${BUDGET_TRANSITIONS[transition].from.map((s) => STATE_NAMES[s]).join(' or ')})`,
      { state, transition },
    );
  }
}

/** The state after `transition`, or an error naming why it is not allowed. */
export function nextState(state: BudgetState, transition: BudgetTransition): BudgetState {
  const rule = BUDGET_TRANSITIONS[transition];
  if (!(rule.from as readonly BudgetState[]).includes(state))
    throw new TransitionNotAllowedError(transition, state);
  return rule.to;
}

export function canTake(state: BudgetState, transition: BudgetTransition): boolean {
  return (BUDGET_TRANSITIONS[transition].from as readonly BudgetState[]).includes(state);
}

/** Editing the document is allowed while the unit holds the budget. */
export const isEditable = (state: BudgetState): boolean => state === 'draft' || state === 'returned';

export const STATE_NAMES: Record<BudgetState, string> = {
  draft: 'a draft',
  submitted: 'submitted and being validated',
  in_review: 'in review',
  returned: 'returned to the unit',
  approved: 'approved',
  published: 'published',
};

function describeTransition(transition: BudgetTransition): string {
  const words: Record<BudgetTransition, string> = {
    submit: 'submit',
    passValidation: 'pass validation of',
    failValidation: 'fail validation of',
    approve: 'approve',
    returnToUnit: 'return',
    publish: 'publish',
    amend: 'amend',
  };
  return words[transition];
}
