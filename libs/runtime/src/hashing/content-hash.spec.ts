import { canonicalJson, contentHash } from './content-hash';

describe('contentHash', () => {
  it('does not depend on key order', () => {
    expect(contentHash({ a: 1, b: { c: '2', d: [3] } })).toBe(contentHash({ b: { d: [3], c: '2' }, a: 1 }));
  });

  it('changes with any value', () => {
    expect(contentHash({ amount: '18.00' })).not.toBe(contentHash({ amount: '18.0' }));
  });

  it('writes canonical JSON with sorted keys and no spaces', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'] })).toBe('{"a":[true,null,"x"],"b":1}');
  });
});
