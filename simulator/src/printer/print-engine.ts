import { PRINTER_FAULTS, type PrinterFault } from '@quire/protocol';
import { JobStateEnum, PrinterStateEnum } from '@quire/protocol/ipp';
import { acceptsJobsWith, FAULT_REASONS } from './faults';
import type { JobTemplate } from './job-template';

/** A job this printer has accepted, whatever became of it. */
export interface SimJob {
  id: number;
  name: string;
  user: string;
  /** The document's format (sniffed when the client sent `application/octet-stream`). */
  format: string;
  size: number;
  sha256: string;
  /** Where the document is on disk, until the job is canceled or the tray lets it go. */
  file: string | null;
  template: JobTemplate;
  /** `job-state` (RFC 8011 §5.3.7). */
  state: number;
  reasons: string[];
  createdAt: number;
  processingAt: number | null;
  completedAt: number | null;
}

export type NewJob = Omit<SimJob, 'id' | 'state' | 'reasons' | 'createdAt' | 'processingAt' | 'completedAt'>;

export interface PrinterStatusNow {
  /** `printer-state`: 3 idle, 4 processing, 5 stopped. */
  state: number;
  /** `printer-state-reasons`, `none` when there is nothing to say. */
  reasons: string[];
  acceptingJobs: boolean;
}

export type Admission = 'ok' | 'busy' | 'not-accepting';

export interface EngineOptions {
  processingMs: number;
  /** Called once when a job completes: it goes to the output tray. */
  onCompleted(job: SimJob): void;
  /** Called when a job ends without printing (canceled): its document can go. */
  onDiscarded(job: SimJob): void;
}

/** Finished jobs remembered for Get-Job-Attributes and Get-Jobs. */
const KEEP_FINISHED = 500;

const FINISHED = new Set<number>([JobStateEnum.canceled, JobStateEnum.aborted, JobStateEnum.completed]);

/**
 * The job life of one simulated printer, without I/O: one job at a time, like ippeveprinter. A job is
 * `pending` (3) when accepted, `processing` (5) at once, and `completed` (9) after the processing time.
 * While any fault is set the printer is `stopped` (5) and the job under way waits, with reason
 * `printer-stopped`, at `processing-stopped` (6), or still `pending` if it had not started; it resumes
 * where it stopped when the faults clear. An offline printer refuses new jobs; others still take them.
 */
export class PrintEngine {
  private readonly faults = new Set<PrinterFault>();
  private readonly jobs = new Map<number, SimJob>();
  private nextId = 1;
  private active: {
    job: SimJob;
    remainingMs: number;
    startedAt: number;
    timer: NodeJS.Timeout | null;
  } | null = null;
  private receiving = false;
  private stopped = false;

  constructor(private readonly options: EngineOptions) {}

  status(): PrinterStatusNow {
    const reasons = PRINTER_FAULTS.filter((f) => this.faults.has(f)).flatMap((f) => FAULT_REASONS[f]);
    const state =
      this.faults.size > 0
        ? PrinterStateEnum.stopped
        : this.active
          ? PrinterStateEnum.processing
          : PrinterStateEnum.idle;
    return {
      state,
      reasons: reasons.length > 0 ? reasons : ['none'],
      acceptingJobs: [...this.faults].every(acceptsJobsWith),
    };
  }

  faultList(): PrinterFault[] {
    return PRINTER_FAULTS.filter((f) => this.faults.has(f));
  }

  setFault(fault: PrinterFault, active: boolean): void {
    if (active) this.faults.add(fault);
    else this.faults.delete(fault);
    if (this.faults.size > 0) this.pause();
    else this.resume();
  }

  /**
   * Takes the one slot for a new job before its document is read: an offline printer refuses, a printer
   * with a job under way (or arriving) is busy (`server-error-busy`, as ippeveprinter answers).
   */
  admit(): Admission {
    if (!this.status().acceptingJobs || this.stopped) return 'not-accepting';
    if (this.active || this.receiving) return 'busy';
    this.receiving = true;
    return 'ok';
  }

  /** Gives the slot back when the document could not be read. */
  abandon(): void {
    this.receiving = false;
  }

  /** The document has arrived: the job is created `pending` and starts processing on the next tick. */
  accept(data: NewJob): SimJob {
    this.receiving = false;
    const job: SimJob = {
      ...data,
      id: this.nextId++,
      state: JobStateEnum.pending,
      reasons: ['none'],
      createdAt: Date.now(),
      processingAt: null,
      completedAt: null,
    };
    this.jobs.set(job.id, job);
    this.active = { job, remainingMs: this.options.processingMs, startedAt: 0, timer: null };
    if (this.faults.size > 0) this.pause();
    setImmediate(() => this.resume());
    this.forgetOldJobs();
    return job;
  }

  get(id: number): SimJob | undefined {
    return this.jobs.get(id);
  }

  /** Every remembered job, oldest first. */
  list(): SimJob[] {
    return [...this.jobs.values()];
  }

  cancel(id: number): 'canceled' | 'not-found' | 'not-possible' {
    const job = this.jobs.get(id);
    if (!job) return 'not-found';
    if (FINISHED.has(job.state)) return 'not-possible';
    this.finish(job, JobStateEnum.canceled, 'job-canceled-by-user');
    this.options.onDiscarded(job);
    return 'canceled';
  }

  /** Stops timers; jobs under way are aborted. */
  stop(): void {
    this.stopped = true;
    if (this.active) this.finish(this.active.job, JobStateEnum.aborted, 'aborted-by-system');
  }

  private resume(): void {
    const a = this.active;
    if (!a || a.timer || this.faults.size > 0 || this.stopped) return;
    a.job.state = JobStateEnum.processing;
    a.job.reasons = ['job-printing'];
    a.job.processingAt ??= Date.now();
    a.startedAt = Date.now();
    a.timer = setTimeout(
      () => this.finish(a.job, JobStateEnum.completed, 'job-completed-successfully'),
      a.remainingMs,
    );
  }

  private pause(): void {
    const a = this.active;
    if (!a) return;
    if (a.timer) {
      clearTimeout(a.timer);
      a.timer = null;
      a.remainingMs = Math.max(0, a.remainingMs - (Date.now() - a.startedAt));
    }
    // A job that never started waits `pending`; one that had started waits `processing-stopped`
    // (RFC 8011 §5.3.7); both say why with `printer-stopped` (§5.3.8).
    a.job.state = a.job.processingAt === null ? JobStateEnum.pending : JobStateEnum.processingStopped;
    a.job.reasons = ['printer-stopped'];
  }

  private finish(job: SimJob, state: number, reason: string): void {
    if (this.active?.job === job) {
      if (this.active.timer) clearTimeout(this.active.timer);
      this.active = null;
    }
    job.state = state;
    job.reasons = [reason];
    job.completedAt = Date.now();
    if (state === JobStateEnum.completed) this.options.onCompleted(job);
  }

  private forgetOldJobs(): void {
    const finished = [...this.jobs.values()].filter((j) => FINISHED.has(j.state));
    for (const job of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED)))
      this.jobs.delete(job.id);
  }
}
