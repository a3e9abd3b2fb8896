import { useEffect, useState } from 'preact/hooks';

/** The time, re-read every `everyMs`, so "5 min ago" moves on without a server push. */
export function useNow(everyMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
