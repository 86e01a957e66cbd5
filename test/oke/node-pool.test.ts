import { TerraformStack, TerraformVariable, Testing, Token } from 'cdktf';
import { GrantPolicies } from '../../lib/iam/grant-policies';
import { PolicyLocation, PolicyStatement, PolicyVerb, ResourceType } from '../../lib/iam/policy-statement';
import { ClusterType } from '../../lib/oke/cluster-type';
import { CniType } from '../../lib/oke/network-interface';
import { NodeOperatingSystem } from '../../lib/oke/node-image';
import { NodePool, NodePoolProps } from '../../lib/oke/node-pool';
import { ContainerRepository } from '../../lib/registry/repository';
import { validateStack } from '../../lib/validate/validate-stack';
import { COMPARTMENT, synthJson, testStack } from '../helpers/stack';
import { testWithTerraform } from '../validate/terraform-available';
import { removeSynthesizedStacks, synthStackDirectory } from '../validate/stacks';
import { block, blockName, countOf, errorOf, FakeNetworkProps, FakeOkeNetwork, POD_NSG, POD_SUBNET, testCluster, WORKER_NSG, WORKER_SUBNET } from './oke-fixtures';
import { OkeCluster, OkeClusterProps } from '../../lib/oke/cluster';

const POOL = 'oci_containerengine_node_pool';
const IMAGE = 'ocid1.image.oc1.iad.aaaaaaaaimage';
const SSH_KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB3pc4Xl6Ze0bXkUOUe3c1Sh1Ma5lNRs2YRm0LJfMSwC admin@example.com';
const DATE = '[0-9]{4}[.][0-9]{2}[.][0-9]{2}-[0-9]+';

const testTerraform = testWithTerraform('node pool stack');

afterAll(removeSynthesizedStacks);

/** Creates a cluster `cluster` (v1.31.1) with one pool `pool` and returns the stack, cluster and pool. */
function poolStack(props: Partial<NodePoolProps> = {}, clusterProps: Partial<OkeClusterProps> = {}, networkProps: FakeNetworkProps = {}) {
  const { stack, cluster } = testCluster(clusterProps, networkProps);
  const pool = cluster.addNodePool('pool', { shape: 'VM.Standard.E5.Flex', ...props });
  return { stack, cluster, pool };
}

function poolJson(json: any, id = 'pool'): any {
  return block(json, 'resource', POOL, `cluster_${id}_resource`);
}

/** Returns the for expression that lists `<build date> <image OCID>` of the matching sources of a node pool option data source. */
function candidates(dataName: string, pattern: string): string {
  return (
    `[ for key, val in toset(data.oci_containerengine_node_pool_option.${dataName}.sources): ` +
    `format("%s %s", replace(val.source_name, "/^.*-(${DATE})-OKE-.*$/", "$1"), val.image_id) ` +
    `if length(regexall(${pattern}, val.source_name)) > 0]`
  );
}

/** Returns the problem lines of a NodePool validation error, without the header line. */
function problemsOf(props: Partial<NodePoolProps>, clusterProps: Partial<OkeClusterProps> = {}, networkProps: FakeNetworkProps = {}): string[] {
  const message = errorOf(() => poolStack(props, clusterProps, networkProps));
  const [header, ...problems] = message.split('\n');
  expect(header).toBe("NodePool 'test/cluster/pool' has invalid configuration:");
  return problems;
}

function grantPull(pool: NodePool): void {
  new ContainerRepository(TerraformStack.of(pool), 'repo', { repositoryName: 'team/web', compartmentOcid: COMPARTMENT }).grantPull(pool);
}

describe('NodePool', () => {
  test('default pool attributes', () => {
    const { stack } = poolStack();
    const json = synthJson(stack);
    const options = blockName(json, 'data', 'oci_containerengine_node_pool_option', 'cluster_pool_image-options');
    const domains = blockName(json, 'data', 'oci_identity_availability_domains', 'oci_availability-domains');
    const cluster = blockName(json, 'resource', 'oci_containerengine_cluster', 'cluster_resource');
    const list = candidates(options, `"^Oracle-Linux-8[.][0-9]+-${DATE}-OKE-1[.]31[.]1-[0-9]+$"`);

    expect(poolJson(json)).toEqual({
      cluster_id: `\${oci_containerengine_cluster.${cluster}.id}`,
      compartment_id: COMPARTMENT,
      name: 'pool',
      kubernetes_version: 'v1.31.1',
      node_shape: 'VM.Standard.E5.Flex',
      node_shape_config: { ocpus: 2, memory_in_gbs: 16 },
      node_source_details: {
        source_type: 'IMAGE',
        image_id: `\${element(split(" ", element(reverse(sort(${list})), 0)), 1)}`,
      },
      node_config_details: {
        size: 3,
        dynamic: {
          placement_configs: {
            for_each: `\${toset(data.oci_identity_availability_domains.${domains}.availability_domains)}`,
            iterator: 'each',
            content: { availability_domain: '${each.value.name}', subnet_id: WORKER_SUBNET },
          },
        },
        nsg_ids: [WORKER_NSG],
        node_pool_pod_network_option_details: {
          cni_type: 'OCI_VCN_IP_NATIVE',
          pod_subnet_ids: [POD_SUBNET],
          pod_nsg_ids: [POD_NSG],
          max_pods_per_node: 31,
        },
      },
      node_pool_cycling_details: { is_node_cycling_enabled: true, maximum_surge: '1', maximum_unavailable: '0' },
      lifecycle: {
        precondition: [
          {
            condition: `\${(length(${list}) >= 1)}`,
            error_message:
              'No OKE node image for Kubernetes v1.31.1, x86_64 and Oracle Linux 8 is listed by the oci_containerengine_node_pool_option data source: ' +
              'check that OKE offers this version for node pools, or set imageOcid.',
          },
        ],
      },
    });
    expect(json.data.oci_containerengine_node_pool_option[options]).toEqual({
      node_pool_option_id: 'all',
      compartment_id: COMPARTMENT,
      node_pool_k8s_version: 'v1.31.1',
      node_pool_os_arch: 'X86_64',
    });
  });

  test('Arm shape looks up aarch64 images', () => {
    const { stack, pool } = poolStack({ shape: 'VM.Standard.A1.Flex', ocpus: 4, memoryInGbs: 24, kubernetesVersion: 'v1.30.4' });
    const json = synthJson(stack);
    const options = blockName(json, 'data', 'oci_containerengine_node_pool_option', 'cluster_pool_image-options');

    expect(pool.architecture).toBe('AARCH64');
    expect(json.data.oci_containerengine_node_pool_option[options].node_pool_os_arch).toBe('AARCH64');
    expect(poolJson(json).node_source_details.image_id).toContain(`"^Oracle-Linux-8[.][0-9]+-aarch64-${DATE}-OKE-1[.]30[.]4-[0-9]+$"`);
    expect(poolJson(json).kubernetes_version).toBe('v1.30.4');
    expect(poolJson(json).node_shape_config).toEqual({ ocpus: 4, memory_in_gbs: 24 });
  });

  test('Oracle Linux 9 images', () => {
    const { stack } = poolStack({ operatingSystem: NodeOperatingSystem.ORACLE_LINUX_9 });

    expect(poolJson(synthJson(stack)).node_source_details.image_id).toContain(`"^Oracle-Linux-9[.][0-9]+-${DATE}-OKE-1[.]31[.]1-[0-9]+$"`);
  });

  test('version token builds the pattern in Terraform', () => {
    const { stack, cluster } = testCluster();
    const version = new TerraformVariable(stack, 'pool_version', { type: 'string' });
    cluster.addNodePool('pool', { shape: 'VM.Standard.E5.Flex', kubernetesVersion: version.stringValue });
    const json = synthJson(stack);

    expect(poolJson(json).node_source_details.image_id).toContain(
      `regexall(format("^Oracle-Linux-8[.][0-9]+-${DATE}-OKE-%s-[0-9]+$", replace(trimprefix(var.pool_version, "v"), ".", "[.]")), val.source_name)`,
    );
    expect(poolJson(json).lifecycle.precondition[0].error_message).toContain("No OKE node image for the pool's Kubernetes version, x86_64");
  });

  test('given image skips the lookup', () => {
    const { stack } = poolStack({ imageOcid: IMAGE, bootVolumeSizeInGbs: 100 });
    const json = synthJson(stack);

    expect(poolJson(json).node_source_details).toEqual({ source_type: 'IMAGE', image_id: IMAGE, boot_volume_size_in_gbs: '100' });
    expect(poolJson(json).lifecycle).toBeUndefined();
    expect(countOf(json, 'data', 'oci_containerengine_node_pool_option')).toBe(0);
  });

  test('chosen availability domains', () => {
    const { stack } = poolStack({ availabilityDomainIndexes: [0, 2] });
    const json = synthJson(stack);
    const domains = blockName(json, 'data', 'oci_identity_availability_domains', 'oci_availability-domains');

    expect(poolJson(json).node_config_details.placement_configs).toEqual([
      { availability_domain: `\${data.oci_identity_availability_domains.${domains}.availability_domains[0].name}`, subnet_id: WORKER_SUBNET },
      { availability_domain: `\${data.oci_identity_availability_domains.${domains}.availability_domains[2].name}`, subnet_id: WORKER_SUBNET },
    ]);
    expect(poolJson(json).node_config_details.dynamic).toBeUndefined();
  });

  test('labels, SSH key, tags and size', () => {
    const { stack } = poolStack({
      size: 0,
      initialNodeLabels: { 'example.com/role': 'web', tier: '' },
      sshPublicKey: SSH_KEY,
      freeformTags: { team: 'web' },
      definedTags: { 'Operations.CostCenter': '42' },
    });
    const pool = poolJson(synthJson(stack));

    expect(pool.initial_node_labels).toEqual([
      { key: 'example.com/role', value: 'web' },
      { key: 'tier', value: '' },
    ]);
    expect(pool.ssh_public_key).toBe(SSH_KEY);
    expect(pool.node_config_details.size).toBe(0);
    expect(pool.freeform_tags).toEqual({ team: 'web' });
    expect(pool.defined_tags).toEqual({ 'Operations.CostCenter': '42' });
    expect(pool.node_config_details.freeform_tags).toEqual({ team: 'web' });
    expect(pool.node_config_details.defined_tags).toEqual({ 'Operations.CostCenter': '42' });
  });

  test('custom subnets and NSGs', () => {
    const otherSubnet = 'ocid1.subnet.oc1.iad.aaaaaaaaother';
    const otherNsg = 'ocid1.networksecuritygroup.oc1.iad.aaaaaaaaother';
    const { stack } = poolStack({ workerSubnetOcid: otherSubnet, workerNsgOcids: [otherNsg], podSubnetOcid: otherSubnet, podNsgOcids: [], maxPodsPerNode: 62, ocpus: 3 });
    const details = poolJson(synthJson(stack)).node_config_details;

    expect(details.dynamic.placement_configs.content.subnet_id).toBe(otherSubnet);
    expect(details.nsg_ids).toEqual([otherNsg]);
    expect(details.node_pool_pod_network_option_details).toEqual({ cni_type: 'OCI_VCN_IP_NATIVE', pod_subnet_ids: [otherSubnet], max_pods_per_node: 62 });
  });

  test('flannel pool', () => {
    const { stack } = poolStack({}, {}, { cni: CniType.FLANNEL });

    expect(poolJson(synthJson(stack)).node_config_details.node_pool_pod_network_option_details).toEqual({ cni_type: 'FLANNEL_OVERLAY' });
  });

  test('custom cycling settings', () => {
    const { stack } = poolStack({ size: 6, nodeCycling: { maximumSurge: '50%', maximumUnavailable: 2 } });

    expect(poolJson(synthJson(stack)).node_pool_cycling_details).toEqual({ is_node_cycling_enabled: true, maximum_surge: '50%', maximum_unavailable: '2' });
  });

  test('cycling turned off', () => {
    const { stack } = poolStack({ nodeCycling: { enabled: false } });

    expect(poolJson(synthJson(stack)).node_pool_cycling_details).toEqual({ is_node_cycling_enabled: false });
  });

  test('no cycling block in basic clusters', () => {
    const { stack } = poolStack({}, { type: ClusterType.BASIC });

    expect(poolJson(synthJson(stack)).node_pool_cycling_details).toBeUndefined();
  });

  test('name and version defaults', () => {
    const { pool } = poolStack({ name: 'web-pool' });

    expect(pool.name).toBe('web-pool');
    expect(pool.kubernetesVersion).toBe('v1.31.1');
    expect(pool.nodeTagValue).toBe('test/cluster/pool');
  });

  test('exposes size, subnets and max pods', () => {
    const { pool } = poolStack({ size: 5 });

    expect(pool.size).toBe(5);
    expect(pool.workerSubnetOcid).toBe(WORKER_SUBNET);
    expect(pool.podSubnetOcid).toBe(POD_SUBNET);
    expect(pool.maxPodsPerNode).toBe(31);
  });

  test('exposes custom subnets', () => {
    const otherWorkers = 'ocid1.subnet.oc1.iad.aaaaaaaaotherworkers';
    const otherPods = 'ocid1.subnet.oc1.iad.aaaaaaaaotherpods';
    const { pool } = poolStack({ workerSubnetOcid: otherWorkers, podSubnetOcid: otherPods, maxPodsPerNode: 62, ocpus: 3 });

    expect(pool.workerSubnetOcid).toBe(otherWorkers);
    expect(pool.podSubnetOcid).toBe(otherPods);
    expect(pool.maxPodsPerNode).toBe(62);
  });

  test('flannel pool has no pod subnet or max pods', () => {
    const { pool } = poolStack({}, {}, { cni: CniType.FLANNEL });

    expect(pool.size).toBe(3);
    expect(pool.podSubnetOcid).toBeUndefined();
    expect(pool.maxPodsPerNode).toBeUndefined();
  });

  test('exposes the surge nodes of node cycling', () => {
    expect(poolStack({ size: 5 }).pool.surgeNodeCount).toBe(1);
    expect(poolStack({ size: 5, nodeCycling: { maximumSurge: 3 } }).pool.surgeNodeCount).toBe(3);
    expect(poolStack({ size: 5, nodeCycling: { maximumSurge: '3' } }).pool.surgeNodeCount).toBe(3);
    expect(poolStack({ size: 10, nodeCycling: { maximumSurge: '25%' } }).pool.surgeNodeCount).toBe(3);
    expect(poolStack({ size: 10, nodeCycling: { enabled: false } }).pool.surgeNodeCount).toBe(0);
    expect(poolStack({ size: 10 }, { type: ClusterType.BASIC }).pool.surgeNodeCount).toBe(0);
  });

  test('NSG list tokens pass through', () => {
    const { stack, cluster } = testCluster();
    const nsgs = new TerraformVariable(stack, 'nsgs', { type: 'list(string)' });
    cluster.addNodePool('pool', { shape: 'VM.Standard.E5.Flex', workerNsgOcids: nsgs.listValue, podNsgOcids: Token.asList(nsgs.value) });
    const details = poolJson(synthJson(stack)).node_config_details;

    expect(details.nsg_ids).toBe('${var.nsgs}');
    expect(details.node_pool_pod_network_option_details.pod_nsg_ids).toBe('${var.nsgs}');
  });

  test('tokens pass the checks', () => {
    const { stack, cluster } = testCluster();
    const number = (name: string) => new TerraformVariable(stack, name, { type: 'number' }).numberValue;
    cluster.addNodePool('pool', {
      shape: 'VM.Standard.E5.Flex',
      ocpus: number('ocpus'),
      memoryInGbs: number('memory'),
      size: number('size'),
      maxPodsPerNode: number('pods'),
      bootVolumeSizeInGbs: number('boot'),
      imageOcid: new TerraformVariable(stack, 'image', { type: 'string' }).stringValue,
    });
    const pool = poolJson(synthJson(stack));

    expect(pool.node_shape_config).toEqual({ ocpus: '${var.ocpus}', memory_in_gbs: '${var.memory}' });
    expect(pool.node_config_details.size).toBe('${var.size}');
    expect(pool.node_source_details.image_id).toBe('${var.image}');
  });

  testTerraform('stack passes terraform validate', async () => {
    const { stack, cluster } = testCluster();
    const version = new TerraformVariable(stack, 'pool_version', { type: 'string' });
    const general = cluster.addNodePool('general', { shape: 'VM.Standard.E5.Flex' });
    cluster.addNodePool('arm', { shape: 'VM.Standard.A1.Flex', availabilityDomainIndexes: [0, 2], kubernetesVersion: version.stringValue, bootVolumeSizeInGbs: 100 });
    cluster.addNodePool('fixed', { shape: 'VM.Standard3.Flex', imageOcid: IMAGE, imageCredentialProvider: { enabled: true } });
    grantPull(general);
    cluster.addKubeconfigOutput();

    const result = await validateStack(synthStackDirectory(stack));

    expect(result.diagnostics).toEqual([]);
    expect(result.valid).toBe(true);
  });
});

describe('NodePool grants', () => {
  test('grantPull creates the dynamic group, statement and dependencies', () => {
    const { stack, pool } = poolStack();
    grantPull(pool);
    const json = synthJson(stack);
    const group = blockName(json, 'resource', 'oci_identity_dynamic_group', 'cluster_pool_nodes_resource');
    const tagKey = blockName(json, 'resource', 'oci_identity_tag', 'cluster_node-tag_key');
    const policy = Object.keys(json.resource.oci_identity_policy)[0];

    expect(json.resource.oci_identity_dynamic_group[group]).toEqual({
      provider: 'oci.home',
      compartment_id: 'ocid1.tenancy.oc1..aaaaaaaatenancy',
      name: 'test-cluster-pool-nodes',
      description: 'Nodes of OKE node pool test/cluster/pool',
      matching_rule: `ALL {instance.compartment.id = '${COMPARTMENT}', tag.test-cluster-oke.node-pool.value = 'test/cluster/pool'}`,
      depends_on: [`oci_identity_tag.${tagKey}`],
    });
    expect(json.resource.oci_identity_policy[policy].statements).toEqual([
      `Allow dynamic-group test-cluster-pool-nodes to read repos in compartment id ${COMPARTMENT} where target.repo.name = 'team/web'`,
    ]);
    expect(json.resource.oci_identity_policy[policy].depends_on).toEqual([`oci_identity_dynamic_group.${group}`]);
    expect(poolJson(json).depends_on).toEqual([`oci_identity_tag.${tagKey}`, `oci_identity_dynamic_group.${group}`, `oci_identity_policy.${policy}`]);
    expect(poolJson(json).node_config_details.defined_tags).toEqual({ 'test-cluster-oke.node-pool': 'test/cluster/pool' });
    expect(poolJson(json).node_metadata.user_data).toMatch(/^[A-Za-z0-9+/]+=*$/);
  });

  test('node tag merged with defined tags', () => {
    const { stack, pool } = poolStack({ definedTags: { 'Operations.CostCenter': '42' } });
    grantPull(pool);

    expect(poolJson(synthJson(stack)).node_config_details.defined_tags).toEqual({
      'Operations.CostCenter': '42',
      'test-cluster-oke.node-pool': 'test/cluster/pool',
    });
  });

  test('two grants share one dynamic group', () => {
    const { stack, pool } = poolStack();
    const repository = new ContainerRepository(stack, 'repo', { repositoryName: 'team/web', compartmentOcid: COMPARTMENT });
    repository.grantPull(pool);
    new ContainerRepository(stack, 'repo2', { repositoryName: 'team/api', compartmentOcid: COMPARTMENT }).grantPull(pool);
    const json = synthJson(stack);

    expect(countOf(json, 'resource', 'oci_identity_dynamic_group')).toBe(1);
    expect(poolJson(json).depends_on).toHaveLength(3);
  });

  test('custom dynamic group name', () => {
    const { stack, pool } = poolStack({ dynamicGroupName: 'web-nodes' });
    grantPull(pool);

    expect(pool.grantSubject.render()).toBe('dynamic-group web-nodes');
    expect(block(synthJson(stack), 'resource', 'oci_identity_dynamic_group', 'cluster_pool_nodes_resource').name).toBe('web-nodes');
  });

  test('grant without repos installs no credential provider', () => {
    const { stack, pool } = poolStack();
    const statement = new PolicyStatement({
      subject: pool.grantSubject,
      verb: PolicyVerb.READ,
      resourceType: ResourceType.OBJECTS,
      location: PolicyLocation.compartmentId(COMPARTMENT),
    });
    GrantPolicies.of(stack).grant(pool, statement, COMPARTMENT);
    const json = synthJson(stack);

    expect(pool.installsCredentialProvider).toBe(false);
    expect(poolJson(json).node_metadata).toBeUndefined();
    expect(poolJson(json).depends_on).toHaveLength(3);
  });
});

describe('NodePool validation', () => {
  test('error names the construct and the value', () => {
    expect(errorOf(() => poolStack({ ocpus: 0 }))).toBe(
      "NodePool 'test/cluster/pool' has invalid configuration:\n  - ocpus: 0 must be a whole number from 1 to 126 for VM.Standard.E5.Flex",
    );
  });

  test('unknown shape', () => {
    expect(problemsOf({ shape: 'VM.Standard2.4' })).toEqual([
      "  - shape: 'VM.Standard2.4' is not a flexible shape with known limits: use one of VM.Standard3.Flex, VM.Standard.E4.Flex, VM.Standard.E5.Flex, VM.Standard.E6.Flex, VM.Optimized3.Flex, VM.Standard.A1.Flex, VM.Standard.A2.Flex, VM.Standard.A4.Flex",
    ]);
  });

  test.each([
    [0, '0'],
    [1.5, '1.5'],
    [65, '65'],
  ])('OCPUs out of range %p', (ocpus, shown) => {
    expect(problemsOf({ shape: 'VM.Standard.E4.Flex', ocpus, memoryInGbs: 64 })).toEqual([`  - ocpus: ${shown} must be a whole number from 1 to 64 for VM.Standard.E4.Flex`]);
  });

  test('memory out of range', () => {
    expect(problemsOf({ shape: 'VM.Standard.A1.Flex', ocpus: 76, memoryInGbs: 500 })).toEqual(['  - memoryInGbs: 500 must be from 1 to 472 GB for VM.Standard.A1.Flex']);
    expect(problemsOf({ memoryInGbs: 0 })).toEqual(['  - memoryInGbs: 0 must be from 1 to 1049 GB for VM.Standard.E5.Flex']);
    expect(problemsOf({ memoryInGbs: '16' as unknown as number })).toEqual(["  - memoryInGbs: '16' must be from 1 to 1049 GB for VM.Standard.E5.Flex"]);
  });

  test('memory per OCPU out of range', () => {
    expect(problemsOf({ ocpus: 2, memoryInGbs: 129 })).toEqual([
      '  - memoryInGbs: 129 must be from 2 to 128 GB for 2 OCPUs: VM.Standard.E5.Flex allows 1 to 64 GB per OCPU',
    ]);
    expect(problemsOf({ ocpus: 8, memoryInGbs: 4 })).toEqual([
      '  - memoryInGbs: 4 must be from 8 to 512 GB for 8 OCPUs: VM.Standard.E5.Flex allows 1 to 64 GB per OCPU',
    ]);
  });

  test('size negative or fractional', () => {
    expect(problemsOf({ size: -1 })).toEqual(['  - size: -1 must be a whole number of 0 or more']);
    expect(problemsOf({ size: 2.5 })).toEqual(['  - size: 2.5 must be a whole number of 0 or more']);
  });

  test('availability domain indexes', () => {
    expect(problemsOf({ availabilityDomainIndexes: [3] })).toEqual([
      '  - availabilityDomainIndexes[0]: 3 is beyond the 3 availability domains of region us-ashburn-1: use an index from 0 to 2',
    ]);
    expect(problemsOf({ availabilityDomainIndexes: [1, -1, 1] })).toEqual([
      '  - availabilityDomainIndexes[1]: -1 must be a whole number of 0 or more',
      '  - availabilityDomainIndexes[2]: 1 repeats availability domain index 1: list each availability domain once',
    ]);
    expect(problemsOf({ availabilityDomainIndexes: [] })).toEqual([
      '  - availabilityDomainIndexes: [] must list at least one availability domain index: leave it undefined to use every availability domain',
    ]);
  });

  test('availability domain index in a single-domain region', () => {
    const message = errorOf(() => {
      const { stack } = testStack({ region: 'us-sanjose-1' });
      const network = new FakeOkeNetwork(stack, 'network');
      const cluster = new OkeCluster(stack, 'cluster', { name: 'main', compartmentOcid: COMPARTMENT, kubernetesVersion: 'v1.31.1', network });
      cluster.addNodePool('pool', { shape: 'VM.Standard.E5.Flex', availabilityDomainIndexes: [1] });
    });

    expect(message).toContain('  - availabilityDomainIndexes[0]: 1 is beyond the 1 availability domain of region us-sanjose-1: use an index from 0 to 0');
  });

  test('version format', () => {
    expect(problemsOf({ kubernetesVersion: '1.30.1' })).toEqual(["  - kubernetesVersion: '1.30.1' must have the form v1.<minor>.<patch>, such as v1.31.1"]);
  });

  test('version newer than the cluster', () => {
    expect(problemsOf({ kubernetesVersion: 'v1.31.2' })).toEqual(["  - kubernetesVersion: 'v1.31.2' must not be newer than the cluster's Kubernetes version v1.31.1"]);
    expect(problemsOf({ kubernetesVersion: 'v1.32.0' })).toEqual(["  - kubernetesVersion: 'v1.32.0' must not be newer than the cluster's Kubernetes version v1.31.1"]);
  });

  test('version skew from 1.28 on', () => {
    expect(problemsOf({ kubernetesVersion: 'v1.27.9' })).toEqual([
      "  - kubernetesVersion: 'v1.27.9' must be at most 3 minor versions older than the cluster's Kubernetes version v1.31.1: use v1.28.<patch> or newer",
    ]);
    expect(() => poolStack({ kubernetesVersion: 'v1.28.2' })).not.toThrow();
  });

  test('version skew before 1.28', () => {
    expect(problemsOf({ kubernetesVersion: 'v1.24.1' }, { kubernetesVersion: 'v1.27.2' })).toEqual([
      "  - kubernetesVersion: 'v1.24.1' must be at most 2 minor versions older than the cluster's Kubernetes version v1.27.2: use v1.25.<patch> or newer",
    ]);
    expect(() => poolStack({ kubernetesVersion: 'v1.25.4' }, { kubernetesVersion: 'v1.27.2' })).not.toThrow();
  });

  test('image OCID kind', () => {
    expect(problemsOf({ imageOcid: POD_SUBNET })).toEqual([
      `  - imageOcid: '${POD_SUBNET}' is an OCID of kind 'subnet': expected 'ocid1.image.<realm>.<region>.<unique id>'`,
    ]);
  });

  test('operating system with an image', () => {
    expect(problemsOf({ imageOcid: IMAGE, operatingSystem: NodeOperatingSystem.ORACLE_LINUX_9 })).toEqual([
      "  - operatingSystem: 'Oracle-Linux-9' must not be set together with imageOcid: the image decides the operating system",
    ]);
  });

  test.each([49, 32769, 60.5])('boot volume size %p', (size) => {
    expect(problemsOf({ bootVolumeSizeInGbs: size })).toEqual([`  - bootVolumeSizeInGbs: ${size} must be a whole number of GB from 50 to 32768`]);
  });

  test('missing or mistyped shape', () => {
    expect(problemsOf({ shape: undefined })).toEqual([
      '  - shape: undefined is missing: give a flexible shape: VM.Standard3.Flex, VM.Standard.E4.Flex, VM.Standard.E5.Flex, VM.Standard.E6.Flex, VM.Optimized3.Flex, VM.Standard.A1.Flex, VM.Standard.A2.Flex, VM.Standard.A4.Flex',
    ]);
    expect(problemsOf({ shape: 5 as unknown as string })).toEqual(['  - shape: 5 must be a string']);
  });

  test('unknown operating system', () => {
    expect(problemsOf({ operatingSystem: 'Ubuntu' as NodeOperatingSystem })).toEqual([
      "  - operatingSystem: 'Ubuntu' is not a NodeOperatingSystem: use 'Oracle-Linux-8' or 'Oracle-Linux-9'",
    ]);
  });

  test('NSG lists must be arrays', () => {
    expect(problemsOf({ workerNsgOcids: WORKER_NSG as unknown as string[] })).toEqual([`  - workerNsgOcids: '${WORKER_NSG}' must be an array`]);
  });

  test('NSG list token elements pass', () => {
    const { stack, cluster } = testCluster();
    const nsgs = new TerraformVariable(stack, 'nsgs', { type: 'list(string)' });

    expect(() => cluster.addNodePool('pool', { shape: 'VM.Standard.E5.Flex', workerNsgOcids: [...nsgs.listValue], podNsgOcids: [Token.asList(nsgs.value)[0]] })).not.toThrow();
  });

  test('labels not an object', () => {
    expect(problemsOf({ initialNodeLabels: ['role=web'] as any })).toEqual(['  - initialNodeLabels: ["role=web"] must be an object']);
  });

  test('node labels', () => {
    expect(problemsOf({ initialNodeLabels: { 'bad key!': 'x', 'Example.com/role': 'ok', role: '-web' } })).toEqual([
      "  - initialNodeLabels['bad key!']: 'bad key!' is not a Kubernetes label key: expected an optional DNS subdomain prefix and a slash, then 1 to 63 letters, digits, -, _ or . that start and end with a letter or digit",
      "  - initialNodeLabels['Example.com/role']: 'Example.com/role' is not a Kubernetes label key: expected an optional DNS subdomain prefix and a slash, then 1 to 63 letters, digits, -, _ or . that start and end with a letter or digit",
      "  - initialNodeLabels['role']: '-web' is not a Kubernetes label value: expected at most 63 letters, digits, -, _ or . that start and end with a letter or digit",
    ]);
  });

  test('labels that kubelet rejects', () => {
    const rule =
      "is in the kubernetes.io or k8s.io namespace, where kubelet's --node-labels accepts only keys under kubelet.kubernetes.io/ or node.kubernetes.io/ " +
      'and the keys beta.kubernetes.io/arch, beta.kubernetes.io/instance-type, beta.kubernetes.io/os, failure-domain.beta.kubernetes.io/region, ' +
      'failure-domain.beta.kubernetes.io/zone, kubernetes.io/arch, kubernetes.io/hostname, kubernetes.io/os, node.kubernetes.io/instance-type, ' +
      'topology.kubernetes.io/region, topology.kubernetes.io/zone, so kubelet would not start: use a key of your own domain, or label the nodes with kubectl once they have joined';
    const labels = {
      'node-role.kubernetes.io/worker': 'true',
      'kubernetes.io/role': 'web',
      'app.k8s.io/name': 'web',
      'node-restriction.kubernetes.io/team': 'web',
    };

    expect(problemsOf({ initialNodeLabels: labels })).toEqual(Object.keys(labels).map((key) => `  - initialNodeLabels['${key}']: '${key}' ${rule}`));
  });

  test('labels that kubelet accepts', () => {
    const labels = {
      'node.kubernetes.io/pool': 'web',
      'team.node.kubernetes.io/name': 'web',
      'kubelet.kubernetes.io/extra': 'x',
      'kubernetes.io/arch': 'amd64',
      'topology.kubernetes.io/zone': 'AD-1',
      'beta.kubernetes.io/instance-type': 'e5',
      'example.com/role': 'web',
      'mykubernetes.io/role': 'web',
      role: 'web',
    };

    expect(() => poolStack({ initialNodeLabels: labels })).not.toThrow();
  });

  test('SSH public key', () => {
    expect(problemsOf({ sshPublicKey: '-----BEGIN OPENSSH PRIVATE KEY-----' })).toEqual([
      "  - sshPublicKey: '-----BEGIN OPENSSH PRIVATE KEY-----' is not an OpenSSH public key: expected one line such as 'ssh-ed25519 AAAA... comment'",
    ]);
  });

  test('subnet and NSG OCID kinds', () => {
    expect(problemsOf({ workerSubnetOcid: WORKER_NSG, podNsgOcids: [POD_SUBNET] })).toEqual([
      `  - workerSubnetOcid: '${WORKER_NSG}' is an OCID of kind 'networksecuritygroup': expected 'ocid1.subnet.<realm>.<region>.<unique id>'`,
      `  - podNsgOcids[0]: '${POD_SUBNET}' is an OCID of kind 'subnet': expected 'ocid1.networksecuritygroup.<realm>.<region>.<unique id>'`,
    ]);
  });

  test('max pods beyond the shape', () => {
    expect(problemsOf({ ocpus: 1, memoryInGbs: 16, maxPodsPerNode: 32 })).toEqual([
      '  - maxPodsPerNode: 32 must be at most 31 for 1 OCPUs: a node gets 31 pod IPs per VNIC beyond its first, and 1 OCPUs of a flexible shape attach 2 VNICs',
    ]);
    expect(problemsOf({ ocpus: 3, memoryInGbs: 16, maxPodsPerNode: 63 })).toEqual([
      '  - maxPodsPerNode: 63 must be at most 62 for 3 OCPUs: a node gets 31 pod IPs per VNIC beyond its first, and 3 OCPUs of a flexible shape attach 3 VNICs',
    ]);
    expect(() => poolStack({ ocpus: 8, memoryInGbs: 64, maxPodsPerNode: 110 })).not.toThrow();
  });

  test('max pods beyond 110', () => {
    expect(problemsOf({ ocpus: 8, memoryInGbs: 64, maxPodsPerNode: 111 })).toEqual(['  - maxPodsPerNode: 111 must be a whole number from 1 to 110']);
  });

  test('pod options with flannel', () => {
    expect(problemsOf({ podSubnetOcid: POD_SUBNET, podNsgOcids: [POD_NSG], maxPodsPerNode: 50 }, {}, { cni: CniType.FLANNEL })).toEqual([
      `  - podSubnetOcid: '${POD_SUBNET}' applies only to VCN-native pod networking: this cluster uses flannel overlay networking`,
      `  - podNsgOcids: ["${POD_NSG}"] applies only to VCN-native pod networking: this cluster uses flannel overlay networking`,
      '  - maxPodsPerNode: 50 applies only to VCN-native pod networking: this cluster uses flannel overlay networking',
    ]);
  });

  test('missing pod subnet', () => {
    expect(problemsOf({}, {}, { podSubnetOcid: undefined, podSubnetCidr: undefined })).toEqual([
      '  - podSubnetOcid: undefined is missing: VCN-native pod networking needs a pod subnet, and the network has none',
    ]);
  });

  test('subnet capacity left to the cluster', () => {
    // The cluster checks the capacity of its subnets at synth, across all its pools.
    expect(() => poolStack({ size: 6 }, {}, { workerSubnetCidr: '10.0.1.0/29', podSubnetCidr: '10.0.64.0/26' })).not.toThrow();
  });

  test('cycling in a basic cluster', () => {
    expect(problemsOf({ nodeCycling: { enabled: true } }, { type: ClusterType.BASIC })).toEqual([
      '  - nodeCycling.enabled: true requires an enhanced cluster: OKE cycles nodes only in enhanced clusters',
    ]);
    expect(problemsOf({ nodeCycling: { maximumSurge: 2 } }, { type: ClusterType.BASIC })).toEqual([
      '  - nodeCycling.maximumSurge: 2 applies only when node cycling is enabled',
    ]);
  });

  test('cycling values', () => {
    expect(problemsOf({ nodeCycling: { maximumSurge: 'two', maximumUnavailable: '150%' } })).toEqual([
      "  - nodeCycling.maximumSurge: 'two' must be a whole number or a percentage such as '25%'",
      "  - nodeCycling.maximumUnavailable: '150%' must be at most 100%",
    ]);
    expect(problemsOf({ size: 3, nodeCycling: { maximumSurge: 4 } })).toEqual(['  - nodeCycling.maximumSurge: 4 must be at most the pool size 3, or a percentage']);
  });

  test('cycling surge and unavailable both zero', () => {
    expect(problemsOf({ nodeCycling: { maximumSurge: 0, maximumUnavailable: '0%' } })).toEqual([
      "  - nodeCycling.maximumUnavailable: '0%' must be greater than 0 when maximumSurge is 0: OKE needs room to replace nodes",
    ]);
  });

  test('credential provider options', () => {
    expect(problemsOf({ imageCredentialProvider: { enabled: true, sha256: 'xyz' } })).toEqual([
      "  - imageCredentialProvider.sha256: 'xyz' must be 64 hexadecimal characters (a SHA-256 checksum)",
    ]);
  });

  test('credential provider needs Kubernetes 1.26', () => {
    expect(problemsOf({ imageCredentialProvider: { enabled: true } }, { kubernetesVersion: 'v1.25.4' })).toEqual([
      "  - kubernetesVersion: 'v1.25.4' must be v1.26.0 or newer for the OCIR credential provider: kubelet supports credential provider plugins of API v1 from 1.26",
    ]);
  });

  test('granted pool on old Kubernetes fails at synth', () => {
    const { stack, pool } = poolStack({}, { kubernetesVersion: 'v1.25.4' });
    grantPull(pool);

    expect(errorOf(() => Testing.synth(stack, true))).toContain(
      "NodePool 'test/cluster/pool': kubernetesVersion: 'v1.25.4' must be v1.26.0 or newer for the OCIR credential provider: kubelet supports credential provider plugins of API v1 from 1.26",
    );
  });

  test('dynamic group name', () => {
    expect(problemsOf({ dynamicGroupName: 'web nodes' })).toEqual(["  - dynamicGroupName: 'web nodes' must contain only letters, digits, '.', '-' and '_' (no spaces)"]);
  });

  test('empty name', () => {
    expect(problemsOf({ name: '' })).toEqual(["  - name: '' must not be empty"]);
  });
});
