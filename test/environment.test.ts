import { App, TerraformStack, Testing } from 'cdktf';
import { OciAuthentication } from '../lib/core/authentication';
import { OciEnvironment } from '../lib/core/environment';
import { synthJson, TENANCY, testStack } from './helpers/stack';

describe('OciEnvironment', () => {
  test('configures region and home-region providers', () => {
    const { stack } = testStack({ homeRegion: 'eu-frankfurt-1' });
    const json = synthJson(stack);
    expect(json.provider.oci).toEqual([
      { auth: 'APIKey', config_file_profile: 'DEFAULT', region: 'us-ashburn-1' },
      { alias: 'home', auth: 'APIKey', config_file_profile: 'DEFAULT', region: 'eu-frankfurt-1' },
    ]);
    expect(json.terraform.required_providers.oci).toEqual({ source: 'registry.terraform.io/oracle/oci', version: '~> 8.22' });
  });

  test('finds the home region when not given', () => {
    const { stack } = testStack({ homeRegion: undefined });
    const json = synthJson(stack);
    const subscriptions = Object.values(json.data.oci_identity_region_subscriptions) as any[];
    expect(subscriptions).toEqual([
      { filter: [{ name: 'is_home_region', values: ['true'] }], tenancy_id: TENANCY },
    ]);
    const home = json.provider.oci[1];
    expect(home.region).toMatch(/^\$\{data\.oci_identity_region_subscriptions\.[\w-]+\.region_subscriptions\[0\]\.region_name\}$/);
  });

  test('instance principal writes no profile', () => {
    const { stack } = testStack({ authentication: OciAuthentication.instancePrincipal() });
    expect(synthJson(stack).provider.oci[0]).toEqual({ auth: 'InstancePrincipal', region: 'us-ashburn-1' });
  });

  test('registry endpoint uses the region key', () => {
    const { environment } = testStack({ region: 'eu-frankfurt-1' });
    expect(environment.registryEndpoint).toBe('fra.ocir.io');
    expect(environment.regionKey).toBe('fra');
  });

  test('reports every invalid prop together', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'bad');
    expect(() => new OciEnvironment(stack, 'oci', { region: 'mars-north-1', tenancyOcid: 'ocid1.compartment.oc1..abc', homeRegion: 'us-ashburn-1' })).toThrow(
      "OciEnvironment 'bad/oci' has invalid configuration:\n" +
        "  - region: 'mars-north-1' is not a known OCI region: use one of ",
    );
  });

  test('of() names the missing environment', () => {
    const app = new App();
    const stack = new TerraformStack(app, 'empty');
    expect(() => OciEnvironment.of(stack)).toThrow(
      "'empty' needs an OciEnvironment in stack 'empty': create one first with new OciEnvironment(stack, 'oci', { region, tenancyOcid }).",
    );
  });

  test('auth method read from OCI_CLI_AUTH', () => {
    expect(OciAuthentication.fromEnvironment({ OCI_CLI_AUTH: 'security_token', OCI_CLI_PROFILE: 'session' })).toEqual(
      OciAuthentication.securityToken('session'),
    );
    expect(() => OciAuthentication.fromEnvironment({ OCI_CLI_AUTH: 'password' })).toThrow(
      "OCI_CLI_AUTH 'password' is not supported: use api_key, security_token, instance_principal or resource_principal.",
    );
  });
});
