import {
  AppError,
  type CertificateUploadBody,
  type SecurityState,
  type SelfSignedBody,
} from '@quire/protocol';
import type { Logger } from '../../log';
import { type CheckedPair, checkPair } from './check-pair';
import { describeCertificate } from './describe-certificate';
import { makeSelfSigned } from './self-signed';
import { type StoredPair, TlsStore } from './tls-store';

export interface TlsCertificatesOptions {
  /** `DATA_DIR/tls` */
  dir: string;
  /** The name clients connect with (`TLS_HOST_NAME`). */
  hostName: string;
  log: Logger;
  /** @default () => new Date() */
  clock?: () => Date;
}

/**
 * The server's TLS certificate (issue 5, Security): what is installed, installing an uploaded or a
 * generated pair once it has passed every check, and telling the HTTPS listener so that new connections
 * use it at once. Installs run one at a time; a refused pair changes nothing.
 */
export class TlsCertificates {
  /** The port HTTPS answers on, once the listener is up (null when `TLS_PORT` is not set). */
  httpsPort: number | null = null;
  private pair: CheckedPair | null;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<(pair: StoredPair) => void>();
  private readonly clock: () => Date;

  private constructor(
    private readonly store: TlsStore,
    private readonly o: TlsCertificatesOptions,
    pair: CheckedPair | null,
  ) {
    this.pair = pair;
    this.clock = o.clock ?? (() => new Date());
  }

  /**
   * Reads the installed pair. One that cannot be read or whose key does not match is logged and left
   * aside (no certificate is then installed); one that has expired since is still served, with a warning.
   */
  static async open(o: TlsCertificatesOptions): Promise<TlsCertificates> {
    const store = new TlsStore(o.dir);
    let pair: CheckedPair | null = null;
    try {
      const stored = await store.open();
      if (stored) {
        const check = checkPair({
          certificate: stored.certificatePem,
          key: stored.keyPem,
          hostName: null,
          now: (o.clock ?? (() => new Date()))(),
          checkDates: false,
        });
        if (check.ok) pair = check.pair;
        else o.log.error('installed tls certificate unusable', { dir: o.dir, reason: check.reason });
      }
    } catch (error) {
      o.log.error('installed tls certificate unreadable', { dir: o.dir, error: String(error) });
    }
    return new TlsCertificates(store, o, pair);
  }

  get hostName(): string {
    return this.o.hostName;
  }

  /** The installed certificate and key as PEM, or null. */
  installed(): StoredPair | null {
    return this.pair && { certificatePem: this.pair.certificatePem, keyPem: this.pair.keyPem };
  }

  /** What the admin page shows; never the key. */
  state(): SecurityState {
    return {
      certificate: this.pair && describeCertificate(this.pair.leaf, this.pair.chain, this.clock()),
      hostName: this.o.hostName,
      httpsPort: this.httpsPort,
    };
  }

  /** Checks an uploaded pair and installs it; a refusal is a `bad-request` whose message says why. */
  upload(body: CertificateUploadBody): Promise<SecurityState> {
    return this.serially(async () => {
      const check = checkPair({
        certificate: body.certificate,
        key: body.key,
        passphrase: body.passphrase,
        hostName: body.hostName ?? this.o.hostName,
        now: this.clock(),
      });
      if (!check.ok) throw new AppError('bad-request', check.reason);
      await this.install(check.pair, 'uploaded');
      return this.state();
    });
  }

  /** Generates a self-signed pair for `hostName` (the configured one unless told) and installs it. */
  generate(body: SelfSignedBody = {}): Promise<SecurityState> {
    return this.serially(async () => {
      await this.installSelfSigned(body);
      return this.state();
    });
  }

  /** The pair to serve HTTPS with, generating a self-signed one first when none is installed. */
  ensure(): Promise<StoredPair> {
    return this.serially(async () => {
      if (!this.pair) await this.installSelfSigned({});
      return this.installed()!;
    });
  }

  /** Calls `listener` with every pair installed from now on; returns a function that stops it. */
  onChange(listener: (pair: StoredPair) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async installSelfSigned(body: SelfSignedBody): Promise<void> {
    const hostName = body.hostName ?? this.o.hostName;
    const made = await makeSelfSigned({
      hostName,
      ...(body.days !== undefined && { days: body.days }),
      now: this.clock(),
    });
    const check = checkPair({
      certificate: made.certificatePem,
      key: made.keyPem,
      hostName,
      now: this.clock(),
    });
    // A certificate we just made that fails our own checks is a bug, not a person's mistake.
    if (!check.ok) throw new Error(`self-signed certificate refused: ${check.reason}`);
    await this.install(check.pair, 'self-signed');
  }

  private async install(pair: CheckedPair, how: string): Promise<void> {
    await this.store.write({ certificatePem: pair.certificatePem, keyPem: pair.keyPem });
    this.pair = pair;
    this.o.log.info('tls certificate installed', {
      how,
      subject: pair.leaf.subject,
      notAfter: pair.leaf.notAfter.toISOString(),
      fingerprint: pair.leaf.fingerprintSha256,
    });
    for (const listener of this.listeners) {
      try {
        listener({ certificatePem: pair.certificatePem, keyPem: pair.keyPem });
      } catch (error) {
        this.o.log.error('tls certificate not applied', { error: String(error) });
      }
    }
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }
}
