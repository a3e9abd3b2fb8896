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
import type { SessionTokens } from '../../services/sessions';
import type { PrinterRecordRow } from '../sqlite/printer-store';
import { displayNameOf, loginNameOf, type UserRecord } from '../sqlite/user-store';

export interface PanelDeps {
  panel: PanelService;
  events: EventBus;
  tokens: SessionTokens;
  /** Failed badge sign-ins, counted per printer. */
  attempts: AttemptLimiter;
  log: Logger;
}

/**
 * One panel's conversation with the server, independent of the socket: `receive` takes raw frames,
 * `send` is called with typed answers and pushes. Messages are handled one at a time, in order.
 */
export class PanelSession {
  private printer: PrinterRecordRow | null = null;
  private user: UserRecord | null = null;
  private token: string | null = null;
  private unsubscribe: (() => void)[] = [];
  private queue: Promise<void> = Promise.resolve();
  private refreshTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly d: PanelDeps,
    private readonly send: (message: ServerMessage) => void,
  ) {}

  receive(raw: string): void {
    this.queue = this.queue.then(() => this.handle(raw));
  }

  close(): void {
    this.signOutLocally();
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
    if (m.type === 'hello') {
      if (m.version !== PROTOCOL_VERSION) {
        throw new AppError(
          'unsupported-version',
          `This server speaks protocol ${PROTOCOL_VERSION}; the panel speaks ${m.version}. Reload the panel.`,
        );
      }
      // A new hello starts over: whoever was signed in is signed out of this socket.
      this.signOutLocally();
      this.printer = await this.d.panel.printer(m.printer);
      this.send({
        type: 'welcome',
        id: m.id,
        version: PROTOCOL_VERSION,
        printer: { name: this.printer.name, capabilities: this.printer.capabilities },
        status: null,
      });
      return;
    }
    if (m.type === 'ping') {
      this.send({ type: 'pong', id: m.id });
      return;
    }
    const printer = this.printer;
    if (!printer) throw new AppError('bad-message', 'Send hello first, naming the printer.');
    switch (m.type) {
      case 'sign-in':
        return this.signIn(m.id, await this.badgeOwner(m.badge, printer.name), printer);
      case 'resume': {
        const session = this.d.tokens.resume(m.token, printer.name);
        const user = session && (await this.d.panel.user(session.userId));
        if (!user) throw new AppError('session-expired', 'Your session has ended. Tap your badge again.');
        return this.signIn(m.id, user, printer, m.token);
      }
      case 'sign-out':
        if (this.token) this.d.tokens.revoke(this.token);
        this.signOutLocally();
        this.send({ type: 'ok', id: m.id });
        return;
      default:
        break;
    }
    const user = this.user;
    if (!user) throw new AppError('not-signed-in', 'Tap your badge to sign in first.');
    if (this.token) this.d.tokens.touch(this.token);
    switch (m.type) {
      case 'list':
        this.send({ type: 'jobs', id: m.id, ...(await this.d.panel.jobList(user)) });
        return;
      case 'update-settings':
        await this.d.panel.updateSettings(user, m.jobId, m.settings, printer);
        this.send({ type: 'ok', id: m.id });
        this.scheduleRefresh();
        return;
      case 'release': {
        const outcome = await this.d.panel.release(user, printer, m.releaseId, m.jobIds, m.keep);
        this.send({
          type: 'release-accepted',
          id: m.id,
          releaseId: m.releaseId,
          jobIds: outcome.accepted,
          repeated: outcome.repeated.length > 0,
        });
        for (const { jobId, error } of outcome.refused) {
          this.send({
            type: 'job-event',
            releaseId: m.releaseId,
            jobId,
            jobName: '',
            event: 'failed',
            note: null,
            error,
          });
        }
        await this.replayRepeated(m.releaseId, outcome.repeated);
        return;
      }
      case 'delete': {
        const refused = await this.d.panel.delete(user, m.jobIds);
        const first = refused[0];
        if (first) throw new AppError(first.code, first.message);
        this.send({ type: 'ok', id: m.id });
        return;
      }
      default:
        return m satisfies never;
    }
  }

  private async badgeOwner(badge: string, printer: string): Promise<UserRecord> {
    const wait = this.d.attempts.retryAfter(printer);
    if (wait > 0) {
      throw new AppError(
        'too-many-attempts',
        `Too many unknown badges. Try again in ${Math.ceil(wait / 1000)} seconds.`,
      );
    }
    try {
      const user = await this.d.panel.signInByBadge(badge);
      this.d.attempts.succeed(printer);
      return user;
    } catch (error) {
      if (error instanceof AppError && error.code === 'unknown-badge') this.d.attempts.fail(printer);
      throw error;
    }
  }

  private async signIn(
    id: number,
    user: UserRecord,
    printer: PrinterRecordRow,
    token?: string,
  ): Promise<void> {
    this.signOutLocally();
    this.user = user;
    this.token = token ?? this.d.tokens.issue(user.id, printer.name);
    for (const owner of await this.d.panel.owners(user)) {
      this.unsubscribe.push(this.d.events.subscribe(owner.id, (e) => this.onEvent(e)));
    }
    this.send({
      type: 'signed-in',
      id,
      user: { name: loginNameOf(user), displayName: displayNameOf(user) },
      token: this.token,
    });
    this.send({ type: 'jobs', ...(await this.d.panel.jobList(user)) });
  }

  /** A repeated release sends nothing to the printer; it tells the panel where each job stands. */
  private async replayRepeated(releaseId: string, jobIds: number[]): Promise<void> {
    for (const { job, release } of await this.d.panel.releaseStatus(releaseId, jobIds)) {
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
        releaseId,
        jobId: job.id,
        jobName: job.name,
        event,
        note: null,
        error: release.error,
      });
    }
  }

  private onEvent(e: ServerEvent): void {
    if (e.type === 'jobs-changed') {
      this.scheduleRefresh();
      return;
    }
    const { releaseId, jobId, jobName, event, note, error } = e;
    this.send({ type: 'job-event', releaseId, jobId, jobName, event, note, error });
  }

  /** Pushes a fresh list once a burst of changes has settled. */
  private scheduleRefresh(): void {
    if (this.refreshTimer) return;
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = null;
      const user = this.user;
      if (!user) return;
      this.queue = this.queue.then(async () => {
        if (this.user === user) this.send({ type: 'jobs', ...(await this.d.panel.jobList(user)) });
      });
    }, 30);
  }

  private signOutLocally(): void {
    for (const off of this.unsubscribe) off();
    this.unsubscribe = [];
    this.user = null;
    this.token = null;
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.refreshTimer = null;
  }
}
