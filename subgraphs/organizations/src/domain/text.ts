import { BadUserInputError } from '@hamyar/shared';

/** Longest name or short text a field takes. */
export const MAX_TEXT_LENGTH = 500;

/**
 * A name that must be there: trimmed, not empty. The text is kept as typed (its keyboard's letters and its
 * zero-width non-joiners); only the search key is normalised.
 */
export function requiredText(value: string | null | undefined, field: string, labelFa: string): string {
  if (value === null || value === undefined) throw new BadUserInputError(field, 'is required and cannot be cleared', labelFa);
  const trimmed = value.trim();
  if (trimmed === '') throw new BadUserInputError(field, 'must not be empty', labelFa);
  return checkLength(trimmed, field, labelFa);
}

/** An optional text: null, or empty after trimming, means "not known". */
export function optionalText(value: string | null | undefined, field: string, labelFa: string): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : checkLength(trimmed, field, labelFa);
}

function checkLength(value: string, field: string, labelFa: string): string {
  if (value.length > MAX_TEXT_LENGTH) throw new BadUserInputError(field, `must be at most ${MAX_TEXT_LENGTH} characters, got ${value.length}`, labelFa);
  return value;
}

/**
 * Applies a partial update's text fields: a key left out of the input keeps its value, a given one is
 * checked (`required` ones cannot be emptied or cleared). Returns only the fields the input names.
 */
export function textChanges<K extends string>(
  input: Partial<Record<K, string | null>>,
  fields: readonly { key: K; required: boolean; labelFa: string; path: string }[],
): Partial<Record<K, string | null>> {
  const changes: Partial<Record<K, string | null>> = {};
  for (const { key, required, labelFa, path } of fields) {
    if (!(key in input)) continue;
    changes[key] = required ? requiredText(input[key], path, labelFa) : optionalText(input[key], path, labelFa);
  }
  return changes;
}
