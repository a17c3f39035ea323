/**
 * Builds dist/ when it is missing or older than the sources, then serves it
 * on 127.0.0.1 for the browser tests (MALKOLL_BASE_URL).
 */
const { execSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { serve } = require('./static-server');

const ROOT = path.resolve(__dirname, '..', '..');
const PAGE = path.join(ROOT, 'dist', 'taskpane.html');

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const time = entry.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs;
    newest = Math.max(newest, time);
  }
  return newest;
}

function needsBuild() {
  if (!fs.existsSync(PAGE)) return true;
  return newestSource(path.join(ROOT, 'src')) > fs.statSync(PAGE).mtimeMs;
}

module.exports = async () => {
  if (needsBuild()) execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
  const { server, url } = await serve(path.join(ROOT, 'dist'));
  globalThis.__MALKOLL_SERVER__ = server;
  process.env.MALKOLL_BASE_URL = url;
};
