export interface ChangeTrackingCacheOptions {
  /** How long a copy is served without news of a change; 0 keeps nothing. */
  ttlMs: number;
  /** Copies kept at most; the least recently read goes first. */
  maxEntries: number;
  now?: () => number;
}

/** Waits for the next change of one record, announced after the watch was taken. */
export interface ChangeWatch {
  /** True once the record changed (perhaps already), false when `timeoutMs` passed first. */
  until(timeoutMs: number): Promise<boolean>;
  /** Stops watching; call it when done, whatever the outcome. */
  cancel(): void;
}

interface Entry<V> {
  value: V;
  expiresAt: number;
}

/** A load under way; a change announced meanwhile makes it stale (not kept, not joined). */
interface Load<V> {
  stale: boolean;
  value: Promise<V>;
}

/**
 * Copies of records that another process owns and announces changes of (`changed`). A copy is
 * only kept when no change was announced while it was being loaded: a load that raced a change
 * may have read the record before it, and keeping it would serve the old record until it
 * expires. The expiry bounds staleness when an announcement is lost. Readers that miss at the
 * same moment share one load, so an expiry under load is one read of the owner, not one per reader.
 */
export class ChangeTrackingCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  /** Loads under way, per key. */
  private readonly loading = new Map<string, Set<Load<V>>>();
  /** Watches under way, per key: each is told of the next change. */
  private readonly watches = new Map<string, Set<() => void>>();
  private readonly now: () => number;

  constructor(private readonly options: ChangeTrackingCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * The copy of `key`, or a fresh one: from a load under way that no change has made stale, else
   * from `load` (kept unless a change raced it). A shared load that fails is not this reader's
   * failure (it may have been refused for the reader who started it): this reader then loads itself.
   */
  get(key: string, load: () => Promise<V>): Promise<V> {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt > this.now()) {
      // Re-inserted: the Map's order is the order of last reads, oldest first.
      this.entries.delete(key);
      this.entries.set(key, entry);
      return Promise.resolve(entry.value);
    }
    if (entry) this.entries.delete(key);
    for (const under of this.loading.get(key) ?? []) {
      if (!under.stale) return under.value.catch(() => this.start(key, load).value);
    }
    return this.start(key, load).value;
  }

  private start(key: string, load: () => Promise<V>): Load<V> {
    const loads = this.loading.get(key) ?? new Set<Load<V>>();
    this.loading.set(key, loads);
    const started: Load<V> = { stale: false, value: Promise.resolve(undefined as V) };
    loads.add(started);
    started.value = (async () => {
      try {
        const value = await load();
        if (!started.stale && this.options.ttlMs > 0) this.keep(key, value);
        return value;
      } finally {
        loads.delete(started);
        if (loads.size === 0 && this.loading.get(key) === loads) this.loading.delete(key);
      }
    })();
    return started;
  }

  /**
   * Watches `key` for changes from now on. Taken before reading the record, it cannot miss a
   * change that lands between the read and the wait.
   */
  watch(key: string): ChangeWatch {
    let changed = false;
    let wake: (() => void) | undefined;
    const onChange = () => {
      changed = true;
      wake?.();
    };
    const watches = this.watches.get(key) ?? new Set();
    watches.add(onChange);
    this.watches.set(key, watches);
    return {
      until: (timeoutMs) =>
        changed
          ? Promise.resolve(true)
          : new Promise((resolve) => {
              const timer = setTimeout(() => resolve(changed), timeoutMs);
              wake = () => {
                clearTimeout(timer);
                resolve(true);
              };
            }),
      cancel: () => {
        watches.delete(onChange);
        if (watches.size === 0 && this.watches.get(key) === watches) this.watches.delete(key);
      },
    };
  }

  /** The record of `key` changed: drop the copy, do not keep what loads under way read, tell the watches. */
  changed(key: string): void {
    this.entries.delete(key);
    for (const under of this.loading.get(key) ?? []) under.stale = true;
    for (const onChange of this.watches.get(key) ?? []) onChange();
  }

  /** Anything may have changed (announcements were missed). */
  changedAll(): void {
    this.entries.clear();
    for (const loads of this.loading.values()) for (const under of loads) under.stale = true;
    for (const watches of this.watches.values()) for (const onChange of watches) onChange();
  }

  private keep(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, { value, expiresAt: this.now() + this.options.ttlMs });
    if (this.entries.size > this.options.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }
}
