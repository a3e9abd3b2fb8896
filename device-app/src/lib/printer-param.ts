import { printerNameSchema } from '@quire/protocol';

export type PrinterParam =
  | { ok: true; name: string }
  | { ok: false; reason: 'missing' }
  | { ok: false; reason: 'invalid'; raw: string };

/** The printer this panel belongs to, from `/panel/?printer=<name>` (the release server's panel URL). */
export function printerFromQuery(search: string): PrinterParam {
  const raw = new URLSearchParams(search).get('printer')?.trim() ?? '';
  if (raw === '') return { ok: false, reason: 'missing' };
  return printerNameSchema.safeParse(raw).success
    ? { ok: true, name: raw }
    : { ok: false, reason: 'invalid', raw };
}
