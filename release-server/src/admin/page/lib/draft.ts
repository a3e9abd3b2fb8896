/**
 * Helpers for form drafts: what a person types, kept as close to what is sent as it can be. A number
 * field holds a number once the text is one, and the text until then (cast: the protocol schema check
 * before sending finds it and says so next to the field).
 */

/** "12" → 12; anything else stays the text, for the schema check to refuse in words. */
export const wholeNumber = (text: string): number => {
  const v = text.trim();
  return (/^\d{1,15}$/.test(v) ? Number(v) : v) as number;
};

/** Like {@link wholeNumber}, with an empty field meaning none. */
export const wholeNumberOrNull = (text: string): number | null =>
  text.trim() === '' ? null : wholeNumber(text);

/** Money is a decimal string; a decimal comma (0,10) is read as the point the protocol wants. */
export const moneyText = (text: string): string => text.trim().replace(',', '.');

export const replaceAt = <T>(list: readonly T[], i: number, value: T): T[] =>
  list.map((item, j) => (j === i ? value : item));

export const removeAt = <T>(list: readonly T[], i: number): T[] => list.filter((_, j) => j !== i);
