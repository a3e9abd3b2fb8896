import { fleetDetailSchema, fleetStatusSchema, printerRecordSchema } from '@quire/protocol';
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
