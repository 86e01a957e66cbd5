import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { DataOciIdentityRegionSubscriptions } from '../../../lib/generated/providers/oci/data-oci-identity-region-subscriptions';
import { OciProvider } from '../../../lib/generated/providers/oci/provider';
import { REGION, STACK_NAME, TENANCY_OCID } from '../shared';

/** The stack, the two providers OciEnvironment writes, and the scope they sit in. */
export interface L1Stack {
  readonly stack: TerraformStack;
  /** The plain construct at the path of OciEnvironment, `<stack>/oci`. */
  readonly environmentScope: Construct;
  readonly provider: OciProvider;
  readonly homeProvider: OciProvider;
}

/** Stack name, region, tenancy and provider authentication of an L1 stack. */
export interface L1StackOptions {
  readonly stackName: string;
  readonly region: string;
  readonly tenancyOcid: string;
  /** Home region; when undefined it is looked up with the `oci_identity_region_subscriptions` data source. */
  readonly homeRegion?: string;
  /** Profile of the OCI config file; when undefined the provider uses its default profile. */
  readonly profile?: string;
}

/**
 * Writes by hand what OciEnvironment writes: the default provider, the `home` alias for identity
 * resources, and the provider version constraint. The constructs sit at the same paths as the
 * library's, so the logical names match. The defaults are those of the generated workloads.
 */
export function l1Stack(
  app: App,
  options: L1StackOptions = { stackName: STACK_NAME, region: REGION, tenancyOcid: TENANCY_OCID, homeRegion: REGION, profile: 'DEFAULT' },
): L1Stack {
  const stack = new TerraformStack(app, options.stackName);
  const environmentScope = new Construct(stack, 'oci');
  const provider = new OciProvider(environmentScope, 'provider', { region: options.region, auth: 'APIKey', configFileProfile: options.profile });

  let homeRegion = options.homeRegion;
  if (homeRegion === undefined) {
    const subscriptions = new DataOciIdentityRegionSubscriptions(environmentScope, 'home-region', {
      tenancyId: options.tenancyOcid,
      filter: [{ name: 'is_home_region', values: ['true'] }],
    });
    homeRegion = subscriptions.regionSubscriptions.get(0).regionName;
  }
  const homeProvider = new OciProvider(environmentScope, 'home-provider', {
    alias: 'home',
    region: homeRegion,
    auth: 'APIKey',
    configFileProfile: options.profile,
  });

  stack.addOverride('terraform.required_providers.oci.version', '~> 8.22');
  return { stack, environmentScope, provider, homeProvider };
}
