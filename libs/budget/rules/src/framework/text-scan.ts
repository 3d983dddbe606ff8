/** One string of the document: its value and JSON Pointer. */
export interface TextField {
  readonly value: string;
  readonly path: string;
}

/** JSON Pointer escaping (RFC 6901) for object keys. */
const escapeSegment = (segment: string): string =>
  segment.includes('~') || segment.includes('/') ? segment.replace(/~/g, '~0').replace(/\//g, '~1') : segment;

const segmentText = (segment: string | number): string =>
  `/${typeof segment === 'number' ? String(segment) : escapeSegment(segment)}`;

/**
 * Slots for strings turned down: powers of two, from a few for a small document up to enough for
 * the distinct strings of a large budget to mostly keep theirs.
 */
const FIRST_SLOTS = 512;
const MOST_SLOTS = 8192;

/**
 * A string's hash, from its length and four of its characters (first, middle, last but one, last):
 * copies told apart by a number near the end (`…（2）`, `…（3）`) still fall in different slots.
 */
const hashOf = (value: string): number => {
  const length = value.length;
  const mixed =
    length ^
    (value.charCodeAt(0) << 4) ^
    (value.charCodeAt(length >> 1) << 13) ^
    (value.charCodeAt(length - 2) << 2) ^
    (value.charCodeAt(length - 1) << 9);
  return mixed ^ (mixed >>> 14);
};

/**
 * One walk over a document. An object with methods rather than closures made per call: the walk
 * visits every node of a large document, and the engine optimizes code per function, so functions
 * made anew for each document would start slow again each time.
 */
class TextScan {
  readonly hits: TextField[] = [];
  /** The keys and indexes from the root to the container being walked. */
  private readonly path: Array<string | number> = [];
  private depth = 0;
  /**
   * Strings `keep` turned down, by hashOf. A document repeats its strings (codes, amounts,
   * targets, 涉密, whole indicator texts across projects), and one equal to a string turned down
   * is turned down again without being read through. The table starts small and is made larger
   * (and empty) as the document turns out to hold more strings.
   */
  private rejected = new Array<string | undefined>(FIRST_SLOTS);
  private asked = 0;

  constructor(private readonly keep: (value: string) => boolean) {}

  // Strings are checked where they are met, without a path entry each: most of a document's
  // nodes are strings (cells, indicator texts), and only their containers recurse.
  walk(node: object): void {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const child: unknown = node[i];
        if (typeof child === 'string') {
          if (this.kept(child)) this.hits.push({ value: child, path: this.pointer(i) });
        } else if (child !== null && typeof child === 'object') this.enter(i, child);
      }
      return;
    }
    const record = node as Record<string, unknown>;
    for (const key in record) {
      const child = record[key];
      if (typeof child === 'string') {
        if (this.kept(child)) this.hits.push({ value: child, path: this.pointer(key) });
      } else if (child !== null && typeof child === 'object') this.enter(key, child);
    }
  }

  /** `keep`, asked only about strings not equal to the one last turned down in their slot. */
  private kept(value: string): boolean {
    const slot = hashOf(value) & (this.rejected.length - 1);
    if (this.rejected[slot] === value) return false;
    if (this.keep(value)) return true;
    this.rejected[slot] = value;
    if (++this.asked > this.rejected.length * 4 && this.rejected.length < MOST_SLOTS)
      this.rejected = new Array<string | undefined>(this.rejected.length * 4);
    return false;
  }

  private enter(segment: string | number, child: object): void {
    this.path[this.depth++] = segment;
    this.walk(child);
    this.depth--;
  }

  /** The pointer of the container being walked's child `last`. */
  private pointer(last: string | number): string {
    let text = '';
    for (let i = 0; i < this.depth; i++) text += segmentText(this.path[i] ?? '');
    return text + segmentText(last);
  }
}

/**
 * Every string of the document that `keep` accepts, with its JSON Pointer. The pointer is built
 * only for strings kept (keys are escaped then, indexes turned to text then), so a scan costs one
 * pass over the text, like JSON.parse. Amounts are strings too and are scanned: a phone number is
 * also all digits, so no string is skipped by shape. `keep` must depend on the string alone (its
 * answer for a string is reused for equal strings), and is best a function made once, not per
 * document, for the same reason as TextScan.
 */
export const scanText = (root: unknown, keep: (value: string) => boolean): TextField[] => {
  if (typeof root === 'string') return keep(root) ? [{ value: root, path: '/' }] : [];
  if (root === null || typeof root !== 'object') return [];
  const scan = new TextScan(keep);
  scan.walk(root);
  return scan.hits;
};
