import { ConformanceFinding, ConformanceProblem } from './finding';

/** Findings of one check, in the order the document lists the values. */
export class FindingList {
  public readonly items: ConformanceFinding[] = [];

  /** Records one finding. */
  public add(path: string, kind: ConformanceProblem, problem: string, allowed: string): void {
    this.items.push({ path, kind, problem, allowed });
  }
}

/** A JSON value that is an object, not an array or null. */
export type JsonObject = { readonly [key: string]: unknown };

/** Returns true when the value is a JSON object (not an array and not null). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Appends an object key to a JSON path: `a.b` for identifier-like keys, `a["key.with/dots"]` for the rest. */
export function keyPath(path: string, key: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(key)) {
    return path === '' ? key : `${path}.${key}`;
  }
  return `${path}[${JSON.stringify(key)}]`;
}

/** Appends an array index to a JSON path. */
export function indexPath(path: string, index: number): string {
  return `${path}[${index}]`;
}

const JSON_KINDS: { readonly [jsType: string]: string } = { string: 'a string', number: 'a number', boolean: 'a bool' };

/** Describes a JSON value for a message: its JSON kind, followed by a short excerpt unless it is sensitive. */
export function describeJsonValue(value: unknown, sensitive = false): string {
  if (value === null) {
    return 'null';
  }
  if (Array.isArray(value)) {
    return 'an array';
  }
  if (typeof value === 'object') {
    return 'an object';
  }

  const kind = JSON_KINDS[typeof value] ?? `a ${typeof value}`;
  if (sensitive) {
    return `${kind} (value hidden because the argument is sensitive)`;
  }
  return `${kind} (${excerpt(value)})`;
}

const EXCERPT_LENGTH = 60;

function excerpt(value: unknown): string {
  const text = JSON.stringify(value);
  return text.length <= EXCERPT_LENGTH ? text : `${text.slice(0, EXCERPT_LENGTH - 3)}...`;
}
