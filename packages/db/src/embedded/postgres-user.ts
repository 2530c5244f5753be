import { execFileSync } from 'node:child_process';

export interface PostgresUser {
  uid: number;
  gid: number;
}

const isRoot = () => process.getuid?.() === 0;

function lookup(): PostgresUser | null {
  try {
    const uid = Number.parseInt(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }), 10);
    const gid = Number.parseInt(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }), 10);
    return { uid, gid };
  } catch {
    return null;
  }
}

/**
 * PostgreSQL refuses to run as root. As root, the cluster runs as the unprivileged `postgres`
 * user, created here (no login shell, no home) when the machine does not have one. Returns null
 * when not root: the cluster then runs as the current user.
 */
export function ensurePostgresUser(): PostgresUser | null {
  if (!isRoot()) return null;
  const existing = lookup();
  if (existing) return existing;
  try {
    execFileSync('groupadd', ['--system', 'postgres'], { stdio: 'ignore' });
  } catch {
    // the group may exist without the user
  }
  execFileSync('useradd', ['--system', '--gid', 'postgres', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres'], { stdio: 'ignore' });
  const created = lookup();
  if (!created) throw new Error('Could not create the unprivileged "postgres" user that PostgreSQL needs when run as root.');
  return created;
}
