import { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import { IdentityTag } from '../generated/providers/oci/identity-tag';
import { IdentityTagNamespace } from '../generated/providers/oci/identity-tag-namespace';
import { OciEnvironment } from '../core/environment';
import { isUnresolved, Validator } from '../core/validation';

/**
 * A defined tag key that marks the instances of each node pool with a value of its own, so that a
 * dynamic group can match the nodes of exactly one pool. Node tags given in the pool reach every
 * node, including nodes added later (OKE "Managing Access By Applying Tags to Cluster-Related Resources").
 */
export interface NodeTag {
  /** Tag namespace name. */
  readonly namespace: string;
  /** Tag key name inside the namespace. */
  readonly key: string;
}

/** Maximum length of a tag namespace or tag key name. */
export const TAG_NAME_MAX_LENGTH = 100;

// Dynamic group matching rules refer to the tag as tag.<namespace>.<key>.value, so the names are limited
// to characters that need no quoting there. OCI itself forbids only spaces and periods.
const TAG_NAME_PATTERN = /^[A-Za-z0-9_-]+$/;

/** Records a problem unless `name` can be a tag namespace or key name used in matching rules. */
export function checkTagName(validator: Validator, property: string, name: string): void {
  if (isUnresolved(name)) {
    validator.add(property, name, 'must be known at synth time: it is part of the node dynamic group matching rules');
    return;
  }
  if (name.length === 0 || name.length > TAG_NAME_MAX_LENGTH) {
    validator.add(property, name, `must be 1 to ${TAG_NAME_MAX_LENGTH} characters long (it is ${name.length})`);
  } else if (!TAG_NAME_PATTERN.test(name)) {
    validator.add(property, name, "must contain only letters, digits, '-' and '_'");
  } else if (/^(oci|orcl)-/i.test(name)) {
    validator.add(property, name, "must not start with 'oci-' or 'orcl-', which OCI reserves");
  }
}

/** Props of {@link NodeTagKey}. */
export interface NodeTagKeyProps {
  /** Compartment of the tag namespace; the cluster's compartment, so that OKE may apply the tag to the nodes it creates there. */
  readonly compartmentOcid: string;
  /** Tag namespace name, unique in the tenancy. */
  readonly namespaceName: string;
  /** Tag key name. */
  readonly keyName: string;
  /** Description of the namespace and key. */
  readonly description: string;
}

/**
 * A tag namespace and one tag key in it, created for marking node pool instances. Written in the
 * home region like every identity resource.
 *
 * NOTE: OCI deletes only retired tag namespaces and keeps the name reserved until the deletion has
 * finished, which takes up to 48 hours (OCI CLI `tag-namespace cascade-delete`). How the provider's
 * destroy handles this was not tested, and re-creating a destroyed stack may need another
 * `nodeTagNamespaceName`. Teams that deploy often can create the tag once and pass it as `nodeTag`.
 */
export class NodeTagKey extends Construct {
  /** The tag namespace resource. */
  public readonly namespaceResource: IdentityTagNamespace;
  /** The tag key resource. */
  public readonly keyResource: IdentityTag;
  /** Namespace and key names. */
  public readonly tag: NodeTag;

  constructor(scope: Construct, id: string, props: NodeTagKeyProps) {
    super(scope, id);
    const environment = OciEnvironment.of(this);
    this.tag = { namespace: props.namespaceName, key: props.keyName };

    this.namespaceResource = new IdentityTagNamespace(this, 'namespace', {
      provider: environment.homeProvider,
      compartmentId: props.compartmentOcid,
      name: props.namespaceName,
      description: props.description,
    });

    this.keyResource = new IdentityTag(this, 'key', {
      provider: environment.homeProvider,
      tagNamespaceId: this.namespaceResource.id,
      name: props.keyName,
      description: props.description,
    });
  }

  /** Resources that must exist before anything is tagged with the key. */
  public get dependables(): ITerraformDependable[] {
    return [this.keyResource];
  }
}
