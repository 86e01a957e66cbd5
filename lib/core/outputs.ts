import { TerraformOutput, TerraformStack } from 'cdktf';

/**
 * Names an output after its construct path below the stack, such as `ci_registry-username`, instead of
 * cdktf's default, which appends a hash to outputs of nested constructs. Users type these names in
 * `terraform output -raw <name>`. Construct paths are unique, so the names are too, unless two paths
 * differ only in characters that Terraform does not allow in names.
 */
export function nameOutputByPath(output: TerraformOutput): TerraformOutput {
  const stack = TerraformStack.of(output);
  const segments = output.node.scopes.slice(stack.node.scopes.length).map((scope) => scope.node.id);
  const name = segments.join('_').replace(/[^A-Za-z0-9_-]/g, '_');
  output.overrideLogicalId(/^[A-Za-z_]/.test(name) ? name : `_${name}`);
  return output;
}
