import { cidFor, didForHandle, tidFor } from './fake-pds-ids';

/** An account the test seeded; `appPassword` is what createSession accepts. */
export interface FakeAccount {
  did: string;
  handle: string;
  displayName: string;
  appPassword: string;
  /** What the AppView reports in profileViewDetailed; tests set them (posts are counted from the records). */
  followersCount: number;
  followsCount: number;
}

export interface StoredBlob {
  cid: string;
  did: string;
  mimeType: string;
  size: number;
  bytes: Buffer;
}

/** Counts only the AppView knows (likes, reposts …); replies are counted from the records. */
export interface EngagementCounts {
  likeCount: number;
  repostCount: number;
  quoteCount: number;
  bookmarkCount: number;
}

export interface StoredRecord {
  uri: string;
  did: string;
  collection: string;
  rkey: string;
  cid: string;
  value: Record<string, unknown>;
  indexedAt: string;
  counts: EngagementCounts;
}

/** Every repository of the fake PDS in memory, with deterministic DIDs, record keys and CIDs. */
export class FakeRepoStore {
  readonly accounts = new Map<string, FakeAccount>();
  readonly records = new Map<string, StoredRecord>();
  readonly blobs = new Map<string, StoredBlob>();
  private readonly didByHandle = new Map<string, string>();
  private sequence = 0;

  addAccount(input: { handle: string; appPassword?: string; did?: string; displayName?: string; followersCount?: number; followsCount?: number }): FakeAccount {
    const handle = input.handle.toLowerCase();
    const account: FakeAccount = {
      did: input.did ?? didForHandle(handle),
      handle,
      displayName: input.displayName ?? handle.split('.')[0] ?? handle,
      appPassword: input.appPassword ?? 'aaaa-bbbb-cccc-dddd',
      followersCount: input.followersCount ?? 0,
      followsCount: input.followsCount ?? 0,
    };
    this.accounts.set(account.did, account);
    this.didByHandle.set(handle, account.did);
    return account;
  }

  /** createSession and `repo` parameters accept a handle or a DID. */
  account(identifier: string): FakeAccount | undefined {
    const did = identifier.startsWith('did:') ? identifier : this.didByHandle.get(identifier.toLowerCase().replace(/^@/, ''));
    return did === undefined ? undefined : this.accounts.get(did);
  }

  nextTid(): string {
    this.sequence += 1;
    return tidFor(this.sequence);
  }

  putRecord(did: string, collection: string, value: Record<string, unknown>, indexedAt: string, rkey: string = this.nextTid()): StoredRecord {
    const uri = `at://${did}/${collection}/${rkey}`;
    const record: StoredRecord = {
      uri,
      did,
      collection,
      rkey,
      cid: cidFor(JSON.stringify({ uri, value }), 'dag-cbor'),
      value,
      indexedAt,
      counts: { likeCount: 0, repostCount: 0, quoteCount: 0, bookmarkCount: 0 },
    };
    this.records.set(uri, record);
    return record;
  }

  deleteRecord(did: string, collection: string, rkey: string): boolean {
    return this.records.delete(`at://${did}/${collection}/${rkey}`);
  }

  /** A collection newest first, as listRecords answers unless `reverse` is set. */
  listRecords(did: string, collection: string): StoredRecord[] {
    return [...this.records.values()].filter((record) => record.did === did && record.collection === collection).sort((a, b) => (a.rkey < b.rkey ? 1 : -1));
  }

  /** Posts whose reply.parent is `uri`, oldest first. */
  repliesTo(uri: string): StoredRecord[] {
    return [...this.records.values()].filter((record) => parentUriOf(record) === uri);
  }

  putBlob(did: string, bytes: Buffer, mimeType: string): StoredBlob {
    const blob: StoredBlob = { cid: cidFor(bytes, 'raw'), did, mimeType, size: bytes.length, bytes };
    this.blobs.set(blob.cid, blob);
    return blob;
  }
}

/** The parent a post answers, read defensively: stored values are whatever the client sent. */
export function parentUriOf(record: StoredRecord): string | null {
  const reply = record.value.reply as { parent?: { uri?: unknown } } | undefined;
  return typeof reply?.parent?.uri === 'string' ? reply.parent.uri : null;
}
