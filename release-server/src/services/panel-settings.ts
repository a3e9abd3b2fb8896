import {
  AppError,
  type BadgeReaderConfig,
  badgeReaderSchema,
  type PanelSetup,
  type Policies,
  type PrinterPanelSettings,
  policiesSchema,
  printerPanelSettingsSchema,
} from '@quire/protocol';
import type { Database, Transaction } from '../adapters/sqlite/database';
import type { PrinterRecordRow, PrinterStore } from '../adapters/sqlite/printer-store';
import type { SettingsStore } from '../adapters/sqlite/settings-store';

const POLICIES = 'policies';
const BADGE_READER = 'badge-reader';

/** Company policies, the server-wide badge reader, and each printer's panel settings. */
export class PanelSettingsService {
  private readonly listeners = new Set<(printerName: string | null) => void>();

  constructor(private readonly d: { db: Database; settings: SettingsStore; printers: PrinterStore }) {}

  /**
   * Calls `listener` after every change, with the printer it concerns or null for a server-wide one,
   * so connected panels apply it at once; returns the function that stops it.
   */
  onChange(listener: (printerName: string | null) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(printerName: string | null): void {
    for (const listener of this.listeners) listener(printerName);
  }

  policies(): Promise<Policies> {
    return this.d.settings.get(POLICIES, policiesSchema);
  }

  /** Changes some policies; the others keep their values. */
  async updatePolicies(patch: unknown): Promise<Policies> {
    const current = await this.policies();
    const next = await this.d.db.transaction((tx) =>
      this.d.settings.set(tx, POLICIES, policiesSchema, { ...current, ...object(patch) }),
    );
    this.changed(null);
    return next;
  }

  badgeReader(): Promise<BadgeReaderConfig> {
    return this.d.settings.get(BADGE_READER, badgeReaderSchema);
  }

  async updateBadgeReader(patch: unknown): Promise<BadgeReaderConfig> {
    const next = badgeReaderSchema.parse({ ...(await this.badgeReader()), ...object(patch) });
    checkPattern(next);
    await this.d.db.transaction((tx) => this.d.settings.set(tx, BADGE_READER, badgeReaderSchema, next));
    this.changed(null);
    return next;
  }

  async updatePrinterPanel(printer: PrinterRecordRow, patch: unknown): Promise<PrinterPanelSettings> {
    const next = printerPanelSettingsSchema.parse({ ...printer.panel, ...object(patch) });
    if (next.badgeReader) checkPattern(next.badgeReader);
    await this.d.db.transaction((tx) => this.d.printers.updatePanel(tx, printer.id, next));
    this.changed(printer.name);
    return next;
  }

  /**
   * Writes the policies and the badge reader inside the caller's transaction (the configuration import);
   * call {@link announce} once it has committed.
   */
  async write(tx: Transaction, v: { policies: Policies; badgeReader: BadgeReaderConfig }): Promise<void> {
    checkPattern(v.badgeReader);
    await this.d.settings.set(tx, POLICIES, policiesSchema, v.policies);
    await this.d.settings.set(tx, BADGE_READER, badgeReaderSchema, v.badgeReader);
  }

  /** Tells every connected panel that its setup may have changed. */
  announce(): void {
    this.changed(null);
  }

  /** The panel of `printer` as its panel should behave: its own badge reader, or the server-wide one. */
  async setupFor(printer: PrinterRecordRow): Promise<PanelSetup> {
    const [policies, badgeReader, fresh] = await Promise.all([
      this.policies(),
      this.badgeReader(),
      this.d.printers.byName(printer.name),
    ]);
    printer = fresh ?? printer;
    return {
      language: printer.panel.language,
      homeLabel: printer.panel.homeLabel,
      homeIcon: printer.panel.homeIcon,
      badgeReader: printer.panel.badgeReader ?? badgeReader,
      policies,
    };
  }
}

function object(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new AppError('bad-request', 'The body must be a JSON object.');
  }
  return value as Record<string, unknown>;
}

/** A badge pattern is a regular expression typed by an administrator: refuse one that does not compile. */
function checkPattern(config: BadgeReaderConfig): void {
  if (config.pattern === null) return;
  try {
    new RegExp(config.pattern);
  } catch (error) {
    throw new AppError(
      'bad-request',
      `pattern is not a valid regular expression: ${(error as Error).message}`,
    );
  }
}
