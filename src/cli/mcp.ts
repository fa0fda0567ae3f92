// TEMPORARY: the MCP server lands with the extensibility work (issue 6) in this session.
import { UsageError } from './options.js';
export async function serveMcp(): Promise<void> {
  throw new UsageError('--mcp is not available in this build');
}
