import { TerraformStack, TerraformVariable, Testing, Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { OciAuthentication } from '../../lib/core/authentication';
import { OciEnvironment } from '../../lib/core/environment';
import { acknowledgeWarning } from '../../lib/core/warnings';
import { Group } from '../../lib/iam/group';
import { IamPolicy, MAX_STATEMENTS_PER_POLICY } from '../../lib/iam/policy';
import { PolicyLocation, PolicyStatement, PolicySubject, PolicyVerb, ResourceType } from '../../lib/iam/policy-statement';
import { COMPARTMENT, synthJson, TENANCY, testStack } from '../helpers/stack';

const OTHER_COMPARTMENT = 'ocid1.compartment.oc1..aaaaaaaaother';

function policies(stack: TerraformStack): any[] {
  return Object.values(synthJson(stack).resource.oci_identity_policy);
}

function warnings(scope: IConstruct): string[] {
  return scope.node.metadata.filter((entry) => entry.type === '@cdktf/warn').map((entry) => entry.data as string);
}

describe('IamPolicy', () => {
  test('synthesizes in the home region', () => {
    const { stack } = testStack();
    new IamPolicy(stack, 'policy', {
      name: 'ci-push',
      description: 'Lets CI push',
      statements: ['Allow group ci to use repos in tenancy'],
      freeformTags: { team: 'platform' },
    });
    expect(policies(stack)).toEqual([
      {
        compartment_id: TENANCY,
        description: 'Lets CI push',
        freeform_tags: { team: 'platform' },
        name: 'ci-push',
        provider: 'oci.home',
        statements: ['Allow group ci to use repos in tenancy'],
      },
    ]);
  });

  test('accepts objects and text and drops duplicates', () => {
    const { stack } = testStack();
    const policy = new IamPolicy(stack, 'policy', { name: 'p', compartmentOcid: COMPARTMENT });
    policy.addStatements(
      new PolicyStatement({
        subject: PolicySubject.group('ci'),
        verb: PolicyVerb.USE,
        resourceType: ResourceType.REPOS,
        location: PolicyLocation.compartmentId(COMPARTMENT),
      }),
      `allow group ci to use repos in compartment id ${COMPARTMENT}`,
    );
    policy.addStatementText("Allow group ci to read repos in compartment apps where target.repo.name = 'web'");
    expect(policy.statementCount).toBe(2);
    expect(policies(stack)[0].statements).toEqual([
      `Allow group ci to use repos in compartment id ${COMPARTMENT}`,
      "Allow group ci to read repos in compartment apps where target.repo.name = 'web'",
    ]);
  });

  test('rejects unparsable text at the call', () => {
    const { stack } = testStack();
    const policy = new IamPolicy(stack, 'policy', { name: 'p', statements: ['Allow group a to read repos in tenancy'] });
    expect(() => policy.addStatementText('Allow group a to read repos in tenancy', 'Allow group b to write repos in tenancy')).toThrow(
      "IamPolicy 'test/policy' has invalid configuration:\n" +
        "  - addStatementText[1]: 'Allow group b to write repos in tenancy' is not a valid policy statement: expected a verb (inspect, read, use or manage) at character 18, found 'write'",
    );
    expect(policy.statementCount).toBe(1);
  });

  test('reports every invalid prop together', () => {
    const { stack } = testStack();
    expect(
      () =>
        new IamPolicy(stack, 'policy', {
          name: 'ci push',
          description: 'x'.repeat(401),
          compartmentOcid: 'ocid1.vcn.oc1..aaaa',
          childCompartmentOcids: [TENANCY],
          statements: ['Endorse group a to read repos in tenancy', 'Allow group a to read repos'],
        }),
    ).toThrow(
      "IamPolicy 'test/policy' has invalid configuration:\n" +
        "  - name: 'ci push' must contain only letters, digits, '.', '-' and '_' (no spaces)\n" +
        `  - description: '${'x'.repeat(401)}' must be at most 400 characters long (it is 401)\n` +
        "  - compartmentOcid: 'ocid1.vcn.oc1..aaaa' is an OCID of kind 'vcn': expected 'ocid1.compartment.<realm>.<region>.<unique id>' or 'ocid1.tenancy.<realm>.<region>.<unique id>'\n" +
        `  - childCompartmentOcids[0]: '${TENANCY}' is an OCID of kind 'tenancy': expected 'ocid1.compartment.<realm>.<region>.<unique id>'\n` +
        "  - statements[0]: 'Endorse group a to read repos in tenancy' is not a valid policy statement: expected 'Allow' at character 1, found 'Endorse': only Allow statements are supported\n" +
        "  - statements[1]: 'Allow group a to read repos' is not a valid policy statement: expected 'in' and a location at character 28, found the end of the text",
    );
  });

  test('name length limit', () => {
    const { stack } = testStack();
    const name = 'p'.repeat(101);
    expect(() => new IamPolicy(stack, 'policy', { name, statements: ['Allow group a to read repos in tenancy'] })).toThrow(
      `IamPolicy 'test/policy' has invalid configuration:\n  - name: '${name}' must be 1 to 100 characters long (it is 101)`,
    );
  });

  test('allows 50 statements', () => {
    const { stack } = testStack();
    const statements = Array.from({ length: MAX_STATEMENTS_PER_POLICY }, (_, index) => `Allow group g${index} to read repos in tenancy`);
    new IamPolicy(stack, 'policy', { name: 'p', statements });
    expect(() => Testing.synth(stack, true)).not.toThrow();
    expect(policies(stack)[0].statements).toHaveLength(50);
  });

  test('rejects 51 statements at synth', () => {
    const { stack } = testStack();
    const statements = Array.from({ length: 51 }, (_, index) => `Allow group g${index} to read repos in tenancy`);
    new IamPolicy(stack, 'policy', { name: 'p', statements });
    expect(() => Testing.synth(stack, true)).toThrow("IamPolicy 'test/policy': statements: 51 statements must be at most 50 per policy");
  });

  test('rejects an empty policy at synth', () => {
    const { stack } = testStack();
    new IamPolicy(stack, 'policy', { name: 'p' });
    expect(() => Testing.synth(stack, true)).toThrow("IamPolicy 'test/policy': statements: [] must contain at least one statement");
  });

  test('waits for added dependencies', () => {
    const { stack } = testStack();
    const first = new IamPolicy(stack, 'first', { name: 'first', statements: ['Allow group a to read repos in tenancy'] });
    const second = new IamPolicy(stack, 'second', { name: 'second', statements: ['Allow group b to read repos in tenancy'] });
    second.addDependency(first.resource);
    second.addDependency(first.resource);
    const json = synthJson(stack);
    const resources = json.resource.oci_identity_policy;
    const firstKey = Object.keys(resources).find((key) => resources[key].name === 'first')!;
    const secondPolicy = Object.values(resources).find((policy: any) => policy.name === 'second') as any;
    expect(secondPolicy.depends_on).toEqual([`oci_identity_policy.${firstKey}`]);
  });
});

describe('IamPolicy locations', () => {
  test('tenancy policy may grant anywhere', () => {
    const { stack } = testStack();
    const policy = new IamPolicy(stack, 'policy', {
      name: 'p',
      statements: ['Allow group a to read repos in tenancy', `Allow group a to read repos in compartment id ${OTHER_COMPARTMENT}`],
    });
    expect(policy.statementCount).toBe(2);
  });

  test('compartment policy may grant in its compartment', () => {
    const { stack } = testStack();
    const policy = new IamPolicy(stack, 'policy', {
      name: 'p',
      compartmentOcid: COMPARTMENT,
      statements: [`Allow group a to read repos in compartment id ${COMPARTMENT}`, 'Allow group a to read repos in compartment apps'],
    });
    expect(policy.statementCount).toBe(2);
  });

  test('compartment policy rejects tenancy', () => {
    const { stack } = testStack();
    expect(
      () =>
        new IamPolicy(stack, 'policy', {
          name: 'p',
          compartmentOcid: COMPARTMENT,
          statements: ['Allow group a to read repos in tenancy', `Allow group a to read repos in compartment id ${TENANCY}`],
        }),
    ).toThrow(
      "IamPolicy 'test/policy' has invalid configuration:\n" +
        `  - statements[0]: 'Allow group a to read repos in tenancy' grants in the tenancy, but the policy is attached to compartment '${COMPARTMENT}': a policy grants only in its own compartment and those below it, so attach this statement's policy to the tenancy\n` +
        `  - statements[1]: 'Allow group a to read repos in compartment id ${TENANCY}' grants in the tenancy, but the policy is attached to compartment '${COMPARTMENT}': a policy grants only in its own compartment and those below it, so attach this statement's policy to the tenancy`,
    );
  });

  test('compartment policy rejects another compartment', () => {
    const { stack } = testStack();
    const policy = new IamPolicy(stack, 'policy', { name: 'p', compartmentOcid: COMPARTMENT });
    expect(() => policy.addStatementText(`Allow group a to read repos in compartment id ${OTHER_COMPARTMENT}`)).toThrow(
      "IamPolicy 'test/policy' has invalid configuration:\n" +
        `  - addStatementText[0]: 'Allow group a to read repos in compartment id ${OTHER_COMPARTMENT}' names compartment '${OTHER_COMPARTMENT}', but the policy is attached to compartment '${COMPARTMENT}': attach the policy to '${OTHER_COMPARTMENT}' or a compartment above it, or list '${OTHER_COMPARTMENT}' in childCompartmentOcids if it is below '${COMPARTMENT}'`,
    );
  });

  test('listed child compartment allowed', () => {
    const { stack } = testStack();
    const policy = new IamPolicy(stack, 'policy', {
      name: 'p',
      compartmentOcid: COMPARTMENT,
      childCompartmentOcids: [OTHER_COMPARTMENT],
      statements: [`Allow group a to read repos in compartment id ${OTHER_COMPARTMENT}`],
    });
    expect(policy.statementCount).toBe(1);
  });

  test('unknown compartments pass', () => {
    const { stack, environment } = testStack();
    const token = environment.availabilityDomains.compartmentId;
    const policy = new IamPolicy(stack, 'policy', { name: 'p', compartmentOcid: COMPARTMENT });
    policy.addStatements(
      new PolicyStatement({
        subject: PolicySubject.group('a'),
        verb: PolicyVerb.READ,
        resourceType: ResourceType.REPOS,
        location: PolicyLocation.compartmentId(token),
      }),
    );
    const tokenPolicy = new IamPolicy(stack, 'token-policy', { name: 'q', compartmentOcid: token });
    tokenPolicy.addStatementText('Allow group a to read repos in tenancy');
    expect(policy.statementCount).toBe(1);
    expect(tokenPolicy.statementCount).toBe(1);
  });
});

describe('IamPolicy names', () => {
  test('duplicate name in one stack', () => {
    const { stack } = testStack();
    new IamPolicy(stack, 'first', { name: 'ci-push', statements: ['Allow group a to read repos in tenancy'] });
    expect(() => new IamPolicy(stack, 'second', { name: 'CI-Push', statements: ['Allow group a to read repos in tenancy'] })).toThrow(
      "IamPolicy 'test/second' has invalid configuration:\n" +
        "  - name: 'CI-Push' is already the name of IamPolicy 'test/first' in this app: policy names must be unique in the tenancy",
    );
  });

  test('duplicate name across stacks', () => {
    const { app, stack } = testStack();
    const other = new TerraformStack(app, 'other');
    new OciEnvironment(other, 'oci', {
      region: 'us-ashburn-1',
      tenancyOcid: TENANCY,
      homeRegion: 'us-ashburn-1',
      authentication: OciAuthentication.apiKey('DEFAULT'),
    });
    new IamPolicy(stack, 'first', { name: 'ci-push', statements: ['Allow group a to read repos in tenancy'] });
    expect(() => new IamPolicy(other, 'second', { name: 'ci-push', statements: ['Allow group a to read repos in tenancy'] })).toThrow(
      "IamPolicy 'other/second' has invalid configuration:\n" +
        "  - name: 'ci-push' is already the name of IamPolicy 'test/first' in this app: policy names must be unique in the tenancy",
    );
  });

  test('same name in another tenancy', () => {
    const { app, stack } = testStack();
    const other = new TerraformStack(app, 'other');
    new OciEnvironment(other, 'oci', {
      region: 'us-ashburn-1',
      tenancyOcid: 'ocid1.tenancy.oc1..aaaaaaaaother',
      homeRegion: 'us-ashburn-1',
      authentication: OciAuthentication.apiKey('DEFAULT'),
    });
    new IamPolicy(stack, 'first', { name: 'ci-push', statements: ['Allow group a to read repos in tenancy'] });
    const second = new IamPolicy(other, 'second', { name: 'ci-push', statements: ['Allow group a to read repos in tenancy'] });
    expect(second.name).toBe('ci-push');
  });

  test('invalid policy does not claim its name', () => {
    const { stack } = testStack();
    expect(() => new IamPolicy(stack, 'bad', { name: 'ci-push', statements: ['nonsense'] })).toThrow(/^IamPolicy 'test\/bad' has invalid configuration:/);
    const good = new IamPolicy(stack, 'good', { name: 'ci-push', statements: ['Allow group a to read repos in tenancy'] });
    expect(good.name).toBe('ci-push');
  });
});

describe('IamPolicy broad grants', () => {
  test('warns on manage all-resources', () => {
    const { stack } = testStack();
    const policy = new IamPolicy(stack, 'policy', {
      name: 'p',
      compartmentOcid: COMPARTMENT,
      statements: [`Allow group admins to manage all-resources in compartment id ${COMPARTMENT}`],
    });
    Testing.synth(stack, true);
    expect(warnings(policy)).toEqual([
      `Statement 'Allow group admins to manage all-resources in compartment id ${COMPARTMENT}' grants manage on all-resources: grant a narrower resource type unless full control is intended [oci:broad-grant]`,
    ]);
  });

  test('warns on manage family in tenancy', () => {
    const { stack } = testStack();
    const policy = new IamPolicy(stack, 'policy', {
      name: 'p',
      statements: ['Allow group net to manage virtual-network-family in tenancy', 'Allow group net to manage virtual-network-family in compartment apps'],
    });
    Testing.synth(stack, true);
    Testing.synth(stack, true);
    expect(warnings(policy)).toEqual([
      "Statement 'Allow group net to manage virtual-network-family in tenancy' grants manage on the whole virtual-network-family in the tenancy: grant it in a compartment unless tenancy-wide control is intended [oci:broad-grant]",
    ]);
  });

  test('no warning for narrow grants', () => {
    const { stack } = testStack();
    const policy = new IamPolicy(stack, 'policy', {
      name: 'p',
      statements: ['Allow group ci to manage repos in tenancy', 'Allow group ops to use all-resources in tenancy'],
    });
    Testing.synth(stack, true);
    expect(warnings(policy)).toEqual([]);
  });

  test('acknowledged after adding', () => {
    const { stack } = testStack();
    const policy = new IamPolicy(stack, 'policy', { name: 'p', statements: ['Allow group admins to manage all-resources in tenancy'] });
    acknowledgeWarning(policy, 'oci:broad-grant');
    Testing.synth(stack, true);
    expect(warnings(policy)).toEqual([]);
  });
});

describe('IamPolicy references', () => {
  test('reference inside text', () => {
    const { stack } = testStack();
    const group = new Group(stack, 'pushers', { name: 'ci-pushers' });
    const policy = new IamPolicy(stack, 'policy', { name: 'p' });
    policy.addStatementText(`Allow group id ${group.groupOcid} to read repos in tenancy`);
    const groupKey = Object.keys(synthJson(stack).resource.oci_identity_group)[0];
    expect(policies(stack)[0].statements).toEqual([`Allow group id \${oci_identity_group.${groupKey}.id} to read repos in tenancy`]);
  });

  test('reference as a name', () => {
    const { stack } = testStack();
    const groupName = new TerraformVariable(stack, 'group', { type: 'string' }).stringValue;
    new IamPolicy(stack, 'policy', {
      name: 'p',
      compartmentOcid: COMPARTMENT,
      statements: [`Allow group ${groupName} to read repos in compartment id ${COMPARTMENT}`],
    });
    expect(policies(stack)[0].statements).toEqual([`Allow group \${var.group} to read repos in compartment id ${COMPARTMENT}`]);
  });

  test('statement that is a reference', () => {
    const { stack } = testStack();
    const statement = new TerraformVariable(stack, 'statement', { type: 'string' }).stringValue;
    const policy = new IamPolicy(stack, 'policy', { name: 'p', statements: [statement, 'Allow group a to read repos in tenancy'] });
    expect(policy.statementCount).toBe(2);
    expect(policies(stack)[0].statements).toEqual(['${var.statement}', 'Allow group a to read repos in tenancy']);
  });

  test('literal parts still checked', () => {
    const { stack } = testStack();
    const groupName = new TerraformVariable(stack, 'group', { type: 'string' }).stringValue;
    const policy = new IamPolicy(stack, 'policy', { name: 'p' });
    const text = `Allow group ${groupName} to write repos in tenancy`;
    // The position counts the characters of the token as the text contains them.
    const position = text.indexOf('write') + 1;
    expect(() => policy.addStatementText(text)).toThrow(
      "IamPolicy 'test/policy' has invalid configuration:\n" +
        `  - addStatementText[0]: '${text}' is not a valid policy statement: expected a verb (inspect, read, use or manage) at character ${position}, found 'write'`,
    );
  });

  test('list token as statements', () => {
    const { stack } = testStack();
    const statements = new TerraformVariable(stack, 'statements', { type: 'list(string)' });
    const policy = new IamPolicy(stack, 'policy', { name: 'p', statements: statements.listValue });
    expect(policy.statementCount).toBe(0);
    expect(() => Testing.synth(stack, true)).not.toThrow();
    expect(policies(stack)[0].statements).toBe('${var.statements}');
  });

  test('list token among statements', () => {
    const { stack } = testStack();
    const statements = new TerraformVariable(stack, 'statements', { type: 'list(string)' });
    const policy = new IamPolicy(stack, 'policy', { name: 'p', statements: ['Allow group a to read repos in tenancy'] });
    policy.addStatementText(...Token.asList(statements.value));
    policy.addStatements('Allow group b to read repos in tenancy');
    expect(policy.statementCount).toBe(2);
    expect(policies(stack)[0].statements).toBe(
      '${concat(["Allow group a to read repos in tenancy"], var.statements, ["Allow group b to read repos in tenancy"])}',
    );
  });

  test('list token of child compartments', () => {
    const { stack } = testStack();
    const children = new TerraformVariable(stack, 'children', { type: 'list(string)' });
    const policy = new IamPolicy(stack, 'policy', {
      name: 'p',
      compartmentOcid: COMPARTMENT,
      childCompartmentOcids: children.listValue,
      statements: [`Allow group a to read repos in compartment id ${OTHER_COMPARTMENT}`],
    });
    expect(policy.statementCount).toBe(1);
  });

  test('token among child compartments', () => {
    const { stack } = testStack();
    const child = new TerraformVariable(stack, 'child', { type: 'string' }).stringValue;
    expect(
      () =>
        new IamPolicy(stack, 'policy', {
          name: 'p',
          compartmentOcid: COMPARTMENT,
          childCompartmentOcids: [child, 'ocid1.vcn.oc1..aaaa'],
          statements: [`Allow group a to read repos in compartment id ${OTHER_COMPARTMENT}`],
        }),
    ).toThrow(
      "IamPolicy 'test/policy' has invalid configuration:\n" +
        "  - childCompartmentOcids[1]: 'ocid1.vcn.oc1..aaaa' is an OCID of kind 'vcn': expected 'ocid1.compartment.<realm>.<region>.<unique id>'",
    );
  });
});

describe('IamPolicy input types', () => {
  test.each([
    [undefined, '  - name: undefined is missing: give the policy a name of 1 to 100 characters'],
    [null, '  - name: null must be a string'],
    [5, '  - name: 5 must be a string'],
  ])('name %p', (name, line) => {
    const { stack } = testStack();
    expect(() => new IamPolicy(stack, 'policy', { name: name as any, statements: ['Allow group a to read repos in tenancy'] })).toThrow(
      `IamPolicy 'test/policy' has invalid configuration:\n${line}`,
    );
  });

  test('statements that are not statements', () => {
    const { stack } = testStack();
    expect(() => new IamPolicy(stack, 'policy', { name: 'p', statements: [undefined, 5, null, { verb: 'read' }] as any })).toThrow(
      "IamPolicy 'test/policy' has invalid configuration:\n" +
        '  - statements[0]: undefined must be a PolicyStatement or the text of a policy statement\n' +
        '  - statements[1]: 5 must be a PolicyStatement or the text of a policy statement\n' +
        '  - statements[2]: null must be a PolicyStatement or the text of a policy statement\n' +
        '  - statements[3]: {"verb":"read"} must be a PolicyStatement or the text of a policy statement',
    );
  });

  test('statements not a list', () => {
    const { stack } = testStack();
    expect(() => new IamPolicy(stack, 'policy', { name: 'p', statements: 'Allow group a to read repos in tenancy' as any })).toThrow(
      "IamPolicy 'test/policy' has invalid configuration:\n" +
        "  - statements: 'Allow group a to read repos in tenancy' must be a list of PolicyStatement objects or statement texts",
    );
  });

  test('description and child compartments of wrong type', () => {
    const { stack } = testStack();
    expect(
      () =>
        new IamPolicy(stack, 'policy', {
          name: 'p',
          description: 5 as any,
          childCompartmentOcids: [5] as any,
          statements: ['Allow group a to read repos in tenancy'],
        }),
    ).toThrow(
      "IamPolicy 'test/policy' has invalid configuration:\n" +
        '  - description: 5 must be a string\n' +
        '  - childCompartmentOcids[0]: 5 must be a string',
    );
  });

  test('child compartments not a list', () => {
    const { stack } = testStack();
    expect(
      () => new IamPolicy(stack, 'policy', { name: 'p', childCompartmentOcids: COMPARTMENT as any, statements: ['Allow group a to read repos in tenancy'] }),
    ).toThrow(`IamPolicy 'test/policy' has invalid configuration:\n  - childCompartmentOcids: '${COMPARTMENT}' must be an array`);
  });

  test('statement changed after it was built', () => {
    const { stack } = testStack();
    const conditions = [PolicyStatement.equals('target.repo.name', 'web')];
    const statement = new PolicyStatement({
      subject: PolicySubject.group('a'),
      verb: PolicyVerb.READ,
      resourceType: ResourceType.REPOS,
      location: PolicyLocation.tenancy(),
      conditions,
    });
    conditions.push('nonsense ) (');
    const policy = new IamPolicy(stack, 'policy', { name: 'p' });
    expect(() => policy.addStatements(statement)).toThrow(
      "IamPolicy 'test/policy' has invalid configuration:\n" +
        "  - addStatements[0]: 'Allow group a to read repos in tenancy where all {target.repo.name = 'web', nonsense ) (}' is not a valid policy statement: expected an operator (=, !=, before, after, in or between) at character 86, found ')'",
    );
  });
});
