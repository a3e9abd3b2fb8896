import type { SnmpCredentials } from './target';
import { SnmpPollError } from './target';

/** net-snmp's ResponseInvalidCode values this module tells apart. */
const E_COULD_NOT_DECRYPT = 4;
const E_AUTH_FAILURE = 5;

export interface ErrorContext {
  credentials: SnmpCredentials;
  timeoutMs: number;
  retries: number;
  /** The read was stopped by the per-printer deadline. */
  aborted: boolean;
  deadlineMs?: number;
}

const seconds = (ms: number): string => `${Number((ms / 1000).toFixed(1))} s`;

/**
 * Turns whatever net-snmp failed with into a {@link SnmpPollError} a person can act on. A v3 agent
 * answers a wrong password with a Report (RFC 3414 §3.2 step 6: usmStatsWrongDigests; an unknown user
 * usmStatsUnknownUserNames), which net-snmp hands back as ResponseInvalidError code 5 carrying the
 * counter's name. A wrong community or a wrong v3 privacy password get no answer at all (RFC 3584 §5.2,
 * RFC 3414 §3.2 step 8), so a timeout says that too.
 */
export function describeSnmpError(error: unknown, ctx: ErrorContext): SnmpPollError {
  if (error instanceof SnmpPollError) return error;
  const e = (error ?? {}) as { name?: string; message?: string; code?: unknown; status?: unknown };
  const message = String(e.message ?? error);
  const creds = ctx.credentials;
  const who = creds.version === '3' ? `SNMPv3 user "${creds.user}"` : 'the community';
  if (ctx.aborted) {
    return new SnmpPollError(
      'timeout',
      `No complete answer within ${seconds(ctx.deadlineMs ?? ctx.timeoutMs)} (the limit for one printer).`,
    );
  }
  if (e.name === 'RequestTimedOutError') {
    const tries = ctx.retries > 0 ? ` (${ctx.retries + 1} tries)` : '';
    const hint =
      creds.version === '3'
        ? 'a wrong privacy password also goes unanswered'
        : 'a wrong community also goes unanswered';
    return new SnmpPollError(
      'timeout',
      `No answer within ${seconds(ctx.timeoutMs)}${tries}: the printer is off, unreachable, or not an SNMP agent; ${hint}.`,
    );
  }
  if (e.name === 'ResponseInvalidError' && e.code === E_AUTH_FAILURE) {
    if (/unknown user/i.test(message))
      return new SnmpPollError('unknown-user', `The printer does not know the ${who}.`);
    if (/security level/i.test(message))
      return new SnmpPollError('security-level', `The printer refuses this security level for the ${who}.`);
    if (/decryption/i.test(message))
      return new SnmpPollError(
        'wrong-password',
        `Wrong privacy password (or privacy protocol) for the ${who}: the printer could not decrypt the request.`,
      );
    if (/digest|authentic/i.test(message))
      return new SnmpPollError(
        'wrong-password',
        `Wrong authentication password (or protocol) for the ${who}: the printer rejected the request.`,
      );
    return new SnmpPollError('protocol', `SNMPv3 security error: ${message}.`);
  }
  if (e.name === 'ResponseInvalidError' && e.code === E_COULD_NOT_DECRYPT) {
    return new SnmpPollError(
      'wrong-password',
      `Could not decrypt the printer's answer: wrong privacy password or protocol for the ${who}.`,
    );
  }
  if (e.name === 'RequestFailedError')
    return new SnmpPollError('protocol', `The printer answered with an SNMP error: ${message}.`);
  if (e.name === 'ResponseInvalidError')
    return new SnmpPollError('protocol', `The printer's answer could not be used: ${message}.`);
  if (typeof e.code === 'string' && /^E[A-Z]+$/.test(e.code))
    return new SnmpPollError('network', `Cannot reach the printer: ${message}.`);
  return new SnmpPollError('protocol', `SNMP failed: ${message}.`);
}
