import { createHash } from 'crypto';
import { ITerraformDependable, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { IdentityPolicy } from '../../../lib/generated/providers/oci/identity-policy';
import { OciProvider } from '../../../lib/generated/providers/oci/provider';

/** One policy statement and the principal it names, which the policy must wait for. */
export interface L1Grant {
  readonly statement: string;
  readonly principal: ITerraformDependable;
}

/** OCI's limit of statements in one policy. */
const STATEMENTS_PER_POLICY = 50;

/**
 * Writes the statements, in order, into policies of 50 attached to `compartmentOcid`, at the paths
 * where GrantPolicies puts them, and returns the policies in order. Each policy depends on the
 * principals its statements name.
 */
export function l1GrantPolicies(stack: TerraformStack, homeProvider: OciProvider, compartmentOcid: string, grants: L1Grant[]): IdentityPolicy[] {
  const scope = new Construct(stack, 'grant-policies');
  const compartmentKey = createHash('sha256').update(compartmentOcid).digest('hex').slice(0, 8);
  const policies: IdentityPolicy[] = [];

  for (let start = 0; start < grants.length; start += STATEMENTS_PER_POLICY) {
    const chunk = grants.slice(start, start + STATEMENTS_PER_POLICY);
    const id = `grants-${compartmentKey}-${policies.length}`;
    policies.push(
      new IdentityPolicy(new Construct(scope, id), 'resource', {
        provider: homeProvider,
        compartmentId: compartmentOcid,
        name: `${stack.node.id}-${id}`,
        description: `Grants from the ${stack.node.id} stack`,
        statements: chunk.map((grant) => grant.statement),
        dependsOn: [...new Set(chunk.map((grant) => grant.principal))],
      }),
    );
  }
  return policies;
}

/** Returns the policies that carry statements naming `principal`, in the order of its first statement in each. */
export function policiesNaming(principal: ITerraformDependable, grants: L1Grant[], policies: IdentityPolicy[]): IdentityPolicy[] {
  const naming = new Set<IdentityPolicy>();
  grants.forEach((grant, index) => {
    if (grant.principal === principal) {
      naming.add(policies[Math.floor(index / STATEMENTS_PER_POLICY)]);
    }
  });
  return [...naming];
}
