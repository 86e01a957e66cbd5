import { Fn, LocalBackend, TerraformOutput, TerraformStack, Testing } from 'cdktf';
import { OciAuthentication } from '../../lib/core/authentication';
import { OciEnvironment } from '../../lib/core/environment';
import { ObjectStorageBackend, ObjectStorageBackendProps, objectStorageS3Endpoint, StateBackendType } from '../../lib/state/object-storage-backend';
import { synthJson, TENANCY, testStack } from '../helpers/stack';

const NAMESPACE = 'axaxnpcrorw5';
const KEY_OCID = 'ocid1.key.oc1.iad.aaaaaaaakey';

const BASE: ObjectStorageBackendProps = { namespace: NAMESPACE, bucket: 'tf-state', environment: 'dev' };

function backendBlock(stack: TerraformStack): any {
  return synthJson(stack).terraform.backend;
}

function expectProblems(props: ObjectStorageBackendProps, lines: string[]): void {
  const { stack } = testStack();
  expect(() => new ObjectStorageBackend(stack, 'state', props)).toThrow(
    `ObjectStorageBackend 'test/state' has invalid configuration:\n${lines.map((line) => `  - ${line}`).join('\n')}`,
  );
}

describe('ObjectStorageBackend with the oci backend', () => {
  test('writes the oci backend block', () => {
    const { stack } = testStack();
    const state = new ObjectStorageBackend(stack, 'state', { ...BASE, keyPrefix: 'platform' });

    expect(backendBlock(stack)).toEqual({
      oci: {
        auth: 'APIKey',
        bucket: 'tf-state',
        config_file_profile: 'DEFAULT',
        key: 'platform/dev/test.tfstate',
        namespace: NAMESPACE,
        region: 'us-ashburn-1',
      },
    });
    expect(state.stateKey).toBe('platform/dev/test.tfstate');
    expect(state.backendType).toBe(StateBackendType.OCI);
    expect(state.region).toBe('us-ashburn-1');
  });

  test('follows the environment authentication', () => {
    const { stack } = testStack({ authentication: OciAuthentication.instancePrincipal() });
    new ObjectStorageBackend(stack, 'state', BASE);

    expect(backendBlock(stack).oci).toEqual({
      auth: 'InstancePrincipal',
      bucket: 'tf-state',
      key: 'dev/test.tfstate',
      namespace: NAMESPACE,
      region: 'us-ashburn-1',
    });
  });

  test('follows a session token profile', () => {
    const { stack } = testStack({ authentication: OciAuthentication.securityToken('ci') });
    new ObjectStorageBackend(stack, 'state', BASE);

    expect(backendBlock(stack).oci.auth).toBe('SecurityToken');
    expect(backendBlock(stack).oci.config_file_profile).toBe('ci');
  });

  test('explicit props override the environment', () => {
    const { stack } = testStack();
    new ObjectStorageBackend(stack, 'state', {
      ...BASE,
      region: 'eu-frankfurt-1',
      stateName: 'network',
      keyPrefix: 'teams/web',
      authentication: OciAuthentication.resourcePrincipal(),
      kmsKeyOcid: KEY_OCID,
    });

    expect(backendBlock(stack).oci).toEqual({
      auth: 'ResourcePrincipal',
      bucket: 'tf-state',
      key: 'teams/web/dev/network.tfstate',
      kms_key_id: KEY_OCID,
      namespace: NAMESPACE,
      region: 'eu-frankfurt-1',
    });
  });

  test('stack without environment uses OCI CLI variables', () => {
    const saved = { auth: process.env.OCI_CLI_AUTH, profile: process.env.OCI_CLI_PROFILE };
    process.env.OCI_CLI_AUTH = 'api_key';
    process.env.OCI_CLI_PROFILE = 'pipeline';
    try {
      const stack = new TerraformStack(Testing.app(), 'bare');
      new ObjectStorageBackend(stack, 'state', { ...BASE, region: 'uk-london-1' });

      expect(JSON.parse(Testing.synth(stack)).terraform.backend.oci).toEqual({
        auth: 'APIKey',
        bucket: 'tf-state',
        config_file_profile: 'pipeline',
        key: 'dev/bare.tfstate',
        namespace: NAMESPACE,
        region: 'uk-london-1',
      });
    } finally {
      restore('OCI_CLI_AUTH', saved.auth);
      restore('OCI_CLI_PROFILE', saved.profile);
    }
  });

  test('cross-stack references read the oci state', () => {
    const app = Testing.app();
    const producer = new TerraformStack(app, 'network');
    const producerEnvironment = new OciEnvironment(producer, 'oci', { region: 'us-ashburn-1', tenancyOcid: TENANCY, homeRegion: 'us-ashburn-1', authentication: OciAuthentication.apiKey('DEFAULT') });
    new ObjectStorageBackend(producer, 'state', BASE);

    const consumer = new TerraformStack(app, 'cluster');
    new OciEnvironment(consumer, 'oci', { region: 'us-ashburn-1', tenancyOcid: TENANCY, homeRegion: 'us-ashburn-1', authentication: OciAuthentication.apiKey('DEFAULT') });
    new ObjectStorageBackend(consumer, 'state', BASE);
    new TerraformOutput(consumer, 'namespace', { value: Fn.upper(producerEnvironment.tenancyNamespace) });
    app.synth();

    const remoteStates = Object.values(JSON.parse(Testing.synth(consumer)).data.terraform_remote_state) as any[];
    expect(remoteStates).toEqual([
      {
        backend: 'oci',
        config: {
          auth: 'APIKey',
          bucket: 'tf-state',
          config_file_profile: 'DEFAULT',
          key: 'dev/network.tfstate',
          namespace: NAMESPACE,
          region: 'us-ashburn-1',
        },
        workspace: '${terraform.workspace}',
      },
    ]);
  });
});

describe('ObjectStorageBackend with the s3 backend', () => {
  test('writes the S3 compatibility settings', () => {
    const { stack } = testStack();
    new ObjectStorageBackend(stack, 'state', { ...BASE, keyPrefix: 'platform', backendType: StateBackendType.S3_COMPATIBLE });

    expect(backendBlock(stack)).toEqual({
      s3: {
        bucket: 'tf-state',
        endpoints: { s3: 'https://axaxnpcrorw5.compat.objectstorage.us-ashburn-1.oraclecloud.com' },
        key: 'platform/dev/test.tfstate',
        region: 'us-ashburn-1',
        skip_credentials_validation: true,
        skip_metadata_api_check: true,
        skip_region_validation: true,
        skip_requesting_account_id: true,
        skip_s3_checksum: true,
        use_path_style: true,
      },
    });
  });

  test('names a credentials profile and endpoint', () => {
    const { stack } = testStack();
    new ObjectStorageBackend(stack, 'state', {
      ...BASE,
      backendType: StateBackendType.S3_COMPATIBLE,
      s3CredentialsProfile: 'oci-state',
      s3SharedCredentialsFiles: ['~/.oci/s3-credentials'],
      s3Endpoint: 'https://axaxnpcrorw5.compat.objectstorage.us-ashburn-1.oci.customer-oci.com',
    });

    const block = backendBlock(stack).s3;
    expect(block.profile).toBe('oci-state');
    expect(block.shared_credentials_files).toEqual(['~/.oci/s3-credentials']);
    expect(block.endpoints).toEqual({ s3: 'https://axaxnpcrorw5.compat.objectstorage.us-ashburn-1.oci.customer-oci.com' });
  });

  test('endpoint helper builds the commercial host', () => {
    expect(objectStorageS3Endpoint('abc123', 'eu-frankfurt-1')).toBe('https://abc123.compat.objectstorage.eu-frankfurt-1.oraclecloud.com');
  });
});

describe('ObjectStorageBackend secrets', () => {
  test('synth rejects a secret override', () => {
    const { stack } = testStack();
    const state = new ObjectStorageBackend(stack, 'state', { ...BASE, backendType: StateBackendType.S3_COMPATIBLE });
    state.backend.addOverride('secret_key', 'not-a-real-secret');
    state.backend.addOverride('access_key', 'not-a-real-key');

    expect(() => Testing.synth(stack, true)).toThrow(
      'Validation failed with the following errors:\n' +
        '  [test/state] terraform.backend.s3.access_key is set: backend settings are written to cdk.tf.json in plain text, ' +
        'so remove the override and pass the credential through the environment or a credentials file.\n' +
        '  [test/state] terraform.backend.s3.secret_key is set: backend settings are written to cdk.tf.json in plain text, ' +
        'so remove the override and pass the credential through the environment or a credentials file.',
    );
  });

  test('synth rejects a secret override on the stack', () => {
    const { stack } = testStack();
    new ObjectStorageBackend(stack, 'state', { ...BASE, backendType: StateBackendType.S3_COMPATIBLE });
    stack.addOverride('terraform.backend.s3.secret_key', 'not-a-real-secret');

    expect(() => Testing.synth(stack, true)).toThrow(
      'Validation failed with the following errors:\n' +
        '  [test/state] terraform.backend.s3.secret_key is set: backend settings are written to cdk.tf.json in plain text, ' +
        'so remove the override and pass the credential through the environment or a credentials file.',
    );
  });

  test('synth rejects a secret in another backend block of the stack', () => {
    const { stack } = testStack();
    new ObjectStorageBackend(stack, 'state', BASE);
    stack.addOverride('terraform.backend.s3.access_key', 'not-a-real-key');

    expect(() => Testing.synth(stack, true)).toThrow('[test/state] terraform.backend.s3.access_key is set:');
  });

  test('synth rejects a private key override', () => {
    const { stack } = testStack();
    const state = new ObjectStorageBackend(stack, 'state', BASE);
    state.backend.addOverride('private_key', 'not-a-real-key');

    expect(() => Testing.synth(stack, true)).toThrow('[test/state] terraform.backend.oci.private_key is set:');
  });

  test('synthesized blocks contain no secret setting', () => {
    for (const backendType of [StateBackendType.OCI, StateBackendType.S3_COMPATIBLE]) {
      const { stack } = testStack();
      new ObjectStorageBackend(stack, 'state', { ...BASE, backendType, ...(backendType === StateBackendType.S3_COMPATIBLE ? { s3CredentialsProfile: 'oci' } : {}) });
      const text = Testing.synth(stack, true);

      for (const setting of ['access_key', 'secret_key', 'token', 'private_key', 'private_key_password', 'sse_customer_key']) {
        expect(text).not.toContain(`"${setting}"`);
      }
    }
  });
});

describe('ObjectStorageBackend validation', () => {
  test('rejects a bad namespace', () => {
    expectProblems({ ...BASE, namespace: 'My_Namespace' }, [
      "namespace: 'My_Namespace' is not an Object Storage namespace: expected 1 to 63 lowercase letters, digits and inner hyphens, as `oci os ns get` prints it",
    ]);
  });

  test('rejects bad bucket characters', () => {
    expectProblems({ ...BASE, bucket: 'tf state' }, ["bucket: 'tf state' must contain only letters, digits, periods, hyphens and underscores"]);
  });

  test('rejects a long bucket name', () => {
    const bucket = 'b'.repeat(256);
    expectProblems({ ...BASE, bucket, backendType: StateBackendType.S3_COMPATIBLE }, [`bucket: '${bucket}' must be at most 255 characters`]);
  });

  test('rejects a period for the oci backend', () => {
    expectProblems({ ...BASE, bucket: 'tf.state' }, [
      "bucket: 'tf.state' contains a period, which Terraform's oci backend rejects: rename the bucket or use StateBackendType.S3_COMPATIBLE",
    ]);
  });

  test('accepts a period for the s3 backend', () => {
    const { stack } = testStack();
    new ObjectStorageBackend(stack, 'state', { ...BASE, bucket: 'tf.state', backendType: StateBackendType.S3_COMPATIBLE });
    expect(backendBlock(stack).s3.bucket).toBe('tf.state');
  });

  test('rejects an unknown region', () => {
    const { stack } = testStack();
    expect(() => new ObjectStorageBackend(stack, 'state', { ...BASE, region: 'mars-north-1' })).toThrow(
      "ObjectStorageBackend 'test/state' has invalid configuration:\n  - region: 'mars-north-1' is not a known OCI region: use one of ",
    );
  });

  test('requires a region without environment', () => {
    const stack = new TerraformStack(Testing.app(), 'bare');
    expect(() => new ObjectStorageBackend(stack, 'state', BASE)).toThrow(
      "ObjectStorageBackend 'bare/state' has invalid configuration:\n" +
        '  - region: undefined is missing: set region, or create the OciEnvironment of the stack before the backend',
    );
  });

  test('region token from the environment', () => {
    const { stack, environment } = testStack();
    // OciEnvironment rejects a token region itself, so the test gives the environment one afterwards.
    const region = Fn.lower('US-ASHBURN-1');
    Object.defineProperty(environment, 'region', { value: region });

    expect(() => new ObjectStorageBackend(stack, 'state', BASE)).toThrow(
      "ObjectStorageBackend 'test/state' has invalid configuration:\n" +
        `  - region: '${region}' is left out, so it comes from the stack's OciEnvironment, where it is an unresolved token: ` +
        "Terraform reads backend settings before it evaluates references, so set region on the backend to the bucket's region, such as 'us-ashburn-1'",
    );
    expect(() => new ObjectStorageBackend(stack, 'state2', { ...BASE, region: 'us-ashburn-1' })).not.toThrow();
  });

  test('rejects missing props', () => {
    expectProblems({} as ObjectStorageBackendProps, [
      'namespace: undefined is missing: give the Object Storage namespace of the tenancy, as `oci os ns get` prints it',
      'bucket: undefined is missing: give the name of the existing bucket that stores the state files',
      'environment: undefined is missing: give the environment name, such as dev or prod, the folder that keeps its state file apart from other environments',
    ]);
  });

  test('rejects a missing environment', () => {
    expectProblems({ namespace: NAMESPACE, bucket: 'tf-state' } as ObjectStorageBackendProps, [
      'environment: undefined is missing: give the environment name, such as dev or prod, the folder that keeps its state file apart from other environments',
    ]);
  });

  test('rejects values that are not strings', () => {
    expectProblems({ ...BASE, namespace: 5, keyPrefix: ['platform'] } as unknown as ObjectStorageBackendProps, [
      'namespace: 5 must be a string',
      'keyPrefix: ["platform"] must be a string',
    ]);
  });

  test('rejects an unknown backend type', () => {
    expectProblems({ ...BASE, backendType: 'gcs' as StateBackendType }, ["backendType: 'gcs' is not a StateBackendType: use 'oci' or 's3'"]);
  });

  test('rejects bad key parts', () => {
    const rule = 'must start with a letter or digit and contain only letters, digits, periods, hyphens and underscores';
    expectProblems({ ...BASE, environment: 'dev/eu', stateName: '.hidden' }, [`environment: 'dev/eu' ${rule}`, `stateName: '.hidden' ${rule}`]);
  });

  test('rejects bad key prefixes', () => {
    const rule =
      'must be folder names separated by single slashes, without a leading or trailing slash; each name must start with a letter or digit and contain only letters, digits, periods, hyphens and underscores';
    for (const keyPrefix of ['/platform', 'platform/', 'teams//web', '']) {
      expectProblems({ ...BASE, keyPrefix }, [`keyPrefix: '${keyPrefix}' ${rule}`]);
    }
  });

  test('rejects a key over 1024 bytes', () => {
    const keyPrefix = Array.from({ length: 11 }, () => 'p'.repeat(99)).join('/');
    expectProblems({ ...BASE, keyPrefix }, [
      `keyPrefix/environment/stateName: '${keyPrefix}/dev/test.tfstate' must be at most 1024 bytes in UTF-8 together, the maximum length of an object name`,
    ]);
  });

  test('rejects a KMS key that is not an OCID', () => {
    expectProblems({ ...BASE, kmsKeyOcid: 'state-key' }, ["kmsKeyOcid: 'state-key' is not an OCID: expected 'ocid1.key.<realm>.<region>.<unique id>'"]);
  });

  test('rejects a KMS OCID of another kind', () => {
    expectProblems({ ...BASE, kmsKeyOcid: 'ocid1.vault.oc1.iad.aaaaaaaavault' }, [
      "kmsKeyOcid: 'ocid1.vault.oc1.iad.aaaaaaaavault' is an OCID of kind 'vault': expected 'ocid1.key.<realm>.<region>.<unique id>'",
    ]);
  });

  test('rejects S3 settings for the oci backend', () => {
    expectProblems({ ...BASE, s3CredentialsProfile: 'oci', s3SharedCredentialsFiles: ['/creds'], s3Endpoint: 'https://example.com' }, [
      "s3CredentialsProfile: 'oci' applies only to StateBackendType.S3_COMPATIBLE: remove it or set backendType",
      's3SharedCredentialsFiles: ["/creds"] applies only to StateBackendType.S3_COMPATIBLE: remove it or set backendType',
      "s3Endpoint: 'https://example.com' applies only to StateBackendType.S3_COMPATIBLE: remove it or set backendType",
    ]);
  });

  test('rejects oci settings for the s3 backend', () => {
    expectProblems({ ...BASE, backendType: StateBackendType.S3_COMPATIBLE, authentication: OciAuthentication.instancePrincipal(), kmsKeyOcid: KEY_OCID }, [
      "authentication: 'InstancePrincipal' applies only to StateBackendType.OCI: the S3 backend authenticates with a Customer Secret Key from the environment or a credentials profile",
      `kmsKeyOcid: '${KEY_OCID}' applies only to StateBackendType.OCI: with the S3 backend, the bucket's own encryption key encrypts the state`,
    ]);
  });

  test('rejects a plain http endpoint', () => {
    expectProblems({ ...BASE, backendType: StateBackendType.S3_COMPATIBLE, s3Endpoint: 'http://127.0.0.1:9000' }, [
      "s3Endpoint: 'http://127.0.0.1:9000' must be an https URL of a host without a path, such as https://<namespace>.compat.objectstorage.<region>.oraclecloud.com",
    ]);
  });

  test('rejects unresolved tokens', () => {
    const { stack, environment } = testStack();
    const namespace = environment.tenancyNamespace;
    expect(() => new ObjectStorageBackend(stack, 'state', { ...BASE, namespace })).toThrow(
      "ObjectStorageBackend 'test/state' has invalid configuration:\n" +
        `  - namespace: '${namespace}' is an unresolved token: Terraform reads backend settings before it evaluates references, so give a literal value`,
    );
  });

  test('rejects a second backend', () => {
    const { stack } = testStack();
    new LocalBackend(stack, { path: 'terraform.tfstate' });
    expect(() => new ObjectStorageBackend(stack, 'state', BASE)).toThrow(
      "Stack 'test' already has a backend at 'test/backend': a stack has one backend, so remove it before adding ObjectStorageBackend 'test/state'.",
    );
  });

  test('reports every problem together', () => {
    expectProblems({ namespace: 'UPPER', bucket: 'a b', environment: '' }, [
      "namespace: 'UPPER' is not an Object Storage namespace: expected 1 to 63 lowercase letters, digits and inner hyphens, as `oci os ns get` prints it",
      "bucket: 'a b' must contain only letters, digits, periods, hyphens and underscores",
      "environment: '' must start with a letter or digit and contain only letters, digits, periods, hyphens and underscores",
    ]);
  });
});

function restore(name: string, value: string | undefined): void {
  if (value === undefined) {
    delete process.env[name];
  } else {
    process.env[name] = value;
  }
}
