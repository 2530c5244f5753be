import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import type { PostgresBinaries } from './postgres-binaries';
import type { PostgresUser } from './postgres-user';

/** English server messages: readiness is detected from the log line. */
const ENV = { ...process.env, LC_MESSAGES: 'C', LC_ALL: 'C' };
const READY = 'database system is ready to accept connections';

function run(command: string, args: string[], user: PostgresUser | null, log: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: ENV, ...(user ?? {}), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      log(chunk.toString().trim());
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(command)} exited with ${code}: ${output.slice(-2000)}`))));
  });
}

/** Creates a new cluster owned by `user` with a password-protected superuser. */
export async function initialiseCluster(
  binaries: PostgresBinaries,
  clusterDir: string,
  superuser: { name: string; password: string },
  user: PostgresUser | null,
  log: (line: string) => void,
): Promise<void> {
  await fs.mkdir(clusterDir, { recursive: true, mode: 0o700 });
  if (user) await fs.chown(clusterDir, user.uid, user.gid);
  // initdb reads the password from a file; it lives only for this call, readable by its user alone.
  const passwordFile = path.join(os.tmpdir(), `socialseed-pw-${crypto.randomBytes(6).toString('hex')}`);
  await fs.writeFile(passwordFile, `${superuser.password}\n`, { mode: 0o600 });
  if (user) await fs.chown(passwordFile, user.uid, user.gid);
  try {
    await run(
      binaries.initdb,
      [`--pgdata=${clusterDir}`, '--auth=scram-sha-256', `--username=${superuser.name}`, `--pwfile=${passwordFile}`, '--encoding=UTF8', '--no-locale'],
      user,
      log,
    );
  } finally {
    await fs.rm(passwordFile, { force: true });
  }
}

export interface RunningPostmaster {
  stop(): Promise<void>;
}

/**
 * Starts the server and resolves once it accepts connections. The server dies with this process:
 * a normal exit stops it, and a crash leaves a postmaster.pid the next start cleans up.
 */
export function startPostmaster(
  binaries: PostgresBinaries,
  clusterDir: string,
  settings: Record<string, string>,
  user: PostgresUser | null,
  log: (line: string) => void,
): Promise<RunningPostmaster> {
  const args = ['-D', clusterDir, ...Object.entries(settings).flatMap(([key, value]) => ['-c', `${key}=${value}`])];
  const child: ChildProcess = spawn(binaries.postgres, args, { env: ENV, ...(user ?? {}), stdio: ['ignore', 'pipe', 'pipe'] });
  const killOnExit = () => child.kill('SIGINT');
  process.once('exit', killOnExit);

  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    process.removeListener('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT'); // fast shutdown
    await exited;
  };

  return new Promise((resolve, reject) => {
    let recent = '';
    const timeout = setTimeout(() => {
      void stop();
      reject(new Error(`PostgreSQL did not become ready within 60 s: ${recent.slice(-2000)}`));
    }, 60_000);
    const onOutput = (chunk: Buffer) => {
      const text = chunk.toString();
      recent = (recent + text).slice(-4000);
      log(text.trim());
      if (text.includes(READY)) {
        clearTimeout(timeout);
        resolve({ stop });
      }
    };
    child.stdout?.on('data', onOutput);
    child.stderr?.on('data', onOutput);
    child.once('error', (error) => {
      clearTimeout(timeout);
      reject(error);
    });
    child.once('exit', (code) => {
      clearTimeout(timeout);
      process.removeListener('exit', killOnExit);
      reject(new Error(`PostgreSQL exited with ${code} before it was ready: ${recent.slice(-2000)}`));
    });
  });
}
