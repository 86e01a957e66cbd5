/** The four policy verbs, from least to most access. Each includes the ones before it. */
export enum PolicyVerb {
  INSPECT = 'inspect',
  READ = 'read',
  USE = 'use',
  MANAGE = 'manage',
}

/** Resource types and families of OCI's policy language that this library grants. Any other type name can be passed as a string. */
export const ResourceType = {
  /** Container Registry repositories, their images and signatures. */
  REPOS: 'repos',
  /** OKE clusters, node pools, virtual node pools and work requests. */
  CLUSTER_FAMILY: 'cluster-family',
  /** Every resource type. */
  ALL_RESOURCES: 'all-resources',
  /** VCNs, subnets, gateways, route tables, security lists and network security groups. */
  VIRTUAL_NETWORK_FAMILY: 'virtual-network-family',
  /** Compute instances and their attachments. */
  INSTANCE_FAMILY: 'instance-family',
  /** Vault keys. */
  KEYS: 'keys',
  /** Vaults. */
  VAULTS: 'vaults',
  /** Object Storage objects. */
  OBJECTS: 'objects',
  /** Object Storage buckets. */
  BUCKETS: 'buckets',
} as const;

/**
 * The subject of a policy statement: who is allowed.
 *
 * In tenancies with identity domains, a group or dynamic group of a domain other than the default
 * one is written `'<domain>'/'<name>'`.
 */
export class PolicySubject {
  /** An IAM group, by name. */
  public static group(name: string, identityDomain?: string): PolicySubject {
    return new PolicySubject('group', qualifiedName(name, identityDomain));
  }

  /** An IAM group, by OCID. */
  public static groupId(ocid: string): PolicySubject {
    return new PolicySubject('group', `id ${ocid}`);
  }

  /** A dynamic group, by name. */
  public static dynamicGroup(name: string, identityDomain?: string): PolicySubject {
    return new PolicySubject('dynamic-group', qualifiedName(name, identityDomain));
  }

  /** A dynamic group, by OCID. */
  public static dynamicGroupId(ocid: string): PolicySubject {
    return new PolicySubject('dynamic-group', `id ${ocid}`);
  }

  /** An OCI service, such as `objectstorage-us-ashburn-1` or `blockstorage`. */
  public static service(name: string): PolicySubject {
    return new PolicySubject('service', name);
  }

  /** Every principal, usually narrowed with a condition. */
  public static anyUser(): PolicySubject {
    return new PolicySubject('any-user');
  }

  private constructor(
    /** Subject keyword: `group`, `dynamic-group`, `service` or `any-user`. */
    public readonly kind: 'group' | 'dynamic-group' | 'service' | 'any-user',
    /** Name, `id <ocid>` or domain-qualified name; empty for `any-user`. */
    public readonly name?: string,
  ) {}

  /** Renders the subject as it appears after `Allow`, such as `group ci-pushers`. */
  public render(): string {
    return this.name === undefined ? this.kind : `${this.kind} ${this.name}`;
  }
}

function qualifiedName(name: string, identityDomain?: string): string {
  return identityDomain === undefined ? name : `'${identityDomain}'/'${name}'`;
}

/** Where a statement applies: the whole tenancy or one compartment and its children. */
export class PolicyLocation {
  /** The tenancy, that is every compartment. */
  public static tenancy(): PolicyLocation {
    return new PolicyLocation('tenancy');
  }

  /** A compartment by OCID: `compartment id <ocid>`. */
  public static compartmentId(ocid: string): PolicyLocation {
    return new PolicyLocation(`compartment id ${ocid}`, ocid);
  }

  /** A compartment by name or path (`Parent:Child`): `compartment <name>`. */
  public static compartmentName(name: string): PolicyLocation {
    return new PolicyLocation(`compartment ${name}`);
  }

  private constructor(
    /** The text after `in`. */
    public readonly text: string,
    /** OCID of the compartment, when the location names one by OCID. */
    public readonly compartmentOcid?: string,
  ) {}
}

/** Props of {@link PolicyStatement}. */
export interface PolicyStatementProps {
  /** Who is allowed. */
  readonly subject: PolicySubject;
  /** How much access: inspect, read, use or manage. */
  readonly verb: PolicyVerb;
  /** Resource type or family, such as `repos`; see {@link ResourceType}. */
  readonly resourceType: string;
  /** Where the statement applies. */
  readonly location: PolicyLocation;
  /** Conditions such as `target.repo.name = 'web'`. @default - no `where` clause */
  readonly conditions?: string[];
  /** Whether every condition (`all`) or at least one (`any`) must hold when there are several. @default 'all' */
  readonly conditionMatch?: 'all' | 'any';
}

/**
 * One statement of OCI's policy language:
 * `Allow <subject> to <verb> <resource-type> in <location> [where <conditions>]`.
 */
export class PolicyStatement {
  /** A condition comparing a policy variable with a quoted value: `<variable> = '<value>'`. */
  public static equals(variable: string, value: string): string {
    return `${variable} = '${value}'`;
  }

  constructor(public readonly props: PolicyStatementProps) {}

  /** Renders the statement text. */
  public render(): string {
    const { subject, verb, resourceType, location } = this.props;
    const text = `Allow ${subject.render()} to ${verb} ${resourceType} in ${location.text}`;

    const conditions = this.props.conditions ?? [];
    if (conditions.length === 0) {
      return text;
    }
    if (conditions.length === 1) {
      return `${text} where ${conditions[0]}`;
    }
    return `${text} where ${this.props.conditionMatch ?? 'all'} {${conditions.join(', ')}}`;
  }

  public toString(): string {
    return this.render();
  }
}
