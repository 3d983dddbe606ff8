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
  /** The pointer of the node at `depth`, or of its child `last` when given. */
  const pointer = (last?: string | number): string => {
    let text = '';
    for (let i = 0; i < depth; i++) text += segmentText(path[i] ?? '');
    if (last !== undefined) text += segmentText(last);
    return text === '' ? '/' : text;
  };
  // Strings are checked where they are met, without a call or a path entry each: most of a
  // document's nodes are strings (cells, indicator texts), and only their containers recurse.
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const child: unknown = node[i];
        if (typeof child === 'string') {
          if (keep(child)) hits.push({ value: child, path: pointer(i) });
        } else if (child !== null && typeof child === 'object') {
          path[depth++] = i;
          walk(child);
          depth--;
        }
      }
      return;
    }
    const record = node as Record<string, unknown>;
    for (const key in record) {
      const child = record[key];
      if (typeof child === 'string') {
        if (keep(child)) hits.push({ value: child, path: pointer(key) });
      } else if (child !== null && typeof child === 'object') {
        path[depth++] = key;
        walk(child);
        depth--;
      }
    }
  };
  if (typeof root === 'string') {
    if (keep(root)) hits.push({ value: root, path: '/' });
  } else if (root !== null && typeof root === 'object') walk(root);
  return hits;
};

const segmentText = (segment: string | number): string =>
  `/${typeof segment === 'number' ? String(segment) : escapeSegment(segment)}`;
