/**
 * An amount the server sent as a decimal string ("12.5"), in the panel's language and the currency's own
 * minor units ("€12.50", "12,50 €"). The string is never added up as a float: totals are summed in
 * thousandths of cents as integers (`sumAmounts`).
 */
export function formatMoney(locale: string, amount: string, currency: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(Number(amount));
  } catch {
    return `${amount} ${currency}`;
  }
}

const SCALE = 6;

/** Exact sum of decimal strings (at most 6 decimals, as the server sends), as a decimal string. */
export function sumAmounts(amounts: readonly string[]): string {
  let micros = 0n;
  for (const a of amounts) {
    const [whole = '0', fraction = ''] = a.split('.');
    micros +=
      BigInt(whole) * 10n ** BigInt(SCALE) + BigInt(fraction.padEnd(SCALE, '0').slice(0, SCALE) || '0');
  }
  const whole = micros / 10n ** BigInt(SCALE);
  const fraction = (micros % 10n ** BigInt(SCALE)).toString().padStart(SCALE, '0').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}
