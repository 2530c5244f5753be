import type { AccountContext } from '@socialseed/core/ports/social-provider';
import type { FakePds } from '@socialseed/testkit/fakes/bluesky/fake-pds';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBlueskyConnector } from './bluesky.connector';
import { createBlueskyProvider } from './bluesky.provider';
import { connectAlice, startSeededPds } from './bluesky.test-support';

const connector = createBlueskyConnector();
const TWO_HOURS = 2 * 60 * 60 * 1000;
let fake: FakePds;
let alice: AccountContext;

beforeEach(async () => {
  fake = await startSeededPds();
  alice = await connectAlice(fake);
});
afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

function describeAccount(account: AccountContext) {
  if (!connector.describeAccount) throw new Error('the Bluesky connector implements describeAccount');
  return connector.describeAccount(account);
}

describe('Bluesky describeAccount (getSession + getProfile at the PDS)', () => {
  it('answers the handle and the display name the person chose, with the access JWT', async () => {
    const stored = fake.store.account('alice.test');
    if (!stored) throw new Error('no alice');
    stored.displayName = 'Alice in Skyland';
    expect(await describeAccount(alice)).toEqual({ handle: 'alice.test', displayName: 'Alice in Skyland', instanceLimits: null });
    const calls = fake.requests.slice(1).map((request) => [request.nsid, request.authorization]);
    expect(calls).toEqual([
      ['com.atproto.server.getSession', `Bearer ${alice.credentials.accessToken}`],
      ['app.bsky.actor.getProfile', `Bearer ${alice.credentials.accessToken}`],
    ]);
  });

  it('calls an expired access JWT `refresh`; after the provider refreshes it, it works again', async () => {
    fake.advanceClock(TWO_HOURS + 60_000);
    await expect(describeAccount(alice)).rejects.toMatchObject({ kind: 'refresh' });
    const credentials = await createBlueskyProvider().refreshCredentials(alice);
    expect(await describeAccount({ ...alice, credentials })).toMatchObject({ handle: 'alice.test' });
  });

  it('calls a session of another account `reconnect`', async () => {
    await expect(describeAccount({ ...alice, platformAccountId: 'did:plc:someoneelse' })).rejects.toMatchObject({ kind: 'reconnect' });
  });

  it('fails a server error as retry', async () => {
    fake.injectFault('com.atproto.server.getSession', { kind: 'server-error' });
    await expect(describeAccount(alice)).rejects.toMatchObject({ kind: 'retry' });
  });
});
