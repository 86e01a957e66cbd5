import { createHash } from 'crypto';
import { dependable, IResolvable, ITerraformDependable, Lazy, TerraformIterator, TerraformResource, TerraformStack } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import {
  ContainerengineNodePool,
  ContainerengineNodePoolNodeConfigDetailsNodePoolPodNetworkOptionDetails,
  ContainerengineNodePoolNodeConfigDetailsPlacementConfigs,
  ContainerengineNodePoolNodePoolCyclingDetails,
} from '../generated/providers/oci/containerengine-node-pool';
import { OciEnvironment } from '../core/environment';
import { checkOcid } from '../core/ocid';
import { availabilityDomainCount } from '../core/regions';
import { forEachKnown, formatValue, isUnresolved, Validator } from '../core/validation';
import { DynamicGroup } from '../iam/dynamic-group';
import { IGrantable } from '../iam/grantable';
import { checkIdentityName, IDENTITY_NAME_MAX_LENGTH } from '../iam/identity-names';
import { MatchingRule } from '../iam/matching-rule';
import { IamPolicy } from '../iam/policy';
import { PolicySubject } from '../iam/policy-statement';
import type { OkeCluster } from './cluster';
import { ClusterType } from './cluster-type';
import {
  checkCredentialProviderOptions,
  credentialProviderReleaseUrl,
  credentialProviderUserData,
  MIN_CREDENTIAL_PROVIDER_KUBERNETES_MINOR,
  OCIR_CREDENTIAL_PROVIDER_VERSION,
  OcirCredentialProviderOptions,
} from './credential-provider';
import { checkKubernetesVersionFormat, checkNodePoolVersionSkew, parseKubernetesVersion } from './kubernetes-version';
import { CniType } from './network-interface';
import { lookUpNodeImage, NodeOperatingSystem } from './node-image';
import { NodeTag } from './node-tag';
import {
  checkAvailabilityDomainIndexes,
  checkBootVolumeSize,
  checkCyclingValue,
  checkMaxPodsPerNode,
  checkNodeLabels,
  checkPoolSize,
  checkShapeConfig,
  checkSshPublicKey,
  cyclingNodeCount,
  isZeroCyclingValue,
} from './node-pool-checks';
import { flexShapeLimits, knownFlexShapes, ShapeArchitecture } from './shapes';

/** Settings of node cycling: OKE replacing the nodes when the pool's node settings change. */
export interface NodeCyclingOptions {
  /**
   * Whether OKE replaces existing nodes when settings such as the Kubernetes version, image, shape or
   * cloud-init change, instead of applying them to new nodes only. Only enhanced clusters cycle nodes.
   * @default - true in enhanced clusters, false in basic clusters
   */
  readonly enabled?: boolean;
  /** Extra nodes OKE may start while cycling: a count up to the pool size, or a percentage such as '25%'. @default 1 */
  readonly maximumSurge?: number | string;
  /** Nodes OKE may take out of service at once while cycling: a count or a percentage. @default 0 */
  readonly maximumUnavailable?: number | string;
}

/** Props of {@link NodePool}. */
export interface NodePoolProps {
  /** Node pool name shown in the console. @default - the construct id */
  readonly name?: string;
  /** Flexible shape of the nodes, such as `VM.Standard.E5.Flex` or `VM.Standard.A1.Flex` (Arm). */
  readonly shape: string;
  /** OCPUs of each node. @default 2 */
  readonly ocpus?: number;
  /** Memory of each node in GB, 1 to 64 GB per OCPU within the shape's maximum. @default 16 */
  readonly memoryInGbs?: number;
  /** Number of nodes; 0 keeps an empty pool. @default 3 */
  readonly size?: number;
  /**
   * Indexes (from 0) of the region's availability domains to place nodes in, in the order the
   * `oci_identity_availability_domains` data source lists them.
   * @default - every availability domain of the region, however many there are at plan time
   */
  readonly availabilityDomainIndexes?: number[];
  /**
   * Kubernetes version of the nodes, such as `v1.30.4`: not newer than the cluster's, and at most two
   * minor versions older (three from cluster version 1.28 on).
   * @default - the cluster's version
   */
  readonly kubernetesVersion?: string;
  /**
   * OCID of the node image. Without it the pool takes OKE's newest image for its Kubernetes version,
   * shape architecture and `operatingSystem`, looked up at every plan. So a deploy after OKE publishes
   * a new image updates the pool, which replaces its nodes when node cycling is enabled. Pin an image
   * to roll out new images only when you change this value.
   * @default - OKE's newest matching image at plan time
   */
  readonly imageOcid?: string;
  /** Operating system of the image that is looked up when `imageOcid` is not set. @default NodeOperatingSystem.ORACLE_LINUX_8 */
  readonly operatingSystem?: NodeOperatingSystem;
  /** Boot volume size of each node in GB, 50 to 32768. @default - the image's boot volume size */
  readonly bootVolumeSizeInGbs?: number;
  /** Kubernetes labels that every node gets when it registers. @default - none */
  readonly initialNodeLabels?: Record<string, string>;
  /** OpenSSH public key installed for the `opc` user of the nodes. @default - no SSH key */
  readonly sshPublicKey?: string;
  /** OCID of the subnet of the nodes. @default - the network's worker subnet */
  readonly workerSubnetOcid?: string;
  /** OCIDs of network security groups of the nodes. @default - the network's worker NSGs */
  readonly workerNsgOcids?: string[];
  /** OCID of the pod subnet (VCN-native pod networking only). @default - the network's pod subnet */
  readonly podSubnetOcid?: string;
  /** OCIDs of network security groups of the pods (VCN-native pod networking only). @default - the network's pod NSGs */
  readonly podNsgOcids?: string[];
  /**
   * Maximum pods per node (VCN-native pod networking only): at most 110, and at most 31 per VNIC
   * beyond the first that the shape attaches for the pool's OCPU count.
   * @default 31
   */
  readonly maxPodsPerNode?: number;
  /** Node cycling settings. @default - cycling enabled in enhanced clusters with surge 1 and 0 unavailable */
  readonly nodeCycling?: NodeCyclingOptions;
  /** Installation of the OCIR kubelet credential provider, for pulls without image pull secrets. @default - installed when a repository grants the pool pulls */
  readonly imageCredentialProvider?: OcirCredentialProviderOptions;
  /** Name of the dynamic group of the pool's nodes, created when the pool is first granted access. @default - `<stack>-<cluster id>-<pool id>-nodes`, shortened to 100 characters */
  readonly dynamicGroupName?: string;
  /** Free-form tags of the node pool and its nodes. @default - none */
  readonly freeformTags?: Record<string, string>;
  /** Defined tags of the node pool and its nodes, keyed `<namespace>.<key>`. @default - none */
  readonly definedTags?: Record<string, string>;
}

const DEFAULT_OCPUS = 2;
const DEFAULT_MEMORY_IN_GBS = 16;
const DEFAULT_SIZE = 3;
const DEFAULT_MAX_PODS_PER_NODE = 31;
// Tag values may be at most 256 characters (OCI "Tagging Overview").
const TAG_VALUE_MAX_LENGTH = 256;

/**
 * A pool of worker nodes of an {@link OkeCluster} (`oci_containerengine_node_pool`), spread over the
 * region's availability domains. Create it with `cluster.addNodePool(id, props)`.
 *
 * A node pool can be granted access like a group: `repository.grantPull(pool)` lets its nodes pull
 * without image pull secrets. The grant creates a dynamic group matching exactly this pool's nodes,
 * through a defined tag that the pool puts on its nodes, and installs Oracle's OCIR kubelet
 * credential provider on the nodes. The pool waits for the dynamic group and its policies, because a
 * node that fetches its instance principal token before the dynamic group exists cannot pull until
 * the token expires, about an hour later.
 */
export class NodePool extends Construct implements IGrantable {
  /** The node pool resource. */
  public readonly resource: ContainerengineNodePool;
  /** The cluster the pool belongs to. */
  public readonly cluster: OkeCluster;
  /** Node pool name. */
  public readonly name: string;
  /** Kubernetes version of the nodes. */
  public readonly kubernetesVersion: string;
  /** CPU architecture of the nodes. */
  public readonly architecture: ShapeArchitecture;
  /** Value of the cluster's node tag that marks this pool's nodes. */
  public readonly nodeTagValue: string;
  /** Number of nodes. */
  public readonly size: number;
  /** OCID of the subnet of the nodes. */
  public readonly workerSubnetOcid: string;
  /** OCID of the pod subnet with VCN-native pod networking; undefined with flannel or when the network has none. */
  public readonly podSubnetOcid?: string;
  /** Maximum pods per node with VCN-native pod networking; undefined with flannel. */
  public readonly maxPodsPerNode?: number;
  /**
   * Extra nodes OKE may start while cycling the pool's nodes: `nodeCycling.maximumSurge` as a node count,
   * 0 when node cycling is off, undefined when the surge or the size is a token.
   */
  public readonly surgeNodeCount?: number;

  private readonly props: NodePoolProps;
  private readonly grantPolicies: IConstruct[] = [];
  private nodeTag?: { tag: NodeTag; dependables: ITerraformDependable[] };
  private dynamicGroup?: DynamicGroup;

  constructor(cluster: OkeCluster, id: string, props: NodePoolProps) {
    super(cluster, id);
    this.cluster = cluster;
    this.props = props;
    this.name = props.name ?? id;
    this.kubernetesVersion = props.kubernetesVersion ?? cluster.kubernetesVersion;
    const limits = flexShapeLimits(props.shape);
    this.architecture = limits?.architecture ?? ShapeArchitecture.X86_64;
    this.nodeTagValue = tagValueFor(this);

    const size = props.size ?? DEFAULT_SIZE;
    const ocpus = props.ocpus ?? DEFAULT_OCPUS;
    const memoryInGbs = props.memoryInGbs ?? DEFAULT_MEMORY_IN_GBS;
    const isVcnNative = cluster.network.cni === CniType.VCN_NATIVE;
    const maxPodsPerNode = props.maxPodsPerNode ?? DEFAULT_MAX_PODS_PER_NODE;
    this.size = size;
    this.workerSubnetOcid = props.workerSubnetOcid ?? cluster.network.workerSubnetOcid;
    this.podSubnetOcid = isVcnNative ? props.podSubnetOcid ?? cluster.network.podSubnetOcid : undefined;
    this.maxPodsPerNode = isVcnNative ? maxPodsPerNode : undefined;

    const validator = new Validator(this, 'NodePool');
    if (validator.requireString('name', this.name) && !isUnresolved(this.name)) {
      validator.check('name', this.name, this.name.trim().length > 0, 'must not be empty');
    }
    if (validator.requireString('shape', props.shape, { missing: `give a flexible shape: ${knownFlexShapes().join(', ')}` })) {
      checkShapeConfig(validator, limits, props.shape, ocpus, memoryInGbs);
    }
    checkPoolSize(validator, size);
    if (props.availabilityDomainIndexes !== undefined) {
      const region = OciEnvironment.of(this).region;
      checkAvailabilityDomainIndexes(validator, props.availabilityDomainIndexes, region, availabilityDomainCount(region));
    }
    this.validateVersionAndImage(validator, props);
    checkBootVolumeSize(validator, props.bootVolumeSizeInGbs);
    checkNodeLabels(validator, props.initialNodeLabels);
    checkSshPublicKey(validator, props.sshPublicKey);
    this.validateNetworking(validator, props, isVcnNative, maxPodsPerNode, ocpus, limits !== undefined);
    const cycling = this.validateCycling(validator, props.nodeCycling ?? {}, size);
    if (props.imageCredentialProvider) {
      checkCredentialProviderOptions(validator, 'imageCredentialProvider', props.imageCredentialProvider);
      if (props.imageCredentialProvider.enabled === true) {
        this.checkCredentialProviderVersion(validator);
      }
    }
    if (props.dynamicGroupName !== undefined) {
      checkIdentityName(validator, 'dynamicGroupName', props.dynamicGroupName, 'dynamic group');
    }
    validator.throwIfInvalid();
    // OKE's default surge is 1 node.
    this.surgeNodeCount = cycling?.isNodeCyclingEnabled === true ? cyclingNodeCount(props.nodeCycling?.maximumSurge ?? 1, size) : 0;

    const image = props.imageOcid
      ? undefined
      : lookUpNodeImage(this, 'image-options', {
          compartmentOcid: cluster.compartmentOcid,
          kubernetesVersion: this.kubernetesVersion,
          architecture: this.architecture,
          operatingSystem: props.operatingSystem ?? NodeOperatingSystem.ORACLE_LINUX_8,
        });

    this.resource = new ContainerengineNodePool(this, 'resource', {
      clusterId: cluster.clusterOcid,
      compartmentId: cluster.compartmentOcid,
      name: this.name,
      kubernetesVersion: this.kubernetesVersion,
      nodeShape: props.shape,
      nodeShapeConfig: { ocpus, memoryInGbs },
      nodeSourceDetails: {
        sourceType: 'IMAGE',
        imageId: props.imageOcid ?? image!.imageOcid,
        bootVolumeSizeInGbs: props.bootVolumeSizeInGbs === undefined ? undefined : String(props.bootVolumeSizeInGbs),
      },
      nodeConfigDetails: {
        size,
        placementConfigs: this.placementConfigs(this.workerSubnetOcid),
        nsgIds: nonEmpty(props.workerNsgOcids ?? cluster.network.workerNsgOcids),
        nodePoolPodNetworkOptionDetails: this.podNetworkOptions(props, isVcnNative, maxPodsPerNode),
        freeformTags: props.freeformTags,
        definedTags: lazyStringMap(() => this.nodeDefinedTags()),
      },
      initialNodeLabels: props.initialNodeLabels ? Object.entries(props.initialNodeLabels).map(([key, value]) => ({ key, value })) : undefined,
      sshPublicKey: props.sshPublicKey,
      nodeMetadata: lazyStringMap(() => this.nodeMetadata()),
      nodePoolCyclingDetails: cycling,
      freeformTags: props.freeformTags,
      definedTags: props.definedTags,
      lifecycle: image ? { precondition: [image.precondition] } : undefined,
    });

    this.node.addValidation({ validate: () => this.validateCredentialProviderAtSynth() });
  }

  /** OCID of the node pool (known after apply). */
  public get nodePoolOcid(): string {
    return this.resource.id;
  }

  /**
   * The dynamic group of this pool's nodes, created on first use together with the cluster's node
   * tag. Its rule matches instances in the cluster's compartment that carry this pool's tag value:
   * `ALL {instance.compartment.id = '<compartment>', tag.<namespace>.<key>.value = '<pool path>'}`.
   */
  public get nodesDynamicGroup(): DynamicGroup {
    if (!this.dynamicGroup) {
      const nodeTag = this.useNodeTag();
      this.dynamicGroup = new DynamicGroup(this, 'nodes', {
        name: this.props.dynamicGroupName ?? defaultDynamicGroupName(this),
        matchingRule: MatchingRule.all(
          MatchingRule.instanceCompartment(this.cluster.compartmentOcid),
          MatchingRule.definedTag(nodeTag.namespace, nodeTag.key, this.nodeTagValue),
        ),
        description: `Nodes of OKE node pool ${this.node.path}`,
      });
      addDependencies(this.dynamicGroup.resource, this.nodeTag!.dependables);
      addDependencies(this.resource, [this.dynamicGroup.resource]);
    }
    return this.dynamicGroup;
  }

  /** The subject `dynamic-group <name>` of the pool's nodes. Reading it creates the dynamic group. */
  public get grantSubject(): PolicySubject {
    return this.nodesDynamicGroup.grantSubject;
  }

  /**
   * Makes the policy wait for the pool's dynamic group and the pool wait for the policy, so that
   * nodes start only once both exist. Called by `GrantPolicies` for every grant to the pool.
   */
  public onGranted(policy: IConstruct): void {
    this.nodesDynamicGroup.onGranted(policy);
    if (!this.grantPolicies.includes(policy)) {
      this.grantPolicies.push(policy);
    }
    addDependencies(this.resource, terraformResourcesOf(policy));
  }

  /** True when the credential provider goes into the nodes' cloud-init; known once all grants are made. */
  public get installsCredentialProvider(): boolean {
    const enabled = this.props.imageCredentialProvider?.enabled;
    if (enabled !== undefined) {
      return enabled;
    }
    return this.isGrantedPulls();
  }

  private validateVersionAndImage(validator: Validator, props: NodePoolProps): void {
    if (props.kubernetesVersion !== undefined) {
      checkKubernetesVersionFormat(validator, 'kubernetesVersion', props.kubernetesVersion);
      checkNodePoolVersionSkew(validator, 'kubernetesVersion', props.kubernetesVersion, this.cluster.kubernetesVersion);
    }
    checkOcid(validator, 'imageOcid', props.imageOcid, ['image']);
    validator.requireOneOf('operatingSystem', props.operatingSystem, Object.values(NodeOperatingSystem), 'a NodeOperatingSystem');
    if (props.imageOcid !== undefined && props.operatingSystem !== undefined) {
      validator.add('operatingSystem', props.operatingSystem, 'must not be set together with imageOcid: the image decides the operating system');
    }
  }

  private validateNetworking(
    validator: Validator,
    props: NodePoolProps,
    isVcnNative: boolean,
    maxPodsPerNode: number,
    ocpus: number,
    shapeKnown: boolean,
  ): void {
    checkOcid(validator, 'workerSubnetOcid', props.workerSubnetOcid, ['subnet']);
    checkOcid(validator, 'podSubnetOcid', props.podSubnetOcid, ['subnet']);
    for (const [property, ocids] of [['workerNsgOcids', props.workerNsgOcids], ['podNsgOcids', props.podNsgOcids]] as const) {
      if (validator.requireArray(property, ocids)) {
        forEachKnown(ocids, (ocid, index) => checkOcid(validator, `${property}[${index}]`, ocid, ['networksecuritygroup']));
      }
    }

    if (!isVcnNative) {
      const podOnly: Array<[string, unknown]> = [
        ['podSubnetOcid', props.podSubnetOcid],
        ['podNsgOcids', props.podNsgOcids],
        ['maxPodsPerNode', props.maxPodsPerNode],
      ];
      for (const [property, value] of podOnly) {
        if (value !== undefined) {
          validator.add(property, value, 'applies only to VCN-native pod networking: this cluster uses flannel overlay networking');
        }
      }
      return;
    }

    if (this.podSubnetOcid === undefined) {
      validator.add('podSubnetOcid', undefined, 'is missing: VCN-native pod networking needs a pod subnet, and the network has none');
    }
    checkMaxPodsPerNode(validator, maxPodsPerNode, ocpus, shapeKnown);
  }

  // Returns the cycling block: enabled with surge and unavailability in enhanced clusters by default,
  // and left out in basic clusters, which cannot cycle nodes.
  private validateCycling(validator: Validator, options: NodeCyclingOptions, size: number): ContainerengineNodePoolNodePoolCyclingDetails | undefined {
    const enhanced = this.cluster.type === ClusterType.ENHANCED;
    if (!enhanced && options.enabled === true) {
      validator.add('nodeCycling.enabled', true, 'requires an enhanced cluster: OKE cycles nodes only in enhanced clusters');
    }
    const enabled = options.enabled ?? enhanced;
    if (!enabled) {
      for (const [property, value] of [['nodeCycling.maximumSurge', options.maximumSurge], ['nodeCycling.maximumUnavailable', options.maximumUnavailable]] as const) {
        if (value !== undefined) {
          validator.add(property, value, 'applies only when node cycling is enabled');
        }
      }
      return enhanced ? { isNodeCyclingEnabled: false } : undefined;
    }

    // OKE's own defaults are 1 and 0, so only values given here are compared with the pool size.
    const maximumSurge = options.maximumSurge === undefined ? '1' : checkCyclingValue(validator, 'nodeCycling.maximumSurge', options.maximumSurge, size);
    const maximumUnavailable =
      options.maximumUnavailable === undefined ? '0' : checkCyclingValue(validator, 'nodeCycling.maximumUnavailable', options.maximumUnavailable, size);
    if (isZeroCyclingValue(maximumSurge) && isZeroCyclingValue(maximumUnavailable)) {
      validator.add('nodeCycling.maximumUnavailable', options.maximumUnavailable ?? 0, 'must be greater than 0 when maximumSurge is 0: OKE needs room to replace nodes');
    }
    return { isNodeCyclingEnabled: true, maximumSurge, maximumUnavailable };
  }

  private checkCredentialProviderVersion(validator: Validator): void {
    const version = isUnresolved(this.kubernetesVersion) ? undefined : parseKubernetesVersion(this.kubernetesVersion);
    if (version && version.minor < MIN_CREDENTIAL_PROVIDER_KUBERNETES_MINOR) {
      validator.add(
        'kubernetesVersion',
        this.kubernetesVersion,
        `must be v1.${MIN_CREDENTIAL_PROVIDER_KUBERNETES_MINOR}.0 or newer for the OCIR credential provider: kubelet supports credential provider plugins of API v1 from 1.${MIN_CREDENTIAL_PROVIDER_KUBERNETES_MINOR}`,
      );
    }
  }

  // The credential provider may be switched on by a grant made after construction, so its version
  // requirement is checked again at synth.
  private validateCredentialProviderAtSynth(): string[] {
    if (!this.installsCredentialProvider) {
      return [];
    }
    const validator = new Validator(this, 'NodePool');
    this.checkCredentialProviderVersion(validator);
    return validator.recorded.map((problem) => `NodePool '${this.node.path}': ${problem.property}: ${formatValue(problem.value)} ${problem.rule}`);
  }

  private placementConfigs(subnetId: string): ContainerengineNodePoolNodeConfigDetailsPlacementConfigs[] | IResolvable {
    const domains = OciEnvironment.of(this).availabilityDomains;
    const indexes = this.props.availabilityDomainIndexes;
    if (indexes) {
      return indexes.map((index) => ({ availabilityDomain: domains.availabilityDomains.get(index).name, subnetId }));
    }

    // The number of availability domains is only known at plan time, so one placement_configs block
    // per domain is generated by a Terraform dynamic block over the data source's list.
    const iterator = TerraformIterator.fromList(domains.availabilityDomains);
    return iterator.dynamic({ availability_domain: iterator.getString('name'), subnet_id: subnetId });
  }

  private podNetworkOptions(props: NodePoolProps, isVcnNative: boolean, maxPodsPerNode: number): ContainerengineNodePoolNodeConfigDetailsNodePoolPodNetworkOptionDetails {
    if (!isVcnNative) {
      return { cniType: CniType.FLANNEL };
    }
    return {
      cniType: CniType.VCN_NATIVE,
      podSubnetIds: this.podSubnetOcid === undefined ? undefined : [this.podSubnetOcid],
      podNsgIds: nonEmpty(props.podNsgOcids ?? this.cluster.network.podNsgOcids),
      maxPodsPerNode,
    };
  }

  private useNodeTag(): NodeTag {
    if (!this.nodeTag) {
      this.nodeTag = this.cluster._nodeTag();
      addDependencies(this.resource, this.nodeTag.dependables);
    }
    return this.nodeTag.tag;
  }

  private nodeDefinedTags(): Record<string, string> | undefined {
    const tags: Record<string, string> = { ...(this.props.definedTags ?? {}) };
    if (this.nodeTag) {
      tags[`${this.nodeTag.tag.namespace}.${this.nodeTag.tag.key}`] = this.nodeTagValue;
    }
    return Object.keys(tags).length > 0 ? tags : undefined;
  }

  private nodeMetadata(): Record<string, string> | undefined {
    if (!this.installsCredentialProvider) {
      return undefined;
    }
    const options = this.props.imageCredentialProvider ?? {};
    const binaryUrl = options.binaryUrl ?? credentialProviderReleaseUrl(options.version ?? OCIR_CREDENTIAL_PROVIDER_VERSION, this.architecture);
    return { user_data: credentialProviderUserData({ binaryUrl, sha256: options.sha256 }) };
  }

  // A pool can pull once a policy gives its dynamic group read, use or manage on repos.
  private isGrantedPulls(): boolean {
    if (!this.dynamicGroup) {
      return false;
    }
    const subject = escapeRegExp(this.dynamicGroup.grantSubject.render());
    const pullStatement = new RegExp(`^Allow ${subject} to (read|use|manage) repos( |$)`, 'i');
    return this.grantPolicies.some((policy) => policy instanceof IamPolicy && policy.statementTexts.some((text) => pullStatement.test(text)));
  }
}

// Grants add the node tag and the cloud-init after construction, so both maps are rendered at synth.
// The bindings pass a resolvable map through unchanged, so the cast only satisfies their types.
function lazyStringMap(produce: () => Record<string, string> | undefined): Record<string, string> {
  return Lazy.anyValue({ produce }) as unknown as Record<string, string>;
}

function nonEmpty(values: string[]): string[] | undefined {
  return values.length > 0 ? values : undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// depends_on takes plain addresses such as `oci_identity_policy.name`; cdktf's dependable() renders them
// so. The fqn of each dependable is remembered per resource to add it only once.
const addedDependencies = new WeakMap<TerraformResource, Set<string>>();

function addDependencies(resource: TerraformResource, dependables: ITerraformDependable[]): void {
  const added = addedDependencies.get(resource) ?? new Set<string>();
  addedDependencies.set(resource, added);
  const fresh = dependables.filter((item) => !added.has(item.fqn));
  if (fresh.length === 0) {
    return;
  }
  fresh.forEach((item) => added.add(item.fqn));
  resource.dependsOn = [...(resource.dependsOn ?? []), ...fresh.map((item) => dependable(item))];
}

function terraformResourcesOf(construct: IConstruct): TerraformResource[] {
  if (construct instanceof IamPolicy) {
    return [construct.resource];
  }
  return construct.node.findAll().filter((child): child is TerraformResource => child instanceof TerraformResource);
}

// The construct path is unique in the app; the stack name in it separates apps that share a tag.
function tagValueFor(pool: NodePool): string {
  const path = pool.node.path;
  if (path.length <= TAG_VALUE_MAX_LENGTH) {
    return path;
  }
  const hash = createHash('sha256').update(path).digest('hex').slice(0, 16);
  return `${path.slice(0, TAG_VALUE_MAX_LENGTH - hash.length - 1)}-${hash}`;
}

function defaultDynamicGroupName(pool: NodePool): string {
  const stackName = TerraformStack.of(pool).node.id;
  const base = `${stackName}-${pool.cluster.node.id}-${pool.node.id}`.replace(/[^A-Za-z0-9._-]/g, '-');
  const suffix = '-nodes';
  if (base.length + suffix.length <= IDENTITY_NAME_MAX_LENGTH) {
    return `${base}${suffix}`;
  }
  const hash = createHash('sha256').update(pool.node.path).digest('hex').slice(0, 8);
  return `${base.slice(0, IDENTITY_NAME_MAX_LENGTH - suffix.length - hash.length - 1)}-${hash}${suffix}`;
}
