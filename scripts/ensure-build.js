// The browser tests drive the production bundle: build it when dist/ is missing or older than src/.
const fs = require('node:fs');
const path = require('node:path');
const { execSync } = require('node:child_process');

const root = path.join(__dirname, '..');
const built = path.join(root, 'dist', 'taskpane.html');

function newest(dir) {
  let t = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

if (!fs.existsSync(built) || fs.statSync(built).mtimeMs < newest(path.join(root, 'src'))) {
  execSync('npm run build', { cwd: root, stdio: 'inherit' });
}
