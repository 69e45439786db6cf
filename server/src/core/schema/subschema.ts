/** The schema for a place in a document, with `$ref`s resolved: what hover and completion read. */
import {
  asSchema,
  discriminatedUnion,
  isObject,
  resolveRef,
  valueAt,
  type JsonSchema,
  type PathSegment,
} from './jsonSchema';

export interface SchemaInfo {
  title?: string;
  description?: string;
  markdownDescription?: string;
  /** A JSON Schema type name, or several (`["integer", "string"]`). */
  type?: string | string[];
  enum?: unknown[];
  enumDescriptions?: string[];
  examples?: unknown[];
  properties?: Record<string, SchemaInfo>;
  required?: string[];
  items?: SchemaInfo;
  const?: unknown;
  /** The schema accepts any key, each with this schema (e.g. `affiliations`). */
  additionalProperties?: SchemaInfo;
  /** For a union told apart by a key: the keys that pick a branch (`drug`, `procedure`, `therapy`). */
  discriminators?: string[];
}

const cache = new WeakMap<object, SchemaInfo>();

/** Convert a (resolved) schema into SchemaInfo, recursively; `value` picks union branches below. */
export function toInfo(root: JsonSchema, raw: JsonSchema, value?: unknown, depth = 0): SchemaInfo {
  const schema = resolveRef(root, raw);
  const union = discriminatedUnion(root, schema);
  if (union) return unionInfo(root, schema, union, value, depth);
  const cacheable = value === undefined;
  if (cacheable) {
    const hit = cache.get(schema);
    if (hit) return hit;
  }
  const info: SchemaInfo = {};
  if (typeof schema.title === 'string') info.title = schema.title;
  if (typeof schema.description === 'string') info.description = schema.description;
  if (typeof schema.markdownDescription === 'string') info.markdownDescription = schema.markdownDescription;
  if (typeof schema.type === 'string' || Array.isArray(schema.type)) info.type = schema.type as string | string[];
  if (Array.isArray(schema.enum)) info.enum = [...schema.enum];
  if (Array.isArray(schema.enumDescriptions)) info.enumDescriptions = schema.enumDescriptions.map(String);
  if (Array.isArray(schema.examples)) info.examples = [...schema.examples];
  if ('const' in schema) info.const = schema.const;
  if (Array.isArray(schema.required)) info.required = schema.required.map(String);
  if (depth < 12) {
    const props = asSchema(schema.properties);
    if (props) {
      info.properties = {};
      for (const [k, v] of Object.entries(props)) {
        const s = asSchema(v);
        if (s) info.properties[k] = toInfo(root, s, isObject(value) ? value[k] : undefined, depth + 1);
      }
    }
    const items = asSchema(schema.items);
    if (items) info.items = toInfo(root, items, undefined, depth + 1);
    const extra = asSchema(schema.additionalProperties);
    if (extra) info.additionalProperties = toInfo(root, extra, undefined, depth + 1);
  }
  if (cacheable) cache.set(schema, info);
  return info;
}

function unionInfo(
  root: JsonSchema,
  schema: JsonSchema,
  union: NonNullable<ReturnType<typeof discriminatedUnion>>,
  value: unknown,
  depth: number,
): SchemaInfo {
  const present = isObject(value) ? union.branches.filter((b) => Object.prototype.hasOwnProperty.call(value, b.key)) : [];
  if (present.length === 1) {
    const chosen = toInfo(root, present[0]!.schema, value, depth);
    return { ...chosen, discriminators: union.branches.map((b) => b.key) };
  }
  // No branch (or several): offer every branch's keys.
  const merged: SchemaInfo = { type: 'object', properties: {}, discriminators: union.branches.map((b) => b.key) };
  if (typeof schema.title === 'string') merged.title = schema.title;
  if (typeof schema.description === 'string') merged.description = schema.description;
  if (typeof schema.markdownDescription === 'string') merged.markdownDescription = schema.markdownDescription;
  for (const b of union.branches) {
    const info = toInfo(root, b.schema, undefined, depth);
    for (const [k, v] of Object.entries(info.properties ?? {})) {
      if (!merged.properties![k]) merged.properties![k] = v;
    }
  }
  return merged;
}

/**
 * The schema of the value at `path` (keys and list indexes from the document
 * root), or undefined when the schema has nothing there. `docValue` is the
 * whole document's value: it picks union branches on the way.
 */
export function subschemaIn(root: JsonSchema, path: readonly PathSegment[], docValue?: unknown): SchemaInfo | undefined {
  let schema: JsonSchema = root;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i] as PathSegment;
    schema = resolveRef(root, schema);
    const union = discriminatedUnion(root, schema);
    if (union) {
      const here = docValue === undefined ? undefined : valueAt(docValue, path.slice(0, i));
      const present = isObject(here) ? union.branches.filter((b) => Object.prototype.hasOwnProperty.call(here, b.key)) : [];
      const branches = present.length === 1 ? present : union.branches;
      const hit = branches.map((b) => asSchema(asSchema(b.schema.properties)?.[String(seg)])).find((s) => s !== undefined);
      if (!hit) return undefined;
      schema = hit;
      continue;
    }
    const props = asSchema(schema.properties);
    const byName = typeof seg === 'string' ? asSchema(props?.[seg]) : undefined;
    if (byName) {
      schema = byName;
      continue;
    }
    if (typeof seg === 'number' || /^\d+$/.test(String(seg))) {
      const items = asSchema(schema.items);
      if (items) {
        schema = items;
        continue;
      }
    }
    const extra = typeof seg === 'string' ? asSchema(schema.additionalProperties) : undefined;
    if (extra) {
      schema = extra;
      continue;
    }
    return undefined;
  }
  const value = docValue === undefined ? undefined : valueAt(docValue, path);
  return toInfo(root, schema, value);
}
