/**
 * The determinism test's own app: two environments of one platform, each with its remote state,
 * repositories, a dynamic group and pull grants.
 */
import { App, TerraformStack } from 'cdktf';
import { OciAuthentication } from '../../lib/core/authentication';
import { OciEnvironment } from '../../lib/core/environment';
import { DynamicGroup } from '../../lib/iam/dynamic-group';
import { MatchingRule } from '../../lib/iam/matching-rule';
import { ContainerRepository } from '../../lib/registry/repository';
import { ObjectStorageBackend } from '../../lib/state/object-storage-backend';
import type { DeterminismBuildOptions } from './synth-child';

const TENANCY = 'ocid1.tenancy.oc1..aaaaaaaatenancy';
const COMPARTMENT = 'ocid1.compartment.oc1..aaaaaaaacompartment';

export function build(app: App, options: DeterminismBuildOptions = {}): void {
  const regions: Record<string, string> = { dev: 'us-ashburn-1', prod: 'us-phoenix-1' };
  for (const [environmentName, region] of Object.entries(regions)) {
    const stack = new TerraformStack(app, `platform-${environmentName}`);
    new OciEnvironment(stack, 'oci', {
      region,
      tenancyOcid: TENANCY,
      homeRegion: 'us-ashburn-1',
      authentication: OciAuthentication.apiKey('DEFAULT'),
    });
    new ObjectStorageBackend(stack, 'state', { namespace: 'axaxnpcrorw5', bucket: 'tf-state', environment: environmentName, keyPrefix: 'platform' });

    const nodes = new DynamicGroup(stack, 'nodes', {
      name: `platform-${environmentName}-nodes`,
      matchingRule: MatchingRule.instanceCompartment(COMPARTMENT),
    });
    const names = options.extra ? ['web', 'api', 'worker'] : ['web', 'api'];
    for (const name of names) {
      const repository = new ContainerRepository(stack, `repository-${name}`, { repositoryName: `platform/${name}`, compartmentOcid: COMPARTMENT });
      repository.grantPull(nodes);
    }
  }
}
