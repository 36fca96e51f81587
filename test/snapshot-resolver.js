// Keeps every snapshot in the top-level __snapshots__/ folder, mirroring test/.
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const TESTS = path.join(ROOT, 'test');
const SNAPSHOTS = path.join(ROOT, '__snapshots__');

module.exports = {
  resolveSnapshotPath: (testPath, extension) => path.join(SNAPSHOTS, path.relative(TESTS, testPath) + extension),
  resolveTestPath: (snapshotPath, extension) => path.join(TESTS, path.relative(SNAPSHOTS, snapshotPath).slice(0, -extension.length)),
  testPathForConsistencyCheck: path.join(TESTS, 'k8s', 'example.test.ts'),
};
