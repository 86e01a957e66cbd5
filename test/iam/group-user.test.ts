import { TerraformVariable } from 'cdktf';
import { DynamicGroup } from '../../lib/iam/dynamic-group';
import { GrantPolicies } from '../../lib/iam/grant-policies';
import { Group } from '../../lib/iam/group';
import { MatchingRule } from '../../lib/iam/matching-rule';
import { PolicyLocation, PolicyStatement, PolicyVerb, ResourceType } from '../../lib/iam/policy-statement';
import { User, UserDirectory } from '../../lib/iam/user';
import { synthJson, TENANCY, testStack } from '../helpers/stack';

const USER_OCID = 'ocid1.user.oc1..aaaaaaaauser';
const GROUP_OCID = 'ocid1.group.oc1..aaaaaaaagroup';
const INSTANCE_A = 'ocid1.instance.oc1.iad.aaaa';
const INSTANCE_B = 'ocid1.instance.oc1.iad.bbbb';

describe('Group', () => {
  test('synthesizes in the tenancy', () => {
    const { stack } = testStack();
    new Group(stack, 'pushers', { name: 'ci-pushers', description: 'Pushes images', definedTags: { 'ops.team': 'platform' } });
    expect(Object.values(synthJson(stack).resource.oci_identity_group)).toEqual([
      {
        compartment_id: TENANCY,
        defined_tags: { 'ops.team': 'platform' },
        description: 'Pushes images',
        name: 'ci-pushers',
        provider: 'oci.home',
      },
    ]);
  });

  test('subject names the group', () => {
    const { stack } = testStack();
    const group = new Group(stack, 'pushers', { name: 'ci-pushers' });
    expect(group.grantSubject.render()).toBe('group ci-pushers');
  });

  test('adds a user once', () => {
    const { stack } = testStack();
    const group = new Group(stack, 'pushers', { name: 'ci-pushers' });
    const user = new User(stack, 'bot', { name: 'ci-bot' });
    const membership = group.addUser(user);
    expect(group.addUser(user)).toBe(membership);

    const json = synthJson(stack);
    const groupKey = Object.keys(json.resource.oci_identity_group)[0];
    const userKey = Object.keys(json.resource.oci_identity_user)[0];
    expect(Object.values(json.resource.oci_identity_user_group_membership)).toEqual([
      {
        group_id: `\${oci_identity_group.${groupKey}.id}`,
        provider: 'oci.home',
        user_id: `\${oci_identity_user.${userKey}.id}`,
      },
    ]);
  });

  test('imported group takes users', () => {
    const { stack } = testStack();
    const group = Group.fromGroupAttributes(stack, 'existing', { groupName: 'CI Pushers', groupOcid: GROUP_OCID, identityDomain: 'Dev' });
    group.addUser(User.fromUserAttributes(stack, 'bot', { userName: 'ci-bot', userOcid: USER_OCID }));
    expect(group.grantSubject.render()).toBe("group 'Dev'/'CI Pushers'");
    expect(Object.values(synthJson(stack).resource.oci_identity_user_group_membership)).toEqual([
      { group_id: GROUP_OCID, provider: 'oci.home', user_id: USER_OCID },
    ]);
  });

  test('imported group OCID checked', () => {
    const { stack } = testStack();
    expect(() => Group.fromGroupAttributes(stack, 'existing', { groupName: 'g', groupOcid: USER_OCID })).toThrow(
      "Group 'test/existing' has invalid configuration:\n" +
        `  - groupOcid: '${USER_OCID}' is an OCID of kind 'user': expected 'ocid1.group.<realm>.<region>.<unique id>'`,
    );
  });

  test('imported by name', () => {
    const { stack } = testStack();
    expect(Group.fromGroupName(stack, 'admins', 'Administrators').grantSubject.render()).toBe('group Administrators');
    expect(Group.fromGroupName(stack, 'domain-admins', 'Domain Admins', 'Ops').grantSubject.render()).toBe("group 'Ops'/'Domain Admins'");
  });

  test('reports every invalid prop together', () => {
    const { stack } = testStack();
    expect(() => new Group(stack, 'pushers', { name: 'CI Pushers!', description: 'd'.repeat(401) })).toThrow(
      "Group 'test/pushers' has invalid configuration:\n" +
        "  - name: 'CI Pushers!' must contain only letters, digits, '.', '-' and '_' (no spaces)\n" +
        `  - description: '${'d'.repeat(401)}' must be at most 400 characters long (it is 401)`,
    );
  });

  test('empty name rejected', () => {
    const { stack } = testStack();
    expect(() => new Group(stack, 'pushers', { name: '' })).toThrow(
      "Group 'test/pushers' has invalid configuration:\n  - name: '' must be 1 to 100 characters long (it is 0)",
    );
  });

  test('name shared with a dynamic group rejected', () => {
    const { stack } = testStack();
    new DynamicGroup(stack, 'nodes', { name: 'workers', matchingRule: MatchingRule.instanceCompartment('ocid1.compartment.oc1..aaaa') });
    expect(() => new Group(stack, 'pushers', { name: 'Workers' })).toThrow(
      "Group 'test/pushers' has invalid configuration:\n" +
        "  - name: 'Workers' is already the name of DynamicGroup 'test/nodes' in this app: group and dynamic group names must be unique in the tenancy",
    );
  });

  test('policy waits for the group', () => {
    const { stack } = testStack();
    const group = new Group(stack, 'pushers', { name: 'ci-pushers' });
    GrantPolicies.of(stack).grant(
      group,
      new PolicyStatement({ subject: group.grantSubject, verb: PolicyVerb.USE, resourceType: ResourceType.REPOS, location: PolicyLocation.tenancy() }),
    );
    const json = synthJson(stack);
    const groupKey = Object.keys(json.resource.oci_identity_group)[0];
    const [policy] = Object.values(json.resource.oci_identity_policy) as any[];
    expect(policy.depends_on).toEqual([`oci_identity_group.${groupKey}`]);
    expect(policy.statements).toEqual(['Allow group ci-pushers to use repos in tenancy']);
  });
});

describe('User', () => {
  test('synthesizes in the tenancy', () => {
    const { stack } = testStack();
    new User(stack, 'bot', { name: 'ci-bot@example.com', email: 'ci-bot@example.com', description: 'CI' });
    expect(Object.values(synthJson(stack).resource.oci_identity_user)).toEqual([
      {
        compartment_id: TENANCY,
        description: 'CI',
        email: 'ci-bot@example.com',
        name: 'ci-bot@example.com',
        provider: 'oci.home',
      },
    ]);
  });

  test('default description', () => {
    const { stack } = testStack();
    new User(stack, 'bot', { name: 'ci-bot' });
    expect((Object.values(synthJson(stack).resource.oci_identity_user)[0] as any).description).toBe('Managed by cdktf');
  });

  test('reports every invalid prop together', () => {
    const { stack } = testStack();
    expect(() => new User(stack, 'bot', { name: 'ci bot', email: 'not-an-email' })).toThrow(
      "User 'test/bot' has invalid configuration:\n" +
        "  - name: 'ci bot' must contain only letters, digits, '.', '-', '_', '+' and '@' (no spaces)\n" +
        "  - email: 'not-an-email' is not an email address: expected the form name@example.com",
    );
  });

  test('duplicate name rejected', () => {
    const { stack } = testStack();
    new User(stack, 'first', { name: 'ci-bot' });
    expect(() => new User(stack, 'second', { name: 'ci-bot' })).toThrow(
      "User 'test/second' has invalid configuration:\n" +
        "  - name: 'ci-bot' is already the name of User 'test/first' in this app: user names must be unique in the tenancy",
    );
  });

  test('imported user OCID checked', () => {
    const { stack } = testStack();
    expect(() => User.fromUserAttributes(stack, 'bot', { userName: 'ci-bot', userOcid: GROUP_OCID })).toThrow(
      "User 'test/bot' has invalid configuration:\n" +
        `  - userOcid: '${GROUP_OCID}' is an OCID of kind 'group': expected 'ocid1.user.<realm>.<region>.<unique id>'`,
    );
  });
});

describe('UserDirectory', () => {
  test.each([
    ['default domain', UserDirectory.defaultDomain(), 'axaxnpcrorw5/ci-bot'],
    ['identity domain', UserDirectory.identityDomain('Dev'), 'axaxnpcrorw5/Dev/ci-bot'],
    ['IDCS federation', UserDirectory.oracleIdentityCloudService(), 'axaxnpcrorw5/oracleidentitycloudservice/ci-bot'],
  ])('login name in %s', (_name, directory, expected) => {
    expect(directory.registryUserName('axaxnpcrorw5', 'ci-bot')).toBe(expected);
  });

  test('domain name with a slash rejected', () => {
    expect(() => UserDirectory.identityDomain('a/b')).toThrow(
      "UserDirectory.identityDomain: 'a/b' is not an identity domain name: it must be non-empty, without spaces or '/'.",
    );
  });
});

describe('DynamicGroup', () => {
  test('synthesizes in the tenancy', () => {
    const { stack } = testStack();
    new DynamicGroup(stack, 'nodes', {
      name: 'oke-workers',
      matchingRule: MatchingRule.all(MatchingRule.instanceCompartment('ocid1.compartment.oc1..aaaa'), MatchingRule.definedTag('oke', 'pool', 'web')),
      description: 'Worker nodes',
    });
    expect(Object.values(synthJson(stack).resource.oci_identity_dynamic_group)).toEqual([
      {
        compartment_id: TENANCY,
        description: 'Worker nodes',
        matching_rule: "ALL {instance.compartment.id = 'ocid1.compartment.oc1..aaaa', tag.oke.pool.value = 'web'}",
        name: 'oke-workers',
        provider: 'oci.home',
      },
    ]);
  });

  test('text rule kept as written', () => {
    const { stack } = testStack();
    const group = new DynamicGroup(stack, 'nodes', { name: 'nodes', matchingRule: "any {instance.id = 'a', instance.id = 'b'}" });
    expect(group.matchingRule).toBe("any {instance.id = 'a', instance.id = 'b'}");
    expect(group.grantSubject.render()).toBe('dynamic-group nodes');
  });

  test('reports every invalid prop together', () => {
    const { stack } = testStack();
    expect(() => new DynamicGroup(stack, 'nodes', { name: 'oke workers', matchingRule: "instance.id = 'a', instance.id = 'b'" })).toThrow(
      "DynamicGroup 'test/nodes' has invalid configuration:\n" +
        "  - name: 'oke workers' must contain only letters, digits, '.', '-' and '_' (no spaces)\n" +
        "  - matchingRule: 'instance.id = 'a', instance.id = 'b'' is not a valid matching rule: expected the end of the rule at character 18, found ',': write several conditions as ANY {...} or ALL {...}",
    );
  });

  test('duplicate name rejected', () => {
    const { stack } = testStack();
    new Group(stack, 'group', { name: 'workers' });
    expect(() => new DynamicGroup(stack, 'nodes', { name: 'workers', matchingRule: MatchingRule.instanceId('ocid1.instance.oc1.iad.aaaa') })).toThrow(
      "DynamicGroup 'test/nodes' has invalid configuration:\n" +
        "  - name: 'workers' is already the name of Group 'test/group' in this app: group and dynamic group names must be unique in the tenancy",
    );
  });

  test('imported by name', () => {
    const { stack } = testStack();
    expect(DynamicGroup.fromDynamicGroupName(stack, 'nodes', 'oke-nodes').grantSubject.render()).toBe('dynamic-group oke-nodes');
    expect(DynamicGroup.fromDynamicGroupName(stack, 'domain-nodes', 'oke nodes', 'Ops').grantSubject.render()).toBe("dynamic-group 'Ops'/'oke nodes'");
  });

  test('policy waits for the dynamic group', () => {
    const { stack } = testStack();
    const group = new DynamicGroup(stack, 'nodes', { name: 'nodes', matchingRule: MatchingRule.instanceCompartment('ocid1.compartment.oc1..aaaa') });
    const policy = GrantPolicies.of(stack).grant(
      group,
      new PolicyStatement({ subject: group.grantSubject, verb: PolicyVerb.READ, resourceType: ResourceType.REPOS, location: PolicyLocation.tenancy() }),
    );
    const json = synthJson(stack);
    const groupKey = Object.keys(json.resource.oci_identity_dynamic_group)[0];
    expect(json.resource.oci_identity_policy[Object.keys(json.resource.oci_identity_policy)[0]].depends_on).toEqual([
      `oci_identity_dynamic_group.${groupKey}`,
    ]);
    expect(policy.statementTexts).toEqual(['Allow dynamic-group nodes to read repos in tenancy']);
  });
});

describe('MatchingRule', () => {
  test.each([
    ['instance compartment', MatchingRule.instanceCompartment('ocid1.compartment.oc1..aaaa'), "instance.compartment.id = 'ocid1.compartment.oc1..aaaa'"],
    ['instance', MatchingRule.instanceId('ocid1.instance.oc1.iad.aaaa'), "instance.id = 'ocid1.instance.oc1.iad.aaaa'"],
    ['resource compartment', MatchingRule.resourceCompartment('ocid1.compartment.oc1..aaaa'), "resource.compartment.id = 'ocid1.compartment.oc1..aaaa'"],
    ['resource type', MatchingRule.resourceType('fnfunc'), "resource.type = 'fnfunc'"],
    ['tag value', MatchingRule.definedTag('oke', 'pool', 'web'), "tag.oke.pool.value = 'web'"],
    ['any tag value', MatchingRule.definedTag('oke', 'pool'), 'tag.oke.pool.value'],
    ['exclusion', MatchingRule.notEquals('instance.id', 'ocid1.instance.oc1.iad.bbbb'), "instance.id != 'ocid1.instance.oc1.iad.bbbb'"],
    [
      'any',
      MatchingRule.any(MatchingRule.instanceId(INSTANCE_A), MatchingRule.definedTag('oke', 'pool')),
      `ANY {instance.id = '${INSTANCE_A}', tag.oke.pool.value}`,
    ],
  ])('%s', (_name, rule, expected) => {
    expect(rule.render()).toBe(expected);
  });

  test('text round trip', () => {
    const text = "ALL {instance.compartment.id = 'c', instance.id != 'i', tag.oke.pool.value}";
    expect(MatchingRule.fromText(text).render()).toBe(text);
  });

  test('nested groups rejected', () => {
    const inner = MatchingRule.all(MatchingRule.instanceId(INSTANCE_A));
    expect(() => MatchingRule.any(inner, MatchingRule.instanceId(INSTANCE_B))).toThrow(
      `MatchingRule.any: 'ALL {instance.id = '${INSTANCE_A}'}' is already an ANY or ALL group, and matching rules do not nest them: pass its conditions to ANY directly.`,
    );
    expect(() => MatchingRule.fromText("ANY {ALL {instance.id = 'a'}}")).toThrow(
      "Matching rule 'ANY {ALL {instance.id = 'a'}}' is invalid: expected a condition at character 6, found 'ALL': matching rules do not nest ANY and ALL",
    );
  });

  test('bare non-tag variable rejected', () => {
    expect(() => MatchingRule.fromText('instance.id')).toThrow(
      "Matching rule 'instance.id' is invalid: expected an operator (=, !=, before, after, in or between) at character 12, found the end of the text",
    );
  });

  test('tag key with a dot rejected', () => {
    expect(() => MatchingRule.definedTag('oke', 'pool.name', 'web')).toThrow(
      "MatchingRule.definedTag: tag key 'pool.name' must contain only letters, digits, '-' and '_'.",
    );
  });

  test('value with a quote rejected', () => {
    expect(() => MatchingRule.definedTag('oke', 'pool', "it's")).toThrow(
      "The matching rule value 'it's' contains a single quote, which matching rules cannot express.",
    );
  });

  test('empty group rejected', () => {
    expect(() => MatchingRule.all()).toThrow('MatchingRule.all needs at least one rule.');
  });
});

describe('IAM input types', () => {
  test.each([
    [undefined, '  - name: undefined is missing: give the group a name of 1 to 100 characters'],
    [null, '  - name: null must be a string'],
    [5, '  - name: 5 must be a string'],
    [['a'], '  - name: ["a"] must be a string'],
  ])('Group name %p', (name, line) => {
    const { stack } = testStack();
    expect(() => new Group(stack, 'pushers', { name: name as any })).toThrow(`Group 'test/pushers' has invalid configuration:\n${line}`);
  });

  test.each([
    [undefined, '  - name: undefined is missing: give the user a name of 1 to 100 characters'],
    [null, '  - name: null must be a string'],
    [5, '  - name: 5 must be a string'],
  ])('User name %p', (name, line) => {
    const { stack } = testStack();
    expect(() => new User(stack, 'bot', { name: name as any })).toThrow(`User 'test/bot' has invalid configuration:\n${line}`);
  });

  test.each([
    [undefined, "  - matchingRule: undefined is missing: pass a MatchingRule or the rule as text, such as instance.compartment.id = '<ocid>'"],
    [5, '  - matchingRule: 5 must be a MatchingRule or the text of a matching rule'],
  ])('DynamicGroup matchingRule %p', (matchingRule, line) => {
    const { stack } = testStack();
    expect(() => new DynamicGroup(stack, 'nodes', { name: 'nodes', matchingRule: matchingRule as any })).toThrow(
      `DynamicGroup 'test/nodes' has invalid configuration:\n${line}`,
    );
  });

  test('DynamicGroup reports every prop', () => {
    const { stack } = testStack();
    expect(() => new DynamicGroup(stack, 'nodes', { name: 5 as any, matchingRule: 5 as any, description: 5 as any })).toThrow(
      "DynamicGroup 'test/nodes' has invalid configuration:\n" +
        '  - name: 5 must be a string\n' +
        '  - description: 5 must be a string\n' +
        '  - matchingRule: 5 must be a MatchingRule or the text of a matching rule',
    );
  });

  test('imported group name and OCID reported together', () => {
    const { stack } = testStack();
    expect(() => Group.fromGroupAttributes(stack, 'existing', { groupName: "a'b", groupOcid: USER_OCID })).toThrow(
      "Group 'test/existing' has invalid configuration:\n" +
        "  - groupName: 'a'b' contains a single quote, which OCI policy statements cannot express: rename the group\n" +
        `  - groupOcid: '${USER_OCID}' is an OCID of kind 'user': expected 'ocid1.group.<realm>.<region>.<unique id>'`,
    );
  });

  test('imported group with missing attributes', () => {
    const { stack } = testStack();
    expect(() => Group.fromGroupAttributes(stack, 'existing', { groupName: ' ', identityDomain: 5 } as any)).toThrow(
      "Group 'test/existing' has invalid configuration:\n" +
        "  - groupName: ' ' is empty: give the name as it appears in OCI\n" +
        '  - identityDomain: 5 must be a string\n' +
        '  - groupOcid: undefined is missing: pass the OCID of the group',
    );
  });

  test('imported group attributes of wrong type', () => {
    const { stack } = testStack();
    expect(() => Group.fromGroupAttributes(stack, 'existing', { groupName: 5, groupOcid: 7 } as any)).toThrow(
      "Group 'test/existing' has invalid configuration:\n" + '  - groupName: 5 must be a string\n' + '  - groupOcid: 7 must be a string',
    );
  });

  test('imported group without a name', () => {
    const { stack } = testStack();
    expect(() => Group.fromGroupAttributes(stack, 'existing', { groupOcid: GROUP_OCID } as any)).toThrow(
      "Group 'test/existing' has invalid configuration:\n" +
        '  - groupName: undefined is missing: pass the name of the group as shown in the console',
    );
  });

  test('imported group identity domain with a quote', () => {
    const { stack } = testStack();
    expect(() => Group.fromGroupAttributes(stack, 'existing', { groupName: 'pushers', groupOcid: GROUP_OCID, identityDomain: "Dev's" })).toThrow(
      "Group 'test/existing' has invalid configuration:\n" +
        "  - identityDomain: 'Dev's' contains a single quote, which OCI policy statements cannot express: rename the identity domain",
    );
  });

  test('DynamicGroup without a name', () => {
    const { stack } = testStack();
    expect(() => new DynamicGroup(stack, 'nodes', { matchingRule: MatchingRule.instanceCompartment(TENANCY) } as any)).toThrow(
      "DynamicGroup 'test/nodes' has invalid configuration:\n" +
        '  - name: undefined is missing: give the dynamic group a name of 1 to 100 characters',
    );
  });

  test('imported user with missing attributes', () => {
    const { stack } = testStack();
    expect(() => User.fromUserAttributes(stack, 'bot', {} as any)).toThrow(
      "User 'test/bot' has invalid configuration:\n" +
        '  - userName: undefined is missing: pass the name of the user as shown in the console\n' +
        '  - userOcid: undefined is missing: pass the OCID of the user',
    );
  });

  test('identity domain of wrong type', () => {
    expect(() => UserDirectory.identityDomain(undefined as any)).toThrow('UserDirectory.identityDomain: domainName undefined must be a string.');
  });
});

describe('MatchingRule OCIDs', () => {
  const compartmentForms = "'ocid1.compartment.<realm>.<region>.<unique id>' or 'ocid1.tenancy.<realm>.<region>.<unique id>'";

  test.each([
    [
      'instance compartment of wrong kind',
      () => MatchingRule.instanceCompartment('ocid1.vcn.oc1..x'),
      `MatchingRule.instanceCompartment: 'ocid1.vcn.oc1..x' is not an OCID of the expected kind: expected ${compartmentForms}.`,
    ],
    ['empty instance compartment', () => MatchingRule.instanceCompartment(''), `MatchingRule.instanceCompartment: '' is not an OCID of the expected kind: expected ${compartmentForms}.`],
    [
      'resource compartment of wrong kind',
      () => MatchingRule.resourceCompartment(GROUP_OCID),
      `MatchingRule.resourceCompartment: '${GROUP_OCID}' is not an OCID of the expected kind: expected ${compartmentForms}.`,
    ],
    [
      'instance of wrong kind',
      () => MatchingRule.instanceId('ocid1.compartment.oc1..aaaa'),
      "MatchingRule.instanceId: 'ocid1.compartment.oc1..aaaa' is not an OCID of the expected kind: expected 'ocid1.instance.<realm>.<region>.<unique id>'.",
    ],
    ['value of wrong type', () => MatchingRule.equals('resource.type', 5 as any), 'MatchingRule: value 5 must be a string.'],
    ['tag namespace of wrong type', () => MatchingRule.definedTag(5 as any, 'pool'), 'MatchingRule.definedTag: tag namespace 5 must be a string.'],
    ['tag key of wrong type', () => MatchingRule.definedTag('oke', null as any), 'MatchingRule.definedTag: tag key null must be a string.'],
  ])('%s', (_name, call, message) => {
    expect(call).toThrow(message);
  });

  test('tenancy and tokens pass', () => {
    const { stack } = testStack();
    const compartment = new TerraformVariable(stack, 'compartment', { type: 'string' }).stringValue;
    expect(MatchingRule.instanceCompartment(TENANCY).render()).toBe(`instance.compartment.id = '${TENANCY}'`);
    expect(MatchingRule.instanceCompartment(compartment).render()).toBe(`instance.compartment.id = '${compartment}'`);
  });
});
