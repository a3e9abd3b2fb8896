import type { PollErrorKind, SnmpAuthProtocol, SnmpPrivProtocol, SnmpSecurityLevel } from '@quire/protocol';
import type { RawReading } from '../../domain/fleet';

/** How to speak to one agent: a community (v1, v2c) or a USM user (v3, RFC 3414). */
export type SnmpCredentials =
  | { version: '1' | '2c'; community: string }
  | {
      version: '3';
      user: string;
      level: SnmpSecurityLevel;
      authProtocol: SnmpAuthProtocol;
      authPassword?: string | undefined;
      privProtocol: SnmpPrivProtocol;
      privPassword?: string | undefined;
    };

export interface SnmpTarget {
  host: string;
  port: number;
  credentials: SnmpCredentials;
}

export interface SnmpReadOptions {
  /** How long to wait for each answer before sending again, in ms. */
  timeoutMs: number;
  /** How many times a request is sent again after a timeout. */
  retries: number;
  /** Stops the read (the per-printer deadline): it then fails as a `timeout`. */
  signal?: AbortSignal;
}

/** Reads everything the fleet view needs from one agent. The poller's only window on SNMP. */
export interface SnmpReader {
  read(target: SnmpTarget, options: SnmpReadOptions): Promise<RawReading>;
}

/** A read that got no usable answer, with a kind from a closed set and words for the admin. */
export class SnmpPollError extends Error {
  constructor(
    readonly kind: PollErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'SnmpPollError';
  }
}
