import { HttpStatus } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { apiError } from './api-error';

/** Far deeper than any body the API takes (a budget document nests about ten levels). */
export const MAX_INPUT_DEPTH = 64;

/** One thing in a request that is refused before any handler (or the idempotency store) sees it. */
export interface UnsafeInput {
  /** JSON Pointer into the body (`/unit/subUnits/0/name`), or the query parameter's name. */
  path: string;
  message: string;
}

/*
 * Characters that have no place in a budget, a comment or a name, and that are refused wherever
 * they appear in a request:
 *  - C0/C1 control characters other than tab, line feed and carriage return (NUL cannot even be
 *    stored in PostgreSQL text or jsonb);
 *  - bidirectional controls (U+061C, U+200E/F, U+202A–E, U+2066–9), which make a name display
 *    differently from what it is (the "Trojan Source" trick);
 *  - zero-width and invisible characters (U+200B–D, U+2060–4, U+FEFF), which make two names look
 *    the same while they differ;
 *  - interlinear annotation controls (U+FFF9–B);
 *  - UTF-16 surrogates that are not part of a pair (not text at all; PostgreSQL refuses them).
 */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\uFFF9-\uFFFB]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function describeCharacter(character: string): string {
  const code = character.charCodeAt(0);
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (code >= 0xd800 && code <= 0xdfff) return `an unpaired surrogate (${hex})`;
  if (code <= 0x9f) return `a control character (${hex})`;
  if (code === 0x061c || code === 0x200e || code === 0x200f || (code >= 0x202a && code <= 0x202e))
    return `a bidirectional control character (${hex})`;
  if (code >= 0x2066 && code <= 0x2069) return `a bidirectional control character (${hex})`;
  return `an invisible character (${hex})`;
}

/** The problem with a piece of text, or undefined when it is fine. */
export function unsafeText(text: string): string | undefined {
  const found = FORBIDDEN.exec(text);
  return found ? `contains ${describeCharacter(found[0])}, which is not allowed in text` : undefined;
}

const escapePointer = (key: string): string => key.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * The first unsafe thing in a parsed JSON value: nesting deeper than `maxDepth`, or a string (value
 * or key) with a forbidden character. Walks with its own stack, so no input can exhaust the call
 * stack here.
 */
export function findUnsafeInput(value: unknown, maxDepth = MAX_INPUT_DEPTH): UnsafeInput | undefined {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: '', depth: 0 }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { value: current, path, depth } = next;
    if (typeof current === 'string') {
      const problem = unsafeText(current);
      if (problem) return { path: path || '/', message: problem };
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    if (depth >= maxDepth) {
      return { path: path || '/', message: `is nested more than ${maxDepth} levels deep` };
    }
    const entries = Array.isArray(current)
      ? (current as unknown[]).map((item, index) => [String(index), item] as const)
      : Object.entries(current as Record<string, unknown>);
    // Pushed in reverse, so the first problem in document order is the one reported.
    for (let index = entries.length - 1; index >= 0; index--) {
      const [key, item] = entries[index];
      const itemPath = `${path}/${escapePointer(key)}`;
      if (!Array.isArray(current)) {
        const problem = unsafeText(key);
        if (problem) return { path: itemPath, message: `(the field name) ${problem}` };
      }
      stack.push({ value: item, path: itemPath, depth: depth + 1 });
    }
  }
  return undefined;
}

/**
 * Fastify preValidation hook for every route: a body or query that is nested absurdly deep or
 * carries forbidden characters is refused with 400 naming the place, before the route's guards,
 * pipes and interceptors run (the idempotency store hashes bodies recursively) and before any
 * service is asked.
 */
export function refuseUnsafeInput(request: FastifyRequest): Promise<void> {
  const query = request.query as Record<string, unknown> | undefined;
  for (const [name, value] of Object.entries(query ?? {})) {
    const nameProblem = unsafeText(name);
    // A repeated parameter arrives as an array of strings; nothing deeper can come from a URL.
    const problem = nameProblem ?? findUnsafeInput(value, 4)?.message;
    if (!problem) continue;
    const label = nameProblem ? 'a query parameter name' : `query parameter ${name}`;
    return Promise.reject(
      apiError(HttpStatus.BAD_REQUEST, 'REQUEST.INVALID_QUERY', `${label} ${problem}`, [
        { path: nameProblem ? '?' : name, message: problem },
      ]),
    );
  }
  // An uploaded file (a workbook) is bytes, not JSON: it is read, and checked, by its own reader.
  if (request.body !== undefined && !Buffer.isBuffer(request.body)) {
    const problem = findUnsafeInput(request.body);
    if (problem) {
      return Promise.reject(
        apiError(
          HttpStatus.BAD_REQUEST,
          'REQUEST.INVALID_BODY',
          `the request body is not valid: ${problem.path} ${problem.message}`,
          [problem],
        ),
      );
    }
  }
  return Promise.resolve();
}
