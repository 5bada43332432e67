import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, generateSigningKeySet } from '@hamyar/shared';
import { loadGatewayConfig } from './config';

const KEYS = JSON.stringify(generateSigningKeySet());
const SECRET = 'a'.repeat(32);

function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    loadGatewayConfig({ REGISTRY: 'false', ...env });
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('the gateway configuration', () => {
  it('reads its signing keys from the environment or a file, and says how to make them when neither is set', () => {
    expect(loadGatewayConfig({ REGISTRY: 'false', GATEWAY_SIGNING_KEYS: KEYS }).signing).toEqual({
      keys: JSON.parse(KEYS),
      keysFile: undefined,
      reloadMs: 10_000,
    });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hamyar-config-'));
    try {
      fs.writeFileSync(path.join(dir, 'keys.json'), KEYS);
      expect(loadGatewayConfig({ REGISTRY: 'false', GATEWAY_SIGNING_KEYS_FILE: path.join(dir, 'keys.json') }).signing.keysFile).toBe(
        path.join(dir, 'keys.json'),
      );
      expect(problemsOf({ GATEWAY_SIGNING_KEYS_FILE: path.join(dir, 'missing.json') })).toEqual([
        expect.stringMatching(/^GATEWAY_SIGNING_KEYS_FILE cannot be read \(ENOENT\).*npm run keys/),
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    expect(problemsOf({})).toEqual([
      expect.stringMatching(/^GATEWAY_SIGNING_KEYS_FILE \(or GATEWAY_SIGNING_KEYS\) must be set.*npm run keys/),
    ]);
    expect(problemsOf({ GATEWAY_SIGNING_KEYS: '{"keys":[{"kid":"k"}]}' })).toEqual([
      'GATEWAY_SIGNING_KEYS keys[0] must be an Ed25519 (kty OKP) or P-256 (kty EC) key',
    ]);
  });

  it('stops at start-up on an ambiguous configuration instead of picking one silently', () => {
    expect(problemsOf({ GATEWAY_SIGNING_KEYS: KEYS, GATEWAY_SIGNING_KEYS_FILE: 'keys.json' })).toEqual([
      'set only one of GATEWAY_SIGNING_KEYS and GATEWAY_SIGNING_KEYS_FILE: with both, which keys sign would be ambiguous',
    ]);
    expect(problemsOf({ GATEWAY_SIGNING_KEYS: KEYS, AUTH_JWT_SECRET: SECRET, AUTH_JWKS_URL: 'https://id.example.ir/jwks.json' })).toEqual([
      "set only one of AUTH_JWT_SECRET and AUTH_JWKS_URL: with both, which one verifies callers' tokens would be ambiguous",
    ]);
  });

  it('trusts no proxy’s X-Forwarded-For unless told which (TRUST_PROXY), and never every one', () => {
    expect(loadGatewayConfig({ REGISTRY: 'false', GATEWAY_SIGNING_KEYS: KEYS }).trustProxy).toBeUndefined();
    expect(loadGatewayConfig({ REGISTRY: 'false', GATEWAY_SIGNING_KEYS: KEYS, TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(
      loadGatewayConfig({ REGISTRY: 'false', GATEWAY_SIGNING_KEYS: KEYS, TRUST_PROXY: 'loopback, 10.0.0.0/8,fd00::/8' }).trustProxy,
    ).toEqual(['loopback', '10.0.0.0/8', 'fd00::/8']);
    for (const bad of ['true', '10.0.0.0/33', 'proxy.example', '0']) {
      expect(problemsOf({ GATEWAY_SIGNING_KEYS: KEYS, TRUST_PROXY: bad })).toEqual([
        expect.stringMatching(new RegExp(`^TRUST_PROXY must be a number of proxy hops .*got "${bad.replace(/\./g, '\\.')}"$`)),
      ]);
    }
  });

  it('checks callers’ tokens against a maximum age, a day unless configured', () => {
    expect(loadGatewayConfig({ REGISTRY: 'false', GATEWAY_SIGNING_KEYS: KEYS }).auth.maxTokenAgeSeconds).toBe(86_400);
    expect(
      loadGatewayConfig({ REGISTRY: 'false', GATEWAY_SIGNING_KEYS: KEYS, AUTH_MAX_TOKEN_AGE_SECONDS: '3600' }).auth.maxTokenAgeSeconds,
    ).toBe(3600);
    expect(problemsOf({ GATEWAY_SIGNING_KEYS: KEYS, AUTH_MAX_TOKEN_AGE_SECONDS: 'forever' })).toEqual([
      'AUTH_MAX_TOKEN_AGE_SECONDS must be a whole number of at least 1, got "forever"',
    ]);
  });
});
