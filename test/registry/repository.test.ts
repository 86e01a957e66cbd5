import { TerraformOutput, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { OciAuthentication } from '../../lib/core/authentication';
import { OciEnvironment } from '../../lib/core/environment';
import { formatValue, OciValidationError } from '../../lib/core/validation';
import { acknowledgeWarning } from '../../lib/core/warnings';
import { IGrantable } from '../../lib/iam/grantable';
import { PolicySubject } from '../../lib/iam/policy-statement';
import { ContainerRepository, ContainerRepositoryProps } from '../../lib/registry/repository';
import { Construct, IConstruct } from 'constructs';
import { COMPARTMENT, synthJson, TENANCY, testStack } from '../helpers/stack';

const OTHER_COMPARTMENT = 'ocid1.compartment.oc1..aaaaaaaaother';
const DIGEST = 'sha256:6c3c624b58dbbcd3c0dd82b4c53f04194d1247c6eebdaab7c610cf7d66709b3b';

function repository(props: Partial<ContainerRepositoryProps> = {}) {
  const { app, stack, environment } = testStack();
  const repo = new ContainerRepository(stack, 'web', { repositoryName: 'team/web', compartmentOcid: COMPARTMENT, ...props });
  return { app, stack, environment, repo };
}

function onlyResource(json: any, type: string): any {
  const resources = Object.values(json.resource[type] ?? {});
  expect(resources).toHaveLength(1);
  return resources[0];
}

function errorMessage(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(OciValidationError);
    return (error as Error).message;
  }
  throw new Error('expected an OciValidationError, but nothing was thrown');
}

function nameError(repositoryName: string): string {
  const { stack } = testStack();
  return errorMessage(() => new ContainerRepository(stack, 'web', { repositoryName, compartmentOcid: COMPARTMENT }));
}

/** Creates a principal without resources of its own, so the policy gets no dependencies. */
function grantee(scope: Construct, id: string, subject: PolicySubject): IGrantable {
  return Object.assign(new Construct(scope, id), { grantSubject: subject });
}

function warnings(construct: Construct): string[] {
  return construct.node.metadata.filter((entry) => entry.type === '@cdktf/warn').map((entry) => entry.data as string);
}

/** Synthesizes the stack and returns the value of an output that contains `value`. */
function synthesizedValue(stack: TerraformStack, value: string): string {
  new TerraformOutput(stack, 'probe', { value });
  return synthJson(stack).output.probe.value;
}

describe('ContainerRepository resource', () => {
  test('defaults to private, mutable and protected from destroy', () => {
    const { stack } = repository();
    expect(onlyResource(synthJson(stack), 'oci_artifacts_container_repository')).toEqual({
      compartment_id: COMPARTMENT,
      display_name: 'team/web',
      is_immutable: false,
      is_public: false,
      lifecycle: { prevent_destroy: true },
      provider: 'oci',
    });
  });

  test('writes every prop', () => {
    const { stack } = repository({
      isPublic: true,
      isImmutable: true,
      readme: { content: '# Web\nThe storefront.', format: 'TEXT_MARKDOWN' },
      freeformTags: { team: 'web' },
      definedTags: { 'Operations.CostCenter': '42' },
      preventDestroy: false,
    });
    expect(onlyResource(synthJson(stack), 'oci_artifacts_container_repository')).toEqual({
      compartment_id: COMPARTMENT,
      defined_tags: { 'Operations.CostCenter': '42' },
      display_name: 'team/web',
      freeform_tags: { team: 'web' },
      is_immutable: true,
      is_public: true,
      provider: 'oci',
      readme: { content: '# Web\nThe storefront.', format: 'TEXT_MARKDOWN' },
    });
  });

  test('plain text readme', () => {
    const { stack } = repository({ readme: { content: 'The storefront.', format: 'TEXT_PLAIN' } });
    expect(onlyResource(synthJson(stack), 'oci_artifacts_container_repository').readme).toEqual({
      content: 'The storefront.',
      format: 'TEXT_PLAIN',
    });
  });

  test('exposes name, compartment and OCID', () => {
    const { stack, repo } = repository();
    expect(repo.repositoryName).toBe('team/web');
    expect(repo.compartmentOcid).toBe(COMPARTMENT);
    expect(synthesizedValue(stack, repo.repositoryOcid)).toMatch(/^\$\{oci_artifacts_container_repository\.web_resource_[0-9A-F]+\.id\}$/);
  });

  test('root compartment is accepted', () => {
    const { stack } = repository({ compartmentOcid: TENANCY });
    expect(onlyResource(synthJson(stack), 'oci_artifacts_container_repository').compartment_id).toBe(TENANCY);
  });
});

describe('ContainerRepository image references', () => {
  const namespace = /\$\{data\.oci_objectstorage_namespace\.oci_namespace_[0-9A-F]+\.namespace\}/.source;

  test('repositoryUri uses region key and tenancy namespace', () => {
    const { stack, repo } = repository();
    expect(synthesizedValue(stack, repo.repositoryUri)).toMatch(new RegExp(`^iad\\.ocir\\.io/${namespace}/team/web$`));
  });

  test('imageUri appends the tag', () => {
    const { stack, repo } = repository();
    expect(synthesizedValue(stack, repo.imageUri('v1.2.3'))).toMatch(new RegExp(`^iad\\.ocir\\.io/${namespace}/team/web:v1\\.2\\.3$`));
  });

  test('imageUriForDigest appends the digest', () => {
    const { stack, repo } = repository();
    expect(synthesizedValue(stack, repo.imageUriForDigest(DIGEST))).toMatch(new RegExp(`^iad\\.ocir\\.io/${namespace}/team/web@${DIGEST}$`));
  });

  test('host follows the stack region', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'frankfurt');
    new OciEnvironment(stack, 'oci', {
      region: 'eu-frankfurt-1',
      tenancyOcid: TENANCY,
      homeRegion: 'eu-frankfurt-1',
      authentication: OciAuthentication.apiKey('DEFAULT'),
    });
    const repo = new ContainerRepository(stack, 'web', { repositoryName: 'web', compartmentOcid: COMPARTMENT });
    expect(synthesizedValue(stack, repo.imageUri('latest'))).toMatch(new RegExp(`^fra\\.ocir\\.io/${namespace}/web:latest$`));
  });

  test.each([['latest'], ['v1.2.3'], ['_build'], ['RC-1_final.2'], ['a'.repeat(128)]])('tag %p is accepted', (tag) => {
    const { repo } = repository();
    expect(repo.imageUri(tag).endsWith(`/team/web:${tag}`)).toBe(true);
  });

  test.each([
    ['', "  - imageUri(tag): '' must not be empty"],
    ['a'.repeat(129), `  - imageUri(tag): '${'a'.repeat(129)}' must be at most 128 characters, not 129`],
    ['v1 beta/2', "  - imageUri(tag): 'v1 beta/2' must contain only letters, digits, '_', '.' and '-': found ' ', '/'"],
    ['.hidden', "  - imageUri(tag): '.hidden' must start with a letter, digit or '_'"],
    ['-rc', "  - imageUri(tag): '-rc' must start with a letter, digit or '_'"],
  ])('tag %p is rejected', (tag, problem) => {
    const { repo } = repository();
    expect(errorMessage(() => repo.imageUri(tag))).toBe(`ContainerRepository 'test/web' has invalid configuration:\n${problem}`);
  });

  test('tag breaking several rules lists each', () => {
    const { repo } = repository();
    expect(errorMessage(() => repo.imageUri('-a b'))).toBe(
      "ContainerRepository 'test/web' has invalid configuration:\n" +
        "  - imageUri(tag): '-a b' must contain only letters, digits, '_', '.' and '-': found ' '\n" +
        "  - imageUri(tag): '-a b' must start with a letter, digit or '_'",
    );
  });

  test.each([
    ['sha256:abc'],
    [DIGEST.toUpperCase()],
    [`sha256:${'A'.repeat(64)}`],
    [`sha512:${'a'.repeat(128)}`],
    [DIGEST.slice('sha256:'.length)],
    [`${DIGEST}0`],
  ])('digest %p is rejected', (digest) => {
    const { repo } = repository();
    expect(errorMessage(() => repo.imageUriForDigest(digest))).toBe(
      "ContainerRepository 'test/web' has invalid configuration:\n" +
        `  - imageUriForDigest(digest): '${digest}' must be 'sha256:' followed by 64 lowercase hexadecimal digits`,
    );
  });

  test('token tag and digest pass', () => {
    const { stack, repo } = repository();
    const tag = new TerraformVariable(stack, 'tag', { type: 'string' });
    const digest = new TerraformVariable(stack, 'digest', { type: 'string' });
    expect(synthesizedValue(stack, repo.imageUri(tag.stringValue))).toMatch(new RegExp(`^iad\\.ocir\\.io/${namespace}/team/web:\\$\\{var\\.tag\\}$`));
    expect(() => repo.imageUriForDigest(digest.stringValue)).not.toThrow();
  });
});

describe('ContainerRepository name rules', () => {
  const header = "ContainerRepository 'test/web' has invalid configuration:\n";

  test.each([['web'], ['team/web'], ['a.b_c-d/e1'], ['0'], ['project01/acme-web-app/component1/subcomponent1'], ['a'.repeat(255)]])(
    'name %p is accepted',
    (repositoryName) => {
      const { stack } = testStack();
      expect(() => new ContainerRepository(stack, 'web', { repositoryName, compartmentOcid: COMPARTMENT })).not.toThrow();
    },
  );

  test('empty name', () => {
    expect(nameError('')).toBe(`${header}  - repositoryName: '' must not be empty`);
  });

  test('too long', () => {
    const name = 'a'.repeat(256);
    expect(nameError(name)).toBe(`${header}  - repositoryName: '${name}' must be at most 255 characters, not 256`);
  });

  test('uppercase letters', () => {
    expect(nameError('Team/Web')).toBe(`${header}  - repositoryName: 'Team/Web' must be lowercase: found 'T', 'W'`);
  });

  test('characters outside the set', () => {
    expect(nameError('team web:1')).toBe(
      `${header}  - repositoryName: 'team web:1' must contain only lowercase letters, digits and the separators '.', '_', '-' and '/': found ' ', ':'`,
    );
  });

  test('leading separator', () => {
    expect(nameError('/web')).toBe(`${header}  - repositoryName: '/web' must start with a letter or digit`);
  });

  test('trailing separator', () => {
    expect(nameError('team/')).toBe(`${header}  - repositoryName: 'team/' must end with a letter or digit`);
  });

  test('consecutive separators', () => {
    expect(nameError('team//web-.app')).toBe(
      `${header}  - repositoryName: 'team//web-.app' must not contain consecutive separators: found '//', '-.'`,
    );
  });

  test('every broken rule on its own line', () => {
    const name = `_Web--app!/${'x'.repeat(250)}.`;
    expect(nameError(name)).toBe(
      header +
        [
          `  - repositoryName: '${name}' must be at most 255 characters, not ${name.length}`,
          `  - repositoryName: '${name}' must be lowercase: found 'W'`,
          `  - repositoryName: '${name}' must contain only lowercase letters, digits and the separators '.', '_', '-' and '/': found '!'`,
          `  - repositoryName: '${name}' must start with a letter or digit`,
          `  - repositoryName: '${name}' must end with a letter or digit`,
          `  - repositoryName: '${name}' must not contain consecutive separators: found '--'`,
        ].join('\n'),
    );
  });

  test('rules agree with the distribution spec grammar', () => {
    const grammar = /^[a-z0-9]+([._-][a-z0-9]+)*(\/[a-z0-9]+([._-][a-z0-9]+)*)*$/;
    const samples = ['web', 'a/b/c', 'a.b', 'a_b', 'a-b', 'a..b', 'a__b', 'a--b', 'a/-b', '.a', 'a.', '/', 'A', 'a b', 'a/b.c_d-e', '9', '-'];
    for (const sample of samples) {
      const { stack } = testStack();
      let accepted = true;
      try {
        new ContainerRepository(stack, 'web', { repositoryName: sample, compartmentOcid: COMPARTMENT });
      } catch {
        accepted = false;
      }
      expect([sample, accepted]).toEqual([sample, grammar.test(sample)]);
    }
  });

  test('compartment of another kind', () => {
    const { stack } = testStack();
    expect(errorMessage(() => new ContainerRepository(stack, 'web', { repositoryName: 'web', compartmentOcid: 'ocid1.vcn.oc1.iad.abc' }))).toBe(
      `${header}  - compartmentOcid: 'ocid1.vcn.oc1.iad.abc' is an OCID of kind 'vcn': expected ` +
        "'ocid1.compartment.<realm>.<region>.<unique id>' or 'ocid1.tenancy.<realm>.<region>.<unique id>'",
    );
  });

  test('compartment not an OCID', () => {
    const { stack } = testStack();
    expect(errorMessage(() => new ContainerRepository(stack, 'web', { repositoryName: 'web', compartmentOcid: 'not-an-ocid' }))).toBe(
      `${header}  - compartmentOcid: 'not-an-ocid' is not an OCID: expected ` +
        "'ocid1.compartment.<realm>.<region>.<unique id>' or 'ocid1.tenancy.<realm>.<region>.<unique id>'",
    );
  });

  test('missing name and compartment', () => {
    const { stack } = testStack();
    expect(errorMessage(() => new ContainerRepository(stack, 'web', {} as ContainerRepositoryProps))).toBe(
      header +
        '  - repositoryName: undefined is missing: set the repository name, such as team/web\n' +
        '  - compartmentOcid: undefined is missing: set the OCID of the compartment that contains the repository',
    );
  });

  test('unknown readme format', () => {
    const { stack } = testStack();
    const readme = { content: 'x', format: 'TEXT_HTML' } as any;
    expect(errorMessage(() => new ContainerRepository(stack, 'web', { repositoryName: 'web', compartmentOcid: COMPARTMENT, readme }))).toBe(
      `${header}  - readme.format: 'TEXT_HTML' is not a readme format: use 'TEXT_PLAIN' or 'TEXT_MARKDOWN'`,
    );
  });

  test('token name and compartment pass', () => {
    const { stack } = testStack();
    const name = new TerraformVariable(stack, 'name', { type: 'string' });
    const compartment = new TerraformVariable(stack, 'compartment', { type: 'string' });
    new ContainerRepository(stack, 'web', { repositoryName: name.stringValue, compartmentOcid: compartment.stringValue });
    new ContainerRepository(stack, 'api', { repositoryName: name.stringValue, compartmentOcid: compartment.stringValue });
    const repositories = Object.values(synthJson(stack).resource.oci_artifacts_container_repository) as any[];
    expect(repositories.map((resource) => [resource.display_name, resource.compartment_id])).toEqual([
      ['${var.name}', '${var.compartment}'],
      ['${var.name}', '${var.compartment}'],
    ]);
  });
});

describe('ContainerRepository prop types', () => {
  const header = "ContainerRepository 'test/web' has invalid configuration:\n";

  function propsError(props: Record<string, unknown>): string {
    const { stack } = testStack();
    return errorMessage(() => new ContainerRepository(stack, 'web', { repositoryName: 'web', compartmentOcid: COMPARTMENT, ...props } as any));
  }

  test.each([
    [null, 'null'],
    [123, '123'],
    [['a'], '["a"]'],
    [{}, '{}'],
    [true, 'true'],
  ])('name %p is not a string', (repositoryName, shown) => {
    expect(propsError({ repositoryName })).toBe(`${header}  - repositoryName: ${shown} must be a string`);
  });

  test('compartment given as a list', () => {
    expect(propsError({ compartmentOcid: [COMPARTMENT] })).toBe(`${header}  - compartmentOcid: ["${COMPARTMENT}"] must be a string`);
  });

  test('no props at all', () => {
    const { stack } = testStack();
    expect(errorMessage(() => new (ContainerRepository as any)(stack, 'web'))).toBe(
      header +
        '  - repositoryName: undefined is missing: set the repository name, such as team/web\n' +
        '  - compartmentOcid: undefined is missing: set the OCID of the compartment that contains the repository',
    );
  });

  test('booleans are strict', () => {
    expect(propsError({ isPublic: 'true', isImmutable: 1, preventDestroy: 0 })).toBe(
      header +
        "  - isPublic: 'true' must be true or false\n" +
        '  - isImmutable: 1 must be true or false\n' +
        '  - preventDestroy: 0 must be true or false',
    );
  });

  test('preventDestroy reference', () => {
    const { stack } = testStack();
    const keep = new TerraformVariable(stack, 'keep', { type: 'bool' });
    const message = errorMessage(() => new ContainerRepository(stack, 'web', { repositoryName: 'web', compartmentOcid: COMPARTMENT, preventDestroy: keep.booleanValue as any }));
    expect(message).toBe(
      `${header}  - preventDestroy: ${formatValue(keep.booleanValue)} is a reference, but Terraform reads lifecycle settings before it evaluates references: pass true or false`,
    );
  });

  test('isPublic reference passes', () => {
    const { stack } = testStack();
    const open = new TerraformVariable(stack, 'open', { type: 'bool' });
    new ContainerRepository(stack, 'web', { repositoryName: 'web', compartmentOcid: COMPARTMENT, isPublic: open.booleanValue as any });
    expect(onlyResource(synthJson(stack), 'oci_artifacts_container_repository').is_public).toBe('${var.open}');
  });

  test('readme null', () => {
    expect(propsError({ readme: null })).toBe(`${header}  - readme: null must be an object`);
  });

  test('readme without content or format', () => {
    expect(propsError({ readme: {} })).toBe(
      header +
        '  - readme.content: undefined is missing: set the readme text\n' +
        "  - readme.format: undefined is missing: set 'TEXT_PLAIN' or 'TEXT_MARKDOWN'",
    );
  });

  test('readme content not a string', () => {
    expect(propsError({ readme: { content: 42, format: 'TEXT_PLAIN' } })).toBe(`${header}  - readme.content: 42 must be a string`);
  });

  test('tags not an object or not strings', () => {
    expect(propsError({ freeformTags: ['team'], definedTags: { 'ops.cost-center': 42 } })).toBe(
      header + '  - freeformTags: ["team"] must be an object\n' + "  - definedTags.ops.cost-center: 42 must be a string",
    );
  });

  test.each([
    [undefined, '  - imageUri(tag): undefined is missing: pass a tag, such as v1.2.0'],
    [5, '  - imageUri(tag): 5 must be a string'],
    [null, '  - imageUri(tag): null must be a string'],
  ])('imageUri(%p)', (tag, problem) => {
    const { repo } = repository();
    expect(errorMessage(() => repo.imageUri(tag as any))).toBe(`${header}${problem}`);
  });

  test.each([
    [undefined, "  - imageUriForDigest(digest): undefined is missing: pass a digest, such as 'sha256:' followed by 64 hexadecimal digits"],
    [256, '  - imageUriForDigest(digest): 256 must be a string'],
  ])('imageUriForDigest(%p)', (digest, problem) => {
    const { repo } = repository();
    expect(errorMessage(() => repo.imageUriForDigest(digest as any))).toBe(`${header}${problem}`);
  });

  test('import without attributes', () => {
    const { stack } = testStack();
    expect(errorMessage(() => (ContainerRepository.fromRepositoryAttributes as any)(stack, 'web'))).toBe(
      header +
        '  - repositoryName: undefined is missing: set the repository name, such as team/web\n' +
        '  - compartmentOcid: undefined is missing: set the OCID of the compartment that contains the repository',
    );
  });
});

describe('ContainerRepository duplicate names', () => {
  test('same name twice in a tenancy and region', () => {
    const { stack } = testStack();
    new ContainerRepository(stack, 'first', { repositoryName: 'team/web', compartmentOcid: COMPARTMENT });
    expect(errorMessage(() => new ContainerRepository(stack, 'second', { repositoryName: 'team/web', compartmentOcid: OTHER_COMPARTMENT }))).toBe(
      "ContainerRepository 'test/second' has invalid configuration:\n" +
        "  - repositoryName: 'team/web' is already used by ContainerRepository 'test/first' in region us-ashburn-1: " +
        'repository names must be unique across all compartments of a tenancy, so give one of them another name',
    );
  });

  test('same name in another stack of the app', () => {
    const { app, stack } = testStack();
    new ContainerRepository(stack, 'web', { repositoryName: 'team/web', compartmentOcid: COMPARTMENT });
    const other = new TerraformStack(app, 'other');
    new OciEnvironment(other, 'oci', {
      region: 'us-ashburn-1',
      tenancyOcid: TENANCY,
      homeRegion: 'us-ashburn-1',
      authentication: OciAuthentication.apiKey('DEFAULT'),
    });
    expect(errorMessage(() => new ContainerRepository(other, 'web', { repositoryName: 'team/web', compartmentOcid: COMPARTMENT }))).toContain(
      "is already used by ContainerRepository 'test/web' in region us-ashburn-1",
    );
  });

  test('same name in another region passes', () => {
    const { app, stack } = testStack();
    new ContainerRepository(stack, 'web', { repositoryName: 'team/web', compartmentOcid: COMPARTMENT });
    const frankfurt = new TerraformStack(app, 'frankfurt');
    new OciEnvironment(frankfurt, 'oci', {
      region: 'eu-frankfurt-1',
      tenancyOcid: TENANCY,
      homeRegion: 'us-ashburn-1',
      authentication: OciAuthentication.apiKey('DEFAULT'),
    });
    expect(() => new ContainerRepository(frankfurt, 'web', { repositoryName: 'team/web', compartmentOcid: COMPARTMENT })).not.toThrow();
  });

  test('separate apps do not share names', () => {
    repository();
    expect(() => repository()).not.toThrow();
  });

  test('rejected repository does not claim its name', () => {
    const { stack } = testStack();
    expect(() => new ContainerRepository(stack, 'bad', { repositoryName: 'team/web', compartmentOcid: 'not-an-ocid' })).toThrow(OciValidationError);
    expect(() => new ContainerRepository(stack, 'good', { repositoryName: 'team/web', compartmentOcid: COMPARTMENT })).not.toThrow();
  });
});

describe('ContainerRepository grants', () => {
  const nodes = (stack: TerraformStack) => grantee(stack, 'nodes', PolicySubject.dynamicGroup('oke-nodes'));

  test('pull reads this repository only', () => {
    const { stack, repo } = repository();
    repo.grantPull(nodes(stack));
    expect(onlyResource(synthJson(stack), 'oci_identity_policy').statements).toEqual([
      `Allow dynamic-group oke-nodes to read repos in compartment id ${COMPARTMENT} where target.repo.name = 'team/web'`,
    ]);
  });

  test('push adds manage narrowed to REPOSITORY_UPDATE', () => {
    const { stack, repo } = repository();
    repo.grantPush(nodes(stack));
    expect(onlyResource(synthJson(stack), 'oci_identity_policy').statements).toEqual([
      `Allow dynamic-group oke-nodes to read repos in compartment id ${COMPARTMENT} where target.repo.name = 'team/web'`,
      `Allow dynamic-group oke-nodes to manage repos in compartment id ${COMPARTMENT} where all {target.repo.name = 'team/web', request.permission = 'REPOSITORY_UPDATE'}`,
    ]);
  });

  test('manage covers this repository only', () => {
    const { stack, repo } = repository();
    repo.grantManage(nodes(stack));
    expect(onlyResource(synthJson(stack), 'oci_identity_policy').statements).toEqual([
      `Allow dynamic-group oke-nodes to manage repos in compartment id ${COMPARTMENT} where target.repo.name = 'team/web'`,
    ]);
  });

  test('several grants share one policy in the compartment', () => {
    const { stack, repo } = repository();
    const api = new ContainerRepository(stack, 'api', { repositoryName: 'team/api', compartmentOcid: COMPARTMENT });
    const group = grantee(stack, 'pushers', PolicySubject.group('ci-pushers'));
    const pullPolicy = repo.grantPull(nodes(stack));
    const pushPolicy = api.grantPush(group);
    const managePolicy = repo.grantManage(group);

    expect(pushPolicy).toBe(pullPolicy);
    expect(managePolicy).toBe(pullPolicy);
    expect(onlyResource(synthJson(stack), 'oci_identity_policy')).toEqual({
      compartment_id: COMPARTMENT,
      description: 'Grants from the test stack',
      name: pullPolicy.name,
      provider: 'oci.home',
      statements: [
        `Allow dynamic-group oke-nodes to read repos in compartment id ${COMPARTMENT} where target.repo.name = 'team/web'`,
        `Allow group ci-pushers to read repos in compartment id ${COMPARTMENT} where target.repo.name = 'team/api'`,
        `Allow group ci-pushers to manage repos in compartment id ${COMPARTMENT} where all {target.repo.name = 'team/api', request.permission = 'REPOSITORY_UPDATE'}`,
        `Allow group ci-pushers to manage repos in compartment id ${COMPARTMENT} where target.repo.name = 'team/web'`,
      ],
    });
  });

  test('repeated grant adds no statement', () => {
    const { stack, repo } = repository();
    const group = nodes(stack);
    repo.grantPull(group);
    repo.grantPull(group);
    expect(onlyResource(synthJson(stack), 'oci_identity_policy').statements).toHaveLength(1);
  });

  test('repositories in two compartments get two policies', () => {
    const { stack, repo } = repository();
    const other = new ContainerRepository(stack, 'api', { repositoryName: 'team/api', compartmentOcid: OTHER_COMPARTMENT });
    const group = nodes(stack);
    repo.grantPull(group);
    other.grantPull(group);
    const policies = Object.values(synthJson(stack).resource.oci_identity_policy) as any[];
    expect(policies.map((policy) => [policy.compartment_id, policy.statements])).toEqual([
      [COMPARTMENT, [`Allow dynamic-group oke-nodes to read repos in compartment id ${COMPARTMENT} where target.repo.name = 'team/web'`]],
      [OTHER_COMPARTMENT, [`Allow dynamic-group oke-nodes to read repos in compartment id ${OTHER_COMPARTMENT} where target.repo.name = 'team/api'`]],
    ]);
  });

  test('root compartment is written as tenancy', () => {
    const { stack, repo } = repository({ compartmentOcid: TENANCY });
    repo.grantPull(nodes(stack));
    const policy = onlyResource(synthJson(stack), 'oci_identity_policy');
    expect(policy.compartment_id).toBe(TENANCY);
    expect(policy.statements).toEqual(["Allow dynamic-group oke-nodes to read repos in tenancy where target.repo.name = 'team/web'"]);
  });

  test('grantee learns which policy carries the grant', () => {
    const { stack, repo } = repository();
    const received: IConstruct[] = [];
    const nodes: IGrantable = Object.assign(new Construct(stack, 'nodes'), {
      grantSubject: PolicySubject.dynamicGroup('oke-nodes'),
      onGranted: (policy: IConstruct) => received.push(policy),
    });
    const policy = repo.grantPush(nodes);
    expect(received).toEqual([policy, policy]);
  });
});

describe('ContainerRepository.fromRepositoryAttributes', () => {
  test('imported repository grants and references', () => {
    const { stack } = testStack();
    const imported = ContainerRepository.fromRepositoryAttributes(stack, 'base', { repositoryName: 'platform/base', compartmentOcid: OTHER_COMPARTMENT });
    imported.grantPull(grantee(stack, 'nodes', PolicySubject.dynamicGroup('oke-nodes')));
    const uri = imported.imageUri('1.0');
    const json = synthJson(stack);

    expect(json.resource.oci_artifacts_container_repository).toBeUndefined();
    expect(onlyResource(json, 'oci_identity_policy').compartment_id).toBe(OTHER_COMPARTMENT);
    expect(onlyResource(json, 'oci_identity_policy').statements).toEqual([
      `Allow dynamic-group oke-nodes to read repos in compartment id ${OTHER_COMPARTMENT} where target.repo.name = 'platform/base'`,
    ]);
    expect(imported.repositoryName).toBe('platform/base');
    expect(imported.compartmentOcid).toBe(OTHER_COMPARTMENT);
    expect(uri.startsWith('iad.ocir.io/')).toBe(true);
    expect(uri.endsWith('/platform/base:1.0')).toBe(true);
  });

  test('imported name is checked', () => {
    const { stack } = testStack();
    expect(errorMessage(() => ContainerRepository.fromRepositoryAttributes(stack, 'base', { repositoryName: 'Base', compartmentOcid: COMPARTMENT }))).toBe(
      "ContainerRepository 'test/base' has invalid configuration:\n  - repositoryName: 'Base' must be lowercase: found 'B'",
    );
  });

  test('import does not claim the name', () => {
    const { stack } = testStack();
    ContainerRepository.fromRepositoryAttributes(stack, 'imported', { repositoryName: 'team/web', compartmentOcid: COMPARTMENT });
    ContainerRepository.fromRepositoryAttributes(stack, 'again', { repositoryName: 'team/web', compartmentOcid: COMPARTMENT });
    expect(() => new ContainerRepository(stack, 'web', { repositoryName: 'team/web', compartmentOcid: COMPARTMENT })).not.toThrow();
  });
});

describe('ContainerRepository warnings', () => {
  const PUBLIC =
    "Repository 'team/web' is public: anyone who knows its path can pull its images without credentials. " +
    'Set isPublic to false unless the images are meant for everyone. [oci:public-repository]';
  const DESTROY =
    "Repository 'team/web' has preventDestroy false: a destroy or a replacement deletes the repository and every image in it. " +
    '[oci:repository-destroy-allowed]';

  test('none for the defaults', () => {
    const { stack, repo } = repository();
    Testing.synth(stack, true);
    expect(warnings(repo)).toEqual([]);
  });

  test('public repository', () => {
    const { stack, repo } = repository({ isPublic: true });
    Testing.synth(stack, true);
    expect(warnings(repo)).toEqual([PUBLIC]);
  });

  test('destroy allowed', () => {
    const { stack, repo } = repository({ preventDestroy: false });
    Testing.synth(stack, true);
    expect(warnings(repo)).toEqual([DESTROY]);
  });

  test('emitted at synth, once', () => {
    const { stack, repo } = repository({ isPublic: true });
    expect(warnings(repo)).toEqual([]);
    Testing.synth(stack, true);
    Testing.synth(stack, true);
    expect(warnings(repo)).toEqual([PUBLIC]);
  });

  test('explicit false and true settings warn nothing', () => {
    const { stack, repo } = repository({ isPublic: false, preventDestroy: true });
    Testing.synth(stack, true);
    expect(warnings(repo)).toEqual([]);
  });

  test('acknowledged before construction', () => {
    const { stack } = testStack();
    acknowledgeWarning(stack, 'oci:public-repository');
    acknowledgeWarning(stack, 'oci:repository-destroy-allowed');
    const repo = new ContainerRepository(stack, 'web', { repositoryName: 'web', compartmentOcid: COMPARTMENT, isPublic: true, preventDestroy: false });
    Testing.synth(stack, true);
    expect(warnings(repo)).toEqual([]);
  });

  test('acknowledged after construction', () => {
    const { stack, repo } = repository({ isPublic: true, preventDestroy: false });
    acknowledgeWarning(repo, 'oci:public-repository');
    Testing.synth(stack, true);
    expect(warnings(repo)).toEqual([DESTROY]);
  });
});
