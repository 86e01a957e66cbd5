/**
 * A team's container platform from the ContainerPlatform template: the team states its decisions
 * (name, compartment, Kubernetes version, repositories, node pools) and overrides one default.
 *
 * Synthesize with `npx ts-node --transpile-only examples/template/main.ts`.
 */
import { App, TerraformStack } from 'cdktf';
import { OciEnvironment } from '../../lib/core/environment';
import { ContainerPlatform } from '../../lib/patterns/container-platform';

export function build(app: App): void {
  const stack = new TerraformStack(app, 'payments-platform');
  new OciEnvironment(stack, 'oci', {
    region: 'eu-frankfurt-1',
    homeRegion: 'eu-frankfurt-1',
    tenancyOcid: 'ocid1.tenancy.oc1..aaaaaaaaexampletenancy',
  });

  const platform = new ContainerPlatform(stack, 'payments', {
    name: 'payments',
    compartmentOcid: 'ocid1.compartment.oc1..aaaaaaaaexamplepayments',
    kubernetesVersion: 'v1.31.1',
    repositories: ['api', 'ledger'],
    nodePools: { general: { size: 3 }, batch: { size: 1, shape: 'VM.Standard.A1.Flex', ocpus: 4, memoryInGbs: 24 } },
    vcnCidr: '10.40.0.0/16',
    // Released images never change under a tag, so a deployment pins exactly what was tested.
    repositoryOptions: { isImmutable: true },
  });
  platform.cluster.addKubeconfigOutput();
}

if (require.main === module) {
  const app = new App();
  build(app);
  app.synth();
}
