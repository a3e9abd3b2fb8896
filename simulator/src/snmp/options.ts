import { z } from 'zod';
import { SUPPLY_KEYS } from './printer-mib';

/**
 * One simulated printer's SNMP agent, with every default in one place. Values come from code (the
 * demo, tests) and are checked so that a typo fails at start.
 */
export const snmpAgentOptionsSchema = z
  .object({
    /** Address to listen on. @default 127.0.0.1 */
    host: z.string().min(1).default('127.0.0.1'),
    /** UDP port; 0 picks a free one. @default 0 */
    port: z.number().int().min(0).max(65535).default(0),
    /** SNMPv1/v2c community (read-only); null turns v1 and v2c off. @default public */
    community: z.string().min(1).max(64).nullable().default('public'),
    /** An SNMPv3 user (RFC 3414), authPriv. Passwords: at least 8 characters (RFC 3414 §11.2). */
    v3: z
      .object({
        user: z.string().min(1).max(32),
        /** @default sha */
        authProtocol: z.enum(['md5', 'sha', 'sha224', 'sha256', 'sha384', 'sha512']).default('sha'),
        authPassword: z.string().min(8),
        /** @default aes (AES-128, RFC 3826) */
        privProtocol: z.enum(['des', 'aes', 'aes256b', 'aes256r']).default('aes'),
        privPassword: z.string().min(8),
      })
      .strict()
      .optional(),
    /** prtGeneralSerialNumber. @default SN- and the printer's name, upper-cased */
    serial: z.string().min(1).max(255).optional(),
    /** Starting prtMarkerLifeCount, in impressions. @default 0 */
    lifeCount: z
      .number()
      .int()
      .min(0)
      .max(2 ** 32 - 1)
      .default(0),
    /** Starting supply levels in percent (a receptacle's is its space left). @default 100 each */
    levels: z.partialRecord(z.enum(SUPPLY_KEYS), z.number().min(0).max(100)).default({}),
    /** Under this percentage the printer reports a supply low (lowToner, an alert). @default 10 */
    lowPercent: z.number().min(0).max(100).default(10),
    /** How often the agent looks at the printer for faults and finished jobs, in ms. @default 250 */
    syncMs: z.number().int().min(10).max(60_000).default(250),
  })
  .strict();

export type SnmpAgentInput = z.input<typeof snmpAgentOptionsSchema>;
export type SnmpAgentOptions = Readonly<z.output<typeof snmpAgentOptionsSchema>>;

/** Checks and completes agent options; throws a message naming the bad field. */
export function resolveSnmpOptions(input: SnmpAgentInput): SnmpAgentOptions {
  const result = snmpAgentOptionsSchema.safeParse(input);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.') || 'options'}: ${i.message}`);
    throw new Error(`Invalid SNMP agent options: ${issues.join('; ')}`);
  }
  return Object.freeze(result.data);
}
