import { Construct, IConstruct } from 'constructs';
import { IdentityGroup } from '../generated/providers/oci/identity-group';
import { IdentityUserGroupMembership } from '../generated/providers/oci/identity-user-group-membership';
import { OciEnvironment } from '../core/environment';
import { checkOcid } from '../core/ocid';
import { Validator } from '../core/validation';
import { subjectNameProblem } from './argument-checks';
import { IGrantable } from './grantable';
import { checkIdentityDescription, checkIdentityName, checkUniqueIdentityName, claimIdentityName } from './identity-names';
import { ImportedPrincipal } from './imported-principal';
import { IamPolicy } from './policy';
import { PolicySubject } from './policy-statement';
import { IUser } from './user';

/** An IAM group whose OCID is known, so that users can be added to it. */
export interface IGroup extends IGrantable {
  /** Group name. */
  readonly groupName: string;
  /** OCID of the group. */
  readonly groupOcid: string;
  /** Adds a user to the group and returns the membership resource. Adding the same user again returns the same resource. */
  addUser(user: IUser): IdentityUserGroupMembership;
}

/** Attributes of an existing group for {@link Group.fromGroupAttributes}. */
export interface GroupAttributes {
  /** Group name as shown in the console. */
  readonly groupName: string;
  /** OCID of the group. */
  readonly groupOcid: string;
  /** Identity domain of the group, when it is not the default one. @default - the default identity domain */
  readonly identityDomain?: string;
}

/** Props of {@link Group}. */
export interface GroupProps {
  /** Group name, unique among the tenancy's groups and dynamic groups: 1 to 100 letters, digits, `.`, `-` and `_`. */
  readonly name: string;
  /** Description shown in the console, at most 400 characters. @default - 'Managed by cdktf' */
  readonly description?: string;
  /** Free-form tags. @default - none */
  readonly freeformTags?: Record<string, string>;
  /** Defined tags, keyed `<namespace>.<key>`. @default - none */
  readonly definedTags?: Record<string, string>;
}

/**
 * Membership bookkeeping shared by created and imported groups: one membership resource per user.
 */
abstract class GroupBase extends Construct implements IGroup {
  public abstract readonly groupName: string;
  public abstract readonly groupOcid: string;
  public abstract readonly grantSubject: PolicySubject;

  private readonly memberships = new Map<IUser, IdentityUserGroupMembership>();

  public addUser(user: IUser): IdentityUserGroupMembership {
    const existing = this.memberships.get(user);
    if (existing) {
      return existing;
    }
    // The id comes from the user's path, so adding other users does not rename this resource.
    const membership = new IdentityUserGroupMembership(this, `membership-${user.node.addr.slice(0, 12)}`, {
      provider: OciEnvironment.of(this).homeProvider,
      groupId: this.groupOcid,
      userId: user.userOcid,
    });
    this.memberships.set(user, membership);
    return membership;
  }
}

/** An IAM group in the tenancy, written in the home region. Statements name it as `group <name>`. */
export class Group extends GroupBase {
  /**
   * A group that exists outside this app, by name. Pass `identityDomain` for a group of a domain
   * other than the default one. Policies can name it, but users cannot be added without its OCID: use
   * {@link Group.fromGroupAttributes} for that.
   */
  public static fromGroupName(scope: Construct, id: string, name: string, identityDomain?: string): IGrantable {
    return new ImportedPrincipal(scope, id, PolicySubject.group(name, identityDomain));
  }

  /**
   * A group that exists outside this app, by name and OCID, so that users can be added to it. The
   * name is checked only as far as policy statements need: it may belong to an identity domain,
   * whose group names allow more characters than those of IAM.
   */
  public static fromGroupAttributes(scope: Construct, id: string, attributes: GroupAttributes): IGroup {
    return new ImportedGroup(scope, id, attributes);
  }

  /** The group resource. */
  public readonly resource: IdentityGroup;
  /** Group name. */
  public readonly groupName: string;

  constructor(scope: Construct, id: string, props: GroupProps) {
    super(scope, id);
    const environment = OciEnvironment.of(this);
    this.groupName = props.name;

    const validator = new Validator(this, 'Group');
    checkIdentityName(validator, 'name', props.name, 'group');
    checkIdentityDescription(validator, 'description', props.description);
    checkUniqueIdentityName(this, validator, 'group', props.name, environment.tenancyOcid);
    validator.throwIfInvalid();
    claimIdentityName(this, 'Group', 'group', props.name, environment.tenancyOcid);

    this.resource = new IdentityGroup(this, 'resource', {
      provider: environment.homeProvider,
      compartmentId: environment.tenancyOcid,
      name: props.name,
      description: props.description ?? 'Managed by cdktf',
      freeformTags: props.freeformTags,
      definedTags: props.definedTags,
    });
  }

  /** Returns the subject `group <name>`. */
  public get grantSubject(): PolicySubject {
    return PolicySubject.group(this.groupName);
  }

  /** OCID of the group (known after apply). */
  public get groupOcid(): string {
    return this.resource.id;
  }

  /** Makes the policy wait for this group, because OCI rejects statements naming a group that does not exist yet. */
  public onGranted(policy: IConstruct): void {
    if (policy instanceof IamPolicy) {
      policy.addDependency(this.resource);
    }
  }
}

class ImportedGroup extends GroupBase {
  public readonly groupName: string;
  public readonly groupOcid: string;
  public readonly grantSubject: PolicySubject;

  constructor(scope: Construct, id: string, attributes: GroupAttributes) {
    super(scope, id);
    const validator = new Validator(this, 'Group');
    checkSubjectPart(validator, 'groupName', attributes.groupName, 'group', 'pass the name of the group as shown in the console');
    if (attributes.identityDomain !== undefined) {
      checkSubjectPart(validator, 'identityDomain', attributes.identityDomain, 'identity domain');
    }
    if (validator.requireString('groupOcid', attributes.groupOcid, { missing: 'pass the OCID of the group' })) {
      checkOcid(validator, 'groupOcid', attributes.groupOcid, ['group']);
    }
    validator.throwIfInvalid();

    this.groupName = attributes.groupName;
    this.groupOcid = attributes.groupOcid;
    this.grantSubject = PolicySubject.group(attributes.groupName, attributes.identityDomain);
  }
}

// Records a problem unless the value can be written in a policy subject, as PolicySubject.group requires.
function checkSubjectPart(validator: Validator, property: string, value: unknown, kind: string, missing?: string): void {
  if (!validator.requireString(property, value, { missing })) {
    return;
  }
  const problem = subjectNameProblem(kind, value);
  if (problem !== undefined) {
    validator.add(property, value, problem);
  }
}
