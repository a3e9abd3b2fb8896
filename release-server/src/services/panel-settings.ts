import {
  AppError,
  type BadgeReaderConfig,
  badgeReaderSchema,
  type Policies,
  type PrinterPanelSettings,
  policiesSchema,
  printerPanelSettingsSchema,
} from '@quire/protocol';
import type { Database } from '../adapters/sqlite/database';
import type { PrinterRecordRow, PrinterStore } from '../adapters/sqlite/printer-store';
import type { SettingsStore } from '../adapters/sqlite/settings-store';

const POLICIES = 'policies';
const BADGE_READER = 'badge-reader';

/** What a panel is told in `welcome` about how to behave. */
export interface PanelSetup {
  language: PrinterPanelSettings['language'];
  homeLabel: string;
  badgeReader: BadgeReaderConfig;
  policies: Policies;
}

/** Company policies, the server-wide badge reader, and each printer's panel settings. */
export class PanelSettingsService {
  constructor(private readonly d: { db: Database; settings: SettingsStore; printers: PrinterStore }) {}

  policies(): Promise<Policies> {
    return this.d.settings.get(POLICIES, policiesSchema);
  }

  /** Changes some policies; the others keep their values. */
  async updatePolicies(patch: unknown): Promise<Policies> {
    const current = await this.policies();
    return this.d.db.transaction((tx) =>
      this.d.settings.set(tx, POLICIES, policiesSchema, { ...current, ...object(patch) }),
    );
  }

  badgeReader(): Promise<BadgeReaderConfig> {
    return this.d.settings.get(BADGE_READER, badgeReaderSchema);
  }

  async updateBadgeReader(patch: unknown): Promise<BadgeReaderConfig> {
    const next = badgeReaderSchema.parse({ ...(await this.badgeReader()), ...object(patch) });
    checkPattern(next);
    return this.d.db.transaction((tx) => this.d.settings.set(tx, BADGE_READER, badgeReaderSchema, next));
  }

  async updatePrinterPanel(printer: PrinterRecordRow, patch: unknown): Promise<PrinterPanelSettings> {
    const next = printerPanelSettingsSchema.parse({ ...printer.panel, ...object(patch) });
    if (next.badgeReader) checkPattern(next.badgeReader);
    await this.d.db.transaction((tx) => this.d.printers.updatePanel(tx, printer.id, next));
    return next;
  }

  /** The panel of `printer` as its panel should behave: its own badge reader, or the server-wide one. */
  async setupFor(printer: PrinterRecordRow): Promise<PanelSetup> {
    const [policies, badgeReader] = await Promise.all([this.policies(), this.badgeReader()]);
    return {
      language: printer.panel.language,
      homeLabel: printer.panel.homeLabel,
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
