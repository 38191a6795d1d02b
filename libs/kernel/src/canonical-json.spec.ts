import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it('orders keys at every depth and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('is the same for the same content however it was built', () => {
    expect(canonicalJson(JSON.parse('{"x":"Kế hoạch","n":1.0}'))).toBe(
      canonicalJson({ n: 1, x: 'Kế hoạch' }),
    );
  });
});
