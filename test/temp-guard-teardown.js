// jest globalTeardown: fails the run when a test left anything in the run's temp directory
// (see test/temp-guard-setup.js), naming each entry; removes the directory either way.
const fs = require('node:fs');

module.exports = async function tempGuardTeardown() {
  const guard = globalThis.__TEMP_GUARD__;
  if (!guard) return;
  if (guard.saved.TMPDIR === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = guard.saved.TMPDIR;
  const left = fs.existsSync(guard.dir) ? fs.readdirSync(guard.dir).sort() : [];
  fs.rmSync(guard.dir, { recursive: true, force: true });
  if (left.length > 0) {
    throw new Error(
      `the tests left ${left.length} entr${left.length === 1 ? 'y' : 'ies'} in the temp directory (${left.join(', ')}); create temporary folders with test/temp.ts (withTempDir, tempDirForFile, testChart) or remove them in afterEach/afterAll`,
    );
  }
};
