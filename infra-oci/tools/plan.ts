/**
 * CI helpers of .github/workflows/infra.yml:
 *   `npm run -s infra:plan -- gate <stack>`     exit 0 and print "plan" when the stack can be
 *       planned; print a skip message (and set `skip=true` for GitHub) when a stack it reads
 *       from has no state yet, or when it is not planned on pull requests;
 *   `npm run -s infra:plan -- comment <dir>`    one Markdown comment from <dir>/<stack>.txt plans,
 *       with OCIDs and IP addresses redacted.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { STACKS, stackDeclaration } from '../stacks/index';
import { terraform } from './terraform';

/** Marker the workflow finds its own comment by (updated in place). */
export const COMMENT_MARKER = '<!-- todo-chatbot:infra-plan -->';

export interface GateDecision {
  readonly plan: boolean;
  readonly message: string;
}

/** `applied`: which stacks have state (a non-empty `terraform output -json`). */
export function planGate(stack: string, applied: (id: string) => boolean): GateDecision {
  const s = stackDeclaration(stack);
  if (!s.plannedOnPullRequests) {
    return { plan: false, message: `${stack}: not planned on pull requests — its provider needs credentials on the cluster itself, which the read-only principal does not have; it is applied on main (docs/oci-ci.md).` };
  }
  const missing = s.dependsOn.filter((d) => !applied(d));
  if (missing.length > 0) {
    return { plan: false, message: `${stack}: skipped — it reads the outputs of ${missing.join(', ')}, which has not been applied yet (no state in the bucket). Merge to main to apply ${missing.join(', ')} first; this plan runs on the next pull request.` };
  }
  return { plan: true, message: `${stack}: planning` };
}

const OCID = /ocid1\.[a-z0-9_-]+\.[a-z0-9-]*\.[a-z0-9-]*\.[a-z0-9._-]+/gi;
const IPV4 = /\b(?:\d{1,3}\.){3}\d{1,3}(?:\/\d{1,2})?\b/g;

/** Removes OCIDs and IPv4 addresses/CIDRs (a public PR comment must not carry them). */
export function redact(text: string): string {
  return text.replace(OCID, '<ocid>').replace(IPV4, '<ip>');
}

/** The single PR comment: one section per stack, in declared order. */
export function planComment(plans: ReadonlyMap<string, string>, sha: string): string {
  const sections = STACKS.filter((s) => plans.has(s.id)).map((s) => {
    const body = redact(plans.get(s.id)!);
    const summary = /Plan: .*|No changes\..*/.exec(body)?.[0] ?? body.split('\n').find((l) => l.trim()) ?? '';
    return `#### \`${s.id}\`: ${summary.trim()}\n\n<details><summary>plan</summary>\n\n\`\`\`\n${body.slice(0, 15000)}\n\`\`\`\n</details>`;
  });
  return [COMMENT_MARKER, `### terraform plan (${sha.slice(0, 7)})`, '', 'OCIDs and IP addresses are redacted.', '', ...sections, ''].join('\n');
}

function main(argv: string[]): void {
  const [verb, arg] = argv;
  if (verb === 'gate' && arg) {
    const applied = (id: string) => {
      if (terraform(id, ['init', '-input=false'], true).status !== 0) return false;
      const r = terraform(id, ['output', '-json'], true);
      return r.status === 0 && r.output.trim() !== '{}' && r.output.includes('"value"');
    };
    const d = planGate(arg, applied);
    console.log(d.message);
    if (process.env.GITHUB_OUTPUT) fs.appendFileSync(process.env.GITHUB_OUTPUT, `skip=${!d.plan}\nmessage=${d.message}\n`);
    return;
  }
  if (verb === 'comment' && arg) {
    const plans = new Map(
      fs
        .readdirSync(arg)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => [path.basename(f, '.txt'), fs.readFileSync(path.join(arg, f), 'utf8')] as const),
    );
    process.stdout.write(planComment(plans, process.env.GITHUB_SHA ?? 'local'));
    return;
  }
  throw new Error('usage: infra:plan -- gate <stack> | comment <dir>');
}

if (require.main === module) {
  try {
    main(process.argv.slice(2));
  } catch (err) {
    console.error(`infra:plan: ${(err as Error).message}`);
    process.exit(1);
  }
}
