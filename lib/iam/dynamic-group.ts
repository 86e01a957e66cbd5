import { Construct } from 'constructs';
import { IdentityDynamicGroup } from '../generated/providers/oci/identity-dynamic-group';
import { OciEnvironment } from '../core/environment';
import { IGrantable } from './grantable';
import { PolicySubject } from './policy-statement';

/** Props of {@link DynamicGroup}. */
export interface DynamicGroupProps {
  /** Dynamic group name, unique in the tenancy. */
  readonly name: string;
  /** Matching rule, such as `ALL {instance.compartment.id = '<ocid>'}`. */
  readonly matchingRule: string;
  /** Description shown in the console. @default - 'Managed by cdktf' */
  readonly description?: string;
  /** Free-form tags. @default - none */
  readonly freeformTags?: Record<string, string>;
}

/**
 * A dynamic group: instances or other resources matched by a rule, which policies can then name.
 * Dynamic groups live in the tenancy (root compartment) and are written in the home region.
 */
export class DynamicGroup extends Construct implements IGrantable {
  /** The dynamic group resource. */
  public readonly resource: IdentityDynamicGroup;
  /** Dynamic group name. */
  public readonly name: string;

  constructor(scope: Construct, id: string, props: DynamicGroupProps) {
    super(scope, id);
    const environment = OciEnvironment.of(this);
    this.name = props.name;

    this.resource = new IdentityDynamicGroup(this, 'resource', {
      provider: environment.homeProvider,
      compartmentId: environment.tenancyOcid,
      name: props.name,
      matchingRule: props.matchingRule,
      description: props.description ?? 'Managed by cdktf',
      freeformTags: props.freeformTags,
    });
  }

  /** The subject `dynamic-group <name>`. */
  public get grantSubject(): PolicySubject {
    return PolicySubject.dynamicGroup(this.name);
  }

  /** OCID of the dynamic group (known after apply). */
  public get dynamicGroupOcid(): string {
    return this.resource.id;
  }
}
