import { TerraformOutput, Testing } from 'cdktf';
import { AuthToken } from '../../lib/iam/auth-token';
import { CiPushCredentials } from '../../lib/iam/ci-push-credentials';
import { DockerConfigJson } from '../../lib/iam/docker-config';
import { Group } from '../../lib/iam/group';
import { User, UserDirectory } from '../../lib/iam/user';
import { COMPARTMENT, synthJson, TENANCY, testStack } from '../helpers/stack';
import { FakeRepository } from './fake-repository';

const USER_OCID = 'ocid1.user.oc1..aaaaaaaauser';
const GROUP_OCID = 'ocid1.group.oc1..aaaaaaaagroup';
const OTHER_COMPARTMENT = 'ocid1.compartment.oc1..aaaaaaaaother';

function only(map: Record<string, any>): [string, any] {
  const entries = Object.entries(map);
  expect(entries).toHaveLength(1);
  return entries[0];
}

describe('CiPushCredentials', () => {
  test('creates user, group, membership, token and grants', () => {
    const { stack } = testStack();
    const web = new FakeRepository(stack, 'web', 'team/web', COMPARTMENT);
    const api = new FakeRepository(stack, 'api', 'team/api', OTHER_COMPARTMENT);
    const credentials = new CiPushCredentials(stack, 'ci', { repositories: [web, api] });
    expect(credentials.grants).toHaveLength(2);

    const json = synthJson(stack);
    const [userKey, user] = only(json.resource.oci_identity_user);
    const [groupKey, group] = only(json.resource.oci_identity_group);
    expect(user).toEqual({ compartment_id: TENANCY, description: 'CI user of test/ci', name: 'test-ci-ci', provider: 'oci.home' });
    expect(group).toEqual({ compartment_id: TENANCY, description: 'Pushes images from test/ci', name: 'test-ci-pushers', provider: 'oci.home' });
    expect(only(json.resource.oci_identity_user_group_membership)[1]).toEqual({
      group_id: `\${oci_identity_group.${groupKey}.id}`,
      provider: 'oci.home',
      user_id: `\${oci_identity_user.${userKey}.id}`,
    });
    expect(only(json.resource.oci_identity_auth_token)[1]).toEqual({
      description: 'Container Registry push token for test/ci',
      provider: 'oci.home',
      user_id: `\${oci_identity_user.${userKey}.id}`,
    });

    const policies = Object.values(json.resource.oci_identity_policy) as any[];
    expect(policies.map((policy) => [policy.compartment_id, policy.statements, policy.depends_on, policy.provider])).toEqual([
      [
        COMPARTMENT,
        [
          `Allow group test-ci-pushers to read repos in compartment id ${COMPARTMENT} where target.repo.name = 'team/web'`,
          `Allow group test-ci-pushers to manage repos in compartment id ${COMPARTMENT} where all {target.repo.name = 'team/web', request.permission = 'REPOSITORY_UPDATE'}`,
        ],
        [`oci_identity_group.${groupKey}`],
        'oci.home',
      ],
      [
        OTHER_COMPARTMENT,
        [
          `Allow group test-ci-pushers to read repos in compartment id ${OTHER_COMPARTMENT} where target.repo.name = 'team/api'`,
          `Allow group test-ci-pushers to manage repos in compartment id ${OTHER_COMPARTMENT} where all {target.repo.name = 'team/api', request.permission = 'REPOSITORY_UPDATE'}`,
        ],
        [`oci_identity_group.${groupKey}`],
        'oci.home',
      ],
    ]);
  });

  test('outputs carry secrets only as sensitive', () => {
    const { stack } = testStack();
    new CiPushCredentials(stack, 'ci', { repositories: [new FakeRepository(stack, 'web', 'web', COMPARTMENT)] });
    const json = synthJson(stack);
    const [tokenKey] = only(json.resource.oci_identity_auth_token);
    const [namespaceKey] = only(json.data.oci_objectstorage_namespace);
    const outputs = (Object.values(json.output) as any[]).sort((a, b) => a.description.localeCompare(b.description));
    expect(outputs).toEqual([
      { description: 'Container Registry host for docker login', value: 'iad.ocir.io' },
      {
        description: 'Password for docker login: an auth token (secret)',
        sensitive: true,
        value: `\${oci_identity_auth_token.${tokenKey}.token}`,
      },
      {
        description: 'User name for docker login',
        sensitive: true,
        value: `\${join("/", [data.oci_objectstorage_namespace.${namespaceKey}.namespace, "test-ci-ci"])}`,
      },
    ]);
  });

  test('existing user and group', () => {
    const { stack } = testStack();
    const user = User.fromUserAttributes(stack, 'bot', { userName: 'jane@example.com', userOcid: USER_OCID, directory: UserDirectory.oracleIdentityCloudService() });
    const group = Group.fromGroupAttributes(stack, 'pushers', { groupName: 'Pushers', groupOcid: GROUP_OCID, identityDomain: 'Dev' });
    const credentials = new CiPushCredentials(stack, 'ci', { repositories: [new FakeRepository(stack, 'web', 'web', COMPARTMENT)], user, group });
    expect(credentials.membership).toBeUndefined();

    const json = synthJson(stack);
    expect(json.resource.oci_identity_user).toBeUndefined();
    expect(json.resource.oci_identity_group).toBeUndefined();
    expect(json.resource.oci_identity_user_group_membership).toBeUndefined();
    expect(only(json.resource.oci_identity_auth_token)[1].user_id).toBe(USER_OCID);
    expect(only(json.resource.oci_identity_policy)[1].statements).toEqual([
      `Allow group 'Dev'/'Pushers' to read repos in compartment id ${COMPARTMENT} where target.repo.name = 'web'`,
      `Allow group 'Dev'/'Pushers' to manage repos in compartment id ${COMPARTMENT} where all {target.repo.name = 'web', request.permission = 'REPOSITORY_UPDATE'}`,
    ]);
    const [namespaceKey] = only(json.data.oci_objectstorage_namespace);
    const username = (Object.values(json.output) as any[]).find((output) => output.description === 'User name for docker login');
    expect(username.value).toBe(`\${join("/", [data.oci_objectstorage_namespace.${namespaceKey}.namespace, "oracleidentitycloudservice", "jane@example.com"])}`);
  });

  test('existing user joins a new group', () => {
    const { stack } = testStack();
    const user = User.fromUserAttributes(stack, 'bot', { userName: 'ci', userOcid: USER_OCID, directory: UserDirectory.identityDomain('Dev') });
    const credentials = new CiPushCredentials(stack, 'ci', {
      repositories: [new FakeRepository(stack, 'web', 'web', COMPARTMENT)],
      user,
      groupName: 'web-pushers',
    });
    expect(credentials.membership).toBeDefined();
    const json = synthJson(stack);
    expect(only(json.resource.oci_identity_group)[1].name).toBe('web-pushers');
    expect(only(json.resource.oci_identity_user_group_membership)[1].user_id).toBe(USER_OCID);
    expect(credentials.user.directory.registryUserName('ns', credentials.user.userName)).toBe('ns/Dev/ci');
  });

  test('long default names are shortened', () => {
    const { stack } = testStack();
    const id = 'c'.repeat(120);
    new CiPushCredentials(stack, id, { repositories: [new FakeRepository(stack, 'web', 'web', COMPARTMENT)] });
    const name: string = only(synthJson(stack).resource.oci_identity_user)[1].name;
    expect(name).toHaveLength(100);
    expect(name).toMatch(/^test-c+-[0-9a-f]{8}$/);
  });

  test('reports every invalid prop together', () => {
    const { stack } = testStack();
    const user = User.fromUserAttributes(stack, 'bot', { userName: 'ci', userOcid: USER_OCID });
    const group = Group.fromGroupAttributes(stack, 'pushers', { groupName: 'p', groupOcid: GROUP_OCID });
    expect(() => new CiPushCredentials(stack, 'ci', { repositories: [], user, userName: 'other', group, groupName: 'other' })).toThrow(
      "CiPushCredentials 'test/ci' has invalid configuration:\n" +
        '  - repositories: [] must contain at least one repository\n' +
        "  - userName: 'other' must not be set together with user: the existing user keeps its name\n" +
        "  - groupName: 'other' must not be set together with group: the existing group keeps its name",
    );
  });

  test('repository of another region rejected', () => {
    const { stack } = testStack();
    const repository = new FakeRepository(stack, 'web', 'web', COMPARTMENT, 'fra.ocir.io');
    expect(() => new CiPushCredentials(stack, 'ci', { repositories: [repository] })).toThrow(
      "CiPushCredentials 'test/ci' has invalid configuration:\n" +
        "  - repositories[0]: 'fra.ocir.io' is the registry host of 'test/web', but this stack's region uses 'iad.ocir.io': push credentials cover one region's registry",
    );
  });
});

describe('CiPushCredentials input', () => {
  test('bad user and group names reported together', () => {
    const { stack } = testStack();
    const repository = new FakeRepository(stack, 'web', 'web', COMPARTMENT);
    expect(() => new CiPushCredentials(stack, 'ci', { repositories: [repository], userName: 'bad user', groupName: 'bad group', tokenDescription: 't'.repeat(401) })).toThrow(
      "CiPushCredentials 'test/ci' has invalid configuration:\n" +
        "  - userName: 'bad user' must contain only letters, digits, '.', '-', '_', '+' and '@' (no spaces)\n" +
        "  - groupName: 'bad group' must contain only letters, digits, '.', '-' and '_' (no spaces)\n" +
        `  - tokenDescription: '${'t'.repeat(401)}' must be at most 400 characters long (it is 401)`,
    );
    expect(stack.node.tryFindChild('ci')?.node.children).toEqual([]);
  });

  test('default names checked against the app', () => {
    const { stack } = testStack();
    new Group(stack, 'pushers', { name: 'test-ci-pushers' });
    new User(stack, 'bot', { name: 'test-ci-ci' });
    expect(() => new CiPushCredentials(stack, 'ci', { repositories: [new FakeRepository(stack, 'web', 'web', COMPARTMENT)] })).toThrow(
      "CiPushCredentials 'test/ci' has invalid configuration:\n" +
        "  - userName: 'test-ci-ci' is already the name of User 'test/bot' in this app: user names must be unique in the tenancy\n" +
        "  - groupName: 'test-ci-pushers' is already the name of Group 'test/pushers' in this app: group and dynamic group names must be unique in the tenancy",
    );
  });

  test('repositories missing', () => {
    const { stack } = testStack();
    expect(() => new CiPushCredentials(stack, 'ci', {} as any)).toThrow(
      "CiPushCredentials 'test/ci' has invalid configuration:\n  - repositories: undefined is missing: pass the repositories the pipeline pushes to",
    );
  });

  test('inputs of wrong type', () => {
    const { stack } = testStack();
    const repository = new FakeRepository(stack, 'web', 'web', COMPARTMENT);
    expect(() => new CiPushCredentials(stack, 'ci', { repositories: [repository, undefined, 'web'], user: 5, group: {}, userName: 5 } as any)).toThrow(
      "CiPushCredentials 'test/ci' has invalid configuration:\n" +
        '  - repositories[1]: undefined must be a repository, such as a ContainerRepository\n' +
        "  - repositories[2]: 'web' must be a repository, such as a ContainerRepository\n" +
        '  - user: 5 must be a user, such as a User or the result of User.fromUserAttributes\n' +
        '  - userName: 5 must not be set together with user: the existing user keeps its name\n' +
        '  - group: {} must be a group, such as a Group or the result of Group.fromGroupAttributes',
    );
  });

  test('repositories not a list', () => {
    const { stack } = testStack();
    expect(() => new CiPushCredentials(stack, 'ci', { repositories: 'web' } as any)).toThrow(
      "CiPushCredentials 'test/ci' has invalid configuration:\n  - repositories: 'web' must be an array",
    );
  });
});

describe('AuthToken input', () => {
  test('user missing', () => {
    const { stack } = testStack();
    expect(() => new AuthToken(stack, 'token', {} as any)).toThrow(
      "AuthToken 'test/token' has invalid configuration:\n" +
        '  - user: undefined is missing: pass the User, or the result of User.fromUserAttributes, that owns the token',
    );
  });

  test('user of wrong type', () => {
    const { stack } = testStack();
    expect(() => new AuthToken(stack, 'token', { user: 'ci-bot' } as any)).toThrow(
      "AuthToken 'test/token' has invalid configuration:\n  - user: 'ci-bot' must be a user, such as a User or the result of User.fromUserAttributes",
    );
  });
});

describe('AuthToken limit', () => {
  test('two tokens for one user pass', () => {
    const { stack } = testStack();
    const user = new User(stack, 'bot', { name: 'ci-bot' });
    const repository = new FakeRepository(stack, 'web', 'web', COMPARTMENT);
    new CiPushCredentials(stack, 'a', { repositories: [repository], user });
    new CiPushCredentials(stack, 'b', { repositories: [repository], user });
    expect(() => Testing.synth(stack, true)).not.toThrow();
  });

  test('third token for one user fails at synth', () => {
    const { stack } = testStack();
    const user = new User(stack, 'bot', { name: 'ci-bot' });
    const repository = new FakeRepository(stack, 'web', 'web', COMPARTMENT);
    new CiPushCredentials(stack, 'a', { repositories: [repository], user });
    new CiPushCredentials(stack, 'b', { repositories: [repository], user });
    new AuthToken(stack, 'extra', { user });
    expect(() => Testing.synth(stack, true)).toThrow(
      "AuthToken 'test/extra': user: 'ci-bot' ('test/bot') would get 3 auth tokens, but OCI allows at most 2 per user: share one token or use another user. " +
        'Auth tokens for this user: test/a/auth-token, test/b/auth-token, test/extra',
    );
  });

  test('imports of one user count together', () => {
    const { stack } = testStack();
    for (const id of ['a', 'b', 'c']) {
      new AuthToken(stack, `token-${id}`, { user: User.fromUserAttributes(stack, `user-${id}`, { userName: 'ci', userOcid: USER_OCID }) });
    }
    expect(() => Testing.synth(stack, true)).toThrow(
      "AuthToken 'test/token-c': user: 'ci' ('test/user-c') would get 3 auth tokens, but OCI allows at most 2 per user: share one token or use another user. " +
        'Auth tokens for this user: test/token-a, test/token-b, test/token-c',
    );
  });

  test('tokens of different users pass', () => {
    const { stack } = testStack();
    for (const id of ['a', 'b', 'c']) {
      new AuthToken(stack, `token-${id}`, { user: new User(stack, `user-${id}`, { name: `ci-${id}` }) });
    }
    expect(() => Testing.synth(stack, true)).not.toThrow();
  });

  test('description length checked', () => {
    const { stack } = testStack();
    const user = new User(stack, 'bot', { name: 'ci-bot' });
    expect(() => new AuthToken(stack, 'token', { user, description: 't'.repeat(401) })).toThrow(
      `AuthToken 'test/token' has invalid configuration:\n  - description: '${'t'.repeat(401)}' must be at most 400 characters long (it is 401)`,
    );
  });
});

describe('DockerConfigJson', () => {
  test('built from references with Terraform functions', () => {
    const { stack } = testStack();
    const credentials = new CiPushCredentials(stack, 'ci', { repositories: [new FakeRepository(stack, 'web', 'web', COMPARTMENT)] });
    new DockerConfigJson(stack, 'pull-secret', { credentials });

    const json = synthJson(stack);
    const [tokenKey] = only(json.resource.oci_identity_auth_token);
    const [namespaceKey] = only(json.data.oci_objectstorage_namespace);
    const userName = `join("/", [data.oci_objectstorage_namespace.${namespaceKey}.namespace, "test-ci-ci"])`;
    const token = `oci_identity_auth_token.${tokenKey}.token`;
    const config = (Object.values(json.output) as any[]).find((output) => output.description === 'Docker config JSON for iad.ocir.io (secret)');
    expect(config).toEqual({
      description: 'Docker config JSON for iad.ocir.io (secret)',
      sensitive: true,
      value: `\${jsonencode({"auths" = {"iad.ocir.io" = {"username" = ${userName}, "password" = ${token}, "auth" = base64encode(join(":", [${userName}, ${token}]))}}})}`,
    });
  });

  test('secrets appear only in sensitive outputs', () => {
    const { stack } = testStack();
    const credentials = new CiPushCredentials(stack, 'ci', { repositories: [new FakeRepository(stack, 'web', 'web', COMPARTMENT)] });
    new DockerConfigJson(stack, 'pull-secret', { credentials });
    const json = synthJson(stack);

    const outputs = Object.values(json.output) as any[];
    const withToken = outputs.filter((output) => JSON.stringify(output.value).includes('oci_identity_auth_token'));
    expect(withToken).toHaveLength(2);
    expect(withToken.every((output) => output.sensitive === true)).toBe(true);

    // The token exists only as a Terraform reference: no output or resource holds a literal value.
    const { output: _outputs, ...rest } = json;
    expect(JSON.stringify(rest)).not.toContain('.token}');
    expect(JSON.stringify(rest)).not.toContain('"token"');
  });

  test('plain credentials give plain JSON', () => {
    const { stack } = testStack();
    const config = new DockerConfigJson(stack, 'config', {
      credentials: { registryHost: 'iad.ocir.io', registryUserName: 'ns/ci', registryPassword: 'example' },
      outputDescription: 'pull secret',
    });
    expect(config.output).toBeInstanceOf(TerraformOutput);
    expect((Object.values(synthJson(stack).output) as any[])[0]).toEqual({
      description: 'pull secret',
      sensitive: true,
      value: '${jsonencode({"auths" = {"iad.ocir.io" = {"username" = "ns/ci", "password" = "example", "auth" = base64encode(join(":", ["ns/ci", "example"]))}}})}',
    });
  });

  test('host must be known at synth', () => {
    const { environment } = testStack();
    expect(() =>
      DockerConfigJson.expression({ registryHost: environment.tenancyNamespace, registryUserName: 'u', registryPassword: 'p' }),
    ).toThrow('DockerConfigJson: the registry host must be known at synth, because it is a key of the JSON object: pass a host such as iad.ocir.io.');
  });
});
