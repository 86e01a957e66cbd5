import { FindingList, describeJsonValue, indexPath, isJsonObject, keyPath } from './finding-list';
import { classifyJsonString } from './json-string';
import { CtyType } from './provider-schema';

/** Describes a cty type in Terraform's type constraint syntax, such as `list(string)`. */
export function describeType(type: CtyType): string {
  if (typeof type === 'string') {
    return type === 'dynamic' ? 'any' : type;
  }

  const [kind, element] = type;
  switch (kind) {
    case 'list':
    case 'set':
    case 'map':
      return `${kind}(${describeType(element as CtyType)})`;
    case 'object': {
      const optional = new Set(objectOptionalAttributes(type));
      const attributes = Object.entries(element as Record<string, CtyType>).map(([name, attributeType]) => {
        const described = describeType(attributeType);
        return `${name} = ${optional.has(name) ? `optional(${described})` : described}`;
      });
      return `object({ ${attributes.join(', ')} })`;
    }
    case 'tuple':
      return `tuple([${(element as CtyType[]).map(describeType).join(', ')}])`;
    default:
      return JSON.stringify(type);
  }
}

/**
 * Checks that a JSON value has a shape Terraform converts to the given type, and records a finding where it does not.
 *
 * The rules follow Terraform's type conversion (cty): a number or bool converts to a string, a string
 * converts to a number when it is a decimal number and to a bool when it is "true", "false", "1" or "0".
 * A string that is one `${...}` expression passes for any type, because only Terraform determines its type.
 * A template that mixes text and expressions yields a string, so it passes for string, number and bool
 * and fails for collections and objects. Null passes everywhere, because it means "not set".
 */
export function checkValue(value: unknown, type: CtyType, path: string, findings: FindingList, sensitive = false): void {
  if (value === null || value === undefined || type === 'dynamic') {
    return;
  }

  if (typeof value === 'string') {
    const kind = classifyJsonString(value);
    if (kind === 'expression') {
      return;
    }
    if (kind === 'template' && !isPrimitiveType(type)) {
      findings.add(path, 'wrong-type', 'is a string template, which Terraform evaluates to a string', describeType(type));
      return;
    }
    if (kind === 'template') {
      return;
    }
  }

  if (typeof type === 'string') {
    checkPrimitive(value, type, path, findings, sensitive);
    return;
  }

  const [kind, element] = type;
  switch (kind) {
    case 'list':
    case 'set':
      checkCollection(value, type, element as CtyType, path, findings, sensitive);
      return;
    case 'map':
      checkMap(value, type, element as CtyType, path, findings, sensitive);
      return;
    case 'object':
      checkObject(value, type, path, findings, sensitive);
      return;
    case 'tuple':
      checkTuple(value, type, element as CtyType[], path, findings, sensitive);
      return;
    default:
      // NOTE: a type form this check does not know (a newer cty type) is accepted unchecked.
      return;
  }
}

/** Returns true for string, number and bool, the types a string template converts to. */
function isPrimitiveType(type: CtyType): boolean {
  return type === 'string' || type === 'number' || type === 'bool';
}

const DECIMAL_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const BOOL_STRINGS = new Set(['true', 'false', '1', '0']);

function checkPrimitive(value: unknown, type: string, path: string, findings: FindingList, sensitive: boolean): void {
  switch (type) {
    case 'string':
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
        return;
      }
      break;
    case 'number':
      if (typeof value === 'number') {
        return;
      }
      if (typeof value === 'string') {
        if (!DECIMAL_NUMBER.test(value)) {
          findings.add(path, 'wrong-type', `is ${describeJsonValue(value, sensitive)} that Terraform cannot convert to a number`, 'number');
        }
        return;
      }
      break;
    case 'bool':
      if (typeof value === 'boolean') {
        return;
      }
      if (typeof value === 'string') {
        if (!BOOL_STRINGS.has(value)) {
          findings.add(path, 'wrong-type', `is ${describeJsonValue(value, sensitive)} that Terraform cannot convert to a bool`, 'bool');
        }
        return;
      }
      break;
    default:
      // NOTE: a primitive type this check does not know (a newer cty type) is accepted unchecked.
      return;
  }
  findings.add(path, 'wrong-type', `is ${describeJsonValue(value, sensitive)}`, type);
}

function checkCollection(value: unknown, type: CtyType, element: CtyType, path: string, findings: FindingList, sensitive: boolean): void {
  if (!Array.isArray(value)) {
    findings.add(path, 'wrong-type', `is ${describeJsonValue(value, sensitive)}`, describeType(type));
    return;
  }
  value.forEach((item, index) => checkValue(item, element, indexPath(path, index), findings, sensitive));
}

function checkMap(value: unknown, type: CtyType, element: CtyType, path: string, findings: FindingList, sensitive: boolean): void {
  if (!isJsonObject(value)) {
    findings.add(path, 'wrong-type', `is ${describeJsonValue(value, sensitive)}`, describeType(type));
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    checkValue(item, element, `${path}[${JSON.stringify(key)}]`, findings, sensitive);
  }
}

function checkObject(value: unknown, type: Exclude<CtyType, string>, path: string, findings: FindingList, sensitive: boolean): void {
  if (!isJsonObject(value)) {
    findings.add(path, 'wrong-type', `is ${describeJsonValue(value, sensitive)}`, describeType(type));
    return;
  }

  const attributeTypes = type[1] as Record<string, CtyType>;
  const optional = new Set(objectOptionalAttributes(type));
  for (const [name, attributeType] of Object.entries(attributeTypes)) {
    if (Object.prototype.hasOwnProperty.call(value, name)) {
      checkValue(value[name], attributeType, keyPath(path, name), findings, sensitive);
    } else if (!optional.has(name)) {
      findings.add(keyPath(path, name), 'missing-argument', 'is required by the object type but missing', describeType(attributeType));
    }
  }

  // Terraform drops attributes the object type does not declare without an error, so a misspelled
  // attribute would silently do nothing: report it.
  for (const name of Object.keys(value)) {
    if (!Object.prototype.hasOwnProperty.call(attributeTypes, name)) {
      findings.add(keyPath(path, name), 'unknown-name', 'is not an attribute of the object type, so Terraform discards it', describeType(type));
    }
  }
}

function checkTuple(value: unknown, type: CtyType, elements: CtyType[], path: string, findings: FindingList, sensitive: boolean): void {
  if (!Array.isArray(value) || value.length !== elements.length) {
    const shape = Array.isArray(value) ? `an array of ${value.length} element${value.length === 1 ? '' : 's'}` : describeJsonValue(value, sensitive);
    findings.add(path, 'wrong-type', `is ${shape}`, describeType(type));
    return;
  }
  value.forEach((item, index) => checkValue(item, elements[index], indexPath(path, index), findings, sensitive));
}

/** Returns the optional attribute names of an object type, which cty lists as an optional third element. */
function objectOptionalAttributes(type: readonly unknown[]): string[] {
  return Array.isArray(type[2]) ? (type[2] as string[]) : [];
}
