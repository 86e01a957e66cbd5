import { Fn, Op, Precondition, TerraformIterator, Token } from 'cdktf';
import { Construct } from 'constructs';
import { DataOciContainerengineNodePoolOption } from '../generated/providers/oci/data-oci-containerengine-node-pool-option';
import { isUnresolved } from '../core/validation';
import { ShapeArchitecture } from './shapes';

/** Operating system of OKE's node images. Each value is the start of the images' source names. */
export enum NodeOperatingSystem {
  ORACLE_LINUX_8 = 'Oracle-Linux-8',
  ORACLE_LINUX_9 = 'Oracle-Linux-9',
}

/** Search criteria of {@link lookUpNodeImage}. */
export interface NodeImageQuery {
  /** Compartment the option list is read for. */
  readonly compartmentOcid: string;
  /** Kubernetes version of the pool, such as `v1.31.1`; may be an unresolved token. */
  readonly kubernetesVersion: string;
  /** CPU architecture of the pool's shape. */
  readonly architecture: ShapeArchitecture;
  /** Operating system of the image. */
  readonly operatingSystem: NodeOperatingSystem;
}

/** The image lookup: the image OCID expression and a precondition that fails the plan when nothing matches. */
export interface NodeImageLookup {
  /** Terraform expression of the image OCID. */
  readonly imageOcid: string;
  /** Precondition for the node pool resource. */
  readonly precondition: Precondition;
}

// A build date and number in an image name, such as 2025.02.28-0.
const BUILD = '[0-9]{4}[.][0-9]{2}[.][0-9]{2}-[0-9]+';

/**
 * Finds OKE's newest node image for a Kubernetes version, architecture and OS, in Terraform at plan
 * time, with the `oci_containerengine_node_pool_option` data source.
 *
 * OKE names its images `<OS>.<minor>[-aarch64]-<build date>-<build>-OKE-<Kubernetes version>-<OKE build>`,
 * such as `Oracle-Linux-8.10-aarch64-2025.02.28-0-OKE-1.30.1-760`; GPU images carry `-Gen2-GPU-` after the
 * OS version. The expression keeps the sources whose name matches the query exactly (so GPU images and the
 * other architecture drop out), sorts them by build date, and takes the image OCID of the newest:
 *
 * `element(split(" ", element(reverse(sort([for key, val in toset(<sources>): format("%s %s", <date>, val.image_id) if length(regexall(<pattern>, val.source_name)) > 0])), 0)), 1)`
 *
 * NOTE: build numbers compare as text, so of two images with one build date, build 10 sorts before
 * build 2 and the older image wins.
 */
export function lookUpNodeImage(scope: Construct, id: string, query: NodeImageQuery): NodeImageLookup {
  const options = new DataOciContainerengineNodePoolOption(scope, id, {
    nodePoolOptionId: 'all',
    compartmentId: query.compartmentOcid,
    nodePoolK8SVersion: query.kubernetesVersion,
    nodePoolOsArch: query.architecture,
  });

  const pattern = sourceNamePattern(query);
  const date = `replace(val.source_name, "/^.*-(${BUILD})-OKE-.*$/", "$1")`;
  const candidates = TerraformIterator.fromList(options.sources).forExpressionForList(
    `format("%s %s", ${date}, val.image_id) if length(regexall(${pattern}, val.source_name)) > 0`,
  );
  const newest = Fn.element(Fn.reverse(Fn.sort(Token.asList(candidates))), 0);
  const imageOcid = Fn.element(Fn.split(' ', newest), 1);

  const architecture = query.architecture === ShapeArchitecture.AARCH64 ? 'aarch64' : 'x86_64';
  const version = isUnresolved(query.kubernetesVersion) ? "the pool's Kubernetes version" : `Kubernetes ${query.kubernetesVersion}`;
  return {
    imageOcid: Token.asString(imageOcid),
    precondition: {
      condition: Op.gte(Fn.lengthOf(candidates), 1),
      errorMessage:
        `No OKE node image for ${version}, ${architecture} and ${query.operatingSystem.replace(/-/g, ' ')} is listed by the ` +
        'oci_containerengine_node_pool_option data source: check that OKE offers this version for node pools, or set imageOcid.',
    },
  };
}

/** Returns the regular expression, as a Terraform expression, that a matching image's source name must match. */
export function sourceNamePattern(query: Pick<NodeImageQuery, 'kubernetesVersion' | 'architecture' | 'operatingSystem'>): string {
  const arch = query.architecture === ShapeArchitecture.AARCH64 ? 'aarch64-' : '';
  const prefix = `^${query.operatingSystem}[.][0-9]+-${arch}${BUILD}-OKE-`;
  const suffix = '-[0-9]+$';
  if (isUnresolved(query.kubernetesVersion)) {
    return `format("${prefix}%s${suffix}", replace(trimprefix(${query.kubernetesVersion}, "v"), ".", "[.]"))`;
  }
  const version = query.kubernetesVersion.replace(/^v/, '').replace(/\./g, '[.]');
  return `"${prefix}${version}${suffix}"`;
}
