import { Token } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { IdentityDynamicGroup } from '../generated/providers/oci/identity-dynamic-group';
import { OciEnvironment } from '../core/environment';
import { Validator } from '../core/validation';
import { IGrantable } from './grantable';
import { checkIdentityDescription, checkIdentityName, checkUniqueIdentityName, claimIdentityName } from './identity-names';
import { ImportedPrincipal } from './imported-principal';
import { MatchingRule } from './matching-rule';
import { IamPolicy } from './policy';
import { parseMatchingRule, PolicyParseError } from './policy-parser';
import { PolicySubject } from './policy-statement';

/** Props of {@link DynamicGroup}. */
export interface DynamicGroupProps {
  /** Dynamic group name, unique among the tenancy's groups and dynamic groups: 1 to 100 letters, digits, `.`, `-` and `_`. */
  readonly name: string;
  /** Matching rule, built with {@link MatchingRule} or written as text such as `ALL {instance.compartment.id = '<ocid>'}`. */
  readonly matchingRule: string | MatchingRule;
  /** Description shown in the console, at most 400 characters. @default - 'Managed by cdktf' */
  readonly description?: string;
  /** Free-form tags. @default - none */
  readonly freeformTags?: Record<string, string>;
  /** Defined tags, keyed `<namespace>.<key>`. @default - none */
  readonly definedTags?: Record<string, string>;
}

/**
 * A dynamic group: instances or other resources matched by a rule, which policies can then name.
 * Dynamic groups live in the tenancy (root compartment) and are written in the home region.
 */
export class DynamicGroup extends Construct implements IGrantable {
  /**
   * A dynamic group that exists outside this app, by name. Pass `identityDomain` for a dynamic group
   * of a domain other than the default one.
   */
  public static fromDynamicGroupName(scope: Construct, id: string, name: string, identityDomain?: string): IGrantable {
    return new ImportedPrincipal(scope, id, PolicySubject.dynamicGroup(name, identityDomain));
  }

  /** The dynamic group resource. */
  public readonly resource: IdentityDynamicGroup;
  /** Dynamic group name. */
  public readonly name: string;
  /** The matching rule text as written to OCI. */
  public readonly matchingRule: string;

  constructor(scope: Construct, id: string, props: DynamicGroupProps) {
    super(scope, id);
    const environment = OciEnvironment.of(this);
    this.name = props.name;

    const validator = new Validator(this, 'DynamicGroup');
    checkIdentityName(validator, 'name', props.name, 'dynamic group');
    checkIdentityDescription(validator, 'description', props.description);
    const matchingRule = checkMatchingRule(validator, props.matchingRule);
    checkUniqueIdentityName(this, validator, 'group', props.name, environment.tenancyOcid);
    validator.throwIfInvalid();
    // checkMatchingRule returns undefined only after recording a problem, so throwIfInvalid has thrown then.
    this.matchingRule = matchingRule!;
    claimIdentityName(this, 'DynamicGroup', 'group', props.name, environment.tenancyOcid);

    this.resource = new IdentityDynamicGroup(this, 'resource', {
      provider: environment.homeProvider,
      compartmentId: environment.tenancyOcid,
      name: props.name,
      matchingRule: this.matchingRule,
      description: props.description ?? 'Managed by cdktf',
      freeformTags: props.freeformTags,
      definedTags: props.definedTags,
    });
  }

  /** Returns the subject `dynamic-group <name>`. */
  public get grantSubject(): PolicySubject {
    return PolicySubject.dynamicGroup(this.name);
  }

  /** OCID of the dynamic group (known after apply). */
  public get dynamicGroupOcid(): string {
    return this.resource.id;
  }

  /** Makes the policy wait for this dynamic group, because OCI rejects statements naming one that does not exist yet. */
  public onGranted(policy: IConstruct): void {
    if (policy instanceof IamPolicy) {
      policy.addDependency(this.resource);
    }
  }
}

/** Checks the matching rule prop and returns its text, or undefined when it is neither a MatchingRule nor a string. */
function checkMatchingRule(validator: Validator, value: unknown): string | undefined {
  if (value instanceof MatchingRule) {
    return value.render();
  }
  if (value === undefined) {
    validator.add('matchingRule', value, "is missing: pass a MatchingRule or the rule as text, such as instance.compartment.id = '<ocid>'");
    return undefined;
  }
  if (typeof value !== 'string') {
    validator.add('matchingRule', value, 'must be a MatchingRule or the text of a matching rule');
    return undefined;
  }
  checkMatchingRuleText(validator, value);
  return value;
}

function checkMatchingRuleText(validator: Validator, rule: string): void {
  if (Token.isUnresolved(rule)) {
    return;
  }
  try {
    parseMatchingRule(rule);
  } catch (error) {
    if (!(error instanceof PolicyParseError)) {
      throw error;
    }
    validator.add('matchingRule', rule, `is not a valid matching rule: ${error.detail}`);
  }
}
