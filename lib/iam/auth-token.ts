import { Token } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { IdentityAuthToken } from '../generated/providers/oci/identity-auth-token';
import { OciEnvironment } from '../core/environment';
import { Validator } from '../core/validation';
import { checkUserArgument } from './argument-checks';
import { checkIdentityDescription } from './identity-names';
import { IUser } from './user';

/** Maximum number of auth tokens one IAM user can have at a time (OCI Identity API, AuthToken). */
export const MAX_AUTH_TOKENS_PER_USER = 2;

/** Props of {@link AuthToken}. */
export interface AuthTokenProps {
  /** The user the token belongs to. */
  readonly user: IUser;
  /** Description shown in the console, at most 400 characters. @default - 'Managed by cdktf' */
  readonly description?: string;
}

const TOKENS_BY_USER_SYMBOL = Symbol.for('cdktf-oci-containers.authTokensByUser');

/**
 * An auth token of an IAM user: the password for `docker login` to Container Registry and for
 * other APIs without OCI request signing. OCI generates the value, which never expires.
 *
 * OCI allows two auth tokens per user, so synth fails when this app creates a third one for the
 * same user. NOTE: tokens made outside this app count against the same limit and are not seen here.
 * NOTE: the provider schema (oracle/oci 8.22.0) does not mark `token` as sensitive, so the Terraform
 * state contains it in plain text. Keep the state in an encrypted backend.
 */
export class AuthToken extends Construct {
  /** The auth token resource. */
  public readonly resource: IdentityAuthToken;
  /** The user the token belongs to. */
  public readonly user: IUser;

  constructor(scope: Construct, id: string, props: AuthTokenProps) {
    super(scope, id);
    const environment = OciEnvironment.of(this);
    this.user = props.user;

    const validator = new Validator(this, 'AuthToken');
    checkUserArgument(validator, 'user', props.user, 'pass the User, or the result of User.fromUserAttributes, that owns the token');
    checkIdentityDescription(validator, 'description', props.description);
    validator.throwIfInvalid();

    this.resource = new IdentityAuthToken(this, 'resource', {
      provider: environment.homeProvider,
      userId: props.user.userOcid,
      description: props.description ?? 'Managed by cdktf',
    });

    const siblings = tokensOfUser(this, props.user);
    siblings.push(this);
    this.node.addValidation({ validate: () => this.validateTokenCount(siblings) });
  }

  /**
   * Reference to the token value, known after apply. It is a secret: pass it only to resources or
   * to `TerraformOutput`s with `sensitive: true`.
   */
  public get tokenValue(): string {
    return this.resource.token;
  }

  private validateTokenCount(siblings: readonly AuthToken[]): string[] {
    if (siblings.indexOf(this) < MAX_AUTH_TOKENS_PER_USER) {
      return [];
    }
    const paths = siblings.map((token) => token.node.path).join(', ');
    return [
      `AuthToken '${this.node.path}': user: '${this.user.userName}' ('${this.user.node.path}') would get ${siblings.length} auth tokens, ` +
        `but OCI allows at most ${MAX_AUTH_TOKENS_PER_USER} per user: share one token or use another user. Auth tokens for this user: ${paths}`,
    ];
  }
}

// Tokens are counted per user across the whole app. An imported user is keyed by its OCID, so two
// imports of one user count together. A user created in the app is keyed by its construct path.
function tokensOfUser(scope: IConstruct, user: IUser): AuthToken[] {
  const root = scope.node.root as any;
  const byUser: Map<string, AuthToken[]> = root[TOKENS_BY_USER_SYMBOL] ?? new Map<string, AuthToken[]>();
  root[TOKENS_BY_USER_SYMBOL] = byUser;
  const key = Token.isUnresolved(user.userOcid) ? `path:${user.node.path}` : `ocid:${user.userOcid}`;
  let tokens = byUser.get(key);
  if (!tokens) {
    tokens = [];
    byUser.set(key, tokens);
  }
  return tokens;
}
