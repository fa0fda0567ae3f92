// Checks a tool call's arguments against the tool's input schema: the small part of JSON Schema our
// tools use (an object of string properties, enums, required). Unknown properties are ignored, as
// clients may send more than a tool reads.

export interface JsonSchema {
  type?: string | string[];
  description?: string;
  enum?: readonly string[];
  properties?: Record<string, JsonSchema>;
  required?: readonly string[];
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
}

/** What is wrong with the arguments, one clause per problem; undefined when they fit the schema. */
export function checkArgs(schema: JsonSchema, args: unknown): string | undefined {
  if (args === undefined) args = {};
  if (typeof args !== 'object' || args === null || Array.isArray(args)) return 'arguments must be an object';
  const problems: string[] = [];
  const given = args as Record<string, unknown>;
  for (const key of schema.required ?? []) {
    if (given[key] === undefined) problems.push(`${key} is required`);
  }
  for (const [key, prop] of Object.entries(schema.properties ?? {})) {
    const value = given[key];
    if (value === undefined) continue;
    if (prop.type === 'string' && typeof value !== 'string') problems.push(`${key} must be a string`);
    else if (prop.enum && !prop.enum.includes(value as string)) problems.push(`${key} must be one of ${prop.enum.join(', ')}`);
  }
  return problems.length ? problems.join('; ') : undefined;
}
