import { App } from 'cdktf';
import { ContainerRepository, NodePool, OkeCluster, OkeNetwork } from '../../../lib';
import { MixedPlatformParams } from '../index';
import { COMPARTMENT_OCID, KUBERNETES_VERSION, NODE_SHAPE } from '../shared';
import { libraryStack } from '../library-environment';

/**
 * Builds a network, a cluster, `nodePools` node pools and `repositories` repositories, and grants
 * every pool pulls from every `pullEvery`-th repository, repository by repository.
 */
export function build(app: App, params: MixedPlatformParams): void {
  const { stack } = libraryStack(app);
  const network = new OkeNetwork(stack, 'network', { compartmentOcid: COMPARTMENT_OCID });
  const cluster = new OkeCluster(stack, 'cluster', {
    name: 'bench',
    compartmentOcid: COMPARTMENT_OCID,
    kubernetesVersion: KUBERNETES_VERSION,
    network,
  });

  const pools: NodePool[] = [];
  for (let p = 0; p < params.nodePools; p++) {
    pools.push(cluster.addNodePool(`pool-${p}`, { shape: NODE_SHAPE }));
  }

  const repositories: ContainerRepository[] = [];
  for (let i = 0; i < params.repositories; i++) {
    repositories.push(new ContainerRepository(stack, `repo-${i}`, { repositoryName: `apps/service-${i}`, compartmentOcid: COMPARTMENT_OCID }));
  }

  for (let i = 0; i < params.repositories; i += params.pullEvery) {
    for (const pool of pools) {
      repositories[i].grantPull(pool);
    }
  }
}
