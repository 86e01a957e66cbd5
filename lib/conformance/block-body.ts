import { checkArgument, checkRequiredArguments, ownEntry, settableArgumentNames, unknownNameProblem } from './arguments';
import { ConformanceProblem } from './finding';
import { FindingList, JsonObject, describeJsonValue, indexPath, isJsonObject, keyPath } from './finding-list';
import { classifyJsonString } from './json-string';
import { SchemaBlock, SchemaBlockType } from './provider-schema';

/** Position of a block body in the document, and its name in messages. */
export interface BodyLocation {
  /** JSON path of the body, such as `resource.oci_core_subnet.workers`. */
  readonly path: string;
  /** Name of the block in messages, such as `oci_containerengine_node_pool.node_config_details`. */
  readonly owner: string;
}

const NO_KEYS: ReadonlySet<string> = new Set();

/**
 * Checks a block body against its schema: every key is an argument, a nested block type or `dynamic`,
 * required arguments are present, and each block type appears within its min_items and max_items.
 *
 * `skippedKeys` are meta-arguments the caller checks itself, such as `count` at the top of a resource.
 */
export function checkBlockBody(body: JsonObject, block: SchemaBlock, location: BodyLocation, findings: FindingList, skippedKeys = NO_KEYS): void {
  const blockCounts = new Map<string, number>();
  const dynamicBlockTypes = new Set<string>();

  for (const [key, value] of Object.entries(body)) {
    // Terraform's JSON syntax reads a "//" key in a block body as a comment. cdktf writes its metadata there.
    if (key === '//' || skippedKeys.has(key)) {
      continue;
    }
    const path = keyPath(location.path, key);

    const attribute = ownEntry(block.attributes, key);
    if (attribute) {
      checkArgument(value, key, attribute, path, location.owner, findings);
      continue;
    }

    const blockType = ownEntry(block.block_types, key);
    if (blockType) {
      blockCounts.set(key, checkNestedBlocks(value, key, blockType, { path, owner: `${location.owner}.${key}` }, findings));
      continue;
    }

    if (key === 'dynamic') {
      checkDynamicBlocks(value, block, { path, owner: location.owner }, findings, dynamicBlockTypes);
      continue;
    }

    findings.add(path, 'unknown-name', unknownNameProblem(key, `an argument or block type of ${location.owner}`, settableNames(block)), describeSettableNames(block));
  }

  checkRequiredArguments(body, block.attributes ?? {}, location.path, findings);
  checkBlockCounts(block, blockCounts, dynamicBlockTypes, location, findings);
}

/** Lists the argument and block type names a configuration may set in a block. */
export function settableNames(block: SchemaBlock): string[] {
  return [...settableArgumentNames(block.attributes), ...Object.keys(block.block_types ?? {})].sort();
}

/** Describes the argument and block type names a configuration may set in a block, for messages. */
export function describeSettableNames(block: SchemaBlock): string {
  const argumentNames = settableArgumentNames(block.attributes);
  const blockTypeNames = Object.keys(block.block_types ?? {}).sort();
  const parts: string[] = [];
  if (argumentNames.length > 0) {
    parts.push(`arguments ${argumentNames.join(', ')}`);
  }
  if (blockTypeNames.length > 0) {
    parts.push(`block types ${blockTypeNames.join(', ')}`);
  }
  return parts.length === 0 ? 'no arguments or blocks' : parts.join(' and ');
}

/** Checks the blocks of one block type and returns how many the body writes out (not counting dynamic blocks). */
function checkNestedBlocks(value: unknown, name: string, blockType: SchemaBlockType, location: BodyLocation, findings: FindingList): number {
  if (value === null) {
    return 0;
  }
  if (blockType.nesting_mode === 'map') {
    return checkLabelledBlocks(value, name, blockType, location, findings);
  }

  const bodies = blockBodies(value, location.path, (item, itemPath) => reportInvalidBlock(item, itemPath, 'invalid-block', findings));
  for (const { body, path } of bodies) {
    checkBlockBody(body, blockType.block, { path, owner: location.owner }, findings);
  }
  return bodies.length;
}

/** Checks blocks of a map nesting mode, which Terraform's JSON syntax writes as an object keyed by block label. */
function checkLabelledBlocks(value: unknown, name: string, blockType: SchemaBlockType, location: BodyLocation, findings: FindingList): number {
  if (!isJsonObject(value)) {
    findings.add(location.path, 'invalid-block', `is ${describeJsonValue(value)}`, `${name} blocks as a JSON object keyed by block label`);
    return 0;
  }

  let count = 0;
  for (const [label, labelled] of Object.entries(value)) {
    const labelPath = `${location.path}[${JSON.stringify(label)}]`;
    const bodies = blockBodies(labelled, labelPath, (item, itemPath) => reportInvalidBlock(item, itemPath, 'invalid-block', findings));
    if (bodies.length > 1) {
      findings.add(labelPath, 'too-many-items', `has ${bodies.length} blocks with the label ${JSON.stringify(label)}`, `one ${name} block per label`);
    }
    for (const { body, path } of bodies) {
      checkBlockBody(body, blockType.block, { path, owner: location.owner }, findings);
    }
    count += bodies.length;
  }
  return count;
}

const DYNAMIC_KEYS = new Set(['for_each', 'iterator', 'labels', 'content', '//']);

/**
 * Checks cdktf's form of dynamic blocks: `"dynamic": { "<block type>": { "for_each": ..., "content": {...} } }`.
 * The content is checked against the block type's schema like a written-out block.
 */
function checkDynamicBlocks(value: unknown, block: SchemaBlock, location: BodyLocation, findings: FindingList, dynamicBlockTypes: Set<string>): void {
  if (!isJsonObject(value)) {
    findings.add(location.path, 'invalid-dynamic-block', `is ${describeJsonValue(value)}`, 'a JSON object keyed by block type');
    return;
  }

  for (const [name, specs] of Object.entries(value)) {
    if (name === '//') {
      continue;
    }
    const specPath = keyPath(location.path, name);

    const blockType = ownEntry(block.block_types, name);
    if (!blockType) {
      reportUnknownDynamicBlock(name, block, specPath, location.owner, findings);
      continue;
    }
    dynamicBlockTypes.add(name);

    const bodies = blockBodies(specs, specPath, (item, itemPath) => reportInvalidBlock(item, itemPath, 'invalid-dynamic-block', findings));
    for (const { body, path } of bodies) {
      checkDynamicBlock(body, name, blockType, { path, owner: `${location.owner}.${name}` }, findings);
    }
  }
}

function checkDynamicBlock(spec: JsonObject, name: string, blockType: SchemaBlockType, location: BodyLocation, findings: FindingList): void {
  for (const key of Object.keys(spec)) {
    if (!DYNAMIC_KEYS.has(key)) {
      findings.add(keyPath(location.path, key), 'invalid-dynamic-block', 'is not an argument of a dynamic block', 'for_each, iterator, labels and content');
    }
  }

  const forEach = spec.for_each;
  const forEachPath = keyPath(location.path, 'for_each');
  if (forEach === undefined || forEach === null) {
    findings.add(forEachPath, 'invalid-dynamic-block', 'is required but missing', 'a list, set, map or object to generate blocks from');
  } else if (!isCollectionValue(forEach)) {
    findings.add(forEachPath, 'invalid-dynamic-block', `is ${describeJsonValue(forEach)}`, 'a list, set, map or object, or an expression returning one');
  }

  const iterator = spec.iterator;
  if (iterator !== undefined && (typeof iterator !== 'string' || !/^[A-Za-z_][A-Za-z0-9_-]*$/.test(iterator))) {
    findings.add(keyPath(location.path, 'iterator'), 'invalid-dynamic-block', `is ${describeJsonValue(iterator)}`, 'an identifier naming the iteration variable, such as "rule"');
  }

  checkDynamicLabels(spec.labels, name, blockType, keyPath(location.path, 'labels'), findings);

  const content = spec.content;
  const contentPath = keyPath(location.path, 'content');
  if (content === undefined || content === null) {
    findings.add(contentPath, 'invalid-dynamic-block', 'is required but missing', `the body of one ${name} block`);
    return;
  }
  const bodies = blockBodies(content, contentPath, (item, itemPath) => reportInvalidBlock(item, itemPath, 'invalid-dynamic-block', findings));
  for (const { body, path } of bodies) {
    checkBlockBody(body, blockType.block, { path, owner: location.owner }, findings);
  }
}

/** Block types of map nesting mode take one label (the map key), which a dynamic block sets with `labels`. */
function checkDynamicLabels(labels: unknown, name: string, blockType: SchemaBlockType, path: string, findings: FindingList): void {
  if (blockType.nesting_mode === 'map') {
    if (labels === undefined || labels === null) {
      findings.add(path, 'invalid-dynamic-block', 'is required but missing', `a list of one label, the map key of each ${name} block`);
    } else if (!(Array.isArray(labels) && labels.length === 1) && !isExpression(labels)) {
      findings.add(path, 'invalid-dynamic-block', `is ${describeJsonValue(labels)}`, `a list of one label, the map key of each ${name} block`);
    }
    return;
  }
  if (labels !== undefined && labels !== null && !(Array.isArray(labels) && labels.length === 0)) {
    findings.add(path, 'invalid-dynamic-block', `is set, but ${name} blocks take no labels`, 'no labels');
  }
}

function reportUnknownDynamicBlock(name: string, block: SchemaBlock, path: string, owner: string, findings: FindingList): void {
  const blockTypeNames = Object.keys(block.block_types ?? {}).sort();
  const allowed = blockTypeNames.length === 0 ? `no dynamic blocks, because ${owner} has no block types` : `dynamic blocks of the block types ${blockTypeNames.join(', ')}`;
  if (ownEntry(block.attributes, name)) {
    findings.add(path, 'unknown-block', `is an argument of ${owner}, not a block type, so a dynamic block cannot generate it`, allowed);
    return;
  }
  findings.add(path, 'unknown-block', unknownNameProblem(name, `a block type of ${owner}`, blockTypeNames), allowed);
}

function checkBlockCounts(block: SchemaBlock, blockCounts: Map<string, number>, dynamicBlockTypes: Set<string>, location: BodyLocation, findings: FindingList): void {
  for (const [name, blockType] of Object.entries(block.block_types ?? {})) {
    const count = blockCounts.get(name) ?? 0;
    const min = blockType.min_items ?? 0;
    const max = blockType.nesting_mode === 'single' || blockType.nesting_mode === 'group' ? 1 : blockType.max_items || undefined;
    const path = keyPath(location.path, name);

    // Static blocks above the maximum are too many whatever a dynamic block adds. A dynamic block may
    // generate any number, so only Terraform can count toward the minimum then.
    if (max !== undefined && count > max) {
      findings.add(path, 'too-many-items', `has ${count} blocks`, describeBlockRange(name, min, max));
    } else if (count < min && !dynamicBlockTypes.has(name)) {
      findings.add(path, 'too-few-items', count === 0 ? 'is missing' : `has ${count} blocks`, describeBlockRange(name, min, max));
    }
  }
}

/** Describes a block count range, such as `at least 1 placement_configs block`. */
function describeBlockRange(name: string, min: number, max: number | undefined): string {
  const blocks = (bound: number) => `${bound} ${name} block${bound === 1 ? '' : 's'}`;
  if (max !== undefined && min === max) {
    return `exactly ${blocks(min)}`;
  }
  if (max !== undefined && min > 0) {
    return `between ${min} and ${blocks(max)}`;
  }
  if (max !== undefined) {
    return `at most ${blocks(max)}`;
  }
  return `at least ${blocks(min)}`;
}

/** Returns the bodies of a block value written as one JSON object or an array of them, reporting other items. */
function blockBodies(value: unknown, path: string, reportInvalid: (item: unknown, itemPath: string) => void): Array<{ body: JsonObject; path: string }> {
  if (isJsonObject(value)) {
    return [{ body: value, path }];
  }
  if (!Array.isArray(value)) {
    reportInvalid(value, path);
    return [];
  }

  const bodies: Array<{ body: JsonObject; path: string }> = [];
  value.forEach((item, index) => {
    if (isJsonObject(item)) {
      bodies.push({ body: item, path: indexPath(path, index) });
    } else {
      reportInvalid(item, indexPath(path, index));
    }
  });
  return bodies;
}

function reportInvalidBlock(value: unknown, path: string, kind: ConformanceProblem, findings: FindingList): void {
  // Terraform's JSON syntax reads blocks from the document's structure before evaluating anything,
  // so an expression cannot stand for a block. A dynamic block generates blocks from an expression.
  const problem = isExpressionOrTemplate(value)
    ? 'is an expression, but Terraform JSON needs blocks written out (a dynamic block generates them from an expression)'
    : `is ${describeJsonValue(value)}`;
  findings.add(path, kind, problem, 'a JSON object or an array of JSON objects');
}

function isExpression(value: unknown): boolean {
  return typeof value === 'string' && classifyJsonString(value) === 'expression';
}

function isExpressionOrTemplate(value: unknown): boolean {
  return typeof value === 'string' && classifyJsonString(value) !== 'literal';
}

function isCollectionValue(value: unknown): boolean {
  return Array.isArray(value) || isJsonObject(value) || isExpression(value);
}
