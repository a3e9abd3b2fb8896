import { describe, expect, it } from 'vitest';
import { DEFAULT_BADGE_READER } from './badge';
import { HOME_ICON_PATHS, HOME_ICONS } from './home-icon';
import { panelSetupSchema } from './panel';
import { DEFAULT_POLICIES } from './policies';
import { printerPanelSettingsSchema } from './printer';

describe('the home button icon of a printer panel', () => {
  it('is the printer by default, also for settings stored before the icon existed', () => {
    expect(printerPanelSettingsSchema.parse({})).toEqual({
      language: 'en',
      badgeReader: null,
      homeLabel: 'Print Release',
      homeIcon: 'print',
    });
    // What the printers table holds for a panel saved before this field.
    const stored = { language: 'fr', badgeReader: null, homeLabel: 'Impression' };
    expect(printerPanelSettingsSchema.parse(stored).homeIcon).toBe('print');
  });

  it.each(HOME_ICONS)('takes %s', (icon) => {
    expect(printerPanelSettingsSchema.parse({ homeIcon: icon }).homeIcon).toBe(icon);
  });

  it.each([['rocket'], ['Print'], [''], [3], [null]])('refuses %j', (icon) => {
    const parsed = printerPanelSettingsSchema.safeParse({ homeIcon: icon });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['homeIcon']);
  });

  it('reaches the panel in its setup, which refuses an icon it does not know', () => {
    const setup = {
      language: 'en',
      homeLabel: 'Print Release',
      homeIcon: 'lock',
      badgeReader: DEFAULT_BADGE_READER,
      policies: DEFAULT_POLICIES,
    };
    expect(panelSetupSchema.parse(setup).homeIcon).toBe('lock');
    expect(panelSetupSchema.safeParse({ ...setup, homeIcon: 'rocket' }).success).toBe(false);
  });

  it('has one shape per icon, each SVG path data that starts with a move and closes', () => {
    expect(Object.keys(HOME_ICON_PATHS).sort()).toEqual([...HOME_ICONS].sort());
    for (const d of Object.values(HOME_ICON_PATHS)) expect(d).toMatch(/^M[MLHVACZmlhvacz0-9 .-]+z$/);
  });
});
