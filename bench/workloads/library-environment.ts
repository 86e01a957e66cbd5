import { App, TerraformStack } from 'cdktf';
import { OciAuthentication, OciEnvironment } from '../../lib';
import { REGION, STACK_NAME, TENANCY_OCID } from './shared';

/** Creates the stack and its OciEnvironment, as every library workload starts. */
export function libraryStack(app: App): { stack: TerraformStack; environment: OciEnvironment } {
  const stack = new TerraformStack(app, STACK_NAME);
  const environment = new OciEnvironment(stack, 'oci', {
    region: REGION,
    tenancyOcid: TENANCY_OCID,
    homeRegion: REGION,
    authentication: OciAuthentication.apiKey('DEFAULT'),
  });
  return { stack, environment };
}
