import { isProviderError } from '@socialseed/core/ports/social-provider';
import type { FakePds } from '@socialseed/testkit/fakes/bluesky/fake-pds';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBlueskyConnector } from './bluesky.connector';
import { ALICE, startSeededPds } from './bluesky.test-support';

let fake: FakePds;
beforeEach(async () => {
  fake = await startSeededPds();
});
afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

const connector = createBlueskyConnector();

describe('Bluesky connector', () => {
  it('opens a session with the app password and keeps its JWTs as credentials', async () => {
    const before = Date.now();
    const identity = await connector.connectWithSecret?.({ baseUrl: `${fake.url}/`, identifier: `@${ALICE.handle}`, secret: ALICE.appPassword });
    const alice = fake.store.account(ALICE.handle);
    expect(identity).toMatchObject({ platformAccountId: alice?.did, handle: 'alice.test', baseUrl: fake.url });
    expect(identity?.credentials.refreshToken).toMatch(/^ey/);
    // expiresAt comes from the access JWT's exp claim: two hours on the PDS.
    const expiresIn = (identity?.credentials.expiresAt?.getTime() ?? 0) - before;
    expect(expiresIn).toBeGreaterThan(2 * 60 * 60 * 1000 - 5000);
    expect(expiresIn).toBeLessThanOrEqual(2 * 60 * 60 * 1000 + 1000);
    expect(fake.requests.map((request) => [request.nsid, request.body])).toEqual([['com.atproto.server.createSession', { identifier: 'alice.test', password: ALICE.appPassword }]]);
  });

  it('fails a wrong app password as reconnect, since only its owner can fix it', async () => {
    const failure = await connector.connectWithSecret?.({ baseUrl: fake.url, identifier: ALICE.handle, secret: 'wrong-pass-word-1234' }).catch((error: unknown) => error);
    expect(isProviderError(failure) && failure.kind).toBe('reconnect');
    expect(isProviderError(failure) && failure.status).toBe(401);
  });

  it('rejects an empty identifier without calling the PDS', async () => {
    const failure = await connector.connectWithSecret?.({ baseUrl: fake.url, identifier: ' @ ', secret: 'x' }).catch((error: unknown) => error);
    expect(isProviderError(failure) && failure.kind).toBe('rejected');
    expect(fake.requests).toEqual([]);
  });
});
