/**
 * Registry only: two repositories and the credentials a CI pipeline pushes images with.
 * Run with `npx ts-node --transpile-only examples/registry/main.ts`; the stack lands in cdktf.out/stacks/registry.
 */
import { App, TerraformStack } from 'cdktf';
import { CiPushCredentials, ContainerRepository, OciEnvironment } from '../../lib';
import { exampleSettings } from '../settings';

/** Adds the registry-only stack to `app`. */
export function build(app: App): TerraformStack {
  const stack = new TerraformStack(app, 'registry');
  new OciEnvironment(stack, 'oci', {
    region: exampleSettings.region,
    tenancyOcid: exampleSettings.tenancyOcid,
    homeRegion: exampleSettings.homeRegion,
  });

  const web = new ContainerRepository(stack, 'web', {
    repositoryName: 'shop/web',
    compartmentOcid: exampleSettings.compartmentOcid,
    isImmutable: true,
    readme: { content: 'Storefront images, built by the shop pipeline.', format: 'TEXT_PLAIN' },
  });
  const worker = new ContainerRepository(stack, 'worker', {
    repositoryName: 'shop/worker',
    compartmentOcid: exampleSettings.compartmentOcid,
  });

  // The pipeline's token and login name come out only as sensitive outputs:
  // `cdktf output --outputs-file` or `terraform output -raw <name>` reads them after apply.
  new CiPushCredentials(stack, 'ci', {
    repositories: [web, worker],
    userName: 'shop-ci',
    groupName: 'shop-pushers',
  });
  return stack;
}

if (require.main === module) {
  const app = new App();
  build(app);
  app.synth();
}
