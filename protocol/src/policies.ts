import * as z from 'zod/mini';

/**
 * Company policies that shape what the panel offers (PRODUCT.md §10). Stored by the server, edited by
 * administrators, sent to every panel in `welcome`.
 */
export const policiesSchema = z.object({
  /** Delegates see and may release the jobs of those who named them. @default true */
  delegation: z._default(z.boolean(), true),
  /** People may change the number of copies at the panel. @default true */
  editCopies: z._default(z.boolean(), true),
  /** "Print and keep" is offered. @default true */
  printAndKeep: z._default(z.boolean(), true),
  /** Every held job prints as soon as its owner signs in at a printer. @default false */
  autoRelease: z._default(z.boolean(), false),
  /** A panel signs out after this many seconds without a touch. @default 60 */
  inactivitySeconds: z._default(z.int().check(z.gte(10), z.lte(3600)), 60),
});
export type Policies = z.infer<typeof policiesSchema>;

export const DEFAULT_POLICIES: Policies = Object.freeze(policiesSchema.parse({}));
