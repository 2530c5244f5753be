// Measures `npm start`'s boot: first start on an empty DATA_DIR (initdb + migrations) and a later
// start reusing it, each until /api/health answers 200. Prints `figure-name: value unit` lines.
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '..');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function bootOnce(dataDir: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    while (true) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
      const healthy = await fetch(`http://127.0.0.1:${port}/api/health`).then((response) => response.ok, () => false);
      if (healthy) return performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'socialseed-bench-'));
await fs.chmod(dataDir, 0o755);
try {
  const first = await bootOnce(dataDir);
  const later = [await bootOnce(dataDir), await bootOnce(dataDir), await bootOnce(dataDir)].sort((a, b) => a - b);
  console.log(`boot-first-start: ${Math.round(first)} ms`);
  console.log(`boot-later-start-median: ${Math.round(later[1] ?? 0)} ms`);
} finally {
  await fs.rm(dataDir, { recursive: true, force: true });
}
