import { S3Backend, TerraformBackend, TerraformStack, Token } from 'cdktf';
import { Construct } from 'constructs';
import { OciAuthentication } from '../core/authentication';
import { OciEnvironment } from '../core/environment';
import { checkOcid } from '../core/ocid';
import { knownRegions, regionKey } from '../core/regions';
import { Validator } from '../core/validation';
import { findSecretSettings } from './backend-secrets';
import { OciBackend } from './oci-backend';

/** The Terraform backend that reads and writes the state object in Object Storage. */
export enum StateBackendType {
  /**
   * Terraform's native `oci` backend, in Terraform 1.12.0 and later. It authenticates like the OCI
   * provider (API key, session token, instance or resource principal) and locks the state.
   */
  OCI = 'oci',
  /**
   * Terraform's `s3` backend against Object Storage's Amazon S3 Compatibility API, in Terraform 1.6.3
   * and later. It authenticates with a Customer Secret Key and does not lock the state, because OCI does
   * not document the conditional writes that the S3 backend's `use_lockfile` relies on. From
   * Terraform 1.11.2, state writes also need AWS_REQUEST_CHECKSUM_CALCULATION=when_required and
   * AWS_RESPONSE_CHECKSUM_VALIDATION=when_required in the environment.
   */
  S3_COMPATIBLE = 's3',
}

/** Props of {@link ObjectStorageBackend}. */
export interface ObjectStorageBackendProps {
  /** Object Storage namespace of the tenancy that owns the bucket, as `oci os ns get` prints it. */
  readonly namespace: string;
  /** Name of the existing bucket that stores the state files. */
  readonly bucket: string;
  /** Name of the environment, the folder of the state file, such as `dev` or `prod`. */
  readonly environment: string;
  /** Region of the bucket, such as `us-ashburn-1`. @default - the region of the stack's OciEnvironment */
  readonly region?: string;
  /** Folder path in front of the environment, such as `platform` or `teams/web`. @default - none: the key starts with the environment */
  readonly keyPrefix?: string;
  /** File name of the state without `.tfstate`. @default - the stack's construct id, which is also its folder name under cdktf.out/stacks */
  readonly stateName?: string;
  /** The Terraform backend that writes the state. @default StateBackendType.OCI */
  readonly backendType?: StateBackendType;
  /**
   * Authentication method of the `oci` backend, only with `StateBackendType.OCI`.
   * @default - the method and profile of the stack's OciEnvironment, or `OciAuthentication.fromEnvironment()` when the stack has none yet
   */
  readonly authentication?: OciAuthentication;
  /** OCID of a Vault master encryption key for the state object, only with `StateBackendType.OCI`. @default - the bucket's encryption key */
  readonly kmsKeyOcid?: string;
  /**
   * Profile of the AWS shared credentials file that contains the Customer Secret Key, only with `StateBackendType.S3_COMPATIBLE`.
   * @default - the AWS SDK's search: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, then the AWS_PROFILE or `default` profile
   */
  readonly s3CredentialsProfile?: string;
  /** Paths of AWS shared credentials files, only with `StateBackendType.S3_COMPATIBLE`. @default - `~/.aws/credentials` */
  readonly s3SharedCredentialsFiles?: string[];
  /**
   * URL of the Amazon S3 Compatibility API, only with `StateBackendType.S3_COMPATIBLE`.
   * @default - `https://<namespace>.compat.objectstorage.<region>.oraclecloud.com`, the commercial realm's endpoint
   */
  readonly s3Endpoint?: string;
}

/** Returns the Amazon S3 Compatibility API endpoint of a namespace in a commercial-realm region. */
export function objectStorageS3Endpoint(namespace: string, region: string): string {
  return `https://${namespace}.compat.objectstorage.${region}.oraclecloud.com`;
}

// A DNS label, because the namespace becomes the first label of the S3 endpoint host. Namespaces
// are lowercase (Oracle, "Object Storage Namespaces").
const NAMESPACE_PATTERN = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
// Bucket names: letters, digits, hyphens, underscores and periods (OCI API, CreateBucketDetails.name).
const BUCKET_PATTERN = /^[A-Za-z0-9._-]+$/;
// Terraform's `oci` backend rejects periods (internal/backend/remote-state/oci/util.go).
const OCI_BACKEND_BUCKET_PATTERN = /^[A-Za-z0-9_-]+$/;
// Oracle's object naming guidelines: bucket names have at most 255 characters, object names at most 1024 UTF-8 bytes.
const MAX_BUCKET_LENGTH = 255;
const MAX_KEY_BYTES = 1024;
// One folder or file name of the state key. Slashes separate them, so none may contain one.
const KEY_PART_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const S3_ENDPOINT_PATTERN = /^https:\/\/[A-Za-z0-9.-]+(:[0-9]+)?\/?$/;

const KEY_PART_RULE = 'must start with a letter or digit and contain only letters, digits, periods, hyphens and underscores';

/**
 * Stores the stack's Terraform state in an OCI Object Storage bucket, under the key
 * `<keyPrefix>/<environment>/<stateName>.tfstate`, so every stack and environment has its own state.
 *
 * It adds the stack's only backend. The bucket must exist: create it in a separate bootstrap stack
 * with a local state, or with the OCI CLI. Credentials are never written to the backend block. The
 * `oci` backend reads the OCI config file or the instance principal, and the `s3` backend reads
 * AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY or a shared credentials profile. A synth-time check
 * rejects a secret added later through `addOverride`.
 */
export class ObjectStorageBackend extends Construct {
  /** The Terraform backend added to the stack. */
  public readonly backend: TerraformBackend;
  /** The backend type written to `terraform.backend`. */
  public readonly backendType: StateBackendType;
  /** Object name of the state file in the bucket, such as `platform/dev/network.tfstate`. */
  public readonly stateKey: string;
  /** Region of the bucket. */
  public readonly region: string;

  constructor(scope: Construct, id: string, props: ObjectStorageBackendProps) {
    super(scope, id);
    const stack = TerraformStack.of(this);
    const environment = findEnvironment(stack);
    const existing = stack.node.findAll().find((node) => TerraformBackend.isBackend(node));
    if (existing) {
      throw new Error(
        `Stack '${stack.node.path}' already has a backend at '${existing.node.path}': a stack has one backend, so remove it before adding ObjectStorageBackend '${this.node.path}'.`,
      );
    }

    this.backendType = props.backendType ?? StateBackendType.OCI;
    const region = props.region ?? environment?.region;
    const stateName = props.stateName ?? stack.node.id;
    validateProps(this, props, { backendType: this.backendType, region, regionFromEnvironment: props.region === undefined, stateName });

    this.region = region!;
    this.stateKey = [props.keyPrefix, props.environment, `${stateName}.tfstate`].filter((part) => part !== undefined).join('/');

    if (this.backendType === StateBackendType.OCI) {
      const authentication = props.authentication ?? authenticationOf(environment);
      this.backend = new OciBackend(this, {
        bucket: props.bucket,
        namespace: props.namespace,
        key: this.stateKey,
        region: this.region,
        auth: authentication.method,
        configFileProfile: authentication.profile,
        kmsKeyId: props.kmsKeyOcid,
      });
    } else {
      // Each skip_* setting turns off an AWS-only call or header that the S3 Compatibility API lacks.
      this.backend = new S3Backend(this, {
        bucket: props.bucket,
        key: this.stateKey,
        region: this.region,
        endpoints: { s3: props.s3Endpoint ?? objectStorageS3Endpoint(props.namespace, this.region) },
        usePathStyle: true,
        skipRegionValidation: true,
        skipCredentialsValidation: true,
        skipRequestingAccountId: true,
        skipMetadataApiCheck: true,
        skipS3Checksum: true,
        profile: props.s3CredentialsProfile,
        sharedCredentialsFiles: props.s3SharedCredentialsFiles,
      });
    }

    this.node.addValidation({ validate: () => this.findSecrets() });
  }

  // Runs at synth, after any `addOverride` on the backend or on the stack. The stack's own terraform
  // block is read, because `stack.addOverride('terraform.backend...')` does not reach the backend element.
  private findSecrets(): string[] {
    const backendBlock: Record<string, unknown> = TerraformStack.of(this).toTerraform().terraform?.backend ?? {};
    return Object.entries(backendBlock).flatMap(([type, block]) =>
      findSecretSettings(block).map(
        (setting) =>
          `terraform.backend.${type}.${setting} is set: backend settings are written to cdk.tf.json in plain text, ` +
          'so remove the override and pass the credential through the environment or a credentials file.',
      ),
    );
  }
}

/** Settings that {@link validateProps} checks besides the props. */
interface ResolvedSettings {
  readonly backendType: StateBackendType;
  /** The region from the props or, when they leave it out, from the stack's OciEnvironment. */
  readonly region: string | undefined;
  /** True when the props leave the region out. */
  readonly regionFromEnvironment: boolean;
  /** The state name from the props or the stack id. */
  readonly stateName: string;
}

function validateProps(scope: Construct, props: ObjectStorageBackendProps, settings: ResolvedSettings): void {
  const { backendType, region, stateName } = settings;
  const validator = new Validator(scope, 'ObjectStorageBackend');
  validator.requireOneOf('backendType', props.backendType, Object.values(StateBackendType), 'a StateBackendType');
  const invalid = checkTypesAndTokens(validator, props, settings);
  const known = (property: string, value: string | undefined): value is string => value !== undefined && !invalid.has(property);

  if (known('namespace', props.namespace)) {
    validator.check('namespace', props.namespace, NAMESPACE_PATTERN.test(props.namespace), 'is not an Object Storage namespace: expected 1 to 63 lowercase letters, digits and inner hyphens, as `oci os ns get` prints it');
  }

  if (known('bucket', props.bucket)) {
    validator.check('bucket', props.bucket, BUCKET_PATTERN.test(props.bucket), 'must contain only letters, digits, periods, hyphens and underscores');
    validator.check('bucket', props.bucket, props.bucket.length <= MAX_BUCKET_LENGTH, `must be at most ${MAX_BUCKET_LENGTH} characters`);
    if (backendType === StateBackendType.OCI) {
      validator.check(
        'bucket',
        props.bucket,
        !BUCKET_PATTERN.test(props.bucket) || OCI_BACKEND_BUCKET_PATTERN.test(props.bucket),
        "contains a period, which Terraform's oci backend rejects: rename the bucket or use StateBackendType.S3_COMPATIBLE",
      );
    }
  }

  if (region === undefined) {
    validator.add('region', region, 'is missing: set region, or create the OciEnvironment of the stack before the backend');
  } else if (known('region', region)) {
    validator.check('region', region, regionKey(region) !== undefined, `is not a known OCI region: use one of ${knownRegions().join(', ')}`);
  }

  if (known('environment', props.environment)) {
    validator.check('environment', props.environment, KEY_PART_PATTERN.test(props.environment), KEY_PART_RULE);
  }
  if (known('stateName', stateName)) {
    validator.check('stateName', stateName, KEY_PART_PATTERN.test(stateName), KEY_PART_RULE);
  }
  if (known('keyPrefix', props.keyPrefix)) {
    const parts = props.keyPrefix.split('/');
    validator.check(
      'keyPrefix',
      props.keyPrefix,
      parts.every((part) => KEY_PART_PATTERN.test(part)),
      `must be folder names separated by single slashes, without a leading or trailing slash; each name ${KEY_PART_RULE}`,
    );
  }
  const key = [props.keyPrefix, props.environment, `${stateName}.tfstate`].filter((part) => part !== undefined).join('/');
  if (!invalid.has('environment') && !invalid.has('keyPrefix') && !invalid.has('stateName')) {
    validator.check(
      'keyPrefix/environment/stateName',
      key,
      Buffer.byteLength(key, 'utf8') <= MAX_KEY_BYTES,
      `must be at most ${MAX_KEY_BYTES} bytes in UTF-8 together, the maximum length of an object name`,
    );
  }

  if (backendType === StateBackendType.OCI) {
    checkOcid(validator, 'kmsKeyOcid', props.kmsKeyOcid, ['key']);
    const s3Only: [string, unknown][] = [
      ['s3CredentialsProfile', props.s3CredentialsProfile],
      ['s3SharedCredentialsFiles', props.s3SharedCredentialsFiles],
      ['s3Endpoint', props.s3Endpoint],
    ];
    for (const [property, value] of s3Only) {
      if (value !== undefined) {
        validator.add(property, value, 'applies only to StateBackendType.S3_COMPATIBLE: remove it or set backendType');
      }
    }
  } else {
    if (props.authentication !== undefined) {
      validator.add('authentication', props.authentication.method, 'applies only to StateBackendType.OCI: the S3 backend authenticates with a Customer Secret Key from the environment or a credentials profile');
    }
    if (props.kmsKeyOcid !== undefined) {
      validator.add('kmsKeyOcid', props.kmsKeyOcid, "applies only to StateBackendType.OCI: with the S3 backend, the bucket's own encryption key encrypts the state");
    }
    if (known('s3Endpoint', props.s3Endpoint)) {
      validator.check('s3Endpoint', props.s3Endpoint, S3_ENDPOINT_PATTERN.test(props.s3Endpoint), 'must be an https URL of a host without a path, such as https://<namespace>.compat.objectstorage.<region>.oraclecloud.com');
    }
  }

  validator.throwIfInvalid();
}

/**
 * Records settings that are missing, are not strings or are unresolved tokens, and returns their property
 * names, so that the rules on their content skip them.
 */
function checkTypesAndTokens(validator: Validator, props: ObjectStorageBackendProps, settings: ResolvedSettings): Set<string> {
  const invalid = new Set<string>();

  // Without these the backend block would have no bucket, or one state file for every environment.
  const required: [string, unknown, string][] = [
    ['namespace', props.namespace, 'give the Object Storage namespace of the tenancy, as `oci os ns get` prints it'],
    ['bucket', props.bucket, 'give the name of the existing bucket that stores the state files'],
    ['environment', props.environment, 'give the environment name, such as dev or prod, the folder that keeps its state file apart from other environments'],
  ];
  const optional: [string, unknown][] = [
    ['region', props.region],
    ['keyPrefix', props.keyPrefix],
    ['stateName', props.stateName],
    ['kmsKeyOcid', props.kmsKeyOcid],
    ['s3CredentialsProfile', props.s3CredentialsProfile],
    ['s3Endpoint', props.s3Endpoint],
  ];
  for (const [property, value, missing] of required) {
    if (!validator.requireString(property, value, { missing })) {
      invalid.add(property);
    }
  }
  for (const [property, value] of optional) {
    if (value !== undefined && !validator.requireString(property, value)) {
      invalid.add(property);
    }
  }

  // Terraform reads the backend block before it evaluates any expression, so every setting must be
  // known at synth. This is the one place where the library rejects unresolved tokens.
  const tokenRule = 'is an unresolved token: Terraform reads backend settings before it evaluates references, so give a literal value';
  for (const [property, value] of [...required, ...optional]) {
    if (!invalid.has(property) && typeof value === 'string' && Token.isUnresolved(value)) {
      validator.add(property, value, tokenRule);
      invalid.add(property);
    }
  }
  if (settings.regionFromEnvironment && settings.region !== undefined && Token.isUnresolved(settings.region)) {
    validator.add(
      'region',
      settings.region,
      "is left out, so it comes from the stack's OciEnvironment, where it is an unresolved token: Terraform reads backend settings before it evaluates references, " +
        "so set region on the backend to the bucket's region, such as 'us-ashburn-1'",
    );
    invalid.add('region');
  }
  return invalid;
}

function findEnvironment(stack: TerraformStack): OciEnvironment | undefined {
  try {
    return OciEnvironment.of(stack);
  } catch {
    // OciEnvironment.of throws when the stack has none; the caller then needs explicit props.
    return undefined;
  }
}

function authenticationOf(environment: OciEnvironment | undefined): OciAuthentication {
  if (environment === undefined) {
    return OciAuthentication.fromEnvironment();
  }
  return authenticationFromProvider(environment.provider.auth, environment.provider.configFileProfile);
}

// The environment keeps only the provider settings, so rebuild the same method and profile from them.
function authenticationFromProvider(method: string | undefined, profile: string | undefined): OciAuthentication {
  switch (method) {
    case 'SecurityToken':
      return OciAuthentication.securityToken(profile!);
    case 'InstancePrincipal':
      return OciAuthentication.instancePrincipal();
    case 'ResourcePrincipal':
      return OciAuthentication.resourcePrincipal();
    default:
      return OciAuthentication.apiKey(profile);
  }
}
