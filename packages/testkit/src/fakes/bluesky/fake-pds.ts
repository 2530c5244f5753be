import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { LexiconValidator, type LexiconViolation } from '../../spec/lexicon-validator';
import { appViewRoutes } from './fake-pds-appview-routes';
import type { PdsContext } from './fake-pds-context';
import { XrpcDispatcher, type LoggedRequest } from './fake-pds-dispatch';
import { FaultQueue, type FakeFault } from './fake-pds-faults';
import { sendJson } from './fake-pds-http';
import { repoRoutes } from './fake-pds-repo-routes';
import { FakeSessions, type SessionOptions } from './fake-pds-sessions';
import { sessionRoutes } from './fake-pds-session-routes';
import { FakeRepoStore, type EngagementCounts, type FakeAccount, type StoredRecord } from './fake-pds-store';
import { FakeAppView } from './fake-pds-views';

export type { FakeFault } from './fake-pds-faults';
export type { LoggedRequest } from './fake-pds-dispatch';
export type { FakeAccount, StoredRecord } from './fake-pds-store';

export interface FakePdsOptions extends Partial<SessionOptions> {
  /** The fake's clock in epoch ms; `advanceClock` adds to it. Defaults to Date.now. */
  now?: () => number;
  validator?: LexiconValidator;
}

/** A post written straight into the fake, as if another client had made it. */
export interface SeedPost {
  author: string;
  text: string;
  /** at:// URI of the post this one answers; root and parent refs are filled in from the fake. */
  replyTo?: string;
  /** app.bsky.richtext.facet objects, e.g. a mention of the account under test. */
  facets?: unknown[];
  createdAt?: string;
}

/**
 * A local Bluesky PDS (with the AppView reads a PDS proxies) on 127.0.0.1, checking every call
 * against the official lexicons. Tests seed accounts and posts, queue faults per NSID, read
 * `requests` and the stored records, and assert `violations` stays empty.
 */
export interface FakePds {
  readonly url: string;
  readonly violations: LexiconViolation[];
  readonly requests: LoggedRequest[];
  readonly store: FakeRepoStore;
  seedAccount(input: { handle: string; appPassword?: string; did?: string; displayName?: string; followersCount?: number; followsCount?: number }): FakeAccount;
  seedPost(post: SeedPost): StoredRecord;
  setCounts(uri: string, counts: Partial<EngagementCounts>): void;
  /** The app.bsky.feed.post records of an account (handle or DID), newest first. */
  posts(identifier: string): StoredRecord[];
  injectFault(nsid: string, ...faults: FakeFault[]): void;
  advanceClock(milliseconds: number): void;
  /** As when the owner revokes the app password: refresh tokens stop working. */
  revokeSessions(identifier: string): void;
  close(): Promise<void>;
}

export async function startFakePds(options: FakePdsOptions = {}): Promise<FakePds> {
  let clockOffset = 0;
  const nowMs = () => (options.now ?? Date.now)() + clockOffset;
  const store = new FakeRepoStore();
  const violations: LexiconViolation[] = [];
  const requests: LoggedRequest[] = [];
  const faults = new FaultQueue();
  let url = '';
  const sessionOptions: SessionOptions = {
    accessTtlSeconds: options.accessTtlSeconds ?? 2 * 60 * 60,
    refreshTtlSeconds: options.refreshTtlSeconds ?? 90 * 24 * 60 * 60,
    expiredTokenStatus: options.expiredTokenStatus ?? 400,
  };
  const context: PdsContext = {
    store,
    sessions: new FakeSessions(store, sessionOptions, () => Math.floor(nowMs() / 1000), () => url),
    appView: new FakeAppView(store),
    validator: options.validator ?? new LexiconValidator(),
    violations,
    nowIso: () => new Date(nowMs()).toISOString(),
  };
  const dispatcher = new XrpcDispatcher(context, { ...sessionRoutes, ...repoRoutes, ...appViewRoutes }, faults, nowMs, requests);
  const server = http.createServer((incoming, response) => {
    dispatcher.handle(incoming, response).catch((error: unknown) => {
      // A crash is the fake's own bug: fail the test through `violations` and still answer.
      const message = error instanceof Error ? error.message : String(error);
      violations.push({ nsid: incoming.url ?? '', part: 'output', message: `fake crashed: ${message}` });
      if (!response.headersSent) sendJson(response, 500, { error: 'InternalServerError', message });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const accountOf = (identifier: string) => {
    const account = store.account(identifier);
    if (!account) throw new Error(`fake PDS has no account ${identifier}`);
    return account;
  };

  return {
    url,
    violations,
    requests,
    store,
    seedAccount: (input) => store.addAccount(input),
    seedPost(post) {
      const author = accountOf(post.author);
      const record: Record<string, unknown> = { $type: 'app.bsky.feed.post', text: post.text, createdAt: post.createdAt ?? context.nowIso() };
      if (post.replyTo) record.reply = replyRefs(store, post.replyTo);
      if (post.facets) record.facets = post.facets;
      violations.push(...context.validator.record('app.bsky.feed.post', record));
      return store.putRecord(author.did, 'app.bsky.feed.post', record, context.nowIso());
    },
    setCounts(uri, counts) {
      const record = store.records.get(uri);
      if (!record) throw new Error(`fake PDS has no record ${uri}`);
      Object.assign(record.counts, counts);
    },
    posts: (identifier) => store.listRecords(accountOf(identifier).did, 'app.bsky.feed.post'),
    injectFault: (nsid, ...queued) => faults.add(nsid, queued),
    advanceClock(milliseconds) {
      clockOffset += milliseconds;
    },
    revokeSessions: (identifier) => context.sessions.revokeAll(accountOf(identifier).did),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function replyRefs(store: FakeRepoStore, parentUri: string) {
  const parent = store.records.get(parentUri);
  if (!parent) throw new Error(`fake PDS has no post ${parentUri} to reply to`);
  const parentReply = parent.value.reply as { root?: { uri: string; cid: string } } | undefined;
  const parentRef = { uri: parent.uri, cid: parent.cid };
  return { root: parentReply?.root ?? parentRef, parent: parentRef };
}
