import type { Hono } from 'hono';
import type { AppEnv } from '../adapters/http/app-env';
import type { DashboardService } from '../services/dashboard';
import { wholeParam } from './query';

/** `GET /dashboard?days=30` → Dashboard: the last 1 to 366 days of printing (PRODUCT.md §8). */
export function mountDashboard(app: Hono<AppEnv>, dashboard: DashboardService): void {
  app.get('/dashboard', async (c) =>
    c.json(await dashboard.dashboard(wholeParam('days', c.req.query('days'), 1, 366) ?? 30)),
  );
}
