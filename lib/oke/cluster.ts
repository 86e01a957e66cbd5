import { createHash } from 'crypto';
import { Fn, ITerraformDependable, TerraformIterator, TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { ContainerengineCluster, ContainerengineClusterImagePolicyConfig } from '../generated/providers/oci/containerengine-cluster';
import { DataOciContainerengineClusterKubeConfig } from '../generated/providers/oci/data-oci-containerengine-cluster-kube-config';
import { DataOciContainerengineClusterOption } from '../generated/providers/oci/data-oci-containerengine-cluster-option';
import { COMPARTMENT_OCID_KINDS, checkOcid } from '../core/ocid';
import { forEachKnown, formatValue, isUnresolved, isUnresolvedList, Validator } from '../core/validation';
import { ClusterType } from './cluster-type';
import { checkKubernetesVersionFormat } from './kubernetes-version';
import {
  checkClusterCidrs,
  checkFlannelNodeCapacity,
  checkSubnetCapacity,
  ClusterNodePool,
  DEFAULT_PODS_CIDR,
  DEFAULT_SERVICES_CIDR,
  SubnetNodePool,
} from './network-checks';
import { CniType, IOkeNetwork } from './network-interface';
import { NodePool, NodePoolProps } from './node-pool';
import { checkTagName, NodeTag, NodeTagKey, TAG_NAME_MAX_LENGTH } from './node-tag';
import { nameOutputByPath } from '../core/outputs';

/** Props of {@link OkeCluster}. */
export interface OkeClusterProps {
  /** Cluster name shown in the console. */
  readonly name: string;
  /** OCID of the compartment of the cluster and its node pools. */
  readonly compartmentOcid: string;
  /**
   * Kubernetes version of the control plane, such as `v1.31.1`; it must be one that OKE offers for new
   * clusters (`oci ce cluster-options get --cluster-option-id all`).
   */
  readonly kubernetesVersion: string;
  /** The VCN, subnets and network security groups of the cluster. */
  readonly network: IOkeNetwork;
  /**
   * Cluster type. Node cycling, which node pools use to roll out upgrades, needs an enhanced cluster.
   * @default ClusterType.ENHANCED
   */
  readonly type?: ClusterType;
  /**
   * CIDR block of pod IPs with flannel overlay networking; it must not overlap the VCN or the services
   * CIDR. Not used with VCN-native pod networking, where pods take IPs from the pod subnet.
   * @default '10.244.0.0/16' with flannel
   */
  readonly podsCidr?: string;
  /** CIDR block of Kubernetes service cluster IPs; it must not overlap the VCN or the pods CIDR. @default '10.96.0.0/16' */
  readonly servicesCidr?: string;
  /**
   * OCID of a Vault key that encrypts Kubernetes secrets in etcd. OKE must be allowed to use the key
   * (OKE "Encrypting Kubernetes Secrets at Rest in Etcd"); this construct does not write that policy.
   * @default - secrets are encrypted with an Oracle-managed key
   */
  readonly kmsKeyOcid?: string;
  /**
   * OCIDs of Vault keys whose signatures images must carry to run in the cluster (the cluster's image
   * verification policy). The cluster must be allowed to use the keys; this construct does not write that policy.
   * @default - no image verification
   */
  readonly imageVerificationKeyOcids?: string[];
  /**
   * Whether a Terraform precondition checks at plan time that OKE offers `kubernetesVersion` for new
   * clusters, using the `oci_containerengine_cluster_option` data source. Turn it off to keep planning
   * a cluster after OKE stopped offering its version to new clusters.
   * @default true
   */
  readonly verifyKubernetesVersion?: boolean;
  /**
   * An existing defined tag key that marks each node pool's nodes, for the dynamic groups of pools
   * that receive grants. The namespace should be in the cluster's compartment.
   * @default - a tag namespace and key are created in the cluster's compartment when a pool first needs one
   */
  readonly nodeTag?: NodeTag;
  /** Name of the tag namespace created when `nodeTag` is not given; unique in the tenancy. @default - `<stack>-<cluster id>-oke`, shortened to 100 characters */
  readonly nodeTagNamespaceName?: string;
  /** Free-form tags of the cluster. @default - none */
  readonly freeformTags?: Record<string, string>;
  /** Defined tags of the cluster, keyed `<namespace>.<key>`. @default - none */
  readonly definedTags?: Record<string, string>;
}

/** Key name of the tag that the cluster creates to mark node pool instances. */
export const NODE_TAG_KEY_NAME = 'node-pool';

/**
 * An OKE cluster (`oci_containerengine_cluster`): the Kubernetes control plane in a network built for
 * it. Add worker nodes with {@link OkeCluster.addNodePool}.
 */
export class OkeCluster extends Construct {
  /** The cluster resource. */
  public readonly resource: ContainerengineCluster;
  /** Cluster name. */
  public readonly name: string;
  /** OCID of the cluster's compartment. */
  public readonly compartmentOcid: string;
  /** Kubernetes version of the control plane. */
  public readonly kubernetesVersion: string;
  /** The cluster's network. */
  public readonly network: IOkeNetwork;
  /** Cluster type. */
  public readonly type: ClusterType;

  private readonly props: OkeClusterProps;
  /** Pods CIDR of a flannel cluster, OKE's default when the props leave it out; undefined with VCN-native pod networking. */
  private readonly podsCidr?: string;
  private nodeTagKey?: NodeTagKey;

  constructor(scope: Construct, id: string, props: OkeClusterProps) {
    super(scope, id);
    this.props = props;
    this.name = props.name;
    this.compartmentOcid = props.compartmentOcid;
    this.kubernetesVersion = props.kubernetesVersion;
    this.network = props.network;
    this.type = props.type ?? ClusterType.ENHANCED;
    this.validate(props);

    const isFlannel = props.network.cni === CniType.FLANNEL;
    const podsCidr = isFlannel ? props.podsCidr ?? DEFAULT_PODS_CIDR : undefined;
    const servicesCidr = props.servicesCidr ?? DEFAULT_SERVICES_CIDR;
    this.podsCidr = podsCidr;

    const versionCheck = props.verifyKubernetesVersion ?? true ? this.versionPrecondition() : undefined;
    this.resource = new ContainerengineCluster(this, 'resource', {
      name: props.name,
      compartmentId: props.compartmentOcid,
      kubernetesVersion: props.kubernetesVersion,
      type: this.type,
      vcnId: props.network.vcnOcid,
      clusterPodNetworkOptions: [{ cniType: props.network.cni }],
      endpointConfig: {
        subnetId: props.network.apiEndpointSubnetOcid,
        nsgIds: nonEmpty(props.network.apiEndpointNsgOcids),
        isPublicIpEnabled: props.network.apiEndpointIsPublic,
      },
      options: {
        serviceLbSubnetIds: nonEmpty(props.network.loadBalancerSubnetOcids),
        kubernetesNetworkConfig: { podsCidr, servicesCidr },
      },
      kmsKeyId: props.kmsKeyOcid,
      imagePolicyConfig: imagePolicyConfig(props.imageVerificationKeyOcids),
      freeformTags: props.freeformTags,
      definedTags: props.definedTags,
      lifecycle: versionCheck ? { precondition: [versionCheck] } : undefined,
    });

    this.node.addValidation({ validate: () => this.validateNodeCapacity() });
  }

  /** OCID of the cluster (known after apply). */
  public get clusterOcid(): string {
    return this.resource.id;
  }

  /** Adds a node pool of worker nodes to the cluster and returns it. */
  public addNodePool(id: string, props: NodePoolProps): NodePool {
    return new NodePool(this, id, props);
  }

  /**
   * Adds a Terraform output with the cluster's kubeconfig and returns it. The output is sensitive, so
   * `cdktf deploy` does not print it; read it with `terraform output -raw <name>`. The kubeconfig
   * authenticates through the OCI CLI (`oci ce cluster generate-token`) and addresses the public
   * endpoint when the network gives the API a public IP, the private endpoint otherwise.
   */
  public addKubeconfigOutput(id: string = 'kubeconfig'): TerraformOutput {
    const kubeconfig = new DataOciContainerengineClusterKubeConfig(this, `${id}-data`, {
      clusterId: this.clusterOcid,
      tokenVersion: '2.0.0',
      endpoint: this.network.apiEndpointIsPublic ? 'PUBLIC_ENDPOINT' : 'PRIVATE_ENDPOINT',
    });
    return nameOutputByPath(new TerraformOutput(this, id, {
      value: kubeconfig.content,
      sensitive: true,
      description: `Kubeconfig of OKE cluster ${this.node.path}`,
    }));
  }

  /**
   * Returns the tag key that marks node pool instances and the resources to wait for, creating the
   * tag namespace and key on first use unless the props name an existing tag.
   * @internal
   */
  public _nodeTag(): { tag: NodeTag; dependables: ITerraformDependable[] } {
    if (this.props.nodeTag) {
      return { tag: this.props.nodeTag, dependables: [] };
    }
    if (!this.nodeTagKey) {
      this.nodeTagKey = new NodeTagKey(this, 'node-tag', {
        compartmentOcid: this.compartmentOcid,
        namespaceName: this.props.nodeTagNamespaceName ?? this.defaultTagNamespaceName(),
        keyName: NODE_TAG_KEY_NAME,
        description: `Marks the nodes of each node pool of OKE cluster ${this.node.path}`,
      });
    }
    return { tag: this.nodeTagKey.tag, dependables: this.nodeTagKey.dependables };
  }

  private validate(props: OkeClusterProps): void {
    const validator = new Validator(this, 'OkeCluster');
    if (validator.requireString('name', props.name, { missing: 'give the cluster name shown in the console' }) && !isUnresolved(props.name)) {
      validator.check('name', props.name, props.name.trim().length > 0, 'must not be empty');
    }
    if (validator.requireString('compartmentOcid', props.compartmentOcid, { missing: 'give the OCID of the compartment of the cluster' })) {
      checkOcid(validator, 'compartmentOcid', props.compartmentOcid, COMPARTMENT_OCID_KINDS);
    }
    if (validator.requireString('kubernetesVersion', props.kubernetesVersion, { missing: 'give a version that OKE offers, such as v1.31.1' })) {
      checkKubernetesVersionFormat(validator, 'kubernetesVersion', props.kubernetesVersion);
    }
    validator.requireOneOf('type', props.type, Object.values(ClusterType), 'a ClusterType');
    validator.requireBoolean('verifyKubernetesVersion', props.verifyKubernetesVersion);
    checkOcid(validator, 'kmsKeyOcid', props.kmsKeyOcid, ['key']);
    this.validateImageVerificationKeys(validator, props.imageVerificationKeyOcids);

    // The CIDR checks compare with the network's VCN, so they need a network.
    if (validator.requireObject('network', props.network, { missing: 'give the network of the cluster, an OkeNetwork or OkeNetwork.fromExisting(...)' })) {
      this.validateCidrs(validator, props);
    }
    this.validateNodeTag(validator, props);
    validator.throwIfInvalid();
  }

  private validateImageVerificationKeys(validator: Validator, keyOcids: string[] | undefined): void {
    if (!validator.requireArray('imageVerificationKeyOcids', keyOcids) || isUnresolvedList(keyOcids)) {
      return;
    }
    validator.check('imageVerificationKeyOcids', keyOcids, keyOcids!.length > 0, 'must list at least one key OCID: leave it undefined to run unsigned images');
    forEachKnown(keyOcids, (ocid, index) => checkOcid(validator, `imageVerificationKeyOcids[${index}]`, ocid, ['key']));
  }

  private validateCidrs(validator: Validator, props: OkeClusterProps): void {
    if (props.podsCidr !== undefined && props.network.cni !== CniType.FLANNEL) {
      validator.add('podsCidr', props.podsCidr, 'applies only to flannel overlay pod networking: with VCN-native pod networking pods take their IPs from the pod subnet');
    }
    checkClusterCidrs(validator, {
      cni: props.network.cni,
      vcnCidrs: props.network.vcnCidrs,
      podsCidr: props.podsCidr,
      servicesCidr: props.servicesCidr,
    });
  }

  // Node pools are added after the cluster, and pools that fit their subnets one by one may not fit
  // together. So the capacity of the network's subnets, and with flannel of the pods CIDR, is checked
  // at synth across every pool. Each pool counts with the extra nodes that node cycling may start.
  // NOTE: pools of other clusters in the same subnets are not counted.
  private validateNodeCapacity(): string[] {
    const network = this.network;
    const subnets = new Map<string, { property: string; cidr: string | undefined; nodePools: SubnetNodePool[] }>();
    subnets.set(network.workerSubnetOcid, { property: 'network.workerSubnetCidr', cidr: network.workerSubnetCidr, nodePools: [] });
    if (network.podSubnetOcid !== undefined && !subnets.has(network.podSubnetOcid)) {
      subnets.set(network.podSubnetOcid, { property: 'network.podSubnetCidr', cidr: network.podSubnetCidr, nodePools: [] });
    }

    // Pools that set their own subnet OCIDs find no entry here, because their CIDRs are unknown.
    const pools = this.node.children.filter((child): child is NodePool => child instanceof NodePool);
    const clusterPools: ClusterNodePool[] = [];
    for (const pool of pools) {
      const nodes: ClusterNodePool = { name: pool.node.path, nodeCount: pool.size, surgeNodeCount: pool.surgeNodeCount };
      clusterPools.push(nodes);
      const sharesPodSubnet = pool.podSubnetOcid === pool.workerSubnetOcid;
      subnets.get(pool.workerSubnetOcid)?.nodePools.push({
        ...nodes,
        isWorkerSubnet: true,
        maxPodsPerNode: sharesPodSubnet ? pool.maxPodsPerNode : undefined,
      });
      if (pool.podSubnetOcid !== undefined && !sharesPodSubnet) {
        subnets.get(pool.podSubnetOcid)?.nodePools.push({ ...nodes, isWorkerSubnet: false, maxPodsPerNode: pool.maxPodsPerNode });
      }
    }

    const validator = new Validator(this, 'OkeCluster');
    for (const subnet of subnets.values()) {
      if (subnet.cidr !== undefined && subnet.nodePools.length > 0) {
        checkSubnetCapacity(validator, subnet.property, { subnetCidr: subnet.cidr, nodePools: subnet.nodePools });
      }
    }
    if (this.podsCidr !== undefined) {
      checkFlannelNodeCapacity(validator, 'podsCidr', this.podsCidr, clusterPools);
    }
    return validator.recorded.map((problem) => `OkeCluster '${this.node.path}': ${problem.property}: ${formatValue(problem.value)} ${problem.rule}`);
  }

  private validateNodeTag(validator: Validator, props: OkeClusterProps): void {
    if (props.nodeTag && props.nodeTagNamespaceName !== undefined) {
      validator.add('nodeTagNamespaceName', props.nodeTagNamespaceName, 'must not be set together with nodeTag: nodeTag names an existing tag, so no namespace is created');
    }
    if (props.nodeTag) {
      checkTagName(validator, 'nodeTag.namespace', props.nodeTag.namespace);
      checkTagName(validator, 'nodeTag.key', props.nodeTag.key);
    }
    if (props.nodeTagNamespaceName !== undefined) {
      checkTagName(validator, 'nodeTagNamespaceName', props.nodeTagNamespaceName);
    }
  }

  // The precondition fails the plan, before the cluster is created, when OKE does not offer the version.
  // All patch versions are listed, because the default list holds only the newest patch of each minor.
  private versionPrecondition(): { condition: string; errorMessage: string } {
    const options = new DataOciContainerengineClusterOption(this, 'kubernetes-versions', {
      clusterOptionId: 'all',
      compartmentId: this.compartmentOcid,
      shouldListAllPatchVersions: true,
    });
    const version = isUnresolved(this.kubernetesVersion) ? 'the cluster\'s Kubernetes version' : `Kubernetes ${this.kubernetesVersion}`;
    return {
      condition: Fn.contains(options.kubernetesVersions, this.kubernetesVersion),
      errorMessage:
        `OKE does not offer ${version} for new clusters in this region: ` +
        'pick a version that `oci ce cluster-options get --cluster-option-id all` lists, or set verifyKubernetesVersion to false for a cluster created before OKE dropped the version.',
    };
  }

  private defaultTagNamespaceName(): string {
    const stackName = TerraformStack.of(this).node.id;
    const base = `${stackName}-${this.node.id}-oke`.replace(/[^A-Za-z0-9_-]/g, '-');
    if (base.length <= TAG_NAME_MAX_LENGTH) {
      return base;
    }
    const hash = createHash('sha256').update(this.node.path).digest('hex').slice(0, 8);
    return `${base.slice(0, TAG_NAME_MAX_LENGTH - hash.length - 1)}-${hash}`;
  }
}

function nonEmpty(values: string[]): string[] | undefined {
  return values.length > 0 ? values : undefined;
}

// A list token becomes one key_details block per key through a Terraform dynamic block, because its
// length is known only at plan time.
function imagePolicyConfig(keyOcids: string[] | undefined): ContainerengineClusterImagePolicyConfig | undefined {
  if (keyOcids === undefined) {
    return undefined;
  }
  if (isUnresolvedList(keyOcids)) {
    const iterator = TerraformIterator.fromList(keyOcids);
    return { isPolicyEnabled: true, keyDetails: iterator.dynamic({ kms_key_id: iterator.value }) };
  }
  return { isPolicyEnabled: true, keyDetails: keyOcids.map((kmsKeyId) => ({ kmsKeyId })) };
}
