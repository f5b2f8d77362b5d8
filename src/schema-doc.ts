/**
 * The README's table of output fields, generated from the JSON Schema of {@link NoticeSchema}, so the
 * documentation cannot drift from the contract (a test compares the two).
 */
import { noticeJsonSchema } from './schema.js';

interface JsonSchema {
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
}

function typeName(s: JsonSchema, defs: Record<string, JsonSchema>): string {
  if (s.$ref) return s.$ref.endsWith('__schema0') ? 'Task' : 'object';
  if (s.const !== undefined) return JSON.stringify(s.const);
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(' \\| ');
  if (s.anyOf) return s.anyOf.map((x) => typeName(x, defs)).join(' \\| ');
  const t = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
  return t
    .map((x) => (x === 'array' && s.items ? `${typeName(s.items, defs)}[]` : x === 'integer' ? 'number' : x))
    .join(' \\| ');
}

function rows(prefix: string, s: JsonSchema, defs: Record<string, JsonSchema>, out: string[], seen: Set<string>): void {
  for (const [key, child] of Object.entries(s.properties ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    const desc = (child.description ?? child.anyOf?.find((x) => x.description)?.description ?? '').replace(/\|/g, '\\|');
    out.push(`| \`${path}\` | ${typeName(child, defs)} | ${desc} |`);
    const objectLike = child.properties ? child : child.anyOf?.find((x) => x.properties);
    if (objectLike) rows(path, objectLike, defs, out, seen);
    const item = child.items;
    if (item?.$ref && !seen.has(item.$ref)) {
      seen.add(item.$ref);
      const def = defs[item.$ref.replace('#/$defs/', '')];
      if (def) rows(`${path}[]`, def, defs, out, seen);
    } else if (item?.properties) rows(`${path}[]`, item, defs, out, seen);
  }
}

/** The Markdown table of every field of the parse output, one row per field path. */
export function fieldsTable(): string {
  const schema = noticeJsonSchema() as JsonSchema;
  const out = ['| field | type | meaning |', '| --- | --- | --- |'];
  rows('', schema, schema.$defs ?? {}, out, new Set());
  return out.join('\n');
}
