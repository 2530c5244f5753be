import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { connectDatabase, type DatabaseConnection } from '../client';
import { createFreshDatabase, type FreshDatabase } from '../testing/fresh-database';
import { createThrottleRepository } from './throttle.repository';

let database: FreshDatabase;
let connection: DatabaseConnection;
beforeAll(async () => {
  database = await createFreshDatabase(inject('postgresAdminUrl'));
  connection = connectDatabase(database.databaseUrl, { maxConnections: 4 });
});
afterAll(async () => {
  await connection.close();
  await database.drop();
});

const spec = { capacity: 10, refillPerSecond: 1, cost: 4 };

describe('ThrottleRepository.inspect (read-only, for account health)', () => {
  it('is null for a bucket no delivery has created', async () => {
    expect(await createThrottleRepository(connection.db).inspect('acct:never', new Date())).toBeNull();
  });

  it('answers the tokens after refill, never above capacity, and changes nothing', async () => {
    const throttle = createThrottleRepository(connection.db);
    const start = new Date('2026-02-01T00:00:00Z');
    await throttle.take('acct:look', spec, start);
    await throttle.take('acct:look', spec, start);
    expect(await throttle.inspect('acct:look', start)).toEqual({ tokens: 2, capacity: 10, blockedUntil: null });
    expect(await throttle.inspect('acct:look', new Date(start.getTime() + 3500))).toEqual({ tokens: 5.5, capacity: 10, blockedUntil: null });
    expect(await throttle.inspect('acct:look', new Date(start.getTime() + 60_000))).toEqual({ tokens: 10, capacity: 10, blockedUntil: null });
    // Looking spent nothing: a take at the start still finds only 2.
    expect((await throttle.take('acct:look', spec, start)).granted).toBe(false);
  });

  it('reports a block only while it is in force', async () => {
    const throttle = createThrottleRepository(connection.db);
    const now = new Date('2026-02-01T01:00:00Z');
    await throttle.take('acct:blocked', spec, now);
    const until = new Date(now.getTime() + 60_000);
    await throttle.block('acct:blocked', until, now);
    expect(await throttle.inspect('acct:blocked', now)).toMatchObject({ tokens: 0, blockedUntil: until });
    expect(await throttle.inspect('acct:blocked', new Date(until.getTime() + 1000))).toMatchObject({ blockedUntil: null });
  });
});
