import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack, Testing } from 'cdktf';
import { knownRegions } from '../../lib/core/regions';
import { knownFlexShapes } from '../../lib/oke/shapes';
import { EnvironmentConfigError, loadEnvironmentConfig } from '../../examples/environments/config-schema';
import { build, CONFIG_DIR } from '../../examples/environments/main';

const DEV_CONFIG = JSON.parse(fs.readFileSync(path.join(CONFIG_DIR, 'dev.json'), 'utf8'));

/** Writes configuration files into a new temporary folder and returns the folder. */
function writeConfigs(files: Record<string, unknown>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oci-environments-'));
  for (const [name, content] of Object.entries(files)) {
    fs.writeFileSync(path.join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

function devWith(changes: Record<string, unknown>): Record<string, unknown> {
  return { ...DEV_CONFIG, ...changes };
}

function stackJson(app: App, name: string): any {
  return JSON.parse(Testing.synth(app.node.findChild(name) as TerraformStack));
}

function resources(json: any, type: string): any[] {
  return Object.values(json.resource[type] ?? {});
}

// The provider's authentication comes from OCI_CLI_AUTH and OCI_CLI_PROFILE at synth, so the tests fix them.
const savedEnvironment = { auth: process.env.OCI_CLI_AUTH, profile: process.env.OCI_CLI_PROFILE };
beforeAll(() => {
  delete process.env.OCI_CLI_AUTH;
  delete process.env.OCI_CLI_PROFILE;
});
afterAll(() => {
  for (const [name, value] of [['OCI_CLI_AUTH', savedEnvironment.auth], ['OCI_CLI_PROFILE', savedEnvironment.profile]] as const) {
    if (value === undefined) {
      delete process.env[name];
    } else {
      process.env[name] = value;
    }
  }
});

describe('environments example', () => {
  const app = Testing.app();
  build(app);

  test('builds one stack per environment', () => {
    expect(app.node.children.map((child) => child.node.id)).toEqual(['shop-dev', 'shop-staging', 'shop-prod']);
  });

  test.each([
    ['shop-dev', 'dev'],
    ['shop-staging', 'staging'],
    ['shop-prod', 'prod'],
  ])('%s keeps its state under its environment', (stack, environment) => {
    expect(stackJson(app, stack).terraform.backend).toEqual({
      oci: {
        auth: 'APIKey',
        bucket: 'shop-terraform-state',
        key: `shop/${environment}/${stack}.tfstate`,
        namespace: 'exampletenancyns',
        region: 'us-ashburn-1',
      },
    });
  });

  test('dev uses its region and sizes', () => {
    const json = stackJson(app, 'shop-dev');

    expect(json.provider.oci).toEqual([
      { auth: 'APIKey', region: 'us-ashburn-1' },
      { alias: 'home', auth: 'APIKey', region: 'us-ashburn-1' },
    ]);
    expect(resources(json, 'oci_core_vcn').map((vcn) => [vcn.cidr_blocks, vcn.compartment_id])).toEqual([[['10.10.0.0/16'], 'ocid1.compartment.oc1..aaaaaaaaexamplenetwork']]);
    expect(resources(json, 'oci_containerengine_cluster').map((cluster) => [cluster.name, cluster.compartment_id, cluster.kubernetes_version])).toEqual([
      ['shop-dev', 'ocid1.compartment.oc1..aaaaaaaaexampleshopdev', 'v1.31.1'],
    ]);
    expect(resources(json, 'oci_containerengine_node_pool').map((pool) => [pool.name, pool.node_shape, pool.node_shape_config, pool.node_config_details.size])).toEqual([
      ['shop-dev-general', 'VM.Standard.E5.Flex', { memory_in_gbs: 16, ocpus: 2 }, 1],
    ]);
    expect(resources(json, 'oci_artifacts_container_repository').map((repository) => repository.display_name).sort()).toEqual(['shop-dev/checkout', 'shop-dev/storefront']);
  });

  test('staging allows its API clients', () => {
    const json = stackJson(app, 'shop-staging');
    const apiSources = resources(json, 'oci_core_network_security_group_security_rule')
      .filter((rule) => rule.direction === 'INGRESS' && rule.tcp_options?.destination_port_range?.min === 6443 && rule.source_type === 'CIDR_BLOCK')
      .map((rule) => rule.source)
      .sort();

    expect(apiSources).toEqual(['10.20.0.0/16', '192.168.100.0/24']);
    expect(resources(json, 'oci_containerengine_node_pool').map((pool) => pool.node_config_details.size)).toEqual([2]);
  });

  test('prod runs two pools in Phoenix', () => {
    const json = stackJson(app, 'shop-prod');

    expect(json.provider.oci[0].region).toBe('us-phoenix-1');
    expect(
      resources(json, 'oci_containerengine_node_pool')
        .map((pool) => [pool.name, pool.node_shape, pool.node_shape_config, pool.node_config_details.size])
        .sort(),
    ).toEqual([
      ['shop-prod-arm', 'VM.Standard.A1.Flex', { memory_in_gbs: 24, ocpus: 4 }, 2],
      ['shop-prod-general', 'VM.Standard.E5.Flex', { memory_in_gbs: 32, ocpus: 4 }, 3],
    ]);
    expect(resources(json, 'oci_artifacts_container_repository').map((repository) => repository.display_name).sort()).toEqual([
      'shop-prod/checkout',
      'shop-prod/payments',
      'shop-prod/storefront',
    ]);
  });

  test('kubeconfig output is sensitive', () => {
    const outputs = Object.values(stackJson(app, 'shop-dev').output) as any[];
    expect(outputs.map((output) => output.sensitive)).toEqual([true]);
  });
});

describe('environment configuration errors', () => {
  test('names a missing file', () => {
    const dir = writeConfigs({ 'dev.json': DEV_CONFIG });
    const file = path.join(dir, 'qa.json');

    expect(() => build(Testing.app(), { configDir: dir, environments: ['dev', 'qa'] })).toThrow(
      `Environment configuration '${file}' is missing: create it, for example from another environment's file`,
    );
  });

  test('names a file that is not JSON', () => {
    const dir = writeConfigs({ 'dev.json': '{"name":' });
    expect(() => build(Testing.app(), { configDir: dir, environments: ['dev'] })).toThrow(
      `Environment configuration '${path.join(dir, 'dev.json')}' is not valid JSON: Unexpected end of JSON input`,
    );
  });

  test('names each bad value', () => {
    const dir = writeConfigs({
      'dev.json': devWith({
        region: 'mars-north-1',
        tenancyOcid: 'ocid1.compartment.oc1..aaaaaaaaexample',
        kubernetesVersion: '1.31',
        vcnCidr: '10.10.0.1/16',
        nodePools: { general: { size: -1, shape: 'VM.Standard2.1' } },
        repositories: ['storefront', 'storefront'],
      }),
    });
    const file = path.join(dir, 'dev.json');

    expect(() => build(Testing.app(), { configDir: dir, environments: ['dev'] })).toThrow(
      `Environment configuration '${file}' is invalid:\n` +
        `  - region: 'mars-north-1' must be a known OCI region: one of ${knownRegions().join(', ')}\n` +
        "  - tenancyOcid: 'ocid1.compartment.oc1..aaaaaaaaexample' must be an OCID of the form 'ocid1.tenancy.<realm>.<region>.<unique id>'\n" +
        "  - kubernetesVersion: '1.31' must be a Kubernetes version of the form v<major>.<minor>.<patch>, such as v1.31.1\n" +
        "  - vcnCidr: '10.10.0.1/16' must be an IPv4 CIDR block such as 10.0.0.0/16, with no host bits set\n" +
        '  - nodePools.general.size: -1 must be a whole number of 0 or more\n' +
        `  - nodePools.general.shape: 'VM.Standard2.1' must be a flexible shape: one of ${knownFlexShapes().join(', ')}\n` +
        '  - repositories: ["storefront","storefront"] must not list a repository twice',
    );
  });

  test('names missing and unknown keys', () => {
    const { kubernetesVersion, ...withoutVersion } = DEV_CONFIG;
    const dir = writeConfigs({ 'dev.json': { ...withoutVersion, nodePool: { general: { size: 1 } }, state: { ...DEV_CONFIG.state, bucket: undefined, lock: true } } });
    const file = path.join(dir, 'dev.json');

    expect(kubernetesVersion).toBe('v1.31.1');
    expect(() => build(Testing.app(), { configDir: dir, environments: ['dev'] })).toThrow(
      `Environment configuration '${file}' is invalid:\n` +
        '  - state.bucket: undefined is missing: must be the name of the state bucket: letters, digits, hyphens and underscores\n' +
        '  - state.lock: true is not a setting of this file: remove it or correct its name\n' +
        '  - kubernetesVersion: undefined is missing: must be a Kubernetes version of the form v<major>.<minor>.<patch>, such as v1.31.1\n' +
        '  - nodePool: {"general":{"size":1}} is not a setting of this file: remove it or correct its name',
    );
  });

  test('names a root that is not an object', () => {
    const dir = writeConfigs({ 'dev.json': '["dev"]' });
    expect(() => loadEnvironmentConfig(path.join(dir, 'dev.json'))).toThrow(
      `Environment configuration '${path.join(dir, 'dev.json')}' is invalid:\n  - (root): ["dev"] must be a JSON object`,
    );
  });

  test('names bad compartment, state, pool and repository values', () => {
    const dir = writeConfigs({
      'dev.json': devWith({
        compartmentOcid: 'ocid1.vcn.oc1..aaaaaaaaexample',
        networkCompartmentOcid: 'network',
        state: { namespace: 'My-Namespace', bucket: 'tf.state' },
        nodePools: { general: { size: 1, ocpus: 0, memoryInGbs: -4 } },
        repositories: ['Storefront'],
      }),
    });
    const file = path.join(dir, 'dev.json');

    expect(() => loadEnvironmentConfig(file)).toThrow(
      `Environment configuration '${file}' is invalid:\n` +
        "  - compartmentOcid: 'ocid1.vcn.oc1..aaaaaaaaexample' must be an OCID of the form 'ocid1.compartment.<realm>.<region>.<unique id>' or 'ocid1.tenancy.<realm>.<region>.<unique id>'\n" +
        "  - networkCompartmentOcid: 'network' must be an OCID of the form 'ocid1.compartment.<realm>.<region>.<unique id>' or 'ocid1.tenancy.<realm>.<region>.<unique id>'\n" +
        "  - state.namespace: 'My-Namespace' must be the Object Storage namespace that `oci os ns get` prints\n" +
        "  - state.bucket: 'tf.state' must be the name of the state bucket: letters, digits, hyphens and underscores\n" +
        '  - nodePools.general.ocpus: 0 must be a number of OCPUs greater than 0\n' +
        '  - nodePools.general.memoryInGbs: -4 must be a memory size in GB greater than 0\n' +
        '  - repositories[0]: \'Storefront\' must be a repository name of lowercase letters, digits and the separators ".", "_", "-" and "/", starting with a letter or digit',
    );
  });

  test('names a state that is not an object', () => {
    const dir = writeConfigs({ 'dev.json': devWith({ state: 'tf-state' }) });
    expect(() => loadEnvironmentConfig(path.join(dir, 'dev.json'))).toThrow(
      `Environment configuration '${path.join(dir, 'dev.json')}' is invalid:\n` +
        "  - state: 'tf-state' must be an object with namespace, bucket and optionally region and keyPrefix",
    );
  });

  test('names a bad pool name', () => {
    const dir = writeConfigs({ 'dev.json': devWith({ nodePools: { 'general pool': { size: 1 } } }) });
    expect(() => build(Testing.app(), { configDir: dir, environments: ['dev'] })).toThrow(
      `Environment configuration '${path.join(dir, 'dev.json')}' is invalid:\n` +
        "  - nodePools.general pool: 'general pool' is not a node pool name: use 1 to 63 letters, digits and hyphens, starting with a letter",
    );
  });

  test('rejects an empty pool list', () => {
    const dir = writeConfigs({ 'dev.json': devWith({ nodePools: {} }) });
    expect(() => loadEnvironmentConfig(path.join(dir, 'dev.json'))).toThrow(
      `Environment configuration '${path.join(dir, 'dev.json')}' is invalid:\n  - nodePools: {} must contain at least one node pool`,
    );
  });

  test('reports every bad file', () => {
    const dir = writeConfigs({ 'dev.json': devWith({ region: 'nowhere-1' }), 'prod.json': devWith({ name: 'Shop' }) });
    const regionLine = `  - region: 'nowhere-1' must be a known OCI region: one of ${knownRegions().join(', ')}`;

    expect(() => build(Testing.app(), { configDir: dir, environments: ['dev', 'prod'] })).toThrow(
      '2 environment configurations are invalid:\n\n' +
        `Environment configuration '${path.join(dir, 'dev.json')}' is invalid:\n${regionLine}\n\n` +
        `Environment configuration '${path.join(dir, 'prod.json')}' is invalid:\n` +
        "  - name: 'Shop' must be 1 to 63 lowercase letters, digits and hyphens, starting with a letter",
    );
  });

  test('checks files before building stacks', () => {
    const dir = writeConfigs({ 'dev.json': DEV_CONFIG, 'prod.json': devWith({ vcnCidr: 'none' }) });
    const app = Testing.app();

    expect(() => build(app, { configDir: dir, environments: ['dev', 'prod'] })).toThrow(EnvironmentConfigError);
    expect(app.node.children).toEqual([]);
  });

  test('adds the file to construct errors', () => {
    const dir = writeConfigs({ 'dev.json': devWith({ nodePools: { general: { size: 1, shape: 'VM.Standard.E5.Flex', ocpus: 200, memoryInGbs: 400 } } }) });
    expect(() => build(Testing.app(), { configDir: dir, environments: ['dev'] })).toThrow(
      `Environment 'dev' from '${path.join(dir, 'dev.json')}' failed: NodePool 'shop-dev/platform/cluster/general' has invalid configuration:\n` +
        '  - ocpus: 200 must be a whole number from 1 to 126 for VM.Standard.E5.Flex',
    );
  });
});
