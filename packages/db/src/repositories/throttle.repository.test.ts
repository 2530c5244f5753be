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
