import { createBadgeBodySchema } from '@quire/protocol';
import type { Hono } from 'hono';
import type { AppEnv } from '../adapters/http/app-env';
import type { BadgeAdminService } from '../services/badge-admin';
import { noteAudit } from './audit';
import { jsonBody, parseBody } from './body';
import { pageParams } from './query';

/**
 * Badges (issue 5, PRODUCT.md §9), with the badges CSV import's own rules:
 *
 * - `GET /badges?email=&limit=&offset=` → BadgePage (one user's, or everyone's: 100 a page, at most 1000)
 * - `POST /badges` CreateBadgeBody → 201 BadgeCreated (a permanent badge replaces the user's old one)
 * - `DELETE /badges/:badge` → 204
 *
 * The audit log names the owner, not the badge: a badge number signs someone in.
 */
export function mountBadges(app: Hono<AppEnv>, badges: BadgeAdminService): void {
  app.get('/badges', async (c) => {
    const page = pageParams((n) => c.req.query(n), { defaultLimit: 100, maxLimit: 1000 });
    return c.json(await badges.list(c.req.query('email'), page.limit, page.offset));
  });

  app.post('/badges', async (c) => {
    const created = await badges.create(parseBody(createBadgeBodySchema, await jsonBody(c.req)));
    noteAudit(c, {
      target: created.email,
      summary: { temporary: created.temporary, replacedPermanent: created.replaced !== null },
    });
    return c.json(created, 201);
  });

  app.delete('/badges/:badge', async (c) => {
    const owner = await badges.delete(c.req.param('badge'));
    noteAudit(c, { target: owner });
    return c.body(null, 204);
  });
}
