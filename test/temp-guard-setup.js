// jest globalSetup: gives the run a private temp directory (TMPDIR, which os.tmpdir() reads on
// every call and the test workers inherit), so test/temp-guard-teardown.js can tell exactly
// what this run left behind — other processes using the system temp directory do not count.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

module.exports = async function tempGuardSetup() {
  const saved = { TMPDIR: process.env.TMPDIR };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'todo-platform-jest-'));
  process.env.TMPDIR = dir;
  globalThis.__TEMP_GUARD__ = { dir, saved };
};
