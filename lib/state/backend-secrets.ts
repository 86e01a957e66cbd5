/**
 * Backend setting names whose values are credentials or encryption keys, in Terraform's `s3` and `oci`
 * backends. Backend settings are written to cdk.tf.json in plain text and copied into
 * `.terraform/terraform.tfstate` by `terraform init`, so none of these may appear in a synthesized block.
 */
export const SECRET_BACKEND_SETTINGS: readonly string[] = [
  'access_key',
  'secret_key',
  'token',
  'sse_customer_key',
  'web_identity_token',
  'private_key',
  'private_key_password',
];

/**
 * Returns the paths of the secret settings present in a synthesized backend block, such as
 * `secret_key` or `assume_role_with_web_identity.web_identity_token`, sorted.
 */
export function findSecretSettings(block: unknown, prefix = ''): string[] {
  if (block === null || typeof block !== 'object') {
    return [];
  }

  const found: string[] = [];
  for (const [name, value] of Object.entries(block as Record<string, unknown>)) {
    const path = prefix === '' ? name : `${prefix}.${name}`;
    if (SECRET_BACKEND_SETTINGS.includes(name) && value !== undefined && value !== null) {
      found.push(path);
    }
    found.push(...findSecretSettings(value, path));
  }
  return found.sort();
}
