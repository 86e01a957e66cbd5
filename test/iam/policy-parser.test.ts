import { TerraformVariable } from 'cdktf';
import { PolicyParseError } from '../../lib/iam/policy-parser';
import { PolicyStatement, PolicyVerb } from '../../lib/iam/policy-statement';
import { testStack } from '../helpers/stack';

const COMPARTMENT = 'ocid1.compartment.oc1..aaaaaaaacompartment';
const TENANCY = 'ocid1.tenancy.oc1..aaaaaaaatenancy';
const GROUP_OCID = 'ocid1.group.oc1..aaaaaaaagroup';
const DYNAMIC_GROUP_OCID = 'ocid1.dynamicgroup.oc1..aaaaaaaadynamic';

describe('PolicyStatement.parse', () => {
  test.each([
    'Allow group ci-pushers to use repos in tenancy',
    "Allow group 'CI Pushers' to use repos in tenancy",
    "Allow group 'Dev'/'CI Pushers' to use repos in tenancy",
    `Allow group id ${GROUP_OCID} to read repos in compartment id ${COMPARTMENT}`,
    `Allow group A-Admins, id ${GROUP_OCID} to manage all-resources in compartment Projects-A-and-B`,
    "Allow dynamic-group 'Dev'/'oke-nodes' to read repos in compartment prod:apps",
    `Allow dynamic-group id ${DYNAMIC_GROUP_OCID} to inspect repos in compartment id ${TENANCY}`,
    'Allow service objectstorage-us-ashburn-1, blockstorage to use keys in tenancy',
    "Allow any-user to read repos in tenancy where request.principal.type = 'nodepool'",
    'Allow any-group to inspect users in tenancy',
    "Allow group g to use repos in tenancy where all {target.repo.name = 'web', request.permission != 'REPOSITORY_DELETE'}",
    "Allow group g to use repos in tenancy where any {target.repo.name = /team-a-*/, all {target.repo.name = 'b', request.utc-timestamp before '2030-01-01T00:00Z'}}",
    "Allow group g to read repos in tenancy where request.utc-timestamp.day-of-week in ('monday', 'tuesday')",
    "Allow group g to read repos in tenancy where request.utc-timestamp.time-of-day between '09:00:00Z' and '17:00:00Z'",
    'Allow group g to manage groups in tenancy where target.group.member = true',
  ])('round trip: %s', (text) => {
    expect(PolicyStatement.parse(text).render()).toBe(text);
  });

  test('reads the parts', () => {
    const parsed = PolicyStatement.parse(`Allow group 'Dev'/'CI' to use repos in compartment id ${COMPARTMENT} where target.repo.name = 'web'`);
    expect(parsed.props.subject.kind).toBe('group');
    expect(parsed.props.subject.entries).toEqual(["'Dev'/'CI'"]);
    expect(parsed.props.verb).toBe(PolicyVerb.USE);
    expect(parsed.props.resourceType).toBe('repos');
    expect(parsed.props.location.kind).toBe('compartment-id');
    expect(parsed.props.location.compartmentOcid).toBe(COMPARTMENT);
    expect(parsed.props.conditions).toEqual(["target.repo.name = 'web'"]);
  });

  test('normalizes case and spacing', () => {
    const parsed = PolicyStatement.parse("  allow  GROUP ci-pushers\n TO Use repos IN Tenancy WHERE ALL { a = 'x' ,b='y' }");
    expect(parsed.render()).toBe("Allow group ci-pushers to use repos in tenancy where all {a = 'x', b = 'y'}");
  });

  test('unquoted domain-qualified name', () => {
    expect(PolicyStatement.parse('Allow group Dev/ci to use repos in tenancy').render()).toBe("Allow group 'Dev'/'ci' to use repos in tenancy");
  });

  test('round trip of every built statement', () => {
    const texts = [
      "Allow group g to read repos in tenancy where any {target.repo.name = 'a', target.repo.name = 'b'}",
      `Allow dynamic-group d to read repos in compartment id ${COMPARTMENT} where all {request.principal.type = 'instance', target.repo.name = /web-*/}`,
    ];
    for (const text of texts) {
      const parsed = PolicyStatement.parse(text);
      expect(PolicyStatement.parse(parsed.render()).render()).toBe(text);
    }
  });

  test.each([
    [
      'Endorse group A to manage all-resources in tenancy',
      "expected 'Allow' at character 1, found 'Endorse': only Allow statements are supported",
    ],
    ['Allow grp A to use repos in tenancy', 'expected a subject (group, dynamic-group, service, any-user or any-group) at character 7, found \'grp\''],
    [
      'Allow group , to use repos in tenancy',
      "expected a group name, '<domain>'/'<name>' or id <ocid> at character 13, found ','",
    ],
    [
      `Allow group id ${COMPARTMENT} to use repos in tenancy`,
      `expected a group OCID ('ocid1.group.<realm>.<region>.<unique id>') at character 16, found '${COMPARTMENT}'`,
    ],
    [
      'Allow dynamic-group id nope to use repos in tenancy',
      "expected a dynamic group OCID ('ocid1.dynamicgroup.<realm>.<region>.<unique id>') at character 24, found 'nope'",
    ],
    ['Allow group A use repos in tenancy', "expected 'to' at character 15, found 'use'"],
    ['Allow group A to write repos in tenancy', "expected a verb (inspect, read, use or manage) at character 18, found 'write'"],
    [
      'Allow group A to {REPOSITORY_READ} in tenancy',
      "expected a verb (inspect, read, use or manage) at character 18, found '{REPOSITORY_READ}': permission lists are not supported",
    ],
    ['Allow group A to use in tenancy', "expected a resource type such as 'repos' at character 22, found 'in'"],
    ['Allow group A to use repos', "expected 'in' and a location at character 27, found the end of the text"],
    ['Allow group A to use repos in region', "expected a location (tenancy, compartment <name> or compartment id <ocid>) at character 31, found 'region'"],
    [
      'Allow group A to use repos in compartment id ocid1.user.oc1..aaaa',
      "expected a compartment OCID ('ocid1.compartment.<realm>.<region>.<unique id>') at character 46, found 'ocid1.user.oc1..aaaa'",
    ],
    ['Allow group A to use repos in compartment', "expected a compartment name, path (Parent:Child) or id <ocid> at character 42, found the end of the text"],
    ['Allow group A to use repos in tenancy when', "expected 'where' and a condition, or the end of the statement at character 39, found 'when'"],
    [
      "Allow group A to use repos in tenancy where {a = 'b'}",
      "expected a condition (<variable> = '<value>', any {...} or all {...}) at character 45, found '{a'",
    ],
    ["Allow group A to use repos in tenancy where a ~ 'b'", "expected an operator (=, !=, before, after, in or between) at character 47, found '~'"],
    ['Allow group A to use repos in tenancy where a =', "expected a value ('<text>', /<pattern>/ or a variable) at character 48, found the end of the text"],
    ["Allow group A to use repos in tenancy where a = 'b", "expected a closing quote (') at character 51, found the end of the text"],
    ['Allow group A to use repos in tenancy where a = /b', 'expected a closing slash (/) at character 51, found the end of the text'],
    [
      "Allow group A to use repos in tenancy where a = 'b', c = 'd'",
      "expected the end of the statement at character 52, found ',': write several conditions as any {...} or all {...}",
    ],
    ["Allow group A to use repos in tenancy where all {a = 'b'", "expected ',' or '}' at character 57, found the end of the text"],
    ["Allow group A to use repos in tenancy where a in 'b'", "expected '(' and a list of values at character 50, found ''b''"],
    ["Allow group A to use repos in tenancy where a between 'x' 'y'", "expected 'and' at character 59, found ''y''"],
  ])('error for %s', (text, detail) => {
    expect(() => PolicyStatement.parse(text)).toThrow(PolicyParseError);
    expect(() => PolicyStatement.parse(text)).toThrow(`Policy statement '${text}' is invalid: ${detail}`);
  });

  test('error carries the position', () => {
    let caught: unknown;
    try {
      PolicyStatement.parse('Allow group A to write repos in tenancy');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PolicyParseError);
    expect((caught as PolicyParseError).position).toBe(18);
    expect((caught as PolicyParseError).found).toBe('write');
    expect((caught as PolicyParseError).expected).toBe('a verb (inspect, read, use or manage)');
  });
});

describe('PolicyStatement.parse references', () => {
  // Raw Terraform interpolations stand in for cdktf tokens here, so the expected texts are literal.
  test.each([
    'Allow group ${var.group} to read repos in tenancy',
    'Allow group id ${oci_identity_group.ci.id} to read repos in tenancy',
    'Allow dynamic-group id ${var.nodes} to read repos in compartment id ${var.compartment}',
    'Allow group team-${var.env}-pushers, b to use repos in compartment ${var.compartment_name}',
    "Allow group '${var.domain}'/'${var.group}' to use repos in tenancy",
    'Allow service ${var.service} to use keys in tenancy',
    'Allow group g to ${var.verb} ${var.resource_type} in tenancy',
    "Allow group g to read repos in tenancy where target.repo.name = '${var.repository}'",
    'Allow group g to read repos in tenancy where target.repo.name = ${var.repository}',
    'Allow group g to read repos in tenancy where ${var.condition}',
    "Allow group g to read repos in tenancy where all {target.repo.name = 'web', ${var.condition}}",
    'Allow group g to read repos in tenancy where target.repo.name = /${replace(var.prefix, "/", "-")}*/',
    'Allow group g to read repos in tenancy where request.utc-timestamp between ${var.start} and ${var.end}',
  ])('round trip: %s', (text) => {
    expect(PolicyStatement.parse(text).render()).toBe(text);
  });

  test('bare reference name kept bare', () => {
    const parsed = PolicyStatement.parse('Allow group ${var.group} to read repos in tenancy');
    expect(parsed.props.subject.kind).toBe('group');
    expect(parsed.props.subject.entries).toEqual(['${var.group}']);
  });

  test('unquoted domain-qualified reference quoted', () => {
    expect(PolicyStatement.parse('Allow group ${var.domain}/${var.group} to use repos in tenancy').render()).toBe(
      "Allow group '${var.domain}'/'${var.group}' to use repos in tenancy",
    );
  });

  test('cdktf tokens', () => {
    const { stack } = testStack();
    const name = new TerraformVariable(stack, 'name', { type: 'string' }).stringValue;
    const compartment = new TerraformVariable(stack, 'compartment', { type: 'string' }).stringValue;
    const text = `Allow group ${name} to read repos in compartment id ${compartment}`;
    const parsed = PolicyStatement.parse(text);
    expect(parsed.render()).toBe(text);
    expect(parsed.props.location.compartmentOcid).toBe(compartment);
  });

  test.each([
    [
      'Allow ${var.subject} to read repos in tenancy',
      "expected a subject (group, dynamic-group, service, any-user or any-group) at character 7, found '${var.subject}': a reference (${...}) can stand only for a name, an OCID, the verb, the resource type, a condition or a value",
    ],
    [
      'Allow group a to read repos in ${var.location}',
      "expected a location (tenancy, compartment <name> or compartment id <ocid>) at character 32, found '${var.location}': a reference (${...}) can stand only for a name, an OCID, the verb, the resource type, a condition or a value",
    ],
    [
      'Allow group ${var.group} read repos in tenancy',
      "expected 'to' at character 26, found 'read'",
    ],
    [
      "Allow group id ${var.group} to read repos in tenancy where a = 'b' ${var.more}",
      "expected the end of the statement at character 68, found '${var.more}': write several conditions as any {...} or all {...}",
    ],
    ['${var.statement}', "expected 'Allow' at character 1, found '${var.statement}': only Allow statements are supported"],
  ])('error for %s', (text, detail) => {
    expect(() => PolicyStatement.parse(text)).toThrow(`Policy statement '${text}' is invalid: ${detail}`);
  });

  test('unclosed reference is literal text', () => {
    expect(() => PolicyStatement.parse('Allow group ${var.group to read repos in tenancy')).toThrow(
      "Policy statement 'Allow group ${var.group to read repos in tenancy' is invalid: expected 'to' at character 14, found '{var.group'",
    );
  });

  test('text that is not a string', () => {
    expect(() => PolicyStatement.parse(5 as any)).toThrow('Policy statement 5 is not a string: pass the text to parse.');
  });
});
