/**
 * An amount the server sent as a decimal string, in the page's language: "0.15 EUR" → "€0.15" or
 * "0,15 €". Shown only: the exact string stays what the server keeps and exports.
 */
export function formatMoney(amount: string, currency: string, locale: string): string {
  const n = Number(amount);
  if (!Number.isFinite(n)) return `${amount} ${currency}`;
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 6 }).format(n);
  } catch {
    return `${amount} ${currency}`;
  }
}
