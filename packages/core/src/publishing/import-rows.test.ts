import { describe, expect, it } from 'vitest';
import { matchAccount, parseImportTime, splitList } from './import-rows';
import type { Platform } from './platforms';

const iso = (result: ReturnType<typeof parseImportTime>) => (result.ok ? result.value.toISOString() : result.message);

describe('parseImportTime', () => {
  it('reads a time with an offset as that instant, whatever the brand zone', () => {
    expect(iso(parseImportTime('2030-03-05T10:00:00+02:00', 'America/New_York'))).toBe('2030-03-05T08:00:00.000Z');
    expect(iso(parseImportTime('2030-03-05T10:00Z', null))).toBe('2030-03-05T10:00:00.000Z');
    expect(iso(parseImportTime('2030-03-05 10:00 +0530', null))).toBe('2030-03-05T04:30:00.000Z');
  });

  it("reads wall-clock time in the brand's zone, daylight saving included", () => {
    expect(iso(parseImportTime('2030-03-05 09:30', 'Europe/Berlin'))).toBe('2030-03-05T08:30:00.000Z'); // CET, +01:00
    expect(iso(parseImportTime('2030-07-05 09:30', 'Europe/Berlin'))).toBe('2030-07-05T07:30:00.000Z'); // CEST, +02:00
    expect(iso(parseImportTime(' 2030-07-05T09:30:15 ', 'Asia/Tokyo'))).toBe('2030-07-05T00:30:15.000Z');
  });

  it('refuses times it cannot read, that do not exist, or that need a zone the brand lacks', () => {
    expect(parseImportTime('next tuesday', 'Europe/Berlin')).toMatchObject({ ok: false, message: expect.stringMatching(/Not a time we can read/) });
    expect(parseImportTime('2030-02-30 09:00', 'Europe/Berlin')).toMatchObject({ ok: false, message: expect.stringMatching(/No such date/) });
    expect(parseImportTime('2030-02-03 24:00', 'Europe/Berlin')).toMatchObject({ ok: false, message: expect.stringMatching(/No such date/) });
    // Clocks in Berlin jump from 02:00 to 03:00 on the last Sunday of March.
    expect(parseImportTime('2030-03-31 02:30', 'Europe/Berlin')).toMatchObject({ ok: false, message: expect.stringMatching(/does not exist in Europe\/Berlin/) });
    expect(parseImportTime('2030-03-05 09:30', null)).toMatchObject({ ok: false, message: expect.stringMatching(/no time zone/) });
  });
});

describe('splitList', () => {
  it('splits on the given separators, trims, drops blanks and repeats', () => {
    expect(splitList(' @a ; b| @a ;; ', /[;|]/)).toEqual(['@a', 'b']);
    expect(splitList('', /;/)).toEqual([]);
  });
});

describe('matchAccount', () => {
  const account = (id: string, platform: Platform, handle: string) => ({ id, platform, handle });
  const accounts = [
    account('0b7f1c52-3c1e-4d3f-9a53-6f1f2a7e0c01', 'sandbox', 'alpha'),
    account('0b7f1c52-3c1e-4d3f-9a53-6f1f2a7e0c02', 'x', '@Beta'),
    account('0b7f1c52-3c1e-4d3f-9a53-6f1f2a7e0c03', 'sandbox', 'twin'),
    account('0b7f1c52-3c1e-4d3f-9a53-6f1f2a7e0c04', 'bluesky', 'twin'),
  ];

  it('finds an account by id or by handle, with or without @, in any case', () => {
    expect(matchAccount('@ALPHA', accounts)).toMatchObject({ ok: true, value: { platform: 'sandbox' } });
    expect(matchAccount('beta', accounts)).toMatchObject({ ok: true, value: { platform: 'x' } });
    expect(matchAccount('0B7F1C52-3C1E-4D3F-9A53-6F1F2A7E0C04', accounts)).toMatchObject({ ok: true, value: { platform: 'bluesky' } });
  });

  it('says when a handle is unknown, or names two accounts and needs the id', () => {
    expect(matchAccount('@nobody', accounts)).toEqual({ ok: false, message: 'No account @nobody on this brand' });
    expect(matchAccount('twin', accounts)).toMatchObject({ ok: false, message: expect.stringMatching(/2 accounts of this brand \(sandbox, bluesky\); use the account's id/) });
    expect(matchAccount('0b7f1c52-3c1e-4d3f-9a53-6f1f2a7e0c99', accounts)).toMatchObject({ ok: false });
  });
});
