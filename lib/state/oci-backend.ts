import { TerraformBackend, TerraformRemoteState, DataTerraformRemoteStateConfig } from 'cdktf';
import { Construct } from 'constructs';

/**
 * Settings of Terraform's native `oci` backend, which Terraform added in version 1.12.0.
 *
 * Only settings that are not secrets are offered. The API key, its passphrase and an SSE-C key stay
 * in the OCI config file or on the host, because backend settings are written to cdk.tf.json.
 */
export interface OciBackendConfig {
  /** Name of the Object Storage bucket that stores the state. */
  readonly bucket: string;
  /** Object Storage namespace of the tenancy that owns the bucket. */
  readonly namespace: string;
  /** Object name of the state file in the bucket. @default 'terraform.tfstate' (Terraform's default) */
  readonly key?: string;
  /** Region of the bucket, such as `us-ashburn-1`. @default - the region of the OCI config file profile */
  readonly region?: string;
  /** Authentication method: `ApiKey`, `SecurityToken`, `InstancePrincipal`, `ResourcePrincipal` and others that Terraform accepts. @default - an API key */
  readonly auth?: string;
  /** Profile of the OCI config file. @default 'DEFAULT' */
  readonly configFileProfile?: string;
  /** OCID of a Vault master encryption key that encrypts the state object. @default - the bucket's encryption */
  readonly kmsKeyId?: string;
}

/**
 * Terraform's native `oci` backend: the state lives in an OCI Object Storage bucket, and Terraform
 * locks it with a `<key>.lock` object. cdktf 0.21 has no class for this backend.
 *
 * Terraform 1.11 and earlier reject the configuration with "There is no backend type named "oci"".
 *
 * NOTE: the tests check the synthesized block against the backend's schema in Terraform's source
 * (internal/backend/remote-state/oci), not with a Terraform 1.12 run, because the toolchain here has 1.11.4.
 */
export class OciBackend extends TerraformBackend {
  constructor(scope: Construct, private readonly config: OciBackendConfig) {
    super(scope, 'backend', 'oci');
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    return toSnakeCase(this.config);
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    return toSnakeCase(this.config);
  }

  /** Creates a `terraform_remote_state` data source that reads this state, used for references between stacks. */
  public getRemoteStateDataSource(scope: Construct, name: string, _fromStack: string): TerraformRemoteState {
    return new DataTerraformRemoteStateOci(scope, name, { ...this.config, workspace: '${terraform.workspace}' });
  }
}

/** Settings of a `terraform_remote_state` data source that reads a state from the `oci` backend. */
export interface DataTerraformRemoteStateOciConfig extends DataTerraformRemoteStateConfig, OciBackendConfig {}

/** A `terraform_remote_state` data source that reads another state from the `oci` backend. */
export class DataTerraformRemoteStateOci extends TerraformRemoteState {
  constructor(scope: Construct, id: string, config: DataTerraformRemoteStateOciConfig) {
    super(scope, id, 'oci', config);
  }
}

const ATTRIBUTE_NAMES: Readonly<Record<keyof OciBackendConfig, string>> = {
  bucket: 'bucket',
  namespace: 'namespace',
  key: 'key',
  region: 'region',
  auth: 'auth',
  configFileProfile: 'config_file_profile',
  kmsKeyId: 'kms_key_id',
};

// Writes only the settings that are set, with Terraform's attribute names.
function toSnakeCase(config: OciBackendConfig): { [name: string]: string } {
  const attributes: { [name: string]: string } = {};
  for (const property of Object.keys(ATTRIBUTE_NAMES) as (keyof OciBackendConfig)[]) {
    const value = config[property];
    if (value !== undefined) {
      attributes[ATTRIBUTE_NAMES[property]] = value;
    }
  }
  return attributes;
}
