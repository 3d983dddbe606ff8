import { ChangeTrackingCache } from './change-tracking-cache';

/** A load that resolves when the test says so. */
function deferredLoad<V>() {
  let resolve!: (value: V) => void;
  const promise = new Promise<V>((r) => (resolve = r));
  return { load: () => promise, resolve };
}

const value = (v: string) => () => Promise.resolve(v);

describe('ChangeTrackingCache', () => {
  let clock: number;
  const cache = (ttlMs = 1000, maxEntries = 10) =>
    new ChangeTrackingCache<string>({ ttlMs, maxEntries, now: () => clock });
  beforeEach(() => (clock = 0));

  it('serves a loaded record again without loading it', async () => {
    const c = cache();
    const load = jest.fn().mockResolvedValue('v1');
    expect(await c.get('a', load)).toBe('v1');
    expect(await c.get('a', load)).toBe('v1');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads again once the copy has expired', async () => {
    const c = cache(1000);
    await c.get('a', value('v1'));
    clock = 1000;
    expect(await c.get('a', value('v2'))).toBe('v2');
  });

  it('loads again after a change of that record, and only that record', async () => {
    const c = cache();
    await c.get('a', value('a1'));
    await c.get('b', value('b1'));
    c.changed('a');
    expect(await c.get('a', value('a2'))).toBe('a2');
    expect(await c.get('b', value('b2'))).toBe('b1');
  });

  it('does not keep what a load read when a change came while it was loading', async () => {
    const c = cache();
    const slow = deferredLoad<string>();
    const reading = c.get('a', slow.load);
    c.changed('a');
    slow.resolve('before the change');
    // The caller gets what it read; the next caller does not.
    expect(await reading).toBe('before the change');
    expect(await c.get('a', value('after the change'))).toBe('after the change');
  });

  it('keeps a load that raced a change of another record', async () => {
    const c = cache();
    const slow = deferredLoad<string>();
    const reading = c.get('a', slow.load);
    c.changed('b');
    slow.resolve('a1');
    await reading;
    expect(await c.get('a', value('a2'))).toBe('a1');
  });

  it('drops everything, loads under way included, when changes may have been missed', async () => {
    const c = cache();
    await c.get('a', value('a1'));
    const slow = deferredLoad<string>();
    const reading = c.get('b', slow.load);
    c.changedAll();
    slow.resolve('b1');
    await reading;
    expect(c.size).toBe(0);
  });

  it('keeps nothing when the expiry is 0', async () => {
    const c = cache(0);
    await c.get('a', value('a1'));
    expect(await c.get('a', value('a2'))).toBe('a2');
    expect(c.size).toBe(0);
  });

  it('keeps nothing when the load fails, and passes the failure on', async () => {
    const c = cache();
    await expect(c.get('a', () => Promise.reject(new Error('not found')))).rejects.toThrow('not found');
    expect(c.size).toBe(0);
    expect(await c.get('a', value('a1'))).toBe('a1');
  });

  it('drops the least recently read record beyond its size', async () => {
    const c = cache(1000, 2);
    await c.get('a', value('a1'));
    await c.get('b', value('b1'));
    await c.get('a', value('unused')); // a is now the most recently read
    await c.get('c', value('c1'));
    expect(c.size).toBe(2);
    expect(await c.get('a', value('a2'))).toBe('a1');
    expect(await c.get('b', value('b2'))).toBe('b2');
  });

  it('shares one load among readers that miss at the same moment', async () => {
    const c = cache();
    const slow = deferredLoad<string>();
    const load = jest.fn(slow.load);
    const readers = Promise.all([c.get('a', load), c.get('a', load), c.get('a', load)]);
    slow.resolve('a1');
    expect(await readers).toEqual(['a1', 'a1', 'a1']);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('does not let a reader join a load that a change has made stale', async () => {
    const c = cache();
    const before = deferredLoad<string>();
    const first = c.get('a', before.load);
    c.changed('a');
    const second = c.get('a', value('a2'));
    before.resolve('a1');
    expect(await first).toBe('a1');
    expect(await second).toBe('a2');
    expect(await c.get('a', value('unused'))).toBe('a2');
  });

  it('lets a reader load for itself when the load it joined failed', async () => {
    const c = cache();
    const refused = deferredLoad<string>();
    const other = c.get('a', () => refused.load().then(() => Promise.reject(new Error('not found'))));
    const mine = c.get('a', value('a1'));
    refused.resolve('');
    await expect(other).rejects.toThrow('not found');
    expect(await mine).toBe('a1');
  });

  describe('watch', () => {
    it('tells of a change announced after the watch was taken, even before the wait begins', async () => {
      const c = cache();
      const early = c.watch('a');
      c.changed('a');
      await expect(early.until(60_000)).resolves.toBe(true);
      early.cancel();

      const late = c.watch('a');
      const waiting = late.until(60_000);
      c.changed('a');
      await expect(waiting).resolves.toBe(true);
      late.cancel();
    });

    it('waits out the timeout when nothing changed, and ignores changes of other records', async () => {
      const c = cache();
      const watch = c.watch('a');
      const waiting = watch.until(20);
      c.changed('b');
      await expect(waiting).resolves.toBe(false);
      watch.cancel();
    });

    it('is woken when everything may have changed', async () => {
      const c = cache();
      const watches = [c.watch('a'), c.watch('b')];
      const waiting = Promise.all(watches.map((w) => w.until(60_000)));
      c.changedAll();
      await expect(waiting).resolves.toEqual([true, true]);
      for (const w of watches) w.cancel();
    });

    it('does not hear changes after it is cancelled', async () => {
      const c = cache();
      const watch = c.watch('a');
      watch.cancel();
      c.changed('a');
      await expect(watch.until(20)).resolves.toBe(false);
    });
  });
});
