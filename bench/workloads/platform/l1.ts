import { App, Fn, TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { ArtifactsContainerRepository } from '../../../lib/generated/providers/oci/artifacts-container-repository';
import { DataOciContainerengineClusterKubeConfig } from '../../../lib/generated/providers/oci/data-oci-containerengine-cluster-kube-config';
import { DataOciIdentityAvailabilityDomains } from '../../../lib/generated/providers/oci/data-oci-identity-availability-domains';
import { DataOciObjectstorageNamespace } from '../../../lib/generated/providers/oci/data-oci-objectstorage-namespace';
import { IdentityAuthToken } from '../../../lib/generated/providers/oci/identity-auth-token';
import { IdentityGroup } from '../../../lib/generated/providers/oci/identity-group';
import { IdentityUser } from '../../../lib/generated/providers/oci/identity-user';
import { IdentityUserGroupMembership } from '../../../lib/generated/providers/oci/identity-user-group-membership';
import { exampleSettings } from '../../../examples/settings';
import { l1Stack } from '../l1/environment';
import { L1Grant, l1GrantPolicies, policiesNaming } from '../l1/grants';
import { l1Network } from '../l1/network';
import { l1Cluster, l1NodePool, l1NodePoolParts } from '../l1/oke';

/** Writes what examples/platform/main.ts synthesizes, with the bindings only. */
export function build(app: App): void {
  const { region, tenancyOcid, compartmentOcid, homeRegion } = exampleSettings;
  // The registry host is `<region key>.ocir.io`; this version contains only the key of the example's default region.
  if (region !== 'us-ashburn-1') {
    throw new Error(`platform/l1 writes the registry host of us-ashburn-1 (iad.ocir.io), but the example region is '${region}'.`);
  }
  const registryHost = 'iad.ocir.io';

  const { stack, environmentScope, provider, homeProvider } = l1Stack(app, { stackName: 'platform', region, tenancyOcid, homeRegion });
  const namespace = new DataOciObjectstorageNamespace(environmentScope, 'namespace', { compartmentId: tenancyOcid });

  const repository = (id: string, name: string, isImmutable: boolean) =>
    new ArtifactsContainerRepository(new Construct(stack, id), 'resource', {
      provider,
      compartmentId: compartmentOcid,
      displayName: name,
      isPublic: false,
      isImmutable,
      lifecycle: { preventDestroy: true },
    });
  repository('api', 'shop/api', true);
  repository('web', 'shop/web', true);
  repository('batch', 'shop/batch', false);

  const network = l1Network(stack, 'network', { compartmentOcid, apiEndpointClientCidrs: ['10.0.0.0/16'], apiEndpointIsPublic: false });
  const cluster = l1Cluster(stack, 'cluster', {
    name: 'shop',
    compartmentOcid,
    kubernetesVersion: 'v1.33.1',
    network,
    apiEndpointIsPublic: false,
    withNodeTag: true,
    homeProvider,
  });
  const general = l1NodePoolParts(cluster, 'general', true, homeProvider, tenancyOcid);
  const arm = l1NodePoolParts(cluster, 'arm', true, homeProvider, tenancyOcid);

  // The pipeline's user, group and push token.
  const ci = new Construct(stack, 'ci');
  const user = new IdentityUser(new Construct(ci, 'user'), 'resource', {
    provider: homeProvider,
    compartmentId: tenancyOcid,
    name: 'shop-ci',
    description: `CI user of ${ci.node.path}`,
  });
  const group = new IdentityGroup(new Construct(ci, 'group'), 'resource', {
    provider: homeProvider,
    compartmentId: tenancyOcid,
    name: 'shop-pushers',
    description: `Pushes images from ${ci.node.path}`,
  });
  // The same id as Group.addUser gives the membership: it is derived from the user construct's address.
  const userScope = user.node.scope!;
  new IdentityUserGroupMembership(group.node.scope!, `membership-${userScope.node.addr.slice(0, 12)}`, {
    provider: homeProvider,
    groupId: group.id,
    userId: user.id,
  });
  const token = new IdentityAuthToken(new Construct(ci, 'auth-token'), 'resource', {
    provider: homeProvider,
    userId: user.id,
    description: `Container Registry push token for ${ci.node.path}`,
  });

  const inCompartment = `in compartment id ${compartmentOcid}`;
  const grants: L1Grant[] = [
    { statement: `Allow dynamic-group ${general.dynamicGroupName} to read repos ${inCompartment} where target.repo.name = 'shop/api'`, principal: general.dynamicGroup! },
    { statement: `Allow dynamic-group ${general.dynamicGroupName} to read repos ${inCompartment} where target.repo.name = 'shop/web'`, principal: general.dynamicGroup! },
    { statement: `Allow dynamic-group ${arm.dynamicGroupName} to read repos ${inCompartment} where target.repo.name = 'shop/batch'`, principal: arm.dynamicGroup! },
  ];
  for (const name of ['shop/api', 'shop/web', 'shop/batch']) {
    grants.push(
      { statement: `Allow group shop-pushers to read repos ${inCompartment} where target.repo.name = '${name}'`, principal: group },
      {
        statement: `Allow group shop-pushers to manage repos ${inCompartment} where all {target.repo.name = '${name}', request.permission = 'REPOSITORY_UPDATE'}`,
        principal: group,
      },
    );
  }
  const policies = l1GrantPolicies(stack, homeProvider, compartmentOcid, grants);

  const availabilityDomains = new DataOciIdentityAvailabilityDomains(environmentScope, 'availability-domains', { compartmentId: tenancyOcid });
  l1NodePool(cluster, general, {
    shape: 'VM.Standard.E5.Flex',
    architecture: 'X86_64',
    ocpus: 2,
    memoryInGbs: 32,
    size: 3,
    initialNodeLabels: { workload: 'general' },
    availabilityDomains,
    policies: policiesNaming(general.dynamicGroup!, grants, policies),
  });
  l1NodePool(cluster, arm, {
    shape: 'VM.Standard.A1.Flex',
    architecture: 'AARCH64',
    ocpus: 4,
    memoryInGbs: 24,
    size: 2,
    initialNodeLabels: { workload: 'batch' },
    availabilityDomains,
    policies: policiesNaming(arm.dynamicGroup!, grants, policies),
  });

  // Outputs carry plain names, such as `ci_registry-host`, rather than cdktf's names with a hash.
  new TerraformOutput(ci, 'registry-host', { value: registryHost, description: 'Container Registry host for docker login' }).overrideLogicalId('ci_registry-host');
  new TerraformOutput(ci, 'registry-username', {
    value: Fn.join('/', [namespace.namespace, 'shop-ci']),
    sensitive: true,
    description: 'User name for docker login',
  }).overrideLogicalId('ci_registry-username');
  new TerraformOutput(ci, 'auth-token-value', {
    value: token.token,
    sensitive: true,
    description: 'Password for docker login: an auth token (secret)',
  }).overrideLogicalId('ci_auth-token-value');
  new TerraformOutput(stack, 'api-image', { value: `${registryHost}/${namespace.namespace}/shop/api:latest`, description: 'Image reference for the API' });

  const kubeconfig = new DataOciContainerengineClusterKubeConfig(cluster.scope, 'kubeconfig-data', {
    clusterId: cluster.resource.id,
    tokenVersion: '2.0.0',
    endpoint: 'PRIVATE_ENDPOINT',
  });
  new TerraformOutput(cluster.scope, 'kubeconfig', {
    value: kubeconfig.content,
    sensitive: true,
    description: `Kubeconfig of OKE cluster ${cluster.scope.node.path}`,
  }).overrideLogicalId('cluster_kubeconfig');
}
