import type { AccountContext } from '@socialseed/core/ports/social-provider';
import { startFakePds, type FakePds, type FakePdsOptions } from '@socialseed/testkit/fakes/bluesky/fake-pds';
import { createBlueskyConnector } from './bluesky.connector';

export const ALICE = { handle: 'alice.test', appPassword: 'abcd-efgh-ijkl-mnop' };

/** A fake PDS with alice (who posts) and bob (who comments) seeded. */
export async function startSeededPds(options: FakePdsOptions = {}): Promise<FakePds> {
  const fake = await startFakePds(options);
  fake.seedAccount({ ...ALICE, displayName: 'Alice' });
  fake.seedAccount({ handle: 'bob.bsky.social', displayName: 'Bob' });
  return fake;
}

/** Alice connected through the real connector, as the app would store her account. */
export async function connectAlice(fake: FakePds): Promise<AccountContext> {
  const identity = await createBlueskyConnector().connectWithSecret?.({ baseUrl: fake.url, identifier: ALICE.handle, secret: ALICE.appPassword });
  if (!identity) throw new Error('the Bluesky connector implements connectWithSecret');
  return { accountId: 'account-alice', platform: 'bluesky', platformAccountId: identity.platformAccountId, handle: identity.handle, baseUrl: identity.baseUrl, credentials: identity.credentials };
}

/** The start of a PNG (signature and IHDR chunk): enough for dimension reading; nobody decodes it. */
export function pngHeader(width: number, height: number): Buffer {
  const bytes = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes, 0);
  bytes.writeUInt32BE(13, 8);
  bytes.write('IHDR', 12, 'ascii');
  bytes.writeUInt32BE(width, 16);
  bytes.writeUInt32BE(height, 20);
  return bytes;
}

export const textPost = (text: string) => ({ text, media: [], replyToPlatformPostId: null, idempotencyKey: `key:${text}` });
