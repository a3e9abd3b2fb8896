import {
  type ClientMessage,
  type ClientMessageType,
  type ClientRequest,
  type ErrorBody,
  PROTOCOL_VERSION,
  parseServerMessage,
  type ServerMessage,
} from '@quire/protocol';
import { backoffDelay } from './backoff';
import { isConnectionError, RequestError, toErrorCode } from './request-error';
import { type Connect, connectWebSocket, type Transport } from './transport';
import { uuidV4 } from './uuid';

/** How often an online panel checks the link is alive. */
const HEARTBEAT_MS = 15_000;

/** The reply each request expects (an `error` with the same `id` may come instead). */
const REPLY = {
  hello: 'welcome',
  'sign-in': 'signed-in',
  'sign-in-credentials': 'signed-in',
  'register-badge': 'signed-in',
  resume: 'signed-in',
  list: 'jobs',
  'update-settings': 'ok',
  release: 'release-accepted',
  delete: 'ok',
  'sign-out': 'ok',
  ping: 'pong',
} as const satisfies Record<ClientMessageType, ServerMessage['type']>;

export type Reply<K extends ClientMessageType> = Extract<ServerMessage, { type: (typeof REPLY)[K] }>;
export type RequestOf<K extends ClientMessageType> = Extract<ClientRequest, { type: K }>;

export type ConnectionStatus =
  | { state: 'connecting' }
  | { state: 'online' }
  /** `failures`: connection attempts that failed in a row. */
  | { state: 'offline'; failures: number }
  /** Connected, but the server refused this panel's `hello` (unknown printer, unsupported version). */
  | { state: 'rejected'; error: ErrorBody };

export type ClientEvent =
  | { type: 'status'; status: ConnectionStatus }
  /** Every valid frame from the server, replies included, in order. */
  | { type: 'message'; message: ServerMessage }
  /** The server no longer knows this panel's session; the person must tap their badge again. */
  | { type: 'session-expired' };

export interface PanelClientOptions {
  url: string;
  printer: string;
  /** @default a browser WebSocket */
  connect?: Connect;
  /** How long a request waits for its reply once sent. @default 10000 */
  requestTimeoutMs?: number;
  /** @default Math.random */
  random?: () => number;
  /** Where dropped frames are reported. @default console.warn */
  warn?: (message: string, detail?: unknown) => void;
}

interface Pending {
  message: ClientMessage;
  /** Survives a dropped connection and is sent again after reconnecting (releases). */
  durable: boolean;
  sent: boolean;
  timer: ReturnType<typeof setTimeout> | null;
  resolve(reply: ServerMessage): void;
  reject(error: RequestError): void;
}

type Phase = 'closed' | 'opening' | 'handshake' | 'ready';

export { type ClientError, type ClientErrorCode, type LocalErrorCode, RequestError } from './request-error';

/**
 * The panel's side of `/ws/panel` (protocol/src/panel.ts): one socket, request/response by `id`, pushes
 * passed on as they come. After a drop it reconnects with back-off, says `hello` again and `resume`s the
 * session with the token from `signed-in`, so a short outage does not sign anyone out. A release is
 * durable: if the connection drops before `release-accepted`, the same message (same `releaseId`) is sent
 * again after reconnecting and the server's dedupe makes sure nothing prints twice (PRODUCT.md §4).
 *
 * Over 300 lines on purpose: connect, handshake, resume, re-send, time-outs and the heartbeat all move
 * the same few fields (`phase`, `generation`, `pending`); kept in one class their invariants stay in
 * view. Pure pieces live beside it: back-off, request errors, the transport, the UUID.
 */
export class PanelClient {
  private readonly connect: Connect;
  private readonly timeoutMs: number;
  private readonly random: () => number;
  private readonly warn: (message: string, detail?: unknown) => void;
  private readonly listeners = new Set<(event: ClientEvent) => void>();
  /** Insertion order is sending order, which matters when queued requests are flushed. */
  private readonly pending = new Map<number, Pending>();
  private transport: Transport | null = null;
  private phase: Phase = 'closed';
  /** Bumped whenever a socket is dropped, so late callbacks from an old socket are ignored. */
  private generation = 0;
  private failures = 0;
  private nextId = 1;
  private token: string | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private heartbeat: ReturnType<typeof setInterval> | null = null;
  private running = false;

  constructor(private readonly options: PanelClientOptions) {
    this.connect = options.connect ?? connectWebSocket;
    this.timeoutMs = options.requestTimeoutMs ?? 10_000;
    this.random = options.random ?? Math.random;
    this.warn = options.warn ?? ((message, detail) => console.warn(`[panel] ${message}`, detail ?? ''));
  }

  subscribe(listener: (event: ClientEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.emit({ type: 'status', status: { state: 'connecting' } });
    this.open();
  }

  stop(): void {
    this.running = false;
    this.clearRetry();
    this.stopHeartbeat();
    this.dropTransport();
    for (const [id, p] of this.pending) this.fail(id, p, new RequestError('cancelled'));
  }

  /**
   * Sends one request and resolves with its reply, or rejects with a {@link RequestError}: the server's
   * error, `timeout` after `requestTimeoutMs` without a reply, `offline` when there is no connection.
   * A durable request waits for the connection instead, and is sent again if it drops.
   */
  request<K extends ClientMessageType>(
    request: RequestOf<K>,
    options: { durable?: boolean } = {},
  ): Promise<Reply<K>> {
    const durable = options.durable ?? false;
    if (this.phase === 'closed' && !durable) return Promise.reject(new RequestError('offline'));
    return this.enqueue(request, durable, this.phase === 'ready') as Promise<Reply<K>>;
  }

  /**
   * One tap of Print (or Print and keep): a new release id, kept for re-sending until the server accepts
   * it.
   */
  release(jobIds: readonly number[], keep = false): Promise<Reply<'release'>> {
    return this.request(
      { type: 'release', releaseId: uuidV4(), jobIds: [...jobIds], keep },
      { durable: true },
    );
  }

  /** Forgets the session here at once and tells the server if it can; never fails. */
  async signOut(): Promise<void> {
    this.token = null;
    this.cancelDurable(new RequestError('cancelled'));
    if (this.phase !== 'ready') return;
    await this.request({ type: 'sign-out' }).catch(() => undefined);
  }

  private open(): void {
    this.clearRetry();
    const generation = ++this.generation;
    this.phase = 'opening';
    const current = (): boolean => generation === this.generation;
    try {
      this.transport = this.connect(this.options.url, {
        open: () => current() && this.onOpen(),
        message: (data) => current() && this.onFrame(data),
        close: () => current() && this.onClose(),
      });
    } catch (error) {
      this.warn('could not open the socket', error);
      this.onClose();
    }
  }

  private onOpen(): void {
    this.phase = 'handshake';
    void this.handshake(this.generation);
  }

  /** `hello`, then `resume` when someone was signed in, then whatever waited for the connection. */
  private async handshake(generation: number): Promise<void> {
    const current = (): boolean => generation === this.generation;
    try {
      await this.enqueue(
        { type: 'hello', version: PROTOCOL_VERSION, printer: this.options.printer },
        false,
        true,
      );
    } catch (error) {
      if (!current() || !(error instanceof RequestError) || isConnectionError(error.code)) return;
      // Refused (unknown printer, old panel): say why, and ask again later on the same socket, so the
      // panel recovers by itself once an administrator adds the printer.
      this.emit({
        type: 'status',
        status: { state: 'rejected', error: { code: toErrorCode(error.code), message: error.message } },
      });
      this.retryTimer = setTimeout(
        () => void this.handshake(generation),
        backoffDelay(this.failures++, this.random),
      );
      return;
    }
    if (!current()) return;
    this.failures = 0;
    if (this.token !== null) {
      try {
        await this.enqueue({ type: 'resume', token: this.token }, false, true);
      } catch (error) {
        if (!current() || (error instanceof RequestError && isConnectionError(error.code))) return;
        // `session-expired` already expired it in onFrame; any other refusal ends the session too.
        if (this.token !== null) this.expire();
      }
      if (!current()) return;
    }
    this.phase = 'ready';
    this.startHeartbeat();
    this.emit({ type: 'status', status: { state: 'online' } });
    for (const p of this.pending.values()) if (!p.sent) this.transmit(p);
  }

  private onFrame(raw: string): void {
    const parsed = parseServerMessage(raw);
    if (!parsed.ok) {
      this.warn(`dropped a frame: ${parsed.error.message}`, raw.slice(0, 200));
      return;
    }
    const message = parsed.value;
    if (message.type === 'signed-in') this.token = message.token;
    if (message.type === 'signed-out') {
      this.token = null;
      this.cancelDurable(new RequestError('session-expired'));
    }
    // State first (the UI learns about `signed-in` or `jobs`), then the promise waiting for it.
    this.emit({ type: 'message', message });
    if (message.type === 'error' && message.id === null) {
      this.warn(`the server did not understand a message: ${message.message}`);
      return;
    }
    const id = 'id' in message && typeof message.id === 'number' ? message.id : undefined;
    const p = id === undefined ? undefined : this.pending.get(id);
    if (id === undefined || !p) return;
    this.settle(id, p);
    if (message.type === 'error') {
      if ((message.code === 'session-expired' || message.code === 'not-signed-in') && this.token !== null)
        this.expire();
      p.reject(new RequestError(message.code, message.message));
    } else if (message.type !== REPLY[p.message.type]) {
      p.reject(new RequestError('bad-message', `Expected ${REPLY[p.message.type]}, got ${message.type}.`));
    } else {
      p.resolve(message);
    }
  }

  /**
   * A `ping` every {@link HEARTBEAT_MS} on an idle-looking link: a half-open connection (the page cannot
   * see WebSocket ping frames) shows up as a ping timeout, which reconnects.
   */
  private startHeartbeat(): void {
    this.stopHeartbeat();
    this.heartbeat = setInterval(() => {
      if (this.phase === 'ready') void this.request({ type: 'ping' }).catch(() => undefined);
    }, HEARTBEAT_MS);
  }

  private stopHeartbeat(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
  }

  private onClose(): void {
    this.stopHeartbeat();
    this.dropTransport();
    for (const [id, p] of this.pending) {
      if (p.durable) {
        if (p.timer) clearTimeout(p.timer);
        p.timer = null;
        p.sent = false;
      } else {
        this.fail(id, p, new RequestError('offline'));
      }
    }
    this.failures++;
    this.emit({ type: 'status', status: { state: 'offline', failures: this.failures } });
    if (this.running)
      this.retryTimer = setTimeout(() => this.open(), backoffDelay(this.failures - 1, this.random));
  }

  private enqueue(request: ClientRequest, durable: boolean, sendNow: boolean): Promise<ServerMessage> {
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      const p: Pending = {
        message: { ...request, id } as ClientMessage,
        durable,
        sent: false,
        timer: null,
        resolve,
        reject,
      };
      this.pending.set(id, p);
      if (sendNow) this.transmit(p);
      // A request queued behind a handshake still gets its answer (or its error) in time.
      else if (!durable) p.timer = setTimeout(() => this.onTimeout(id, p), this.timeoutMs);
    });
  }

  private transmit(p: Pending): void {
    const id = p.message.id;
    p.sent = true;
    p.timer ??= setTimeout(() => this.onTimeout(id, p), this.timeoutMs);
    try {
      this.transport?.send(JSON.stringify(p.message));
    } catch (error) {
      // The socket is closing; its close event re-queues or fails this request.
      this.warn('send failed', error);
    }
  }

  private onTimeout(id: number, p: Pending): void {
    this.fail(id, p, new RequestError('timeout'));
    // No answer on an open socket usually means a dead link the browser has not noticed yet: drop it
    // and reconnect rather than wait for TCP to give up.
    if (p.sent && this.transport) this.onClose();
  }

  private expire(): void {
    this.token = null;
    this.cancelDurable(new RequestError('session-expired'));
    this.emit({ type: 'session-expired' });
  }

  private cancelDurable(error: RequestError): void {
    for (const [id, p] of this.pending) if (p.durable) this.fail(id, p, error);
  }

  private fail(id: number, p: Pending, error: RequestError): void {
    this.settle(id, p);
    p.reject(error);
  }

  private settle(id: number, p: Pending): void {
    if (p.timer) clearTimeout(p.timer);
    p.timer = null;
    this.pending.delete(id);
  }

  private dropTransport(): void {
    this.generation++;
    this.phase = 'closed';
    const transport = this.transport;
    this.transport = null;
    this.clearRetry();
    try {
      transport?.close();
    } catch {
      // Already closed.
    }
  }

  private clearRetry(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private emit(event: ClientEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}
