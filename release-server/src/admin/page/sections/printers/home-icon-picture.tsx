import { HOME_ICON_PATHS, HOME_ICON_VIEW_BOX, type HomeIcon } from '@quire/protocol';

/**
 * One of the home button's icons, from the shapes the kiosk's home screen draws too. Hidden from screen
 * readers: the icon's name is written beside it.
 */
export function HomeIconPicture({ icon }: { icon: HomeIcon }) {
  return (
    <svg class="home-icon" viewBox={HOME_ICON_VIEW_BOX} aria-hidden="true" focusable="false">
      <path fill-rule="evenodd" d={HOME_ICON_PATHS[icon]} />
    </svg>
  );
}
