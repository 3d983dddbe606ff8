import { createHash } from 'node:crypto';

/** The longest a reader may ask to wait for a change (`Prefer: wait=N`), in seconds. */
export const MAX_WAIT_SECONDS = 30;

/** A strong entity tag for a body: the same bytes, the same tag, whichever gateway answers. */
export function entityTag(body: Buffer): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

/**
 * Whether `If-None-Match` names the current tag (RFC 9110 §13.1.2: weak comparison, `*` matches
 * any). Absent, it matches nothing.
 */
export function noneMatchHits(header: string | undefined, tag: string): boolean {
  if (header === undefined) return false;
  return header.split(',').some((candidate) => {
    const trimmed = candidate.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === tag;
  });
}

/** The wait asked for in `Prefer` (RFC 7240 `wait=N`), in milliseconds, at most MAX_WAIT_SECONDS. */
export function preferredWaitMs(header: string | undefined): number {
  const match = /(?:^|[,;\s])wait\s*=\s*"?(\d{1,6})"?(?=$|[,;\s])/i.exec(header ?? '');
  if (!match?.[1]) return 0;
  return Math.min(Number(match[1]), MAX_WAIT_SECONDS) * 1000;
}
