import { Fn, ITerraformDependable, Op, TerraformIterator, TerraformStack, Token } from 'cdktf';
import { Construct } from 'constructs';
import { ContainerengineCluster } from '../../../lib/generated/providers/oci/containerengine-cluster';
import { ContainerengineNodePool } from '../../../lib/generated/providers/oci/containerengine-node-pool';
import { DataOciContainerengineClusterOption } from '../../../lib/generated/providers/oci/data-oci-containerengine-cluster-option';
import { DataOciContainerengineNodePoolOption } from '../../../lib/generated/providers/oci/data-oci-containerengine-node-pool-option';
import { DataOciIdentityAvailabilityDomains } from '../../../lib/generated/providers/oci/data-oci-identity-availability-domains';
import { IdentityDynamicGroup } from '../../../lib/generated/providers/oci/identity-dynamic-group';
import { IdentityTag } from '../../../lib/generated/providers/oci/identity-tag';
import { IdentityTagNamespace } from '../../../lib/generated/providers/oci/identity-tag-namespace';
import { OciProvider } from '../../../lib/generated/providers/oci/provider';
import { L1Network } from './network';

/** A cluster written by hand, with what its node pools need. */
export interface L1Cluster {
  readonly scope: Construct;
  readonly resource: ContainerengineCluster;
  readonly compartmentOcid: string;
  readonly kubernetesVersion: string;
  readonly network: L1Network;
  /** Tag key that marks each pool's nodes; created with the cluster when some pool is granted access. */
  readonly nodeTag?: { readonly namespace: string; readonly key: IdentityTag };
}

/** Settings of the cluster. */
export interface L1ClusterOptions {
  readonly name: string;
  readonly compartmentOcid: string;
  readonly kubernetesVersion: string;
  readonly network: L1Network;
  readonly apiEndpointIsPublic: boolean;
  /** Whether to create the node tag namespace and key, which the dynamic groups of granted pools match on. */
  readonly withNodeTag: boolean;
  readonly homeProvider: OciProvider;
}

/** Writes an enhanced VCN-native cluster, its version check, and the node tag, at the paths OkeCluster uses under `id`. */
export function l1Cluster(stack: TerraformStack, id: string, options: L1ClusterOptions): L1Cluster {
  const scope = new Construct(stack, id);
  const { compartmentOcid, kubernetesVersion, network } = options;

  const versions = new DataOciContainerengineClusterOption(scope, 'kubernetes-versions', {
    clusterOptionId: 'all',
    compartmentId: compartmentOcid,
    shouldListAllPatchVersions: true,
  });
  const resource = new ContainerengineCluster(scope, 'resource', {
    name: options.name,
    compartmentId: compartmentOcid,
    kubernetesVersion,
    type: 'ENHANCED_CLUSTER',
    vcnId: network.vcn.id,
    clusterPodNetworkOptions: [{ cniType: 'OCI_VCN_IP_NATIVE' }],
    endpointConfig: {
      subnetId: network.subnets['api-endpoint'].id,
      nsgIds: [network.nsgs['api-endpoint'].id],
      isPublicIpEnabled: options.apiEndpointIsPublic,
    },
    options: {
      serviceLbSubnetIds: [network.subnets['load-balancers'].id],
      kubernetesNetworkConfig: { servicesCidr: '10.96.0.0/16' },
    },
    lifecycle: {
      precondition: [
        {
          condition: Fn.contains(versions.kubernetesVersions, kubernetesVersion),
          errorMessage:
            `OKE does not offer Kubernetes ${kubernetesVersion} for new clusters in this region: ` +
            'pick a version that `oci ce cluster-options get --cluster-option-id all` lists, or set verifyKubernetesVersion to false for a cluster created before OKE dropped the version.',
        },
      ],
    },
  });

  let nodeTag: L1Cluster['nodeTag'];
  if (options.withNodeTag) {
    const tagScope = new Construct(scope, 'node-tag');
    const namespaceName = `${stack.node.id}-${id}-oke`;
    const description = `Marks the nodes of each node pool of OKE cluster ${scope.node.path}`;
    const namespace = new IdentityTagNamespace(tagScope, 'namespace', {
      provider: options.homeProvider,
      compartmentId: compartmentOcid,
      name: namespaceName,
      description,
    });
    const key = new IdentityTag(tagScope, 'key', { provider: options.homeProvider, tagNamespaceId: namespace.id, name: 'node-pool', description });
    nodeTag = { namespace: namespaceName, key };
  }

  return { scope, resource, compartmentOcid, kubernetesVersion, network, nodeTag };
}

/** A node pool's scope, image lookup and dynamic group, before the pool resource itself is written. */
export interface L1NodePoolParts {
  readonly scope: Construct;
  readonly name: string;
  /** The dynamic group of the pool's nodes, for pools that are granted access. */
  readonly dynamicGroup?: IdentityDynamicGroup;
  readonly dynamicGroupName?: string;
}

/** Creates a node pool's scope and, for a pool that will be granted access, its dynamic group. */
export function l1NodePoolParts(cluster: L1Cluster, id: string, granted: boolean, homeProvider: OciProvider, tenancyOcid: string): L1NodePoolParts {
  const scope = new Construct(cluster.scope, id);
  if (!granted) {
    return { scope, name: id };
  }

  const stackName = TerraformStack.of(scope).node.id;
  const dynamicGroupName = `${stackName}-${cluster.scope.node.id}-${id}-nodes`;
  const dynamicGroup = new IdentityDynamicGroup(new Construct(scope, 'nodes'), 'resource', {
    provider: homeProvider,
    compartmentId: tenancyOcid,
    name: dynamicGroupName,
    matchingRule: `ALL {instance.compartment.id = '${cluster.compartmentOcid}', tag.${cluster.nodeTag!.namespace}.node-pool.value = '${scope.node.path}'}`,
    description: `Nodes of OKE node pool ${scope.node.path}`,
    dependsOn: [cluster.nodeTag!.key],
  });
  return { scope, name: id, dynamicGroup, dynamicGroupName };
}

// The cloud-init that installs Oracle's OCIR kubelet credential provider v0.1.1; ASSET is the binary
// of the node architecture.
const CREDENTIAL_PROVIDER_SCRIPT = `#!/bin/bash
set -euo pipefail

# OKE runs this script instead of its default one, so it must run the node init script itself.
curl --fail --silent --show-error --retry 5 -H "Authorization: Bearer Oracle" -L http://169.254.169.254/opc/v2/instance/metadata/oke_init_script | base64 --decode >/var/run/oke-init.sh

curl --fail --silent --show-error --retry 5 -L -o /usr/local/bin/credential-provider-oke 'https://github.com/oracle-devrel/oke-credential-provider-for-ocir/releases/download/v0.1.1/ASSET'
chmod 755 /usr/local/bin/credential-provider-oke

mkdir -p /etc/kubernetes
cat >/etc/kubernetes/credential-provider-config.yaml <<'EOF'
apiVersion: kubelet.config.k8s.io/v1
kind: CredentialProviderConfig
providers:
  - name: credential-provider-oke
    apiVersion: credentialprovider.kubelet.k8s.io/v1
    matchImages:
      - "*.ocir.io"
    defaultCacheDuration: 55m
    env:
      - name: REGISTRY_TOKEN_PATH
        value: /20180419/docker/token
      - name: DEFAULT_USER
        value: BEARER_TOKEN
      - name: REGISTRY_PROTOCOL
        value: https
      - name: OCIR_AUTH_METHOD
        value: INSTANCE_PRINCIPAL
EOF

bash /var/run/oke-init.sh --kubelet-extra-args "--image-credential-provider-bin-dir=/usr/local/bin/ --image-credential-provider-config=/etc/kubernetes/credential-provider-config.yaml"
`;

function credentialProviderUserData(architecture: Architecture): string {
  const asset = architecture === 'AARCH64' ? 'oke-credential-provider-for-ocir-linux-arm64' : 'oke-credential-provider-for-ocir-linux-amd64';
  return Buffer.from(CREDENTIAL_PROVIDER_SCRIPT.replace('ASSET', asset)).toString('base64');
}

/** CPU architecture of a shape, as the node pool option data source names it. */
type Architecture = 'X86_64' | 'AARCH64';

/** Settings of one node pool resource. */
export interface L1NodePoolOptions {
  readonly shape: string;
  readonly architecture: Architecture;
  readonly ocpus: number;
  readonly memoryInGbs: number;
  readonly size: number;
  readonly initialNodeLabels?: Record<string, string>;
  readonly availabilityDomains: DataOciIdentityAvailabilityDomains;
  /** Policies that grant the pool access, in the order of the pool's first statement in each. */
  readonly policies: ITerraformDependable[];
}

/**
 * Writes a node pool with nodes in every availability domain and OKE's newest Oracle Linux 8 image,
 * found at plan time. A granted pool also gets the node tag and the credential provider, and waits
 * for its dynamic group and policies.
 */
export function l1NodePool(cluster: L1Cluster, parts: L1NodePoolParts, options: L1NodePoolOptions): ContainerengineNodePool {
  const { network, kubernetesVersion } = cluster;
  const imageOptions = new DataOciContainerengineNodePoolOption(parts.scope, 'image-options', {
    nodePoolOptionId: 'all',
    compartmentId: cluster.compartmentOcid,
    nodePoolK8SVersion: kubernetesVersion,
    nodePoolOsArch: options.architecture,
  });
  const build = '[0-9]{4}[.][0-9]{2}[.][0-9]{2}-[0-9]+';
  const arch = options.architecture === 'AARCH64' ? 'aarch64-' : '';
  const pattern = `"^Oracle-Linux-8[.][0-9]+-${arch}${build}-OKE-${kubernetesVersion.replace(/^v/, '').replace(/\./g, '[.]')}-[0-9]+$"`;
  const candidates = TerraformIterator.fromList(imageOptions.sources).forExpressionForList(
    `format("%s %s", replace(val.source_name, "/^.*-(${build})-OKE-.*$/", "$1"), val.image_id) if length(regexall(${pattern}, val.source_name)) > 0`,
  );
  const imageId = Fn.element(Fn.split(' ', Fn.element(Fn.reverse(Fn.sort(Token.asList(candidates))), 0)), 1);

  const domains = TerraformIterator.fromList(options.availabilityDomains.availabilityDomains);
  const granted = parts.dynamicGroup !== undefined;
  const dependsOn: ITerraformDependable[] = granted ? [cluster.nodeTag!.key, parts.dynamicGroup!, ...options.policies] : [];

  return new ContainerengineNodePool(parts.scope, 'resource', {
    clusterId: cluster.resource.id,
    compartmentId: cluster.compartmentOcid,
    name: parts.name,
    kubernetesVersion,
    nodeShape: options.shape,
    nodeShapeConfig: { ocpus: options.ocpus, memoryInGbs: options.memoryInGbs },
    nodeSourceDetails: { sourceType: 'IMAGE', imageId: Token.asString(imageId) },
    nodeConfigDetails: {
      size: options.size,
      placementConfigs: domains.dynamic({ availability_domain: domains.getString('name'), subnet_id: network.subnets.workers.id }),
      nsgIds: [network.nsgs.workers.id],
      nodePoolPodNetworkOptionDetails: {
        cniType: 'OCI_VCN_IP_NATIVE',
        podSubnetIds: [network.subnets.pods.id],
        podNsgIds: [network.nsgs.pods.id],
        maxPodsPerNode: 31,
      },
      definedTags: granted ? { [`${cluster.nodeTag!.namespace}.node-pool`]: parts.scope.node.path } : undefined,
    },
    initialNodeLabels: options.initialNodeLabels ? Object.entries(options.initialNodeLabels).map(([key, value]) => ({ key, value })) : undefined,
    nodeMetadata: granted ? { user_data: credentialProviderUserData(options.architecture) } : undefined,
    nodePoolCyclingDetails: { isNodeCyclingEnabled: true, maximumSurge: '1', maximumUnavailable: '0' },
    lifecycle: {
      precondition: [
        {
          condition: Op.gte(Fn.lengthOf(candidates), 1),
          errorMessage:
            `No OKE node image for Kubernetes ${kubernetesVersion}, ${options.architecture.toLowerCase()} and Oracle Linux 8 is listed by the ` +
            'oci_containerengine_node_pool_option data source: check that OKE offers this version for node pools, or set imageOcid.',
        },
      ],
    },
    dependsOn: dependsOn.length > 0 ? dependsOn : undefined,
  });
}
