/**
 * An amount the server sent as a decimal string ("0.45") in the page's language and the currency's own
 * way ("€0.45", "0,45 €"); shown, never added up.
 */
export function formatMoney(locale: string, amount: string, currency: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(Number(amount));
  } catch {
    return `${amount} ${currency}`;
  }
}

/** A moment in local time: "21 Nov 2026, 09:05" (en-GB), "21 nov. 2026, 09:05" (fr-FR). */
export function formatDate(locale: string, iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}
