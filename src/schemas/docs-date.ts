/**
 * Microsoft Docs writes dates as MM/DD/YYYY, sometimes unpadded (M/D/YYYY).
 * Dates are calendar days, so they are kept at UTC midnight to stay the same
 * day in every time zone.
 */
const DOCS_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

export function parseDocsDate(value: string): Date | undefined {
  const match = DOCS_DATE.exec(value.trim());
  if (!match) return undefined;
  const [month, day, year] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 02/30 over into March; a real date survives the round trip.
  const isRealDate = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return isRealDate ? date : undefined;
}

/** Back to the zero-padded MM/DD/YYYY form that Microsoft Learn emits in its meta tags. */
export function formatDocsDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getUTCMonth() + 1)}/${pad(date.getUTCDate())}/${date.getUTCFullYear()}`;
}

/** The YYYY-MM-DD form a `<time datetime>` attribute wants. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
