import { BadUserInputError } from '@hamyar/shared';

/** The longest title an item may have. */
export const MAX_TITLE_LENGTH = 300;

/**
 * An item's Persian title: required, trimmed, and short enough to be a title. A rule of the domain, a plain
 * function with its unit test beside it; a broken rule is a BAD_USER_INPUT naming the field.
 */
export function requiredTitle(value: string | null | undefined, field: string): string {
  const title = (value ?? '').trim();
  if (title === '') throw new BadUserInputError(field, 'a title is required', 'عنوان');
  if (title.length > MAX_TITLE_LENGTH) {
    throw new BadUserInputError(field, `at most ${MAX_TITLE_LENGTH} characters, got ${title.length}`, 'عنوان');
  }
  return title;
}
