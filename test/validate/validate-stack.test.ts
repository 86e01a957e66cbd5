import * as fs from 'fs';
import * as net from 'net';
import * as path from 'path';
import { StandInProvider } from '../../lib/validate/stand-in-provider';
import { validateStack, validateStacks, ValidationDiagnostic } from '../../lib/validate/validate-stack';
import { testStack } from '../helpers/stack';
import { editStack, removeSynthesizedStacks, synthNetworkStack, synthStackDirectory } from './stacks';
import { testWithTerraform } from './terraform-available';

const testTerraform = testWithTerraform('validateStack');

afterAll(removeSynthesizedStacks);

/** Validates a stack that must produce exactly one error and returns that error. */
async function onlyError(stackDirectory: string): Promise<ValidationDiagnostic> {
  const result = await validateStack(stackDirectory);
  expect(result.valid).toBe(false);
  expect(result.errorCount).toBe(1);
  expect(result.diagnostics).toHaveLength(1);
  return result.diagnostics[0];
}

describe('validateStack', () => {
  testTerraform('network stack is valid', async () => {
    const stackDirectory = synthNetworkStack();

    const result = await validateStack(stackDirectory);

    expect(result.diagnostics).toEqual([]);
    expect(result.valid).toBe(true);
    expect(result.errorCount).toBe(0);
    expect(result.warningCount).toBe(0);
    expect(result.stackDirectory).toBe(stackDirectory);
    expect(result.terraformVersion).toMatch(/^\d+\.\d+\.\d+/);
  });

  testTerraform('stack directory left untouched', async () => {
    const stackDirectory = synthNetworkStack();
    const configBefore = fs.readFileSync(path.join(stackDirectory, 'cdk.tf.json'), 'utf8');

    await validateStack(stackDirectory);

    expect(fs.readdirSync(stackDirectory)).toEqual(['cdk.tf.json']);
    expect(fs.readFileSync(path.join(stackDirectory, 'cdk.tf.json'), 'utf8')).toBe(configBefore);
  });

  testTerraform('Terraform calls the stand-in', async () => {
    const stackDirectory = synthNetworkStack();
    const provider = await StandInProvider.start();
    try {
      await validateStack(stackDirectory, { provider });
    } finally {
      await provider.stop();
    }

    const counts = provider.callCounts();
    expect(counts.GetProviderSchema).toBeGreaterThanOrEqual(1);
    expect(counts.ValidateProviderConfig).toBe(1);
    expect(counts.ValidateResourceConfig).toBe(3);
  });

  testTerraform('OciEnvironment stack is valid', async () => {
    const { stack, environment } = testStack();
    // Data sources of the environment are only added when something reads them.
    void environment.tenancyNamespace;
    void environment.availabilityDomains;

    const result = await validateStack(synthStackDirectory(stack));

    expect(result.diagnostics).toEqual([]);
    expect(result.valid).toBe(true);
  });

  testTerraform('missing required argument', async () => {
    const stackDirectory = synthNetworkStack();
    editStack(stackDirectory, (config) => delete config.resource.oci_core_subnet.subnet.compartment_id);

    const error = await onlyError(stackDirectory);

    expect(error.summary).toBe('Missing required argument');
    expect(error.detail).toBe('The argument "compartment_id" is required, but no definition was found.');
    expect(error.address).toBe('oci_core_subnet.subnet');
    expect(error.severity).toBe('error');
    expect(error.command).toBe('validate');
    expect(error.file).toBe(path.join(stackDirectory, 'cdk.tf.json'));
    expect(error.line).toBeGreaterThan(1);
  });

  testTerraform('missing required argument of data source', async () => {
    const stackDirectory = synthNetworkStack();
    editStack(stackDirectory, (config) => (config.data = { oci_identity_tenancy: { tenancy: {} } }));

    const error = await onlyError(stackDirectory);

    expect(error.summary).toBe('Missing required argument');
    expect(error.detail).toBe('The argument "tenancy_id" is required, but no definition was found.');
    expect(error.address).toBe('data.oci_identity_tenancy.tenancy');
  });

  testTerraform('unknown argument', async () => {
    const stackDirectory = synthNetworkStack();
    editStack(stackDirectory, (config) => (config.resource.oci_core_vcn.vcn.cidr_blok = '10.0.0.0/16'));

    const error = await onlyError(stackDirectory);

    expect(error.summary).toBe('Extraneous JSON object property');
    expect(error.detail).toBe('No argument or block type is named "cidr_blok". Did you mean "cidr_block"?');
    expect(error.address).toBe('oci_core_vcn.vcn');
  });

  testTerraform('unknown block', async () => {
    const stackDirectory = synthNetworkStack();
    editStack(stackDirectory, (config) => (config.resource.oci_core_subnet.subnet.ipv6_options = [{ enabled: true }]));

    const error = await onlyError(stackDirectory);

    expect(error.summary).toBe('Extraneous JSON object property');
    expect(error.detail).toBe('No argument or block type is named "ipv6_options".');
    expect(error.address).toBe('oci_core_subnet.subnet');
  });

  testTerraform('unknown resource type', async () => {
    const stackDirectory = synthNetworkStack();
    editStack(stackDirectory, (config) => (config.resource.oci_core_vnic = { vnic: {} }));

    const error = await onlyError(stackDirectory);

    expect(error.summary).toBe('Invalid resource type');
    expect(error.detail).toBe('The provider oracle/oci does not support resource type "oci_core_vnic".');
  });

  testTerraform('object where string expected', async () => {
    const stackDirectory = synthNetworkStack();
    editStack(stackDirectory, (config) => (config.resource.oci_core_vcn.vcn.display_name = { name: 'main' }));

    const error = await onlyError(stackDirectory);

    expect(error.summary).toBe('Incorrect attribute value type');
    expect(error.detail).toBe('Inappropriate value for attribute "display_name": string required.');
    expect(error.address).toBe('oci_core_vcn.vcn');
  });

  testTerraform('non-number where number expected', async () => {
    const stackDirectory = synthNetworkStack();
    editStack(stackDirectory, (config) => (config.provider.oci[0].retry_duration_seconds = 'ten minutes'));

    const error = await onlyError(stackDirectory);

    expect(error.summary).toBe('Incorrect attribute value type');
    expect(error.detail).toBe('Inappropriate value for attribute "retry_duration_seconds": a number is required.');
    expect(error.address).toBeUndefined();
    expect(error.context).toBe('provider.oci[0]');
  });

  testTerraform('too many of a max-one block', async () => {
    const stackDirectory = synthNetworkStack();
    editStack(stackDirectory, (config) => {
      const rule = config.resource.oci_core_security_list.ssh.ingress_security_rules[0];
      rule.tcp_options = [rule.tcp_options, { min: 443, max: 443 }];
    });

    const error = await onlyError(stackDirectory);

    expect(error.summary).toBe('Too many tcp_options blocks');
    expect(error.detail).toBe('No more than 1 "tcp_options" blocks are allowed');
    expect(error.address).toBe('oci_core_security_list.ssh');
    expect(error.context).toBe('resource.oci_core_security_list.ssh.ingress_security_rules[0].tcp_options[1]');
  });

  testTerraform('too few of a min-one block', async () => {
    const stackDirectory = synthNetworkStack();
    editStack(stackDirectory, (config) => {
      config.resource.oci_core_service_gateway = { services: { compartment_id: '${oci_core_vcn.vcn.compartment_id}', vcn_id: '${oci_core_vcn.vcn.id}' } };
    });

    const error = await onlyError(stackDirectory);

    expect(error.summary).toBe('Insufficient services blocks');
    expect(error.detail).toBe('At least 1 "services" blocks are required.');
    expect(error.address).toBe('oci_core_service_gateway.services');
  });

  testTerraform('reference to undeclared resource', async () => {
    const stackDirectory = synthNetworkStack();
    editStack(stackDirectory, (config) => (config.resource.oci_core_subnet.subnet.vcn_id = '${oci_core_vcn.missing.id}'));

    const error = await onlyError(stackDirectory);

    expect(error.summary).toBe('Reference to undeclared resource');
    expect(error.detail).toBe('A managed resource "oci_core_vcn" "missing" has not been declared in the root module.');
    expect(error.address).toBe('oci_core_subnet.subnet');
  });

  testTerraform('reference to unknown attribute', async () => {
    const stackDirectory = synthNetworkStack();
    editStack(stackDirectory, (config) => (config.resource.oci_core_subnet.subnet.vcn_id = '${oci_core_vcn.vcn.vcn_ocid}'));

    const error = await onlyError(stackDirectory);

    expect(error.summary).toBe('Unsupported attribute');
    expect(error.detail).toBe('This object has no argument, nested block, or exported attribute named "vcn_ocid".');
    expect(error.address).toBe('oci_core_subnet.subnet');
  });

  testTerraform('backend is not contacted', async () => {
    const connections: net.Socket[] = [];
    const backend = net.createServer((socket) => {
      connections.push(socket);
      socket.destroy();
    });
    await new Promise<void>((resolve) => backend.listen(0, '127.0.0.1', resolve));
    const port = (backend.address() as net.AddressInfo).port;

    try {
      const stackDirectory = synthNetworkStack();
      editStack(stackDirectory, (config) => (config.terraform.backend = { http: { address: `http://127.0.0.1:${port}/state` } }));

      const result = await validateStack(stackDirectory);

      expect(result.diagnostics).toEqual([]);
      expect(connections).toHaveLength(0);
    } finally {
      backend.close();
    }
  });

  testTerraform('other provider fails at init', async () => {
    const stackDirectory = synthNetworkStack();
    editStack(stackDirectory, (config) => {
      config.terraform.required_providers.random = { source: 'hashicorp/random' };
      config.resource.random_id = { suffix: { byte_length: 4 } };
    });

    const error = await onlyError(stackDirectory);

    expect(error.summary).toBe('Failed to query available provider packages');
    expect(error.command).toBe('init');
    expect(error.detail).toContain('provider registry.terraform.io/hashicorp/random was not found');
    expect(error.detail).toContain('Offline validation installs no providers: only registry.terraform.io/oracle/oci is available');
  });

  testTerraform('several stacks share one stand-in', async () => {
    const valid = synthNetworkStack();
    const broken = synthNetworkStack();
    editStack(broken, (config) => delete config.resource.oci_core_vcn.vcn.compartment_id);
    const seen: string[] = [];

    const results = await validateStacks([valid, broken], { onResult: (result) => seen.push(result.stackDirectory) });

    expect(results.map((result) => result.valid)).toEqual([true, false]);
    expect(results[1].diagnostics.map((diagnostic) => diagnostic.address)).toEqual(['oci_core_vcn.vcn']);
    expect(seen).toEqual([valid, broken]);
  });
});

describe('validateStack setup errors', () => {
  test('directory not found', async () => {
    await expect(validateStack('/nonexistent/stacks/network')).rejects.toThrow(
      'Stack directory /nonexistent/stacks/network not found: pass a directory that contains cdk.tf.json, such as cdktf.out/stacks/<stack name>.',
    );
  });

  test('cdktf output directory names its stacks', async () => {
    const stackDirectory = synthNetworkStack();
    const outdir = path.dirname(path.dirname(stackDirectory));

    await expect(validateStack(outdir)).rejects.toThrow(
      `No Terraform configuration (*.tf.json or *.tf) in ${outdir}: it holds these stacks, pass one or more of them: ${stackDirectory}.`,
    );
  });

  test('terraform binary not executable', async () => {
    const stackDirectory = synthNetworkStack();

    await expect(validateStack(stackDirectory, { env: { PATH: '', TERRAFORM_BINARY: '/nonexistent/terraform' } })).rejects.toThrow(
      "TERRAFORM_BINARY is set to '/nonexistent/terraform', which is not an executable file: point it at a terraform executable or unset it to use terraform from PATH.",
    );
  });

  test('terraform not on PATH', async () => {
    const stackDirectory = synthNetworkStack();

    await expect(validateStack(stackDirectory, { env: { PATH: '/nonexistent' } })).rejects.toThrow(
      'terraform was not found on PATH: install Terraform 1.9 or later, or set TERRAFORM_BINARY to the path of a terraform executable.',
    );
  });
});
