import {
  AppError,
  type ClientMessage,
  PROTOCOL_VERSION,
  parseClientMessage,
  type ServerMessage,
  toErrorBody,
} from '@quire/protocol';
import type { Logger } from '../../log';
import type { AttemptLimiter } from '../../services/attempt-limiter';
import type { EventBus, ServerEvent } from '../../services/events';
import type { PanelService } from '../../services/panel';
import type { PanelSettingsService } from '../../services/panel-settings';
import type { PrinterStatusService } from '../../services/printer-status';
import type { SessionTokens } from '../../services/sessions';
import type { PrinterRecordRow } from '../sqlite/printer-store';
import { displayNameOf, loginNameOf, type UserRecord } from '../sqlite/user-store';
import { guardSignIn } from './sign-in-guard';

export interface PanelDeps {
  panel: PanelService;
  settings: PanelSettingsService;
  status: PrinterStatusService;
  events: EventBus;
  tokens: SessionTokens;
  /** Failed sign-ins (badges, passwords), counted per printer. */
  attempts: AttemptLimiter;
  log: Logger;
}

type Of<T extends ClientMessage['type']> = Extract<ClientMessage, { type: T }>;

/** Messages a panel may have waiting to be handled; a flood beyond it closes the socket (1008). */
export const MAX_PENDING_MESSAGES = 32;

/**
 * One panel's conversation with the server, independent of the socket: `receive` takes raw frames,
 * `send` is called with typed answers and pushes. Messages are handled one at a time, in order.
 */
export class PanelSession {
  private printer: PrinterRecordRow | null = null;
  private user: UserRecord | null = null;
  private token: string | null = null;
  private subscriptions: (() => void)[] = [];
  private unwatchPrinter: (() => void) | null = null;
  private unwatchSetup: (() => void) | null = null;
  private queue: Promise<void> = Promise.resolve();
  private pending = 0;
  private closed = false;
  private refreshTimer: NodeJS.Timeout | null = null;

  /**
   * @param remote where the panel connects from: attempts are limited per printer and address.
   * @param hangUp closes the socket (a panel flooding the server with messages).
   */
  constructor(
    private readonly d: PanelDeps,
    private readonly send: (message: ServerMessage) => void,
    private readonly remote = 'unknown',
    private readonly hangUp: (code: number, reason: string) => void = () => undefined,
  ) {}

  receive(raw: string): void {
    if (this.closed) return;
    if (++this.pending > MAX_PENDING_MESSAGES) {
      this.hangUp(1008, 'too many messages waiting');
      this.close();
      return;
    }
    this.enqueue(async () => {
      this.pending--;
      await this.handle(raw);
    });
  }

  /**
   * Ends the conversation. Anything registered after this (a hello or sign-in that was still being
   * handled) is undone as it registers, and messages still waiting are dropped.
   */
  close(): void {
    this.closed = true;
    this.signOutLocally();
    this.unwatchPrinter?.();
    this.unwatchPrinter = null;
    this.unwatchSetup?.();
    this.unwatchSetup = null;
  }

  /** Runs `work` after everything before it; a failure is logged, never left unhandled. */
  private enqueue(work: () => Promise<void>): void {
    this.queue = this.queue
      .then(() => (this.closed ? undefined : work()))
      .catch((error: unknown) => this.d.log.error('panel session failed', { error: String(error) }));
  }

  private async handle(raw: string): Promise<void> {
    const parsed = parseClientMessage(raw);
    if (!parsed.ok) {
      this.send({ type: 'error', id: parsed.id, ...parsed.error });
      return;
    }
    const message = parsed.value;
    try {
      await this.dispatch(message);
    } catch (error) {
      if (!(error instanceof AppError)) {
        this.d.log.error('panel message failed', { type: message.type, error: String(error) });
      }
      this.send({ type: 'error', id: message.id, ...toErrorBody(error) });
    }
  }

  private async dispatch(m: ClientMessage): Promise<void> {
    switch (m.type) {
      case 'ping':
        return this.send({ type: 'pong', id: m.id });
      case 'hello':
        return this.hello(m);
      default:
        break;
    }
    const printer = this.printer;
    if (!printer) throw new AppError('bad-message', 'Send hello first, naming the printer.');
    const guarded = (attempt: () => Promise<UserRecord>) =>
      guardSignIn(this.d.attempts, `${printer.name}@${this.remote}`, attempt);
    switch (m.type) {
      case 'sign-in':
        return this.signIn(m.id, await guarded(() => this.d.panel.signInByBadge(m.badge)), printer);
      case 'sign-in-credentials':
        return this.signIn(
          m.id,
          await guarded(() => this.d.panel.signInByCredentials(m.username, m.secret)),
          printer,
        );
      case 'register-badge': {
        const user = await guarded(() => this.d.panel.registerBadge(m.badge, m.username, m.secret));
        this.d.log.info('badge registered at a panel', { printer: printer.name, user: user.id });
        return this.signIn(m.id, user, printer);
      }
      case 'resume': {
        const session = await this.d.tokens.resume(m.token, printer.name);
        const user = session && (await this.d.panel.user(session.userId));
        if (!user || user.email !== session.email) {
          throw new AppError('session-expired', 'Your session has ended. Tap your badge again.');
        }
        return this.signIn(m.id, user, printer, session.sessionId);
      }
      case 'sign-out':
        if (this.token) await this.d.tokens.revoke(this.token);
        this.signOutLocally();
        return this.send({ type: 'ok', id: m.id });
      default:
        break;
    }
    const user = await this.stillSignedIn();
    switch (m.type) {
      case 'list':
        return this.send({ type: 'jobs', id: m.id, ...(await this.d.panel.jobList(user, printer)) });
      case 'update-settings':
        await this.d.panel.updateSettings(user, m.jobId, m.settings, printer);
        this.send({ type: 'ok', id: m.id });
        return this.scheduleRefresh();
      case 'release':
        return this.release(m, user, printer);
      case 'delete': {
        const [first] = await this.d.panel.delete(user, m.jobIds);
        if (first) throw new AppError(first.code, first.message);
        return this.send({ type: 'ok', id: m.id });
      }
      default:
        return m satisfies never;
    }
  }

  /**
   * The signed-in person, checked again: a user deleted (or whose id now names someone else) while
   * signed in is signed out, never acting as the other.
   */
  private async stillSignedIn(): Promise<UserRecord> {
    const user = this.user;
    if (!user) throw new AppError('not-signed-in', 'Tap your badge to sign in first.');
    const now = await this.d.panel.user(user.id);
    if (now?.email !== user.email) {
      this.signOutLocally();
      throw new AppError('session-expired', 'Your session has ended. Tap your badge again.');
    }
    return user;
  }

  /** Names the printer this panel belongs to; a new hello starts over and signs out whoever was in. */
  private async hello(m: Of<'hello'>): Promise<void> {
    if (m.version !== PROTOCOL_VERSION) {
      throw new AppError(
        'unsupported-version',
        `This server speaks protocol ${PROTOCOL_VERSION}; the panel speaks ${m.version}. Reload the panel.`,
      );
    }
    this.signOutLocally();
    const printer = await this.d.panel.printer(m.printer);
    if (this.closed) return;
    this.printer = printer;
    this.unwatchPrinter?.();
    this.unwatchPrinter = this.d.status.watch(printer, (status) =>
      this.send({ type: 'printer-status', status }),
    );
    this.unwatchSetup?.();
    this.unwatchSetup = this.d.settings.onChange((name) => {
      if (name !== null && name !== printer.name) return;
      this.enqueue(async () => {
        if (this.printer !== printer) return;
        this.send({ type: 'panel-setup', panel: await this.d.settings.setupFor(printer) });
      });
    });
    this.send({
      type: 'welcome',
      id: m.id,
      version: PROTOCOL_VERSION,
      printer: { name: printer.name, capabilities: printer.capabilities },
      status: this.d.status.last(printer.id),
      panel: await this.d.settings.setupFor(printer),
    });
  }

  private async release(m: Of<'release'>, user: UserRecord, printer: PrinterRecordRow): Promise<void> {
    const outcome = await this.d.panel.release(user, printer, m.releaseId, m.jobIds, m.keep);
    this.send({
      type: 'release-accepted',
      id: m.id,
      releaseId: m.releaseId,
      jobIds: outcome.accepted,
      repeated: outcome.repeated.length > 0,
    });
    for (const { jobId, jobName, error, offerMono } of outcome.refused) {
      const refusal = {
        releaseId: m.releaseId,
        jobId,
        jobName,
        note: null,
        error,
        offerMono: offerMono ?? false,
      };
      this.send({ type: 'job-event', event: 'failed', ...refusal });
    }
    // A repeated release sends nothing to the printer; it tells the panel where each job stands.
    for (const { job, release } of await this.d.panel.releaseStatus(m.releaseId, outcome.repeated)) {
      const event =
        release.state === 'printed'
          ? 'printed'
          : release.state === 'failed'
            ? 'failed'
            : release.state === 'queued'
              ? 'queued'
              : 'printing';
      this.send({
        type: 'job-event',
        releaseId: m.releaseId,
        jobId: job.id,
        jobName: job.name,
        event,
        note: null,
        error: release.error,
        offerMono: false,
      });
    }
  }

  /** Signs `user` in on this panel; `resumedSession` continues a session after a reconnect. */
  private async signIn(
    id: number,
    user: UserRecord,
    printer: PrinterRecordRow,
    resumedSession?: string,
  ): Promise<void> {
    this.signOutLocally();
    this.user = user;
    this.token = await this.d.tokens.issue(user.id, user.email, printer.name, resumedSession);
    const owners = await this.d.panel.owners(user);
    if (this.closed || this.user !== user) return;
    for (const owner of owners) {
      this.subscriptions.push(this.d.events.subscribe(owner.id, (e) => this.onEvent(e)));
    }
    // A resumed session is the same visit: it does not start the automatic release again.
    // The list is made before answering, so a sign-in succeeds or fails as one (a panel waiting for its
    // list after `signed-in` would otherwise wait for ever).
    try {
      const autoRelease = resumedSession ? null : await this.d.panel.autoRelease(user, printer);
      const list = await this.d.panel.jobList(user, printer);
      this.send({
        type: 'signed-in',
        id,
        user: { name: loginNameOf(user), displayName: displayNameOf(user) },
        token: this.token,
        autoRelease,
      });
      this.send({ type: 'jobs', ...list });
    } catch (error) {
      this.signOutLocally();
      throw error;
    }
  }

  private onEvent(e: ServerEvent): void {
    if (e.type === 'jobs-changed') {
      this.scheduleRefresh();
      return;
    }
    const { releaseId, jobId, jobName, event, note, error } = e;
    this.send({ type: 'job-event', releaseId, jobId, jobName, event, note, error, offerMono: false });
  }

  /** Pushes a fresh list once a burst of changes has settled. */
  private scheduleRefresh(): void {
    if (this.refreshTimer) return;
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = null;
      const { user, printer } = this;
      if (!user || !printer) return;
      this.enqueue(async () => {
        if (this.user === user) this.send({ type: 'jobs', ...(await this.d.panel.jobList(user, printer)) });
      });
    }, 30);
  }

  private signOutLocally(): void {
    for (const off of this.subscriptions) off();
    this.subscriptions = [];
    this.user = null;
    this.token = null;
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.refreshTimer = null;
  }
}
