import type { Environment } from '../config/environment';

/** Secret (argocd namespace, created out of band) holding the GitHub token the notifications controller uses. */
export const NOTIFICATIONS_SECRET = { name: 'argocd-notifications-secret', key: 'github-token' } as const;
/** Name of the notification service that posts commit statuses. */
export const STATUS_SERVICE = 'github-status';

/**
 * Sync and health outcomes reported as a GitHub commit status, one `context` per Application.
 * The conditions are those of the Argo CD notification catalog (argoproj/argo-cd
 * notifications_catalog/triggers/*.yaml@v3.5.1; on-deployed without its one-minute
 * health-flap guard); each fires once per synced revision.
 */
const OUTCOMES = [
  { trigger: 'on-sync-running', state: 'pending', description: 'syncing', when: "app.status.operationState != nil and app.status.operationState.phase in ['Running']" },
  { trigger: 'on-deployed', state: 'success', description: 'synced and healthy', when: "app.status.operationState != nil and app.status.operationState.phase in ['Succeeded'] and app.status.health.status == 'Healthy'" },
  { trigger: 'on-sync-failed', state: 'failure', description: 'sync failed', when: "app.status.operationState != nil and app.status.operationState.phase in ['Error', 'Failed']" },
  { trigger: 'on-health-degraded', state: 'failure', description: 'degraded', when: "app.status.health.status == 'Degraded'" },
] as const;

/** True when Argo CD's repository is on GitHub (where commit statuses can be posted). */
export function reportsToGitHub(env: Environment): boolean {
  return new URL(env.gitops.repoURL).host === 'github.com';
}

/**
 * Subscription annotations for an Application whose source is this repository: every outcome
 * goes to the commit status service (recipient "" — the commit is taken from the sync result).
 */
export function deployStatusSubscriptions(env: Environment): Record<string, string> {
  if (!reportsToGitHub(env)) return {};
  return Object.fromEntries(OUTCOMES.map((o) => [`notifications.argoproj.io/subscribe.${o.trigger}.${STATUS_SERVICE}`, '']));
}

/**
 * Helm values of the notifications controller: a webhook service posting to GitHub's commit
 * status API with a token (the `github` service takes only a GitHub App —
 * argoproj/notifications-engine pkg/services/github.go), one template per outcome, one
 * trigger per outcome. No inbound access to the cluster is needed.
 */
export function deployStatusNotifications(env: Environment): Record<string, unknown> {
  if (!reportsToGitHub(env)) return {};
  const template = (o: (typeof OUTCOMES)[number]) =>
    [
      'webhook:',
      `  ${STATUS_SERVICE}:`,
      '    method: POST',
      '    path: /repos/{{call .repo.FullNameByRepoURL .app.spec.source.repoURL}}/statuses/{{.app.status.operationState.syncResult.revision}}',
      '    body: |',
      `      {"state": "${o.state}", "context": "argocd/{{.app.metadata.name}}", "description": "Argo CD: ${o.description}"}`,
      '',
    ].join('\n');
  return {
    // Created out of band (docs/secrets.md): the chart would otherwise own an empty copy.
    secret: { create: false },
    notifiers: {
      [`service.webhook.${STATUS_SERVICE}`]: ['url: https://api.github.com', 'headers:', '- name: Authorization', `  value: token $${NOTIFICATIONS_SECRET.key}`, ''].join('\n'),
    },
    templates: Object.fromEntries(OUTCOMES.map((o) => [`template.status-${o.trigger}`, template(o)])),
    triggers: Object.fromEntries(
      OUTCOMES.map((o) => [`trigger.${o.trigger}`, [`- when: ${o.when}`, '  oncePer: app.status.operationState?.syncResult?.revision', `  send: [status-${o.trigger}]`, ''].join('\n')]),
    ),
  };
}
