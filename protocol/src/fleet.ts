import * as z from 'zod/mini';
import { printerNameSchema } from './printer';

/**
 * Fleet monitoring over SNMP (PRODUCT.md §11, issue 6): the admin API's requests and answers.
 * Facts: STANDARDS.md §2 (RFC 2790 Host Resources MIB, RFC 3805 Printer MIB, RFC 3414 USM).
 */

/**
 * `hrPrinterDetectedErrorState` bits in bit order (RFC 2790 §6): bit 0 is the most significant bit of
 * the first byte, so `jammed` (bit 5) is 0x04 in byte 0 and `inputTrayMissing` (bit 8) is 0x80 in byte 1.
 */
export const PRINTER_ERROR_FLAGS = [
  'lowPaper',
  'noPaper',
  'lowToner',
  'noToner',
  'doorOpen',
  'jammed',
  'offline',
  'serviceRequested',
  'inputTrayMissing',
  'outputTrayMissing',
  'markerSupplyMissing',
  'outputNearFull',
  'outputFull',
  'inputTrayEmpty',
  'overduePreventMaint',
] as const;
export type PrinterErrorFlag = (typeof PRINTER_ERROR_FLAGS)[number];

/** A printer at a glance: `unknown` until a poll has answered (never polled, no SNMP, unreachable). */
export const FLEET_STATES = ['ok', 'warning', 'error', 'unknown'] as const;
export type FleetState = (typeof FLEET_STATES)[number];

/** `hrDeviceStatus` 1-5 (RFC 2790). */
export const DEVICE_STATUSES = ['unknown', 'running', 'warning', 'testing', 'down'] as const;
export type DeviceStatus = (typeof DEVICE_STATUSES)[number];

/** `hrPrinterStatus` 1-5 (RFC 2790). */
export const HR_PRINTER_STATUSES = ['other', 'unknown', 'idle', 'printing', 'warmup'] as const;
export type HrPrinterStatus = (typeof HR_PRINTER_STATUSES)[number];

/** `prtAlertSeverityLevel` (RFC 3805): 3 critical, 4 and 5 warning, anything else other. */
export const ALERT_SEVERITIES = ['critical', 'warning', 'other'] as const;
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];

/** `prtMarkerSuppliesClass` (RFC 3805): 3 consumed, 4 receptacle (its level is the space left). */
export const SUPPLY_CLASSES = ['consumed', 'receptacle', 'other'] as const;
export type SupplyClass = (typeof SUPPLY_CLASSES)[number];

/**
 * How a supply stands. A consumed supply is `low` under the threshold and `empty` at 0; a receptacle is
 * `nearly-full` when less than the threshold of its space is left and `full` when none is.
 */
export const SUPPLY_CONDITIONS = ['ok', 'low', 'empty', 'nearly-full', 'full', 'unknown'] as const;
export type SupplyCondition = (typeof SUPPLY_CONDITIONS)[number];

/** `prtMarkerCounterUnit`: 7 impressions, 8 sheets (RFC 3805); others are reported as `other`. */
export const COUNTER_UNITS = ['impressions', 'sheets', 'other'] as const;
export type CounterUnit = (typeof COUNTER_UNITS)[number];

/**
 * What a meter reading means next to the one before (PRODUCT.md §11: meter readings only go up):
 * `first` (nothing before), `normal`, `wrap` (the 32-bit counter went round), `reset` (lower than
 * before) or `serial-change` (another device answers). `reset` and `serial-change` are flagged and
 * count no usage.
 */
export const METER_EVENTS = ['first', 'normal', 'wrap', 'reset', 'serial-change'] as const;
export type MeterEvent = (typeof METER_EVENTS)[number];

/** Why a poll got no reading. */
export const POLL_ERROR_KINDS = [
  'timeout',
  'wrong-password',
  'unknown-user',
  'security-level',
  'not-a-printer',
  'protocol',
  'network',
] as const;
export type PollErrorKind = (typeof POLL_ERROR_KINDS)[number];

export const SNMP_AUTH_PROTOCOLS = ['md5', 'sha', 'sha224', 'sha256', 'sha384', 'sha512'] as const;
export type SnmpAuthProtocol = (typeof SNMP_AUTH_PROTOCOLS)[number];
/** AES-256 is not standard: `aes256b` (Blumenthal) and `aes256r` (Reeder, Cisco's) localise keys differently. */
export const SNMP_PRIV_PROTOCOLS = ['des', 'aes', 'aes256b', 'aes256r'] as const;
export type SnmpPrivProtocol = (typeof SNMP_PRIV_PROTOCOLS)[number];
export const SNMP_SECURITY_LEVELS = ['noAuthNoPriv', 'authNoPriv', 'authPriv'] as const;
export type SnmpSecurityLevel = (typeof SNMP_SECURITY_LEVELS)[number];

const hostSchema = z
  .string()
  .check(z.regex(/^[A-Za-z0-9.-]{1,253}$|^[0-9A-Fa-f:.]{2,45}$/, 'a host name or an IP address'));
/** USM passwords: RFC 3414 §11.2 wants at least 8 characters. */
const usmPassword = z.string().check(z.minLength(8), z.maxLength(128));

const commonSettings = {
  /** Poll this printer. @default true */
  enabled: z._default(z.boolean(), true),
  /** Where the agent listens; null takes the host of the printer's IPP URI. @default null */
  host: z._default(z.nullable(hostSchema), null),
  /** @default 161 */
  port: z._default(z.int().check(z.gte(1), z.lte(65535)), 161),
};

/**
 * `PUT /api/admin/printers/:printer/snmp`. Secrets (community, passwords) may be left out to keep the
 * ones already stored; they are never sent back.
 */
export const snmpSettingsBodySchema = z.discriminatedUnion('version', [
  z.strictObject({
    ...commonSettings,
    version: z.enum(['1', '2c']),
    community: z.optional(z.string().check(z.minLength(1), z.maxLength(128))),
  }),
  z.strictObject({
    ...commonSettings,
    version: z.literal('3'),
    user: z.string().check(z.minLength(1), z.maxLength(32)),
    /** @default authPriv */
    level: z._default(z.enum(SNMP_SECURITY_LEVELS), 'authPriv'),
    /** @default sha */
    authProtocol: z._default(z.enum(SNMP_AUTH_PROTOCOLS), 'sha'),
    authPassword: z.optional(usmPassword),
    /** @default aes */
    privProtocol: z._default(z.enum(SNMP_PRIV_PROTOCOLS), 'aes'),
    privPassword: z.optional(usmPassword),
  }),
]);
export type SnmpSettingsBody = z.infer<typeof snmpSettingsBodySchema>;

/** A printer's SNMP settings as the admin API shows them: which secrets are set, never their values. */
export const snmpSettingsViewSchema = z.object({
  printer: printerNameSchema,
  enabled: z.boolean(),
  version: z.enum(['1', '2c', '3']),
  host: z.nullable(z.string()),
  port: z.int(),
  communitySet: z.boolean(),
  user: z.nullable(z.string()),
  level: z.nullable(z.enum(SNMP_SECURITY_LEVELS)),
  authProtocol: z.nullable(z.enum(SNMP_AUTH_PROTOCOLS)),
  authPasswordSet: z.boolean(),
  privProtocol: z.nullable(z.enum(SNMP_PRIV_PROTOCOLS)),
  privPasswordSet: z.boolean(),
  updatedAt: z.string(),
});
export type SnmpSettingsView = z.infer<typeof snmpSettingsViewSchema>;

/** One `prtMarkerSuppliesEntry`, decoded. */
export const fleetSupplySchema = z.object({
  index: z.int(),
  description: z.string(),
  class: z.enum(SUPPLY_CLASSES),
  /** `prtMarkerSuppliesType` as a word (`toner`, `wasteToner`, `opc`, ...), `other` when unknown. */
  type: z.string(),
  /** The colorant's name (`black`, `cyan`, ...) when the supply has one. */
  colorant: z.nullable(z.string()),
  /** `prtMarkerSuppliesLevel`: -1 other, -2 unknown, -3 some remaining; for a receptacle, space left. */
  level: z.int(),
  /** `prtMarkerSuppliesMaxCapacity`: -1 no limit, -2 unknown. */
  max: z.int(),
  /**
   * 0-100, only when max > 0 and level >= 0: what is left of a consumed supply; how full a receptacle
   * is (its level inverted). null when the printer does not say.
   */
  percent: z.nullable(z.number()),
  condition: z.enum(SUPPLY_CONDITIONS),
});
export type FleetSupply = z.infer<typeof fleetSupplySchema>;

/** An alert the printer raised (`prtAlertTable`) or Quire raised for a supply under the threshold. */
export const fleetAlertSchema = z.object({
  id: z.int(),
  source: z.enum(['printer', 'supply']),
  /** `prtAlertIndex` for a printer alert; the supply's index for a supply alert. */
  index: z.int(),
  severity: z.enum(ALERT_SEVERITIES),
  /** `prtAlertCode` (RFC 3805 PrtAlertCodeTC), e.g. 8 jam, 1104 markerTonerAlmostEmpty. */
  code: z.int(),
  description: z.string(),
  raisedAt: z.string(),
  clearedAt: z.nullable(z.string()),
});
export type FleetAlert = z.infer<typeof fleetAlertSchema>;

export const pollErrorSchema = z.object({ kind: z.enum(POLL_ERROR_KINDS), message: z.string() });
export type PollError = z.infer<typeof pollErrorSchema>;

/** A printer's latest state: `GET /api/admin/fleet` lists these, the panel and release read them. */
export const fleetStatusSchema = z.object({
  printer: printerNameSchema,
  /** `off` when the printer has no SNMP settings or they are disabled. */
  monitoring: z.enum(['on', 'off']),
  /** Whether the last poll got an answer; null before the first poll. */
  reachable: z.nullable(z.boolean()),
  state: z.enum(FLEET_STATES),
  /** The printer's error in words ("paper jam, door open"), null when there is none. */
  error: z.nullable(z.string()),
  flags: z.array(z.enum(PRINTER_ERROR_FLAGS)),
  deviceStatus: z.nullable(z.enum(DEVICE_STATUSES)),
  printerStatus: z.nullable(z.enum(HR_PRINTER_STATUSES)),
  model: z.nullable(z.string()),
  serial: z.nullable(z.string()),
  sysName: z.nullable(z.string()),
  location: z.nullable(z.string()),
  /** `prtMarkerLifeCount` of the first marker. */
  pageCount: z.nullable(z.number()),
  counterUnit: z.nullable(z.enum(COUNTER_UNITS)),
  meterEvent: z.nullable(z.enum(METER_EVENTS)),
  supplies: z.array(fleetSupplySchema),
  /** Alerts raised and not yet cleared, oldest first. */
  alerts: z.array(fleetAlertSchema),
  /** When the values above were read (the last poll that answered). */
  lastReadingAt: z.nullable(z.string()),
  lastPollAt: z.nullable(z.string()),
  /** Why the last poll got no answer, null when it did. */
  pollError: z.nullable(pollErrorSchema),
});
export type FleetStatus = z.infer<typeof fleetStatusSchema>;

/** One stored poll of one printer. */
export const fleetReadingSchema = z.object({
  at: z.string(),
  reachable: z.boolean(),
  state: z.enum(FLEET_STATES),
  pollError: z.nullable(pollErrorSchema),
  serial: z.nullable(z.string()),
  pageCount: z.nullable(z.number()),
  /** Impressions (or sheets) since the reading before; null for `first`, `reset`, `serial-change`. */
  usage: z.nullable(z.number()),
  meterEvent: z.nullable(z.enum(METER_EVENTS)),
  supplies: z.array(z.object({ index: z.int(), description: z.string(), percent: z.nullable(z.number()) })),
});
export type FleetReading = z.infer<typeof fleetReadingSchema>;

/** `GET /api/admin/fleet/:printer`: the latest state, the alert history and the readings over time. */
export const fleetDetailSchema = z.extend(fleetStatusSchema, {
  history: z.array(fleetAlertSchema),
  readings: z.array(fleetReadingSchema),
});
export type FleetDetail = z.infer<typeof fleetDetailSchema>;

/** `?state=` of `GET /api/admin/fleet`. */
export const fleetFilterSchema = z.enum(FLEET_STATES);
