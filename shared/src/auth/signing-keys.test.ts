import { generateSigningKey, rotateSigningKeys, SigningKeySet, SigningKeysError } from './signing-keys';

function problemsOf(text: string): readonly string[] {
  try {
    SigningKeySet.parse(text, 'GATEWAY_SIGNING_KEYS');
  } catch (error) {
    expect(error).toBeInstanceOf(SigningKeysError);
    return (error as SigningKeysError).problems;
  }
  throw new Error('expected a SigningKeysError');
}

describe('the gateway signing key set', () => {
  it('names the source, the key and the field of every problem, and never echoes key material', () => {
    expect(problemsOf('not json')).toEqual([expect.stringContaining('GATEWAY_SIGNING_KEYS is not JSON')]);
    expect(problemsOf('{"keys": []}')).toEqual([expect.stringContaining('at least one private key')]);
    const key = generateSigningKey();
    const { d, ...publicOnly } = key;
    const other = generateSigningKey();
    const problems = problemsOf(
      JSON.stringify({
        keys: [
          publicOnly,
          { ...key, x: other.x },
          { ...other, kid: key.kid },
          { ...other, kid: 'late', signFrom: 'soon' },
          { ...other, kid: 'x', crv: 'P-384' },
        ],
      }),
    );
    expect(problems).toEqual([
      'GATEWAY_SIGNING_KEYS keys[0] is not a private key (no "d"): the gateway needs its private keys',
      'GATEWAY_SIGNING_KEYS keys[1].kid "' + key.kid + '" is used twice',
      'GATEWAY_SIGNING_KEYS keys[2].kid "' + key.kid + '" is used twice',
      'GATEWAY_SIGNING_KEYS keys[3].signFrom must be an ISO time, e.g. 2026-11-26T01:00:00Z',
      'GATEWAY_SIGNING_KEYS keys[4] must be an Ed25519 (kty OKP) or P-256 (kty EC) key',
    ]);
    expect(problems.join('\n')).not.toContain(d);
    expect(problemsOf(JSON.stringify({ keys: [{ ...key, x: other.x }] }))).toEqual([
      'GATEWAY_SIGNING_KEYS keys[0]: its public part (x, y) does not match its private part (d)',
    ]);
  });

  it('publishes only public parts, of Ed25519 and P-256 keys alike', () => {
    const set = SigningKeySet.from({ keys: [generateSigningKey(), generateSigningKey({ algorithm: 'ES256' })] }, 'keys');
    const published = set.publicJwks().keys;
    expect(published.map((key) => [key.kty, key.crv, key.alg, key.use])).toEqual([
      ['OKP', 'Ed25519', 'EdDSA', 'sig'],
      ['EC', 'P-256', 'ES256', 'sig'],
    ]);
    for (const key of published) expect(key).not.toHaveProperty('d');
  });

  it('a rotation publishes the new key at once, signs with it after the lead time, and retires the old one after the window', () => {
    const start = Date.parse('2026-11-26T01:00:00Z');
    const first = { keys: [generateSigningKey()] };
    const rotated = rotateSigningKeys(first, { now: start, publishAheadMs: 60_000, windowMs: 300_000 });
    const set = SigningKeySet.from(rotated, 'keys');
    const [old, next] = rotated.keys.map((key) => key.kid);
    const at = (seconds: number) => start + seconds * 1000;
    expect(set.publicJwks(at(0)).keys.map((key) => key.kid)).toEqual([old, next]);
    expect(set.current(at(59)).kid).toBe(old);
    expect(set.current(at(60)).kid).toBe(next);
    expect(set.publicJwks(at(359)).keys.map((key) => key.kid)).toEqual([old, next]);
    expect(set.publicJwks(at(360)).keys.map((key) => key.kid)).toEqual([next]);
    // Rotating again later drops the retired key from the file.
    const again = rotateSigningKeys(rotated, { now: at(400), publishAheadMs: 60_000, windowMs: 300_000 });
    expect(again.keys.map((key) => key.kid)).toEqual([next, again.keys[1].kid]);
    expect(() => SigningKeySet.from({ keys: [{ ...first.keys[0], retireAt: '2020-01-01T00:00:00Z' }] }, 'keys').current()).toThrow(
      'no signing key is valid now',
    );
  });
});
