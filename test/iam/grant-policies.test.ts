import { createHash } from 'crypto';
import { App, TerraformStack, Testing } from 'cdktf';
import { OciAuthentication } from '../../lib/core/authentication';
import { OciEnvironment } from '../../lib/core/environment';
import { GrantPolicies } from '../../lib/iam/grant-policies';
import { Group } from '../../lib/iam/group';
import { toIdentityName } from '../../lib/iam/identity-names';
import { PolicyLocation, PolicyStatement, PolicyVerb, ResourceType } from '../../lib/iam/policy-statement';
import { COMPARTMENT, TENANCY } from '../helpers/stack';

const COMPARTMENT_KEY = createHash('sha256').update(COMPARTMENT).digest('hex').slice(0, 8);

/** Grants through GrantPolicies in a new stack of `app` and returns the name of the policy it creates. */
function grantInStack(app: App, stackId: string, groupName = 'pushers'): string {
  const stack = new TerraformStack(app, stackId);
  new OciEnvironment(stack, 'oci', {
    region: 'us-ashburn-1',
    tenancyOcid: TENANCY,
    homeRegion: 'us-ashburn-1',
    authentication: OciAuthentication.apiKey('DEFAULT'),
  });
  const group = new Group(stack, 'pushers', { name: groupName });
  const statement = new PolicyStatement({
    subject: group.grantSubject,
    verb: PolicyVerb.READ,
    resourceType: ResourceType.REPOS,
    location: PolicyLocation.compartmentId(COMPARTMENT),
  });
  return GrantPolicies.of(stack).grant(group, statement, COMPARTMENT).name;
}

describe('GrantPolicies names', () => {
  test('stack id kept when valid', () => {
    expect(grantInStack(Testing.app(), 'shop.prod')).toBe(`shop.prod-grants-${COMPARTMENT_KEY}-0`);
  });

  test('long stack id shortened', () => {
    const app = Testing.app();
    const stackId = 'a'.repeat(95);
    const name = grantInStack(app, stackId);
    const hash = createHash('sha256').update(`${stackId}/grant-policies/grants-${COMPARTMENT_KEY}-0`).digest('hex').slice(0, 8);
    expect(name).toBe(`${'a'.repeat(91)}-${hash}`);
    expect(name).toHaveLength(100);
  });

  test('long stack ids stay distinct', () => {
    const app = Testing.app();
    const first = grantInStack(app, `${'a'.repeat(95)}1`, 'first');
    const second = grantInStack(app, `${'a'.repeat(95)}2`, 'second');
    expect(first).not.toBe(second);
  });

  test('characters outside the name rule replaced', () => {
    expect(grantInStack(Testing.app(), 'Ünï')).toBe(`-n--grants-${COMPARTMENT_KEY}-0`);
  });

  test('same name on every synth', () => {
    expect(grantInStack(Testing.app(), 'b'.repeat(120))).toBe(grantInStack(Testing.app(), 'b'.repeat(120)));
  });
});

describe('toIdentityName', () => {
  test('valid name unchanged', () => {
    expect(toIdentityName('shop-ci_1.x', 'key')).toBe('shop-ci_1.x');
  });

  test('invalid characters become dashes', () => {
    expect(toIdentityName('my stack/ci@ü', 'key')).toBe('my-stack-ci--');
  });

  test('100 characters kept', () => {
    expect(toIdentityName('x'.repeat(100), 'key')).toBe('x'.repeat(100));
  });

  test('101 characters cut with hash of the key', () => {
    const hash = createHash('sha256').update('key').digest('hex').slice(0, 8);
    expect(toIdentityName('x'.repeat(101), 'key')).toBe(`${'x'.repeat(91)}-${hash}`);
  });
});
