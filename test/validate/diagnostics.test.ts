import * as path from 'path';
import { addressFromContext, convertDiagnostic, displayPath, formatDiagnostic, ValidationDiagnostic } from '../../lib/validate/diagnostics';

describe('addressFromContext', () => {
  test.each([
    ['resource.oci_core_subnet.private', 'oci_core_subnet.private'],
    ['resource.oci_core_security_list.ssh.ingress_security_rules[0].tcp_options[1]', 'oci_core_security_list.ssh'],
    ['data.oci_identity_tenancy.tenancy', 'data.oci_identity_tenancy.tenancy'],
    ['resource "oci_core_vcn" "main"', 'oci_core_vcn.main'],
    ['data "oci_core_services" "all"', 'data.oci_core_services.all'],
  ])('%s', (context, address) => {
    expect(addressFromContext(context)).toBe(address);
  });

  test.each(['provider.oci[0]', 'resource', 'terraform', 'output "kubeconfig"'])('%s has none', (context) => {
    expect(addressFromContext(context)).toBeUndefined();
  });
});

describe('convertDiagnostic', () => {
  test('joins file to stack directory', () => {
    const diagnostic = convertDiagnostic(
      {
        severity: 'error',
        summary: 'Missing required argument',
        detail: 'The argument "vcn_id" is required, but no definition was found.',
        range: { filename: 'cdk.tf.json', start: { line: 14, column: 7 } },
        snippet: { context: 'resource.oci_core_subnet.subnet' },
      },
      'validate',
      '/work/cdktf.out/stacks/network',
    );

    expect(diagnostic).toEqual({
      severity: 'error',
      summary: 'Missing required argument',
      detail: 'The argument "vcn_id" is required, but no definition was found.',
      command: 'validate',
      file: path.join('/work/cdktf.out/stacks/network', 'cdk.tf.json'),
      line: 14,
      column: 7,
      address: 'oci_core_subnet.subnet',
      context: 'resource.oci_core_subnet.subnet',
    });
  });

  test('without range or snippet', () => {
    const diagnostic = convertDiagnostic({ severity: 'warning', summary: 'Deprecated', snippet: { context: null } }, 'init', '/stack');

    expect(diagnostic).toEqual({
      severity: 'warning',
      summary: 'Deprecated',
      detail: '',
      command: 'init',
      file: undefined,
      line: undefined,
      column: undefined,
      address: undefined,
      context: undefined,
    });
  });
});

describe('formatDiagnostic', () => {
  const missing: ValidationDiagnostic = {
    severity: 'error',
    summary: 'Missing required argument',
    detail: 'The argument "vcn_id" is required, but no definition was found.',
    command: 'validate',
    file: '/work/cdktf.out/stacks/network/cdk.tf.json',
    line: 14,
    column: 7,
    address: 'oci_core_subnet.subnet',
    context: 'resource.oci_core_subnet.subnet',
  };

  test('file inside working directory', () => {
    expect(formatDiagnostic(missing, '/work')).toBe(
      [
        'Error: Missing required argument',
        '  resource: oci_core_subnet.subnet',
        '  at: cdktf.out/stacks/network/cdk.tf.json:14:7 (in resource.oci_core_subnet.subnet)',
        '  The argument "vcn_id" is required, but no definition was found.',
      ].join('\n'),
    );
  });

  test('file outside working directory', () => {
    expect(formatDiagnostic(missing, '/home/user')).toContain('  at: /work/cdktf.out/stacks/network/cdk.tf.json:14:7');
  });

  test('warning without position keeps paragraphs', () => {
    const warning: ValidationDiagnostic = {
      severity: 'warning',
      summary: 'Provider development overrides are in effect',
      detail: 'First paragraph.\n\nSecond paragraph.\n',
      command: 'init',
    };

    expect(formatDiagnostic(warning, '/work')).toBe(
      ['Warning: Provider development overrides are in effect', '  First paragraph.', '', '  Second paragraph.'].join('\n'),
    );
  });
});

describe('displayPath', () => {
  test.each([
    ['/work/a/b', '/work', 'a/b'],
    ['/work', '/work', '.'],
    ['/other/a', '/work', '/other/a'],
  ])('%s from %s', (file, cwd, shown) => {
    expect(displayPath(file, cwd)).toBe(shown);
  });
});
