import { dashboardSchema } from '@quire/protocol';
import type { ApiClient } from '../../lib/api-client';

/**
 * `GET /api/admin/dashboard?days=` (release-server/src/admin/dashboard.ts): printed jobs of the last
 * `days` days, today included, by day in the quota time zone; helpdesk and administrators.
 */
export const getDashboard = (api: ApiClient, days: number, signal?: AbortSignal) =>
  api.get(`/dashboard?days=${days}`, dashboardSchema, signal);
