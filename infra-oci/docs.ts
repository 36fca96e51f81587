import type { OciConfig } from './config/oci-config';
import { networkRulesMarkdown } from './network/rules';

/** The documents generated from the OCI side (path relative to the repository root → content). */
export function infrastructureDocs(config: OciConfig): Map<string, string> {
  return new Map([['docs/network-rules.md', networkRulesMarkdown(config)]]);
}
