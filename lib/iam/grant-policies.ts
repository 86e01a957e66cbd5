import { createHash } from 'crypto';
import { TerraformStack, Token } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { OciEnvironment } from '../core/environment';
import { IGrantable } from './grantable';
import { toIdentityName } from './identity-names';
import { IamPolicy, MAX_STATEMENTS_PER_POLICY } from './policy';
import { PolicyStatement } from './policy-statement';

const GRANT_POLICIES_SYMBOL = Symbol.for('cdktf-oci-containers.GrantPolicies');

/**
 * Collects the statements that `grant*` methods create into as few policies as possible: one per
 * compartment, plus another each time a policy reaches OCI's statement limit. One per stack.
 */
export class GrantPolicies extends Construct {
  /** Returns the stack's collector, creating it on first use. */
  public static of(scope: IConstruct): GrantPolicies {
    const stack = TerraformStack.of(scope);
    const existing = (stack as any)[GRANT_POLICIES_SYMBOL] as GrantPolicies | undefined;
    if (existing) {
      return existing;
    }
    const created = new GrantPolicies(stack, 'grant-policies');
    (stack as any)[GRANT_POLICIES_SYMBOL] = created;
    return created;
  }

  private readonly policies = new Map<string, IamPolicy[]>();

  private constructor(scope: Construct, id: string) {
    super(scope, id);
  }

  /**
   * Adds a statement to a policy attached to `compartmentOcid`, passes the grantee the policy
   * that carries it, and returns that policy.
   */
  public grant(grantee: IGrantable, statement: PolicyStatement, compartmentOcid?: string): IamPolicy {
    const compartment = compartmentOcid ?? OciEnvironment.of(this).tenancyOcid;
    const policy = this.policyWithRoomFor(compartment, statement);
    policy.addStatements(statement);
    grantee.onGranted?.(policy);
    return policy;
  }

  private policyWithRoomFor(compartmentOcid: string, statement: PolicyStatement): IamPolicy {
    let policies = this.policies.get(compartmentOcid);
    if (!policies) {
      policies = [];
      this.policies.set(compartmentOcid, policies);
    }
    const text = statement.render();
    const holder = policies.find((policy) => policy.hasStatement(text));
    if (holder) {
      return holder;
    }
    const last = policies[policies.length - 1];
    if (last && last.statementCount < MAX_STATEMENTS_PER_POLICY) {
      return last;
    }

    // The id comes from the compartment OCID, so adding grants in other compartments does not
    // rename this policy. A compartment created in the same app is a token, which is only stable
    // by position. The stack id may be long or contain characters OCI names do not allow, so the
    // name goes through the same step as other generated names.
    const stackName = TerraformStack.of(this).node.id;
    const compartmentKey = Token.isUnresolved(compartmentOcid)
      ? `c${[...this.policies.keys()].indexOf(compartmentOcid)}`
      : createHash('sha256').update(compartmentOcid).digest('hex').slice(0, 8);
    const id = `grants-${compartmentKey}-${policies.length}`;
    const policy = new IamPolicy(this, id, {
      name: toIdentityName(`${stackName}-${id}`, `${this.node.path}/${id}`),
      description: `Grants from the ${stackName} stack`,
      compartmentOcid,
    });
    policies.push(policy);
    return policy;
  }
}
