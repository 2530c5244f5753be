import type { LexiconViolation } from '../../spec/lexicon-validator';
import { blobReferenceProblems, IMAGE_MAX_BYTES } from './fake-pds-blob-refs';
import { intParam, type PdsContext, type XrpcHandler } from './fake-pds-context';
import { invalidRequest, XrpcError, type XrpcRequest } from './fake-pds-http';
import { cidFor } from './fake-pds-ids';
import { replyReferenceProblems } from './fake-pds-reply-refs';
import type { FakeAccount } from './fake-pds-store';

/** The authenticated account, which must also be the `repo` it writes to. */
function writer(request: XrpcRequest, context: PdsContext, repo: string): FakeAccount {
  const account = context.sessions.authenticate(request.authorization);
  if (context.store.account(repo)?.did !== account.did) throw invalidRequest(`Session does not own repo ${repo}`);
  return account;
}

function commitMeta(context: PdsContext) {
  const rev = context.store.nextTid();
  return { cid: cidFor(`commit:${rev}`, 'dag-cbor'), rev };
}

/** Record problems are violations (the client sent what no PDS accepts) and a 400. */
function rejectRecord(context: PdsContext, violations: LexiconViolation[]): void {
  if (violations.length === 0) return;
  context.violations.push(...violations);
  throw invalidRequest(violations.map((violation) => violation.message).join('; '));
}

/** com.atproto.repo.*: blobs and record writes of the session's own repository. */
export const repoRoutes: Record<string, XrpcHandler> = {
  'com.atproto.repo.uploadBlob': (request, context) => {
    const account = context.sessions.authenticate(request.authorization);
    if (request.body.length === 0) throw invalidRequest('Request body is empty');
    if (request.body.length > IMAGE_MAX_BYTES) {
      throw new XrpcError(400, 'BlobTooLarge', `This file is ${request.body.length} B but the maximum size is ${IMAGE_MAX_BYTES} B`);
    }
    const blob = context.store.putBlob(account.did, request.body, request.contentType ?? 'application/octet-stream');
    return { blob: { $type: 'blob', ref: { $link: blob.cid }, mimeType: blob.mimeType, size: blob.size } };
  },

  'com.atproto.repo.createRecord': (request, context) => {
    const input = request.json as { repo: string; collection: string; rkey?: string; validate?: boolean; record: Record<string, unknown> };
    const account = writer(request, context, input.repo);
    if (context.validator.lexicons.getDef(input.collection)?.type === 'record') {
      rejectRecord(context, context.validator.record(input.collection, input.record));
    } else if (input.validate === true) {
      throw invalidRequest(`Lexicon not found: ${input.collection}`);
    }
    const blobProblems = blobReferenceProblems(context.store, account.did, input.record);
    rejectRecord(context, blobProblems.map((message) => ({ nsid: input.collection, part: 'record', message })));
    // Stored anyway, as a PDS would; the test still fails on the violation.
    context.violations.push(...replyReferenceProblems(context.store, input.record).map((message) => ({ nsid: input.collection, part: 'record' as const, message })));
    if (input.rkey && context.store.records.has(`at://${account.did}/${input.collection}/${input.rkey}`)) {
      throw invalidRequest(`Record already exists: ${input.rkey}`);
    }
    const stored = context.store.putRecord(account.did, input.collection, input.record, context.nowIso(), input.rkey);
    return { uri: stored.uri, cid: stored.cid, commit: commitMeta(context), validationStatus: 'valid' };
  },

  /** Deleting a record that is already gone succeeds: the lexicon says "or ensure it doesn't exist". */
  'com.atproto.repo.deleteRecord': (request, context) => {
    const input = request.json as { repo: string; collection: string; rkey: string };
    const account = writer(request, context, input.repo);
    context.store.deleteRecord(account.did, input.collection, input.rkey);
    return { commit: commitMeta(context) };
  },

  /** One record of any repository; needs no auth. A missing record is RecordNotFound (400). */
  'com.atproto.repo.getRecord': (request, context) => {
    const account = context.store.account(request.params.get('repo') ?? '');
    if (!account) throw new XrpcError(400, 'RepoNotFound', `Could not find repo: ${request.params.get('repo')}`);
    const uri = `at://${account.did}/${request.params.get('collection')}/${request.params.get('rkey')}`;
    const record = context.store.records.get(uri);
    const cid = request.params.get('cid');
    if (!record || (cid && cid !== record.cid)) throw new XrpcError(400, 'RecordNotFound', `Could not locate record: ${uri}`);
    return { uri: record.uri, cid: record.cid, value: record.value };
  },

  /** Newest first unless `reverse`; the cursor is the last record key of the page. Needs no auth. */
  'com.atproto.repo.listRecords': (request, context) => {
    const account = context.store.account(request.params.get('repo') ?? '');
    if (!account) throw new XrpcError(400, 'RepoNotFound', `Could not find repo: ${request.params.get('repo')}`);
    const reverse = request.params.get('reverse') === 'true';
    const cursor = request.params.get('cursor');
    let records = context.store.listRecords(account.did, request.params.get('collection') ?? '');
    if (reverse) records = records.reverse();
    if (cursor) records = records.filter((record) => (reverse ? record.rkey > cursor : record.rkey < cursor));
    const page = records.slice(0, intParam(request, 'limit', 50));
    const last = page.at(-1);
    return { records: page.map(({ uri, cid, value }) => ({ uri, cid, value })), ...(last ? { cursor: last.rkey } : {}) };
  },
};
