import { SignJWT, type JWTPayload } from 'jose';
import { createCallerIdentity } from './caller-identity';

const SECRET = 'caller-token-secret-0123456789abcdef';
const now = () => Math.floor(Date.now() / 1000);

async function bearer(claims: JWTPayload): Promise<string> {
  const token = await new SignJWT({ role: 'national_admin', sub: 'admin@national', ...claims })
    .setProtectedHeader({ alg: 'HS256' })
    .sign(new TextEncoder().encode(SECRET));
  return `Bearer ${token}`;
}

describe("callers' tokens", () => {
  const verify = createCallerIdentity({ jwtSecret: SECRET, issuer: 'https://id.example.ir', audience: 'hamyar', maxTokenAgeSeconds: 3600 });
  const good = { iss: 'https://id.example.ir', aud: 'hamyar', iat: now(), exp: now() + 600 };

  it('are accepted with exp, a recent iat, and the configured issuer and audience', async () => {
    await expect(verify(await bearer(good))).resolves.toEqual({ subject: 'admin@national', role: 'NATIONAL_ADMIN', provinceCode: null });
  });

  it.each([
    ['without exp, which would be good forever', { ...good, exp: undefined }, 'it has no "exp" claim, which is required'],
    ['without iat', { ...good, iat: undefined }, 'it has no "iat" claim, which is required'],
    ['expired', { ...good, iat: now() - 120, exp: now() - 60 }, 'it has expired'],
    [
      'issued longer ago than the maximum age',
      { ...good, iat: now() - 7200, exp: now() + 600 },
      'issued longer ago than this gateway accepts',
    ],
    ['from another issuer', { ...good, iss: 'https://elsewhere.example' }, 'its "iss" claim is not the one this gateway expects'],
    ['for another audience', { ...good, aud: 'someone-else' }, 'its "aud" claim is not the one this gateway expects'],
  ])('are refused with 401 when %s', async (_, claims, reason) => {
    await expect(verify(await bearer(claims))).rejects.toMatchObject({
      message: expect.stringContaining(reason),
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  });

  it('refuses a configuration with both a secret and a JWKS URL', () => {
    expect(() => createCallerIdentity({ jwtSecret: SECRET, jwksUrl: 'https://id.example.ir/jwks.json' })).toThrow('set only one');
  });
});
