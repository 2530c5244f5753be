/**
 * The columns `POST /posts/import` reads, in words for the page, and a file to start from.
 * The example uses placeholder handles: people replace them with their own accounts.
 */
export const csvColumns = [
  { name: 'text', about: 'The words of the post.' },
  { name: 'accounts', about: 'Where it goes: handles (with or without @) or ids of the brand’s accounts, separated by ; or |.' },
  {
    name: 'time',
    about:
      'Optional. When it goes out: ISO 8601 with an offset (2030-03-01T09:30:00+01:00), or YYYY-MM-DD HH:mm in the brand’s time zone. A row with a time is scheduled, or sent for approval first where approval is needed; a row without one becomes a draft.',
  },
  { name: 'tags', about: 'Optional. Tags, separated by ;.' },
] as const;

export const exampleCsv = [
  'text,accounts,time,tags',
  '"Budgeting is a habit, not a spreadsheet.",acme,2030-03-02 09:30,habits;money',
  'Three ways to save on fees this month.,acme|acme_news,2030-03-03T12:00:00+01:00,fees',
  'Ask us anything about saving for a home.,acme,,questions',
].join('\n');

export const exampleFileName = 'socialseed-posts-example.csv';

/** A `data:` address for the example, so the download needs no request and no object URL to release. */
export const exampleCsvHref = `data:text/csv;charset=utf-8,${encodeURIComponent(exampleCsv)}`;
