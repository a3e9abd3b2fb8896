import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/**
 * PDFs larger than this are not parsed at ingest: pdf-lib reads the whole file into memory, and memory
 * must not grow with document size (PRODUCT.md §12). Their page count stays unknown.
 * @default 64 MiB
 */
export const MAX_PDF_PARSE_BYTES = 64 * 1024 * 1024;

export interface PageCounterOptions {
  /** Worker threads parsing at once. @default the cores but one, at least 1 and at most 4 */
  workers?: number;
  /**
   * A document whose parse takes longer is given up (pages unknown) and its worker replaced.
   * @default 20 s
   */
  timeoutMs?: number;
  /** Heap a worker may use before it is stopped (pages unknown) and replaced. @default 512 MiB */
  maxHeapMb?: number;
  /**
   * Told when a document's count is given up because its worker took too long, ran out of memory or
   * failed (not for a document that is simply not a PDF): the server logs it for the administrator.
   */
  onGiveUp?: (file: string, why: string) => void;
}

interface Task {
  file: string;
  bytes: Uint8Array | null;
  resolve(pages: number | null): void;
}

export interface Lane {
  worker: Worker | null;
  task: Task | null;
  timer: NodeJS.Timeout | null;
}

const WORKER_URL = new URL('./page-count-worker.mjs', import.meta.url);

/**
 * Page counts of spooled PDFs from the `/Count` of their page tree, through pdf-lib's parser
 * (STANDARDS.md §4), never a byte search, in worker threads. A PDF is hostile input: parsing it on the
 * main thread would stop every panel, IPP client and release while it runs (tens of milliseconds for a
 * large document, longer for a crafted one), and costs the main thread half a millisecond for an
 * ordinary 20-page document at ingest. In a worker, a parse that takes too long or uses too much memory
 * is stopped with its worker, and the job is held with its page count unknown.
 */
export class PageCounter {
  private readonly lanes: Lane[];
  private readonly queue: Task[] = [];
  private readonly timeoutMs: number;
  private readonly maxHeapMb: number;
  private readonly onGiveUp: (file: string, why: string) => void;
  private closed = false;

  constructor(options: PageCounterOptions = {}) {
    const workers = options.workers ?? Math.max(1, Math.min(4, availableParallelism() - 1));
    this.lanes = Array.from({ length: workers }, () => ({ worker: null, task: null, timer: null }));
    this.timeoutMs = options.timeoutMs ?? 20_000;
    this.maxHeapMb = options.maxHeapMb ?? 512;
    this.onGiveUp = options.onGiveUp ?? (() => undefined);
  }

  /**
   * Pages of the PDF at `file` (`size` bytes), or of `bytes` when the document is still in memory; null
   * for an unreadable, too large or too slow document.
   */
  count(file: string, size: number, bytes: Buffer | null = null): Promise<number | null> {
    if (size > MAX_PDF_PARSE_BYTES || this.closed) return Promise.resolve(null);
    return new Promise((resolve) => {
      // A copy of its own, so that its memory can move to the worker rather than be copied again.
      this.queue.push({ file, bytes: bytes && new Uint8Array(bytes), resolve });
      this.dispatch();
    });
  }

  /** Stops the workers; counts asked for from now on, or still waiting, are unknown. */
  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.resolve(null);
    await Promise.all(this.lanes.map((lane) => this.finish(lane, null)));
  }

  private dispatch(): void {
    for (const lane of this.lanes) {
      while (!lane.task) {
        const task = this.queue.shift();
        if (!task) return;
        this.start(lane, task);
      }
    }
  }

  /** Hands `task` to the lane's worker, starting one if need be; a worker that cannot start (no thread left) gives pages unknown. */
  private start(lane: Lane, task: Task): void {
    let worker: Worker;
    try {
      worker = lane.worker ?? this.spawn(lane);
    } catch (error) {
      this.onGiveUp(task.file, `page count worker could not start: ${(error as Error).message}`);
      task.resolve(null);
      return;
    }
    lane.worker = worker;
    lane.task = task;
    lane.timer = setTimeout(() => {
      this.onGiveUp(task.file, `no count after ${this.timeoutMs} ms`);
      void this.finish(lane, null);
    }, this.timeoutMs);
    const { file, bytes } = task;
    worker.postMessage({ file, bytes }, bytes ? [bytes.buffer as ArrayBuffer] : []);
  }

  /** A new worker for `lane` (its own method so a test can make it fail as a machine out of threads does). */
  protected spawn(lane: Lane): Worker {
    const worker = new Worker(WORKER_URL, {
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: this.maxHeapMb },
    });
    worker.unref();
    worker.on('message', (pages: number | null) => {
      if (lane.worker === worker) this.settle(lane, typeof pages === 'number' ? pages : null);
    });
    // Out of memory or crashed: the document it held has no count, and the next gets a new worker.
    const lost = (why: string) => {
      if (lane.worker !== worker) return;
      if (lane.task) this.onGiveUp(lane.task.file, why);
      void this.finish(lane, null);
    };
    worker.on('error', (error: Error) => lost(`page count worker failed: ${error.message}`));
    worker.on('exit', (code: number) => lost(`page count worker stopped (exit code ${code})`));
    return worker;
  }

  /** The lane's task is answered and the lane takes the next one. */
  private settle(lane: Lane, pages: number | null): void {
    if (lane.timer) clearTimeout(lane.timer);
    lane.timer = null;
    const task = lane.task;
    lane.task = null;
    task?.resolve(pages);
    if (!this.closed) this.dispatch();
  }

  /** The lane's task is answered with `pages` and its worker, stuck or gone, is stopped and dropped. */
  private async finish(lane: Lane, pages: number | null): Promise<void> {
    const worker = lane.worker;
    lane.worker = null;
    this.settle(lane, pages);
    await worker?.terminate();
  }
}
