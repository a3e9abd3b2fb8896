import type { ErrorBody, JobEvent } from '@quire/protocol';

/** What the server tells the panels about: a user's list changed, or a released job moved on. */
export type ServerEvent =
  | { type: 'jobs-changed'; userIds: readonly number[] }
  | {
      type: 'job-event';
      userIds: readonly number[];
      releaseId: string;
      jobId: number;
      jobName: string;
      event: JobEvent;
      note: string | null;
      error: ErrorBody | null;
    };

type Listener = (event: ServerEvent) => void;

/** Routes events to the listeners of each user they concern (the panels where those users are signed in). */
export class EventBus {
  private readonly byUser = new Map<number, Set<Listener>>();

  subscribe(userId: number, listener: Listener): () => void {
    let set = this.byUser.get(userId);
    if (!set) {
      set = new Set();
      this.byUser.set(userId, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.byUser.delete(userId);
    };
  }

  publish(event: ServerEvent): void {
    const delivered = new Set<Listener>();
    for (const userId of event.userIds) {
      for (const listener of this.byUser.get(userId) ?? []) {
        if (delivered.has(listener)) continue;
        delivered.add(listener);
        listener(event);
      }
    }
  }
}
