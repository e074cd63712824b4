/**
 * Canonical JSON after RFC 8785 (JSON Canonicalization Scheme) for the
 * values this project hashes and signs: null, booleans, finite numbers,
 * strings, arrays and plain objects. Pure: no runtime imports.
 */

/** A value canonicalJson accepts; anything else is refused, never guessed at. */
export type CanonicalValue =
  | null
  | boolean
  | number
  | string
  | readonly CanonicalValue[]
  | { readonly [key: string]: CanonicalValue | undefined };

/**
 * Serializes `value` so that equal data always gives identical text: object
 * keys sorted by UTF-16 code units (RFC 8785 §3.2.3), no whitespace, numbers
 * in ECMAScript shortest form (§3.2.2.3), strings escaped as JSON.stringify
 * does (§3.2.2.2). Object members whose value is `undefined` are left out,
 * as JSON does. Throws on non-finite numbers and on values JSON cannot hold.
 */
export function canonicalJson(value: CanonicalValue): string {
  return serialize(value, '$');
}

function serialize(value: unknown, path: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${path} is not a finite number`);
      // ECMAScript Number-to-String is exactly the form RFC 8785 requires; -0 becomes "0".
      return JSON.stringify(value);
    case 'string':
      return JSON.stringify(value);
    case 'object':
      if (Array.isArray(value)) {
        return `[${value.map((item, i) => serialize(item, `${path}[${i}]`)).join(',')}]`;
      }
      if (!isPlainObject(value)) throw new TypeError(`canonicalJson: ${path} is not a plain object`);
      return serializeObject(value as Record<string, unknown>, path);
    default:
      throw new TypeError(`canonicalJson: ${path} has unsupported type ${typeof value}`);
  }
}

function serializeObject(object: Record<string, unknown>, path: string): string {
  // Array.prototype.sort without a comparator orders by UTF-16 code units, as §3.2.3 asks.
  const keys = Object.keys(object).filter((key) => object[key] !== undefined).sort();
  const members = keys.map((key) => `${JSON.stringify(key)}:${serialize(object[key], `${path}.${key}`)}`);
  return `{${members.join(',')}}`;
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
