import { optionalText, requiredText } from '@hamyar/shared';

export { optionalText, requiredText } from '@hamyar/shared';

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
