import { secretsMarkdown } from '../apps/secrets-doc';
import { costMarkdown } from '../budget/cost-doc';
import { reachabilityMarkdown, syncWavesMarkdown, upstreamFactsMarkdown } from '../engines/engine-docs';
import { eventsMarkdown } from '../events/events-doc';
import { architectureMarkdown } from '../gitops/architecture-doc';
import { installWithoutArgoMarkdown } from '../gitops/install-doc';
import { observabilityMarkdown } from '../observability/observability-doc';
import type { RenderedEnvironment } from './render';

/**
 * The documents generated from the Kubernetes side (path relative to the repository root →
 * content), from the same rendering as dist/: they cannot drift from the manifests.
 */
export function environmentDocs(environments: readonly RenderedEnvironment[]): Map<string, string> {
  const oke = environments.find((r) => r.env.name === 'oke')!.env;
  return new Map([
    ['docs/architecture.md', architectureMarkdown(oke)],
    ['docs/events.md', eventsMarkdown()],
    ['docs/install-without-argocd.md', installWithoutArgoMarkdown(environments.map((r) => r.env))],
    ['docs/observability.md', observabilityMarkdown(environments)],
    ['docs/secrets.md', secretsMarkdown(environments)],
    ['docs/reachability.md', reachabilityMarkdown(environments)],
    ['docs/sync-waves.md', syncWavesMarkdown(environments)],
    ['docs/upstream-facts.md', upstreamFactsMarkdown(oke)],
    ['docs/cost.md', costMarkdown(environments)],
  ]);
}
