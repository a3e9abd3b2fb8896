import { printerRecordSchema, testPageResultSchema, type UpdatePrinterBody } from '@quire/protocol';
import type { ApiClient } from '../../lib/api-client';

/**
 * One printer's endpoints beyond adding it (release-server/src/admin/printers-admin.ts), each answer
 * parsed with its protocol schema. The list is `getPrinters` (lib/admin-api.ts).
 */

const at = (printer: string) => `/printers/${encodeURIComponent(printer)}`;

/** `PUT /printers/:name`: a new URI; the server reads the capabilities there before it saves anything. */
export const updatePrinter = (api: ApiClient, printer: string, body: UpdatePrinterBody) =>
  api.send('PUT', at(printer), printerRecordSchema, body);

/** `POST /printers/:name/test-page`: the printer's job id, or its refusal in words. */
export const printTestPage = (api: ApiClient, printer: string) =>
  api.send('POST', `${at(printer)}/test-page`, testPageResultSchema);

/** `DELETE /printers/:name` (204); 409 while a job is being released to it. */
export const removePrinter = (api: ApiClient, printer: string) =>
  api.request(at(printer), { method: 'DELETE' });
