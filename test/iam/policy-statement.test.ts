import { PolicyLocation, PolicyStatement, PolicySubject, PolicyVerb, ResourceType } from '../../lib/iam/policy-statement';

const COMPARTMENT = 'ocid1.compartment.oc1..aaaaaaaacompartment';
const GROUP_OCID = 'ocid1.group.oc1..aaaaaaaagroup';
const DYNAMIC_GROUP_OCID = 'ocid1.dynamicgroup.oc1..aaaaaaaadynamic';

function statement(subject: PolicySubject, extra: Partial<ConstructorParameters<typeof PolicyStatement>[0]> = {}): string {
  return new PolicyStatement({
    subject,
    verb: PolicyVerb.READ,
    resourceType: ResourceType.REPOS,
    location: PolicyLocation.tenancy(),
    ...extra,
  }).render();
}

describe('PolicySubject', () => {
  test.each([
    ['group by name', PolicySubject.group('ci-pushers'), 'Allow group ci-pushers to read repos in tenancy'],
    ['group with a space', PolicySubject.group('CI Pushers'), "Allow group 'CI Pushers' to read repos in tenancy"],
    ['group named id', PolicySubject.group('id'), "Allow group 'id' to read repos in tenancy"],
    ['group of an identity domain', PolicySubject.group('CI Pushers', 'Dev'), "Allow group 'Dev'/'CI Pushers' to read repos in tenancy"],
    ['group by OCID', PolicySubject.groupId(GROUP_OCID), `Allow group id ${GROUP_OCID} to read repos in tenancy`],
    ['dynamic group by name', PolicySubject.dynamicGroup('oke-nodes'), 'Allow dynamic-group oke-nodes to read repos in tenancy'],
    ['dynamic group of a domain', PolicySubject.dynamicGroup('oke-nodes', 'Dev'), "Allow dynamic-group 'Dev'/'oke-nodes' to read repos in tenancy"],
    ['dynamic group by OCID', PolicySubject.dynamicGroupId(DYNAMIC_GROUP_OCID), `Allow dynamic-group id ${DYNAMIC_GROUP_OCID} to read repos in tenancy`],
    ['service', PolicySubject.service('objectstorage-us-ashburn-1'), 'Allow service objectstorage-us-ashburn-1 to read repos in tenancy'],
    ['any-user', PolicySubject.anyUser(), 'Allow any-user to read repos in tenancy'],
    ['any-group', PolicySubject.anyGroup(), 'Allow any-group to read repos in tenancy'],
    [
      'combined groups',
      PolicySubject.combine(PolicySubject.group('A-Admins'), PolicySubject.groupId(GROUP_OCID), PolicySubject.group('A-Admins')),
      `Allow group A-Admins, id ${GROUP_OCID} to read repos in tenancy`,
    ],
  ])('%s', (_name, subject, expected) => {
    expect(statement(subject)).toBe(expected);
  });

  test('name with a quote rejected', () => {
    expect(() => PolicySubject.group("o'brien")).toThrow(
      "The group name 'o'brien' contains a single quote, which OCI policy statements cannot express: rename the group.",
    );
  });

  test('empty name rejected', () => {
    expect(() => PolicySubject.dynamicGroup(' ')).toThrow("The dynamic group name is empty: give the name as it appears in OCI.");
  });

  test('empty domain rejected', () => {
    expect(() => PolicySubject.group('a', '')).toThrow('The identity domain name is empty: give the name as it appears in OCI.');
  });

  test('group OCID of wrong kind rejected', () => {
    expect(() => PolicySubject.groupId(COMPARTMENT)).toThrow(
      `PolicySubject.groupId: '${COMPARTMENT}' is not an OCID of the expected kind: expected 'ocid1.group.<realm>.<region>.<unique id>'.`,
    );
  });

  test('combine rejects mixed kinds', () => {
    expect(() => PolicySubject.combine(PolicySubject.group('a'), PolicySubject.dynamicGroup('b'))).toThrow(
      "PolicySubject.combine cannot mix 'group' and 'dynamic-group': a policy statement names one kind of principal, so write one statement per kind.",
    );
  });

  test('combine rejects any-user', () => {
    expect(() => PolicySubject.combine(PolicySubject.anyUser())).toThrow(
      "PolicySubject.combine cannot combine 'any-user': it already covers every principal of its kind.",
    );
  });
});

describe('PolicyStatement', () => {
  test.each([
    [PolicyVerb.INSPECT, 'Allow group g to inspect repos in tenancy'],
    [PolicyVerb.READ, 'Allow group g to read repos in tenancy'],
    [PolicyVerb.USE, 'Allow group g to use repos in tenancy'],
    [PolicyVerb.MANAGE, 'Allow group g to manage repos in tenancy'],
  ])('verb %s', (verb, expected) => {
    expect(statement(PolicySubject.group('g'), { verb })).toBe(expected);
  });

  test.each([
    ['tenancy', PolicyLocation.tenancy(), 'Allow group g to read repos in tenancy'],
    ['compartment by OCID', PolicyLocation.compartmentId(COMPARTMENT), `Allow group g to read repos in compartment id ${COMPARTMENT}`],
    ['compartment by name', PolicyLocation.compartmentName('apps'), 'Allow group g to read repos in compartment apps'],
    ['compartment path', PolicyLocation.compartmentName('prod:apps'), 'Allow group g to read repos in compartment prod:apps'],
  ])('location %s', (_name, location, expected) => {
    expect(statement(PolicySubject.group('g'), { location })).toBe(expected);
  });

  test('compartment name with a space rejected', () => {
    expect(() => PolicyLocation.compartmentName('my apps')).toThrow(
      "PolicyLocation.compartmentName: 'my apps' is not a compartment name or path: use letters, digits, '.', '-' and '_', with ':' between the names of a path.",
    );
  });

  test('compartment OCID of wrong kind rejected', () => {
    expect(() => PolicyLocation.compartmentId(GROUP_OCID)).toThrow(
      `PolicyLocation.compartmentId: '${GROUP_OCID}' is not an OCID of the expected kind: expected 'ocid1.compartment.<realm>.<region>.<unique id>' or 'ocid1.tenancy.<realm>.<region>.<unique id>'.`,
    );
  });

  test('single condition', () => {
    const conditions = [PolicyStatement.equals('target.repo.name', 'team/web')];
    expect(statement(PolicySubject.group('g'), { conditions })).toBe("Allow group g to read repos in tenancy where target.repo.name = 'team/web'");
  });

  test('several conditions default to all', () => {
    const conditions = [PolicyStatement.equals('target.repo.name', 'web'), PolicyStatement.notEquals('request.permission', 'REPOSITORY_DELETE')];
    expect(statement(PolicySubject.group('g'), { conditions })).toBe(
      "Allow group g to read repos in tenancy where all {target.repo.name = 'web', request.permission != 'REPOSITORY_DELETE'}",
    );
  });

  test('several conditions with any', () => {
    const conditions = [PolicyStatement.matchesPattern('target.repo.name', 'team-a-*'), PolicyStatement.equals('target.repo.name', 'shared')];
    expect(statement(PolicySubject.group('g'), { conditions, conditionMatch: 'any' })).toBe(
      "Allow group g to read repos in tenancy where any {target.repo.name = /team-a-*/, target.repo.name = 'shared'}",
    );
  });

  test('nested conditions', () => {
    const conditions = [
      PolicyStatement.equals('request.principal.type', 'nodepool'),
      PolicyStatement.any(PolicyStatement.equals('target.repo.name', 'a'), PolicyStatement.equals('target.repo.name', 'b')),
    ];
    expect(statement(PolicySubject.anyUser(), { conditions })).toBe(
      "Allow any-user to read repos in tenancy where all {request.principal.type = 'nodepool', any {target.repo.name = 'a', target.repo.name = 'b'}}",
    );
  });

  test('all helper renders a group', () => {
    expect(PolicyStatement.all("a = 'x'", "b = 'y'")).toBe("all {a = 'x', b = 'y'}");
  });

  test('condition value with a quote rejected', () => {
    expect(() => PolicyStatement.equals('target.repo.name', "it's")).toThrow(
      "The condition value 'it's' contains a single quote, which OCI policy statements cannot express.",
    );
  });

  test('pattern with a slash rejected', () => {
    expect(() => PolicyStatement.matchesPattern('target.repo.name', 'team/*')).toThrow(
      "PolicyStatement.matchesPattern: pattern 'team/*' contains '/', which ends a pattern in OCI's policy language.",
    );
  });

  test('empty condition group rejected', () => {
    expect(() => PolicyStatement.any()).toThrow('PolicyStatement.any needs at least one condition.');
  });
});

describe('PolicyStatement props', () => {
  const valid = {
    subject: PolicySubject.group('g'),
    verb: PolicyVerb.READ,
    resourceType: ResourceType.REPOS,
    location: PolicyLocation.tenancy(),
  };

  test('bad verb and resource type', () => {
    expect(() => new PolicyStatement({ ...valid, verb: 'destroy' as any, resourceType: 'repos in tenancy where x' })).toThrow(
      'PolicyStatement has invalid props:\n' +
        "  - verb: 'destroy' must be inspect, read, use or manage (PolicyVerb)\n" +
        "  - resourceType: 'repos in tenancy where x' must be one resource type of letters, digits and '-', such as 'repos'",
    );
  });

  test('empty resource type and bad condition', () => {
    expect(() => new PolicyStatement({ ...valid, resourceType: '', conditions: ['garbage ) ('] })).toThrow(
      'PolicyStatement has invalid props:\n' +
        "  - resourceType: '' must be one resource type of letters, digits and '-', such as 'repos'\n" +
        "  - conditions[0]: 'garbage ) (' is not a valid condition: expected an operator (=, !=, before, after, in or between) at character 9, found ')'",
    );
  });

  test('keyword as resource type', () => {
    expect(() => new PolicyStatement({ ...valid, resourceType: 'in' })).toThrow(
      "PolicyStatement has invalid props:\n  - resourceType: 'in' is a keyword of the policy language, not a resource type: use a resource type such as 'repos'",
    );
  });

  test('two conditions in one string', () => {
    expect(() => new PolicyStatement({ ...valid, conditions: ["target.repo.name = 'a', target.repo.name = 'b'"] })).toThrow(
      'PolicyStatement has invalid props:\n' +
        "  - conditions[0]: 'target.repo.name = 'a', target.repo.name = 'b'' is not a valid condition: expected the end of the condition at character 23, found ',': write several conditions as any {...} or all {...}",
    );
  });

  test('wrong types from JavaScript', () => {
    expect(
      () =>
        new PolicyStatement({
          subject: 'group g' as any,
          verb: undefined as any,
          resourceType: 5 as any,
          location: undefined as any,
          conditions: "target.repo.name = 'a'" as any,
          conditionMatch: 'some' as any,
        }),
    ).toThrow(
      'PolicyStatement has invalid props:\n' +
        "  - subject: 'group g' must be a PolicySubject, such as PolicySubject.group('<name>')\n" +
        '  - verb: undefined must be inspect, read, use or manage (PolicyVerb)\n' +
        "  - resourceType: 5 must be a string, such as 'repos'\n" +
        '  - location: undefined must be a PolicyLocation, such as PolicyLocation.tenancy()\n' +
        "  - conditions: 'target.repo.name = 'a'' must be a list of conditions, such as [PolicyStatement.equals('target.repo.name', 'web')]\n" +
        "  - conditionMatch: 'some' must be 'all' or 'any'",
    );
  });

  test('condition that is not a string', () => {
    expect(() => new PolicyStatement({ ...valid, conditions: [5 as any] })).toThrow(
      "PolicyStatement has invalid props:\n  - conditions[0]: 5 must be a string, such as PolicyStatement.equals('target.repo.name', 'web')",
    );
  });

  test('props missing', () => {
    expect(() => new PolicyStatement(undefined as any)).toThrow(
      'PolicyStatement has invalid props:\n  - props: undefined must be an object with subject, verb, resourceType and location',
    );
  });

  test('references pass', () => {
    const statement = new PolicyStatement({
      ...valid,
      verb: '${var.verb}' as PolicyVerb,
      resourceType: '${var.resource_type}',
      conditions: ['${var.condition}', "target.repo.name = '${var.repository}'"],
    });
    expect(statement.render()).toBe(
      "Allow group g to ${var.verb} ${var.resource_type} in tenancy where all {${var.condition}, target.repo.name = '${var.repository}'}",
    );
  });
});

describe('PolicyStatement builders from JavaScript', () => {
  test.each([
    ['group(undefined)', () => PolicySubject.group(undefined as any), 'The group name undefined must be a string: give the name as it appears in OCI.'],
    ['group(5)', () => PolicySubject.group(5 as any), 'The group name 5 must be a string: give the name as it appears in OCI.'],
    ['service(null)', () => PolicySubject.service(null as any), 'The service name null must be a string: give the name as it appears in OCI.'],
    [
      'group with domain 5',
      () => PolicySubject.group('g', 5 as any),
      'The identity domain name 5 must be a string: give the name as it appears in OCI.',
    ],
    [
      'groupId(undefined)',
      () => PolicySubject.groupId(undefined as any),
      "PolicySubject.groupId: undefined is not an OCID of the expected kind: expected 'ocid1.group.<realm>.<region>.<unique id>'.",
    ],
    ['compartmentName(undefined)', () => PolicyLocation.compartmentName(undefined as any), 'PolicyLocation.compartmentName: name undefined must be a string.'],
    ['equals(name, undefined)', () => PolicyStatement.equals('target.repo.name', undefined as any), 'PolicyStatement: condition value undefined must be a string.'],
    ['matchesPattern(name, 5)', () => PolicyStatement.matchesPattern('target.repo.name', 5 as any), 'PolicyStatement.matchesPattern: pattern 5 must be a string.'],
  ])('%s', (_name, call, message) => {
    expect(call).toThrow(message);
  });
});
