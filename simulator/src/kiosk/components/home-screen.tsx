import { HOME_ICON_PATHS, HOME_ICON_VIEW_BOX } from '@quire/protocol';
import type { PanelSize } from '../lib/settings';
import { useHomeButton } from '../lib/use-home-button';
import { HOME_ICON_WORDS } from '../lib/words';

interface Props {
  printer: string;
  size: PanelSize;
  /** Tapping Quire's button: the panel opens. */
  onOpen(): void;
}

/**
 * The printer's own home screen, which its firmware draws, with the button Quire adds to it (PRODUCT.md
 * §5): the label and icon an administrator chose for this printer. Copying and scanning are not
 * simulated, so no other button is shown.
 */
export function HomeScreen({ printer, size, onOpen }: Props) {
  const { label, icon } = useHomeButton(printer);
  return (
    <div
      class="home-screen"
      data-testid="home-screen"
      style={{ width: `${size.width}px`, height: `${size.height}px` }}
    >
      <button type="button" class="home-button" data-testid="home-button" onClick={onOpen}>
        <svg viewBox={HOME_ICON_VIEW_BOX} role="img" aria-label={HOME_ICON_WORDS[icon]}>
          <path fill-rule="evenodd" d={HOME_ICON_PATHS[icon]} />
        </svg>
        <span data-testid="home-label">{label}</span>
      </button>
    </div>
  );
}
