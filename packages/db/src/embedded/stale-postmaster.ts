import fs from 'node:fs/promises';
import path from 'node:path';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A previous run killed without a clean shutdown leaves its postgres behind, holding the data
 * directory. Ask it to stop (fast shutdown) and wait, so this start can take over the data.
 */
export async function stopStalePostmaster(databaseDir: string, timeoutMs = 15_000): Promise<boolean> {
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  const content = await fs.readFile(pidFile, 'utf8').catch(() => null);
  const pid = content ? Number.parseInt(content.split('\n')[0] ?? '', 10) : Number.NaN;
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || !isAlive(pid)) return false;
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (isAlive(pid)) throw new Error(`A previous PostgreSQL (pid ${pid}) still holds ${databaseDir}; stop it and retry.`);
  return true;
}
