import type { DashboardTop } from '@quire/protocol';
import type { DayBucket, DayFigures } from '../../domain/dashboard';
import type { Database } from './database';

const FIGURES = `count(*) AS jobs, coalesce(sum(h.pages), 0) AS pages, sum(h.impressions) AS impressions,
  sum(CASE WHEN h.color_mode = 'color' THEN h.impressions ELSE 0 END) AS colorImpressions,
  sum(h.sheets) AS sheets`;

/** The per-day query; its one parameter is the day buckets as JSON. Exported for its query-plan test. */
export const DAYS_SQL = `WITH days AS (
    SELECT json_extract(value, '$.day') AS day, json_extract(value, '$.start') AS start,
           json_extract(value, '$.end') AS "end"
    FROM json_each(?))
  SELECT d.day AS day, h.currency AS currency, ${FIGURES}, CAST(sum(h.cost_micros) AS TEXT) AS costMicros
  FROM days d JOIN history h ON h.at >= d.start AND h.at < d."end"
  WHERE h.kind = 'printed'
  GROUP BY d.day, h.currency`;

/**
 * The dashboard's two queries over the accounting history (PRODUCT.md §8), printed jobs only. Each day
 * is a range of `history_by_time`, so the work grows with the rows of the period, never with the whole
 * history, and what comes back is one row per day and currency, and ten top rows.
 */
export class DashboardStore {
  constructor(private readonly db: Database) {}

  /** Figures per day (the buckets, in the quota time zone) and currency; money summed exactly, as text. */
  days(buckets: readonly DayBucket[]): Promise<DayFigures[]> {
    return this.db.all<DayFigures>(DAYS_SQL, [JSON.stringify(buckets)]);
  }

  /** The five users and five printers with the most impressions in [from, to). */
  async top(from: number, to: number): Promise<{ users: DashboardTop[]; printers: DashboardTop[] }> {
    const rows = await this.db.all<DashboardTop & { dimension: 'user' | 'printer' }>(
      `SELECT * FROM (
         SELECT 'user' AS dimension, coalesce(h.user_email, h.user_name) AS key, max(h.user_name) AS name, ${FIGURES}
         FROM history h WHERE h.kind = 'printed' AND h.at >= ?1 AND h.at < ?2
         GROUP BY 2 ORDER BY impressions DESC, key LIMIT 5)
       UNION ALL
       SELECT * FROM (
         SELECT 'printer' AS dimension, h.printer_name AS key, h.printer_name AS name, ${FIGURES}
         FROM history h WHERE h.kind = 'printed' AND h.at >= ?1 AND h.at < ?2 AND h.printer_name IS NOT NULL
         GROUP BY 2 ORDER BY impressions DESC, key LIMIT 5)`,
      [from, to],
    );
    const pick = (dimension: 'user' | 'printer') =>
      rows.filter((r) => r.dimension === dimension).map(({ dimension: _, ...top }) => top);
    return { users: pick('user'), printers: pick('printer') };
  }
}
