import type { PrinterFault } from '@quire/protocol';
import {
  type DemoUserView,
  demoUsersSchema,
  type SimPrinterView,
  simPrintersSchema,
  simPrinterViewSchema,
} from '@quire/protocol';

/** Calls to the simulator routes (`/sim/api/*` on the same origin); answers are parsed, never trusted. */
async function call<T>(url: string, parse: (body: unknown) => T, init?: RequestInit): Promise<T> {
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(5000) });
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const message = (body as { message?: unknown } | null)?.message;
    throw new Error(typeof message === 'string' ? message : `HTTP ${res.status} from ${url}`);
  }
  return parse(body);
}

export const fetchPrinters = (): Promise<SimPrinterView[]> =>
  call('/sim/api/printers', (b) => simPrintersSchema.parse(b));

export const fetchDemoUsers = (): Promise<DemoUserView[]> =>
  call('/sim/api/demo', (b) => demoUsersSchema.parse(b));

export const setFault = (printer: string, fault: PrinterFault, active: boolean): Promise<SimPrinterView> =>
  call(`/sim/api/printers/${encodeURIComponent(printer)}/faults`, (b) => simPrinterViewSchema.parse(b), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ fault, active }),
  });

export const documentUrl = (printer: string, printerJobId: number): string =>
  `/sim/api/printers/${encodeURIComponent(printer)}/tray/${printerJobId}`;
