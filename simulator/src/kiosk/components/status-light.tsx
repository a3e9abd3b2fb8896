import type { SimPrinterView } from '@quire/protocol';
import { reasonWords } from '../lib/words';

export type Tone = 'ready' | 'busy' | 'error' | 'offline';

/** The light on the printer's front, and the words a person reads next to it. */
export function statusOf(p: SimPrinterView): { tone: Tone; text: string } {
  if (p.faults.includes('offline')) return { tone: 'offline', text: 'Offline' };
  switch (p.state) {
    case 'stopped':
      return { tone: 'error', text: `Stopped: ${[...new Set(p.reasons.map(reasonWords))].join(', ')}` };
    case 'processing':
      return { tone: 'busy', text: 'Printing…' };
    case 'idle':
      return { tone: 'ready', text: 'Ready' };
    default:
      return p.state satisfies never;
  }
}

export function StatusLight({ printer }: { printer: SimPrinterView }) {
  const { tone, text } = statusOf(printer);
  return <span class={`light light-${tone}`} role="img" aria-label={text} title={text} />;
}
