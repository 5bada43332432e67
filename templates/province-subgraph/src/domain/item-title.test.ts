import { BadUserInputError } from '@hamyar/shared';
import { MAX_TITLE_LENGTH, requiredTitle } from './item-title';

describe("an item's title", () => {
  it('is kept trimmed', () => {
    expect(requiredTitle('  هوشمندسازی پارکینگ‌ها ', 'title')).toBe('هوشمندسازی پارکینگ‌ها');
  });

  it('is required and bounded, and a broken rule names the field', () => {
    expect(() => requiredTitle('   ', 'input.title')).toThrow(BadUserInputError);
    expect(() => requiredTitle(null, 'input.title')).toThrow(/"input.title" \(عنوان\): a title is required/);
    expect(() => requiredTitle('x'.repeat(MAX_TITLE_LENGTH + 1), 'title')).toThrow(/at most 300 characters/);
  });
});
