import { App, TerraformStack, Testing } from 'cdktf';
import { OciEnvironment, OciEnvironmentProps } from '../../lib/core/environment';
import { OciAuthentication } from '../../lib/core/authentication';

export const TENANCY = 'ocid1.tenancy.oc1..aaaaaaaatenancy';
export const COMPARTMENT = 'ocid1.compartment.oc1..aaaaaaaacompartment';

/** A stack with an OciEnvironment in us-ashburn-1 and a fixed home region, as most tests need. */
export function testStack(props: OciEnvironmentProps = {}): { app: App; stack: TerraformStack; environment: OciEnvironment } {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'test');
  const environment = new OciEnvironment(stack, 'oci', {
    region: 'us-ashburn-1',
    tenancyOcid: TENANCY,
    homeRegion: 'us-ashburn-1',
    authentication: OciAuthentication.apiKey('DEFAULT'),
    ...props,
  });
  return { app, stack, environment };
}

/** Synthesizes the stack and returns the parsed Terraform JSON. */
export function synthJson(stack: TerraformStack): any {
  return JSON.parse(Testing.synth(stack));
}
