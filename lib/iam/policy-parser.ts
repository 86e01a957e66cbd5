import { ocidKind } from '../core/ocid';
import { formatValue } from '../core/validation';
import { PolicyLocation, PolicyStatement, PolicySubject, PolicyVerb } from './policy-statement';
import { containsReference, referenceEnd } from './references';

/**
 * Error thrown when a policy statement or matching rule does not follow OCI's grammar. The
 * message quotes the text and names the expected element, its character position (counting
 * from 1) and the text found there.
 */
export class PolicyParseError extends Error {
  /** `expected <what> at character <n>, found <what>[: <hint>]`, for messages that quote the text themselves. */
  public readonly detail: string;

  constructor(
    /** Kind of text parsed, such as `Policy statement` or `Matching rule`. */
    public readonly textKind: string,
    /** The text that failed to parse. */
    public readonly text: string,
    /** The expected element, such as `a verb (inspect, read, use or manage)`. */
    public readonly expected: string,
    /** Character position of the problem, counting from 1. */
    public readonly position: number,
    /** The text found at that position, or undefined at the end of the text. */
    public readonly found: string | undefined,
    /** Suggested fix, when the grammar points to one. */
    public readonly hint?: string,
  ) {
    const foundText = found === undefined ? 'the end of the text' : `'${found}'`;
    const detail = `expected ${expected} at character ${position}, found ${foundText}${hint === undefined ? '' : `: ${hint}`}`;
    super(`${textKind} '${text}' is invalid: ${detail}`);
    this.name = 'PolicyParseError';
    this.detail = detail;
  }
}

/** One condition of a `where` clause or matching rule, parsed. */
export type ConditionNode =
  | { readonly kind: 'group'; readonly match: 'any' | 'all'; readonly items: readonly ConditionNode[] }
  | { readonly kind: 'comparison'; readonly variable: string; readonly operator?: string; readonly values: readonly string[] };

const EXPECTED_CONDITION = "a condition (<variable> = '<value>', any {...} or all {...})";
const EXPECTED_OPERATOR = 'an operator (=, !=, before, after, in or between)';
const EXPECTED_VALUE = "a value ('<text>', /<pattern>/ or a variable)";
// A literal list, because this module and policy-statement.ts import each other and PolicyVerb
// is not defined yet while this module loads.
const VERBS: readonly string[] = ['inspect', 'read', 'use', 'manage'];

/**
 * Parses an `Allow` statement into a {@link PolicyStatement}, as {@link PolicyStatement.parse} describes.
 * A reference (`${...}`, such as a cdktf token) is one opaque word. It may stand for a principal name,
 * an OCID, the verb, the resource type, a compartment name, a whole condition or a condition value,
 * and only the literal text around it is checked.
 */
export function parsePolicyStatement(text: string): PolicyStatement {
  const cursor = new Cursor('Policy statement', text);

  if (!cursor.tryKeyword('allow')) {
    cursor.fail("'Allow'", 'only Allow statements are supported');
  }
  const subject = parseSubject(cursor);

  cursor.expectKeyword('to', "'to'");
  const verb = parseVerb(cursor);
  const resourceType = parseResourceType(cursor);

  cursor.expectKeyword('in', "'in' and a location");
  const location = parseLocation(cursor);

  let conditions: string[] | undefined;
  let conditionMatch: 'all' | 'any' | undefined;
  if (cursor.tryKeyword('where')) {
    const condition = parseCondition(cursor, false);
    if (condition.kind === 'group') {
      conditions = condition.items.map((item) => renderCondition(item, 'lower'));
      conditionMatch = condition.match;
    } else {
      conditions = [renderCondition(condition, 'lower')];
    }
    cursor.expectEnd('the end of the statement', 'write several conditions as any {...} or all {...}');
  } else {
    cursor.expectEnd("'where' and a condition, or the end of the statement");
  }

  return new PolicyStatement({ subject, verb, resourceType, location, conditions, conditionMatch });
}

/** Parses one condition of a `where` clause, which may be `any {...}` or `all {...}` around several. */
export function parsePolicyCondition(text: string): ConditionNode {
  const cursor = new Cursor('Condition', text);
  const condition = parseCondition(cursor, false);
  cursor.expectEnd('the end of the condition', 'write several conditions as any {...} or all {...}');
  return condition;
}

/**
 * Parses a dynamic group matching rule: one condition, or `ANY {...}` / `ALL {...}` around several.
 * A condition may be a bare `tag.<namespace>.<key>.value`, which matches any value of that tag.
 */
export function parseMatchingRule(text: string): ConditionNode {
  const cursor = new Cursor('Matching rule', text);
  const rule = parseCondition(cursor, true);
  cursor.expectEnd('the end of the rule', 'write several conditions as ANY {...} or ALL {...}');
  return rule;
}

/** Renders a parsed condition in canonical form, writing `any`/`all` in `keywordCase`. */
export function renderCondition(node: ConditionNode, keywordCase: 'lower' | 'upper'): string {
  if (node.kind === 'group') {
    const keyword = keywordCase === 'upper' ? node.match.toUpperCase() : node.match;
    return `${keyword} {${node.items.map((item) => renderCondition(item, keywordCase)).join(', ')}}`;
  }
  switch (node.operator) {
    case undefined:
      return node.variable;
    case 'in':
      return `${node.variable} in (${node.values.join(', ')})`;
    case 'between':
      return `${node.variable} between ${node.values[0]} and ${node.values[1]}`;
    default:
      return `${node.variable} ${node.operator} ${node.values[0]}`;
  }
}

function parseSubject(cursor: Cursor): PolicySubject {
  const start = cursor.mark();
  const keyword = cursor.readWord()?.toLowerCase();
  switch (keyword) {
    case 'group':
    case 'dynamic-group':
      return PolicySubject.combine(...cursor.list(() => parsePrincipal(cursor, keyword)));
    case 'service':
      return PolicySubject.combine(...cursor.list(() => parseService(cursor)));
    case 'any-user':
      return PolicySubject.anyUser();
    case 'any-group':
      return PolicySubject.anyGroup();
    default:
      cursor.reset(start);
      return cursor.fail('a subject (group, dynamic-group, service, any-user or any-group)');
  }
}

function parsePrincipal(cursor: Cursor, keyword: 'group' | 'dynamic-group'): PolicySubject {
  const isGroup = keyword === 'group';
  const start = cursor.mark();
  if (cursor.tryKeyword('id')) {
    const ocidStart = cursor.mark();
    const ocid = cursor.readWord();
    const expectedKind = isGroup ? 'group' : 'dynamicgroup';
    if (ocid === undefined || (!containsReference(ocid) && ocidKind(ocid) !== expectedKind)) {
      cursor.reset(ocidStart);
      return cursor.fail(`${isGroup ? 'a group' : 'a dynamic group'} OCID ('ocid1.${expectedKind}.<realm>.<region>.<unique id>')`);
    }
    return isGroup ? PolicySubject.groupId(ocid) : PolicySubject.dynamicGroupId(ocid);
  }
  cursor.reset(start);

  const expectedName = `${isGroup ? 'a group' : 'a dynamic group'} name, '<domain>'/'<name>' or id <ocid>`;
  const first = parseName(cursor, expectedName);
  if (cursor.tryChar('/')) {
    const second = parseName(cursor, `${isGroup ? 'a group' : 'a dynamic group'} name after the identity domain`);
    return isGroup ? PolicySubject.group(second.name, first.name) : PolicySubject.dynamicGroup(second.name, first.name);
  }
  if (first.bareReference) {
    return PolicySubject._reference(keyword, first.name);
  }
  return isGroup ? PolicySubject.group(first.name) : PolicySubject.dynamicGroup(first.name);
}

function parseService(cursor: Cursor): PolicySubject {
  const { name, bareReference } = parseName(cursor, 'a service name');
  return bareReference ? PolicySubject._reference('service', name) : PolicySubject.service(name);
}

/** A name read from policy text. `bareReference` is true for a reference written without quotes. */
interface ParsedName {
  readonly name: string;
  readonly bareReference: boolean;
}

function parseName(cursor: Cursor, expected: string): ParsedName {
  if (cursor.peekChar() === "'") {
    const name = cursor.readQuoted();
    if (name.trim().length === 0) {
      return cursor.fail(expected);
    }
    return { name, bareReference: false };
  }
  const word = cursor.readWord();
  if (word === undefined) {
    return cursor.fail(expected);
  }
  return { name: word, bareReference: containsReference(word) };
}

function parseVerb(cursor: Cursor): PolicyVerb {
  const start = cursor.mark();
  const word = cursor.readWord();
  if (word !== undefined && containsReference(word)) {
    return word as PolicyVerb;
  }
  if (word === undefined || !VERBS.includes(word.toLowerCase())) {
    cursor.reset(start);
    const permissionList = cursor.peekChar() === '{';
    return cursor.fail('a verb (inspect, read, use or manage)', permissionList ? 'permission lists are not supported' : undefined);
  }
  return word.toLowerCase() as PolicyVerb;
}

function parseResourceType(cursor: Cursor): string {
  const start = cursor.mark();
  const word = cursor.readWord();
  if (word !== undefined && containsReference(word)) {
    return word;
  }
  if (word === undefined || !/^[A-Za-z0-9-]+$/.test(word) || ['in', 'where'].includes(word.toLowerCase())) {
    cursor.reset(start);
    return cursor.fail("a resource type such as 'repos'");
  }
  return word;
}

function parseLocation(cursor: Cursor): PolicyLocation {
  const expected = 'a location (tenancy, compartment <name> or compartment id <ocid>)';
  const start = cursor.mark();
  const keyword = cursor.readWord()?.toLowerCase();
  if (keyword === 'tenancy') {
    return PolicyLocation.tenancy();
  }
  if (keyword !== 'compartment') {
    cursor.reset(start);
    return cursor.fail(expected);
  }

  const nameStart = cursor.mark();
  if (cursor.tryKeyword('id')) {
    const ocidStart = cursor.mark();
    const ocid = cursor.readWord();
    const kind = ocid === undefined ? undefined : ocidKind(ocid);
    if (ocid === undefined || (!containsReference(ocid) && kind !== 'compartment' && kind !== 'tenancy')) {
      cursor.reset(ocidStart);
      return cursor.fail("a compartment OCID ('ocid1.compartment.<realm>.<region>.<unique id>')");
    }
    return PolicyLocation.compartmentId(ocid);
  }
  cursor.reset(nameStart);

  const name = cursor.readWord();
  if (name === undefined || (!containsReference(name) && (!/^[A-Za-z0-9._:-]+$/.test(name) || name.toLowerCase() === 'where'))) {
    cursor.reset(nameStart);
    return cursor.fail('a compartment name, path (Parent:Child) or id <ocid>');
  }
  return PolicyLocation.compartmentName(name);
}

function parseCondition(cursor: Cursor, matchingRule: boolean, nested = false): ConditionNode {
  const start = cursor.mark();
  const word = cursor.readWord();
  const match = word?.toLowerCase();
  if ((match === 'any' || match === 'all') && cursor.peekChar() === '{') {
    if (nested && matchingRule) {
      cursor.reset(start);
      return cursor.fail('a condition', 'matching rules do not nest ANY and ALL');
    }
    cursor.tryChar('{');
    const items = cursor.list(() => parseCondition(cursor, matchingRule, true));
    cursor.expectChar('}', "',' or '}'");
    return { kind: 'group', match, items };
  }

  if (word === undefined || (!containsReference(word) && !/^[A-Za-z][A-Za-z0-9._-]*$/.test(word))) {
    cursor.reset(start);
    return cursor.fail(EXPECTED_CONDITION);
  }
  return parseComparison(cursor, word, matchingRule);
}

// NOTE: before, after, between and in are accepted for OCI's time-based variables (such as
// request.utc-timestamp) without checking which variable allows which operator.
function parseComparison(cursor: Cursor, variable: string, matchingRule: boolean): ConditionNode {
  if (cursor.tryChar('!=')) {
    return { kind: 'comparison', variable, operator: '!=', values: [parseValue(cursor)] };
  }
  if (cursor.tryChar('=')) {
    return { kind: 'comparison', variable, operator: '=', values: [parseValue(cursor)] };
  }

  const start = cursor.mark();
  const operator = cursor.readWord()?.toLowerCase();
  switch (operator) {
    case 'before':
    case 'after':
      return { kind: 'comparison', variable, operator, values: [parseValue(cursor)] };
    case 'between': {
      const low = parseValue(cursor);
      cursor.expectKeyword('and', "'and'");
      return { kind: 'comparison', variable, operator, values: [low, parseValue(cursor)] };
    }
    case 'in': {
      cursor.expectChar('(', "'(' and a list of values");
      const values = cursor.list(() => parseValue(cursor));
      cursor.expectChar(')', "',' or ')'");
      return { kind: 'comparison', variable, operator, values };
    }
    default:
      cursor.reset(start);
  }

  // A bare defined-tag variable matches every value of the tag (OCI "Writing Matching Rules to
  // Define Dynamic Groups").
  // A reference alone stands for a whole condition.
  const next = cursor.peekChar();
  const endsCondition = next === undefined || next === ',' || next === '}';
  if (endsCondition && containsReference(variable)) {
    return { kind: 'comparison', variable, values: [] };
  }
  if (matchingRule && /^tag\.[^.]+\.[^.]+\.value$/.test(variable) && endsCondition) {
    return { kind: 'comparison', variable, values: [] };
  }
  return cursor.fail(EXPECTED_OPERATOR);
}

function parseValue(cursor: Cursor): string {
  const next = cursor.peekChar();
  if (next === "'") {
    return `'${cursor.readQuoted()}'`;
  }
  if (next === '/') {
    cursor.tryChar('/');
    return `/${cursor.readUntil('/', 'a closing slash (/)')}/`;
  }
  const word = cursor.readWord();
  if (word === undefined) {
    return cursor.fail(EXPECTED_VALUE);
  }
  return word;
}

// Characters that end a word: whitespace and the punctuation of the grammar.
const WORD_END = /[\s,{}()'/=!]/;
// Shown with errors where a reference stands for more than one word or for a keyword.
const REFERENCE_HINT = 'a reference (${...}) can stand only for a name, an OCID, the verb, the resource type, a condition or a value';

/** A position in the text being parsed, with helpers that skip whitespace before each read. */
class Cursor {
  private position = 0;

  constructor(private readonly textKind: string, private readonly text: string) {
    if (typeof text !== 'string') {
      throw new Error(`${textKind} ${formatValue(text)} is not a string: pass the text to parse.`);
    }
  }

  public mark(): number {
    this.skipSpace();
    return this.position;
  }

  public reset(position: number): void {
    this.position = position;
  }

  public peekChar(): string | undefined {
    this.skipSpace();
    return this.position < this.text.length ? this.text[this.position] : undefined;
  }

  /** Reads a word: characters up to whitespace or punctuation, where each reference (`${...}`) counts as word characters. */
  public readWord(): string | undefined {
    this.skipSpace();
    const start = this.position;
    let end = start;
    while (end < this.text.length) {
      const afterReference = this.text.startsWith('${', end) ? referenceEnd(this.text, end) : undefined;
      if (afterReference !== undefined) {
        end = afterReference;
      } else if (WORD_END.test(this.text[end])) {
        break;
      } else {
        end += 1;
      }
    }
    if (end === start) {
      return undefined;
    }
    this.position = end;
    return this.text.slice(start, end);
  }

  /** Consumes `keyword` (case-insensitive) when it is the next word, and otherwise leaves the position alone. */
  public tryKeyword(keyword: string): boolean {
    const start = this.mark();
    if (this.readWord()?.toLowerCase() === keyword) {
      return true;
    }
    this.position = start;
    return false;
  }

  public expectKeyword(keyword: string, expected: string): void {
    if (!this.tryKeyword(keyword)) {
      this.fail(expected);
    }
  }

  public tryChar(symbol: string): boolean {
    this.skipSpace();
    if (this.text.startsWith(symbol, this.position)) {
      this.position += symbol.length;
      return true;
    }
    return false;
  }

  public expectChar(symbol: string, expected: string): void {
    if (!this.tryChar(symbol)) {
      this.fail(expected);
    }
  }

  public expectEnd(expected: string, hint?: string): void {
    if (this.peekChar() !== undefined) {
      this.fail(expected, hint);
    }
  }

  /** Reads one or more items separated by commas. */
  public list<T>(readItem: () => T): T[] {
    const items = [readItem()];
    while (this.tryChar(',')) {
      items.push(readItem());
    }
    return items;
  }

  /** Reads `'...'` and returns the text between the quotes. */
  public readQuoted(): string {
    this.expectChar("'", "a quoted name or value ('...')");
    return this.readUntil("'", "a closing quote (')");
  }

  /**
   * Reads up to the next `terminator` outside references, and consumes it. The opening character
   * must be consumed already.
   */
  public readUntil(terminator: string, expected: string): string {
    let end = this.position;
    while (end < this.text.length && this.text[end] !== terminator) {
      const afterReference = this.text.startsWith('${', end) ? referenceEnd(this.text, end) : undefined;
      end = afterReference ?? end + 1;
    }
    if (end >= this.text.length) {
      this.position = this.text.length;
      return this.fail(expected);
    }
    const value = this.text.slice(this.position, end);
    this.position = end + 1;
    return value;
  }

  public fail(expected: string, hint?: string): never {
    this.skipSpace();
    const rest = this.text.slice(this.position);
    const found = rest.length === 0 ? undefined : /^\S{1,100}/.exec(rest)![0];
    const shownHint = hint ?? (found !== undefined && containsReference(found) ? REFERENCE_HINT : undefined);
    throw new PolicyParseError(this.textKind, this.text, expected, this.position + 1, found, shownHint);
  }

  private skipSpace(): void {
    while (this.position < this.text.length && /\s/.test(this.text[this.position])) {
      this.position += 1;
    }
  }
}
