import { normalizePersian } from '@hamyar/shared';

/** The searchable form of an agreement number: ASCII digits whatever script the report used. */
export function normalizeAgreementNumber(asReported: string | null): string | null {
  if (asReported === null) return null;
  const normalized = normalizePersian(asReported).replace(/\s+/g, '');
  return normalized === '' ? null : normalized;
}
