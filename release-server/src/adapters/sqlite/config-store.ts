import {
  type PrinterCapabilities,
  type PrinterPanelSettings,
  printerCapabilitiesSchema,
  printerPanelSettingsSchema,
} from '@quire/protocol';
import type { StoredSnmpSettings } from '../../domain/fleet';
import type { Queryable, Transaction } from './database';

/** A printer with everything the configuration file holds of it, secrets included (they stay here). */
export interface ConfiguredPrinter {
  id: number;
  name: string;
  uri: string;
  capabilities: PrinterCapabilities;
  panel: PrinterPanelSettings;
  snmp: StoredSnmpSettings | null;
}

interface Row {
  id: number;
  name: string;
  uri: string;
  capabilities: string;
  panel: string | null;
  snmp: string | null;
}

/**
 * The printer side of the configuration export and import, read through whatever `q` is: the import
 * reads inside its own write transaction, so that what it checks is what it changes.
 */
export class ConfigStore {
  async printers(q: Queryable): Promise<ConfiguredPrinter[]> {
    const rows = await q.all<Row>(
      `SELECT p.id, p.name, p.uri, p.capabilities, p.panel, s.settings AS snmp
       FROM printers p LEFT JOIN printer_snmp s ON s.printer_id = p.id ORDER BY p.name`,
    );
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      uri: r.uri,
      capabilities: printerCapabilitiesSchema.parse(JSON.parse(r.capabilities)),
      panel: printerPanelSettingsSchema.parse(r.panel ? JSON.parse(r.panel) : {}),
      snmp: r.snmp ? (JSON.parse(r.snmp) as StoredSnmpSettings) : null,
    }));
  }

  async idOf(q: Queryable, name: string): Promise<number | undefined> {
    return (await q.get<{ id: number }>('SELECT id FROM printers WHERE name = ?', [name]))?.id;
  }

  /** The same name spelt another way (names compare without regard to case). */
  async respell(tx: Transaction, id: number, name: string): Promise<void> {
    await tx.run('UPDATE printers SET name = ? WHERE id = ?', [name, id]);
  }

  async clearSnmp(tx: Transaction, printerId: number): Promise<void> {
    await tx.run('DELETE FROM printer_snmp WHERE printer_id = ?', [printerId]);
  }
}
