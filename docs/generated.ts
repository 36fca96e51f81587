/**
 * Documents generated from the code, so they cannot drift from it: `npm run synth`
 * writes them (via docs/generate.ts) and `npm run drift` fails when one is stale.
 */
import { offlineOciConfig } from '../infra-oci/config/oci-config';
import { networkRulesMarkdown } from '../infra-oci/network/rules';
import { secretsMarkdown } from '../k8s/apps/secrets-doc';
import { eventsMarkdown } from '../k8s/events/events-doc';
import { architectureMarkdown } from '../k8s/gitops/architecture-doc';
import { installWithoutArgoMarkdown } from '../k8s/gitops/install-doc';
import { observabilityMarkdown } from '../k8s/observability/observability-doc';
import { renderAll } from '../k8s/synth/synthesize';

/** Path (relative to the repository root) → content. */
export function generatedDocs(): Map<string, string> {
  const environments = renderAll().environments;
  const oke = environments.find((r) => r.env.name === 'oke')!.env;
  return new Map([
    ['docs/architecture.md', architectureMarkdown(oke)],
    ['docs/events.md', eventsMarkdown()],
    ['docs/install-without-argocd.md', installWithoutArgoMarkdown(environments.map((r) => r.env))],
    ['docs/network-rules.md', networkRulesMarkdown(offlineOciConfig())],
    ['docs/observability.md', observabilityMarkdown(environments)],
    ['docs/secrets.md', secretsMarkdown(environments)],
  ]);
}
