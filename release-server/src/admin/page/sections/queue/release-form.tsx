import type { PrinterRecord } from '@quire/protocol';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { routeHash } from '../../lib/route';
import { useWords } from '../../lib/use-strings';
import { queueWords } from './words';

interface Props {
  jobId: number;
  jobName: string;
  /** The registered printers; null while they load. */
  printers: readonly PrinterRecord[] | null;
  /** Offered first: the printer chosen last (a helpdesk releases to the printer a person stands at). */
  suggested: string;
  onRelease: (printer: string) => void;
}

/**
 * "Release to…" (issue 5, the helpdesk scenario): opens in place a choice of printer and a Release
 * button; Cancel or Escape closes it and gives the focus back.
 */
export function ReleaseForm({ jobId, jobName, printers, suggested, onRelease }: Props) {
  const w = useWords(queueWords);
  const [open, setOpen] = useState(false);
  const [printer, setPrinter] = useState(suggested);
  const opener = useRef<HTMLButtonElement>(null);
  const select = useRef<HTMLSelectElement>(null);
  const moved = useRef(false);

  useLayoutEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    (open ? select : opener).current?.focus();
  }, [open]);
  const toggle = (next: boolean) => {
    moved.current = true;
    setOpen(next);
  };

  if (!open) {
    return (
      <button
        ref={opener}
        type="button"
        aria-label={w.release.name(jobName)}
        data-testid="release-open"
        onClick={() => toggle(true)}
      >
        {w.release.open}
      </button>
    );
  }
  if (printers !== null && printers.length === 0) {
    return (
      <p class="release-form">
        {w.release.noPrinters} <a href={routeHash('printers')}>{w.release.addPrinter}</a>
      </p>
    );
  }
  const names = printers?.map((p) => p.name) ?? [];
  const chosen = names.includes(printer) ? printer : (names[0] ?? '');
  const id = `release-${jobId}`;
  return (
    <form
      class="release-form"
      aria-label={w.release.name(jobName)}
      onSubmit={(e) => {
        e.preventDefault();
        if (chosen === '') return;
        setOpen(false);
        onRelease(chosen);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') toggle(false);
      }}
    >
      <label for={id}>{w.release.printer}</label>
      <select
        ref={select}
        id={id}
        data-testid="release-printer"
        onChange={(e) => setPrinter(e.currentTarget.value)}
      >
        {names.map((name) => (
          <option key={name} value={name} selected={name === chosen}>
            {name}
          </option>
        ))}
      </select>
      <button type="submit" class="primary" data-testid="release">
        {w.release.submit}
      </button>
      <button type="button" onClick={() => toggle(false)}>
        {w.release.cancel}
      </button>
    </form>
  );
}
