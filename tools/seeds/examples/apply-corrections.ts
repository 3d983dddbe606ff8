import { isDeepStrictEqual } from 'node:util';

/**
 * One documented change to a document, checked before it is made:
 * - `replace`: the value at `path` must equal `old`; it becomes `new`.
 * - `remove`: the array element at `path` must equal `old`; it is taken out.
 * - `insert`: `path` ends in an array index; the element now there must equal `old` (`undefined`
 *   when inserting at the end); `new` goes in before it.
 * `why` says what the author got wrong and why this is the fix.
 */
export type Correction =
  | {
      readonly op: 'replace';
      readonly path: string;
      readonly old: unknown;
      readonly new: unknown;
      readonly why: string;
    }
  | { readonly op: 'remove'; readonly path: string; readonly old: unknown; readonly why: string }
  | {
      readonly op: 'insert';
      readonly path: string;
      readonly old: unknown;
      readonly new: unknown;
      readonly why: string;
    };

export class CorrectionMismatchError extends Error {}

const tokens = (pointer: string): string[] => {
  if (!pointer.startsWith('/')) throw new CorrectionMismatchError(`not a JSON Pointer: ${pointer}`);
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
};

type Container = Record<string, unknown> | unknown[];
const isContainer = (value: unknown): value is Container => value !== null && typeof value === 'object';

/** The container holding the pointer's last token, and that token. */
const locate = (document: unknown, pointer: string): { parent: Container; key: string } => {
  const path = tokens(pointer);
  const key = path.pop() as string;
  let parent: unknown = document;
  for (const token of path) {
    if (!isContainer(parent) || !Object.prototype.hasOwnProperty.call(parent, token))
      throw new CorrectionMismatchError(`${pointer}: ${token} does not exist`);
    parent = (parent as Record<string, unknown>)[token];
  }
  if (!isContainer(parent))
    throw new CorrectionMismatchError(`${pointer}: the parent is not an object or array`);
  return { parent, key };
};

const arrayIndex = (parent: Container, key: string, pointer: string, allowEnd: boolean): number => {
  const index = Number(key);
  if (!Array.isArray(parent) || !/^(0|[1-9][0-9]*)$/.test(key) || index > parent.length - (allowEnd ? 0 : 1))
    throw new CorrectionMismatchError(`${pointer}: not an index of an array`);
  return index;
};

const show = (value: unknown): string => {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 160 ? `${text.slice(0, 160)}…` : text;
};

/** Documents are JSON: copies and comparisons go through JSON, whatever realm an object came from. */
const jsonCopy = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

const mustEqual = (pointer: string, actual: unknown, old: unknown): void => {
  if (!isDeepStrictEqual(jsonCopy(actual), jsonCopy(old)))
    throw new CorrectionMismatchError(
      `${pointer}: expected the old value ${show(old)}, found ${show(actual)}`,
    );
};

/**
 * Applies the corrections in order to a copy of `document`. Refuses (throws
 * CorrectionMismatchError, changing nothing) when any old value is not what the document holds.
 */
export const applyCorrections = <T>(document: T, corrections: readonly Correction[]): T => {
  const copy = jsonCopy(document);
  for (const correction of corrections) {
    const { parent, key } = locate(copy, correction.path);
    switch (correction.op) {
      case 'replace': {
        if (!Object.prototype.hasOwnProperty.call(parent, key))
          throw new CorrectionMismatchError(`${correction.path}: does not exist`);
        const record = parent as Record<string, unknown>;
        mustEqual(correction.path, record[key], correction.old);
        record[key] = jsonCopy(correction.new);
        break;
      }
      case 'remove': {
        const index = arrayIndex(parent, key, correction.path, false);
        const array = parent as unknown[];
        mustEqual(correction.path, array[index], correction.old);
        array.splice(index, 1);
        break;
      }
      case 'insert': {
        const index = arrayIndex(parent, key, correction.path, true);
        const array = parent as unknown[];
        mustEqual(correction.path, array[index], correction.old);
        array.splice(index, 0, jsonCopy(correction.new));
        break;
      }
    }
  }
  return copy;
};
