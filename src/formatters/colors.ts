// Terminal colours for the human-readable output. chalk is loaded only when colour is on: a piped, CI or
// file run prints plain text and never pays for loading it (and its terminal probing) at start.
import { createRequire } from 'node:module';

export type Paint = (...text: unknown[]) => string;
/** The styles the formatters use; the three severity colours also come bold. */
export interface Colors {
  red: Paint & { bold: Paint };
  yellow: Paint & { bold: Paint };
  blue: Paint & { bold: Paint };
  green: Paint;
  dim: Paint;
  underline: Paint;
}

// What chalk prints at level 0: its arguments as one string, unstyled.
const plain: Paint = (...text) => (text.length === 1 ? `${text[0] as string}` : text.join(' '));
const plainWithBold = () => Object.assign((...t: unknown[]) => plain(...t), { bold: plain });
const PLAIN: Colors = {
  red: plainWithBold(),
  yellow: plainWithBold(),
  blue: plainWithBold(),
  green: plain,
  dim: plain,
  underline: plain,
};

let coloured: Colors | undefined;

/** The styles for a run: chalk's 16 basic colours when `on`, plain text otherwise. */
export function colors(on: boolean): Colors {
  if (!on) return PLAIN;
  if (!coloured) {
    // A synchronous load (formatters are synchronous); chalk is an ES module, which Node 20.19+ requires.
    const { Chalk } = createRequire(import.meta.url)('chalk') as typeof import('chalk');
    coloured = new Chalk({ level: 1 });
  }
  return coloured;
}
