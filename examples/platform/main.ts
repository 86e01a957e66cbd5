/**
 * The full platform: a network, an enhanced OKE cluster with two node pools, the repositories the
 * pools pull from without image pull secrets, and push credentials for the CI pipeline.
 * `npm run synth` runs this file and writes cdktf.out/stacks/platform/cdk.tf.json.
 */
import { App, TerraformOutput, TerraformStack } from 'cdktf';
import {
  CiPushCredentials,
  ContainerRepository,
  OciEnvironment,
  OkeCluster,
  OkeNetwork,
} from '../../lib';
import { exampleSettings } from '../settings';

/** Adds the platform stack to `app`. */
export function build(app: App): TerraformStack {
  const stack = new TerraformStack(app, 'platform');
  new OciEnvironment(stack, 'oci', {
    region: exampleSettings.region,
    tenancyOcid: exampleSettings.tenancyOcid,
    homeRegion: exampleSettings.homeRegion,
  });
  const compartmentOcid = exampleSettings.compartmentOcid;

  // Repositories first: the node pools' grants and the pipeline's credentials refer to them.
  const api = new ContainerRepository(stack, 'api', { repositoryName: 'shop/api', compartmentOcid, isImmutable: true });
  const web = new ContainerRepository(stack, 'web', { repositoryName: 'shop/web', compartmentOcid, isImmutable: true });
  const batch = new ContainerRepository(stack, 'batch', { repositoryName: 'shop/batch', compartmentOcid });

  // Private API endpoint and private workers; the service gateway lets the workers reach OCIR.
  const network = new OkeNetwork(stack, 'network', { compartmentOcid });
  const cluster = new OkeCluster(stack, 'cluster', {
    name: 'shop',
    compartmentOcid,
    kubernetesVersion: 'v1.33.1',
    network,
  });

  const general = cluster.addNodePool('general', {
    shape: 'VM.Standard.E5.Flex',
    ocpus: 2,
    memoryInGbs: 32,
    size: 3,
    initialNodeLabels: { workload: 'general' },
  });
  const arm = cluster.addNodePool('arm', {
    shape: 'VM.Standard.A1.Flex',
    ocpus: 4,
    memoryInGbs: 24,
    size: 2,
    initialNodeLabels: { workload: 'batch' },
  });

  // Each pool may pull only the images it runs.
  api.grantPull(general);
  web.grantPull(general);
  batch.grantPull(arm);

  new CiPushCredentials(stack, 'ci', {
    repositories: [api, web, batch],
    userName: 'shop-ci',
    groupName: 'shop-pushers',
  });

  new TerraformOutput(stack, 'api-image', { value: api.imageUri('latest'), description: 'Image reference for the API' });
  cluster.addKubeconfigOutput();
  return stack;
}

if (require.main === module) {
  const app = new App();
  build(app);
  app.synth();
}
