import { App, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { OciAuthentication } from '../lib/core/authentication';
import { knownRegions } from '../lib/core/regions';
import { OciEnvironment, OciEnvironmentProps } from '../lib/core/environment';
import { formatValue } from '../lib/core/validation';
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

  test('homeRegion reference configures the home provider', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'test');
    const home = new TerraformVariable(stack, 'home', { type: 'string' });
    new OciEnvironment(stack, 'oci', { region: 'us-ashburn-1', tenancyOcid: TENANCY, homeRegion: home.stringValue, authentication: OciAuthentication.apiKey() });
    expect(synthJson(stack).provider.oci[1]).toEqual({ alias: 'home', auth: 'APIKey', region: '${var.home}' });
  });

  test('tenancyOcid reference passes', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'test');
    const tenancy = new TerraformVariable(stack, 'tenancy', { type: 'string' });
    const environment = new OciEnvironment(stack, 'oci', { region: 'us-ashburn-1', tenancyOcid: tenancy.stringValue, homeRegion: 'us-ashburn-1' });
    expect(environment.registryEndpoint).toBe('iad.ocir.io');
  });
});

describe('OciEnvironment input', () => {
  const header = "OciEnvironment 'bad/oci' has invalid configuration:\n";
  const saved = { ...process.env };

  beforeEach(() => {
    delete process.env.OCI_REGION;
    delete process.env.OCI_TENANCY_OCID;
    delete process.env.OCI_CLI_AUTH;
    delete process.env.OCI_CLI_PROFILE;
  });

  afterEach(() => {
    process.env = { ...saved };
  });

  function environmentError(props: OciEnvironmentProps | null, configure?: (stack: TerraformStack) => OciEnvironmentProps): string {
    const stack = new TerraformStack(Testing.app(), 'bad');
    try {
      new OciEnvironment(stack, 'oci', configure ? configure(stack) : (props as OciEnvironmentProps));
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error('expected an error, but nothing was thrown');
  }

  test('region reference', () => {
    let token = '';
    const message = environmentError(null, (stack) => {
      token = new TerraformVariable(stack, 'region', { type: 'string' }).stringValue;
      return { region: token, tenancyOcid: TENANCY };
    });
    expect(message).toBe(
      `${header}  - region: ${formatValue(token)} is a reference that Terraform resolves at plan time, but the region must be known at synth, ` +
        'because the registry host (<region key>.ocir.io) and the availability domain count come from it: pass the region as a string, ' +
        'for example read from an environment variable or a configuration file when the app runs',
    );
  });

  test('wrong types', () => {
    const props = { region: 123, tenancyOcid: [TENANCY], homeRegion: null } as any;
    expect(environmentError(props)).toBe(
      header + '  - region: 123 must be a string\n' + `  - tenancyOcid: ["${TENANCY}"] must be a string\n` + '  - homeRegion: null must be a string',
    );
  });

  test('null props and no environment variables', () => {
    expect(environmentError(null)).toBe(
      header +
        '  - region: undefined is missing: set the region prop or the OCI_REGION environment variable\n' +
        '  - tenancyOcid: undefined is missing: set the tenancyOcid prop or the OCI_TENANCY_OCID environment variable',
    );
  });

  test('values from environment variables', () => {
    process.env.OCI_REGION = 'eu-frankfurt';
    process.env.OCI_TENANCY_OCID = 'ocid1.user.oc1..aaaa';
    const message = environmentError({});
    expect(message.split('\n')).toEqual([
      header.trim(),
      expect.stringMatching(/^ {2}- region \(from OCI_REGION\): 'eu-frankfurt' is not a known OCI region: use one of af-casablanca-1, /),
      "  - tenancyOcid (from OCI_TENANCY_OCID): 'ocid1.user.oc1..aaaa' is an OCID of kind 'user': expected 'ocid1.tenancy.<realm>.<region>.<unique id>'",
    ]);
  });

  test('environment variables used when valid', () => {
    process.env.OCI_REGION = 'uk-london-1';
    process.env.OCI_TENANCY_OCID = TENANCY;
    const stack = new TerraformStack(Testing.app(), 'env');
    const environment = new OciEnvironment(stack, 'oci', { homeRegion: 'uk-london-1' });
    expect([environment.region, environment.regionKey, environment.tenancyOcid]).toEqual(['uk-london-1', 'lhr', TENANCY]);
  });

  test('authentication not an OciAuthentication', () => {
    expect(environmentError({ region: 'us-ashburn-1', tenancyOcid: TENANCY, authentication: 'APIKey' as any })).toBe(
      `${header}  - authentication: 'APIKey' must be an OciAuthentication, such as OciAuthentication.apiKey('DEFAULT')`,
    );
  });

  test('authentication from a bad OCI_CLI_AUTH', () => {
    process.env.OCI_CLI_AUTH = 'password';
    expect(environmentError({ region: 'mars-1', tenancyOcid: TENANCY })).toBe(
      header +
        `  - region: 'mars-1' is not a known OCI region: use one of ${knownRegions().join(', ')}\n` +
        "  - authentication: undefined cannot be read from the environment: OCI_CLI_AUTH 'password' is not supported: " +
        'use api_key, security_token, instance_principal or resource_principal.',
    );
  });

  test('security token without a profile', () => {
    process.env.OCI_CLI_AUTH = 'security_token';
    expect(environmentError({ region: 'us-ashburn-1', tenancyOcid: TENANCY })).toBe(
      header +
        "  - authentication: undefined cannot be read from the environment: OCI_CLI_AUTH 'security_token' needs OCI_CLI_PROFILE: " +
        'set it to the profile that `oci session authenticate` wrote.',
    );
  });

  test('tenancyOcid not an OCID', () => {
    expect(environmentError({ region: 'us-ashburn-1', tenancyOcid: 'tenancy-1' })).toBe(
      `${header}  - tenancyOcid: 'tenancy-1' is not an OCID: expected 'ocid1.tenancy.<realm>.<region>.<unique id>'`,
    );
  });

  test('second environment in a stack', () => {
    const { stack } = testStack();
    expect(() => new OciEnvironment(stack, 'again', { region: 'us-ashburn-1', tenancyOcid: TENANCY })).toThrow(
      new Error("Stack 'test' already has an OciEnvironment: create one per stack."),
    );
  });

  test('every known region has a registry host', () => {
    for (const region of knownRegions()) {
      const stack = new TerraformStack(Testing.app(), 'regions');
      const environment = new OciEnvironment(stack, 'oci', { region, tenancyOcid: TENANCY, homeRegion: region, authentication: OciAuthentication.apiKey() });
      expect(environment.registryEndpoint).toMatch(/^[a-z]{3}\.ocir\.io$/);
    }
  });
});
