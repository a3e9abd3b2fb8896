import type { SimPrinterView } from '@quire/protocol';
import type { Ref } from 'preact';
import { type PanelLanguage, type PanelSize, panelUrl } from '../lib/settings';
import { StatusLight, statusOf } from './status-light';

interface Props {
  printer: SimPrinterView;
  size: PanelSize;
  lang: PanelLanguage;
  frameRef: Ref<HTMLIFrameElement>;
}

/**
 * The printer's front: a bezel around the panel (the device app in an iframe at the panel's real pixel
 * size), with the printer's name and its status light above it.
 */
export function PrinterFrame({ printer, size, lang, frameRef }: Props) {
  const { text } = statusOf(printer);
  return (
    <section class="device" aria-label={`Printer ${printer.name}`}>
      <div class="device-head">
        <StatusLight printer={printer} />
        <span class="device-name">{printer.name}</span>
        <span class="device-model">{printer.capabilities.makeAndModel}</span>
        <span class="device-status" data-testid="printer-status">
          {text}
        </span>
      </div>
      <div class="bezel">
        <iframe
          key={`${printer.name}-${lang}`}
          ref={frameRef}
          data-testid="panel-frame"
          title={`Touch panel of ${printer.name}`}
          src={panelUrl(printer.name, lang)}
          width={size.width}
          height={size.height}
          style={{ width: `${size.width}px`, height: `${size.height}px` }}
        />
      </div>
      <div class="device-foot">{printer.capabilities.location}</div>
    </section>
  );
}
