import { BadUserInputError } from '../errors/errors';

/** Longest name or short text a field takes, unless the field says otherwise. */
export const MAX_TEXT_LENGTH = 500;

/**
 * A text that must be there: trimmed, not empty, not too long. The text is kept as typed (its keyboard's
 * letters and its zero-width non-joiners); only search keys are normalised.
 */
export function requiredText(value: string | null | undefined, field: string, labelFa: string, max = MAX_TEXT_LENGTH): string {
  if (value === null || value === undefined) throw new BadUserInputError(field, 'is required and cannot be cleared', labelFa);
  const text = value.trim();
  if (text === '') throw new BadUserInputError(field, 'must not be empty', labelFa);
  if (text.length > max) throw new BadUserInputError(field, `must be at most ${max} characters, got ${text.length}`, labelFa);
  return text;
}

/** An optional text: null, or empty after trimming, means "not known"; otherwise as `requiredText`. */
export function optionalText(value: string | null | undefined, field: string, labelFa: string, max = MAX_TEXT_LENGTH): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  return requiredText(value, field, labelFa, max);
}
