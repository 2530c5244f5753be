import { CsvError, parse } from 'csv-parse/sync';
import { AppError } from '@socialseed/core/errors';
import { MAX_IMPORT_ROWS, type ImportRow } from '@socialseed/core/publishing/import-posts';

const columns = ['text', 'accounts', 'time', 'tags'] as const;
type Column = (typeof columns)[number];

const invalidCsv = (message: string) => AppError.invalid([{ field: 'csv', message }], `The CSV could not be imported: ${message}`);

/**
 * Reads an import CSV into rows numbered as a spreadsheet shows them (header = row 1, blank
 * lines count as rows but are skipped). A byte-order mark, CRLF or LF line ends and quoted cells
 * with commas or line breaks are all fine. The header must name a `text` column; `accounts`,
 * `time` and `tags` are optional and any other column is refused, so a misspelt one is not
 * silently ignored. A CSV that cannot be read at all is a 400 naming `csv`.
 */
export function readImportCsv(csv: string): ImportRow[] {
  let records: string[][];
  try {
    records = parse(csv, { bom: true, relax_column_count: true, skip_empty_lines: false });
  } catch (error) {
    if (error instanceof CsvError) throw invalidCsv(error.message);
    throw error;
  }
  const [header, ...data] = records;
  if (!header || header.every((cell) => cell.trim() === '')) throw invalidCsv('It is empty; its first row must name the columns, e.g. text,accounts,time,tags');
  const positions = new Map<Column, number>();
  for (const [index, cell] of header.entries()) {
    const name = cell.trim().toLowerCase();
    if (name === '') continue;
    const column = columns.find((candidate) => candidate === name);
    if (!column) throw invalidCsv(`Unknown column "${cell.trim()}"; the columns are ${columns.join(', ')}`);
    if (positions.has(column)) throw invalidCsv(`The column "${column}" appears twice`);
    positions.set(column, index);
  }
  if (!positions.has('text')) throw invalidCsv('The first row must name a "text" column');

  // Line breaks inside a quoted cell become \n whatever the file used, as the composer writes them.
  const cell = (record: string[], column: Column) => {
    const index = positions.get(column);
    const value = index === undefined ? undefined : record[index];
    return value === undefined ? null : value.replace(/\r\n?/g, '\n');
  };
  const rows = data.flatMap((record, index) =>
    record.every((value) => value.trim() === '')
      ? []
      : [{ row: index + 2, text: cell(record, 'text'), accounts: cell(record, 'accounts'), time: cell(record, 'time'), tags: cell(record, 'tags') }],
  );
  if (rows.length > MAX_IMPORT_ROWS) throw invalidCsv(`At most ${MAX_IMPORT_ROWS} posts per import; this has ${rows.length}`);
  return rows;
}
