import fs from 'node:fs/promises';
import type { TrayEntry } from '@quire/protocol';
import type { SimJob } from './print-engine';

/**
 * The paper that came out of a simulated printer: one {@link TrayEntry} per completed job, newest first,
 * at most `limit` of them. Documents stay on disk; when an entry falls off the end its file is deleted.
 */
export class OutputTray {
  private entries: { entry: TrayEntry; file: string | null }[] = [];

  constructor(
    private readonly printer: string,
    private readonly limit: number,
  ) {}

  add(job: SimJob): TrayEntry {
    const t = job.template;
    const entry: TrayEntry = {
      printer: this.printer,
      printerJobId: job.id,
      name: job.name,
      user: job.user,
      receivedAt: new Date(job.completedAt ?? Date.now()).toISOString(),
      copies: t.copies,
      sides: t.sides,
      colorMode: t.colorMode,
      finishings: t.finishings,
      media: t.media,
      numberUp: t.numberUp,
      format: job.format,
      size: job.size,
      sha256: job.sha256,
    };
    this.entries.unshift({ entry, file: job.file });
    for (const dropped of this.entries.splice(this.limit)) {
      if (dropped.file) void fs.rm(dropped.file, { force: true });
    }
    return entry;
  }

  /** Newest first. */
  list(): TrayEntry[] {
    return this.entries.map((e) => e.entry);
  }

  /** The document of a job still in the tray. */
  documentOf(printerJobId: number): { entry: TrayEntry; file: string } | null {
    const found = this.entries.find((e) => e.entry.printerJobId === printerJobId);
    return found?.file ? { entry: found.entry, file: found.file } : null;
  }

  /** Empties the tray (the documents are deleted). */
  clear(): void {
    for (const { file } of this.entries.splice(0)) if (file) void fs.rm(file, { force: true });
  }
}
