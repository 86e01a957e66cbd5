import * as fs from 'fs';
import * as path from 'path';
import { App, TerraformStack, Testing } from 'cdktf';
import { CoreSecurityList } from '../../lib/generated/providers/oci/core-security-list';
import { CoreSubnet } from '../../lib/generated/providers/oci/core-subnet';
import { CoreVcn } from '../../lib/generated/providers/oci/core-vcn';
import { OciProvider } from '../../lib/generated/providers/oci/provider';
import { COMPARTMENT } from '../helpers/stack';

const outputDirectories: string[] = [];

/** Synthesizes `stack` like `cdktf synth` does and returns its stack directory, which contains cdk.tf.json. */
export function synthStackDirectory(stack: TerraformStack): string {
  const outdir = Testing.fullSynth(stack);
  // Testing.app() made an output directory of its own too, which fullSynth leaves empty.
  outputDirectories.push(outdir, App.of(stack).outdir);
  return path.join(outdir, 'stacks', stack.node.id);
}

/**
 * Synthesizes a small valid network: an oci provider, a VCN, a subnet and a security list that
 * reference the VCN. The security list has a nested set block with a max-one block inside.
 */
export function synthNetworkStack(): string {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'network');
  new OciProvider(stack, 'oci', { region: 'us-ashburn-1' });

  const vcn = new CoreVcn(stack, 'vcn', { compartmentId: COMPARTMENT, cidrBlocks: ['10.0.0.0/16'], displayName: 'main' });
  new CoreSubnet(stack, 'subnet', { compartmentId: COMPARTMENT, vcnId: vcn.id, cidrBlock: '10.0.1.0/24', prohibitPublicIpOnVnic: true });
  new CoreSecurityList(stack, 'ssh', {
    compartmentId: COMPARTMENT,
    vcnId: vcn.id,
    ingressSecurityRules: [{ protocol: '6', source: '10.0.0.0/16', tcpOptions: { min: 22, max: 22 } }],
  });
  return synthStackDirectory(stack);
}

/** Rewrites the cdk.tf.json of a stack directory with `edit`, to break it on purpose. */
export function editStack(stackDirectory: string, edit: (config: any) => void): void {
  const file = path.join(stackDirectory, 'cdk.tf.json');
  const config = JSON.parse(fs.readFileSync(file, 'utf8'));
  edit(config);
  fs.writeFileSync(file, JSON.stringify(config, null, 2));
}

/** Removes every output directory synthesized so far. */
export function removeSynthesizedStacks(): void {
  for (const outdir of outputDirectories.splice(0)) {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}
