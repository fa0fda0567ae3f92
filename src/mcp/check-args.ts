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
  checkObject(schema, args as Record<string, unknown>, '', problems);
  return problems.length ? problems.join('; ') : undefined;
}

function checkObject(schema: JsonSchema, given: Record<string, unknown>, path: string, problems: string[]): void {
  for (const key of schema.required ?? []) {
    if (given[key] === undefined) problems.push(`${path}${key} is required`);
  }
  for (const [key, prop] of Object.entries(schema.properties ?? {})) {
    const value = given[key];
    if (value === undefined) continue;
    const name = `${path}${key}`;
    if (prop.type === 'string' && typeof value !== 'string') problems.push(`${name} must be a string`);
    else if (prop.enum && !prop.enum.includes(value as string)) problems.push(`${name} must be one of ${prop.enum.join(', ')}`);
    else if (prop.type === 'array') {
      if (!Array.isArray(value)) { problems.push(`${name} must be an array`); continue; }
      // Items are checked up to a bound: an error list stays short whatever the input's size.
      value.slice(0, 1000).forEach((item, i) => {
        if (prop.items?.type !== 'object') return;
        if (typeof item !== 'object' || item === null || Array.isArray(item)) problems.push(`${name}[${i}] must be an object`);
        else checkObject(prop.items, item as Record<string, unknown>, `${name}[${i}].`, problems);
      });
    }
  }
}
