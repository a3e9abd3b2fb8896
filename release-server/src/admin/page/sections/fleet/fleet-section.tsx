import type { Route } from '../../lib/route';
import { FleetOverview } from './fleet-overview';
import { PrinterDetail } from './printer-detail';

/** The fleet section: `#/fleet[?state=]` lists the printers, `#/fleet/<printer>` shows one. */
export function FleetSection({ route }: { route: Route }) {
  const printer = route.path[0];
  return printer === undefined ? <FleetOverview route={route} /> : <PrinterDetail printer={printer} />;
}
