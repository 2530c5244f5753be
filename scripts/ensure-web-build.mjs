// Builds the web UI before `npm start` when it is missing or older than its sources, so a fresh
// clone needs no separate build step and later starts skip the build entirely.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const webDir = path.resolve(import.meta.dirname, '..', 'apps', 'web');
const builtIndex = path.join(webDir, 'dist', 'index.html');

function newestMtime(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(target).map((entry) => newestMtime(path.join(target, entry))));
}

const sources = ['src', 'index.html', 'vite.config.ts', 'package.json'].map((entry) => path.join(webDir, entry));
const sourceTime = Math.max(...sources.map(newestMtime));
const builtTime = fs.existsSync(builtIndex) ? fs.statSync(builtIndex).mtimeMs : 0;

if (builtTime < sourceTime) {
  console.log('Building the web UI (first start, or its sources changed)…');
  // A production bundle even when called under NODE_ENV=test (vitest) or development.
  const result = spawnSync('npm', ['run', 'build', '-w', 'apps/web'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
