/**
 * The icons the button on a printer's home screen may wear (PRODUCT.md §5, §10: "label and icon
 * configurable"). A closed set, so that every place that draws one can draw each; the shapes are here,
 * once, for the admin page's choice and the kiosk's home screen. The panel itself draws none: only the
 * names reach its bundle (the schema in `printer.ts`), and this module has no side effects to keep.
 */
export const HOME_ICONS = ['print', 'badge', 'lock', 'document', 'star'] as const;
export type HomeIcon = (typeof HOME_ICONS)[number];

/** The grid the shapes are drawn on, as an SVG `viewBox`. */
export const HOME_ICON_VIEW_BOX = '0 0 24 24';

/**
 * Each icon as the `d` of one SVG path, filled with `fill-rule="evenodd"` (holes such as a badge's photo
 * are sub-paths inside the outline). Drawn for Quire; no icon font or set is copied.
 */
export const HOME_ICON_PATHS: Readonly<Record<HomeIcon, string>> = {
  /** A printer: paper in at the top, the body, a sheet out of the slot. */
  print: 'M6 2h12v6H6zM4 9h16a2 2 0 0 1 2 2v6h-3v-3H5v3H2v-6a2 2 0 0 1 2-2zM7 15h10v7H7zM17 11h2v1.5h-2z',
  /** An identity badge: photo, shoulders and two lines of text. */
  badge:
    'M3 5h18a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1zM8 8a2 2 0 1 1 0 4a2 2 0 1 1 0-4zM5 16a3 3 0 0 1 6 0zM13 9h6v1.5h-6zM13 13h5v1.5h-5z',
  /** A padlock with its keyhole. */
  lock: 'M7 10V7a5 5 0 0 1 10 0v3h-2V7a3 3 0 0 0-6 0v3zM5 10h14a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V11a1 1 0 0 1 1-1zM12 13a1.5 1.5 0 1 1 0 3a1.5 1.5 0 1 1 0-3zM11.25 16h1.5v3h-1.5z',
  /** A page with a folded corner and two lines. */
  document:
    'M6 2h8l6 6v12a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2zM14 3.5V8h4.5zM8 12h8v1.5H8zM8 16h8v1.5H8z',
  /** A five-pointed star. */
  star: 'M12 2L14.47 8.6L21.51 8.91L15.99 13.3L17.88 20.09L12 16.2L6.12 20.09L8.01 13.3L2.49 8.91L9.53 8.6z',
};
