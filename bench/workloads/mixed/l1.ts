import { App } from 'cdktf';
import { Construct } from 'constructs';
import { ArtifactsContainerRepository } from '../../../lib/generated/providers/oci/artifacts-container-repository';
import { DataOciIdentityAvailabilityDomains } from '../../../lib/generated/providers/oci/data-oci-identity-availability-domains';
import { MixedPlatformParams } from '../index';
import { COMPARTMENT_OCID, KUBERNETES_VERSION, NODE_SHAPE, TENANCY_OCID } from '../shared';
import { l1Stack } from '../l1/environment';
import { L1Grant, l1GrantPolicies, policiesNaming } from '../l1/grants';
import { l1Network } from '../l1/network';
import { l1Cluster, l1NodePool, l1NodePoolParts } from '../l1/oke';

/** Writes what mixed/library.ts synthesizes, with the bindings only. */
export function build(app: App, params: MixedPlatformParams): void {
  const { stack, environmentScope, provider, homeProvider } = l1Stack(app);
  const network = l1Network(stack, 'network', { compartmentOcid: COMPARTMENT_OCID, apiEndpointClientCidrs: ['10.0.0.0/16'], apiEndpointIsPublic: false });
  const granted = params.nodePools > 0 && params.repositories > 0;
  const cluster = l1Cluster(stack, 'cluster', {
    name: 'bench',
    compartmentOcid: COMPARTMENT_OCID,
    kubernetesVersion: KUBERNETES_VERSION,
    network,
    apiEndpointIsPublic: false,
    withNodeTag: granted,
    homeProvider,
  });
  const availabilityDomains = new DataOciIdentityAvailabilityDomains(environmentScope, 'availability-domains', { compartmentId: TENANCY_OCID });

  const pools = [];
  for (let p = 0; p < params.nodePools; p++) {
    pools.push(l1NodePoolParts(cluster, `pool-${p}`, granted, homeProvider, TENANCY_OCID));
  }

  for (let i = 0; i < params.repositories; i++) {
    new ArtifactsContainerRepository(new Construct(stack, `repo-${i}`), 'resource', {
      provider,
      compartmentId: COMPARTMENT_OCID,
      displayName: `apps/service-${i}`,
      isPublic: false,
      isImmutable: false,
      lifecycle: { preventDestroy: true },
    });
  }

  const grants: L1Grant[] = [];
  for (let i = 0; i < params.repositories; i += params.pullEvery) {
    for (const pool of pools) {
      grants.push({
        statement: `Allow dynamic-group ${pool.dynamicGroupName} to read repos in compartment id ${COMPARTMENT_OCID} where target.repo.name = 'apps/service-${i}'`,
        principal: pool.dynamicGroup!,
      });
    }
  }
  const policies = l1GrantPolicies(stack, homeProvider, COMPARTMENT_OCID, grants);

  for (const pool of pools) {
    const naming = pool.dynamicGroup ? policiesNaming(pool.dynamicGroup, grants, policies) : [];
    l1NodePool(cluster, pool, { shape: NODE_SHAPE, architecture: 'X86_64', ocpus: 2, memoryInGbs: 16, size: 3, availabilityDomains, policies: naming });
  }
}
