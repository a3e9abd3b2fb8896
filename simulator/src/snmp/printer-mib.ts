import type { PrinterFault } from '@quire/protocol';
import { DEVICE_STATUS, ERROR_BIT, GROUP, PRINTER_STATUS, SEVERITY, TRAINING } from './oids';

/** The supplies a simulated printer has: one toner per colorant, a waste toner box and a drum. */
export const SUPPLY_KEYS = ['black', 'cyan', 'magenta', 'yellow', 'waste', 'drum'] as const;
export type SupplyKey = (typeof SUPPLY_KEYS)[number];

/** One prtMarkerSuppliesEntry (RFC 3805), in impressions (prtMarkerSuppliesSupplyUnit 7). */
export interface SimSupply {
  key: SupplyKey;
  index: number;
  description: string;
  /** 3 consumed, 4 receptacle (its level is the space left). */
  classCode: 3 | 4;
  /** 3 toner, 4 wasteToner, 9 opc. */
  typeCode: 3 | 4 | 9;
  /** prtMarkerColorantIndex, 0 for none. */
  colorantIndex: number;
  max: number;
  level: number;
  /** Which impressions use it: every one, or colour ones only. */
  usedBy: 'all' | 'color';
}

/** One prtAlertEntry (RFC 3805). */
export interface SimAlert {
  index: number;
  severity: number;
  training: number;
  group: number;
  groupIndex: number;
  location: number;
  code: number;
  description: string;
  /** sysUpTime when raised, in hundredths of a second. */
  time: number;
}

type Condition = Omit<SimAlert, 'index' | 'time' | 'location'> & { key: string; bits: number[] };

const CAPACITY: Readonly<Record<SupplyKey, number>> = {
  black: 10_000,
  cyan: 6_000,
  magenta: 6_000,
  yellow: 6_000,
  waste: 40_000,
  drum: 50_000,
};
const DESCRIPTION: Readonly<Record<SupplyKey, string>> = {
  black: 'Black Toner Cartridge',
  cyan: 'Cyan Toner Cartridge',
  magenta: 'Magenta Toner Cartridge',
  yellow: 'Yellow Toner Cartridge',
  waste: 'Waste Toner Box',
  drum: 'Imaging Drum',
};
export const COLORANTS = ['black', 'cyan', 'magenta', 'yellow'] as const;

/** What each fault shows over SNMP: its error bit (RFC 2790) and its alert (RFC 3805 PrtAlertCodeTC). */
const FAULTS: Readonly<Record<PrinterFault, Omit<Condition, 'key'>>> = {
  jam: {
    bits: [ERROR_BIT.jammed],
    severity: SEVERITY.critical,
    training: TRAINING.untrained,
    group: GROUP.mediaPath,
    groupIndex: 1,
    code: 8,
    description: 'Paper jam',
  },
  offline: {
    bits: [ERROR_BIT.offline],
    severity: SEVERITY.critical,
    training: TRAINING.untrained,
    group: GROUP.generalPrinter,
    groupIndex: 1,
    code: 22,
    description: 'Printer offline',
  },
  'no-paper': {
    bits: [ERROR_BIT.noPaper],
    severity: SEVERITY.critical,
    training: TRAINING.untrained,
    group: GROUP.input,
    groupIndex: 1,
    code: 808,
    description: 'Tray 1 empty',
  },
  'toner-empty': {
    bits: [ERROR_BIT.noToner],
    severity: SEVERITY.critical,
    training: TRAINING.untrained,
    group: GROUP.markerSupplies,
    groupIndex: 1,
    code: 1101,
    description: 'Toner empty',
  },
  'door-open': {
    bits: [ERROR_BIT.doorOpen],
    severity: SEVERITY.critical,
    training: TRAINING.untrained,
    group: GROUP.cover,
    groupIndex: 1,
    code: 3,
    description: 'Front door open',
  },
};

export interface MibModelOptions {
  color: boolean;
  /** Starting prtMarkerLifeCount. */
  lifeCount: number;
  /** Starting level of each supply in percent of its capacity; a receptacle's is the space left. */
  levels: Partial<Record<SupplyKey, number>>;
  /** Below this percentage the printer itself says a supply is low (lowToner, an alert). */
  lowPercent: number;
}

const COUNTER32 = 2 ** 32;

/**
 * What the simulated printer's agent serves, without I/O: the life counter, the supplies, the error
 * bits and the alert table, moved by what the printer does (impressions printed, faults set and
 * cleared). Alerts get increasing prtAlertIndex values and leave the table when their cause is gone.
 */
export class PrinterMibModel {
  lifeCount: number;
  readonly supplies: SimSupply[];
  private faults: readonly PrinterFault[] = [];
  private readonly alerts = new Map<string, SimAlert>();
  private nextAlertIndex = 1;
  /** hrDeviceErrors: errors raised since start. */
  errorCount = 0;

  constructor(private readonly options: MibModelOptions) {
    this.lifeCount = options.lifeCount % COUNTER32;
    const keys: SupplyKey[] = options.color ? [...SUPPLY_KEYS] : ['black', 'waste', 'drum'];
    this.supplies = keys.map((key, i) => {
      const toner = (COLORANTS as readonly string[]).includes(key);
      const max = CAPACITY[key];
      return {
        key,
        index: i + 1,
        description: DESCRIPTION[key],
        classCode: key === 'waste' ? 4 : 3,
        typeCode: key === 'waste' ? 4 : key === 'drum' ? 9 : 3,
        colorantIndex: toner ? COLORANTS.indexOf(key as (typeof COLORANTS)[number]) + 1 : 0,
        max,
        level: Math.round((max * (options.levels[key] ?? 100)) / 100),
        usedBy: key === 'cyan' || key === 'magenta' || key === 'yellow' ? 'color' : 'all',
      };
    });
  }

  /** The colorants this printer has (prtMarkerColorantTable). */
  colorants(): readonly string[] {
    return this.options.color ? COLORANTS : ['black'];
  }

  /** Impressions printed: the life counter rises (going round at 2^32) and the supplies they use fall. */
  print(impressions: number, color: boolean): void {
    this.lifeCount = (this.lifeCount + impressions) % COUNTER32;
    for (const s of this.supplies) {
      if (s.usedBy === 'color' && !color) continue;
      s.level = Math.max(0, s.level - impressions);
    }
  }

  setFaults(faults: readonly PrinterFault[]): void {
    this.faults = [...faults];
  }

  setLevel(key: SupplyKey, level: number): void {
    const s = this.supplies.find((x) => x.key === key);
    if (!s) throw new Error(`This printer has no ${key} supply.`);
    s.level = Math.max(0, Math.min(s.max, Math.round(level)));
  }

  /**
   * Brings the alert table in line with the faults and supplies: a new condition gets the next
   * prtAlertIndex and `ticks` as its time; a condition gone takes its row with it. Says what changed.
   */
  reconcile(ticks: number): { added: SimAlert[]; removed: SimAlert[] } {
    const now = this.conditions();
    const wanted = new Set(now.map((c) => c.key));
    const removed: SimAlert[] = [];
    for (const [key, alert] of this.alerts) {
      if (!wanted.has(key)) {
        this.alerts.delete(key);
        removed.push(alert);
      }
    }
    const added: SimAlert[] = [];
    for (const { key, bits: _bits, ...c } of now) {
      if (this.alerts.has(key)) continue;
      const alert: SimAlert = { ...c, index: this.nextAlertIndex++, location: -2, time: ticks };
      this.alerts.set(key, alert);
      added.push(alert);
      if (alert.severity === SEVERITY.critical) this.errorCount++;
    }
    return { added, removed };
  }

  /** The rows of prtAlertTable, by index. */
  alertRows(): SimAlert[] {
    return [...this.alerts.values()].sort((a, b) => a.index - b.index);
  }

  /** hrPrinterDetectedErrorState: two bytes, bit 0 the top bit of the first (RFC 2790). */
  errorState(): Buffer {
    const bytes = Buffer.alloc(2);
    for (const c of this.conditions())
      for (const bit of c.bits) bytes[bit >> 3] = bytes[bit >> 3]! | (0x80 >> (bit & 7));
    return bytes;
  }

  /** hrDeviceStatus: down with any critical condition, warning with only warnings, else running. */
  deviceStatus(): number {
    const conditions = this.conditions();
    if (conditions.some((c) => c.severity === SEVERITY.critical)) return DEVICE_STATUS.down;
    if (conditions.length > 0) return DEVICE_STATUS.warning;
    return DEVICE_STATUS.running;
  }

  /** hrPrinterStatus from the IPP printer-state: stopped is other (with down), processing is printing. */
  printerStatus(ippState: number): number {
    if (ippState === 5) return PRINTER_STATUS.other;
    if (ippState === 4) return PRINTER_STATUS.printing;
    return PRINTER_STATUS.idle;
  }

  private conditions(): Condition[] {
    const out: Condition[] = this.faults.map((f) => ({ key: `fault:${f}`, ...FAULTS[f] }));
    for (const s of this.supplies) {
      const low = s.level > 0 && (s.level / s.max) * 100 < this.options.lowPercent;
      if (s.level > 0 && !low) continue;
      const toner = s.typeCode === 3;
      const empty = s.level === 0;
      const alert = {
        key: `supply:${s.index}:${empty ? 'out' : 'low'}`,
        severity: empty ? SEVERITY.critical : SEVERITY.warning,
        training: TRAINING.untrained,
        group: GROUP.markerSupplies,
        groupIndex: s.index,
      };
      if (toner)
        out.push({
          ...alert,
          bits: [empty ? ERROR_BIT.noToner : ERROR_BIT.lowToner],
          code: empty ? 1101 : 1104,
          description: `${s.description} ${empty ? 'empty' : 'low'}`,
        });
      else if (s.typeCode === 4)
        out.push({
          ...alert,
          bits: empty ? [ERROR_BIT.serviceRequested] : [],
          code: empty ? 1109 : 1107,
          description: `${s.description} ${empty ? 'full' : 'almost full'}`,
        });
      else
        out.push({
          ...alert,
          bits: empty ? [ERROR_BIT.serviceRequested] : [],
          code: empty ? 11 : 10,
          description: `${s.description} ${empty ? 'at end of life' : 'near end of life'}`,
        });
    }
    return out;
  }
}
