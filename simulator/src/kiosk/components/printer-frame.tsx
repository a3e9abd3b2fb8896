import type { SimPrinterView } from '@quire/protocol';
import type { Ref } from 'preact';
import { type PanelLanguage, type PanelSize, panelUrl } from '../lib/settings';
import { HomeScreen } from './home-screen';
import { StatusLight, statusOf } from './status-light';

interface Props {
  printer: SimPrinterView;
  size: PanelSize;
  lang: PanelLanguage;
  frameRef: Ref<HTMLIFrameElement>;
  /** The printer's home screen shows instead of the panel. */
  home: boolean;
  /** The printer's Home key: back to its home screen. */
  onHome(): void;
  /** Quire's button on the home screen: the panel opens. */
  onOpen(): void;
}

/**
 * The printer's front: a bezel around the panel (the device app in an iframe at the panel's real pixel
 * size), with the printer's name and its status light above it and its Home key below. The kiosk opens
 * on the panel, as a printer whose release app is its default screen does; Home shows the printer's home
 * screen, where Quire's button opens the panel again (a fresh start, like a relaunched app).
 */
export function PrinterFrame({ printer, size, lang, frameRef, home, onHome, onOpen }: Props) {
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
        {home ? (
          <HomeScreen key={printer.name} printer={printer.name} size={size} onOpen={onOpen} />
        ) : (
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
        )}
      </div>
      <div class="device-foot">
        <button type="button" class="home-key" data-testid="home-key" onClick={onHome}>
          Home
        </button>
        <span>{printer.capabilities.location}</span>
      </div>
    </section>
  );
}
