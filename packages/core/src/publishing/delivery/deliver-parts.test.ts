import { describe, expect, it } from 'vitest';
import { FakeImageProcessor } from '@socialseed/testkit/fakes/images/fake-image-processor';
import { ProviderError, type AccountContext, type PublishedPost, type PublishRequest, type SocialProvider } from '../../ports/social-provider';
import type { TargetRecord, TargetStatus, ThreadPartProgress } from '../post';
import { platformLimits } from '../rules/platform-rules';
import { resumeParts, type PartsResume } from './deliver-parts';

/** What the in-memory platform holds, and every step in the order it happened. */
class MemoryPlatform {
  readonly posts: Array<PublishRequest & { id: string }> = [];
  readonly events: string[] = [];
  /** Per upcoming publish: 'fail' (503, nothing written) or 'lost' (written, answer lost). */
  readonly faults: Array<'fail' | 'lost' | null> = [];

  readonly provider: Pick<SocialProvider, 'findPublished'> = {
    findPublished: async (_account, request) => {
      this.events.push(`look ${request.idempotencyKey}`);
      const post = this.posts.find((candidate) => candidate.idempotencyKey === request.idempotencyKey);
      return post ? this.published(post.id) : null;
    },
  };

  async publish(request: PublishRequest): Promise<PublishedPost> {
    const fault = this.faults.shift() ?? null;
    if (fault === 'fail') throw new ProviderError('retry', '503', { status: 503 });
    const id = `post-${this.posts.length + 1}`;
    this.posts.push({ ...request, id });
    this.events.push(`publish ${request.idempotencyKey}`);
    if (fault === 'lost') throw new ProviderError('retry', 'no answer', { outcomeUnknown: true });
    return this.published(id);
  }

  private published(id: string): PublishedPost {
    return { platformPostId: id, url: `https://example.test/${id}`, publishedAt: new Date('2026-03-01T10:00:00Z') };
  }
}

/** The target row as the repository keeps it: progress is saved only under the current claim. */
class MemoryTarget {
  progress: ThreadPartProgress[] | null = null;
  claimToken = 'claim-1';
  constructor(private readonly platform: MemoryPlatform) {}

  readonly targets = {
    saveThreadProgress: async (_id: string, claimToken: string, progress: ThreadPartProgress[]) => {
      if (claimToken !== this.claimToken) return false;
      this.progress = progress;
      this.platform.events.push(`save ${progress.length}`);
      return true;
    },
  };
}

const account: AccountContext = { accountId: 'a1', platform: 'x', platformAccountId: 'u1', handle: 'brand', baseUrl: 'https://x.test', credentials: { accessToken: 't', refreshToken: null, expiresAt: null } };
const longText = 'Socialseed delivers every part of a thread in order, exactly once. '.repeat(12);

function targetRecord(overrides: Partial<TargetRecord> & { status: TargetStatus }): TargetRecord {
  return {
    id: 'target-1', postId: 'post-1', organizationId: 'org-1', socialAccountId: 'a1', platform: 'x', text: null, mediaIds: null,
    asThread: true, threadProgress: null, scheduledAt: new Date('2026-03-01T09:59:00Z'), nextAttemptAt: null, attempts: 1,
    claimToken: 'claim-1', claimedAt: null, firstAttemptAt: new Date('2026-03-01T10:00:00Z'), platformPostId: null, platformUrl: null,
    publishedAt: null, lastErrorKind: null, lastErrorMessage: null, ...overrides,
  };
}

function setup() {
  const platform = new MemoryPlatform();
  const row = new MemoryTarget(platform);
  const images = new FakeImageProcessor();
  const deps = { uow: { targets: row.targets }, clock: { now: () => new Date('2026-03-01T10:05:00Z') }, images };
  /** One attempt as deliverTargets makes it: resume, then send what is left. */
  async function attempt(status: TargetStatus, request: Partial<PublishRequest> = {}, target: Partial<TargetRecord> = {}): Promise<PublishedPost | PartsResume> {
    const resume = await resumeParts(deps, {
      target: targetRecord({ status, threadProgress: row.progress, claimToken: row.claimToken, ...target }),
      claimToken: row.claimToken,
      request: { text: longText, media: [], replyToPlatformPostId: null, idempotencyKey: 'target-1', ...request },
      limits: platformLimits('x'),
      provider: platform.provider,
      context: account,
    });
    return resume.unverified ? resume : resume.sendRest((part) => platform.publish(part));
  }
  return { platform, row, images, attempt };
}

describe('resumeParts', () => {
  it('sends a single post as before: one publish with the target id as key, nothing saved', async () => {
    const { platform, attempt } = setup();
    const published = await attempt('publishing', { text: longText }, { asThread: false });
    expect(platform.posts).toHaveLength(1);
    expect(platform.posts[0]).toMatchObject({ text: longText, idempotencyKey: 'target-1', replyToPlatformPostId: null });
    expect(platform.events).toEqual(['publish target-1']);
    expect(published).toMatchObject({ platformPostId: 'post-1' });
  });

  it('sends a thread in order, each part answering the previous, saving each before the next', async () => {
    const { platform, row, images, attempt } = setup();
    const image = images.image({ mimeType: 'image/webp', width: 9000, height: 3000, hasAlpha: false, animated: false });
    const published = await attempt('publishing', { media: [{ bytes: image, mimeType: 'image/webp', altText: 'chart' }] });
    const count = platform.posts.length;
    expect(count).toBeGreaterThanOrEqual(3);
    expect(platform.events).toEqual(platform.posts.flatMap((_, index) => [`publish ${index === 0 ? 'target-1' : `target-1:${index + 1}`}`, `save ${index + 1}`]));
    platform.posts.forEach((post, index) => {
      expect(post.replyToPlatformPostId).toBe(index === 0 ? null : `post-${index}`);
      expect(post.text.endsWith(` ${index + 1}/${count}`)).toBe(true);
    });
    // Images go on the first part only, fitted to the platform (X: 4096 px, WebP kept as a type X takes).
    expect(platform.posts.map((post) => post.media.length)).toEqual(platform.posts.map((_, index) => (index === 0 ? 1 : 0)));
    expect(images.encodings).toEqual([expect.objectContaining({ maxWidth: 4096, maxHeight: 1365 })]);
    expect(platform.posts[0]?.media[0]).toMatchObject({ altText: 'chart' });
    expect(row.progress?.map((part) => part.platformPostId)).toEqual(platform.posts.map((post) => post.id));
    expect(published).toMatchObject({ platformPostId: 'post-1', url: 'https://example.test/post-1' });
  });

  it('after a failure on part 2, the retry sends from part 2 on, without looking first', async () => {
    const { platform, row, attempt } = setup();
    platform.faults.push(null, 'fail');
    await expect(attempt('publishing')).rejects.toThrow('503');
    expect(row.progress).toHaveLength(1);
    platform.events.length = 0;
    const published = await attempt('retrying');
    expect(platform.events[0]).toBe('publish target-1:2');
    expect(platform.events.filter((event) => event.startsWith('look'))).toEqual([]);
    expect(new Set(platform.posts.map((post) => post.idempotencyKey)).size).toBe(platform.posts.length);
    expect(platform.posts[1]?.replyToPlatformPostId).toBe('post-1');
    expect(published).toMatchObject({ platformPostId: 'post-1' });
  });

  it('after a lost answer on part 2, looks for part 2 only, saves it, and goes on with part 3', async () => {
    const { platform, row, attempt } = setup();
    platform.faults.push(null, 'lost');
    await expect(attempt('publishing')).rejects.toThrow('no answer');
    expect(row.progress).toHaveLength(1); // part 2 landed, but nobody knows yet
    platform.events.length = 0;
    await attempt('verifying');
    expect(platform.events.slice(0, 4)).toEqual(['look target-1:2', 'save 2', 'publish target-1:3', 'save 3']);
    expect(new Set(platform.posts.map((post) => post.idempotencyKey)).size).toBe(platform.posts.length);
    expect(row.progress?.map((part) => part.platformPostId)).toEqual(platform.posts.map((post) => post.id));
  });

  it('after a crash with part 1 saved, a verifying attempt looks for part 2 and, not finding it, sends it', async () => {
    const { platform, row, attempt } = setup();
    platform.faults.push(null, 'fail'); // stands in for the crash: part 1 saved, nothing more
    await expect(attempt('publishing')).rejects.toThrow();
    platform.events.length = 0;
    await attempt('verifying');
    expect(platform.events.slice(0, 3)).toEqual(['look target-1:2', 'publish target-1:2', 'save 2']);
    expect(platform.posts[1]?.replyToPlatformPostId).toBe('post-1');
    expect(row.progress?.length).toBe(platform.posts.length);
  });

  it('leaves the outcome unknown when the platform cannot be asked', async () => {
    const { platform, attempt } = setup();
    platform.provider.findPublished = async () => {
      throw new ProviderError('retry', 'search is down', { status: 503 });
    };
    const outcome = await attempt('verifying');
    expect(outcome).toMatchObject({ unverified: expect.objectContaining({ message: 'search is down' }) });
    expect(platform.posts).toEqual([]);
  });

  it('stops sending as soon as the claim is lost', async () => {
    const { platform, row, attempt } = setup();
    const publish = platform.publish.bind(platform);
    platform.publish = async (request) => {
      const published = await publish(request);
      row.claimToken = 'claim-2'; // another worker took over while part 1 was on its way
      return published;
    };
    await attempt('publishing', {}, { claimToken: 'claim-1' });
    expect(platform.posts).toHaveLength(1);
    expect(row.progress).toBeNull();
  });

  it('refuses an image that cannot be read, before anything is sent', async () => {
    const { platform, attempt } = setup();
    await expect(attempt('publishing', { media: [{ bytes: Buffer.from('not an image'), mimeType: 'image/png', altText: '' }] })).rejects.toMatchObject({ kind: 'rejected' });
    expect(platform.posts).toEqual([]);
  });
});
