// `complaintlint --mcp`: a Model Context Protocol server on stdio, so an assistant that drafts replies can
// check them with lint_reply, fix_reply and explain_rule. Loaded only for --mcp. stdout carries the
// protocol alone; nothing else may print to it.
import type { LoaderOptions } from '../config/load.js';
import { createTools } from '../mcp/tools.js';
import { serve } from '../mcp/server.js';
import { getVersion } from '../core/version.js';

const INSTRUCTIONS = 'complaintlint checks customer-service replies for phrasings that make complaints worse (non-apologies, ' +
  'blame, deflection, corporate stiffness) and, for complaint replies, whether the reply acknowledges, apologizes, ' +
  'states a fix with a time, checks back and names a contact. Call lint_reply on a draft, fix_reply for safe ' +
  'automatic fixes, and explain_rule to learn why a rule fired.';

/** Runs the server until the client closes stdin. */
export async function serveMcp(loaderOptions: LoaderOptions = {}): Promise<void> {
  await serve({ name: 'complaintlint', version: getVersion(), instructions: INSTRUCTIONS }, createTools(loaderOptions), { input: process.stdin, output: process.stdout });
}
