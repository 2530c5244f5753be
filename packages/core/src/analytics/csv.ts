export type CsvCell = string | number | boolean | null;

/** First characters a spreadsheet reads as a formula (OWASP "CSV injection"; tab and CR too). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell as RFC 4180 wants it: quoted when it holds a comma, quote or line break, quotes
 * doubled. Text a spreadsheet would run as a formula (=, +, -, @ …) gets a leading single
 * quote, so a post reading "=HYPERLINK(…)" shows as text. Numbers are ours and written as is;
 * null is an empty cell.
 */
export function csvCell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows joined with CRLF (RFC 4180), ending with one. */
export function toCsv(rows: CsvCell[][]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
