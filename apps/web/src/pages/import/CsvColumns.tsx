import { csvColumns, exampleCsvHref, exampleFileName } from './csv-example.ts';

/** What each column means, with an example file to start from. */
export function CsvColumns() {
  return (
    <div className="space-y-3 text-sm text-neutral-700">
      <p>The first row names the columns. Quote a text that contains commas or line breaks with double quotes.</p>
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[8rem_1fr]">
        {csvColumns.map((column) => (
          <div key={column.name} className="contents">
            <dt className="font-mono text-neutral-900">{column.name}</dt>
            <dd>{column.about}</dd>
          </div>
        ))}
      </dl>
      <a href={exampleCsvHref} download={exampleFileName} className="inline-block font-medium text-accent-700 underline-offset-2 hover:underline">
        Download an example CSV
      </a>
    </div>
  );
}
