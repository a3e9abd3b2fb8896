import type { ColorMode, JobSource, Sides } from '@quire/protocol';
import type { PeriodKey } from '../../domain/accounting/period';
import { type SqlValue, sqlInteger } from './database';

/**
 * The accounting history's rows (PRODUCT.md §8) and reports as SQLite holds them: the types, the
 * mapping both ways, and the SQL that names a report's rows. AccountingStore runs the queries.
 */

export type HistoryKind = 'printed' | 'deleted' | 'expired';

/** One line of the accounting history, as it was when it happened (PRODUCT.md §8). */
export interface HistoryRow {
  kind: HistoryKind;
  at: number;
  period: PeriodKey;
  jobId: number | null;
  jobName: string;
  source: JobSource;
  userId: number | null;
  userEmail: string | null;
  userName: string;
  department: string | null;
  costCenter: string | null;
  groups: string[];
  printerName: string | null;
  printerUri: string | null;
  pages: number | null;
  copies: number;
  impressions: number;
  sheets: number;
  colorMode: ColorMode;
  sides: Sides;
  costMicros: bigint;
  currency: string;
  estimated: boolean;
}

/** A history row as the INSERT's values, in the order of its columns. */
export function historyValues(h: HistoryRow): SqlValue[] {
  return [
    h.kind,
    h.at,
    h.period,
    h.jobId,
    h.jobName,
    h.source,
    h.userId,
    h.userEmail,
    h.userName,
    h.department,
    h.costCenter,
    JSON.stringify(h.groups),
    h.printerName,
    h.printerUri,
    h.pages,
    h.copies,
    h.impressions,
    h.sheets,
    h.colorMode,
    h.sides,
    sqlInteger(h.costMicros),
    h.currency,
    h.estimated ? 1 : 0,
  ];
}

export type ReportDimension = 'user' | 'group' | 'department' | 'cost-center' | 'printer' | 'period';

/** The SQL that names each row of a report, per dimension. */
export const REPORT_KEYS: Record<ReportDimension, string> = {
  user: "coalesce(h.user_email, h.user_name, '')",
  group: "coalesce(g.value, '')",
  department: "coalesce(h.department, '')",
  'cost-center': "coalesce(h.cost_center, '')",
  printer: "coalesce(h.printer_name, '')",
  period: 'h.period',
};

export interface ReportSql {
  key: string;
  currency: string;
  jobs: number;
  pages: number;
  impressions: number;
  sheets: number;
  color_impressions: number;
  cost_micros: number;
}

export interface HistorySql {
  kind: HistoryKind;
  at: number;
  period: string;
  job_id: number | null;
  job_name: string;
  source: JobSource;
  user_id: number | null;
  user_email: string | null;
  user_name: string;
  department: string | null;
  cost_center: string | null;
  groups: string;
  printer_name: string | null;
  printer_uri: string | null;
  pages: number | null;
  copies: number;
  impressions: number;
  sheets: number;
  color_mode: ColorMode;
  sides: Sides;
  cost_micros: number;
  currency: string;
  estimated: number;
}

export const toHistory = (r: HistorySql): HistoryRow => ({
  kind: r.kind,
  at: r.at,
  period: r.period,
  jobId: r.job_id,
  jobName: r.job_name,
  source: r.source,
  userId: r.user_id,
  userEmail: r.user_email,
  userName: r.user_name,
  department: r.department,
  costCenter: r.cost_center,
  groups: JSON.parse(r.groups) as string[],
  printerName: r.printer_name,
  printerUri: r.printer_uri,
  pages: r.pages,
  copies: r.copies,
  impressions: r.impressions,
  sheets: r.sheets,
  colorMode: r.color_mode,
  sides: r.sides,
  costMicros: BigInt(r.cost_micros),
  currency: r.currency,
  estimated: r.estimated === 1,
});
