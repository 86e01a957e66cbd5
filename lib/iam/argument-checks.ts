import { describeOcidKinds, OcidKind, ocidKind } from '../core/ocid';
import { formatValue, Validator } from '../core/validation';
import { containsReference } from './references';

// Checks of arguments that JavaScript callers can pass with the wrong type, shared by the IAM value
// builders, which throw an Error, and the IAM constructs, which record problems in a Validator.

/** OCID kinds the IAM value builders check: those of core/ocid.ts, plus compute instances for matching rules. */
export type BuilderOcidKind = OcidKind | 'instance';

/**
 * Returns `value` when it is an OCID of one of `kinds` or contains a reference (`${...}`), and
 * throws an Error naming `caller` otherwise.
 */
export function checkedOcid(caller: string, value: unknown, kinds: readonly BuilderOcidKind[]): string {
  if (containsReference(value)) {
    return value as string;
  }
  const kind = typeof value === 'string' ? ocidKind(value) : undefined;
  if (kind === undefined || !(kinds as readonly string[]).includes(kind)) {
    // describeOcidKinds only formats the kind names, so the instance kind formats the same way.
    throw new Error(`${caller}: ${formatValue(value)} is not an OCID of the expected kind: expected ${describeOcidKinds(kinds as readonly OcidKind[])}.`);
  }
  return value as string;
}

/** Throws an Error naming `caller` unless `value` is a string. `argumentName` is shown before the value, such as `pattern`. */
export function requireBuilderString(caller: string, argumentName: string, value: unknown): asserts value is string {
  if (typeof value !== 'string') {
    throw new Error(`${caller}: ${argumentName} ${formatValue(value)} must be a string.`);
  }
}

/**
 * Returns what is wrong with the name of a principal in a policy subject, as a rule fragment such as
 * `is empty: ...`, or undefined when the name can be written in a statement. `kind` is the principal
 * kind in words, such as `dynamic group`.
 */
export function subjectNameProblem(kind: string, name: unknown): string | undefined {
  if (typeof name !== 'string') {
    return 'must be a string: give the name as it appears in OCI';
  }
  if (containsReference(name)) {
    return undefined;
  }
  if (name.trim().length === 0) {
    return 'is empty: give the name as it appears in OCI';
  }
  // Names outside [A-Za-z0-9._-] are written between single quotes, which cannot contain one.
  if (name.includes("'")) {
    return `contains a single quote, which OCI policy statements cannot express: rename the ${kind}`;
  }
  return undefined;
}

/** Throws an Error unless `name` can be the name of a principal in a policy subject, as {@link subjectNameProblem} describes. */
export function checkSubjectName(kind: string, name: unknown): asserts name is string {
  const problem = subjectNameProblem(kind, name);
  if (problem === undefined) {
    return;
  }
  // An empty name has nothing worth quoting.
  const valueText = typeof name === 'string' && name.trim().length === 0 ? '' : ` ${formatValue(name)}`;
  throw new Error(`The ${kind} name${valueText} ${problem}.`);
}

/**
 * Records a problem unless `value` is an IAM user: a `User` or the result of `User.fromUserAttributes`.
 * Returns true when it is one. `missing` completes the message when the value is undefined.
 */
export function checkUserArgument(validator: Validator, property: string, value: unknown, missing = 'pass a User or the result of User.fromUserAttributes'): boolean {
  if (value === undefined) {
    validator.add(property, value, `is missing: ${missing}`);
    return false;
  }
  const valid = typeof value === 'object' && value !== null && typeof (value as { userOcid?: unknown }).userOcid === 'string';
  if (!valid) {
    validator.add(property, value, 'must be a user, such as a User or the result of User.fromUserAttributes');
  }
  return valid;
}

/** Records a problem unless `value` is a group with an OCID: a `Group` or the result of `Group.fromGroupAttributes`. */
export function checkGroupArgument(validator: Validator, property: string, value: unknown): boolean {
  const group = value as { groupOcid?: unknown; addUser?: unknown } | null;
  const valid = typeof value === 'object' && group !== null && typeof group.groupOcid === 'string' && typeof group.addUser === 'function';
  if (!valid) {
    validator.add(property, value, 'must be a group, such as a Group or the result of Group.fromGroupAttributes');
  }
  return valid;
}
