import { useStrings } from '../../lib/use-strings';

export interface MonoOfferProps {
  /** The server's words, e.g. "Colour quota used up: print in black and white?" */
  message: string;
  onAccept(): void;
  onDecline(): void;
}

/** Only colour stands in the way: ask once, in the server's words, with two big answers (issue 3). */
export function MonoOffer({ message, onAccept, onDecline }: MonoOfferProps) {
  const t = useStrings().money;
  return (
    <div class="mono-offer" role="alertdialog" aria-label={message} data-testid="mono-offer">
      <p>{message}</p>
      <button type="button" class="primary" data-testid="mono-offer-accept" onClick={onAccept}>
        {t.acceptMono}
      </button>
      <button type="button" data-testid="mono-offer-decline" onClick={onDecline}>
        {t.declineMono}
      </button>
    </div>
  );
}
