// A Model Context Protocol server on stdio: JSON-RPC 2.0 messages, one per line (the MCP stdio transport).
// Methods: initialize, ping, tools/list, tools/call; notifications are read and need no answer. Written by
// hand so the product needs no MCP SDK (the SDK's client tests it). The tools live in tools.ts.
//
// Bad input never stops the server: a line that is not JSON, not a request, or over the size limit gets a
// JSON-RPC error and the server reads on. Lines are collected as byte chunks and decoded once, so a
// 20 MB request costs its size, not its size squared. Requests are answered one at a time, in order.
import { jsonSafe } from '../formatters/escape.js';
import type { Tool, ToolResult } from './tools.js';
import { checkArgs } from './check-args.js';
import { ConfigError } from '../config/types.js';

/** The protocol versions we speak, newest first. */
export const PROTOCOL_VERSIONS = ['2025-11-25', '2025-06-18', '2025-03-26', '2024-11-05'];
/** Larger requests are refused (the reply text is most of a request; replies are far smaller). */
export const MAX_MESSAGE_BYTES = 32 * 1024 * 1024;

export const PARSE_ERROR = -32700;
export const INVALID_REQUEST = -32600;
export const METHOD_NOT_FOUND = -32601;
export const INVALID_PARAMS = -32602;
export const INTERNAL_ERROR = -32603;

export interface ServerInfo {
  name: string;
  version: string;
  instructions: string;
}

type Id = string | number | null;
type Message = { jsonrpc: '2.0'; id: Id; result: unknown } | { jsonrpc: '2.0'; id: Id; error: { code: number; message: string } };

class RpcError extends Error {
  constructor(readonly code: number, message: string) {
    super(message);
  }
}

export interface Streams {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

/** Serves until the input ends; resolves once every request read has been answered. */
export function serve(info: ServerInfo, tools: readonly Tool[], streams: Streams): Promise<void> {
  const byName = new Map(tools.map((t) => [t.name, t]));
  let queue = Promise.resolve();
  const send = (message: Message) => new Promise<void>((resolve) => {
    // jsonSafe: replies quote drafts; no raw terminal control reaches whatever shows the stream.
    if (streams.output.write(jsonSafe(JSON.stringify(message)) + '\n')) resolve();
    else streams.output.once('drain', () => resolve());
  });

  const handle = async (line: Buffer | 'oversize'): Promise<void> => {
    if (line === 'oversize') return send(error(null, INVALID_REQUEST, `request too large (over ${MAX_MESSAGE_BYTES} bytes)`));
    const text = line.toString('utf8').trim();
    if (!text) return;
    let request: unknown;
    try {
      request = JSON.parse(text);
    } catch (err) {
      return send(error(null, PARSE_ERROR, `parse error: ${(err as Error).message.split('\n')[0]}`));
    }
    if (typeof request !== 'object' || request === null || Array.isArray(request)) {
      return send(error(null, INVALID_REQUEST, Array.isArray(request) ? 'batches are not supported' : 'a request must be a JSON object'));
    }
    const r = request as { jsonrpc?: unknown; id?: unknown; method?: unknown; params?: unknown };
    const hasId = 'id' in r;
    const id: Id = typeof r.id === 'string' || (typeof r.id === 'number' && Number.isFinite(r.id)) ? r.id : null;
    if (r.jsonrpc !== '2.0' || typeof r.method !== 'string' || (hasId && id === null)) {
      // A response from the client (we send no requests) or a malformed message.
      if (!('method' in r) && ('result' in r || 'error' in r)) return;
      return send(error(id, INVALID_REQUEST, 'not a JSON-RPC 2.0 request (needs "jsonrpc": "2.0", a "method" and a string or number "id")'));
    }
    if (!hasId) return; // a notification (initialized, cancelled, ...): nothing to answer
    try {
      return send({ jsonrpc: '2.0', id, result: await dispatch(r.method, r.params) });
    } catch (err) {
      if (err instanceof RpcError) return send(error(id, err.code, err.message));
      return send(error(id, INTERNAL_ERROR, `internal error: ${String((err as Error)?.message ?? err).split('\n')[0]}`));
    }
  };

  const dispatch = async (method: string, params: unknown): Promise<unknown> => {
    const p = (typeof params === 'object' && params !== null ? params : {}) as Record<string, unknown>;
    switch (method) {
      case 'initialize': {
        const asked = typeof p.protocolVersion === 'string' ? p.protocolVersion : '';
        return {
          protocolVersion: PROTOCOL_VERSIONS.includes(asked) ? asked : PROTOCOL_VERSIONS[0],
          capabilities: { tools: { listChanged: false } },
          serverInfo: { name: info.name, version: info.version },
          instructions: info.instructions,
        };
      }
      case 'ping':
        return {};
      case 'tools/list':
        return {
          tools: tools.map((t) => ({
            name: t.name, title: t.title, description: t.description, inputSchema: t.inputSchema,
            ...(t.outputSchema ? { outputSchema: t.outputSchema } : {}), annotations: t.annotations,
          })),
        };
      case 'tools/call': {
        const tool = typeof p.name === 'string' ? byName.get(p.name) : undefined;
        if (!tool) throw new RpcError(INVALID_PARAMS, `unknown tool ${JSON.stringify(String(p.name ?? ''))} (tools: ${[...byName.keys()].join(', ')})`);
        const problem = checkArgs(tool.inputSchema, p.arguments);
        if (problem) return toolError(`Input validation error: invalid arguments for tool ${tool.name}: ${problem}`);
        try {
          return await tool.run((p.arguments ?? {}) as Record<string, unknown>);
        } catch (err) {
          return toolError(err instanceof ConfigError ? `config error: ${err.message}` : `complaintlint failed: ${String((err as Error)?.message ?? err).split('\n')[0]}`);
        }
      }
      default:
        throw new RpcError(METHOD_NOT_FOUND, `method not found: ${method}`);
    }
  };

  return new Promise<void>((resolve) => {
    let chunks: Buffer[] = [];
    let size = 0;
    let oversize = false;
    const push = (line: Buffer | 'oversize') => { queue = queue.then(() => handle(line)); };
    streams.input.on('data', (data: Buffer | string) => {
      let buf = typeof data === 'string' ? Buffer.from(data) : data;
      for (let nl = buf.indexOf(10); nl >= 0; nl = buf.indexOf(10)) {
        const part = buf.subarray(0, nl);
        if (oversize || size + part.length > MAX_MESSAGE_BYTES) push('oversize');
        else push(chunks.length ? Buffer.concat([...chunks, part]) : part);
        chunks = [];
        size = 0;
        oversize = false;
        buf = buf.subarray(nl + 1);
      }
      if (!buf.length) return;
      if (oversize || size + buf.length > MAX_MESSAGE_BYTES) {
        oversize = true; // keep reading to the end of the line, but keep none of it
        chunks = [];
        size = 0;
      } else {
        chunks.push(buf);
        size += buf.length;
      }
    });
    streams.input.on('end', () => {
      if (oversize) push('oversize');
      else if (size) push(Buffer.concat(chunks));
      void queue.then(() => resolve());
    });
  });
}

function error(id: Id, code: number, message: string): Message {
  return { jsonrpc: '2.0', id, error: { code, message } };
}

function toolError(text: string): ToolResult {
  return { isError: true, content: [{ type: 'text', text }] };
}
