import { FindingList, JsonObject, describeJsonValue, indexPath, isJsonObject, keyPath } from './finding-list';
import { classifyJsonString } from './json-string';
import { closestName } from './closest-name';
import { SchemaAttribute, SchemaNestedType } from './provider-schema';
import { checkValue, describeType } from './value-types';

/** Returns the own property of a schema record, ignoring names inherited from Object.prototype such as `constructor`. */
export function ownEntry<T>(record: { readonly [name: string]: T } | undefined, name: string): T | undefined {
  return record !== undefined && Object.prototype.hasOwnProperty.call(record, name) ? record[name] : undefined;
}

/** Returns true for an argument the provider computes and the configuration must not set. */
export function isComputedOnly(attribute: SchemaAttribute): boolean {
  return attribute.computed === true && attribute.optional !== true && attribute.required !== true;
}

/** Describes an argument's type in Terraform's type constraint syntax. */
export function describeAttribute(attribute: SchemaAttribute): string {
  if (attribute.nested_type) {
    return describeNestedType(attribute.nested_type);
  }
  return attribute.type === undefined ? 'any' : describeType(attribute.type);
}

/**
 * Checks one argument's value: computed-only arguments must not be set, and the value must fit the type.
 *
 * `owner` names the block in messages, such as `oci_core_subnet`.
 */
export function checkArgument(value: unknown, name: string, attribute: SchemaAttribute, path: string, owner: string, findings: FindingList): void {
  if (value === null || value === undefined) {
    return;
  }
  if (isComputedOnly(attribute)) {
    findings.add(path, 'computed-argument', 'is computed by the provider and cannot be set', `no value (read ${name} as an attribute of ${owner} instead)`);
    return;
  }
  if (attribute.nested_type) {
    checkNestedAttribute(value, attribute.nested_type, path, `${owner}.${name}`, findings);
    return;
  }
  if (attribute.type !== undefined) {
    checkValue(value, attribute.type, path, findings, attribute.sensitive === true);
  }
}

/** Records a finding for every required argument of `attributes` that `body` leaves out or sets to null. */
export function checkRequiredArguments(body: JsonObject, attributes: { readonly [name: string]: SchemaAttribute }, path: string, findings: FindingList): void {
  for (const [name, attribute] of Object.entries(attributes)) {
    if (attribute.required !== true) {
      continue;
    }
    const value = ownEntry(body, name);
    if (value === undefined) {
      findings.add(keyPath(path, name), 'missing-argument', 'is required but missing', describeAttribute(attribute));
    } else if (value === null) {
      findings.add(keyPath(path, name), 'missing-argument', 'is required but null', describeAttribute(attribute));
    }
  }
}

/** Lists the arguments a configuration may set, for messages about unknown names. */
export function settableArgumentNames(attributes: { readonly [name: string]: SchemaAttribute } | undefined): string[] {
  return Object.entries(attributes ?? {})
    .filter(([, attribute]) => !isComputedOnly(attribute))
    .map(([name]) => name)
    .sort();
}

/** Formats the problem of an unknown name, with the closest known name when one is close. */
export function unknownNameProblem(name: string, expectedRole: string, candidates: readonly string[]): string {
  const closest = closestName(name, candidates);
  return closest === undefined ? `is not ${expectedRole}` : `is not ${expectedRole} (did you mean ${closest}?)`;
}

function describeNestedType(nested: SchemaNestedType): string {
  const attributes = Object.entries(nested.attributes).map(([name, attribute]) => {
    const described = describeAttribute(attribute);
    return `${name} = ${attribute.required === true ? described : `optional(${described})`}`;
  });
  const objectType = `object({ ${attributes.join(', ')} })`;
  return nested.nesting_mode === 'single' ? objectType : `${nested.nesting_mode}(${objectType})`;
}

/** Checks a nested-attribute argument: one object, or a list, set or map of objects, each checked like a block body. */
function checkNestedAttribute(value: unknown, nested: SchemaNestedType, path: string, owner: string, findings: FindingList): void {
  if (typeof value === 'string' && classifyJsonString(value) === 'expression') {
    return;
  }

  const allowed = describeNestedType(nested);
  const reportShape = (item: unknown, itemPath: string) => findings.add(itemPath, 'wrong-type', `is ${describeJsonValue(item)}`, allowed);

  switch (nested.nesting_mode) {
    case 'single':
      if (isJsonObject(value)) {
        checkNestedObject(value, nested, path, owner, findings);
      } else {
        reportShape(value, path);
      }
      return;

    case 'map':
      if (!isJsonObject(value)) {
        reportShape(value, path);
        return;
      }
      for (const [key, item] of Object.entries(value)) {
        checkNestedItem(item, nested, `${path}[${JSON.stringify(key)}]`, owner, findings, reportShape);
      }
      checkNestedCount(Object.keys(value).length, nested, path, findings);
      return;

    default:
      if (!Array.isArray(value)) {
        reportShape(value, path);
        return;
      }
      value.forEach((item, index) => checkNestedItem(item, nested, indexPath(path, index), owner, findings, reportShape));
      checkNestedCount(value.length, nested, path, findings);
  }
}

function checkNestedItem(
  item: unknown,
  nested: SchemaNestedType,
  path: string,
  owner: string,
  findings: FindingList,
  reportShape: (item: unknown, itemPath: string) => void,
): void {
  if (item === null || (typeof item === 'string' && classifyJsonString(item) === 'expression')) {
    return;
  }
  if (isJsonObject(item)) {
    checkNestedObject(item, nested, path, owner, findings);
  } else {
    reportShape(item, path);
  }
}

function checkNestedObject(object: JsonObject, nested: SchemaNestedType, path: string, owner: string, findings: FindingList): void {
  for (const [name, value] of Object.entries(object)) {
    const attribute = ownEntry(nested.attributes, name);
    const attributePath = keyPath(path, name);
    if (attribute) {
      checkArgument(value, name, attribute, attributePath, owner, findings);
    } else {
      const names = settableArgumentNames(nested.attributes);
      findings.add(attributePath, 'unknown-name', unknownNameProblem(name, `an attribute of ${owner}`, names), `attributes ${names.join(', ')}`);
    }
  }
  checkRequiredArguments(object, nested.attributes, path, findings);
}

function checkNestedCount(count: number, nested: SchemaNestedType, path: string, findings: FindingList): void {
  if (nested.max_items !== undefined && nested.max_items > 0 && count > nested.max_items) {
    findings.add(path, 'too-many-items', `has ${count} objects`, `at most ${nested.max_items}`);
  }
  if (nested.min_items !== undefined && count < nested.min_items) {
    findings.add(path, 'too-few-items', `has ${count} objects`, `at least ${nested.min_items}`);
  }
}
