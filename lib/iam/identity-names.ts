import { createHash } from 'crypto';
import { Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { Validator } from '../core/validation';

/** Maximum length of a user, group, dynamic group or policy name. */
export const IDENTITY_NAME_MAX_LENGTH = 100;
/** Maximum length of the description of a user, group, dynamic group, policy or auth token. */
export const IDENTITY_DESCRIPTION_MAX_LENGTH = 400;

// Group names: 1-100 characters of a-z, A-Z, 0-9, '.', '-' and '_', no spaces (OCI console
// "Creating a Group"). The Identity API rejects others with "name must be one or more of the following
// characters a-zA-Z0-9.-_". Descriptions: at most 400 characters (CreateGroupDetails).
const GROUP_NAME = /^[A-Za-z0-9._-]+$/;
// User names may also contain '+' and '@', so that an email address can be the name (OCI console).
const USER_NAME = /^[A-Za-z0-9._+@-]+$/;

/** Namespace of a name in the tenancy. Groups and dynamic groups share one (OCI CreateDynamicGroup). */
export type IdentityNamespace = 'group' | 'user' | 'policy';

/** The kinds of name {@link checkIdentityName} validates. */
export type IdentityNameKind = 'group' | 'dynamic group' | 'user' | 'policy';

/**
 * Records a problem unless `name` is a valid OCI name for `kind`: a string of 1 to 100 characters of
 * letters, digits, `.`, `-` and `_`, plus `+` and `@` for users. Unresolved tokens pass.
 */
export function checkIdentityName(validator: Validator, property: string, name: unknown, kind: IdentityNameKind): void {
  if (!validator.requireString(property, name, { missing: `give the ${kind} a name of 1 to ${IDENTITY_NAME_MAX_LENGTH} characters` })) {
    return;
  }
  if (Token.isUnresolved(name)) {
    return;
  }
  const text = name as string;
  if (text.length === 0 || text.length > IDENTITY_NAME_MAX_LENGTH) {
    validator.add(property, text, `must be 1 to ${IDENTITY_NAME_MAX_LENGTH} characters long (it is ${text.length})`);
  }
  if (kind === 'user') {
    if (text.length > 0 && !USER_NAME.test(text)) {
      validator.add(property, text, "must contain only letters, digits, '.', '-', '_', '+' and '@' (no spaces)");
    }
  } else if (text.length > 0 && !GROUP_NAME.test(text)) {
    validator.add(property, text, "must contain only letters, digits, '.', '-' and '_' (no spaces)");
  }
}

/** Records a problem when a description is not a string or, when known, is longer than OCI allows. */
export function checkIdentityDescription(validator: Validator, property: string, description: unknown): void {
  if (!validator.requireString(property, description) || Token.isUnresolved(description)) {
    return;
  }
  const text = description as string;
  if (text.length > IDENTITY_DESCRIPTION_MAX_LENGTH) {
    validator.add(property, text, `must be at most ${IDENTITY_DESCRIPTION_MAX_LENGTH} characters long (it is ${text.length})`);
  }
}

interface NameClaim {
  readonly constructType: string;
  readonly path: string;
}

const NAME_REGISTRY_SYMBOL = Symbol.for('cdktf-oci-containers.identityNames');

const NAMESPACE_RULES: Record<IdentityNamespace, string> = {
  group: 'group and dynamic group names must be unique in the tenancy',
  user: 'user names must be unique in the tenancy',
  policy: 'policy names must be unique in the tenancy',
};

/**
 * Records a problem, as `property`, when another construct of the app already creates an identity
 * resource with this name in the same tenancy. Names compare case-insensitively. Unresolved tokens
 * and values that are not strings pass: {@link checkIdentityName} reports the latter.
 */
export function checkUniqueIdentityName(
  scope: IConstruct,
  validator: Validator,
  namespace: IdentityNamespace,
  name: unknown,
  tenancyOcid: string,
  property = 'name',
): void {
  if (typeof name !== 'string' || Token.isUnresolved(name)) {
    return;
  }
  const claim = registry(scope).get(registryKey(namespace, name, tenancyOcid));
  if (claim) {
    validator.add(property, name, `is already the name of ${claim.constructType} '${claim.path}' in this app: ${NAMESPACE_RULES[namespace]}`);
  }
}

/** Registers the name for {@link checkUniqueIdentityName}. Call it once the construct is valid. */
export function claimIdentityName(scope: IConstruct, constructType: string, namespace: IdentityNamespace, name: string, tenancyOcid: string): void {
  if (typeof name !== 'string' || Token.isUnresolved(name)) {
    return;
  }
  registry(scope).set(registryKey(namespace, name, tenancyOcid), { constructType, path: scope.node.path });
}

// The registry lives on the app, so that stacks of one app deploying to one tenancy see each other.
function registry(scope: IConstruct): Map<string, NameClaim> {
  const root = scope.node.root as any;
  if (!root[NAME_REGISTRY_SYMBOL]) {
    root[NAME_REGISTRY_SYMBOL] = new Map<string, NameClaim>();
  }
  return root[NAME_REGISTRY_SYMBOL];
}

// NOTE: names compare case-insensitively, as Private Cloud Appliance's IAM documents. The
// commercial OCI documentation does not state the rule.
function registryKey(namespace: IdentityNamespace, name: string, tenancyOcid: string): string {
  return `${namespace}|${tenancyOcid}|${name.toLowerCase()}`;
}

/**
 * Makes a valid identity name from `name`, for names the library generates from construct ids. Each
 * character outside letters, digits, `.`, `-` and `_` becomes `-`. A name longer than 100 characters
 * is cut and ends with `-` and 8 hex digits of the SHA-256 of `uniqueKey`, so that long names with
 * one prefix stay distinct. The result depends only on the arguments, so it is the same on every synth.
 */
export function toIdentityName(name: string, uniqueKey: string): string {
  const sanitized = name.replace(/[^A-Za-z0-9._-]/g, '-');
  if (sanitized.length <= IDENTITY_NAME_MAX_LENGTH) {
    return sanitized;
  }
  const hash = createHash('sha256').update(uniqueKey).digest('hex').slice(0, 8);
  return `${sanitized.slice(0, IDENTITY_NAME_MAX_LENGTH - hash.length - 1)}-${hash}`;
}
