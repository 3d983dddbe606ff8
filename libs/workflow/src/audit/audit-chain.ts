import { canonicalJson, sha256Hex } from '@budgetflow/runtime';

/** One entry of a budget's audit trail, as hashed: every field that says what happened. */
export interface AuditFields {
  budgetId: string;
  sequence: number;
  /** ISO 8601 in UTC with milliseconds, exactly as stored. */
  at: string;
  actor: string;
  action: string;
  fromState?: string;
  toState?: string;
  version?: number;
  reason?: string;
  correlationId: string;
  eventId?: string;
}

export interface ChainedAuditEntry extends AuditFields {
  previousHash: string;
  hash: string;
}

/** The hash a budget's first entry chains from: derived from the budget id, so chains cannot be swapped. */
export const genesisHash = (budgetId: string): string => sha256Hex(`budgetflow:audit:${budgetId}`);

export const entryHash = (previousHash: string, fields: AuditFields): string =>
  sha256Hex(`${previousHash}\n${canonicalJson(fields)}`);

export interface ChainVerdict {
  valid: boolean;
  /** The first entry whose hash or link does not hold, or the count/head mismatch. */
  problem?: string;
}

/**
 * Checks a budget's whole trail: entries numbered 1..n without gaps, each linked to the previous
 * entry's hash, each hash recomputed from its fields, and the last one equal to the head the
 * budget row keeps (so dropping the newest entries is caught too).
 */
export function verifyChain(
  budgetId: string,
  entries: readonly ChainedAuditEntry[],
  head: { count: number; hash: string },
): ChainVerdict {
  let previous = genesisHash(budgetId);
  for (const [index, entry] of entries.entries()) {
    const { previousHash, hash, ...fields } = entry;
    if (entry.sequence !== index + 1) return { valid: false, problem: `entry ${index + 1} is missing` };
    if (previousHash !== previous)
      return { valid: false, problem: `entry ${entry.sequence} is not linked to entry ${index}` };
    if (entryHash(previousHash, fields) !== hash)
      return { valid: false, problem: `entry ${entry.sequence} was altered` };
    previous = hash;
  }
  if (entries.length !== head.count || previous !== head.hash) {
    return {
      valid: false,
      problem: `the trail ends at entry ${entries.length}, the budget records ${head.count}`,
    };
  }
  return { valid: true };
}
