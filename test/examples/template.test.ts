import { TerraformStack, Testing } from 'cdktf';
import { build } from '../../examples/template/main';

describe('template example', () => {
  const app = Testing.app();
  build(app);
  const json = JSON.parse(Testing.synth(app.node.findChild('payments-platform') as TerraformStack));

  test('creates immutable prefixed repositories', () => {
    const repositories = Object.values(json.resource.oci_artifacts_container_repository) as any[];
    expect(repositories.map((repository) => [repository.display_name, repository.is_immutable]).sort()).toEqual([
      ['payments/api', true],
      ['payments/ledger', true],
    ]);
  });

  test('creates both node pools', () => {
    const pools = Object.values(json.resource.oci_containerengine_node_pool) as any[];
    expect(pools.map((pool) => [pool.name, pool.node_shape, pool.node_config_details.size]).sort()).toEqual([
      ['payments-batch', 'VM.Standard.A1.Flex', 1],
      ['payments-general', 'VM.Standard.E5.Flex', 3],
    ]);
  });

  test('grants each pool every repository', () => {
    const statements = (Object.values(json.resource.oci_identity_policy) as any[]).flatMap((policy) => policy.statements);
    expect(statements.length).toBe(4);
    expect(statements.filter((statement: string) => statement.startsWith('Allow dynamic-group payments-platform-payments-batch-nodes to read repos'))).toHaveLength(2);
    expect(statements.filter((statement: string) => statement.startsWith('Allow dynamic-group payments-platform-payments-general-nodes to read repos'))).toHaveLength(2);
  });

  test('uses the chosen VCN CIDR', () => {
    const vcns = Object.values(json.resource.oci_core_vcn) as any[];
    expect(vcns.map((vcn) => vcn.cidr_blocks)).toEqual([['10.40.0.0/16']]);
  });
});
