import { BadgeReaderFields } from '../../components/badge-reader-fields';
import { SettingsForm } from '../../components/form';
import { SETTINGS } from '../../lib/admin-api';
import { routeHash } from '../../lib/route';
import { useSettings } from '../../lib/use-settings';
import { useStrings } from '../../lib/use-strings';

/**
 * `#/badge-reader`: the server-wide badge reader settings, `GET|PUT /api/admin/badge-reader`; a printer
 * with a reader of its own overrides them in its panel settings.
 */
export function BadgeReaderSection() {
  const t = useStrings();
  const settings = useSettings(SETTINGS.badgeReader);
  return (
    <>
      <h1 tabIndex={-1}>{t.badgeReader.title}</h1>
      <p class="intro">
        {t.badgeReader.intro} <a href={routeHash('printers')}>{t.badgeReader.perPrinter}</a>
      </p>
      <SettingsForm id="badge-reader" settings={settings}>
        {(d) => <BadgeReaderFields prefix="" value={d} onChange={(v) => settings.edit(() => v)} />}
      </SettingsForm>
    </>
  );
}
