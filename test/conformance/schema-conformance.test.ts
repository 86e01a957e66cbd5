import { TerraformIterator } from 'cdktf';
import { checkConformance, formatFinding, loadPinnedProviderSchema } from '../../lib/conformance';
import { ArtifactsContainerRepository } from '../../lib/generated/providers/oci/artifacts-container-repository';
import { ContainerengineNodePool } from '../../lib/generated/providers/oci/containerengine-node-pool';
import { CoreSubnet } from '../../lib/generated/providers/oci/core-subnet';
import { CoreVcn } from '../../lib/generated/providers/oci/core-vcn';
import { DataOciCoreServices } from '../../lib/generated/providers/oci/data-oci-core-services';
import { IdentityPolicy } from '../../lib/generated/providers/oci/identity-policy';
import { COMPARTMENT, TENANCY, synthJson, testStack } from '../helpers/stack';

const SUBNET_ARGUMENTS =
  'arguments availability_domain, cidr_block, compartment_id, defined_tags, dhcp_options_id, display_name, dns_label, freeform_tags, id, ' +
  'ipv4cidr_blocks, ipv6cidr_block, ipv6cidr_blocks, prohibit_internet_ingress, prohibit_public_ip_on_vnic, route_table_id, security_list_ids, ' +
  'vcn_id and block types timeouts';

const NODE_POOL_ARGUMENTS =
  'arguments cluster_id, compartment_id, defined_tags, freeform_tags, id, kubernetes_version, name, node_image_id, node_image_name, ' +
  'node_metadata, node_shape, quantity_per_subnet, ssh_public_key, subnet_ids and block types initial_node_labels, node_config_details, ' +
  'node_eviction_node_pool_settings, node_pool_cycling_details, node_shape_config, node_source_details, timeouts';

const IMAGE = 'ocid1.image.oc1.iad.aaaaaaaaimage';
const CLUSTER = 'ocid1.cluster.oc1.iad.aaaaaaaacluster';

/** Synthesizes a stack that uses the bindings the library builds on, with nested, dynamic and meta-argument forms. */
function validDocument(): any {
  const { stack, environment } = testStack();

  const vcn = new CoreVcn(stack, 'vcn', {
    compartmentId: COMPARTMENT,
    cidrBlocks: ['10.0.0.0/16'],
    displayName: 'platform',
    dnsLabel: 'platform',
    freeformTags: { team: 'platform' },
    lifecycle: { preventDestroy: true, ignoreChanges: ['defined_tags'] },
  });
  const subnet = new CoreSubnet(stack, 'workers', {
    compartmentId: COMPARTMENT,
    vcnId: vcn.id,
    cidrBlock: '10.0.1.0/24',
    prohibitPublicIpOnVnic: true,
    securityListIds: [vcn.defaultSecurityListId],
    timeouts: { create: '10m' },
  });

  const repositoryNames = TerraformIterator.fromList(['app/api', 'app/worker']);
  new ArtifactsContainerRepository(stack, 'repositories', {
    forEach: repositoryNames,
    compartmentId: COMPARTMENT,
    displayName: repositoryNames.value,
    isImmutable: true,
    isPublic: false,
    readme: { content: 'Images of the app', format: 'TEXT_PLAIN' },
  });

  new IdentityPolicy(stack, 'pull-policy', {
    provider: environment.homeProvider,
    compartmentId: TENANCY,
    name: 'node-pull',
    description: 'Lets worker nodes pull images',
    statements: [`Allow dynamic-group nodes to read repos in compartment id ${COMPARTMENT}`],
  });

  new DataOciCoreServices(stack, 'services', {
    filter: [{ name: 'name', values: ['All .* Services In Oracle Services Network'], regex: true }],
  });

  const availabilityDomains = environment.availabilityDomains.availabilityDomains;
  new ContainerengineNodePool(stack, 'pool', {
    clusterId: CLUSTER,
    compartmentId: COMPARTMENT,
    name: 'workers',
    kubernetesVersion: 'v1.31.1',
    nodeShape: 'VM.Standard.E5.Flex',
    nodeShapeConfig: { ocpus: 2, memoryInGbs: 32 },
    nodeSourceDetails: { sourceType: 'IMAGE', imageId: IMAGE, bootVolumeSizeInGbs: '100' },
    initialNodeLabels: [{ key: 'pool', value: 'workers' }],
    nodeEvictionNodePoolSettings: { evictionGraceDuration: 'PT30M', isForceDeleteAfterGraceDuration: true },
    nodeConfigDetails: {
      size: 3,
      nodePoolPodNetworkOptionDetails: { cniType: 'OCI_VCN_IP_NATIVE', podSubnetIds: [subnet.id], maxPodsPerNode: 31 },
      placementConfigs: [
        { availabilityDomain: availabilityDomains.get(0).name, subnetId: subnet.id, faultDomains: ['FAULT-DOMAIN-1'] },
        {
          availabilityDomain: availabilityDomains.get(1).name,
          subnetId: subnet.id,
          preemptibleNodeConfig: { preemptionAction: { type: 'TERMINATE', isPreserveBootVolume: false } },
        },
      ],
    },
    dependsOn: [subnet],
  });

  // cdktf writes a block list built from an iterator as a dynamic block.
  const placements = TerraformIterator.fromList(['AD-1', 'AD-2']);
  new ContainerengineNodePool(stack, 'spread', {
    clusterId: CLUSTER,
    compartmentId: COMPARTMENT,
    name: 'spread',
    nodeShape: 'VM.Standard.E5.Flex',
    nodeSourceDetails: { sourceType: 'IMAGE', imageId: IMAGE },
    nodeConfigDetails: {
      size: 2,
      placementConfigs: placements.dynamic({ availability_domain: placements.value, subnet_id: subnet.id }),
    },
  });

  return synthJson(stack);
}

describe('checkConformance', () => {
  let valid: any;
  beforeAll(() => {
    valid = validDocument();
  });

  /** Returns a copy of the valid document, for a test to break in one place. */
  function document(): any {
    return structuredClone(valid);
  }

  test('valid document has no findings', () => {
    expect(checkConformance(valid)).toEqual([]);
  });

  test('valid document has the forms the check walks', () => {
    const pool = valid.resource.oci_containerengine_node_pool;
    expect(pool.pool.node_config_details.placement_configs).toHaveLength(2);
    expect(pool.pool.node_config_details.placement_configs[1].preemptible_node_config.preemption_action).toEqual({
      is_preserve_boot_volume: false,
      type: 'TERMINATE',
    });
    expect(Object.keys(pool.spread.node_config_details.dynamic)).toEqual(['placement_configs']);
    expect(valid.resource.oci_identity_policy['pull-policy'].provider).toBe('oci.home');
    expect(valid.resource.oci_artifacts_container_repository.repositories.for_each).toBe('${toset(["app/api", "app/worker"])}');
    expect(valid.data.oci_core_services.services.filter).toHaveLength(1);
  });

  test('pinned schema is the default', () => {
    expect(checkConformance(valid, loadPinnedProviderSchema())).toEqual([]);
  });

  test('missing required argument', () => {
    const doc = document();
    delete doc.resource.oci_core_subnet.workers.vcn_id;

    expect(checkConformance(doc)).toEqual([
      { path: 'resource.oci_core_subnet.workers.vcn_id', kind: 'missing-argument', problem: 'is required but missing', allowed: 'string' },
    ]);
  });

  test('required argument set to null', () => {
    const doc = document();
    doc.resource.oci_identity_policy['pull-policy'].statements = null;

    expect(checkConformance(doc)).toEqual([
      { path: 'resource.oci_identity_policy.pull-policy.statements', kind: 'missing-argument', problem: 'is required but null', allowed: 'list(string)' },
    ]);
  });

  test('unknown argument', () => {
    const doc = document();
    doc.resource.oci_core_subnet.workers.cidrBlock = '10.0.2.0/24';

    expect(checkConformance(doc)).toEqual([
      {
        path: 'resource.oci_core_subnet.workers.cidrBlock',
        kind: 'unknown-name',
        problem: 'is not an argument or block type of oci_core_subnet (did you mean cidr_block?)',
        allowed: SUBNET_ARGUMENTS,
      },
    ]);
  });

  test('unknown block', () => {
    const doc = document();
    doc.resource.oci_containerengine_node_pool.pool.node_pool_options = { size: 3 };

    expect(checkConformance(doc)).toEqual([
      {
        path: 'resource.oci_containerengine_node_pool.pool.node_pool_options',
        kind: 'unknown-name',
        problem: 'is not an argument or block type of oci_containerengine_node_pool',
        allowed: NODE_POOL_ARGUMENTS,
      },
    ]);
  });

  test('unknown block in a nested block', () => {
    const doc = document();
    const details = doc.resource.oci_containerengine_node_pool.pool.node_config_details;
    details.placement_config = details.placement_configs;
    delete details.placement_configs;

    expect(checkConformance(doc)).toEqual([
      {
        path: 'resource.oci_containerengine_node_pool.pool.node_config_details.placement_config',
        kind: 'unknown-name',
        problem: 'is not an argument or block type of oci_containerengine_node_pool.node_config_details (did you mean placement_configs?)',
        allowed:
          'arguments defined_tags, freeform_tags, is_pv_encryption_in_transit_enabled, kms_key_id, nsg_ids, size and block types node_pool_pod_network_option_details, placement_configs',
      },
      {
        path: 'resource.oci_containerengine_node_pool.pool.node_config_details.placement_configs',
        kind: 'too-few-items',
        problem: 'is missing',
        allowed: 'at least 1 placement_configs block',
      },
    ]);
  });

  test('unknown resource type', () => {
    const doc = document();
    doc.resource.oci_core_vnc = { main: { compartment_id: COMPARTMENT }, other: { compartment_id: COMPARTMENT } };

    expect(checkConformance(doc)).toEqual([
      {
        path: 'resource.oci_core_vnc',
        kind: 'unknown-type',
        problem: 'is not a resource type of registry.terraform.io/oracle/oci (did you mean oci_core_vcn?)',
        allowed: 'one of the 34 resource types of registry.terraform.io/oracle/oci in the schema',
      },
    ]);
  });

  test('unknown data source type', () => {
    const doc = document();
    doc.data.oci_core_images = { latest: { compartment_id: COMPARTMENT } };

    expect(checkConformance(doc)).toEqual([
      {
        path: 'data.oci_core_images',
        kind: 'unknown-type',
        problem: 'is not a data source type of registry.terraform.io/oracle/oci',
        allowed: 'one of the 9 data source types of registry.terraform.io/oracle/oci in the schema',
      },
    ]);
  });

  test('block over max_items', () => {
    const doc = document();
    const pool = doc.resource.oci_containerengine_node_pool.pool;
    pool.node_shape_config = [pool.node_shape_config, { ocpus: 4 }];

    expect(checkConformance(doc)).toEqual([
      {
        path: 'resource.oci_containerengine_node_pool.pool.node_shape_config',
        kind: 'too-many-items',
        problem: 'has 2 blocks',
        allowed: 'at most 1 node_shape_config block',
      },
    ]);
  });

  test('single block written twice', () => {
    const doc = document();
    doc.resource.oci_core_subnet.workers.timeouts = [{ create: '10m' }, { delete: '10m' }];

    expect(checkConformance(doc)).toEqual([
      { path: 'resource.oci_core_subnet.workers.timeouts', kind: 'too-many-items', problem: 'has 2 blocks', allowed: 'at most 1 timeouts block' },
    ]);
  });

  test('missing min_items block', () => {
    const doc = document();
    delete doc.resource.oci_containerengine_node_pool.pool.node_config_details.placement_configs;

    expect(checkConformance(doc)).toEqual([
      {
        path: 'resource.oci_containerengine_node_pool.pool.node_config_details.placement_configs',
        kind: 'too-few-items',
        problem: 'is missing',
        allowed: 'at least 1 placement_configs block',
      },
    ]);
  });

  test('missing block of exactly one', () => {
    const doc = document();
    doc.resource.oci_containerengine_node_pool.pool.node_config_details.placement_configs[1].preemptible_node_config = {};

    expect(checkConformance(doc)).toEqual([
      {
        path: 'resource.oci_containerengine_node_pool.pool.node_config_details.placement_configs[1].preemptible_node_config.preemption_action',
        kind: 'too-few-items',
        problem: 'is missing',
        allowed: 'exactly 1 preemption_action block',
      },
    ]);
  });

  test.each([
    ['string for a list', 'resource.oci_core_vcn.vcn.cidr_blocks', '10.0.0.0/16', 'is a string ("10.0.0.0/16")', 'list(string)'],
    ['object for a string', 'resource.oci_core_subnet.workers.cidr_block', { cidr: '10.0.1.0/24' }, 'is an object', 'string'],
    ['bool for a number', 'resource.oci_containerengine_node_pool.pool.node_config_details.size', true, 'is a bool (true)', 'number'],
    ['array for a map', 'resource.oci_core_vcn.vcn.freeform_tags', ['team'], 'is an array', 'map(string)'],
    ['number for a bool', 'resource.oci_core_subnet.workers.prohibit_public_ip_on_vnic', 1, 'is a number (1)', 'bool'],
    ['word for a number', 'resource.oci_containerengine_node_pool.pool.node_shape_config.ocpus', 'two', 'is a string ("two") that Terraform cannot convert to a number', 'number'],
    ['word for a bool', 'resource.oci_artifacts_container_repository.repositories.is_public', 'no', 'is a string ("no") that Terraform cannot convert to a bool', 'bool'],
    ['object in a list', 'resource.oci_identity_policy.pull-policy.statements', [{ allow: 'all' }], 'is an object', 'string', '[0]'],
    ['array in a map', 'resource.oci_core_vcn.vcn.freeform_tags', { team: ['a'] }, 'is an array', 'string', '["team"]'],
  ])('wrong value shape: %s', (_name, path, value, problem, allowed, suffix = '') => {
    const doc = document();
    setPath(doc, path, value);

    expect(checkConformance(doc)).toEqual([{ path: path + suffix, kind: 'wrong-type', problem, allowed }]);
  });

  test('values Terraform converts pass', () => {
    const doc = document();
    const pool = doc.resource.oci_containerengine_node_pool.pool;
    pool.node_config_details.size = '3';
    pool.node_shape_config.memory_in_gbs = '16.5';
    pool.node_eviction_node_pool_settings.is_force_delete_after_grace_duration = 'true';
    pool.node_config_details.placement_configs[1].preemptible_node_config.preemption_action.is_preserve_boot_volume = '0';
    pool.initial_node_labels[0].value = 42;
    doc.resource.oci_core_vcn.vcn.freeform_tags = { team: true, cost_center: 1234 };

    expect(checkConformance(doc)).toEqual([]);
  });

  test('computed-only argument set', () => {
    const doc = document();
    doc.resource.oci_core_subnet.workers.state = 'AVAILABLE';

    expect(checkConformance(doc)).toEqual([
      {
        path: 'resource.oci_core_subnet.workers.state',
        kind: 'computed-argument',
        problem: 'is computed by the provider and cannot be set',
        allowed: 'no value (read state as an attribute of oci_core_subnet instead)',
      },
    ]);
  });

  test('computed-only argument set to null passes', () => {
    const doc = document();
    doc.resource.oci_core_subnet.workers.state = null;

    expect(checkConformance(doc)).toEqual([]);
  });

  test('expressions pass in any position', () => {
    const doc = document();
    const vcn = doc.resource.oci_core_vcn.vcn;
    vcn.cidr_blocks = '${var.cidr_blocks}';
    vcn.freeform_tags = '${merge(local.tags, { "owner" = "platform" })}';
    vcn.defined_tags = { 'Operations.CostCenter': '${var.cost_center}' };
    vcn.is_ipv6enabled = '${var.ipv6}';
    doc.resource.oci_identity_policy['pull-policy'].statements = ['${local.statement}', 'Allow group admins to manage repos in tenancy'];
    const pool = doc.resource.oci_containerengine_node_pool.pool;
    pool.node_config_details.size = '${var.pool_size}';
    pool.node_shape_config.ocpus = '${var.ocpus * 2}';
    pool.node_config_details.placement_configs[0].fault_domains = '${[for fd in var.fault_domains : upper(fd)]}';
    pool.node_config_details.placement_configs[1].preemptible_node_config.preemption_action.is_preserve_boot_volume = '${var.keep_volume}';
    pool.count = '${var.enabled ? 1 : 0}';

    expect(checkConformance(doc)).toEqual([]);
  });

  test('string template for a list', () => {
    const doc = document();
    doc.resource.oci_core_vcn.vcn.cidr_blocks = '10.${var.octet}.0.0/16';

    expect(checkConformance(doc)).toEqual([
      { path: 'resource.oci_core_vcn.vcn.cidr_blocks', kind: 'wrong-type', problem: 'is a string template, which Terraform evaluates to a string', allowed: 'list(string)' },
    ]);
  });

  test('expression in place of a block', () => {
    const doc = document();
    doc.resource.oci_containerengine_node_pool.pool.node_shape_config = '${var.shape_config}';

    expect(checkConformance(doc)).toEqual([
      {
        path: 'resource.oci_containerengine_node_pool.pool.node_shape_config',
        kind: 'invalid-block',
        problem: 'is an expression, but Terraform JSON needs blocks written out (a dynamic block generates them from an expression)',
        allowed: 'a JSON object or an array of JSON objects',
      },
    ]);
  });

  test('dynamic block content is checked', () => {
    const doc = document();
    const dynamic = doc.resource.oci_containerengine_node_pool.spread.node_config_details.dynamic.placement_configs;
    delete dynamic.content.subnet_id;
    dynamic.content.fault_domain = 'FAULT-DOMAIN-1';

    expect(checkConformance(doc)).toEqual([
      {
        path: 'resource.oci_containerengine_node_pool.spread.node_config_details.dynamic.placement_configs.content.fault_domain',
        kind: 'unknown-name',
        problem: 'is not an argument or block type of oci_containerengine_node_pool.node_config_details.placement_configs (did you mean fault_domains?)',
        allowed: 'arguments availability_domain, capacity_reservation_id, fault_domains, subnet_id and block types preemptible_node_config',
      },
      {
        path: 'resource.oci_containerengine_node_pool.spread.node_config_details.dynamic.placement_configs.content.subnet_id',
        kind: 'missing-argument',
        problem: 'is required but missing',
        allowed: 'string',
      },
    ]);
  });

  test('dynamic block without for_each and content', () => {
    const doc = document();
    doc.resource.oci_containerengine_node_pool.spread.node_config_details.dynamic.placement_configs = { iterator: 'each', items: [] };

    expect(checkConformance(doc)).toEqual([
      {
        path: 'resource.oci_containerengine_node_pool.spread.node_config_details.dynamic.placement_configs.items',
        kind: 'invalid-dynamic-block',
        problem: 'is not an argument of a dynamic block',
        allowed: 'for_each, iterator, labels and content',
      },
      {
        path: 'resource.oci_containerengine_node_pool.spread.node_config_details.dynamic.placement_configs.for_each',
        kind: 'invalid-dynamic-block',
        problem: 'is required but missing',
        allowed: 'a list, set, map or object to generate blocks from',
      },
      {
        path: 'resource.oci_containerengine_node_pool.spread.node_config_details.dynamic.placement_configs.content',
        kind: 'invalid-dynamic-block',
        problem: 'is required but missing',
        allowed: 'the body of one placement_configs block',
      },
    ]);
  });

  test('dynamic block of an unknown block type', () => {
    const doc = document();
    doc.resource.oci_core_vcn.vcn.dynamic = { cidr_blocks: { for_each: '${var.cidrs}', content: {} } };

    expect(checkConformance(doc)).toEqual([
      {
        path: 'resource.oci_core_vcn.vcn.dynamic.cidr_blocks',
        kind: 'unknown-block',
        problem: 'is an argument of oci_core_vcn, not a block type, so a dynamic block cannot generate it',
        allowed: 'dynamic blocks of the block types byoipv6cidr_details, timeouts',
      },
    ]);
  });

  test('dynamic block over max_items with written-out blocks', () => {
    const doc = document();
    const pool = doc.resource.oci_containerengine_node_pool.pool;
    pool.dynamic = { node_shape_config: { for_each: '${var.shapes}', content: { ocpus: '${node_shape_config.value}' } } };

    expect(checkConformance(doc)).toEqual([]);

    pool.node_shape_config = [{ ocpus: 1 }, { ocpus: 2 }];
    expect(checkConformance(doc)).toEqual([
      {
        path: 'resource.oci_containerengine_node_pool.pool.node_shape_config',
        kind: 'too-many-items',
        problem: 'has 2 blocks',
        allowed: 'at most 1 node_shape_config block',
      },
    ]);
  });

  test('cdktf metadata comments pass', () => {
    const doc = document();
    doc.resource.oci_core_vcn.vcn['//'] = { metadata: { path: 'test/vcn', uniqueId: 'vcn' } };
    doc.resource.oci_containerengine_node_pool.pool.node_config_details['//'] = 'written by a test';

    expect(checkConformance(doc)).toEqual([]);
  });

  test('unknown lifecycle argument', () => {
    const doc = document();
    doc.resource.oci_core_vcn.vcn.lifecycle.prevent_destory = true;

    expect(checkConformance(doc)).toEqual([
      {
        path: 'resource.oci_core_vcn.vcn.lifecycle.prevent_destory',
        kind: 'invalid-meta-argument',
        problem: 'is not a lifecycle argument of a resource (did you mean prevent_destroy?)',
        allowed: 'create_before_destroy, ignore_changes, postcondition, precondition, prevent_destroy, replace_triggered_by',
      },
    ]);
  });

  test('lifecycle arguments of a data source', () => {
    const doc = document();
    doc.data.oci_core_services.services.lifecycle = {
      prevent_destroy: true,
      postcondition: { condition: '${length(self.services) > 0}', error_message: 'No services found.' },
    };

    expect(checkConformance(doc)).toEqual([
      {
        path: 'data.oci_core_services.services.lifecycle.prevent_destroy',
        kind: 'invalid-meta-argument',
        problem: 'is not a lifecycle argument of a data source',
        allowed: 'postcondition, precondition',
      },
    ]);
  });

  test('ignore_changes names an unknown argument', () => {
    const doc = document();
    doc.resource.oci_core_vcn.vcn.lifecycle.ignore_changes = ['definedTags', 'freeform_tags["team"]', 'state'];

    expect(checkConformance(doc)).toEqual([
      {
        path: 'resource.oci_core_vcn.vcn.lifecycle.ignore_changes[0]',
        kind: 'unknown-name',
        problem: 'refers to definedTags, which is not an argument or block type of oci_core_vcn (did you mean defined_tags?)',
        allowed:
          'arguments cidr_block, cidr_blocks, compartment_id, defined_tags, display_name, dns_label, freeform_tags, id, ipv6private_cidr_blocks, ' +
          'is_ipv6enabled, is_oracle_gua_allocation_enabled, security_attributes and block types byoipv6cidr_details, timeouts',
      },
    ]);
  });

  test('lifecycle values', () => {
    const doc = document();
    doc.resource.oci_core_vcn.vcn.lifecycle = {
      prevent_destroy: '${var.protect}',
      create_before_destroy: 'true',
      replace_triggered_by: 'oci_core_subnet.workers',
      precondition: [{ condition: '${var.ok}' }],
    };

    expect(checkConformance(doc)).toEqual([
      {
        path: 'resource.oci_core_vcn.vcn.lifecycle.prevent_destroy',
        kind: 'invalid-meta-argument',
        problem: 'is a string ("${var.protect}")',
        allowed: 'a literal bool, because Terraform reads this argument before it evaluates expressions',
      },
      {
        path: 'resource.oci_core_vcn.vcn.lifecycle.replace_triggered_by',
        kind: 'invalid-meta-argument',
        problem: 'is a string ("oci_core_subnet.workers")',
        allowed: 'a list of references such as "oci_core_vcn.main.id"',
      },
      {
        path: 'resource.oci_core_vcn.vcn.lifecycle.precondition[0].error_message',
        kind: 'invalid-meta-argument',
        problem: 'is required but missing',
        allowed: 'a string',
      },
    ]);
  });

  test('for_each given as an array', () => {
    const doc = document();
    doc.resource.oci_artifacts_container_repository.repositories.for_each = ['app/api', 'app/worker'];

    expect(checkConformance(doc)).toEqual([
      {
        path: 'resource.oci_artifacts_container_repository.repositories.for_each',
        kind: 'invalid-meta-argument',
        problem: 'is an array, which Terraform reads as a tuple, not a set',
        allowed: 'a JSON object (a map), or an expression returning a map or a set of strings, such as "${toset([...])}"',
      },
    ]);
  });

  test('count and for_each together', () => {
    const doc = document();
    doc.resource.oci_artifacts_container_repository.repositories.count = 2;

    expect(checkConformance(doc)).toEqual([
      {
        path: 'resource.oci_artifacts_container_repository.repositories.for_each',
        kind: 'invalid-meta-argument',
        problem: 'is set together with count',
        allowed: 'either count or for_each, not both',
      },
    ]);
  });

  test('count values', () => {
    const doc = document();
    doc.resource.oci_core_vcn.vcn.count = 1.5;
    doc.resource.oci_core_subnet.workers.count = '2';
    doc.data.oci_core_services.services.count = '${var.enabled ? 1 : 0}';

    expect(checkConformance(doc)).toEqual([
      {
        path: 'resource.oci_core_vcn.vcn.count',
        kind: 'invalid-meta-argument',
        problem: 'is a number (1.5)',
        allowed: 'a whole number of 0 or more, or an expression returning one',
      },
    ]);
  });

  test('provider alias that no provider block declares', () => {
    const doc = document();
    doc.resource.oci_identity_policy['pull-policy'].provider = 'oci.hme';

    expect(checkConformance(doc)).toEqual([
      {
        path: 'resource.oci_identity_policy.pull-policy.provider',
        kind: 'unknown-provider-alias',
        problem: 'refers to oci.hme, which no provider block declares',
        allowed: 'one of the declared configurations oci, oci.home',
      },
    ]);
  });

  test('unknown provider argument', () => {
    const doc = document();
    doc.provider.oci[1].regoin = 'us-phoenix-1';

    expect(checkConformance(doc)).toEqual([
      {
        path: 'provider.oci[1].regoin',
        kind: 'unknown-name',
        problem: 'is not an argument or block type of provider oci (did you mean region?)',
        allowed:
          'arguments auth, config_file_profile, disable_auto_retries, dual_stack_endpoint_enabled, fingerprint, ignore_defined_tags, private_key, ' +
          'private_key_password, private_key_path, realm_specific_service_endpoint_template_enabled, region, retries_config_file, ' +
          'retry_duration_seconds, tenancy_ocid, test_time_maintenance_reboot_due, user_ocid',
      },
    ]);
  });

  test('provider alias value', () => {
    const doc = document();
    doc.provider.oci[1].alias = 'home region';

    expect(checkConformance(doc)).toEqual([
      { path: 'provider.oci[1].alias', kind: 'invalid-meta-argument', problem: 'is a string ("home region")', allowed: 'an identifier such as "home"' },
      {
        path: 'resource.oci_identity_policy.pull-policy.provider',
        kind: 'unknown-provider-alias',
        problem: 'refers to oci.home, which no provider block declares',
        allowed: 'one of the declared configurations oci',
      },
    ]);
  });

  test('resources of other providers are not checked', () => {
    const doc = document();
    doc.resource.kubernetes_namespace = { apps: { metadata: { name: 'apps' }, unknown_argument: true } };
    doc.provider.kubernetes = [{ config_path: '~/.kube/config' }];

    expect(checkConformance(doc)).toEqual([]);
  });

  test('required_providers gives the schema another local name', () => {
    const doc = {
      terraform: { required_providers: { oracle: { source: 'oracle/oci', version: '~> 8.22' } } },
      resource: { oracle_vcn: { main: { provider: 'oracle', compartment_id: COMPARTMENT } } },
    };

    expect(checkConformance(doc)).toEqual([
      {
        path: 'resource.oracle_vcn',
        kind: 'unknown-type',
        problem: 'is not a resource type of registry.terraform.io/oracle/oci',
        allowed: 'one of the 34 resource types of registry.terraform.io/oracle/oci in the schema',
      },
    ]);
  });

  test('rejects a document that is not an object', () => {
    expect(() => checkConformance('{}')).toThrow(
      'checkConformance needs a parsed Terraform JSON document (an object), such as JSON.parse of a cdk.tf.json file.',
    );
  });

  test('package index exports the check', () => {
    const index = require('../../lib');

    expect(index.checkConformance).toBe(checkConformance);
    expect(index.loadPinnedProviderSchema).toBe(loadPinnedProviderSchema);
  });

  test('formatFinding writes one line', () => {
    const doc = document();
    delete doc.resource.oci_core_subnet.workers.vcn_id;

    expect(checkConformance(doc).map(formatFinding)).toEqual(['resource.oci_core_subnet.workers.vcn_id: is required but missing. Allowed: string.']);
  });
});

/** Sets a value at a dotted path of the document, where keys may contain hyphens. */
function setPath(document: any, path: string, value: unknown): void {
  const keys = path.split('.');
  const parent = keys.slice(0, -1).reduce((node, key) => node[key], document);
  parent[keys[keys.length - 1]] = value;
}
