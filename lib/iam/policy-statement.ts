import { Token } from 'cdktf';
import { formatValue } from '../core/validation';
import { checkedOcid, checkSubjectName, requireBuilderString } from './argument-checks';
import { parsePolicyCondition, parsePolicyStatement, PolicyParseError } from './policy-parser';
import { containsReference } from './references';

/** The four policy verbs, from least to most access. Each includes the ones before it. */
export enum PolicyVerb {
  INSPECT = 'inspect',
  READ = 'read',
  USE = 'use',
  MANAGE = 'manage',
}

/** Resource types and families of OCI's policy language that this library grants. Any other type name can be passed as a string. */
export const ResourceType = {
  /** Container Registry repositories, their images and signatures. */
  REPOS: 'repos',
  /** OKE clusters, node pools, virtual node pools and work requests. */
  CLUSTER_FAMILY: 'cluster-family',
  /** Every resource type. */
  ALL_RESOURCES: 'all-resources',
  /** VCNs, subnets, gateways, route tables, security lists and network security groups. */
  VIRTUAL_NETWORK_FAMILY: 'virtual-network-family',
  /** Compute instances and their attachments. */
  INSTANCE_FAMILY: 'instance-family',
  /** Vault keys. */
  KEYS: 'keys',
  /** Vaults. */
  VAULTS: 'vaults',
  /** Object Storage objects. */
  OBJECTS: 'objects',
  /** Object Storage buckets. */
  BUCKETS: 'buckets',
} as const;

/** Subject keywords of OCI's policy language. */
export type PolicySubjectKind = 'group' | 'dynamic-group' | 'service' | 'any-user' | 'any-group';

// Names made of these characters need no quotes. OCI's own group names are limited to them, but names
// of identity-domain groups may contain spaces and other characters, which the policy language accepts
// between single quotes (OCI "Policy Syntax" > "Subjects": `group '<domain>'/'<group>'`).
const BARE_NAME = /^[A-Za-z0-9._-]+$/;

/**
 * The subject of a policy statement: who is allowed.
 *
 * Names outside `[A-Za-z0-9._-]` are written between single quotes, such as `group 'CI Pushers'`.
 * In tenancies with identity domains, a group or dynamic group of a domain other than the default
 * one is written `'<domain>'/'<name>'`.
 */
export class PolicySubject {
  /** An IAM group, by name. Pass `identityDomain` for a group of a domain other than the default one. */
  public static group(name: string, identityDomain?: string): PolicySubject {
    return new PolicySubject('group', [qualifiedName('group', name, identityDomain)]);
  }

  /** An IAM group, by OCID. */
  public static groupId(ocid: string): PolicySubject {
    return new PolicySubject('group', [`id ${checkedOcid('PolicySubject.groupId', ocid, ['group'])}`]);
  }

  /** A dynamic group, by name. Pass `identityDomain` for a dynamic group of a domain other than the default one. */
  public static dynamicGroup(name: string, identityDomain?: string): PolicySubject {
    return new PolicySubject('dynamic-group', [qualifiedName('dynamic group', name, identityDomain)]);
  }

  /** A dynamic group, by OCID. */
  public static dynamicGroupId(ocid: string): PolicySubject {
    return new PolicySubject('dynamic-group', [`id ${checkedOcid('PolicySubject.dynamicGroupId', ocid, ['dynamicgroup'])}`]);
  }

  /** An OCI service, such as `objectstorage-us-ashburn-1` or `blockstorage`. */
  public static service(name: string): PolicySubject {
    return new PolicySubject('service', [quotedIfNeeded('service', name)]);
  }

  /** Every principal: users, instance and resource principals, and services. Usually narrowed with a condition. */
  public static anyUser(): PolicySubject {
    return new PolicySubject('any-user', []);
  }

  /** Every user, instance principal and resource principal of the tenancy, without service principals. */
  public static anyGroup(): PolicySubject {
    return new PolicySubject('any-group', []);
  }

  /**
   * Several subjects of one kind in one statement, such as `group A-Admins, B-Admins`.
   * OCI allows only one kind of principal per statement, so mixing kinds throws.
   */
  public static combine(...subjects: PolicySubject[]): PolicySubject {
    if (subjects.length === 0) {
      throw new Error('PolicySubject.combine needs at least one subject.');
    }
    const kind = subjects[0].kind;
    const mixed = subjects.find((subject) => subject.kind !== kind);
    if (mixed) {
      throw new Error(
        `PolicySubject.combine cannot mix '${kind}' and '${mixed.kind}': a policy statement names one kind of principal, so write one statement per kind.`,
      );
    }
    if (kind === 'any-user' || kind === 'any-group') {
      throw new Error(`PolicySubject.combine cannot combine '${kind}': it already covers every principal of its kind.`);
    }
    const entries: string[] = [];
    for (const subject of subjects) {
      for (const entry of subject.entries) {
        if (!entries.includes(entry)) {
          entries.push(entry);
        }
      }
    }
    return new PolicySubject(kind, entries);
  }

  /**
   * A subject whose principal is a reference (`${...}`) written without quotes in policy text. The
   * reference is kept as written, because its value may itself be quoted or domain-qualified.
   * @internal
   */
  public static _reference(kind: 'group' | 'dynamic-group' | 'service', reference: string): PolicySubject {
    return new PolicySubject(kind, [reference]);
  }

  /** Name, `id <ocid>` or domain-qualified name, several joined with `, `. Undefined for `any-user` and `any-group`. */
  public readonly name?: string;

  private constructor(
    /** Subject keyword. */
    public readonly kind: PolicySubjectKind,
    /** Each principal as written after the keyword, such as `ci-pushers`, `id ocid1.group...` or `'Dev'/'Pushers'`. */
    public readonly entries: readonly string[],
  ) {
    this.name = entries.length === 0 ? undefined : entries.join(', ');
  }

  /** Renders the subject as it appears after `Allow`, such as `group ci-pushers`. */
  public render(): string {
    return this.name === undefined ? this.kind : `${this.kind} ${this.name}`;
  }
}

/** Kinds of policy location. */
export type PolicyLocationKind = 'tenancy' | 'compartment-id' | 'compartment-name';

/** Scope of a statement: the whole tenancy or one compartment and its children. */
export class PolicyLocation {
  /** The tenancy, that is every compartment. */
  public static tenancy(): PolicyLocation {
    return new PolicyLocation('tenancy', 'tenancy');
  }

  /** A compartment by OCID: `compartment id <ocid>`. */
  public static compartmentId(ocid: string): PolicyLocation {
    const checked = checkedOcid('PolicyLocation.compartmentId', ocid, ['compartment', 'tenancy']);
    return new PolicyLocation(`compartment id ${checked}`, 'compartment-id', checked);
  }

  /** A compartment by name or path (`Parent:Child`): `compartment <name>`. */
  public static compartmentName(name: string): PolicyLocation {
    requireBuilderString('PolicyLocation.compartmentName', 'name', name);
    if (!containsReference(name) && !/^[A-Za-z0-9._:-]+$/.test(name)) {
      throw new Error(
        `PolicyLocation.compartmentName: '${name}' is not a compartment name or path: use letters, digits, '.', '-' and '_', with ':' between the names of a path.`,
      );
    }
    return new PolicyLocation(`compartment ${name}`, 'compartment-name');
  }

  private constructor(
    /** The text after `in`. */
    public readonly text: string,
    /** Whether the location is the tenancy, a compartment by OCID or a compartment by name. */
    public readonly kind: PolicyLocationKind,
    /** OCID of the compartment, when the location names one by OCID. */
    public readonly compartmentOcid?: string,
  ) {}
}

/** Props of {@link PolicyStatement}. */
export interface PolicyStatementProps {
  /** The principal the statement allows. */
  readonly subject: PolicySubject;
  /** How much access: inspect, read, use or manage. */
  readonly verb: PolicyVerb;
  /** Resource type or family, such as `repos`; see {@link ResourceType}. */
  readonly resourceType: string;
  /** The tenancy or compartment where the statement applies. */
  readonly location: PolicyLocation;
  /** Conditions such as `target.repo.name = 'web'`, built with {@link PolicyStatement.equals} and its siblings. @default - no `where` clause */
  readonly conditions?: string[];
  /** Whether every condition (`all`) or at least one (`any`) must hold when there are several. @default 'all' */
  readonly conditionMatch?: 'all' | 'any';
}

/**
 * One statement of OCI's policy language:
 * `Allow <subject> to <verb> <resource-type> in <location> [where <conditions>]`.
 */
export class PolicyStatement {
  /** A condition comparing a policy variable with a quoted value: `<variable> = '<value>'`. */
  public static equals(variable: string, value: string): string {
    return `${variable} = ${quotedValue(value)}`;
  }

  /** A condition that holds when the variable differs from the value: `<variable> != '<value>'`. */
  public static notEquals(variable: string, value: string): string {
    return `${variable} != ${quotedValue(value)}`;
  }

  /**
   * A condition matching a pattern, where `*` is a wildcard: `<variable> = /<pattern>/`.
   * For example `matchesPattern('target.repo.name', 'team-a-*')` matches every repository whose name starts with `team-a-`.
   * NOTE: OCI documents no way to write `/` inside a pattern, so repository paths such as `team-a/web` cannot be matched by prefix.
   */
  public static matchesPattern(variable: string, pattern: string): string {
    requireBuilderString('PolicyStatement.matchesPattern', 'pattern', pattern);
    if (!containsReference(pattern) && pattern.includes('/')) {
      throw new Error(`PolicyStatement.matchesPattern: pattern '${pattern}' contains '/', which ends a pattern in OCI's policy language.`);
    }
    return `${variable} = /${pattern}/`;
  }

  /** A nested condition that holds when every given condition holds: `all {<a>, <b>}`. */
  public static all(...conditions: string[]): string {
    return `all {${nonEmpty('all', conditions).join(', ')}}`;
  }

  /** A nested condition that holds when at least one given condition holds: `any {<a>, <b>}`. */
  public static any(...conditions: string[]): string {
    return `any {${nonEmpty('any', conditions).join(', ')}}`;
  }

  /**
   * Parses one statement of OCI's policy language. Only `Allow` statements with a verb are
   * supported, so `Endorse`, `Admit` and `Define` statements and permission lists such as
   * `{REPOSITORY_READ}` throw. Throws a {@link PolicyParseError} naming the expected element and its position.
   */
  public static parse(text: string): PolicyStatement {
    return parsePolicyStatement(text);
  }

  /** Checks the props and throws an Error listing every invalid one. */
  constructor(public readonly props: PolicyStatementProps) {
    const problems = statementPropsProblems(props);
    if (problems.length > 0) {
      throw new Error(`PolicyStatement has invalid props:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    }
  }

  /** Renders the statement text. */
  public render(): string {
    const { subject, verb, resourceType, location } = this.props;
    const text = `Allow ${subject.render()} to ${verb} ${resourceType} in ${location.text}`;

    const conditions = this.props.conditions ?? [];
    if (conditions.length === 0) {
      return text;
    }
    if (conditions.length === 1) {
      return `${text} where ${conditions[0]}`;
    }
    return `${text} where ${this.props.conditionMatch ?? 'all'} {${conditions.join(', ')}}`;
  }

  public toString(): string {
    return this.render();
  }
}

function qualifiedName(kind: string, name: string, identityDomain?: string): string {
  if (identityDomain === undefined) {
    return quotedIfNeeded(kind, name);
  }
  return `${alwaysQuoted('identity domain', identityDomain)}/${alwaysQuoted(kind, name)}`;
}

function quotedIfNeeded(kind: string, name: string): string {
  checkSubjectName(kind, name);
  // `id` would read as the start of `id <ocid>`, and tokens are only known at plan time.
  const bare = !Token.isUnresolved(name) && BARE_NAME.test(name) && name.toLowerCase() !== 'id';
  return bare ? name : `'${name}'`;
}

function alwaysQuoted(kind: string, name: string): string {
  checkSubjectName(kind, name);
  return `'${name}'`;
}

function quotedValue(value: string): string {
  requireBuilderString('PolicyStatement', 'condition value', value);
  if (!containsReference(value) && value.includes("'")) {
    throw new Error(`The condition value '${value}' contains a single quote, which OCI policy statements cannot express.`);
  }
  return `'${value}'`;
}

function nonEmpty(match: string, conditions: string[]): string[] {
  if (conditions.length === 0) {
    throw new Error(`PolicyStatement.${match} needs at least one condition.`);
  }
  return conditions;
}

const VERBS: readonly string[] = Object.values(PolicyVerb);
// Resource types and families are single words such as `repos` or `cluster-family`. The parser
// accepts the same characters, in either case.
const RESOURCE_TYPE = /^[A-Za-z0-9-]+$/;

/**
 * Returns one `<property>: <value> <rule>` line per invalid prop. Values that contain a reference
 * (`${...}`) are only known at plan time and pass.
 */
function statementPropsProblems(props: PolicyStatementProps | undefined): string[] {
  if (typeof props !== 'object' || props === null) {
    return [`props: ${formatValue(props)} must be an object with subject, verb, resourceType and location`];
  }
  const problems: string[] = [];
  const problem = (property: string, value: unknown, rule: string) => problems.push(`${property}: ${formatValue(value)} ${rule}`);
  const { subject, verb, resourceType, location, conditions, conditionMatch } = props;

  if (!(subject instanceof PolicySubject)) {
    problem('subject', subject, "must be a PolicySubject, such as PolicySubject.group('<name>')");
  }
  if (!containsReference(verb) && !VERBS.includes(verb)) {
    problem('verb', verb, 'must be inspect, read, use or manage (PolicyVerb)');
  }
  if (typeof resourceType !== 'string') {
    problem('resourceType', resourceType, "must be a string, such as 'repos'");
  } else if (!containsReference(resourceType) && !RESOURCE_TYPE.test(resourceType)) {
    problem('resourceType', resourceType, "must be one resource type of letters, digits and '-', such as 'repos'");
  } else if (['in', 'where'].includes(resourceType.toLowerCase())) {
    problem('resourceType', resourceType, "is a keyword of the policy language, not a resource type: use a resource type such as 'repos'");
  }
  if (!(location instanceof PolicyLocation)) {
    problem('location', location, 'must be a PolicyLocation, such as PolicyLocation.tenancy()');
  }
  conditionProblems(conditions, problem);
  if (conditionMatch !== undefined && conditionMatch !== 'all' && conditionMatch !== 'any') {
    problem('conditionMatch', conditionMatch, "must be 'all' or 'any'");
  }
  return problems;
}

function conditionProblems(conditions: unknown, problem: (property: string, value: unknown, rule: string) => void): void {
  if (conditions === undefined) {
    return;
  }
  if (!Array.isArray(conditions)) {
    problem('conditions', conditions, "must be a list of conditions, such as [PolicyStatement.equals('target.repo.name', 'web')]");
    return;
  }
  conditions.forEach((condition, index) => {
    const property = `conditions[${index}]`;
    if (typeof condition !== 'string') {
      problem(property, condition, "must be a string, such as PolicyStatement.equals('target.repo.name', 'web')");
      return;
    }
    try {
      parsePolicyCondition(condition);
    } catch (error) {
      if (!(error instanceof PolicyParseError)) {
        throw error;
      }
      problem(property, condition, `is not a valid condition: ${error.detail}`);
    }
  });
}
