import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountContext } from '@socialseed/core/ports/social-provider';
import type { FakePds } from '@socialseed/testkit/fakes/bluesky/fake-pds';
import { createBlueskyProvider } from './bluesky.provider';
import { connectAlice, startSeededPds, textPost } from './bluesky.test-support';

let fake: FakePds;
let alice: AccountContext;
const provider = createBlueskyProvider();

beforeEach(async () => {
  fake = await startSeededPds();
  alice = await connectAlice(fake);
});

afterEach(async () => {
  // Every call must be valid per the official lexicons.
  expect(fake.violations).toEqual([]);
  await fake.close();
});

describe('Bluesky profiles', () => {
  it("reads the account's own counts by DID from app.bsky.actor.getProfile", async () => {
    const account = fake.store.account('alice.test');
    if (account) Object.assign(account, { followersCount: 321, followsCount: 45 });
    await provider.publish(alice, textPost('hello'));
    expect(await provider.fetchProfile(alice)).toEqual({ followers: 321, following: 45, postsCount: 1 });
    const call = fake.requests.find((request) => request.nsid === 'app.bsky.actor.getProfile');
    expect(call?.params.actor).toEqual([alice.platformAccountId]);
  });

  it('reads a competitor by handle; an unknown one or a non-handle is rejected', async () => {
    const bob = fake.store.account('bob.bsky.social');
    if (bob) bob.followersCount = 9000;
    expect(await provider.fetchProfile(alice, '@bob.bsky.social')).toMatchObject({ followers: 9000, postsCount: 0 });
    await expect(provider.fetchProfile(alice, 'ghost.bsky.social')).rejects.toMatchObject({ kind: 'rejected' });
    await expect(provider.fetchProfile(alice, 'not a handle')).rejects.toMatchObject({ kind: 'rejected' });
  });
});
