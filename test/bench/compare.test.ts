import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { compareApps, countBlocks, readSynthesizedStacks } from '../../bench/compare';

function stacks(entries: Record<string, unknown>): Map<string, unknown> {
  return new Map(Object.entries(entries));
}

const document = {
  provider: { oci: [{ region: 'us-ashburn-1' }] },
  resource: {
    oci_core_vcn: { network_vcn_A6F5D448: { cidr_blocks: ['10.0.0.0/16'], dns_label: 'oke' } },
    oci_identity_policy: { grants_0: { statements: ['Allow group a to read repos in tenancy', 'Allow group b to read repos in tenancy'] } },
  },
  data: { oci_core_services: { services: { filter: [] } } },
};

describe('compareApps', () => {
  test('equal documents have no differences', () => {
    expect(compareApps(stacks({ bench: document }), stacks({ bench: structuredClone(document) }))).toEqual([]);
  });

  test('key order is ignored', () => {
    const reordered = { data: document.data, resource: { oci_identity_policy: document.resource.oci_identity_policy, oci_core_vcn: document.resource.oci_core_vcn }, provider: document.provider };
    expect(compareApps(stacks({ bench: document }), stacks({ bench: reordered }))).toEqual([]);
  });

  test('changed attribute value is reported', () => {
    const changed = structuredClone(document);
    changed.resource.oci_core_vcn.network_vcn_A6F5D448.dns_label = 'other';
    expect(compareApps(stacks({ bench: document }), stacks({ bench: changed }))).toEqual([
      { path: 'bench: resource.oci_core_vcn.network_vcn_A6F5D448.dns_label', library: '"oke"', l1: '"other"' },
    ]);
  });

  test('array order is significant', () => {
    const swapped = structuredClone(document);
    swapped.resource.oci_identity_policy.grants_0.statements.reverse();
    const differences = compareApps(stacks({ bench: document }), stacks({ bench: swapped }));
    expect(differences.map((difference) => difference.path)).toEqual([
      'bench: resource.oci_identity_policy.grants_0.statements[0]',
      'bench: resource.oci_identity_policy.grants_0.statements[1]',
    ]);
  });

  test('missing resource is reported', () => {
    const missing = structuredClone(document) as any;
    delete missing.resource.oci_core_vcn;
    expect(compareApps(stacks({ bench: document }), stacks({ bench: missing }))).toEqual([
      { path: 'bench: resource.oci_core_vcn', library: JSON.stringify(document.resource.oci_core_vcn), l1: '(missing)' },
    ]);
  });

  test('missing stack is reported', () => {
    expect(compareApps(stacks({ bench: document, other: document }), stacks({ bench: document }))).toEqual([
      { path: 'stack other', library: 'present', l1: '(missing)' },
    ]);
  });

  test('differences are capped at the limit', () => {
    const changed = structuredClone(document);
    changed.resource.oci_core_vcn.network_vcn_A6F5D448.dns_label = 'other';
    changed.resource.oci_core_vcn.network_vcn_A6F5D448.cidr_blocks = ['10.1.0.0/16'];
    expect(compareApps(stacks({ bench: document }), stacks({ bench: changed }), 1)).toHaveLength(1);
  });
});

describe('readSynthesizedStacks', () => {
  test('metadata keys are dropped', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'compare-test-'));
    try {
      fs.mkdirSync(path.join(outdir, 'stacks', 'bench'), { recursive: true });
      fs.writeFileSync(path.join(outdir, 'manifest.json'), JSON.stringify({ stacks: { bench: { synthesizedStackPath: 'stacks/bench/cdk.tf.json' } } }));
      fs.writeFileSync(
        path.join(outdir, 'stacks', 'bench', 'cdk.tf.json'),
        JSON.stringify({ '//': { metadata: { version: '0.21.0' } }, resource: { oci_core_vcn: { vcn: { '//': { metadata: { path: 'bench/vcn' } }, dns_label: 'oke' } } } }),
      );

      expect(readSynthesizedStacks(outdir)).toEqual(new Map([['bench', { resource: { oci_core_vcn: { vcn: { dns_label: 'oke' } } } }]]));
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });
});

describe('countBlocks', () => {
  test('resources and data sources over all stacks', () => {
    expect(countBlocks(stacks({ bench: document, other: document }))).toEqual({ resources: 4, dataSources: 2 });
  });
});
