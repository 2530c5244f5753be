import type { LexiconValidator, LexiconViolation } from '../../spec/lexicon-validator';
import type { XrpcRequest } from './fake-pds-http';
import type { FakeSessions } from './fake-pds-sessions';
import type { FakeRepoStore } from './fake-pds-store';
import type { FakeAppView } from './fake-pds-views';

/** What every XRPC handler of the fake may use. */
export interface PdsContext {
  store: FakeRepoStore;
  sessions: FakeSessions;
  appView: FakeAppView;
  validator: LexiconValidator;
  /** Shared with the fake's public `violations`: handlers add what they find beyond the request schema. */
  violations: LexiconViolation[];
  nowIso(): string;
}

/** Serves one NSID: returns the JSON output or throws XrpcError. The request is already schema-checked. */
export type XrpcHandler = (request: XrpcRequest, context: PdsContext) => unknown;

/** Query parameters after validation: single values as strings, with the lexicon default otherwise. */
export function param(request: XrpcRequest, name: string): string | undefined {
  return request.params.get(name) ?? undefined;
}

export function intParam(request: XrpcRequest, name: string, fallback: number): number {
  const value = request.params.get(name);
  return value === null ? fallback : Number(value);
}
