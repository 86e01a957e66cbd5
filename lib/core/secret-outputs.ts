import { DefaultTokenResolver, StringConcat, TerraformOutput, TerraformStack, Tokenization } from 'cdktf';
import { IConstruct } from 'constructs';

/**
 * A resource attribute that contains a secret although the pinned provider schema (oracle/oci 8.22.0)
 * does not mark it sensitive, so Terraform prints it in plain text when an output shows it.
 */
interface SecretAttribute {
  /** Name of the secret in messages, such as `an auth token`. */
  readonly description: string;
  /** Address prefix of the resource or data source type, such as `oci_identity_auth_token`. */
  readonly type: string;
  /** The attribute that contains the secret. */
  readonly attribute: string;
}

const SECRET_ATTRIBUTES: readonly SecretAttribute[] = [
  { description: 'an auth token', type: 'oci_identity_auth_token', attribute: 'token' },
  { description: 'a kubeconfig', type: 'data.oci_containerengine_cluster_kube_config', attribute: 'content' },
];

/**
 * Returns one error for each output of `stack` that is not sensitive but whose value refers to a
 * secret attribute of {@link SECRET_ATTRIBUTES}, or to the whole resource that has one. The value is
 * resolved and searched as text, so a reference wrapped in `jsonencode`, `base64encode` or any other
 * function is found too.
 *
 * NOTE: only outputs are searched. A secret passed to a plain resource attribute (a local file, a
 * tag) is not detected.
 */
export function secretOutputErrors(stack: TerraformStack): string[] {
  const errors: string[] = [];
  for (const construct of stack.node.findAll()) {
    if (!TerraformOutput.isTerraformOutput(construct)) {
      continue;
    }
    const output = construct as TerraformOutput;
    const block = resolveOutput(stack, output);
    if (block.sensitive === true) {
      continue;
    }

    const text = JSON.stringify(block.value ?? null);
    for (const secret of SECRET_ATTRIBUTES) {
      const reference = findSecretReference(text, secret);
      if (reference !== undefined) {
        errors.push(
          `TerraformOutput '${output.node.path}' is not sensitive, but its value contains ${secret.description} (${reference}): ` +
            `set sensitive: true on the output, because the oci provider schema 8.22.0 does not mark ${secret.type}.${secret.attribute} ` +
            'as sensitive and Terraform would print the secret in plain text',
        );
      }
    }
  }
  return errors;
}

/** Returns the output's block as it is written to the synthesized JSON, overrides included. */
function resolveOutput(stack: TerraformStack, output: TerraformOutput): { value?: unknown; sensitive?: unknown } {
  const resolved = Tokenization.resolve(output.toTerraform(), {
    scope: stack as IConstruct,
    resolver: new DefaultTokenResolver(new StringConcat()),
  });
  const blocks = Object.values(resolved?.output ?? {}) as Array<{ value?: unknown; sensitive?: unknown }>;
  return blocks[0] ?? {};
}

/**
 * Returns the first reference in `text` to the secret attribute, or to the whole resource with
 * it (`oci_identity_auth_token.ci` or `oci_identity_auth_token.ci[0]`), or undefined.
 */
function findSecretReference(text: string, secret: SecretAttribute): string | undefined {
  const type = secret.type.replace(/\./g, '\\.');
  // Name, then index keys such as [0] or ["a"], then an optional attribute.
  const pattern = new RegExp(`(?<![\\w.-])${type}\\.[\\w-]+(?:\\[[^\\]]*\\])*(\\.[\\w-]+)?`, 'g');
  for (const match of text.matchAll(pattern)) {
    const attribute = match[1];
    if (attribute === undefined || attribute === `.${secret.attribute}`) {
      return match[0];
    }
  }
  return undefined;
}
