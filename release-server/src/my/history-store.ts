import type { MyHistoryEntry } from '@quire/protocol';
import type { Database } from '../adapters/sqlite/database';
import { exactAmount, money } from '../domain/accounting/money';

interface Row {
  id: number;
  kind: MyHistoryEntry['kind'];
  at: number;
  job_name: string;
  source: string;
  printer_name: string | null;
  pages: number | null;
  copies: number;
  impressions: number;
  color_mode: string;
  sides: string;
  cost_micros: number;
  currency: string;
  estimated: number;
}

/**
 * One person's rows of the accounting history (PRODUCT.md §8), newest first, a page at a time. The
 * page after a row starts below its (at, id), so it reads index `history_by_user (user_id, at)` in
 * order; a `before` that is not one of the person's rows gives an empty page, never someone else's.
 */
export class OwnHistoryStore {
  constructor(private readonly db: Database) {}

  async page(userId: number, limit: number, before: number | null): Promise<MyHistoryEntry[]> {
    const after =
      before === null ? '' : 'AND (at, id) < (SELECT at, id FROM history WHERE id = ? AND user_id = ?)';
    const rows = await this.db.all<Row>(
      `SELECT id, kind, at, job_name, source, printer_name, pages, copies, impressions, color_mode, sides,
              cost_micros, currency, estimated
       FROM history WHERE user_id = ? ${after} ORDER BY at DESC, id DESC LIMIT ?`,
      before === null ? [userId, limit] : [userId, before, userId, limit],
    );
    return rows.map(entry);
  }
}

const entry = (r: Row): MyHistoryEntry => ({
  id: r.id,
  kind: r.kind,
  at: new Date(r.at).toISOString(),
  jobName: r.job_name,
  source: r.source,
  printer: r.printer_name,
  pages: r.pages,
  copies: r.copies,
  impressions: r.impressions,
  colorMode: r.color_mode,
  sides: r.sides,
  cost: exactAmount(money(BigInt(r.cost_micros), r.currency)),
  currency: r.currency,
  estimated: r.estimated === 1,
});
