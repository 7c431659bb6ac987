/** Writing the preview's rows back as CSV, so the fixed file is checked and imported by the same route. */
import type { PreviewRow } from '../api/types.js';

const field = (value: string) => (/[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export function rowsToCsv(rows: readonly PreviewRow['values'][]): string {
  const withLocale = rows.some((r) => r.locale.trim() !== '');
  const header = withLocale ? 'id,parent,name,headcount,locale' : 'id,parent,name,headcount';
  const lines = rows.map((r) =>
    [r.id, r.parent, r.name, r.headcount, ...(withLocale ? [r.locale] : [])].map(field).join(','),
  );
  return `${header}\r\n${lines.join('\r\n')}\r\n`;
}

export const TEMPLATE =
  'id,parent,name,headcount\r\nsales,,Sales,3\r\nnorth,sales,Sales North,9\r\nsouth,sales,Sales South,8\r\n';
