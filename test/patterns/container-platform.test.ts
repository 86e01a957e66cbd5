import { TerraformStack, TerraformVariable } from 'cdktf';
import { ClusterType } from '../../lib/oke/cluster-type';
import { OkeNetwork } from '../../lib/oke/network';
import { CniType } from '../../lib/oke/network-interface';
import { ContainerPlatform, ContainerPlatformProps } from '../../lib/patterns/container-platform';
import { COMPARTMENT, synthJson, testStack } from '../helpers/stack';

const BASE: ContainerPlatformProps = { name: 'shop', compartmentOcid: COMPARTMENT, kubernetesVersion: 'v1.31.1', repositories: ['web', 'api'] };
const NETWORK_COMPARTMENT = 'ocid1.compartment.oc1..aaaaaaaanetwork';

/** Returns the resources of one type. cdktf writes them sorted by logical id, so tests sort what they compare. */
function resources(json: any, type: string): any[] {
  return Object.values(json.resource[type] ?? {});
}

function byName<T extends { name: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => a.name.localeCompare(b.name));
}

function statementsOf(json: any): string[] {
  return resources(json, 'oci_identity_policy').flatMap((policy) => policy.statements);
}

function expectProblems(stack: TerraformStack, props: ContainerPlatformProps, lines: string[]): void {
  expect(() => new ContainerPlatform(stack, 'platform', props)).toThrow(
    `ContainerPlatform 'test/platform' has invalid configuration:\n${lines.map((line) => `  - ${line}`).join('\n')}`,
  );
}

describe('ContainerPlatform defaults', () => {
  const { stack } = testStack();
  const platform = new ContainerPlatform(stack, 'platform', BASE);
  const json = synthJson(stack);

  test('creates prefixed private repositories', () => {
    expect(
      byName(
        resources(json, 'oci_artifacts_container_repository').map((repository) => ({
          name: repository.display_name,
          compartment: repository.compartment_id,
          isPublic: repository.is_public,
          isImmutable: repository.is_immutable,
          preventDestroy: repository.lifecycle.prevent_destroy,
        })),
      ),
    ).toEqual([
      { name: 'shop/api', compartment: COMPARTMENT, isPublic: false, isImmutable: false, preventDestroy: true },
      { name: 'shop/web', compartment: COMPARTMENT, isPublic: false, isImmutable: false, preventDestroy: true },
    ]);
    expect(Object.keys(platform.repositories)).toEqual(['web', 'api']);
  });

  test('creates the network with the default CIDR', () => {
    const vcns = resources(json, 'oci_core_vcn');
    expect(vcns.length).toBe(1);
    expect(vcns[0].cidr_blocks).toEqual(['10.0.0.0/16']);
    expect(vcns[0].compartment_id).toBe(COMPARTMENT);
    expect(vcns[0].display_name.startsWith('shop')).toBe(true);
    expect(platform.createdNetwork).toBeDefined();
    expect(platform.network).toBe(platform.createdNetwork);
  });

  test('creates an enhanced cluster', () => {
    const clusters = resources(json, 'oci_containerengine_cluster');
    expect(clusters.length).toBe(1);
    expect(clusters[0].name).toBe('shop');
    expect(clusters[0].compartment_id).toBe(COMPARTMENT);
    expect(clusters[0].kubernetes_version).toBe('v1.31.1');
    expect(clusters[0].type).toBe('ENHANCED_CLUSTER');
    expect(clusters[0].cluster_pod_network_options).toEqual([{ cni_type: 'OCI_VCN_IP_NATIVE' }]);
  });

  test('creates one default node pool', () => {
    const pools = resources(json, 'oci_containerengine_node_pool');
    expect(pools.length).toBe(1);
    expect(pools[0].name).toBe('shop-workers');
    expect(pools[0].node_shape).toBe('VM.Standard.E5.Flex');
    expect(pools[0].node_shape_config).toEqual({ memory_in_gbs: 16, ocpus: 2 });
    expect(pools[0].node_config_details.size).toBe(3);
    expect(pools[0].kubernetes_version).toBe('v1.31.1');
    expect(Object.keys(platform.nodePools)).toEqual(['workers']);
  });

  test('lets the pool pull every repository', () => {
    expect(statementsOf(json)).toEqual([
      "Allow dynamic-group test-platform-workers-nodes to read repos in compartment id ocid1.compartment.oc1..aaaaaaaacompartment where target.repo.name = 'shop/web'",
      "Allow dynamic-group test-platform-workers-nodes to read repos in compartment id ocid1.compartment.oc1..aaaaaaaacompartment where target.repo.name = 'shop/api'",
    ]);
    expect(resources(json, 'oci_identity_dynamic_group').map((group) => group.name)).toEqual(['test-platform-workers-nodes']);
    expect(resources(json, 'oci_identity_tag_namespace').map((namespace) => namespace.name)).toEqual(['test-platform-oke']);
  });
});

describe('ContainerPlatform overrides', () => {
  test('applies the team decisions', () => {
    const { stack } = testStack();
    new ContainerPlatform(stack, 'platform', {
      ...BASE,
      vcnCidr: '10.20.0.0/16',
      nodePools: { general: { size: 2 }, arm: { shape: 'VM.Standard.A1.Flex', size: 1, ocpus: 4, memoryInGbs: 24 } },
    });
    const json = synthJson(stack);

    expect(resources(json, 'oci_core_vcn')[0].cidr_blocks).toEqual(['10.20.0.0/16']);
    expect(resources(json, 'oci_core_subnet').every((subnet) => subnet.cidr_block.startsWith('10.20.'))).toBe(true);
    expect(
      byName(
        resources(json, 'oci_containerengine_node_pool').map((pool) => ({
          name: pool.name,
          shape: pool.node_shape,
          config: pool.node_shape_config,
          size: pool.node_config_details.size,
        })),
      ),
    ).toEqual([
      { name: 'shop-arm', shape: 'VM.Standard.A1.Flex', config: { memory_in_gbs: 24, ocpus: 4 }, size: 1 },
      { name: 'shop-general', shape: 'VM.Standard.E5.Flex', config: { memory_in_gbs: 16, ocpus: 2 }, size: 2 },
    ]);
    expect(resources(json, 'oci_identity_dynamic_group').map((group) => group.name).sort()).toEqual(['test-platform-arm-nodes', 'test-platform-general-nodes']);
    expect(statementsOf(json)).toEqual([
      "Allow dynamic-group test-platform-general-nodes to read repos in compartment id ocid1.compartment.oc1..aaaaaaaacompartment where target.repo.name = 'shop/web'",
      "Allow dynamic-group test-platform-general-nodes to read repos in compartment id ocid1.compartment.oc1..aaaaaaaacompartment where target.repo.name = 'shop/api'",
      "Allow dynamic-group test-platform-arm-nodes to read repos in compartment id ocid1.compartment.oc1..aaaaaaaacompartment where target.repo.name = 'shop/web'",
      "Allow dynamic-group test-platform-arm-nodes to read repos in compartment id ocid1.compartment.oc1..aaaaaaaacompartment where target.repo.name = 'shop/api'",
    ]);
  });

  test('nested props override every part', () => {
    const { stack } = testStack();
    new ContainerPlatform(stack, 'platform', {
      ...BASE,
      repositoryPrefix: 'team/shop',
      repositoryOptions: { isImmutable: true, freeformTags: { team: 'shop' } },
      network: { compartmentOcid: NETWORK_COMPARTMENT, vcnCidrs: ['10.30.0.0/16'], createNatGateway: false, displayNamePrefix: 'shop-net' },
      cluster: { name: 'shop-cluster', type: ClusterType.BASIC, servicesCidr: '10.200.0.0/16' },
      nodePools: { workers: { name: 'custom-pool', dynamicGroupName: 'shop-pullers', size: 5 } },
    });
    const json = synthJson(stack);

    expect(resources(json, 'oci_artifacts_container_repository').map((repository) => [repository.display_name, repository.is_immutable, repository.freeform_tags]).sort()).toEqual([
      ['team/shop/api', true, { team: 'shop' }],
      ['team/shop/web', true, { team: 'shop' }],
    ]);
    const vcn = resources(json, 'oci_core_vcn')[0];
    expect(vcn.compartment_id).toBe(NETWORK_COMPARTMENT);
    expect(vcn.cidr_blocks).toEqual(['10.30.0.0/16']);
    expect(vcn.display_name.startsWith('shop-net')).toBe(true);
    expect(json.resource.oci_core_nat_gateway).toBeUndefined();

    const cluster = resources(json, 'oci_containerengine_cluster')[0];
    expect(cluster.name).toBe('shop-cluster');
    expect(cluster.type).toBe('BASIC_CLUSTER');
    expect(cluster.compartment_id).toBe(COMPARTMENT);
    expect(cluster.options.kubernetes_network_config.services_cidr).toBe('10.200.0.0/16');

    const pool = resources(json, 'oci_containerengine_node_pool')[0];
    expect(pool.name).toBe('custom-pool');
    expect(pool.node_config_details.size).toBe(5);
    expect(resources(json, 'oci_identity_dynamic_group').map((group) => group.name)).toEqual(['shop-pullers']);
  });

  test('undefined overrides keep defaults', () => {
    const { stack } = testStack();
    new ContainerPlatform(stack, 'platform', {
      ...BASE,
      network: { compartmentOcid: undefined, vcnCidrs: undefined },
      cluster: { name: undefined },
      repositoryOptions: { compartmentOcid: undefined },
      nodePools: { workers: { shape: undefined, size: 2 } },
    });
    const json = synthJson(stack);

    expect(resources(json, 'oci_core_vcn')[0].compartment_id).toBe(COMPARTMENT);
    expect(resources(json, 'oci_core_vcn')[0].cidr_blocks).toEqual(['10.0.0.0/16']);
    expect(resources(json, 'oci_containerengine_cluster')[0].name).toBe('shop');
    expect(resources(json, 'oci_artifacts_container_repository').map((repository) => repository.compartment_id)).toEqual([COMPARTMENT, COMPARTMENT]);
    expect(resources(json, 'oci_containerengine_node_pool')[0].node_shape).toBe('VM.Standard.E5.Flex');
  });

  test('empty prefix keeps top-level names', () => {
    const { stack } = testStack();
    new ContainerPlatform(stack, 'platform', { ...BASE, repositoryPrefix: '' });
    expect(resources(synthJson(stack), 'oci_artifacts_container_repository').map((repository) => repository.display_name).sort()).toEqual(['api', 'web']);
  });

  test('uses an existing network', () => {
    const { stack } = testStack();
    const network = OkeNetwork.fromExisting(stack, 'shared-network', {
      vcnOcid: 'ocid1.vcn.oc1.iad.aaaaaaaavcn',
      cni: CniType.FLANNEL,
      apiEndpointSubnetOcid: 'ocid1.subnet.oc1.iad.aaaaaaaaapi',
      workerSubnetOcid: 'ocid1.subnet.oc1.iad.aaaaaaaaworkers',
      loadBalancerSubnetOcids: ['ocid1.subnet.oc1.iad.aaaaaaaalb'],
      vcnCidrs: ['172.16.0.0/16'],
    });
    const platform = new ContainerPlatform(stack, 'platform', { ...BASE, existingNetwork: network });
    const json = synthJson(stack);

    expect(json.resource.oci_core_vcn).toBeUndefined();
    expect(platform.createdNetwork).toBeUndefined();
    expect(platform.network).toBe(network);
    const cluster = resources(json, 'oci_containerengine_cluster')[0];
    expect(cluster.vcn_id).toBe('ocid1.vcn.oc1.iad.aaaaaaaavcn');
    expect(cluster.endpoint_config.subnet_id).toBe('ocid1.subnet.oc1.iad.aaaaaaaaapi');
    expect(cluster.cluster_pod_network_options).toEqual([{ cni_type: 'FLANNEL_OVERLAY' }]);
  });

  test('two platforms get distinct identity names', () => {
    const { stack } = testStack();
    new ContainerPlatform(stack, 'shop', BASE);
    new ContainerPlatform(stack, 'blog', { ...BASE, name: 'blog', vcnCidr: '10.1.0.0/16' });
    const json = synthJson(stack);

    expect(resources(json, 'oci_identity_dynamic_group').map((group) => group.name).sort()).toEqual(['test-blog-workers-nodes', 'test-shop-workers-nodes']);
    expect(resources(json, 'oci_identity_tag_namespace').map((namespace) => namespace.name).sort()).toEqual(['test-blog-oke', 'test-shop-oke']);
  });
});

describe('ContainerPlatform validation', () => {
  test('rejects a bad platform name', () => {
    const { stack } = testStack();
    expectProblems(stack, { ...BASE, name: 'Shop_Team' }, [
      "name: 'Shop_Team' must be 1 to 63 lowercase letters, digits and hyphens, starting with a letter, because it prefixes repository paths and resource names",
    ]);
  });

  test('rejects a bad compartment', () => {
    const { stack } = testStack();
    expectProblems(stack, { ...BASE, compartmentOcid: 'ocid1.vcn.oc1.iad.aaaaaaaavcn' }, [
      "compartmentOcid: 'ocid1.vcn.oc1.iad.aaaaaaaavcn' is an OCID of kind 'vcn': expected 'ocid1.compartment.<realm>.<region>.<unique id>' or 'ocid1.tenancy.<realm>.<region>.<unique id>'",
    ]);
  });

  test('rejects a repeated repository', () => {
    const { stack } = testStack();
    expectProblems(stack, { ...BASE, repositories: ['web', 'api', 'web'] }, ["repositories[2]: 'web' is listed twice: list each repository once"]);
  });

  test('rejects an empty pool list', () => {
    const { stack } = testStack();
    expectProblems(stack, { ...BASE, nodePools: {} }, ['nodePools: {} must contain at least one node pool: leave nodePools undefined for the default pool']);
  });

  test('rejects a bad pool name', () => {
    const { stack } = testStack();
    expectProblems(stack, { ...BASE, nodePools: { '1st pool': { size: 1 } } }, [
      "nodePools.1st pool: '1st pool' is not a node pool name: use 1 to 63 letters, digits and hyphens, starting with a letter",
    ]);
  });

  test('rejects network settings with an existing network', () => {
    const { stack } = testStack();
    const network = OkeNetwork.fromExisting(stack, 'shared-network', {
      vcnOcid: 'ocid1.vcn.oc1.iad.aaaaaaaavcn',
      cni: CniType.FLANNEL,
      apiEndpointSubnetOcid: 'ocid1.subnet.oc1.iad.aaaaaaaaapi',
      workerSubnetOcid: 'ocid1.subnet.oc1.iad.aaaaaaaaworkers',
      loadBalancerSubnetOcids: [],
    });
    expectProblems(stack, { ...BASE, existingNetwork: network, network: { createNatGateway: false }, vcnCidr: '10.9.0.0/16' }, [
      'network: {"createNatGateway":false} must not be set together with existingNetwork: the platform creates no network then',
      "vcnCidr: '10.9.0.0/16' must not be set together with existingNetwork: the existing network has its own CIDR blocks",
    ]);
  });

  test('rejects two VCN CIDR settings', () => {
    const { stack } = testStack();
    expectProblems(stack, { ...BASE, vcnCidr: '10.9.0.0/16', network: { vcnCidrs: ['10.8.0.0/16'] } }, [
      "vcnCidr: '10.9.0.0/16' must not be set together with network.vcnCidrs: set one of them",
    ]);
  });

  test('rejects repositories whose construct ids collide', () => {
    const { stack } = testStack();
    expectProblems(stack, { ...BASE, repositories: ['team/web', 'team-web', 'api'] }, [
      "repositories[1]: 'team-web' gets the construct id 'repository-team-web' of repositories[0] 'team/web', because slashes become hyphens in construct ids: " +
        'rename one of them, or create one with ContainerRepository outside the platform',
    ]);
  });

  test('keeps the construct ids of repositories', () => {
    const { stack } = testStack();
    const platform = new ContainerPlatform(stack, 'platform', { ...BASE, repositories: ['team/web', 'api'] });
    expect(Object.values(platform.repositories).map((repository) => repository.node.id)).toEqual(['repository-team-web', 'repository-api']);
  });

  test('checks repository names and prefix', () => {
    const { stack } = testStack();
    expectProblems(stack, { ...BASE, repositoryPrefix: 'team/', repositories: ['Web', 'api-'] }, [
      "repositoryPrefix: 'team/' must end with a letter or digit",
      "repositories[0]: 'Web' must be lowercase: found 'W'",
      "repositories[1]: 'api-' must end with a letter or digit",
    ]);
  });

  test('reports its own problems together', () => {
    const { stack } = testStack();
    expectProblems(stack, { ...BASE, kubernetesVersion: '1.31', repositories: ['Web'], vcnCidr: '10.0.0.1/16' }, [
      "kubernetesVersion: '1.31' must have the form v1.<minor>.<patch>, such as v1.31.1",
      "vcnCidr: '10.0.0.1/16' has host bits set: use 10.0.0.0/16, the network address of that block",
      "repositories[0]: 'Web' must be lowercase: found 'W'",
    ]);
  });

  test('rejects a VCN CIDR that is not a CIDR block', () => {
    const { stack } = testStack();
    expectProblems(stack, { ...BASE, vcnCidr: '10.0.0.0' }, [
      "vcnCidr: '10.0.0.0' is not an IPv4 CIDR block: expected the form a.b.c.d/n, such as 10.0.0.0/16",
    ]);
  });

  test('rejects missing props', () => {
    const { stack } = testStack();
    expectProblems(stack, {} as ContainerPlatformProps, [
      'name: undefined is missing: give the platform name, such as shop',
      'compartmentOcid: undefined is missing: give the OCID of the compartment of the platform',
      'kubernetesVersion: undefined is missing: give a version that OKE offers, such as v1.31.1',
      'repositories: undefined is missing: list the repository names below the platform prefix, or [] for none',
    ]);
  });

  test('rejects mistyped repositories and pools', () => {
    const { stack } = testStack();
    const props = { ...BASE, repositories: 'web', nodePools: ['workers'] } as unknown as ContainerPlatformProps;
    expectProblems(stack, props, ["repositories: 'web' must be an array", 'nodePools: ["workers"] must be an object']);
    expectProblems(testStack().stack, { ...BASE, repositories: ['web', 5 as unknown as string] }, ['repositories[1]: 5 must be a string']);
  });

  test('rejects a repository list token', () => {
    const { stack } = testStack();
    const names = new TerraformVariable(stack, 'names', { type: 'list(string)' });
    expect(() => new ContainerPlatform(stack, 'platform', { ...BASE, repositories: names.listValue })).toThrow(
      /^ContainerPlatform 'test\/platform' has invalid configuration:\n {2}- repositories: .* is a list token: list the repository names in code, because each name becomes its own repository$/,
    );
  });

  test('passes part errors through', () => {
    const { stack } = testStack();
    expect(() => new ContainerPlatform(stack, 'platform', { ...BASE, nodePools: { workers: { size: -1 } } })).toThrow(
      "NodePool 'test/platform/cluster/workers' has invalid configuration:\n  - size: -1 must be a whole number of 0 or more",
    );
  });
});
