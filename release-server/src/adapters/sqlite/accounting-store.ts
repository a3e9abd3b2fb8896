import type { ColorMode } from '@quire/protocol';
import { money } from '../../domain/accounting/money';
import type { PeriodKey } from '../../domain/accounting/period';
import { noUsage, type Usage } from '../../domain/accounting/usage';
import { type Database, type Queryable, sqlInteger, type Transaction } from './database';
import {
  type HistoryKind,
  type HistoryRow,
  type HistorySql,
  historyValues,
  REPORT_KEYS,
  type ReportDimension,
  type ReportSql,
  toHistory,
} from './history-sql';

export type ChargeState = 'reserved' | 'committed' | 'returned';

export interface ChargeRow {
  releaseId: string;
  jobId: number;
  userId: number;
  period: PeriodKey;
  state: ChargeState;
  colorMode: ColorMode;
  chargedImpressions: number;
  costMicros: bigint;
  currency: string;
  estimated: boolean;
}

interface ChargeSql {
  release_id: string;
  job_id: number;
  user_id: number;
  period: string;
  state: ChargeState;
  color_mode: ColorMode;
  charged_impressions: number;
  cost_micros: number;
  currency: string;
  estimated: number;
}

/** Charges and history in SQLite. Money is read and written as exact integers of micro-units. */
export class AccountingStore {
  constructor(private readonly db: Database) {}

  /**
   * What a person has been charged in a period, reservations of jobs still printing included, so that
   * two releases at the same moment see each other (they run one after the other in the writer).
   * Impressions count in every currency; money only in `currency`.
   */
  async usage(
    q: Queryable,
    userId: number,
    period: PeriodKey,
    currency: string,
    /** One charge left out: the estimate being replaced by what the job really cost. */
    excluding: { releaseId: string; jobId: number } | null = null,
  ): Promise<Usage> {
    const rows = await q.all<{ color_mode: ColorMode; impressions: number; micros: number | null }>(
      `SELECT color_mode, sum(charged_impressions) AS impressions,
              sum(CASE WHEN currency = ? THEN cost_micros ELSE 0 END) AS micros
       FROM charges WHERE user_id = ? AND period = ? AND state IN ('reserved', 'committed')
         AND NOT (release_id = ? AND job_id = ?)
       GROUP BY color_mode`,
      [currency, userId, period, excluding?.releaseId ?? '', excluding?.jobId ?? -1],
    );
    const usage = noUsage(currency);
    for (const r of rows) {
      const tally = { impressions: r.impressions, cost: money(BigInt(r.micros ?? 0), currency) };
      if (r.color_mode === 'color') usage.color = tally;
      else usage.mono = tally;
    }
    return usage;
  }

  async reserve(tx: Transaction, c: Omit<ChargeRow, 'state'>, now = Date.now()): Promise<void> {
    await tx.run(
      `INSERT INTO charges (release_id, job_id, user_id, period, state, color_mode, charged_impressions, cost_micros,
         currency, estimated, created_at, updated_at)
       VALUES (?, ?, ?, ?, 'reserved', ?, ?, ?, ?, ?, ?, ?)`,
      [
        c.releaseId,
        c.jobId,
        c.userId,
        c.period,
        c.colorMode,
        c.chargedImpressions,
        sqlInteger(c.costMicros),
        c.currency,
        c.estimated ? 1 : 0,
        now,
        now,
      ],
    );
  }

  async charge(q: Queryable, releaseId: string, jobId: number): Promise<ChargeRow | undefined> {
    const r = await q.get<ChargeSql>('SELECT * FROM charges WHERE release_id = ? AND job_id = ?', [
      releaseId,
      jobId,
    ]);
    return (
      r && {
        releaseId: r.release_id,
        jobId: r.job_id,
        userId: r.user_id,
        period: r.period,
        state: r.state,
        colorMode: r.color_mode,
        chargedImpressions: r.charged_impressions,
        costMicros: BigInt(r.cost_micros),
        currency: r.currency,
        estimated: r.estimated === 1,
      }
    );
  }

  /** An estimated charge replaced by what the job cost once the printer said what it printed. */
  async replaceEstimate(
    tx: Transaction,
    releaseId: string,
    jobId: number,
    actual: { chargedImpressions: number; costMicros: bigint; currency: string },
  ): Promise<void> {
    await tx.run(
      `UPDATE charges SET charged_impressions = ?, cost_micros = ?, currency = ?, estimated = 0, updated_at = ?
       WHERE release_id = ? AND job_id = ? AND estimated = 1`,
      [
        actual.chargedImpressions,
        sqlInteger(actual.costMicros),
        actual.currency,
        Date.now(),
        releaseId,
        jobId,
      ],
    );
  }

  /** Moves a reserved charge to committed (printed) or returned (not printed); a settled one stays as it is. */
  async settle(
    tx: Transaction,
    releaseId: string,
    jobId: number,
    state: 'committed' | 'returned',
  ): Promise<boolean> {
    const { changes } = await tx.run(
      "UPDATE charges SET state = ?, updated_at = ? WHERE release_id = ? AND job_id = ? AND state = 'reserved'",
      [state, Date.now(), releaseId, jobId],
    );
    return changes === 1;
  }

  async addHistory(tx: Transaction, h: HistoryRow): Promise<void> {
    await tx.run(
      `INSERT INTO history (kind, at, period, job_id, job_name, source, user_id, user_email, user_name, department,
         cost_center, groups, printer_name, printer_uri, pages, copies, impressions, sheets, color_mode, sides,
         cost_micros, currency, estimated)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      historyValues(h),
    );
  }

  /** History rows of `kinds` in [from, to), newest first. */
  async history(filter: {
    from: number;
    to: number;
    kinds: readonly HistoryKind[];
    limit: number;
    offset: number;
  }): Promise<HistoryRow[]> {
    const rows = await this.db.all<HistorySql>(
      `SELECT * FROM history WHERE at >= ? AND at < ? AND kind IN (${filter.kinds.map(() => '?').join(', ')})
       ORDER BY at DESC, id DESC LIMIT ? OFFSET ?`,
      [filter.from, filter.to, ...filter.kinds, filter.limit, filter.offset],
    );
    return rows.map(toHistory);
  }

  /**
   * The whole history in [from, to), newest first, `pageSize` rows at a time: each page starts after the
   * last one's (at, id), so an export of any size holds one page in memory.
   */
  async *historyPages(
    filter: { from: number; to: number; kinds: readonly HistoryKind[] },
    pageSize = 5_000,
  ): AsyncGenerator<HistoryRow[]> {
    let before = [filter.to, 0];
    for (;;) {
      const rows = await this.db.all<HistorySql & { id: number }>(
        `SELECT * FROM history WHERE at >= ? AND (at, id) < (?, ?)
           AND kind IN (${filter.kinds.map(() => '?').join(', ')})
         ORDER BY at DESC, id DESC LIMIT ?`,
        [filter.from, ...before, ...filter.kinds, pageSize],
      );
      if (rows.length > 0) yield rows.map(toHistory);
      if (rows.length < pageSize) return;
      const last = rows[rows.length - 1]!;
      before = [last.at, last.id];
    }
  }

  /**
   * Printed jobs in [from, to) summed by `dimension` (PRODUCT.md §8), cost per currency. A job counts for
   * each of its owner's groups; jobs of people in no group, or without a department, cost centre or
   * printer, are summed under an empty key.
   */
  async report(dimension: ReportDimension, from: number, to: number): Promise<ReportSql[]> {
    const key = REPORT_KEYS[dimension];
    const groups = dimension === 'group' ? 'LEFT JOIN json_each(h.groups) AS g' : '';
    return this.db.all<ReportSql>(
      `SELECT ${key} AS key, h.currency AS currency, count(*) AS jobs, coalesce(sum(h.pages), 0) AS pages,
              sum(h.impressions) AS impressions, sum(h.sheets) AS sheets,
              sum(CASE WHEN h.color_mode = 'color' THEN h.impressions ELSE 0 END) AS color_impressions,
              sum(h.cost_micros) AS cost_micros
       FROM history h ${groups}
       WHERE h.kind = 'printed' AND h.at >= ? AND h.at < ?
       GROUP BY 1, 2 ORDER BY cost_micros DESC, impressions DESC, key`,
      [from, to],
    );
  }
}
