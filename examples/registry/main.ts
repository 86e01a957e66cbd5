/**
 * Registry only: two repositories, the credentials a CI pipeline pushes images with, and a read-only
 * login for clusters that pull with an image pull secret.
 * Run with `npx ts-node --transpile-only examples/registry/main.ts`; the stack lands in cdktf.out/stacks/registry.
 */
import { App, TerraformStack } from 'cdktf';
import {
  AuthToken,
  CiPushCredentials,
  ContainerRepository,
  DockerConfigJson,
  Group,
  OciEnvironment,
  User,
  UserDirectory,
} from '../../lib';
import { exampleSettings } from '../settings';

/** Adds the registry-only stack to `app`. */
export function build(app: App): TerraformStack {
  const stack = new TerraformStack(app, 'registry');
  const environment = new OciEnvironment(stack, 'oci', {
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

  // Clusters that use image pull secrets instead of the OCIR credential provider get a login that
  // can only pull. Its docker config JSON is a sensitive output, ready for a dockerconfigjson secret.
  const pullers = new Group(stack, 'pullers', { name: 'shop-pullers' });
  const pullUser = new User(stack, 'pull-user', { name: 'shop-cluster-pull' });
  pullers.addUser(pullUser);
  web.grantPull(pullers);
  worker.grantPull(pullers);
  const pullToken = new AuthToken(stack, 'pull-token', { user: pullUser });
  new DockerConfigJson(stack, 'pull-secret', {
    credentials: {
      registryHost: environment.registryEndpoint,
      registryUserName: UserDirectory.defaultDomain().registryUserName(environment.tenancyNamespace, pullUser.userName),
      registryPassword: pullToken.tokenValue,
    },
  });
  return stack;
}

if (require.main === module) {
  const app = new App();
  build(app);
  app.synth();
}
