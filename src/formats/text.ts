// Plain text (and stdin): the whole file is one reply; directive lines are read and blanked.
import { extractLineDirectives } from './directives.js';
import type { Extraction } from './types.js';

export function extractText(text: string): Extraction {
  const { directives, text: body } = extractLineDirectives(text);
  return { replies: [{ text: body, base: 0 }], directives };
}
