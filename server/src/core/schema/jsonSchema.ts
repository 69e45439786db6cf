/** Small helpers over the JSON Schema objects in schemas/ (local `$ref`s only). */

export type JsonSchema = { readonly [keyword: string]: unknown };

export type PathSegment = string | number;

/** What ajv's standalone validators report (messages are off: we write our own). */
export interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
}

export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: AjvError[] | null;
}

export function isObject(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === 'object' && !Array.isArray(x);
}

export function asSchema(x: unknown): JsonSchema | undefined {
  return isObject(x) ? (x as JsonSchema) : undefined;
}

function unescapePointer(s: string): string {
  return s.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The schema at a `#/...` JSON pointer inside `root`. */
export function schemaAtPointer(root: JsonSchema, pointer: string): JsonSchema | undefined {
  const p = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  let cur: unknown = root;
  if (p === '' || p === '/') return root;
  for (const raw of p.split('/').slice(1)) {
    const seg = unescapePointer(decodeURIComponent(raw));
    if (Array.isArray(cur)) cur = cur[Number(seg)];
    else if (isObject(cur)) cur = cur[seg];
    else return undefined;
  }
  return asSchema(cur);
}

/** Follows a local `$ref` (siblings of the `$ref` win over the target's annotations). */
export function resolveRef(root: JsonSchema, schema: JsonSchema, depth = 0): JsonSchema {
  const ref = schema.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#') || depth > 20) return schema;
  const target = schemaAtPointer(root, ref);
  if (!target) return schema;
  const { $ref: _ignored, ...siblings } = schema;
  return { ...resolveRef(root, target, depth + 1), ...siblings };
}

/**
 * ajv's instancePath (a JSON pointer, `~0`/`~1` escaped) as a path; a segment
 * is a number when the value it indexes is a list.
 */
export function pointerToPath(pointer: string, value: unknown): PathSegment[] {
  if (pointer === '') return [];
  const out: PathSegment[] = [];
  let cur: unknown = value;
  for (const raw of pointer.split('/').slice(1)) {
    const seg = unescapePointer(raw);
    if (Array.isArray(cur)) {
      const n = Number(seg);
      out.push(Number.isInteger(n) ? n : seg);
      cur = Number.isInteger(n) ? cur[n] : undefined;
    } else {
      out.push(seg);
      cur = isObject(cur) ? cur[seg] : undefined;
    }
  }
  return out;
}

export function valueAt(value: unknown, path: readonly PathSegment[]): unknown {
  let cur = value;
  for (const seg of path) {
    if (Array.isArray(cur) && typeof seg === 'number') cur = cur[seg];
    else if (isObject(cur)) cur = cur[String(seg)];
    else return undefined;
  }
  return cur;
}

/** `treatment_history[0].drug` */
export function pathToString(path: readonly PathSegment[]): string {
  let s = '';
  for (const seg of path) {
    if (typeof seg === 'number') s += `[${seg}]`;
    else s += s === '' ? seg : `.${seg}`;
  }
  return s;
}

/** The property names an object schema allows. */
export function propertyNames(schema: JsonSchema | undefined): string[] {
  return schema && isObject(schema.properties) ? Object.keys(schema.properties) : [];
}

/**
 * A `oneOf` whose branches are objects told apart by one required key each
 * (treatment_history items: `drug` / `procedure` / `therapy`).
 */
export interface DiscriminatedUnion {
  /** The branches, in schema order: each its discriminating key and its resolved schema. */
  branches: { key: string; schemaPointer: string; schema: JsonSchema }[];
}

export function discriminatedUnion(root: JsonSchema, schema: JsonSchema): DiscriminatedUnion | undefined {
  const oneOf = schema.oneOf;
  if (!Array.isArray(oneOf) || oneOf.length < 2) return undefined;
  const branches: DiscriminatedUnion['branches'] = [];
  for (const b of oneOf) {
    const s = asSchema(b);
    if (!s || typeof s.$ref !== 'string') return undefined;
    const target = resolveRef(root, s);
    const req = target.required;
    const key = Array.isArray(req) && typeof req[0] === 'string' ? req[0] : undefined;
    if (!key || !propertyNames(target).includes(key)) return undefined;
    branches.push({ key, schemaPointer: s.$ref, schema: target });
  }
  const keys = new Set(branches.map((b) => b.key));
  return keys.size === branches.length ? { branches } : undefined;
}
