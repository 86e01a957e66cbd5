import { isUnresolved, Validator } from '../core/validation';

// Rules for repository names, tags and digests. OCIR documents no grammar of its own. Its docs
// ("Container Registry Concepts") state that it is an Open Container Initiative compliant registry
// and that names may contain slashes. So the rules below are those of the OCI Distribution
// Specification v1.0 and of the Docker Registry HTTP API V2 it is based on.

/** Maximum length of a repository name, slashes included (Docker Registry HTTP API V2: less than 256 characters). */
export const MAX_REPOSITORY_NAME_LENGTH = 255;

/** Maximum length of an image tag (OCI Distribution Specification: `[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}`). */
export const MAX_IMAGE_TAG_LENGTH = 128;

const NAME_SEPARATORS = new Set(['.', '_', '-', '/']);

/**
 * Records one problem for each rule that a repository name breaks. Together the rules are the
 * OCI Distribution Specification v1.0 grammar `[a-z0-9]+([._-][a-z0-9]+)*(/[a-z0-9]+([._-][a-z0-9]+)*)*`,
 * split so that each message names what to change. Unresolved tokens pass.
 *
 * NOTE: Version 1.1 of the specification also allows `__` and runs of `-` inside a component.
 * This check rejects them, so a name it accepts is valid under both versions.
 */
export function checkRepositoryName(validator: Validator, property: string, name: string): void {
  if (isUnresolved(name)) {
    return;
  }
  if (name.length === 0) {
    validator.add(property, name, 'must not be empty');
    return;
  }

  if (name.length > MAX_REPOSITORY_NAME_LENGTH) {
    validator.add(property, name, `must be at most ${MAX_REPOSITORY_NAME_LENGTH} characters, not ${name.length}`);
  }

  const uppercase = distinctMatches(name, /[A-Z]/g);
  if (uppercase.length > 0) {
    validator.add(property, name, `must be lowercase: found ${quoteList(uppercase)}`);
  }

  const invalid = distinctMatches(name, /[^A-Za-z0-9._\/-]/g);
  if (invalid.length > 0) {
    validator.add(
      property,
      name,
      `must contain only lowercase letters, digits and the separators '.', '_', '-' and '/': found ${quoteList(invalid)}`,
    );
  }

  // A leading or trailing character outside the allowed set is already reported above.
  if (NAME_SEPARATORS.has(name[0])) {
    validator.add(property, name, 'must start with a letter or digit');
  }
  if (NAME_SEPARATORS.has(name[name.length - 1])) {
    validator.add(property, name, 'must end with a letter or digit');
  }

  const separatorRuns = distinctMatches(name, /[._\/-]{2,}/g);
  if (separatorRuns.length > 0) {
    validator.add(property, name, `must not contain consecutive separators: found ${quoteList(separatorRuns)}`);
  }
}

/** Records one problem for each rule that an image tag breaks. Unresolved tokens pass. */
export function checkImageTag(validator: Validator, property: string, tag: string): void {
  if (isUnresolved(tag)) {
    return;
  }
  if (tag.length === 0) {
    validator.add(property, tag, 'must not be empty');
    return;
  }

  if (tag.length > MAX_IMAGE_TAG_LENGTH) {
    validator.add(property, tag, `must be at most ${MAX_IMAGE_TAG_LENGTH} characters, not ${tag.length}`);
  }

  const invalid = distinctMatches(tag, /[^A-Za-z0-9_.-]/g);
  if (invalid.length > 0) {
    validator.add(property, tag, `must contain only letters, digits, '_', '.' and '-': found ${quoteList(invalid)}`);
  }

  if (tag[0] === '.' || tag[0] === '-') {
    validator.add(property, tag, "must start with a letter, digit or '_'");
  }
}

/**
 * Records a problem unless the digest is `sha256:` followed by 64 lowercase hexadecimal digits,
 * the form the OCI Image Specification gives SHA-256 digests. Unresolved tokens pass.
 */
export function checkImageDigest(validator: Validator, property: string, digest: string): void {
  if (isUnresolved(digest)) {
    return;
  }
  if (!/^sha256:[a-f0-9]{64}$/.test(digest)) {
    validator.add(property, digest, "must be 'sha256:' followed by 64 lowercase hexadecimal digits");
  }
}

function distinctMatches(value: string, pattern: RegExp): string[] {
  return [...new Set(value.match(pattern) ?? [])];
}

function quoteList(items: string[]): string {
  return items.map((item) => `'${item}'`).join(', ');
}
