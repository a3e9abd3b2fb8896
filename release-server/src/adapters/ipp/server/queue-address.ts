import type { Readable } from 'node:stream';

/**
 * How a client reached the hold queue: the `host[:port]` it asked for and whether over TLS. The URIs
 * the queue tells (printer-uri-supported, job-uri, job-printer-uri) use the same way in, so a client
 * that came over HTTPS is sent back over HTTPS: `ipps://` (RFC 7472 §4), `uri-security-supported` `tls`
 * (RFC 8011 §5.4.3); over plain HTTP `ipp://` and `none`.
 */
export interface QueueAddress {
  host: string;
  secure: boolean;
}

/** `ipps://host:port/ipp/print` or `ipp://host:port/ipp/print`. */
export const queueUriOf = (a: QueueAddress): string => `${a.secure ? 'ipps' : 'ipp'}://${a.host}/ipp/print`;

/** The URI of a job on the queue; job operations accept it as `job-uri`. */
export const jobUriOf = (a: QueueAddress, id: number): string => `${queueUriOf(a)}/${id}`;

/** `uri-security-supported` of {@link queueUriOf}. */
export const uriSecurityOf = (a: QueueAddress): 'tls' | 'none' => (a.secure ? 'tls' : 'none');

/** The web page of the server, the same way in (`printer-more-info`). */
export const moreInfoOf = (a: QueueAddress): string => `${a.secure ? 'https' : 'http'}://${a.host}/`;

/**
 * Whether the request body arrives over TLS, from Node's socket under it (an `IncomingMessage` from the
 * HTTPS listener has a `TLSSocket`); never from what the client claims in its printer-uri.
 */
export const arrivesOverTls = (stream: Readable): boolean =>
  (stream as Readable & { socket?: { encrypted?: boolean } }).socket?.encrypted === true;
