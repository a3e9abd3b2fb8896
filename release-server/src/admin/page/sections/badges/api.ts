import { badgeCreatedSchema, badgePageSchema, type CreateBadgeBody } from '@quire/protocol';
import type { ApiClient } from '../../lib/api-client';

/** The badges endpoints (release-server/src/admin/badges.ts), each answer parsed with its protocol schema. */

/** Badges a page (the server gives at most 1000). */
export const BADGES_PER_PAGE = 50;

/**
 * `GET /badges?email=&limit=&offset=`: one person's badges, or everyone's. An email nobody has is a
 * `not-found` answer, not an empty page.
 */
export function listBadges(api: ApiClient, email: string | undefined, page: number, signal?: AbortSignal) {
  const q = new URLSearchParams({ limit: String(BADGES_PER_PAGE), offset: String(page * BADGES_PER_PAGE) });
  if (email) q.set('email', email);
  return api.get(`/badges?${q}`, badgePageSchema, signal);
}

/** `POST /badges`: a permanent badge replaces the person's old permanent one (`replaced` names it). */
export const createBadge = (api: ApiClient, body: CreateBadgeBody) =>
  api.send('POST', '/badges', badgeCreatedSchema, body);

/** `DELETE /badges/:badge` (204). */
export const deleteBadge = (api: ApiClient, badge: string) =>
  api.request(`/badges/${encodeURIComponent(badge)}`, { method: 'DELETE' });
