import { findTerraformOrUndefined } from '../../lib/validate/terraform-cli';

/** Terraform executable the tests run: TERRAFORM_BINARY, else terraform on PATH, else undefined. */
export const terraformBinary = findTerraformOrUndefined();

/**
 * Returns jest's `test` when Terraform is available. Otherwise it warns and returns `test.skip`,
 * unless REQUIRE_TERRAFORM=1 is set: then it adds a failing test, so CI cannot pass by skipping.
 */
export function testWithTerraform(suite: string): jest.It {
  if (terraformBinary !== undefined) {
    return test;
  }

  const reason = 'terraform was not found on PATH and TERRAFORM_BINARY is not set';
  if (process.env.REQUIRE_TERRAFORM === '1') {
    test(`${suite} has terraform`, () => {
      throw new Error(`REQUIRE_TERRAFORM=1 but ${reason}: install Terraform 1.9 or later or point TERRAFORM_BINARY at it.`);
    });
  } else {
    console.warn(`Skipping ${suite}: ${reason}. Set REQUIRE_TERRAFORM=1 to make this a failure.`);
  }
  return test.skip;
}
