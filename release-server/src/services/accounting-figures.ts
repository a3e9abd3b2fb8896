import type { JobSettings, PriceList, Pricing, QuotaLeftView, QuotaView } from '@quire/protocol';
import type { JobRecord } from '../adapters/sqlite/job-store';
import type { PrinterRecordRow } from '../adapters/sqlite/printer-store';
import { chargeFor } from '../domain/accounting/charge';
import { exactAmount, formatMoney } from '../domain/accounting/money';
import { periodKey } from '../domain/accounting/period';
import type { Left } from '../domain/accounting/quota-left';
import type { Usage } from '../domain/accounting/usage';
import { fitToPrinter } from '../domain/settings';
import type { AccountingConfig } from './accounting';

/** False when every price is zero: the panel then shows no costs. */
function pricesApply(p: PriceList): boolean {
  const zero = (x: Pricing) => x.kind === 'flat' && Number(x.mono) === 0 && Number(x.color) === 0;
  return !(zero(p.pricing) && p.models.every((m) => zero(m.pricing)));
}

/** `settings` as `printer` prints them, or null when it cannot (more copies than it makes). */
export function fitted(settings: JobSettings, printer: PrinterRecordRow): JobSettings | null {
  try {
    return fitToPrinter(settings, printer.capabilities).settings;
  } catch {
    return null;
  }
}

/** What is left of a quota, as the panel and the web queue show it (money as a decimal string). */
export function quotaLeftView(left: { total: Left; color: Left }): Pick<QuotaView, 'total' | 'color'> {
  const one = (l: Left): QuotaLeftView =>
    l.kind === 'money' ? { kind: 'money', left: exactAmount(l.left) } : l;
  return { total: one(left.total), color: one(left.color) };
}

/**
 * Costs and usage in the period `now` falls in, for the figures the panel, the web queue and the admin
 * queue show: each owner's usage read once (`readUsage`), each job priced with it (so tiers are
 * right), fitted to `printer` when there is one; a job of nobody known has no cost.
 */
export function figuresAt(
  config: AccountingConfig,
  now: Date,
  readUsage: (userId: number, period: string, currency: string) => Promise<Usage>,
) {
  const period = periodKey(now, config.policy.timeZone);
  const currency = config.prices.currency;
  const usage = new Map<number, Usage>();
  const usageOf = async (userId: number): Promise<Usage> => {
    if (!usage.has(userId)) usage.set(userId, await readUsage(userId, period, currency));
    return usage.get(userId)!;
  };
  const costs = async (printer: PrinterRecordRow | null, jobs: readonly JobRecord[]) => {
    const costs = new Map<number, string>();
    const priced = pricesApply(config.prices);
    for (const job of priced ? jobs : []) {
      const settings =
        job.userId === null ? null : printer === null ? job.settings : fitted(job.settings, printer);
      if (!settings) continue;
      const charge = chargeFor({
        pages: job.pages,
        settings,
        colorMode: settings.colorMode,
        makeAndModel: printer?.capabilities.makeAndModel ?? null,
        prices: config.prices,
        usage: await usageOf(job.userId!),
      });
      costs.set(job.id, formatMoney(charge.cost));
    }
    return { currency: priced ? currency : null, costs };
  };
  return { period, usageOf, costs };
}
