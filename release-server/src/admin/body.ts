import { AppError } from '@quire/protocol';
import type * as z from 'zod/mini';

/** Reads a JSON body; a body that is not JSON is a `bad-request` with a reason. */
export async function jsonBody(req: { json(): Promise<unknown> }): Promise<unknown> {
  try {
    return await req.json();
  } catch {
    throw new AppError('bad-request', 'The body is not valid JSON.');
  }
}

/** Parses a request value with its protocol schema; the first problem becomes a `bad-request` naming the field. */
export function parseBody<T>(schema: z.ZodMiniType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'body';
  throw new AppError('bad-request', `${where}: ${issue?.message ?? 'invalid'}.`);
}
