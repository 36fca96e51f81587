import * as fs from 'node:fs';
import * as path from 'node:path';
import { budgetOf } from '../../k8s/budget/report';
import { backupFootprint, type DatabaseBackupConfig } from '../../k8s/config/environment';
import { DEAD_LETTER_PREFIX, DEAD_LETTER_RETENTION_FLOOR_DAYS, idempotencyWindowDays, TOPOLOGY } from '../../k8s/events/topology';
import { rendered } from '../helpers';

const ROOT = path.resolve(__dirname, '..', '..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

describe('docs/durability.md states what the code decides', () => {
  const doc = read('docs/durability.md');
  const oke = rendered('oke');
  const backup = (oke.env.database as { backup: DatabaseBackupConfig }).backup;

  it('has a decision for every stateful component under every failure event', () => {
    const table = doc.slice(doc.indexOf('## What is kept, by failure'), doc.indexOf('**Not durable, on purpose**'));
    expect(table).toMatch(/\| component .* \| restart \| eviction \| node replaced \| cluster re-created \| cost \|/);
    for (const component of ['**Kafka**', '**PostgreSQL**', '**Dapr scheduler**', '**Prometheus**', '**Loki**']) expect(table).toContain(`| ${component}`);
  });

  it('closes with the block storage the budget computes', () => {
    const s = budgetOf(oke).storage!;
    expect(doc).toContain(`**${s.usedGb} of ${s.limitGb} GB**`);
    expect(doc).toContain(`**${s.volumes} of ${s.maxVolumes} volumes**`);
  });

  it('gives the Object Storage arithmetic the synth check uses', () => {
    const f = backupFootprint(backup);
    expect(doc).toContain(`**${f.baseBackups} base backups.**`);
    expect(doc).toContain(`**${f.walDays} days of WAL.**`);
    expect(doc).toContain(`= ${f.gb} GB**, within the ${backup.capacityGb} GB`);
    expect(doc).toContain(`${backup.retentionDays}-day recovery window`);
  });

  it('names the idempotency window the topology implies', () => {
    expect(doc).toContain(`**${idempotencyWindowDays()} days**`);
  });
});

describe('docs/runbook.md has a replay procedure for dead letters', () => {
  const section = (() => {
    const runbook = read('docs/runbook.md');
    const start = runbook.indexOf('## Messages on a dead-letter topic');
    return runbook.slice(start, runbook.indexOf('\n## ', start + 1));
  })();

  it('with the topic names, retention and floor the topology renders', () => {
    expect(section).toContain(`\`${DEAD_LETTER_PREFIX}.<app>.<topic>\``);
    expect(section).toContain(`DLQ="${DEAD_LETTER_PREFIX}.$APP.$TOPIC"`);
    expect(section).toContain(`kept ${TOPOLOGY.deadLetterRetentionDays} days`);
    expect(section).toContain(`less than ${DEAD_LETTER_RETENTION_FLOOR_DAYS}`);
  });

  it('copies dead letters back to the topic with a committed replay group, after the fix', () => {
    const fix = section.indexOf('deploy the fix');
    expect(fix).toBeGreaterThan(-1);
    expect(fix).toBeLessThan(section.indexOf('kafka-console-producer.sh'));
    expect(section).toMatch(/kafka-console-consumer\.sh [^\n]*--topic "\$DLQ" --group dlq-replay [^\n]*\|\n\s*bin\/kafka-console-producer\.sh [^\n]*--topic "\$TOPIC"/);
  });
});
