/**
 * Version of the panel <-> server WebSocket protocol. A panel says which version it speaks in `hello`;
 * the server refuses versions it does not know with `unsupported-version` so an old panel fails loudly.
 */
export const PROTOCOL_VERSION = 1;
