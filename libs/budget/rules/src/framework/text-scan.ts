/** One string of the document: its value and JSON Pointer. */
export interface TextField {
  readonly value: string;
  readonly path: string;
}

/** JSON Pointer escaping (RFC 6901) for object keys. */
const escapeSegment = (segment: string): string =>
  segment.includes('~') || segment.includes('/') ? segment.replace(/~/g, '~0').replace(/\//g, '~1') : segment;

/**
 * Every string of the document that `keep` accepts, with its JSON Pointer. The pointer is built
 * only for strings kept (keys are escaped then, indexes turned to text then), so a scan costs one
 * pass over the text, like JSON.parse. Amounts are strings too and are scanned: a phone number is
 * also all digits, so no string is skipped by shape.
 */
export const scanText = (root: unknown, keep: (value: string) => boolean): TextField[] => {
  const hits: TextField[] = [];
  const path: Array<string | number> = [];
  let depth = 0;
  const pointer = (): string => {
    let text = '';
    for (let i = 0; i < depth; i++) {
      const segment = path[i] ?? '';
      text += `/${typeof segment === 'number' ? String(segment) : escapeSegment(segment)}`;
    }
    return text === '' ? '/' : text;
  };
  const walk = (node: unknown): void => {
    if (typeof node === 'string') {
      if (keep(node)) hits.push({ value: node, path: pointer() });
      return;
    }
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        path[depth++] = i;
        walk(node[i]);
        depth--;
      }
      return;
    }
    if (node !== null && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      for (const key in record) {
        path[depth++] = key;
        walk(record[key]);
        depth--;
      }
    }
  };
  walk(root);
  return hits;
};
