import { AppError } from '@quire/protocol';

/** A whole number query parameter from `min` to `max`; `undefined` when absent. */
export function wholeParam(
  name: string,
  text: string | undefined,
  min: number,
  max: number,
): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!/^\d{1,16}$/.test(text) || n < min || n > max) {
    throw new AppError('bad-request', `${name} must be a whole number from ${min} to ${max}.`);
  }
  return n;
}

/** `?limit=&offset=`: a page of a list. */
export function pageParams(
  query: (name: string) => string | undefined,
  o: { defaultLimit: number; maxLimit: number },
): { limit: number; offset: number } {
  return {
    limit: wholeParam('limit', query('limit'), 1, o.maxLimit) ?? o.defaultLimit,
    offset: wholeParam('offset', query('offset'), 0, Number.MAX_SAFE_INTEGER) ?? 0,
  };
}
