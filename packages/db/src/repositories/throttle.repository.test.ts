import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { connectDatabase, type DatabaseConnection } from '../client';
import { createFreshDatabase, type FreshDatabase } from '../testing/fresh-database';
import { createThrottleRepository } from './throttle.repository';

let database: FreshDatabase;
let connection: DatabaseConnection;
beforeAll(async () => {
  database = await createFreshDatabase(inject('postgresAdminUrl'));
  connection = connectDatabase(database.databaseUrl, { maxConnections: 20 });
});
afterAll(async () => {
  await connection.close();
  await database.drop();
});

const spec = { capacity: 10, refillPerSecond: 1, cost: 1 };

describe('token buckets in PostgreSQL', () => {
  it('never grants more than the capacity, however many workers ask at once', async () => {
    const throttle = createThrottleRepository(connection.db);
    const now = new Date('2026-01-01T00:00:00Z');
    const answers = await Promise.all(Array.from({ length: 40 }, () => throttle.take('acct:burst', spec, now)));
    expect(answers.filter((answer) => answer.granted)).toHaveLength(10);
    const denied = answers.find((answer) => !answer.granted);
    expect(denied?.retryAt?.getTime()).toBe(now.getTime() + 1000); // one token refills in a second
  });

  it('refills over time, up to the capacity', async () => {
    const throttle = createThrottleRepository(connection.db);
    const start = new Date('2026-01-01T01:00:00Z');
    for (let index = 0; index < 10; index++) expect((await throttle.take('acct:refill', spec, start)).granted).toBe(true);
    expect((await throttle.take('acct:refill', spec, start)).granted).toBe(false);
    const later = new Date(start.getTime() + 3000);
    const granted = [];
    for (let index = 0; index < 5; index++) granted.push((await throttle.take('acct:refill', spec, later)).granted);
    expect(granted).toEqual([true, true, true, false, false]);
  });

  it("believes the platform's headers, and blocks until the reset when nothing remains", async () => {
    const throttle = createThrottleRepository(connection.db);
    const now = new Date('2026-01-01T02:00:00Z');
    await throttle.take('acct:headers', spec, now);
    const reset = new Date(now.getTime() + 15 * 60_000);
    await throttle.observe('acct:headers', { remaining: 0, resetAt: reset }, now);
    const answer = await throttle.take('acct:headers', spec, new Date(now.getTime() + 60_000));
    expect(answer).toEqual({ granted: false, retryAt: reset });
    expect((await throttle.take('acct:headers', spec, new Date(reset.getTime() + 1000))).granted).toBe(true);
  });

  it('lowers its count to what the platform reports, but never raises it over requests still in flight', async () => {
    const throttle = createThrottleRepository(connection.db);
    const now = new Date('2026-01-01T04:00:00Z');
    for (let index = 0; index < 8; index++) await throttle.take('acct:in-flight', spec, now); // 2 left here
    // The platform answered the first request: it has seen 1 of our 8, so it says 9 remain.
    await throttle.observe('acct:in-flight', { remaining: 9, resetAt: null }, now);
    const afterHigh = [];
    for (let index = 0; index < 3; index++) afterHigh.push((await throttle.take('acct:in-flight', spec, now)).granted);
    expect(afterHigh).toEqual([true, true, false]);
    // Another client of the same account used the quota up: the platform's lower count wins.
    await throttle.take('acct:lowered', spec, now);
    await throttle.observe('acct:lowered', { remaining: 1, resetAt: null }, now);
    const afterLow = [];
    for (let index = 0; index < 3; index++) afterLow.push((await throttle.take('acct:lowered', spec, now)).granted);
    expect(afterLow).toEqual([true, false, false]);
  });

  it('takes from many buckets in one call, all of a key or nothing, and never spends a token twice under concurrency', async () => {
    const throttle = createThrottleRepository(connection.db);
    const now = new Date('2026-01-01T05:00:00Z');
    const bucket = (key: string, cost: number) => ({ key, spec: { capacity: 10, refillPerSecond: 1, cost } });
    expect(await throttle.takeMany([bucket('many:a', 4), bucket('many:b', 10), bucket('many:c', 11)], now)).toEqual(new Set(['many:a', 'many:b']));
    // a has 6 left: 7 does not fit and takes nothing; 6 does.
    expect(await throttle.takeMany([bucket('many:a', 7)], now)).toEqual(new Set());
    expect(await throttle.takeMany([bucket('many:a', 6)], now)).toEqual(new Set(['many:a']));
    // A block from the platform wins over refilled tokens.
    await throttle.block('many:b', new Date(now.getTime() + 60_000), now);
    expect(await throttle.takeMany([bucket('many:b', 1)], new Date(now.getTime() + 30_000))).toEqual(new Set());
    // Twenty concurrent single takes from a full bucket of ten: exactly ten succeed.
    const grants = await Promise.all(Array.from({ length: 20 }, () => throttle.takeMany([bucket('many:race', 1)], now)));
    expect(grants.filter((granted) => granted.has('many:race'))).toHaveLength(10);
  });

  it('opens a platform circuit after repeated failures and closes it on success', async () => {
    const throttle = createThrottleRepository(connection.db);
    const now = new Date('2026-01-01T03:00:00Z');
    for (let index = 0; index < 4; index++) await throttle.recordPlatformFailure('x', now, 5, 30_000);
    expect(await throttle.circuitOpenUntil('x', now)).toBeNull();
    await throttle.recordPlatformFailure('x', now, 5, 30_000);
    expect(await throttle.circuitOpenUntil('x', now)).toEqual(new Date(now.getTime() + 30_000));
    expect(await throttle.circuitOpenUntil('x', new Date(now.getTime() + 31_000))).toBeNull(); // half-open: one may try
    await throttle.recordPlatformSuccess('x');
    await throttle.recordPlatformFailure('x', now, 5, 30_000);
    expect(await throttle.circuitOpenUntil('x', now)).toBeNull();
  });
});
