import { z } from 'zod';
import { COLOR_MODES, SIDES } from './settings';

/**
 * A document as it arrived in a simulated printer's output tray, with the job template attributes the
 * printer received. The kiosk shows these; tests compare them with what the panel asked for.
 */
export const trayEntrySchema = z.object({
  printer: z.string(),
  printerJobId: z.number().int(),
  name: z.string(),
  user: z.string(),
  receivedAt: z.string(),
  copies: z.number().int(),
  sides: z.enum(SIDES),
  colorMode: z.enum(COLOR_MODES),
  finishings: z.array(z.number().int()),
  media: z.string().nullable(),
  numberUp: z.number().int(),
  format: z.string(),
  size: z.number().int(),
  sha256: z.string(),
});
export type TrayEntry = z.infer<typeof trayEntrySchema>;

/** Faults a simulated printer can be told to have (issue: kiosk simulator). */
export const PRINTER_FAULTS = ['jam', 'offline', 'no-paper', 'toner-empty', 'door-open'] as const;
export type PrinterFault = (typeof PRINTER_FAULTS)[number];
