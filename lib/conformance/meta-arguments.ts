import { ownEntry } from './arguments';
import { describeSettableNames, settableNames } from './block-body';
import { closestName } from './closest-name';
import { FindingList, JsonObject, describeJsonValue, indexPath, isJsonObject, keyPath } from './finding-list';
import { classifyJsonString } from './json-string';
import { SchemaBlock } from './provider-schema';

/** `resource` for managed resources, `data` for data sources. */
export type ConfigurationKind = 'resource' | 'data';

/** Meta-arguments Terraform reads in a `resource` block, which the provider schema does not define. */
export const RESOURCE_META_ARGUMENTS: ReadonlySet<string> = new Set(['count', 'for_each', 'provider', 'depends_on', 'lifecycle', 'connection', 'provisioner']);

/** Meta-arguments Terraform reads in a `data` block. Data sources take no connection or provisioner. */
export const DATA_META_ARGUMENTS: ReadonlySet<string> = new Set(['count', 'for_each', 'provider', 'depends_on', 'lifecycle']);

/** Meta-arguments Terraform reads in a `provider` block. */
export const PROVIDER_META_ARGUMENTS: ReadonlySet<string> = new Set(['alias', 'version']);

const RESOURCE_LIFECYCLE_ARGUMENTS = ['create_before_destroy', 'ignore_changes', 'postcondition', 'precondition', 'prevent_destroy', 'replace_triggered_by'];
const DATA_LIFECYCLE_ARGUMENTS = ['postcondition', 'precondition'];
const CONDITION_ARGUMENTS = new Set(['condition', 'error_message', '//']);
/** A Terraform identifier, as used for provider aliases and iterator names. */
export const IDENTIFIER_PATTERN = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const WHOLE_NUMBER = /^\+?\d+$/;

/** Aliases of the provider configurations a document declares, keyed by provider local name such as `oci`. */
export type DeclaredAliases = ReadonlyMap<string, ReadonlySet<string>>;

/** A provider configuration reference: the provider's local name and an optional alias, as in `oci.home`. */
export interface ProviderReference {
  /** Local name of the provider, such as `oci`. */
  readonly localName: string;
  /** Alias of the configuration, such as `home`. @default - the default configuration */
  readonly alias?: string;
}

/** Parses a `provider` meta-argument such as `oci.home`, or returns undefined when it is not a reference. */
export function parseProviderReference(value: unknown): ProviderReference | undefined {
  if (typeof value !== 'string') {
    return undefined;
  }
  const match = /^(?:\$\{)?([A-Za-z][A-Za-z0-9_-]*)(?:\.([A-Za-z_][A-Za-z0-9_-]*))?(?:\})?$/.exec(value);
  if (!match) {
    return undefined;
  }
  return match[2] === undefined ? { localName: match[1] } : { localName: match[1], alias: match[2] };
}

/** Facts about the block whose meta-arguments are checked. */
export interface MetaArgumentContext {
  /** Whether the block is a resource or a data source. */
  readonly kind: ConfigurationKind;
  /** JSON path of the block body. */
  readonly path: string;
  /** Resource or data source type, such as `oci_core_vcn`. */
  readonly typeName: string;
  /** Schema of the type, to check the names in `ignore_changes`. */
  readonly block: SchemaBlock;
  /** Provider configurations the document declares. */
  readonly aliases: DeclaredAliases;
}

/** Checks the meta-arguments of a resource or data source block: count, for_each, provider, depends_on, lifecycle and the like. */
export function checkMetaArguments(body: JsonObject, context: MetaArgumentContext, findings: FindingList): void {
  const path = (name: string) => keyPath(context.path, name);

  checkCount(body.count, path('count'), findings);
  checkForEach(body.for_each, path('for_each'), findings);
  if (body.count !== undefined && body.count !== null && body.for_each !== undefined && body.for_each !== null) {
    findings.add(path('for_each'), 'invalid-meta-argument', 'is set together with count', 'either count or for_each, not both');
  }

  checkStringList(body.depends_on, path('depends_on'), 'a list of references such as "oci_core_vcn.main"', findings);
  checkProvider(body.provider, path('provider'), context.aliases, findings);
  checkLifecycle(body.lifecycle, path('lifecycle'), context, findings);

  // NOTE: connection and provisioner contents are not checked, because their schemas belong to Terraform, not to the provider.
  if (context.kind === 'resource') {
    checkObjectOrObjects(body.connection, path('connection'), 'a JSON object', findings);
    checkObjectOrObjects(body.provisioner, path('provisioner'), 'a JSON object keyed by provisioner type, or an array of them', findings);
  }
}

/** Checks the meta-arguments of a provider block: alias and the deprecated version. */
export function checkProviderMetaArguments(body: JsonObject, path: string, findings: FindingList): void {
  const alias = body.alias;
  if (alias !== undefined && alias !== null && !(typeof alias === 'string' && IDENTIFIER_PATTERN.test(alias))) {
    findings.add(keyPath(path, 'alias'), 'invalid-meta-argument', `is ${describeJsonValue(alias)}`, 'an identifier such as "home"');
  }
  const version = body.version;
  if (version !== undefined && version !== null && typeof version !== 'string') {
    findings.add(keyPath(path, 'version'), 'invalid-meta-argument', `is ${describeJsonValue(version)}`, 'a version constraint string');
  }
}

function checkCount(value: unknown, path: string, findings: FindingList): void {
  if (value === undefined || value === null || isTemplateString(value)) {
    return;
  }
  const wholeNumber = (typeof value === 'number' && Number.isInteger(value) && value >= 0) || (typeof value === 'string' && WHOLE_NUMBER.test(value));
  if (!wholeNumber) {
    findings.add(path, 'invalid-meta-argument', `is ${describeJsonValue(value)}`, 'a whole number of 0 or more, or an expression returning one');
  }
}

function checkForEach(value: unknown, path: string, findings: FindingList): void {
  if (value === undefined || value === null || isJsonObject(value) || isExpressionString(value)) {
    return;
  }
  const allowed = 'a JSON object (a map), or an expression returning a map or a set of strings, such as "${toset([...])}"';
  if (Array.isArray(value)) {
    // Terraform reads a JSON array as a tuple, and for_each accepts only maps and sets.
    findings.add(path, 'invalid-meta-argument', 'is an array, which Terraform reads as a tuple, not a set', allowed);
    return;
  }
  findings.add(path, 'invalid-meta-argument', `is ${describeJsonValue(value)}`, allowed);
}

function checkProvider(value: unknown, path: string, aliases: DeclaredAliases, findings: FindingList): void {
  if (value === undefined || value === null) {
    return;
  }
  const reference = parseProviderReference(value);
  if (!reference) {
    findings.add(path, 'invalid-meta-argument', `is ${describeJsonValue(value)}`, 'a provider configuration reference such as "oci" or "oci.home"');
    return;
  }
  if (reference.alias === undefined) {
    return;
  }

  // A root module must declare every aliased configuration its resources use in a provider block.
  const declared = aliases.get(reference.localName) ?? new Set<string>();
  if (!declared.has(reference.alias)) {
    const configurations = [reference.localName, ...[...declared].sort().map((alias) => `${reference.localName}.${alias}`)];
    findings.add(path, 'unknown-provider-alias', `refers to ${reference.localName}.${reference.alias}, which no provider block declares`, `one of the declared configurations ${configurations.join(', ')}`);
  }
}

function checkLifecycle(value: unknown, path: string, context: MetaArgumentContext, findings: FindingList): void {
  if (value === undefined || value === null) {
    return;
  }
  if (!isJsonObject(value)) {
    findings.add(path, 'invalid-meta-argument', `is ${describeJsonValue(value)}`, 'a JSON object');
    return;
  }

  const allowedNames = context.kind === 'resource' ? RESOURCE_LIFECYCLE_ARGUMENTS : DATA_LIFECYCLE_ARGUMENTS;
  for (const [name, argument] of Object.entries(value)) {
    const argumentPath = keyPath(path, name);
    if (name === '//') {
      continue;
    }
    if (!allowedNames.includes(name)) {
      const closest = closestName(name, allowedNames);
      const subject = context.kind === 'resource' ? 'a resource' : 'a data source';
      const problem = closest === undefined ? `is not a lifecycle argument of ${subject}` : `is not a lifecycle argument of ${subject} (did you mean ${closest}?)`;
      findings.add(argumentPath, 'invalid-meta-argument', problem, allowedNames.join(', '));
      continue;
    }

    switch (name) {
      case 'create_before_destroy':
      case 'prevent_destroy':
        checkLiteralBool(argument, argumentPath, findings);
        break;
      case 'ignore_changes':
        checkIgnoreChanges(argument, argumentPath, context, findings);
        break;
      case 'replace_triggered_by':
        checkStringList(argument, argumentPath, 'a list of references such as "oci_core_vcn.main.id"', findings);
        break;
      default:
        checkConditions(argument, argumentPath, findings);
    }
  }
}

/** Terraform reads prevent_destroy and create_before_destroy before it evaluates anything, so they take no expressions. */
function checkLiteralBool(value: unknown, path: string, findings: FindingList): void {
  if (value === null || typeof value === 'boolean' || (typeof value === 'string' && ['true', 'false', '1', '0'].includes(value))) {
    return;
  }
  findings.add(path, 'invalid-meta-argument', `is ${describeJsonValue(value)}`, 'a literal bool, because Terraform reads this argument before it evaluates expressions');
}

function checkIgnoreChanges(value: unknown, path: string, context: MetaArgumentContext, findings: FindingList): void {
  if (value === 'all' || value === null) {
    return;
  }
  if (!Array.isArray(value)) {
    findings.add(path, 'invalid-meta-argument', `is ${describeJsonValue(value)}`, '"all" or a list of argument names');
    return;
  }

  value.forEach((entry, index) => {
    const entryPath = indexPath(path, index);
    const root = typeof entry === 'string' ? /^(?:\$\{)?([A-Za-z_][A-Za-z0-9_-]*)/.exec(entry)?.[1] : undefined;
    if (root === undefined) {
      findings.add(entryPath, 'invalid-meta-argument', `is ${describeJsonValue(entry)}`, 'an argument name, optionally with an index or key, such as "defined_tags"');
      return;
    }

    // Computed attributes count too: Terraform accepts them here, although ignoring them has no effect.
    const known = ownEntry(context.block.attributes, root) !== undefined || ownEntry(context.block.block_types, root) !== undefined;
    if (!known) {
      const closest = closestName(root, settableNames(context.block));
      const suggestion = closest === undefined ? '' : ` (did you mean ${closest}?)`;
      findings.add(entryPath, 'unknown-name', `refers to ${root}, which is not an argument or block type of ${context.typeName}${suggestion}`, describeSettableNames(context.block));
    }
  });
}

function checkConditions(value: unknown, path: string, findings: FindingList): void {
  const conditions = Array.isArray(value) ? value.map((item, index) => ({ item, itemPath: indexPath(path, index) })) : [{ item: value, itemPath: path }];
  for (const { item, itemPath } of conditions) {
    if (!isJsonObject(item)) {
      findings.add(itemPath, 'invalid-meta-argument', `is ${describeJsonValue(item)}`, 'a JSON object with condition and error_message');
      continue;
    }
    for (const key of Object.keys(item)) {
      if (!CONDITION_ARGUMENTS.has(key)) {
        findings.add(keyPath(itemPath, key), 'invalid-meta-argument', 'is not an argument of a condition block', 'condition and error_message');
      }
    }
    for (const required of ['condition', 'error_message']) {
      if (item[required] === undefined || item[required] === null) {
        findings.add(keyPath(itemPath, required), 'invalid-meta-argument', 'is required but missing', required === 'condition' ? 'a bool expression' : 'a string');
      }
    }
  }
}

function checkStringList(value: unknown, path: string, allowed: string, findings: FindingList): void {
  if (value === undefined || value === null) {
    return;
  }
  if (!Array.isArray(value)) {
    findings.add(path, 'invalid-meta-argument', `is ${describeJsonValue(value)}`, allowed);
    return;
  }
  value.forEach((entry, index) => {
    if (typeof entry !== 'string') {
      findings.add(indexPath(path, index), 'invalid-meta-argument', `is ${describeJsonValue(entry)}`, allowed);
    }
  });
}

function checkObjectOrObjects(value: unknown, path: string, allowed: string, findings: FindingList): void {
  if (value === undefined || value === null || isJsonObject(value)) {
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      if (!isJsonObject(item)) {
        findings.add(indexPath(path, index), 'invalid-meta-argument', `is ${describeJsonValue(item)}`, allowed);
      }
    });
    return;
  }
  findings.add(path, 'invalid-meta-argument', `is ${describeJsonValue(value)}`, allowed);
}

function isExpressionString(value: unknown): boolean {
  return typeof value === 'string' && classifyJsonString(value) === 'expression';
}

function isTemplateString(value: unknown): boolean {
  return typeof value === 'string' && classifyJsonString(value) !== 'literal';
}
