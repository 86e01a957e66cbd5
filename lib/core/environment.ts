import { TerraformStack } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { DataOciIdentityAvailabilityDomains } from '../generated/providers/oci/data-oci-identity-availability-domains';
import { DataOciIdentityRegionSubscriptions } from '../generated/providers/oci/data-oci-identity-region-subscriptions';
import { DataOciObjectstorageNamespace } from '../generated/providers/oci/data-oci-objectstorage-namespace';
import { OciProvider } from '../generated/providers/oci/provider';
import { OciAuthentication } from './authentication';
import { checkOcid } from './ocid';
import { knownRegions, regionKey } from './regions';
import { Validator } from './validation';

/** Version constraint written to `required_providers`; it matches the schema the bindings come from (8.22.0). */
export const OCI_PROVIDER_VERSION_CONSTRAINT = '~> 8.22';

/** Props of {@link OciEnvironment}. */
export interface OciEnvironmentProps {
  /** Region identifier the stack deploys to, such as `us-ashburn-1`. @default - the `OCI_REGION` environment variable */
  readonly region?: string;
  /** OCID of the tenancy, the root compartment of groups, dynamic groups and tenancy-wide policies. @default - the `OCI_TENANCY_OCID` environment variable */
  readonly tenancyOcid?: string;
  /** The tenancy's home region, where identity resources are written. @default - looked up with the `oci_identity_region_subscriptions` data source */
  readonly homeRegion?: string;
  /** How the provider authenticates. @default - `OciAuthentication.fromEnvironment()`: an API key of the default profile unless `OCI_CLI_AUTH` says otherwise */
  readonly authentication?: OciAuthentication;
}

const ENVIRONMENT_SYMBOL = Symbol.for('cdktf-oci-containers.OciEnvironment');

/**
 * The region and tenancy a stack deploys into, and the OCI providers for them.
 *
 * It configures the default `oci` provider for the region and an `oci.home` alias for the home
 * region, because OCI writes users, groups, dynamic groups and policies there only. Create one per
 * stack before the other constructs of this library; they find it with {@link OciEnvironment.of}.
 */
export class OciEnvironment extends Construct {
  /** Returns the environment of the stack that contains `scope`, or throws when the stack has none. */
  public static of(scope: IConstruct): OciEnvironment {
    const stack = TerraformStack.of(scope);
    const environment = (stack as any)[ENVIRONMENT_SYMBOL] as OciEnvironment | undefined;
    if (!environment) {
      throw new Error(
        `'${scope.node.path}' needs an OciEnvironment in stack '${stack.node.path}': ` +
          "create one first with new OciEnvironment(stack, 'oci', { region, tenancyOcid }).",
      );
    }
    return environment;
  }

  /** Region identifier, such as `us-ashburn-1`. */
  public readonly region: string;
  /** Three-letter region key, such as `iad`. */
  public readonly regionKey: string;
  /** OCID of the tenancy. */
  public readonly tenancyOcid: string;
  /** Provider for resources of the stack's region. */
  public readonly provider: OciProvider;
  /** Provider for identity resources, configured for the home region. */
  public readonly homeProvider: OciProvider;

  private namespaceData?: DataOciObjectstorageNamespace;
  private availabilityDomainsData?: DataOciIdentityAvailabilityDomains;

  constructor(scope: Construct, id: string, props: OciEnvironmentProps = {}) {
    super(scope, id);
    const stack = TerraformStack.of(this);
    if ((stack as any)[ENVIRONMENT_SYMBOL]) {
      throw new Error(`Stack '${stack.node.path}' already has an OciEnvironment: create one per stack.`);
    }

    const region = props.region ?? process.env.OCI_REGION;
    const tenancyOcid = props.tenancyOcid ?? process.env.OCI_TENANCY_OCID;
    const authentication = props.authentication ?? OciAuthentication.fromEnvironment();

    const validator = new Validator(this, 'OciEnvironment');
    if (region === undefined) {
      validator.add('region', region, 'is missing: set the region prop or the OCI_REGION environment variable');
    } else {
      validator.check('region', region, regionKey(region) !== undefined, `is not a known OCI region: use one of ${knownRegions().join(', ')}`);
    }
    if (props.homeRegion !== undefined) {
      validator.check('homeRegion', props.homeRegion, regionKey(props.homeRegion) !== undefined, `is not a known OCI region: use one of ${knownRegions().join(', ')}`);
    }
    if (tenancyOcid === undefined) {
      validator.add('tenancyOcid', tenancyOcid, 'is missing: set the tenancyOcid prop or the OCI_TENANCY_OCID environment variable');
    }
    checkOcid(validator, 'tenancyOcid', tenancyOcid, ['tenancy']);
    validator.throwIfInvalid();

    this.region = region!;
    this.regionKey = regionKey(this.region)!;
    this.tenancyOcid = tenancyOcid!;

    this.provider = new OciProvider(this, 'provider', {
      region: this.region,
      auth: authentication.method,
      configFileProfile: authentication.profile,
    });

    // Oracle's OKE module finds the home region the same way when it is not given.
    let homeRegion = props.homeRegion;
    if (homeRegion === undefined) {
      const subscriptions = new DataOciIdentityRegionSubscriptions(this, 'home-region', {
        tenancyId: this.tenancyOcid,
        filter: [{ name: 'is_home_region', values: ['true'] }],
      });
      homeRegion = subscriptions.regionSubscriptions.get(0).regionName;
    }
    this.homeProvider = new OciProvider(this, 'home-provider', {
      alias: 'home',
      region: homeRegion,
      auth: authentication.method,
      configFileProfile: authentication.profile,
    });

    stack.addOverride('terraform.required_providers.oci.version', OCI_PROVIDER_VERSION_CONSTRAINT);
    (stack as any)[ENVIRONMENT_SYMBOL] = this;
  }

  /** OCIR host of the region, such as `iad.ocir.io`. */
  public get registryEndpoint(): string {
    return `${this.regionKey}.ocir.io`;
  }

  /** The tenancy's Object Storage namespace, which is also its OCIR namespace (known at plan time). */
  public get tenancyNamespace(): string {
    if (!this.namespaceData) {
      this.namespaceData = new DataOciObjectstorageNamespace(this, 'namespace', { compartmentId: this.tenancyOcid });
    }
    return this.namespaceData.namespace;
  }

  /** The data source listing the region's availability domains. */
  public get availabilityDomains(): DataOciIdentityAvailabilityDomains {
    if (!this.availabilityDomainsData) {
      this.availabilityDomainsData = new DataOciIdentityAvailabilityDomains(this, 'availability-domains', {
        compartmentId: this.tenancyOcid,
      });
    }
    return this.availabilityDomainsData;
  }
}
