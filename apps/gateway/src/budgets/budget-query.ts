import { ParseIntPipe } from '@nestjs/common';
import { apiError } from '../http/api-error';

const STATES = ['draft', 'submitted', 'in_review', 'returned', 'approved', 'published'];

/** GET /api/budgets?state=&unitId=&fiscalYear=: checked here, so a bad filter is a clear 400. */
export function listFilter(query: Record<string, string | undefined>): {
  state?: string;
  unitId?: string;
  fiscalYear?: number;
} {
  const unknown = Object.keys(query).filter((key) => !['state', 'unitId', 'fiscalYear'].includes(key));
  if (unknown.length > 0)
    throw apiError(400, 'REQUEST.INVALID_QUERY', `unknown query parameter ${unknown[0]}`);
  const { state, unitId, fiscalYear } = query;
  if (state !== undefined && !STATES.includes(state)) {
    throw apiError(400, 'REQUEST.INVALID_QUERY', `state must be one of ${STATES.join(', ')}`, [
      { path: 'state', message: 'unknown state' },
    ]);
  }
  if (unitId !== undefined && !/^\d{6}-[0-9A-Za-z]{1,20}$/.test(unitId)) {
    throw apiError(400, 'REQUEST.INVALID_QUERY', 'unitId must look like 130400-312', [
      { path: 'unitId', message: 'bad unit id' },
    ]);
  }
  if (fiscalYear !== undefined && !/^(20\d\d|2100)$/.test(fiscalYear)) {
    throw apiError(400, 'REQUEST.INVALID_QUERY', 'fiscalYear must be a year from 2000 to 2100', [
      { path: 'fiscalYear', message: 'bad year' },
    ]);
  }
  return {
    ...(state ? { state } : {}),
    ...(unitId ? { unitId } : {}),
    ...(fiscalYear ? { fiscalYear: Number(fiscalYear) } : {}),
  };
}

/** `If-Match: 7` (or `"7"`): the draft revision the caller edited; absent means last write wins. */
export function revisionFromIfMatch(header: string | undefined): { expectedRevision?: number } {
  if (header === undefined) return {};
  const match = /^"?(\d{1,9})"?$/.exec(header.trim());
  if (!match)
    throw apiError(400, 'REQUEST.INVALID_HEADER', 'If-Match must be the draft revision number, e.g. "7"');
  return { expectedRevision: Number(match[1]) };
}

/** `?from=1&to=2`: a version number, or 400 naming the parameter (Nest's own message names none). */
export const versionQuery = (name: string): ParseIntPipe =>
  new ParseIntPipe({
    exceptionFactory: () =>
      apiError(400, 'REQUEST.INVALID_QUERY', `${name} must be a version number, e.g. ${name}=1`, [
        { path: name, message: 'expected a whole number' },
      ]),
  });
