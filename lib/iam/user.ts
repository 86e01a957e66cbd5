import { Fn, Token } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { IdentityUser } from '../generated/providers/oci/identity-user';
import { OciEnvironment } from '../core/environment';
import { checkOcid } from '../core/ocid';
import { Validator } from '../core/validation';
import { requireBuilderString } from './argument-checks';
import { checkIdentityDescription, checkIdentityName, checkUniqueIdentityName, claimIdentityName } from './identity-names';

/**
 * Where a user account lives, which decides the user's Container Registry login name:
 * `<namespace>/<user>` in the default identity domain, `<namespace>/<domain>/<user>` in another
 * identity domain, and `<namespace>/oracleidentitycloudservice/<user>` for users federated from
 * Oracle Identity Cloud Service in tenancies without identity domains.
 */
export class UserDirectory {
  /** The default identity domain, or the tenancy's own IAM users in tenancies without identity domains. */
  public static defaultDomain(): UserDirectory {
    return new UserDirectory(undefined);
  }

  /** An identity domain other than the default one, by its name. */
  public static identityDomain(domainName: string): UserDirectory {
    requireBuilderString('UserDirectory.identityDomain', 'domainName', domainName);
    if (!Token.isUnresolved(domainName) && (domainName.length === 0 || /[\s/]/.test(domainName))) {
      throw new Error(`UserDirectory.identityDomain: '${domainName}' is not an identity domain name: it must be non-empty, without spaces or '/'.`);
    }
    return new UserDirectory(domainName);
  }

  /** Users federated from Oracle Identity Cloud Service (IDCS), in tenancies without identity domains. */
  public static oracleIdentityCloudService(): UserDirectory {
    return new UserDirectory('oracleidentitycloudservice');
  }

  private constructor(
    /** The path segment between namespace and user name in the login name, if any. */
    public readonly loginPrefix: string | undefined,
  ) {}

  /** Returns the Container Registry login name for `userName` in a tenancy with Object Storage namespace `namespace`. */
  public registryUserName(namespace: string, userName: string): string {
    const parts = this.loginPrefix === undefined ? [namespace, userName] : [namespace, this.loginPrefix, userName];
    // Terraform's join() instead of a template keeps references usable inside other Terraform
    // functions, such as the base64encode() of a Docker config.
    return parts.some((part) => Token.isUnresolved(part)) ? Fn.join('/', parts) : parts.join('/');
  }
}

/** An IAM user, created by this app or imported. */
export interface IUser extends IConstruct {
  /** User name, the login name without tenancy namespace. */
  readonly userName: string;
  /** OCID of the user. */
  readonly userOcid: string;
  /** Directory of the user account, which decides the registry login name. */
  readonly directory: UserDirectory;
}

/** Attributes of an existing user for {@link User.fromUserAttributes}. */
export interface UserAttributes {
  /** User name as shown in the console, such as `ci-bot` or `jane@example.com`. */
  readonly userName: string;
  /** OCID of the user. */
  readonly userOcid: string;
  /** Directory of the user account. @default - UserDirectory.defaultDomain() */
  readonly directory?: UserDirectory;
}

/** Props of {@link User}. */
export interface UserProps {
  /** User name, unique in the tenancy: 1 to 100 letters, digits, `.`, `-`, `_`, `+` and `@`. */
  readonly name: string;
  /** Description shown in the console, at most 400 characters. @default - 'Managed by cdktf' */
  readonly description?: string;
  /** Email address of the user, used for password recovery and notifications. @default - none */
  readonly email?: string;
  /** Free-form tags. @default - none */
  readonly freeformTags?: Record<string, string>;
  /** Defined tags, keyed `<namespace>.<key>`. @default - none */
  readonly definedTags?: Record<string, string>;
}

/**
 * An IAM user in the tenancy, written in the home region. In tenancies with identity domains the
 * Identity API this resource uses creates the user in the default domain.
 */
export class User extends Construct implements IUser {
  /** A user that exists outside this app. */
  public static fromUserAttributes(scope: Construct, id: string, attributes: UserAttributes): IUser {
    const imported = new ImportedUser(scope, id, attributes);
    const validator = new Validator(imported, 'User');
    validator.requireString('userName', attributes.userName, { missing: 'pass the name of the user as shown in the console' });
    if (validator.requireString('userOcid', attributes.userOcid, { missing: 'pass the OCID of the user' })) {
      checkOcid(validator, 'userOcid', attributes.userOcid, ['user']);
    }
    validator.throwIfInvalid();
    return imported;
  }

  /** The user resource. */
  public readonly resource: IdentityUser;
  /** User name. */
  public readonly userName: string;
  /** The default identity domain, where the Identity API creates users. */
  public readonly directory = UserDirectory.defaultDomain();

  constructor(scope: Construct, id: string, props: UserProps) {
    super(scope, id);
    const environment = OciEnvironment.of(this);
    this.userName = props.name;

    const validator = new Validator(this, 'User');
    checkIdentityName(validator, 'name', props.name, 'user');
    checkIdentityDescription(validator, 'description', props.description);
    if (props.email !== undefined && !Token.isUnresolved(props.email) && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(props.email)) {
      validator.add('email', props.email, 'is not an email address: expected the form name@example.com');
    }
    checkUniqueIdentityName(this, validator, 'user', props.name, environment.tenancyOcid);
    validator.throwIfInvalid();
    claimIdentityName(this, 'User', 'user', props.name, environment.tenancyOcid);

    this.resource = new IdentityUser(this, 'resource', {
      provider: environment.homeProvider,
      compartmentId: environment.tenancyOcid,
      name: props.name,
      description: props.description ?? 'Managed by cdktf',
      email: props.email,
      freeformTags: props.freeformTags,
      definedTags: props.definedTags,
    });
  }

  /** OCID of the user (known after apply). */
  public get userOcid(): string {
    return this.resource.id;
  }
}

class ImportedUser extends Construct implements IUser {
  public readonly userName: string;
  public readonly userOcid: string;
  public readonly directory: UserDirectory;

  constructor(scope: Construct, id: string, attributes: UserAttributes) {
    super(scope, id);
    this.userName = attributes.userName;
    this.userOcid = attributes.userOcid;
    this.directory = attributes.directory ?? UserDirectory.defaultDomain();
  }
}
