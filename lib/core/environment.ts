import { TerraformStack } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { DataOciIdentityAvailabilityDomains } from '../generated/providers/oci/data-oci-identity-availability-domains';
import { DataOciIdentityRegionSubscriptions } from '../generated/providers/oci/data-oci-identity-region-subscriptions';
import { DataOciObjectstorageNamespace } from '../generated/providers/oci/data-oci-objectstorage-namespace';
import { OciProvider } from '../generated/providers/oci/provider';
import { OciAuthentication } from './authentication';
import { checkOcid } from './ocid';
import { otherStackErrors } from './app-validation';
import { knownRegions, regionKey } from './regions';
import { secretOutputErrors } from './secret-outputs';
import { isUnresolved, Validator } from './validation';
import { startWarningValidation } from './warnings';

/** Version constraint written to `required_providers`; it matches the schema the bindings come from (8.22.0). */
export const OCI_PROVIDER_VERSION_CONSTRAINT = '~> 8.22';

/** Props of {@link OciEnvironment}. */
export interface OciEnvironmentProps {
  /**
   * Region identifier the stack deploys to, such as `us-ashburn-1`. It must be a string known at synth,
   * not a reference, because the registry host and the availability domain count come from it.
   * @default - the `OCI_REGION` environment variable
   */
  readonly region?: string;
  /** OCID of the tenancy, the root compartment of groups, dynamic groups and tenancy-wide policies. @default - the `OCI_TENANCY_OCID` environment variable */
  readonly tenancyOcid?: string;
  /**
   * The tenancy's home region, where identity resources are written. A reference is accepted, because
   * it only configures the home provider. @default - looked up with the `oci_identity_region_subscriptions` data source
   */
  readonly homeRegion?: string;
  /** Authentication method of the provider. @default - `OciAuthentication.fromEnvironment()`: an API key of the default profile unless `OCI_CLI_AUTH` selects another method */
  readonly authentication?: OciAuthentication;
}

const ENVIRONMENT_SYMBOL = Symbol.for('cdktf-oci-containers.OciEnvironment');

/**
 * The region and tenancy a stack deploys into, and the OCI providers for them.
 *
 * It configures the default `oci` provider for the region and an `oci.home` alias for the home
 * region, because OCI writes users, groups, dynamic groups and policies there only. Create one per
 * stack before the other constructs of this library; they find it with {@link OciEnvironment.of}.
 *
 * At synth it also checks the whole stack: an output that shows an auth token or a kubeconfig must be
 * sensitive, and every other stack of the app must be valid, so that a failed synth writes no stack.
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
    // JavaScript callers may pass null.
    props = props ?? {};

    const validator = new Validator(this, 'OciEnvironment');
    const region = checkRegion(validator, props.region);
    const tenancyOcid = checkTenancyOcid(validator, props.tenancyOcid);
    if (validator.requireString('homeRegion', props.homeRegion)) {
      validator.check('homeRegion', props.homeRegion, regionKey(props.homeRegion!) !== undefined, `is not a known OCI region: use one of ${knownRegions().join(', ')}`);
    }
    const authentication = checkAuthentication(validator, props.authentication);
    validator.throwIfInvalid();

    this.region = region!;
    const key = regionKey(this.region);
    if (key === undefined) {
      // Unreachable: checkRegion accepts only regions of the table.
      throw new Error(`OciEnvironment '${this.node.path}': region '${this.region}' has no region key.`);
    }
    this.regionKey = key;
    this.tenancyOcid = tenancyOcid!;

    this.provider = new OciProvider(this, 'provider', {
      region: this.region,
      auth: authentication!.method,
      configFileProfile: authentication!.profile,
    });

    // Oracle's OKE module finds the home region the same way when it is not given. A token is
    // accepted here, because the home region only configures the provider for identity resources.
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
      auth: authentication!.method,
      configFileProfile: authentication!.profile,
    });

    stack.addOverride('terraform.required_providers.oci.version', OCI_PROVIDER_VERSION_CONSTRAINT);
    (stack as any)[ENVIRONMENT_SYMBOL] = this;

    // cdktf validates the stack before the constructs in it, so from here on warnRisk treats
    // synthesis as started.
    stack.node.addValidation({
      validate: () => {
        startWarningValidation(stack, this);
        return [...secretOutputErrors(stack), ...otherStackErrors(stack)];
      },
    });
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

/**
 * Records the problems of the region and returns it. The region comes from the prop or the
 * `OCI_REGION` environment variable, and must be a literal: the registry host and the availability
 * domain table are looked up from it at synth.
 */
function checkRegion(validator: Validator, propRegion: unknown): string | undefined {
  const fromEnvironment = propRegion === undefined;
  const region = fromEnvironment ? process.env.OCI_REGION : propRegion;
  const property = fromEnvironment ? 'region (from OCI_REGION)' : 'region';
  if (region === undefined) {
    validator.add('region', region, 'is missing: set the region prop or the OCI_REGION environment variable');
    return undefined;
  }
  if (!validator.requireString(property, region)) {
    return undefined;
  }
  const name = region as string;
  if (isUnresolved(name)) {
    validator.add(
      property,
      name,
      'is a reference that Terraform resolves at plan time, but the region must be known at synth, because the registry host ' +
        '(<region key>.ocir.io) and the availability domain count come from it: pass the region as a string, for example ' +
        'read from an environment variable or a configuration file when the app runs',
    );
  } else if (regionKey(name) === undefined) {
    validator.add(property, name, `is not a known OCI region: use one of ${knownRegions().join(', ')}`);
  }
  return name;
}

/** Records the problems of the tenancy OCID, from the prop or the `OCI_TENANCY_OCID` environment variable, and returns it. */
function checkTenancyOcid(validator: Validator, propTenancyOcid: unknown): string | undefined {
  const fromEnvironment = propTenancyOcid === undefined;
  const tenancyOcid = fromEnvironment ? process.env.OCI_TENANCY_OCID : propTenancyOcid;
  const property = fromEnvironment ? 'tenancyOcid (from OCI_TENANCY_OCID)' : 'tenancyOcid';
  if (tenancyOcid === undefined) {
    validator.add('tenancyOcid', tenancyOcid, 'is missing: set the tenancyOcid prop or the OCI_TENANCY_OCID environment variable');
    return undefined;
  }
  if (!validator.requireString(property, tenancyOcid)) {
    return undefined;
  }
  checkOcid(validator, property, tenancyOcid as string, ['tenancy']);
  return tenancyOcid as string;
}

/** Records a problem unless the authentication is an OciAuthentication, or can be read from the OCI CLI's environment variables. */
function checkAuthentication(validator: Validator, authentication: unknown): OciAuthentication | undefined {
  if (authentication === undefined) {
    try {
      return OciAuthentication.fromEnvironment();
    } catch (error) {
      validator.add('authentication', undefined, `cannot be read from the environment: ${(error as Error).message}`);
      return undefined;
    }
  }
  // Compared by shape, so that an OciAuthentication from another copy of this package passes too.
  const method = (authentication as { method?: unknown } | null)?.method;
  if (typeof authentication !== 'object' || !AUTHENTICATION_METHODS.includes(method as string)) {
    validator.add('authentication', authentication, "must be an OciAuthentication, such as OciAuthentication.apiKey('DEFAULT')");
    return undefined;
  }
  return authentication as OciAuthentication;
}

const AUTHENTICATION_METHODS = ['APIKey', 'SecurityToken', 'InstancePrincipal', 'ResourcePrincipal'];
