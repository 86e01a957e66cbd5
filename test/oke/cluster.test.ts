import { App, Testing, TerraformVariable, Token } from 'cdktf';
import { OkeCluster, OkeClusterProps } from '../../lib/oke/cluster';
import { ClusterType } from '../../lib/oke/cluster-type';
import { CniType } from '../../lib/oke/network-interface';
import { NodeCyclingOptions } from '../../lib/oke/node-pool';
import { ContainerRepository } from '../../lib/registry/repository';
import { formatValue } from '../../lib/core/validation';
import { COMPARTMENT, synthJson, testStack } from '../helpers/stack';
import { API_NSG, API_SUBNET, block, blockName, countOf, errorOf, FakeNetworkProps, FakeOkeNetwork, KEY, LB_SUBNET, okeStack, testCluster, VCN, WORKER_SUBNET } from './oke-fixtures';

const CLUSTER = 'oci_containerengine_cluster';

function clusterJson(json: any): any {
  return block(json, 'resource', CLUSTER, 'cluster_resource');
}

/** Returns the problem lines of an OkeCluster validation error, without the header line. */
function problemsOf(create: () => unknown): string[] {
  const message = errorOf(create);
  const [header, ...problems] = message.split('\n');
  expect(header).toBe("OkeCluster 'test/cluster' has invalid configuration:");
  return problems;
}

/** Returns the messages of the synth-time validation errors that `synth` throws, without the construct path prefix cdktf adds. */
function validationErrorsOf(synth: () => unknown): string[] {
  const lines = errorOf(synth).split('\n');
  expect(lines[0]).toBe('Validation failed with the following errors:');
  return lines.filter((line) => line.startsWith('  [')).map((line) => line.replace(/^  \[[^\]]*\] /, ''));
}

describe('OkeCluster', () => {
  test('VCN-native private cluster attributes', () => {
    const { stack } = testCluster();
    const json = synthJson(stack);
    const versions = blockName(json, 'data', 'oci_containerengine_cluster_option', 'cluster_kubernetes-versions');

    expect(clusterJson(json)).toEqual({
      name: 'main',
      compartment_id: COMPARTMENT,
      kubernetes_version: 'v1.31.1',
      type: 'ENHANCED_CLUSTER',
      vcn_id: VCN,
      cluster_pod_network_options: [{ cni_type: 'OCI_VCN_IP_NATIVE' }],
      endpoint_config: { subnet_id: API_SUBNET, nsg_ids: [API_NSG], is_public_ip_enabled: false },
      options: { service_lb_subnet_ids: [LB_SUBNET], kubernetes_network_config: { services_cidr: '10.96.0.0/16' } },
      lifecycle: {
        precondition: [
          {
            condition: `\${contains(data.oci_containerengine_cluster_option.${versions}.kubernetes_versions, "v1.31.1")}`,
            error_message:
              'OKE does not offer Kubernetes v1.31.1 for new clusters in this region: pick a version that `oci ce cluster-options get --cluster-option-id all` lists, ' +
              'or set verifyKubernetesVersion to false for a cluster created before OKE dropped the version.',
          },
        ],
      },
    });
    expect(json.data.oci_containerengine_cluster_option[versions]).toEqual({
      cluster_option_id: 'all',
      compartment_id: COMPARTMENT,
      should_list_all_patch_versions: true,
    });
  });

  test('flannel cluster sends the pods CIDR', () => {
    const { stack } = testCluster({}, { cni: CniType.FLANNEL });
    const cluster = clusterJson(synthJson(stack));

    expect(cluster.cluster_pod_network_options).toEqual([{ cni_type: 'FLANNEL_OVERLAY' }]);
    expect(cluster.options.kubernetes_network_config).toEqual({ pods_cidr: '10.244.0.0/16', services_cidr: '10.96.0.0/16' });
  });

  test('custom CIDRs', () => {
    const { stack } = testCluster({ podsCidr: '172.16.0.0/16', servicesCidr: '172.17.0.0/16' }, { cni: CniType.FLANNEL });

    expect(clusterJson(synthJson(stack)).options.kubernetes_network_config).toEqual({ pods_cidr: '172.16.0.0/16', services_cidr: '172.17.0.0/16' });
  });

  test('public endpoint follows the network', () => {
    const { stack } = testCluster({}, { apiEndpointIsPublic: true, apiEndpointNsgOcids: [] });

    expect(clusterJson(synthJson(stack)).endpoint_config).toEqual({ subnet_id: API_SUBNET, is_public_ip_enabled: true });
  });

  test('basic cluster type', () => {
    const { stack, cluster } = testCluster({ type: ClusterType.BASIC });

    expect(cluster.type).toBe(ClusterType.BASIC);
    expect(clusterJson(synthJson(stack)).type).toBe('BASIC_CLUSTER');
  });

  test('secrets encryption key', () => {
    const { stack } = testCluster({ kmsKeyOcid: KEY });

    expect(clusterJson(synthJson(stack)).kms_key_id).toBe(KEY);
  });

  test('image verification policy', () => {
    const other = 'ocid1.key.oc1.iad.aaaaaaaavault.aaaaaaaaother';
    const { stack } = testCluster({ imageVerificationKeyOcids: [KEY, other] });

    expect(clusterJson(synthJson(stack)).image_policy_config).toEqual({
      is_policy_enabled: true,
      key_details: [{ kms_key_id: KEY }, { kms_key_id: other }],
    });
  });

  test('image verification keys from a list token', () => {
    const { stack, network } = okeStack();
    const keys = new TerraformVariable(stack, 'keys', { type: 'list(string)' });
    new OkeCluster(stack, 'cluster', { name: 'main', compartmentOcid: COMPARTMENT, kubernetesVersion: 'v1.31.1', network, imageVerificationKeyOcids: keys.listValue });

    expect(clusterJson(synthJson(stack)).image_policy_config).toEqual({
      is_policy_enabled: true,
      dynamic: { key_details: { for_each: '${toset(var.keys)}', iterator: 'each', content: { kms_key_id: '${each.value}' } } },
    });
  });

  test('list token VCN blocks pass the CIDR checks', () => {
    const { stack } = testStack();
    const blocks = new TerraformVariable(stack, 'blocks', { type: 'list(string)' });
    const network = new FakeOkeNetwork(stack, 'network', { vcnCidrs: blocks.listValue });

    expect(() => new OkeCluster(stack, 'cluster', { name: 'main', compartmentOcid: COMPARTMENT, kubernetesVersion: 'v1.31.1', network })).not.toThrow();
  });

  test('version check can be turned off', () => {
    const { stack } = testCluster({ verifyKubernetesVersion: false });
    const json = synthJson(stack);

    expect(clusterJson(json).lifecycle).toBeUndefined();
    expect(countOf(json, 'data', 'oci_containerengine_cluster_option')).toBe(0);
  });

  test('exposes its attributes', () => {
    const { cluster } = testCluster();

    expect(cluster.kubernetesVersion).toBe('v1.31.1');
    expect(cluster.compartmentOcid).toBe(COMPARTMENT);
    expect(cluster.type).toBe(ClusterType.ENHANCED);
    expect(cluster.clusterOcid).toMatch(/^\$\{TfToken\[TOKEN\.\d+\]\}$/);
  });

  test('kubeconfig only as a sensitive output', () => {
    const { stack, cluster } = testCluster();
    cluster.addKubeconfigOutput();
    const json = synthJson(stack);
    const data = blockName(json, 'data', 'oci_containerengine_cluster_kube_config', 'cluster_kubeconfig-data');
    const outputs = Object.values(json.output) as any[];

    expect(outputs).toEqual([
      {
        value: `\${data.oci_containerengine_cluster_kube_config.${data}.content}`,
        sensitive: true,
        description: 'Kubeconfig of OKE cluster test/cluster',
      },
    ]);
    expect(json.data.oci_containerengine_cluster_kube_config[data]).toEqual({
      cluster_id: `\${oci_containerengine_cluster.${blockName(json, 'resource', CLUSTER, 'cluster_resource')}.id}`,
      token_version: '2.0.0',
      endpoint: 'PRIVATE_ENDPOINT',
    });
  });

  test('kubeconfig of a public cluster uses the public endpoint', () => {
    const { stack, cluster } = testCluster({}, { apiEndpointIsPublic: true });
    cluster.addKubeconfigOutput('admin');

    const json = synthJson(stack);
    expect(block(json, 'data', 'oci_containerengine_cluster_kube_config', 'cluster_admin-data').endpoint).toBe('PUBLIC_ENDPOINT');
  });

  test('no tag namespace without grants', () => {
    const { stack, cluster } = testCluster();
    cluster.addNodePool('general', { shape: 'VM.Standard.E5.Flex' });
    const json = synthJson(stack);

    expect(countOf(json, 'resource', 'oci_identity_tag_namespace')).toBe(0);
    expect(countOf(json, 'resource', 'oci_identity_tag')).toBe(0);
    expect(countOf(json, 'resource', 'oci_identity_dynamic_group')).toBe(0);
  });

  test('node tag created once for all pools', () => {
    const { stack, cluster } = testCluster();
    const repository = new ContainerRepository(stack, 'repo', { repositoryName: 'team/web', compartmentOcid: COMPARTMENT });
    repository.grantPull(cluster.addNodePool('general', { shape: 'VM.Standard.E5.Flex' }));
    repository.grantPull(cluster.addNodePool('arm', { shape: 'VM.Standard.A1.Flex' }));
    const json = synthJson(stack);
    const namespace = blockName(json, 'resource', 'oci_identity_tag_namespace', 'cluster_node-tag_namespace');

    expect(json.resource.oci_identity_tag_namespace[namespace]).toEqual({
      provider: 'oci.home',
      compartment_id: COMPARTMENT,
      name: 'test-cluster-oke',
      description: 'Marks the nodes of each node pool of OKE cluster test/cluster',
    });
    expect(block(json, 'resource', 'oci_identity_tag', 'cluster_node-tag_key')).toEqual({
      provider: 'oci.home',
      tag_namespace_id: `\${oci_identity_tag_namespace.${namespace}.id}`,
      name: 'node-pool',
      description: 'Marks the nodes of each node pool of OKE cluster test/cluster',
    });
    expect(countOf(json, 'resource', 'oci_identity_dynamic_group')).toBe(2);
  });

  test('custom tag namespace name', () => {
    const { stack, cluster } = testCluster({ nodeTagNamespaceName: 'platform-nodes' });
    new ContainerRepository(stack, 'repo', { repositoryName: 'team/web', compartmentOcid: COMPARTMENT }).grantPull(
      cluster.addNodePool('general', { shape: 'VM.Standard.E5.Flex' }),
    );

    expect(block(synthJson(stack), 'resource', 'oci_identity_tag_namespace', 'cluster_node-tag_namespace').name).toBe('platform-nodes');
  });

  test('existing node tag is not created', () => {
    const { stack, cluster } = testCluster({ nodeTag: { namespace: 'Platform', key: 'oke-pool' } });
    new ContainerRepository(stack, 'repo', { repositoryName: 'team/web', compartmentOcid: COMPARTMENT }).grantPull(
      cluster.addNodePool('general', { shape: 'VM.Standard.E5.Flex' }),
    );
    const json = synthJson(stack);

    expect(countOf(json, 'resource', 'oci_identity_tag_namespace')).toBe(0);
    expect(block(json, 'resource', 'oci_identity_dynamic_group', 'cluster_general_nodes_resource').matching_rule).toBe(
      `ALL {instance.compartment.id = '${COMPARTMENT}', tag.Platform.oke-pool.value = 'test/cluster/general'}`,
    );
  });

  test('tokens pass the checks', () => {
    const { stack, network } = okeStack();
    const version = new TerraformVariable(stack, 'version', { type: 'string' });
    const compartment = new TerraformVariable(stack, 'compartment', { type: 'string' });
    const key = new TerraformVariable(stack, 'key', { type: 'string' });
    const services = new TerraformVariable(stack, 'services', { type: 'string' });

    const cluster = new OkeCluster(stack, 'cluster', {
      name: 'main',
      compartmentOcid: compartment.stringValue,
      kubernetesVersion: version.stringValue,
      network,
      kmsKeyOcid: key.stringValue,
      servicesCidr: services.stringValue,
    });

    const json = clusterJson(synthJson(stack));
    expect(json.kubernetes_version).toBe('${var.version}');
    expect(json.lifecycle.precondition[0].error_message).toContain("OKE does not offer the cluster's Kubernetes version for new clusters");
    expect(Token.isUnresolved(cluster.kubernetesVersion)).toBe(true);
  });
});

describe('OkeCluster validation', () => {
  test('error names the construct and the value', () => {
    expect(errorOf(() => testCluster({ kubernetesVersion: '1.31.1' }))).toBe(
      "OkeCluster 'test/cluster' has invalid configuration:\n  - kubernetesVersion: '1.31.1' must have the form v1.<minor>.<patch>, such as v1.31.1",
    );
  });

  test.each(['1.31.1', 'v1.31', 'v2.0.0', 'v1.31.1-beta', 'latest', 'v1.031.1', ''])('malformed version %p', (version) => {
    expect(problemsOf(() => testCluster({ kubernetesVersion: version }))).toEqual([
      `  - kubernetesVersion: '${version}' must have the form v1.<minor>.<patch>, such as v1.31.1`,
    ]);
  });

  test('empty name', () => {
    expect(problemsOf(() => testCluster({ name: ' ' }))).toEqual(["  - name: ' ' must not be empty"]);
  });

  test('missing or mistyped required props', () => {
    const props = { name: undefined, compartmentOcid: undefined, kubernetesVersion: undefined } as unknown as Partial<OkeClusterProps>;
    expect(problemsOf(() => testCluster(props))).toEqual([
      '  - name: undefined is missing: give the cluster name shown in the console',
      '  - compartmentOcid: undefined is missing: give the OCID of the compartment of the cluster',
      '  - kubernetesVersion: undefined is missing: give a version that OKE offers, such as v1.31.1',
    ]);
    expect(problemsOf(() => testCluster({ name: 5, kubernetesVersion: 1.31 } as unknown as Partial<OkeClusterProps>))).toEqual([
      '  - name: 5 must be a string',
      '  - kubernetesVersion: 1.31 must be a string',
    ]);
  });

  test('missing network', () => {
    const { stack } = okeStack();
    const props = { name: 'main', compartmentOcid: COMPARTMENT, kubernetesVersion: 'v1.31.1' } as OkeClusterProps;
    expect(problemsOf(() => new OkeCluster(stack, 'cluster', props))).toEqual([
      '  - network: undefined is missing: give the network of the cluster, an OkeNetwork or OkeNetwork.fromExisting(...)',
    ]);
  });

  test('network not an object', () => {
    const { stack } = okeStack();
    const props = { name: 'main', compartmentOcid: COMPARTMENT, kubernetesVersion: 'v1.31.1', network: 'vcn' } as unknown as OkeClusterProps;
    expect(problemsOf(() => new OkeCluster(stack, 'cluster', props))).toEqual(["  - network: 'vcn' must be an object"]);
  });

  test('node tag namespace reference', () => {
    const namespace = new TerraformVariable(okeStack().stack, 'tag-namespace', { type: 'string' }).stringValue;
    expect(problemsOf(() => testCluster({ nodeTag: { namespace, key: 'oke-pool' } }))).toEqual([
      `  - nodeTag.namespace: ${formatValue(namespace)} must be known at synth time: it is part of the node dynamic group matching rules`,
    ]);
  });

  test('unknown cluster type', () => {
    expect(problemsOf(() => testCluster({ type: 'SUPER_CLUSTER' as ClusterType }))).toEqual([
      "  - type: 'SUPER_CLUSTER' is not a ClusterType: use 'BASIC_CLUSTER' or 'ENHANCED_CLUSTER'",
    ]);
  });

  test('version check flag must be a boolean', () => {
    expect(problemsOf(() => testCluster({ verifyKubernetesVersion: 'false' as unknown as boolean }))).toEqual([
      "  - verifyKubernetesVersion: 'false' must be true or false",
    ]);
  });

  test('compartment OCID kind', () => {
    expect(problemsOf(() => testCluster({ compartmentOcid: VCN }))).toEqual([
      `  - compartmentOcid: '${VCN}' is an OCID of kind 'vcn': expected 'ocid1.compartment.<realm>.<region>.<unique id>' or 'ocid1.tenancy.<realm>.<region>.<unique id>'`,
    ]);
  });

  test('KMS key OCID kind', () => {
    expect(problemsOf(() => testCluster({ kmsKeyOcid: 'ocid1.vault.oc1.iad.aaaaaaaavault' }))).toEqual([
      "  - kmsKeyOcid: 'ocid1.vault.oc1.iad.aaaaaaaavault' is an OCID of kind 'vault': expected 'ocid1.key.<realm>.<region>.<unique id>'",
    ]);
  });

  test('image verification keys', () => {
    expect(problemsOf(() => testCluster({ imageVerificationKeyOcids: [] }))).toEqual([
      '  - imageVerificationKeyOcids: [] must list at least one key OCID: leave it undefined to run unsigned images',
    ]);
    expect(problemsOf(() => testCluster({ imageVerificationKeyOcids: ['not-an-ocid'] }))).toEqual([
      "  - imageVerificationKeyOcids[0]: 'not-an-ocid' is not an OCID: expected 'ocid1.key.<realm>.<region>.<unique id>'",
    ]);
    expect(problemsOf(() => testCluster({ imageVerificationKeyOcids: KEY as unknown as string[] }))).toEqual([
      `  - imageVerificationKeyOcids: '${KEY}' must be an array`,
    ]);
  });

  test('image verification key list token elements pass', () => {
    const { stack, network } = okeStack();
    const keys = new TerraformVariable(stack, 'keys', { type: 'list(string)' });
    const props = { name: 'main', compartmentOcid: COMPARTMENT, kubernetesVersion: 'v1.31.1', network };

    expect(() => new OkeCluster(stack, 'a', { ...props, imageVerificationKeyOcids: Token.asList(keys.value) })).not.toThrow();
    expect(() => new OkeCluster(stack, 'b', { ...props, imageVerificationKeyOcids: [...keys.listValue] })).not.toThrow();
  });

  test('services CIDR overlaps the VCN', () => {
    expect(problemsOf(() => testCluster({}, { vcnCidrs: ['10.0.0.0/16', '10.96.128.0/20'] }))).toEqual([
      "  - servicesCidr: '10.96.0.0/16' overlaps the VCN CIDR block 10.96.128.0/20: Kubernetes services need addresses outside the VCN",
    ]);
  });

  test('pods CIDR overlaps the VCN', () => {
    expect(problemsOf(() => testCluster({ podsCidr: '10.0.128.0/17' }, { cni: CniType.FLANNEL }))).toEqual([
      "  - podsCidr: '10.0.128.0/17' overlaps the VCN CIDR block 10.0.0.0/16: with flannel, pods need addresses outside the VCN",
    ]);
  });

  test('pods CIDR overlaps services CIDR', () => {
    expect(problemsOf(() => testCluster({ podsCidr: '10.96.0.0/12' }, { cni: CniType.FLANNEL }))).toEqual([
      "  - servicesCidr: '10.96.0.0/16' overlaps podsCidr 10.96.0.0/12: the pods and services CIDR blocks must not overlap",
    ]);
  });

  test('pods CIDR smaller than /25', () => {
    expect(problemsOf(() => testCluster({ podsCidr: '10.244.0.0/26' }, { cni: CniType.FLANNEL }))).toEqual([
      "  - podsCidr: '10.244.0.0/26' is smaller than /25: OKE gives every node a /25 of the pods CIDR, so use /25 or larger",
    ]);
  });

  test('default pods CIDR overlaps the VCN', () => {
    expect(problemsOf(() => testCluster({}, { cni: CniType.FLANNEL, vcnCidrs: ['10.0.0.0/16', '10.244.0.0/24'] }))).toEqual([
      "  - podsCidr: '10.244.0.0/16' overlaps the VCN CIDR block 10.244.0.0/24: with flannel, pods need addresses outside the VCN",
    ]);
  });

  test('pods CIDR with VCN-native networking', () => {
    expect(problemsOf(() => testCluster({ podsCidr: '10.244.0.0/16' }))).toEqual([
      "  - podsCidr: '10.244.0.0/16' applies only to flannel overlay pod networking: with VCN-native pod networking pods take their IPs from the pod subnet",
    ]);
  });

  test('invalid CIDR', () => {
    expect(problemsOf(() => testCluster({ servicesCidr: '10.96.0.1/16' }))).toEqual([
      "  - servicesCidr: '10.96.0.1/16' has host bits set: use 10.96.0.0/16, the network address of that block",
    ]);
    expect(problemsOf(() => testCluster({ podsCidr: '10.244.0.0' }, { cni: CniType.FLANNEL }))).toEqual([
      "  - podsCidr: '10.244.0.0' is not an IPv4 CIDR block: expected the form a.b.c.d/n, such as 10.0.0.0/16",
    ]);
  });

  test('node tag names', () => {
    expect(problemsOf(() => testCluster({ nodeTag: { namespace: 'my.tags', key: 'oci-pool' } }))).toEqual([
      "  - nodeTag.namespace: 'my.tags' must contain only letters, digits, '-' and '_'",
      "  - nodeTag.key: 'oci-pool' must not start with 'oci-' or 'orcl-', which OCI reserves",
    ]);
    expect(problemsOf(() => testCluster({ nodeTagNamespaceName: 'x'.repeat(101) }))).toEqual([
      `  - nodeTagNamespaceName: '${'x'.repeat(101)}' must be 1 to 100 characters long (it is 101)`,
    ]);
  });

  test('node tag and namespace name together', () => {
    expect(problemsOf(() => testCluster({ nodeTag: { namespace: 'Platform', key: 'pool' }, nodeTagNamespaceName: 'other' }))).toEqual([
      "  - nodeTagNamespaceName: 'other' must not be set together with nodeTag: nodeTag names an existing tag, so no namespace is created",
    ]);
  });

  test('every problem at once', () => {
    expect(problemsOf(() => testCluster({ kubernetesVersion: 'v1', kmsKeyOcid: 'bad' }, { vcnCidrs: ['10.96.0.0/16'] }))).toHaveLength(3);
  });
});

describe('OkeCluster subnet capacity', () => {
  const SHAPE = 'VM.Standard.E5.Flex';
  // Replaces one node at a time without extra nodes, so only the pool sizes count.
  const NO_SURGE: NodeCyclingOptions = { maximumSurge: 0, maximumUnavailable: 1 };

  /** Creates a cluster with pools `a`, `b`, ... of the given sizes and returns the stack. */
  function poolsStack(sizes: number[], networkProps: FakeNetworkProps = {}, maxPodsPerNode?: number, nodeCycling: NodeCyclingOptions = NO_SURGE) {
    const { stack, cluster } = testCluster({}, networkProps);
    sizes.forEach((size, index) =>
      cluster.addNodePool(String.fromCharCode(97 + index), { shape: SHAPE, ocpus: 8, memoryInGbs: 64, size, maxPodsPerNode, nodeCycling }),
    );
    return { stack, cluster };
  }

  test('worker subnet too small for one pool', () => {
    const { stack } = poolsStack([6], { workerSubnetCidr: '10.0.1.0/29' });

    expect(validationErrorsOf(() => Testing.synth(stack, true))).toEqual([
      "OkeCluster 'test/cluster': network.workerSubnetCidr: '10.0.1.0/29' has 5 usable addresses after OCI's 3 reserved, fewer than the 6 that its node pools need " +
        'at one address per node, so use a larger subnet or fewer nodes. Node pools in the subnet: test/cluster/a (6 nodes)',
    ]);
  });

  test('pod subnet too small for one pool', () => {
    const { stack } = poolsStack([3], { podSubnetCidr: '10.0.64.0/26' });

    expect(validationErrorsOf(() => Testing.synth(stack, true))).toEqual([
      "OkeCluster 'test/cluster': network.podSubnetCidr: '10.0.64.0/26' has 61 usable addresses after OCI's 3 reserved, fewer than the 96 that its node pools need " +
        'at one address per pod up to maxPodsPerNode and one per secondary VNIC of 31 pods, so use a larger subnet, fewer nodes or a lower maxPodsPerNode. ' +
        'Node pools in the subnet: test/cluster/a (3 nodes, up to 31 pods each)',
    ]);
  });

  test('worker pools that fit alone but not together', () => {
    const { stack } = poolsStack([100, 100, 100]);

    expect(validationErrorsOf(() => Testing.synth(stack, true))).toEqual([
      "OkeCluster 'test/cluster': network.workerSubnetCidr: '10.0.1.0/24' has 253 usable addresses after OCI's 3 reserved, fewer than the 300 that its node pools need " +
        'at one address per node, so use a larger subnet or fewer nodes. ' +
        'Node pools in the subnet: test/cluster/a (100 nodes), test/cluster/b (100 nodes), test/cluster/c (100 nodes)',
    ]);
    expect(() => Testing.synth(poolsStack([100]).stack, true)).not.toThrow();
  });

  test('pod pools that fit alone but not together', () => {
    const { stack } = poolsStack([4, 4], { podSubnetCidr: '10.0.64.0/24' }, 31);

    expect(validationErrorsOf(() => Testing.synth(stack, true))).toEqual([
      "OkeCluster 'test/cluster': network.podSubnetCidr: '10.0.64.0/24' has 253 usable addresses after OCI's 3 reserved, fewer than the 256 that its node pools need " +
        'at one address per pod up to maxPodsPerNode and one per secondary VNIC of 31 pods, so use a larger subnet, fewer nodes or a lower maxPodsPerNode. ' +
        'Node pools in the subnet: test/cluster/a (4 nodes, up to 31 pods each), test/cluster/b (4 nodes, up to 31 pods each)',
    ]);
    expect(() => Testing.synth(poolsStack([4], { podSubnetCidr: '10.0.64.0/24' }, 31).stack, true)).not.toThrow();
  });

  test('pools that fit together', () => {
    const { stack } = poolsStack([100, 100, 53]);

    expect(() => Testing.synth(stack, true)).not.toThrow();
  });

  test('default surge node counts', () => {
    const { stack } = poolsStack([100, 100, 53], {}, undefined, {});

    expect(validationErrorsOf(() => Testing.synth(stack, true))).toEqual([
      "OkeCluster 'test/cluster': network.workerSubnetCidr: '10.0.1.0/24' has 253 usable addresses after OCI's 3 reserved, fewer than the 256 that its node pools need " +
        'at one address per node, counting the surge nodes that node cycling adds, so use a larger subnet, fewer nodes or a lower nodeCycling.maximumSurge. ' +
        'Node pools in the subnet: test/cluster/a (100 nodes and 1 surge node), test/cluster/b (100 nodes and 1 surge node), test/cluster/c (53 nodes and 1 surge node)',
    ]);
    expect(() => Testing.synth(poolsStack([100, 100, 50], {}, undefined, {}).stack, true)).not.toThrow();
  });

  test('surge count fills the worker subnet', () => {
    const { stack } = poolsStack([253], {}, undefined, { maximumSurge: 10 });

    expect(validationErrorsOf(() => Testing.synth(stack, true))).toEqual([
      "OkeCluster 'test/cluster': network.workerSubnetCidr: '10.0.1.0/24' has 253 usable addresses after OCI's 3 reserved, fewer than the 263 that its node pools need " +
        'at one address per node, counting the surge nodes that node cycling adds, so use a larger subnet, fewer nodes or a lower nodeCycling.maximumSurge. ' +
        'Node pools in the subnet: test/cluster/a (253 nodes and 10 surge nodes)',
    ]);
  });

  test('surge percentage rounds up', () => {
    // 25% of 203 nodes is 50.75 and counts as 51 surge nodes, one more than the 253 usable addresses allow.
    expect(() => Testing.synth(poolsStack([202], {}, undefined, { maximumSurge: '25%' }).stack, true)).not.toThrow();
    const { stack } = poolsStack([203], {}, undefined, { maximumSurge: '25%' });

    expect(validationErrorsOf(() => Testing.synth(stack, true))).toEqual([
      "OkeCluster 'test/cluster': network.workerSubnetCidr: '10.0.1.0/24' has 253 usable addresses after OCI's 3 reserved, fewer than the 254 that its node pools need " +
        'at one address per node, counting the surge nodes that node cycling adds, so use a larger subnet, fewer nodes or a lower nodeCycling.maximumSurge. ' +
        'Node pools in the subnet: test/cluster/a (203 nodes and 51 surge nodes)',
    ]);
  });

  test('surge nodes take pod addresses', () => {
    const { stack } = poolsStack([7], { podSubnetCidr: '10.0.64.0/24' }, 31, { maximumSurge: 1 });

    expect(validationErrorsOf(() => Testing.synth(stack, true))).toEqual([
      "OkeCluster 'test/cluster': network.podSubnetCidr: '10.0.64.0/24' has 253 usable addresses after OCI's 3 reserved, fewer than the 256 that its node pools need " +
        'at one address per pod up to maxPodsPerNode and one per secondary VNIC of 31 pods, counting the surge nodes that node cycling adds, ' +
        'so use a larger subnet, fewer nodes, a lower maxPodsPerNode or a lower nodeCycling.maximumSurge. ' +
        'Node pools in the subnet: test/cluster/a (7 nodes and 1 surge node, up to 31 pods each)',
    ]);
  });

  test('no surge without node cycling', () => {
    const { stack: basic, cluster } = testCluster({ type: ClusterType.BASIC });
    cluster.addNodePool('a', { shape: SHAPE, size: 253 });
    expect(() => Testing.synth(basic, true)).not.toThrow();

    expect(() => Testing.synth(poolsStack([253], {}, undefined, { enabled: false }).stack, true)).not.toThrow();
  });

  test('token surge counts as none', () => {
    const { stack, cluster } = testCluster();
    const surge = new TerraformVariable(stack, 'surge', { type: 'number' });
    const pool = cluster.addNodePool('a', { shape: SHAPE, size: 253, nodeCycling: { maximumSurge: surge.numberValue } });

    expect(pool.surgeNodeCount).toBeUndefined();
    expect(() => Testing.synth(stack, true)).not.toThrow();
  });

  test('app synth runs the check', () => {
    const { stack } = poolsStack([100, 100, 100]);
    const app = stack.node.root as App;

    expect(errorOf(() => app.synth())).toContain(
      "[test/cluster] OkeCluster 'test/cluster': network.workerSubnetCidr: '10.0.1.0/24' has 253 usable addresses after OCI's 3 reserved, fewer than the 300",
    );
  });

  test('shared worker and pod subnet counts nodes and pods', () => {
    const { stack } = poolsStack([4, 4], { podSubnetOcid: WORKER_SUBNET, podSubnetCidr: '10.0.1.0/24' });

    expect(validationErrorsOf(() => Testing.synth(stack, true))).toEqual([
      "OkeCluster 'test/cluster': network.workerSubnetCidr: '10.0.1.0/24' has 253 usable addresses after OCI's 3 reserved, fewer than the 264 that its node pools need " +
        'at one address per node, one per pod up to maxPodsPerNode and one per secondary VNIC of 31 pods, so use a larger subnet, fewer nodes or a lower maxPodsPerNode. ' +
        'Node pools in the subnet: test/cluster/a (4 nodes, up to 31 pods each), test/cluster/b (4 nodes, up to 31 pods each)',
    ]);
  });

  test('pools in their own subnets are skipped', () => {
    const { stack, cluster } = testCluster();
    const otherWorkers = 'ocid1.subnet.oc1.iad.aaaaaaaaotherworkers';
    const otherPods = 'ocid1.subnet.oc1.iad.aaaaaaaaotherpods';
    cluster.addNodePool('a', { shape: SHAPE, size: 200 });
    cluster.addNodePool('b', { shape: SHAPE, size: 500, workerSubnetOcid: otherWorkers, podSubnetOcid: otherPods });

    expect(() => Testing.synth(stack, true)).not.toThrow();
  });

  test('pool naming the network subnet counts', () => {
    const { stack, cluster } = testCluster();
    cluster.addNodePool('a', { shape: SHAPE, size: 200, nodeCycling: NO_SURGE });
    cluster.addNodePool('b', { shape: SHAPE, size: 100, workerSubnetOcid: WORKER_SUBNET, nodeCycling: NO_SURGE });

    expect(validationErrorsOf(() => Testing.synth(stack, true))).toEqual([
      "OkeCluster 'test/cluster': network.workerSubnetCidr: '10.0.1.0/24' has 253 usable addresses after OCI's 3 reserved, fewer than the 300 that its node pools need " +
        'at one address per node, so use a larger subnet or fewer nodes. Node pools in the subnet: test/cluster/a (200 nodes), test/cluster/b (100 nodes)',
    ]);
  });

  test('unknown sizes are left out', () => {
    const { stack, cluster } = testCluster();
    const size = new TerraformVariable(stack, 'size', { type: 'number' });
    cluster.addNodePool('a', { shape: SHAPE, size: 300, nodeCycling: NO_SURGE });
    cluster.addNodePool('b', { shape: SHAPE, size: size.numberValue });

    expect(validationErrorsOf(() => Testing.synth(stack, true))).toEqual([
      "OkeCluster 'test/cluster': network.workerSubnetCidr: '10.0.1.0/24' has 253 usable addresses after OCI's 3 reserved, fewer than the 300 that its node pools need " +
        'at one address per node, so use a larger subnet or fewer nodes. Node pools in the subnet: test/cluster/a (300 nodes)',
    ]);
  });

  test('unknown subnet CIDRs are skipped', () => {
    const { stack } = poolsStack([1000], { workerSubnetCidr: undefined, podSubnetCidr: undefined });

    expect(() => Testing.synth(stack, true)).not.toThrow();
  });
});

describe('OkeCluster flannel node capacity', () => {
  const SHAPE = 'VM.Standard.E5.Flex';

  test('too many nodes for the pods CIDR', () => {
    const { stack, cluster } = testCluster({ podsCidr: '192.168.0.0/24' }, { cni: CniType.FLANNEL });
    cluster.addNodePool('a', { shape: SHAPE, size: 10 });

    expect(validationErrorsOf(() => Testing.synth(stack, true))).toEqual([
      "OkeCluster 'test/cluster': podsCidr: '192.168.0.0/24' has room for 2 nodes at one /25 per node, fewer than the 11 nodes of the cluster's node pools, " +
        'counting the surge nodes that node cycling adds, so use a larger pods CIDR, fewer nodes or a lower nodeCycling.maximumSurge. ' +
        'Node pools: test/cluster/a (10 nodes and 1 surge node)',
    ]);
  });

  test('pools are summed against the default pods CIDR', () => {
    const { stack, cluster } = testCluster({}, { cni: CniType.FLANNEL, workerSubnetCidr: '10.0.0.0/16' });
    const noSurge: NodeCyclingOptions = { maximumSurge: 0, maximumUnavailable: 1 };
    cluster.addNodePool('a', { shape: SHAPE, size: 300, nodeCycling: noSurge });
    cluster.addNodePool('b', { shape: SHAPE, size: 213, nodeCycling: noSurge });

    expect(validationErrorsOf(() => Testing.synth(stack, true))).toEqual([
      "OkeCluster 'test/cluster': podsCidr: '10.244.0.0/16' has room for 512 nodes at one /25 per node, fewer than the 513 nodes of the cluster's node pools, " +
        'so use a larger pods CIDR or fewer nodes. Node pools: test/cluster/a (300 nodes), test/cluster/b (213 nodes)',
    ]);
  });

  test('nodes that fit pass', () => {
    const { stack, cluster } = testCluster({ podsCidr: '192.168.0.0/24' }, { cni: CniType.FLANNEL });
    cluster.addNodePool('a', { shape: SHAPE, size: 1 });

    expect(() => Testing.synth(stack, true)).not.toThrow();
  });

  test('unknown sizes and pods CIDRs are left out', () => {
    const { stack, cluster } = testCluster({ podsCidr: '192.168.0.0/25' }, { cni: CniType.FLANNEL });
    cluster.addNodePool('a', { shape: SHAPE, size: new TerraformVariable(stack, 'size', { type: 'number' }).numberValue });
    expect(() => Testing.synth(stack, true)).not.toThrow();

    const other = okeStack({ cni: CniType.FLANNEL, workerSubnetCidr: undefined });
    const pods = new TerraformVariable(other.stack, 'pods', { type: 'string' });
    const tokenCluster = new OkeCluster(other.stack, 'cluster', {
      name: 'main',
      compartmentOcid: COMPARTMENT,
      kubernetesVersion: 'v1.31.1',
      network: other.network,
      podsCidr: pods.stringValue,
    });
    tokenCluster.addNodePool('a', { shape: SHAPE, size: 1000 });
    expect(() => Testing.synth(other.stack, true)).not.toThrow();
  });
});
