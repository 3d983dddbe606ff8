import { entityTag, MAX_WAIT_SECONDS, noneMatchHits, preferredWaitMs } from './conditional-read';

describe('conditional reads of a budget', () => {
  const tag = entityTag(Buffer.from('{"state":"draft"}'));

  it('tags the same bytes alike and different bytes differently', () => {
    expect(entityTag(Buffer.from('{"state":"draft"}'))).toBe(tag);
    expect(entityTag(Buffer.from('{"state":"submitted"}'))).not.toBe(tag);
    expect(tag).toMatch(/^"[\w-]{27}"$/);
  });

  it('matches If-None-Match by weak comparison, in lists, and for *', () => {
    expect(noneMatchHits(tag, tag)).toBe(true);
    expect(noneMatchHits(`W/${tag}`, tag)).toBe(true);
    expect(noneMatchHits(`"other", ${tag}`, tag)).toBe(true);
    expect(noneMatchHits('*', tag)).toBe(true);
    expect(noneMatchHits('"other"', tag)).toBe(false);
    expect(noneMatchHits(undefined, tag)).toBe(false);
    expect(noneMatchHits('', tag)).toBe(false);
  });

  it('reads the wait preference, capped, and nothing else as one', () => {
    expect(preferredWaitMs('wait=10')).toBe(10_000);
    expect(preferredWaitMs('respond-async, wait=5')).toBe(5_000);
    expect(preferredWaitMs('Wait = "3"')).toBe(3_000);
    expect(preferredWaitMs('wait=3600')).toBe(MAX_WAIT_SECONDS * 1000);
    for (const header of [undefined, '', 'wait', 'wait=-1', 'wait=1.5', 'nowait=5', 'return=minimal']) {
      expect(preferredWaitMs(header)).toBe(0);
    }
  });
});
