// How a structure rule says what is missing: one report for the reply as a whole (the engine points it
// at the reply's first line), with a suggestion that shows the missing part written out.
import type { RuleContext } from '../../src/types.js';

export function reportMissing(context: RuleContext<unknown>, message: string, example: string): void {
  context.report({ message, start: 0, end: 0, suggestions: [{ desc: example }] });
}
