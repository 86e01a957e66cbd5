import { TerraformOutput, TerraformStack, Token } from 'cdktf';
import { Construct } from 'constructs';
import { IdentityUserGroupMembership } from '../generated/providers/oci/identity-user-group-membership';
import { OciEnvironment } from '../core/environment';
import { Validator } from '../core/validation';
import { IRepository } from '../registry/repository-interface';
import { checkGroupArgument, checkUserArgument } from './argument-checks';
import { AuthToken } from './auth-token';
import { IRegistryCredentials } from './docker-config';
import { Group, IGroup } from './group';
import { checkIdentityDescription, checkIdentityName, checkUniqueIdentityName, toIdentityName } from './identity-names';
import { IamPolicy } from './policy';
import { IUser, User } from './user';
import { nameOutputByPath } from '../core/outputs';

/** Props of {@link CiPushCredentials}. */
export interface CiPushCredentialsProps {
  /** Repositories the pipeline pushes to. The group gets push access to each (see `IRepository.grantPush`), limited to that repository's name. */
  readonly repositories: IRepository[];
  /** An existing user to give the auth token to. @default - a new user named `userName` */
  readonly user?: IUser;
  /** Name of the user to create, allowed only without `user`. @default - `<stack id>-<construct id>-ci` */
  readonly userName?: string;
  /** An existing group to grant push through. @default - a new group named `groupName` */
  readonly group?: IGroup;
  /** Name of the group to create, allowed only without `group`. @default - `<stack id>-<construct id>-pushers` */
  readonly groupName?: string;
  /** Description of the auth token, at most 400 characters. @default - 'Container Registry push token for <construct path>' */
  readonly tokenDescription?: string;
}

/**
 * Credentials a CI pipeline uses to push images to chosen repositories: a user in a group, an auth
 * token of that user, and a grant of push on each repository to the group.
 *
 * The registry host comes out as a plain output, and the login user name and the token only as
 * sensitive outputs. The user is added to the group unless both were passed in, in which case it
 * must already be a member. Every input, including the names of the user and group it creates, is
 * checked before any of them is created, so one error lists every problem.
 */
export class CiPushCredentials extends Construct implements IRegistryCredentials {
  /** The user that owns the token. */
  public readonly user: IUser;
  /** The group that receives the push grants. */
  public readonly group: IGroup;
  /** The membership of the user in the group, unless both were passed in. */
  public readonly membership?: IdentityUserGroupMembership;
  /** The auth token, the registry password. */
  public readonly authToken: AuthToken;
  /** The policies that carry the push statements, one entry per repository. */
  public readonly grants: IamPolicy[];
  /** Registry host of the stack's region, such as `iad.ocir.io`. */
  public readonly registryHost: string;
  /** Login user name, such as `<namespace>/<user>`, known at plan time. */
  public readonly registryUserName: string;
  /** Plain output with the registry host. */
  public readonly registryHostOutput: TerraformOutput;
  /** Sensitive output with the login user name. */
  public readonly registryUserNameOutput: TerraformOutput;
  /** Sensitive output with the auth token. */
  public readonly authTokenOutput: TerraformOutput;

  constructor(scope: Construct, id: string, props: CiPushCredentialsProps) {
    super(scope, id);
    const environment = OciEnvironment.of(this);
    this.registryHost = environment.registryEndpoint;

    const validator = new Validator(this, 'CiPushCredentials');
    this.checkRepositories(validator, props.repositories);
    const userName = props.userName ?? defaultName(this, 'ci');
    if (props.user !== undefined) {
      checkUserArgument(validator, 'user', props.user);
      if (props.userName !== undefined) {
        validator.add('userName', props.userName, 'must not be set together with user: the existing user keeps its name');
      }
    } else {
      checkIdentityName(validator, 'userName', userName, 'user');
      checkUniqueIdentityName(this, validator, 'user', userName, environment.tenancyOcid, 'userName');
    }
    const groupName = props.groupName ?? defaultName(this, 'pushers');
    if (props.group !== undefined) {
      checkGroupArgument(validator, 'group', props.group);
      if (props.groupName !== undefined) {
        validator.add('groupName', props.groupName, 'must not be set together with group: the existing group keeps its name');
      }
    } else {
      checkIdentityName(validator, 'groupName', groupName, 'group');
      checkUniqueIdentityName(this, validator, 'group', groupName, environment.tenancyOcid, 'groupName');
    }
    checkIdentityDescription(validator, 'tokenDescription', props.tokenDescription);
    validator.throwIfInvalid();

    this.user = props.user ?? new User(this, 'user', { name: userName, description: `CI user of ${this.node.path}` });
    this.group = props.group ?? new Group(this, 'group', { name: groupName, description: `Pushes images from ${this.node.path}` });
    if (props.user === undefined || props.group === undefined) {
      this.membership = this.group.addUser(this.user);
    }

    this.authToken = new AuthToken(this, 'auth-token', {
      user: this.user,
      description: props.tokenDescription ?? `Container Registry push token for ${this.node.path}`,
    });
    this.grants = props.repositories.map((repository) => repository.grantPush(this.group));
    this.registryUserName = this.user.directory.registryUserName(environment.tenancyNamespace, this.user.userName);

    this.registryHostOutput = nameOutputByPath(new TerraformOutput(this, 'registry-host', {
      value: this.registryHost,
      description: 'Container Registry host for docker login',
    }));
    this.registryUserNameOutput = nameOutputByPath(new TerraformOutput(this, 'registry-username', {
      value: this.registryUserName,
      sensitive: true,
      description: 'User name for docker login',
    }));
    this.authTokenOutput = nameOutputByPath(new TerraformOutput(this, 'auth-token-value', {
      value: this.authToken.tokenValue,
      sensitive: true,
      description: 'Password for docker login: an auth token (secret)',
    }));
  }

  /** Reference to the auth token, the password for docker login. It is a secret: pass it only to resources or sensitive outputs. */
  public get registryPassword(): string {
    return this.authToken.tokenValue;
  }

  private checkRepositories(validator: Validator, repositories: unknown): void {
    if (!validator.requireArray('repositories', repositories, { missing: 'pass the repositories the pipeline pushes to' })) {
      return;
    }
    const list = repositories as unknown[];
    if (list.length === 0) {
      validator.add('repositories', [], 'must contain at least one repository');
    }
    list.forEach((repository, index) => {
      const property = `repositories[${index}]`;
      const candidate = repository as Partial<IRepository> | null;
      const uri = candidate?.repositoryUri;
      if (typeof repository !== 'object' || typeof uri !== 'string' || typeof candidate?.grantPush !== 'function') {
        validator.add(property, repository, 'must be a repository, such as a ContainerRepository');
        return;
      }
      // The namespace part of the URI is usually a token, but the host before it is known at synth.
      const host = uri.split('/')[0];
      if (!Token.isUnresolved(host) && host !== this.registryHost) {
        validator.add(
          property,
          host,
          `is the registry host of '${(repository as IRepository).node.path}', but this stack's region uses '${this.registryHost}': push credentials cover one region's registry`,
        );
      }
    });
  }
}

// Names must be unique in the tenancy, so the default comes from the stack and construct path.
function defaultName(scope: Construct, suffix: string): string {
  const stack = TerraformStack.of(scope);
  const relative = scope.node.scopes.slice(scope.node.scopes.indexOf(stack)).map((node) => node.node.id);
  return toIdentityName(`${relative.join('-')}-${suffix}`, scope.node.path);
}
