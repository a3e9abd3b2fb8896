import * as z from 'zod/mini';
import { currencySchema, moneyAmountSchema } from './money';

/** What is left of a person's quota this period (PRODUCT.md §5.2: "the quota left, total and colour"). */
export const quotaLeftViewSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('unlimited') }),
  z.object({ kind: z.literal('disabled') }),
  z.object({ kind: z.literal('impressions'), left: z.int() }),
  z.object({ kind: z.literal('money'), left: moneyAmountSchema }),
]);
export type QuotaLeftView = z.infer<typeof quotaLeftViewSchema>;

export const quotaViewSchema = z.object({
  currency: currencySchema,
  total: quotaLeftViewSchema,
  color: quotaLeftViewSchema,
});
export type QuotaView = z.infer<typeof quotaViewSchema>;
