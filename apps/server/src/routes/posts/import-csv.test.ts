import { describe, expect, it } from 'vitest';
import { isAppError } from '@socialseed/core/errors';
import { readImportCsv } from './import-csv';

function csvError(csv: string): string {
  try {
    readImportCsv(csv);
  } catch (error) {
    if (isAppError(error)) {
      expect(error.details?.issues?.map((issue) => issue.field)).toEqual(['csv']);
      return error.details?.issues?.[0]?.message ?? '';
    }
    throw error;
  }
  throw new Error('expected the CSV to be refused');
}

describe('readImportCsv', () => {
  it('numbers rows as a spreadsheet does: header row 1, blank lines counted but skipped', () => {
    const rows = readImportCsv('\uFEFFtext,accounts,time,tags\r\n"Hello, world",@a;@b,2026-05-01 09:00,launch;news\r\n\r\n   \r\n"Two\r\nlines",x,,\r\n');
    expect(rows).toEqual([
      { row: 2, text: 'Hello, world', accounts: '@a;@b', time: '2026-05-01 09:00', tags: 'launch;news' },
      { row: 5, text: 'Two\nlines', accounts: 'x', time: '', tags: '' },
    ]);
  });

  it('reads columns in any order and any case, and missing cells as null', () => {
    expect(readImportCsv('Tags, TEXT\nweekly\n')).toEqual([{ row: 2, text: null, accounts: null, time: null, tags: 'weekly' }]);
    expect(readImportCsv('text\n')).toEqual([]);
  });

  it('refuses what cannot be read, naming csv', () => {
    expect(csvError('text\n"never closed\n')).toMatch(/Quote Not Closed/);
    expect(csvError('accounts,time\n@a,\n')).toMatch(/"text" column/);
    expect(csvError('text,acounts\nhi,@a\n')).toMatch(/Unknown column "acounts"/);
    expect(csvError('text,Text\nhi,ho\n')).toMatch(/appears twice/);
    expect(csvError('')).toMatch(/empty/);
    expect(csvError(`text\n${'row\n'.repeat(501)}`)).toMatch(/At most 500/);
  });
});
