import type { FakeRepoStore } from './fake-pds-store';

interface JsonStrongRef {
  uri?: unknown;
  cid?: unknown;
}

/**
 * What the AppView needs to place a reply in its thread, beyond the lexicon shape (which the
 * record check already enforces): `parent` and `root` name posts that exist with exactly those
 * CIDs, and `root` is the parent's own root (or the parent itself when it starts the thread). A
 * PDS stores a reply that breaks this, but it shows up detached from its thread, so the fake
 * records each problem as a violation.
 */
export function replyReferenceProblems(store: FakeRepoStore, record: Record<string, unknown>): string[] {
  const reply = record.reply as { root?: JsonStrongRef; parent?: JsonStrongRef } | undefined;
  if (!reply) return [];
  const problems: string[] = [];
  const resolve = (name: 'root' | 'parent') => {
    const ref = reply[name];
    const stored = typeof ref?.uri === 'string' ? store.records.get(ref.uri) : undefined;
    if (!stored) problems.push(`Record/reply/${name}: no post ${String(ref?.uri)}`);
    else if (stored.cid !== ref?.cid) problems.push(`Record/reply/${name}: cid ${String(ref?.cid)} is not the cid of ${stored.uri} (${stored.cid})`);
    return stored;
  };
  const root = resolve('root');
  const parent = resolve('parent');
  if (root && parent) {
    const parentRoot = (parent.value.reply as { root?: JsonStrongRef } | undefined)?.root?.uri ?? parent.uri;
    if (parentRoot !== root.uri) problems.push(`Record/reply/root: ${root.uri} is not the root of the parent's thread (${String(parentRoot)})`);
  }
  return problems;
}
