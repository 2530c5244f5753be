import type { SocialAccountRecord } from './social-account';
import { zonedTimeToInstant } from './zoned-time';

/**
 * Reading one imported spreadsheet row's cells: times, account lists and tag lists. Pure, so the
 * rules a person must follow in their spreadsheet are tested on their own.
 */

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const timePattern = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * A time as spreadsheets write it: ISO 8601 with an offset (`2026-05-01T09:00:00+02:00`, `…Z`) is
 * that instant; without an offset (`2026-05-01 09:00`) it is wall-clock time in the brand's zone,
 * and refused when the brand has none or when that time does not exist there (the hour skipped
 * when clocks spring forward).
 */
export function parseImportTime(value: string, timeZone: string | null): Parsed<Date> {
  const match = timePattern.exec(value.trim());
  const example = 'write it as 2026-05-01 09:00, or with an offset as 2026-05-01T09:00:00+02:00';
  if (!match) return { ok: false, message: `Not a time we can read; ${example}` };
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  const calendar = new Date(Date.UTC(year, month - 1, day));
  if (calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) {
    return { ok: false, message: `No such date or time; ${example}` };
  }
  const offset = match[7];
  if (offset) {
    const iso = `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6] ?? '00'}${offset.toUpperCase() === 'Z' ? 'Z' : offset.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2')}`;
    const instant = new Date(iso);
    return Number.isNaN(instant.getTime()) ? { ok: false, message: `Not a time we can read; ${example}` } : { ok: true, value: instant };
  }
  if (!timeZone) {
    return { ok: false, message: 'The brand has no time zone set, so give the time with its offset, e.g. 2026-05-01T09:00:00+02:00' };
  }
  const instant = zonedTimeToInstant({ year, month, day, hour, minute }, timeZone);
  if (!instant) return { ok: false, message: `${value.trim()} does not exist in ${timeZone} (clocks spring forward then)` };
  return { ok: true, value: new Date(instant.getTime() + second * 1000) };
}

/** Cells that hold lists: `a; b | c` → ['a', 'b', 'c'], blanks dropped, each once. */
export function splitList(cell: string, separators: RegExp): string[] {
  return [...new Set(cell.split(separators).map((item) => item.trim()).filter(Boolean))];
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const normalHandle = (handle: string) => handle.trim().replace(/^@/, '').toLowerCase();

/** One of the brand's accounts by its id or its handle (`@name` or `name`, any case). */
export function matchAccount<T extends Pick<SocialAccountRecord, 'id' | 'platform' | 'handle'>>(reference: string, accounts: T[]): Parsed<T> {
  if (uuidPattern.test(reference)) {
    const byId = accounts.find((account) => account.id === reference.toLowerCase());
    return byId ? { ok: true, value: byId } : { ok: false, message: `No account with id ${reference} on this brand` };
  }
  const handle = normalHandle(reference);
  const matches = accounts.filter((account) => normalHandle(account.handle) === handle);
  if (matches.length === 1 && matches[0]) return { ok: true, value: matches[0] };
  if (matches.length > 1) {
    return { ok: false, message: `@${handle} is the handle of ${matches.length} accounts of this brand (${matches.map((account) => account.platform).join(', ')}); use the account's id instead` };
  }
  return { ok: false, message: `No account @${handle} on this brand` };
}
