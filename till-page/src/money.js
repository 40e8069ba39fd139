// Money on the till is counted in integer cents: the API sends amounts as strings with 2 decimals ("65.00") and
// takes them back the same way, so nothing is ever added in floating point.

/** "12.30" | "12.3" | "12" | 12.3 -> 1230; anything else -> null. */
export function toCents(value) {
  if (value === null || value === undefined) return null;
  const text = String(value).trim().replace(',', '.');
  const match = /^(-)?(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) return null;
  const cents = Number(match[2]) * 100 + Number((match[3] || '').padEnd(2, '0'));
  return match[1] ? -cents : cents;
}

/** 1230 -> "12.30", the API's form. */
export function fromCents(cents) {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

let formatter = null;

export function setCurrency(currency) {
  try {
    formatter = new Intl.NumberFormat(undefined, { style: 'currency', currency });
  } catch {
    formatter = null;
  }
}

/** "65.00" -> "GHS 65.00" (in the browser's locale, with the business currency). */
export function money(value) {
  const cents = typeof value === 'number' ? value : toCents(value);
  if (cents === null) return String(value ?? '');
  return formatter ? formatter.format(cents / 100) : fromCents(cents);
}

/** Quantities: "2.00" -> "2", "2.50" -> "2.5". */
export function qty(value) {
  const n = Number(value);
  return Number.isFinite(n) ? String(n) : String(value ?? '');
}
