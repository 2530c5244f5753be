import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = fileURLToPath(new URL('../../apps/web/', import.meta.url));
const builtIndex = join(webDir, 'dist', 'index.html');
const lockDir = join(webDir, 'node_modules', '.e2e-build-lock');

function newestModification(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((entry) => newestModification(join(path, entry))));
}

function buildIsCurrent(): boolean {
  if (!existsSync(builtIndex)) return false;
  const sources = ['src', 'index.html', 'vite.config.ts'].map((entry) => join(webDir, entry));
  return Math.max(...sources.map(newestModification)) <= statSync(builtIndex).mtimeMs;
}

/** Test files run in parallel workers; a directory lock keeps two builds from overwriting each other. */
function withBuildLock(action: () => void): void {
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${lockDir}; remove it if no build is running`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
    }
  }
  try {
    action();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

/**
 * The server serves apps/web/dist, so the browser test must see a build of the current
 * sources: rebuild when it is missing or older than any source file.
 */
export function ensureWebBuild(): void {
  if (buildIsCurrent()) return;
  withBuildLock(() => {
    if (buildIsCurrent()) return; // another worker built it while this one waited
    // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
    execFileSync('npm', ['run', 'build', '-w', 'apps/web'], {
      cwd: join(webDir, '..', '..'),
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
  });
}
