import {
  auditPageSchema,
  badgeReaderSchema,
  fleetDetailSchema,
  fleetStatusSchema,
  historyEntrySchema,
  type ImportMode,
  importReportSchema,
  policiesSchema,
  priceListSchema,
  printerPanelSettingsSchema,
  printerRecordSchema,
  quotaAssignmentsSchema,
  quotaDefinitionsSchema,
  quotaPolicySchema,
  reportRowSchema,
} from '@quire/protocol';
import * as z from 'zod/mini';
import type { ApiClient } from './api-client';

/** The admin endpoints this page calls (README: Admin API), each answer parsed with its protocol schema. */

const fleetListSchema = z.array(fleetStatusSchema);
const printerListSchema = z.array(printerRecordSchema);
const p = encodeURIComponent;

/** `GET /api/admin/fleet`: every printer's latest state. */
export const getFleet = (api: ApiClient, signal?: AbortSignal) => api.get('/fleet', fleetListSchema, signal);

/** `GET /api/admin/fleet/:printer`: the latest state, alert history and readings of 30 days. */
export const getFleetDetail = (api: ApiClient, printer: string, signal?: AbortSignal) =>
  api.get(`/fleet/${p(printer)}`, fleetDetailSchema, signal);

/** `POST /api/admin/fleet/:printer/poll`: "get status now". */
export const pollPrinter = (api: ApiClient, printer: string) =>
  api.send('POST', `/fleet/${p(printer)}/poll`, fleetStatusSchema);

/** `GET /api/admin/printers`: the registered printers with their capabilities. */
export const getPrinters = (api: ApiClient, signal?: AbortSignal) =>
  api.get('/printers', printerListSchema, signal);

/** `GET /api/admin/fleet/readings.csv[?printer=]`: meter readings, UTF-8 CSV with a BOM. */
export const getReadingsCsv = (api: ApiClient, printer?: string) =>
  api.blob(`/fleet/readings.csv${printer ? `?printer=${p(printer)}` : ''}`);

/** A setting read with GET and changed with PUT at the same address, both answering the whole of it. */
export interface SettingsResource<T> {
  path: string;
  schema: z.ZodMiniType<T>;
}

const resource = <T>(path: string, schema: z.ZodMiniType<T>): SettingsResource<T> => ({ path, schema });

/** `GET|PUT` settings (README: Admin API). */
export const SETTINGS = {
  badgeReader: resource('/badge-reader', badgeReaderSchema),
  policies: resource('/policies', policiesSchema),
  prices: resource('/prices', priceListSchema),
  quotaDefinitions: resource('/quota-definitions', quotaDefinitionsSchema),
  quotaAssignments: resource('/quota-assignments', quotaAssignmentsSchema),
  quotaPolicy: resource('/quota-policy', quotaPolicySchema),
} as const;

/** `GET|PUT /api/admin/printers/:name/panel`: language, home button label, its own badge reader. */
export const printerPanel = (printer: string) =>
  resource(`/printers/${p(printer)}/panel`, printerPanelSettingsSchema);

export type ImportKind = 'users' | 'badges';

/**
 * `POST /api/admin/{users,badges}/import` (text/csv): the report comes with 200, or 422 when bad lines
 * kept an all-or-nothing import (or its check) from applying.
 */
export const importCsv = async (
  api: ApiClient,
  kind: ImportKind,
  csv: string,
  o: { dryRun: boolean; mode: ImportMode },
) =>
  (
    await api.request(
      `/${kind}/import?${new URLSearchParams({ mode: o.mode, dryRun: o.dryRun ? '1' : '0' })}`,
      {
        method: 'POST',
        body: csv,
        type: 'text/csv; charset=utf-8',
        schema: importReportSchema,
        answerOn: [422],
      },
    )
  ).data;

/** Whole days (YYYY-MM-DD) in the quota time zone, both included; either may be left out. */
export interface DayRange {
  from?: string | undefined;
  to?: string | undefined;
}

const query = (params: Record<string, string | undefined>): string => {
  const q = new URLSearchParams(
    Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''),
  ).toString();
  return q ? `?${q}` : '';
};

const historyListSchema = z.array(historyEntrySchema);
const reportSchema = z.array(reportRowSchema);

export interface HistoryQuery extends DayRange {
  kind?: string | undefined;
}

/** `GET /api/admin/history?from=&to=&kind=&limit=&offset=`: newest first. */
export const getHistory = (
  api: ApiClient,
  q: HistoryQuery & { limit: number; offset: number },
  signal?: AbortSignal,
) =>
  api.get(
    `/history${query({ from: q.from, to: q.to, kind: q.kind, limit: String(q.limit), offset: String(q.offset) })}`,
    historyListSchema,
    signal,
  );

/** The same rows as CSV (UTF-8 with a BOM), every one of the range. */
export const getHistoryCsv = (api: ApiClient, q: HistoryQuery) =>
  api.blob(`/history${query({ from: q.from, to: q.to, kind: q.kind })}`, 'text/csv');

/** `GET /api/admin/reports/:dimension?from=&to=` */
export const getReport = (api: ApiClient, dimension: string, range: DayRange, signal?: AbortSignal) =>
  api.get(`/reports/${p(dimension)}${query({ from: range.from, to: range.to })}`, reportSchema, signal);

export const getReportCsv = (api: ApiClient, dimension: string, range: DayRange) =>
  api.blob(`/reports/${p(dimension)}${query({ from: range.from, to: range.to })}`, 'text/csv');

/** `GET /api/admin/audit?limit=&before=`: newest first (administrators only). */
export const getAudit = (api: ApiClient, before: number | null, signal?: AbortSignal) =>
  api.get(
    `/audit${query({ limit: '50', before: before === null ? undefined : String(before) })}`,
    auditPageSchema,
    signal,
  );
