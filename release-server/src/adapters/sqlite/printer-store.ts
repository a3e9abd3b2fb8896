import {
  type PrinterCapabilities,
  type PrinterPanelSettings,
  printerCapabilitiesSchema,
  printerPanelSettingsSchema,
} from '@quire/protocol';
import type { Database, Queryable, Transaction } from './database';

export interface PrinterRecordRow {
  id: number;
  name: string;
  uri: string;
  capabilities: PrinterCapabilities;
  panel: PrinterPanelSettings;
  addedAt: number;
  updatedAt: number;
}

interface Row {
  id: number;
  name: string;
  uri: string;
  capabilities: string;
  panel: string | null;
  added_at: number;
  updated_at: number;
}

const toRecord = (r: Row): PrinterRecordRow => ({
  id: r.id,
  name: r.name,
  uri: r.uri,
  capabilities: printerCapabilitiesSchema.parse(JSON.parse(r.capabilities)),
  panel: printerPanelSettingsSchema.parse(r.panel ? JSON.parse(r.panel) : {}),
  addedAt: r.added_at,
  updatedAt: r.updated_at,
});

export class PrinterStore {
  constructor(private readonly db: Database) {}

  async list(): Promise<PrinterRecordRow[]> {
    return (await this.db.all<Row>('SELECT * FROM printers ORDER BY name')).map(toRecord);
  }

  async byName(name: string): Promise<PrinterRecordRow | undefined> {
    const row = await this.db.get<Row>('SELECT * FROM printers WHERE name = ?', [name]);
    return row && toRecord(row);
  }

  async byId(id: number): Promise<PrinterRecordRow | undefined> {
    const row = await this.db.get<Row>('SELECT * FROM printers WHERE id = ?', [id]);
    return row && toRecord(row);
  }

  /** Adds a printer, or updates the URI and capabilities of one with that name; says which. */
  async upsert(
    tx: Transaction,
    p: { name: string; uri: string; capabilities: PrinterCapabilities },
    now = Date.now(),
  ): Promise<'created' | 'updated'> {
    const existing = await tx.get<{ id: number }>('SELECT id FROM printers WHERE name = ?', [p.name]);
    if (existing) {
      await tx.run('UPDATE printers SET uri = ?, capabilities = ?, updated_at = ? WHERE id = ?', [
        p.uri,
        JSON.stringify(p.capabilities),
        now,
        existing.id,
      ]);
      return 'updated';
    }
    await tx.run(
      'INSERT INTO printers (name, uri, capabilities, added_at, updated_at) VALUES (?, ?, ?, ?, ?)',
      [p.name, p.uri, JSON.stringify(p.capabilities), now, now],
    );
    return 'created';
  }

  async updatePanel(tx: Transaction, id: number, panel: PrinterPanelSettings): Promise<void> {
    await tx.run('UPDATE printers SET panel = ?, updated_at = ? WHERE id = ?', [
      JSON.stringify(panel),
      Date.now(),
      id,
    ]);
  }

  /** How many releases to the printer are queued, being sent, or being followed. */
  async releasesUnderWay(q: Queryable, id: number): Promise<number> {
    const row = await q.get<{ n: number }>(
      "SELECT count(*) AS n FROM releases WHERE printer_id = ? AND state IN ('queued', 'sending', 'sent')",
      [id],
    );
    return row?.n ?? 0;
  }

  /**
   * Removes a printer with no release under way. Its finished releases stay, naming it by name (their
   * printer id becomes NULL, migration 010); charges and the accounting history never referred to it by
   * id, so reports still count its jobs under its name. Its SNMP settings, readings and alerts go with it
   * (ON DELETE CASCADE). Held jobs are not tied to printers.
   */
  async remove(tx: Transaction, id: number): Promise<void> {
    await tx.run('DELETE FROM printers WHERE id = ?', [id]);
  }

  async updateCapabilities(tx: Transaction, id: number, capabilities: PrinterCapabilities): Promise<void> {
    await tx.run('UPDATE printers SET capabilities = ?, updated_at = ? WHERE id = ?', [
      JSON.stringify(capabilities),
      Date.now(),
      id,
    ]);
  }
}
