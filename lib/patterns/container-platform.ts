import { createHash } from 'crypto';
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { COMPARTMENT_OCID_KINDS, checkOcid } from '../core/ocid';
import { checkIpv4Cidr } from '../core/cidr';
import { isUnresolved, isUnresolvedList, Validator } from '../core/validation';
import { OkeCluster, OkeClusterProps } from '../oke/cluster';
import { checkKubernetesVersionFormat } from '../oke/kubernetes-version';
import { OkeNetwork, OkeNetworkProps } from '../oke/network';
import { IOkeNetwork } from '../oke/network-interface';
import { NodePool, NodePoolProps } from '../oke/node-pool';
import { IDENTITY_NAME_MAX_LENGTH } from '../iam/identity-names';
import { TAG_NAME_MAX_LENGTH } from '../oke/node-tag';
import { checkRepositoryName } from '../registry/image-reference';
import { ContainerRepository, ContainerRepositoryProps } from '../registry/repository';

/** Shape of node pools that do not set one: a general-purpose AMD flexible shape. */
export const DEFAULT_PLATFORM_NODE_SHAPE = 'VM.Standard.E5.Flex';
/** Node pools of a platform that does not list any. */
export const DEFAULT_PLATFORM_NODE_POOLS: Readonly<Record<string, ContainerPlatformNodePoolProps>> = { workers: {} };

/** One node pool of a {@link ContainerPlatform}: any {@link NodePoolProps}, each optional. */
export interface ContainerPlatformNodePoolProps extends Partial<NodePoolProps> {}

/** Props of {@link ContainerPlatform}: the decisions a team makes, and optional overrides of everything else. */
export interface ContainerPlatformProps {
  /** Name of the platform: the cluster name, the repository path prefix and the network's display name prefix. */
  readonly name: string;
  /** OCID of the compartment of the repositories, network, cluster and node pools. */
  readonly compartmentOcid: string;
  /** Kubernetes version of the cluster and its node pools, such as `v1.31.1`. */
  readonly kubernetesVersion: string;
  /** Repository names below the platform's prefix, such as `web` for `<name>/web`. Every node pool may pull from each. */
  readonly repositories: string[];
  /** Node pools by name, with their size and any other node pool setting. @default - one pool `workers` of 3 nodes of `VM.Standard.E5.Flex` with 2 OCPUs and 16 GB */
  readonly nodePools?: Record<string, ContainerPlatformNodePoolProps>;
  /** IPv4 CIDR block of the VCN, from which the subnets are carved. @default '10.0.0.0/16' */
  readonly vcnCidr?: string;

  /** Path prefix of the repository names, without the trailing slash. An empty string puts them at the top level. @default - the platform name */
  readonly repositoryPrefix?: string;
  /** Settings applied to every repository, such as `isImmutable` or `compartmentOcid`. @default - the ContainerRepository defaults */
  readonly repositoryOptions?: Partial<Omit<ContainerRepositoryProps, 'repositoryName'>>;
  /** Settings of the network the platform creates, which override the platform's compartment and CIDR. @default - an OkeNetwork with its defaults */
  readonly network?: Partial<OkeNetworkProps>;
  /** A network created elsewhere, such as `OkeNetwork.fromExisting(...)`, in place of one the platform creates. @default - the platform creates a network */
  readonly existingNetwork?: IOkeNetwork;
  /** Settings of the cluster, such as `type`, `kmsKeyOcid` or `servicesCidr`, which override the platform's name, compartment and version. @default - the OkeCluster defaults */
  readonly cluster?: Partial<Omit<OkeClusterProps, 'network'>>;
}

// The name becomes the first part of repository paths and a prefix of resource names, so it takes
// the intersection of their rules: lowercase letters, digits and hyphens.
const PLATFORM_NAME_PATTERN = /^[a-z][a-z0-9-]{0,62}$/;
// Node pool names become construct ids and console names.
const NODE_POOL_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9-]{0,62}$/;

/**
 * A container platform for one team or environment: OCIR repositories, an OKE network and cluster,
 * and node pools that pull from every repository through instance principals, without image pull
 * secrets. The props are the decisions a team makes; each part takes optional overrides.
 *
 * Build a template for other teams by fixing some props in a function or subclass and leaving the rest
 * to them. Reach the parts through `repositories`, `network`, `cluster` and `nodePools`, for example to
 * add a kubeconfig output with `platform.cluster.addKubeconfigOutput()`.
 */
export class ContainerPlatform extends Construct {
  /** The repositories, keyed by the names given in `repositories`. */
  public readonly repositories: Readonly<Record<string, ContainerRepository>>;
  /** The network the cluster runs in: created by the platform, or the one given in `existingNetwork`. */
  public readonly network: IOkeNetwork;
  /** The network the platform created; undefined with `existingNetwork`. */
  public readonly createdNetwork?: OkeNetwork;
  /** The OKE cluster. */
  public readonly cluster: OkeCluster;
  /** The node pools, keyed by the names given in `nodePools`. */
  public readonly nodePools: Readonly<Record<string, NodePool>>;

  constructor(scope: Construct, id: string, props: ContainerPlatformProps) {
    super(scope, id);
    const nodePoolProps = props.nodePools ?? DEFAULT_PLATFORM_NODE_POOLS;
    validateProps(this, props, nodePoolProps);

    const prefix = props.repositoryPrefix ?? props.name;
    const repositories: Record<string, ContainerRepository> = {};
    for (const repositoryName of props.repositories) {
      repositories[repositoryName] = new ContainerRepository(this, repositoryConstructId(repositoryName), {
        compartmentOcid: props.compartmentOcid,
        ...definedOnly(props.repositoryOptions),
        repositoryName: prefix === '' ? repositoryName : `${prefix}/${repositoryName}`,
      });
    }
    this.repositories = repositories;

    if (props.existingNetwork) {
      this.network = props.existingNetwork;
    } else {
      this.createdNetwork = new OkeNetwork(this, 'network', {
        compartmentOcid: props.compartmentOcid,
        vcnCidrs: props.vcnCidr === undefined ? undefined : [props.vcnCidr],
        displayNamePrefix: props.name,
        ...definedOnly(props.network),
      });
      this.network = this.createdNetwork;
    }

    // The tag namespace and dynamic group names are unique in the tenancy, so they include the stack
    // and the platform's construct id: two platforms in one stack, or one per environment stack, differ.
    this.cluster = new OkeCluster(this, 'cluster', {
      name: props.name,
      compartmentOcid: props.compartmentOcid,
      kubernetesVersion: props.kubernetesVersion,
      nodeTagNamespaceName: props.cluster?.nodeTag ? undefined : this.uniqueName('-oke', TAG_NAME_MAX_LENGTH),
      ...definedOnly(props.cluster),
      network: this.network,
    });

    // Grants come after every pool exists, so each pool's dynamic group and policies are created once.
    const nodePools: Record<string, NodePool> = {};
    for (const [poolName, poolProps] of Object.entries(nodePoolProps)) {
      nodePools[poolName] = this.cluster.addNodePool(poolName, {
        shape: DEFAULT_PLATFORM_NODE_SHAPE,
        name: `${props.name}-${poolName}`,
        dynamicGroupName: this.uniqueName(`-${poolName}-nodes`, IDENTITY_NAME_MAX_LENGTH),
        ...definedOnly(poolProps),
      });
    }
    this.nodePools = nodePools;

    for (const pool of Object.values(nodePools)) {
      for (const repository of Object.values(repositories)) {
        repository.grantPull(pool);
      }
    }
  }

  /**
   * Returns `<stack>-<platform id><suffix>`, shortened with a hash of the construct path when longer
   * than `maxLength`, so the name stays unique.
   */
  private uniqueName(suffix: string, maxLength: number): string {
    const base = `${TerraformStack.of(this).node.id}-${this.node.id}`.replace(/[^A-Za-z0-9_-]/g, '-');
    if (base.length + suffix.length <= maxLength) {
      return `${base}${suffix}`;
    }
    const hash = createHash('sha256').update(`${this.node.path}${suffix}`).digest('hex').slice(0, 8);
    return `${base.slice(0, maxLength - suffix.length - hash.length - 1)}-${hash}${suffix}`;
  }
}

/** Returns the object without its undefined values, so spreading it keeps the defaults those keys would hide. */
function definedOnly<T extends object>(values: T | undefined): Partial<T> {
  if (values === undefined) {
    return {};
  }
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}

// Slashes cannot appear in construct ids. The id of each repository is part of its Terraform address,
// so it stays as it is, and names whose ids would collide are rejected instead.
function repositoryConstructId(repositoryName: string): string {
  return `repository-${repositoryName.replace(/\//g, '-')}`;
}

// Checks every input the platform reads itself, so that problems in the repositories, the version and
// the VCN CIDR are reported together before any part is created. The parts check the rest.
function validateProps(scope: Construct, props: ContainerPlatformProps, nodePools: Record<string, ContainerPlatformNodePoolProps>): void {
  const validator = new Validator(scope, 'ContainerPlatform');

  if (validator.requireString('name', props.name, { missing: 'give the platform name, such as shop' }) && !isUnresolved(props.name)) {
    validator.check(
      'name',
      props.name,
      PLATFORM_NAME_PATTERN.test(props.name),
      'must be 1 to 63 lowercase letters, digits and hyphens, starting with a letter, because it prefixes repository paths and resource names',
    );
  }
  if (validator.requireString('compartmentOcid', props.compartmentOcid, { missing: 'give the OCID of the compartment of the platform' })) {
    checkOcid(validator, 'compartmentOcid', props.compartmentOcid, COMPARTMENT_OCID_KINDS);
  }
  if (validator.requireString('kubernetesVersion', props.kubernetesVersion, { missing: 'give a version that OKE offers, such as v1.31.1' })) {
    checkKubernetesVersionFormat(validator, 'kubernetesVersion', props.kubernetesVersion);
  }
  if (validator.requireString('vcnCidr', props.vcnCidr)) {
    checkIpv4Cidr(validator, 'vcnCidr', props.vcnCidr);
  }
  validateRepositories(validator, props);
  validateNodePools(validator, nodePools);

  if (props.existingNetwork) {
    if (props.network !== undefined) {
      validator.add('network', props.network, 'must not be set together with existingNetwork: the platform creates no network then');
    }
    if (props.vcnCidr !== undefined) {
      validator.add('vcnCidr', props.vcnCidr, 'must not be set together with existingNetwork: the existing network has its own CIDR blocks');
    }
  }
  if (props.vcnCidr !== undefined && props.network?.vcnCidrs !== undefined) {
    validator.add('vcnCidr', props.vcnCidr, 'must not be set together with network.vcnCidrs: set one of them');
  }

  validator.throwIfInvalid();
}

function validateRepositories(validator: Validator, props: ContainerPlatformProps): void {
  if (validator.requireString('repositoryPrefix', props.repositoryPrefix) && props.repositoryPrefix !== '') {
    checkRepositoryName(validator, 'repositoryPrefix', props.repositoryPrefix!);
  }

  const missing = 'list the repository names below the platform prefix, or [] for none';
  if (!validator.requireArray('repositories', props.repositories, { missing })) {
    return;
  }
  if (isUnresolvedList(props.repositories)) {
    validator.add('repositories', props.repositories, 'is a list token: list the repository names in code, because each name becomes its own repository');
    return;
  }

  const seen = new Map<string, number>();
  const constructIds = new Map<string, number>();
  props.repositories.forEach((repositoryName, index) => {
    const property = `repositories[${index}]`;
    if (!validator.requireString(property, repositoryName)) {
      return;
    }
    checkRepositoryName(validator, property, repositoryName);
    const constructId = repositoryConstructId(repositoryName);
    const earlierId = constructIds.get(constructId);
    if (seen.has(repositoryName)) {
      validator.add(property, repositoryName, 'is listed twice: list each repository once');
    } else if (earlierId !== undefined) {
      validator.add(
        property,
        repositoryName,
        `gets the construct id '${constructId}' of repositories[${earlierId}] '${props.repositories[earlierId]}', because slashes become hyphens in construct ids: ` +
          'rename one of them, or create one with ContainerRepository outside the platform',
      );
    }
    seen.set(repositoryName, index);
    if (earlierId === undefined) {
      constructIds.set(constructId, index);
    }
  });
}

function validateNodePools(validator: Validator, nodePools: Record<string, ContainerPlatformNodePoolProps>): void {
  if (!validator.requireObject('nodePools', nodePools)) {
    return;
  }
  const poolNames = Object.keys(nodePools);
  validator.check('nodePools', nodePools, poolNames.length > 0, 'must contain at least one node pool: leave nodePools undefined for the default pool');
  for (const poolName of poolNames) {
    validator.check(`nodePools.${poolName}`, poolName, NODE_POOL_NAME_PATTERN.test(poolName), 'is not a node pool name: use 1 to 63 letters, digits and hyphens, starting with a letter');
  }
}
