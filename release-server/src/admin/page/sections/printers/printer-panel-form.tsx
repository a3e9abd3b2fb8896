import { DEFAULT_BADGE_READER, HOME_ICONS, LANGUAGES } from '@quire/protocol';
import { useMemo } from 'preact/hooks';
import { BadgeReaderFields } from '../../components/badge-reader-fields';
import { ChoiceField, SettingsForm, TextField } from '../../components/form';
import { printerPanel } from '../../lib/admin-api';
import { STRINGS } from '../../lib/i18n';
import { routeHash } from '../../lib/route';
import { useSettings } from '../../lib/use-settings';
import { useStrings } from '../../lib/use-strings';
import { HomeIconPicture } from './home-icon-picture';
import './printers.css';

/**
 * `#/printers/<name>`: what the printer's panel shows (PRODUCT.md §10: home button label and icon; the
 * panel's language; its own badge reader or the server's), `GET|PUT /api/admin/printers/:name/panel`.
 */
export function PrinterPanelForm({ printer }: { printer: string }) {
  const t = useStrings();
  const w = t.panel;
  const resource = useMemo(() => printerPanel(printer), [printer]);
  const settings = useSettings(resource);
  return (
    <>
      <p class="back">
        <a href={routeHash('printers')}>{w.back}</a>
      </p>
      <h1 tabIndex={-1}>{w.title(printer)}</h1>
      <p class="intro">{w.intro}</p>
      <SettingsForm id="panel" settings={settings}>
        {(d) => (
          <>
            <ChoiceField
              path="language"
              label={w.language}
              hint={w.languageHint}
              value={d.language}
              options={LANGUAGES.map((l) => [l, STRINGS[l].name] as const)}
              onValue={(language) => settings.edit((x) => ({ ...x, language }))}
            />
            <TextField
              path="homeLabel"
              label={w.homeLabel}
              hint={w.homeLabelHint}
              value={d.homeLabel}
              size={40}
              spellcheck
              onValue={(homeLabel) => settings.edit((x) => ({ ...x, homeLabel }))}
            />
            <ChoiceField
              path="homeIcon"
              label={w.homeIcon}
              hint={w.homeIconHint}
              class="icons"
              value={d.homeIcon}
              options={HOME_ICONS.map(
                (icon) =>
                  [
                    icon,
                    <>
                      <HomeIconPicture icon={icon} />
                      {w.homeIcons[icon]}
                    </>,
                  ] as const,
              )}
              onValue={(homeIcon) => settings.edit((x) => ({ ...x, homeIcon }))}
            />
            <ChoiceField
              path="badgeReader"
              label={w.reader}
              value={d.badgeReader === null ? 'server' : 'own'}
              options={[
                ['server', w.readerServer],
                ['own', w.readerOwn],
              ]}
              onValue={(which) =>
                settings.edit((x) => ({
                  ...x,
                  badgeReader: which === 'server' ? null : DEFAULT_BADGE_READER,
                }))
              }
            >
              {d.badgeReader !== null && (
                <BadgeReaderFields
                  prefix="badgeReader."
                  value={d.badgeReader}
                  onChange={(badgeReader) => settings.edit((x) => ({ ...x, badgeReader }))}
                />
              )}
            </ChoiceField>
          </>
        )}
      </SettingsForm>
    </>
  );
}
