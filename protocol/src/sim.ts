import * as z from 'zod/mini';
import { PRINTER_STATES } from './printer';
import { COLOR_MODES, SIDES } from './settings';

/**
 * A document as it arrived in a simulated printer's output tray, with the job template attributes the
 * printer received. The kiosk shows these; tests compare them with what the panel asked for.
 */
export const trayEntrySchema = z.object({
  printer: z.string(),
  printerJobId: z.int(),
  name: z.string(),
  user: z.string(),
  receivedAt: z.string(),
  copies: z.int(),
  sides: z.enum(SIDES),
  colorMode: z.enum(COLOR_MODES),
  finishings: z.array(z.int()),
  media: z.nullable(z.string()),
  numberUp: z.int(),
  format: z.string(),
  size: z.int(),
  sha256: z.string(),
});
export type TrayEntry = z.infer<typeof trayEntrySchema>;

/** Faults a simulated printer can be told to have (issue: kiosk simulator). */
export const PRINTER_FAULTS = ['jam', 'offline', 'no-paper', 'toner-empty', 'door-open'] as const;
export type PrinterFault = (typeof PRINTER_FAULTS)[number];

/* The contract between the kiosk page and the simulator routes (`/sim/api/*`); both ends parse with these. */

/** `POST /sim/api/printers/:name/faults` */
export const faultBodySchema = z.strictObject({
  fault: z.enum(PRINTER_FAULTS),
  active: z.boolean(),
});
export type FaultBody = z.infer<typeof faultBodySchema>;

/** What a simulated printer can do, in a few words for the kiosk. */
export const simCapabilitiesSchema = z.object({
  makeAndModel: z.string(),
  location: z.string(),
  color: z.boolean(),
  duplex: z.boolean(),
  /** `finishings-supported` without 3 (`none`). */
  finishings: z.array(z.int()),
  copiesMax: z.int(),
  media: z.array(z.string()),
  documentFormats: z.array(z.string()),
});
export type SimCapabilities = z.infer<typeof simCapabilitiesSchema>;

/** One element of `GET /sim/api/printers`; also the answer to a fault change. */
export const simPrinterViewSchema = z.object({
  name: z.string(),
  /** The printer's own IPP URI (the release server sends released jobs there). */
  uri: z.string(),
  state: z.enum(PRINTER_STATES),
  /** `printer-state-reasons`, without `none`. */
  reasons: z.array(z.string()),
  acceptingJobs: z.boolean(),
  faults: z.array(z.enum(PRINTER_FAULTS)),
  capabilities: simCapabilitiesSchema,
  /** Newest first. */
  tray: z.array(trayEntrySchema),
});
export type SimPrinterView = z.infer<typeof simPrinterViewSchema>;

export const simPrintersSchema = z.array(simPrinterViewSchema);

/** One element of `GET /sim/api/demo`: a demo user and the badge the virtual reader types. */
export const demoUserViewSchema = z.object({
  email: z.string(),
  shortname: z.string(),
  displayName: z.string(),
  badge: z.string(),
});
export type DemoUserView = z.infer<typeof demoUserViewSchema>;

export const demoUsersSchema = z.array(demoUserViewSchema);
