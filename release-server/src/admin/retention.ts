import { retentionPatchSchema } from '@quire/protocol';
import type { Hono } from 'hono';
import type { AppEnv } from '../adapters/http/app-env';
import type { RetentionService } from '../services/retention';
import { noteAudit } from './audit';
import { jsonBody, parseBody } from './body';

/**
 * `GET|PUT /retention` → Retention (PRODUCT.md §4): hours before an unreleased job and a job printed
 * with "print and keep" expire. A PUT changes the fields it names; the next sweep (within a minute) uses them.
 */
export function mountRetention(app: Hono<AppEnv>, retention: RetentionService): void {
  app.get('/retention', async (c) => c.json(await retention.get()));
  app.put('/retention', async (c) => {
    const patch = parseBody(retentionPatchSchema, await jsonBody(c.req));
    const before = await retention.get();
    const after = await retention.update(patch);
    noteAudit(c, { summary: { from: before, to: after } });
    return c.json(after);
  });
}
