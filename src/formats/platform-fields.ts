// Which fields hold the replies once the platform is known: fields set in config always win; otherwise
// the platform's export preset (Intercom body_text, Freshdesk content_html ...), and the default list
// when the preset finds nothing in this file.
import { getPlatform, type PlatformName } from '../platforms/index.js';
import type { ExtractOptions } from './types.js';

/** The platform this file is linted for: the configured one, else what the export's shape says. */
export function platformFor(options: ExtractOptions, detect: () => PlatformName | undefined): PlatformName | undefined {
  return options.platform ?? detect();
}

/** The field lists to try, in order: the preset first (when it applies), then the configured/default list. */
export function fieldCandidates(options: ExtractOptions, platform: PlatformName | undefined): Array<readonly string[]> {
  const preset = getPlatform(platform)?.fields ?? [];
  if (options.fieldsSet || preset.length === 0) return [options.fields];
  return [preset, options.fields];
}
