import { Amount } from '@budgetflow/budget-domain';
import type { Severity } from './finding';

/**
 * Per-deployment settings. A finance bureau may soften or harden a rule, switch rules off, and
 * accept a rounding tolerance when amounts are compared (some bureaus accept ±0.01 万元 from
 * rounding in their export tools). Default: every rule on at its own severity, exact amounts.
 */
export interface ValidationConfig {
  /** Severity per rule id, replacing the rule's default. */
  readonly severities?: Readonly<Record<string, Severity>>;
  /** Rule ids that do not run. */
  readonly disabledRules?: readonly string[];
  /** Largest difference still treated as equal, a decimal string in the table's unit (万元). */
  readonly amountTolerance?: string;
}

export const DEFAULT_VALIDATION_CONFIG: Required<ValidationConfig> = {
  severities: {},
  disabledRules: [],
  amountTolerance: '0',
};

export interface ResolvedValidationConfig {
  readonly severities: Readonly<Record<string, Severity>>;
  readonly disabledRules: ReadonlySet<string>;
  readonly amountTolerance: Amount;
}

export const resolveValidationConfig = (config: ValidationConfig = {}): ResolvedValidationConfig => {
  const tolerance = Amount.tryParse(config.amountTolerance ?? DEFAULT_VALIDATION_CONFIG.amountTolerance);
  if (!tolerance || tolerance.compare(Amount.ZERO) < 0) {
    throw new RangeError(`amountTolerance must be a non-negative decimal, got "${config.amountTolerance}"`);
  }
  return {
    severities: { ...DEFAULT_VALIDATION_CONFIG.severities, ...config.severities },
    disabledRules: new Set(config.disabledRules ?? DEFAULT_VALIDATION_CONFIG.disabledRules),
    amountTolerance: tolerance,
  };
};
