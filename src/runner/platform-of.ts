// Which platform a file is linted for, and why (for --print-config): the configured one, or the one its
// export's shape shows, or none.
import { readFile } from 'node:fs/promises';
import type { ResolvedConfig } from '../config/types.js';
import { extract, formatOf } from '../formats/index.js';
import type { PlatformName } from '../platforms/types.js';
import { stripBom } from '../core/text.js';

export interface PlatformChoice {
  platform: PlatformName;
  /** "config" (a config file, an override or --platform), "detected" (the export's shape), or "none". */
  source: 'config' | 'detected' | 'none';
}

export async function platformOfFile(filePath: string, config: ResolvedConfig): Promise<PlatformChoice> {
  if (config.platform) return { platform: config.platform, source: 'config' };
  let text: string;
  try {
    text = await readFile(filePath, 'utf8');
  } catch {
    return { platform: 'none', source: 'none' };
  }
  try {
    const ex = await extract(formatOf(filePath), stripBom(text), { fields: config.fields, fieldsSet: config.fieldsSet });
    return ex.platform ? { platform: ex.platform, source: 'detected' } : { platform: 'none', source: 'none' };
  } catch {
    return { platform: 'none', source: 'none' };
  }
}
