import { type Locale } from '@balanse/core';
import { formatMessage } from '@balanse/core/messages';
import type { ApiError } from '../api/client.js';

/** A message with `{placeholders}` and plurals, as core formats its own. */
export const fmt = (template: string, values: Readonly<Record<string, string | number>>, locale: Locale) =>
  formatMessage(template, values, locale);

/** A date (YYYY-MM-DD or ISO) as the locale writes it; the date only, never a time of day. */
export function formatDate(value: string | null | undefined, locale: Locale): string {
  if (!value) return '';
  const date = new Date(value.length === 10 ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    date,
  );
}

/** The server's own words for a refusal: its rule (and field and row) when it named one. */
export function serverDetail(error: ApiError): string {
  return error.message;
}

/** Saves `content` as a file through a temporary object URL. */
export function saveFile(filename: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Copies `text` to the clipboard; false when the browser refuses (the text stays on screen to copy by hand). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
