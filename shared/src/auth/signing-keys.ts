import { createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';

/**
 * The gateway's signing keys, kept as a JSON Web Key Set of private keys (only the gateway ever holds it).
 * Each key may carry two times, so a rotation is a change to the file that every gateway replica reading it
 * carries out at the same moments, with no restart and no coordination:
 *   - `signFrom`: from then on the gateway signs with this key (the newest such key wins). A new key is
 *     published in the JWKS before its `signFrom`, so subgraphs already know it when the first token comes.
 *   - `retireAt`: from then on the key is no longer published; subgraphs refuse it once they refetch the JWKS.
 */
export interface SigningKeyJwk {
  readonly kty: 'OKP' | 'EC';
  readonly crv: 'Ed25519' | 'P-256';
  readonly kid: string;
  readonly x: string;
  readonly y?: string;
  readonly d: string;
  readonly alg?: SigningAlgorithm;
  /** ISO time from which the gateway signs with this key; absent: from the start. */
  readonly signFrom?: string;
  /** ISO time from which the key is no longer published nor accepted; absent: never. */
  readonly retireAt?: string;
}

export type SigningAlgorithm = 'EdDSA' | 'ES256';

export interface SigningKeySetJson {
  readonly keys: readonly SigningKeyJwk[];
}

/** A public key as the JWKS at /.well-known/jwks.json publishes it. */
export interface PublicJwk {
  readonly kty: string;
  readonly crv: string;
  readonly x: string;
  readonly y?: string;
  readonly kid: string;
  readonly alg: SigningAlgorithm;
  readonly use: 'sig';
}

export interface SigningKey {
  readonly kid: string;
  readonly alg: SigningAlgorithm;
  readonly privateKey: KeyObject;
  readonly publicJwk: PublicJwk;
  /** Epoch ms; -Infinity when the key signs from the start. */
  readonly signFrom: number;
  /** Epoch ms; Infinity when the key is never retired. */
  readonly retireAt: number;
}

const ALGORITHM_OF: Readonly<Record<string, SigningAlgorithm>> = { Ed25519: 'EdDSA', 'P-256': 'ES256' };

/** Thrown when a key set is unusable; `problems` names each bad key and field, never key material. */
export class SigningKeysError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('; '));
    this.name = 'SigningKeysError';
  }
}

export class SigningKeySet {
  private constructor(
    readonly keys: readonly SigningKey[],
    private readonly json: SigningKeySetJson,
  ) {}

  /**
   * Reads a key set from its JSON text, checking every key (`where` names the source in messages, e.g. the
   * variable or file). Throws a SigningKeysError listing every problem.
   */
  static parse(text: string, where: string): SigningKeySet {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new SigningKeysError([`${where} is not JSON (expected {"keys": [private JWKs]}; make one with: npm run keys)`]);
    }
    return SigningKeySet.from(json, where);
  }

  static from(json: unknown, where: string): SigningKeySet {
    const list = (json as { keys?: unknown })?.keys;
    if (!Array.isArray(list) || list.length === 0) {
      throw new SigningKeysError([`${where} must be a JSON Web Key Set with at least one private key: {"keys": [...]}`]);
    }
    const problems: string[] = [];
    const keys: SigningKey[] = [];
    const kids = new Set<string>();
    list.forEach((jwk: Partial<SigningKeyJwk>, i) => {
      const at = `${where} keys[${i}]`;
      if (typeof jwk !== 'object' || jwk === null) return problems.push(`${at} must be an object`);
      if (typeof jwk.kid !== 'string' || !/^[A-Za-z0-9._:-]{1,100}$/.test(jwk.kid))
        return problems.push(`${at}.kid must be a short identifier (letters, digits, . _ : -)`);
      if (kids.has(jwk.kid)) return problems.push(`${at}.kid "${jwk.kid}" is used twice`);
      kids.add(jwk.kid);
      const alg = ALGORITHM_OF[jwk.crv ?? ''];
      if (!alg || (jwk.kty !== 'OKP' && jwk.kty !== 'EC')) return problems.push(`${at} must be an Ed25519 (kty OKP) or P-256 (kty EC) key`);
      if (jwk.alg !== undefined && jwk.alg !== alg) return problems.push(`${at}.alg must be ${alg} for a ${jwk.crv} key`);
      if (typeof jwk.d !== 'string') return problems.push(`${at} is not a private key (no "d"): the gateway needs its private keys`);
      const signFrom = time(jwk.signFrom, -Infinity);
      const retireAt = time(jwk.retireAt, Infinity);
      if (Number.isNaN(signFrom)) return problems.push(`${at}.signFrom must be an ISO time, e.g. 2026-11-26T01:00:00Z`);
      if (Number.isNaN(retireAt)) return problems.push(`${at}.retireAt must be an ISO time, e.g. 2026-11-26T01:00:00Z`);
      if (retireAt <= signFrom) return problems.push(`${at}.retireAt must be after its signFrom`);
      let privateKey: KeyObject;
      try {
        privateKey = createPrivateKey({ key: { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y, d: jwk.d } as never, format: 'jwk' });
      } catch {
        return problems.push(`${at} is not a valid ${jwk.crv} private key`);
      }
      const exported = createPublicKey(privateKey).export({ format: 'jwk' }) as { kty: string; crv: string; x: string; y?: string };
      if (exported.x !== jwk.x || (exported.y ?? undefined) !== (jwk.y ?? undefined))
        return problems.push(`${at}: its public part (x, y) does not match its private part (d)`);
      const publicJwk: PublicJwk = {
        kty: exported.kty,
        crv: exported.crv,
        x: exported.x,
        ...(exported.y ? { y: exported.y } : {}),
        kid: jwk.kid,
        alg,
        use: 'sig',
      };
      keys.push({ kid: jwk.kid, alg, privateKey, publicJwk, signFrom, retireAt });
    });
    if (problems.length > 0) throw new SigningKeysError(problems);
    return new SigningKeySet(keys, json as SigningKeySetJson);
  }

  /** The key to sign with now: of those whose time has come and that are not retired, the newest. */
  current(now = Date.now()): SigningKey {
    let chosen: SigningKey | undefined;
    for (const key of this.keys) {
      if (key.signFrom > now || key.retireAt <= now) continue;
      if (!chosen || key.signFrom > chosen.signFrom) chosen = key;
    }
    if (!chosen) throw new SigningKeysError(['no signing key is valid now: every key is retired or starts later']);
    return chosen;
  }

  /** What the gateway publishes: every key not yet retired, including one that starts signing later. */
  publicJwks(now = Date.now()): { keys: PublicJwk[] } {
    return { keys: this.keys.filter((key) => key.retireAt > now).map((key) => key.publicJwk) };
  }

  /** The next moment the published set or the signing key changes (for tests and logs); Infinity if none. */
  nextChange(now = Date.now()): number {
    return Math.min(...this.keys.flatMap((key) => [key.signFrom, key.retireAt]).filter((t) => t > now), Infinity);
  }

  toJSON(): SigningKeySetJson {
    return this.json;
  }
}

function time(value: unknown, absent: number): number {
  if (value === undefined || value === null) return absent;
  return typeof value === 'string' ? Date.parse(value) : NaN;
}

/** A fresh key pair (Ed25519 unless asked otherwise), as a private JWK with a kid that says when it was made. */
export function generateSigningKey(options: { algorithm?: SigningAlgorithm; signFrom?: Date; retireAt?: Date } = {}): SigningKeyJwk {
  const algorithm = options.algorithm ?? 'EdDSA';
  const { privateKey } = algorithm === 'EdDSA' ? generateKeyPairSync('ed25519') : generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk = privateKey.export({ format: 'jwk' }) as unknown as SigningKeyJwk;
  const kid = `gateway-${new Date().toISOString().slice(0, 19).replace(/[-:]/g, '')}-${randomBytes(3).toString('hex')}`;
  return {
    ...jwk,
    kid,
    alg: algorithm,
    ...(options.signFrom ? { signFrom: options.signFrom.toISOString() } : {}),
    ...(options.retireAt ? { retireAt: options.retireAt.toISOString() } : {}),
  };
}

export function generateSigningKeySet(algorithm?: SigningAlgorithm): SigningKeySetJson {
  return { keys: [generateSigningKey({ algorithm })] };
}

/**
 * A rotation as a change to the key set: a new key published now and signing from `now + publishAheadMs`
 * (so every subgraph's cached JWKS has it before the first token signed with it), and every key in use
 * retired `windowMs` after that (both keys are valid for the window, which must outlast a forwarded token).
 * Keys already retired are dropped.
 */
export function rotateSigningKeys(
  set: SigningKeySetJson,
  options: { now?: number; publishAheadMs: number; windowMs: number; algorithm?: SigningAlgorithm },
): SigningKeySetJson {
  const now = options.now ?? Date.now();
  const switchAt = now + options.publishAheadMs;
  const retireAt = new Date(switchAt + options.windowMs).toISOString();
  const kept = set.keys
    .filter((key) => key.retireAt === undefined || Date.parse(key.retireAt) > now)
    .map((key) => (key.retireAt === undefined || Date.parse(key.retireAt) > Date.parse(retireAt) ? { ...key, retireAt } : key));
  return { keys: [...kept, generateSigningKey({ algorithm: options.algorithm, signFrom: new Date(switchAt) })] };
}
