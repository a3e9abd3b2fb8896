import type { JobView } from '@quire/protocol';
import type { Strings } from './i18n';

const pad = (n: number): string => String(n).padStart(2, '0');

/** When a job was submitted, short enough for a row: "just now", "5 min ago", "14:05", "3 Mar 14:05". */
export function submittedText(iso: string, now: Date, t: Strings['jobs']): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  const minutes = Math.floor((now.getTime() - at.getTime()) / 60_000);
  // A clock a little behind the server's still says "just now" rather than a time in the future.
  if (minutes < 1) return t.justNow;
  if (minutes < 60) return t.minutesAgo(minutes);
  const time = `${pad(at.getHours())}:${pad(at.getMinutes())}`;
  if (at.toDateString() === now.toDateString()) return time;
  return `${at.getDate()} ${t.months[at.getMonth()] ?? ''} ${time}`;
}

/** The row's second line: time · pages · colour · sides · copies. */
export function jobSummary(job: JobView, now: Date, t: Strings['jobs']): string {
  const s = job.settings;
  return [
    submittedText(job.submittedAt, now, t),
    t.pages(job.pages),
    s.colorMode === 'color' ? t.color : t.mono,
    s.sides === 'one-sided' ? t.oneSided : t.twoSided,
    t.copies(s.copies),
  ]
    .filter((part) => part !== '')
    .join(' · ');
}
