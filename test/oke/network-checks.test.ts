import { TerraformVariable } from 'cdktf';
import { Validator } from '../../lib/core/validation';
import { CniType } from '../../lib/oke/network-interface';
import { checkClusterCidrs, checkSubnetCapacity, flannelNodeCapacity, subnetAddressesNeeded, subnetCapacity } from '../../lib/oke/network-checks';
import { testStack } from '../helpers/stack';

function newValidator(): Validator {
  const { stack } = testStack();
  return new Validator(stack, 'Test');
}

function rules(validator: Validator): string[] {
  return validator.recorded.map((problem) => `${problem.property}: ${JSON.stringify(problem.value)} ${problem.rule}`);
}

describe('checkClusterCidrs', () => {
  test('defaults clear of the default VCN', () => {
    const validator = newValidator();
    checkClusterCidrs(validator, { cni: CniType.FLANNEL, vcnCidrs: ['10.0.0.0/16'] });
    expect(validator.ok).toBe(true);
  });

  test('services CIDR overlaps the VCN', () => {
    const validator = newValidator();
    checkClusterCidrs(validator, { cni: CniType.VCN_NATIVE, vcnCidrs: ['10.96.0.0/16'] });
    expect(rules(validator)).toEqual(['servicesCidr: "10.96.0.0/16" overlaps the VCN CIDR block 10.96.0.0/16: Kubernetes services need addresses outside the VCN']);
  });

  test('pods CIDR overlaps the VCN with flannel', () => {
    const validator = newValidator();
    checkClusterCidrs(validator, { cni: CniType.FLANNEL, vcnCidrs: ['10.0.0.0/16', '10.244.0.0/16'], podsCidrProperty: 'network.podsCidr' });
    expect(rules(validator)).toEqual(['network.podsCidr: "10.244.0.0/16" overlaps the VCN CIDR block 10.244.0.0/16: with flannel, pods need addresses outside the VCN']);
  });

  test('pods CIDR ignored with VCN-native', () => {
    const validator = newValidator();
    checkClusterCidrs(validator, { cni: CniType.VCN_NATIVE, vcnCidrs: ['10.0.0.0/16'], podsCidr: '10.0.0.0/16' });
    expect(validator.ok).toBe(true);
  });

  test('pods and services overlap', () => {
    const validator = newValidator();
    checkClusterCidrs(validator, { cni: CniType.FLANNEL, vcnCidrs: ['10.0.0.0/16'], podsCidr: '172.16.0.0/12', servicesCidr: '172.20.0.0/16' });
    expect(rules(validator)).toEqual(['servicesCidr: "172.20.0.0/16" overlaps podsCidr 172.16.0.0/12: the pods and services CIDR blocks must not overlap']);
  });

  test('pods CIDR smaller than /25', () => {
    const validator = newValidator();
    checkClusterCidrs(validator, { cni: CniType.FLANNEL, vcnCidrs: ['10.0.0.0/16'], podsCidr: '192.168.0.0/26' });
    expect(rules(validator)).toEqual(['podsCidr: "192.168.0.0/26" is smaller than /25: OKE gives every node a /25 of the pods CIDR, so use /25 or larger']);
  });

  test('invalid CIDRs', () => {
    const validator = newValidator();
    checkClusterCidrs(validator, { cni: CniType.FLANNEL, vcnCidrs: ['10.0.0.0/16'], podsCidr: '10.244.0.0', servicesCidr: '10.96.0.1/16' });
    expect(rules(validator)).toEqual([
      'servicesCidr: "10.96.0.1/16" has host bits set: use 10.96.0.0/16, the network address of that block',
      'podsCidr: "10.244.0.0" is not an IPv4 CIDR block: expected the form a.b.c.d/n, such as 10.0.0.0/16',
    ]);
  });

  test('tokens pass', () => {
    const { stack } = testStack();
    const validator = new Validator(stack, 'Test');
    const cidr = new TerraformVariable(stack, 'cidr', { type: 'string' });
    checkClusterCidrs(validator, { cni: CniType.FLANNEL, vcnCidrs: [cidr.stringValue], podsCidr: cidr.stringValue, servicesCidr: cidr.stringValue });
    expect(validator.ok).toBe(true);
  });
});

describe('subnet capacity', () => {
  test('worker subnet takes one address per node', () => {
    expect(subnetAddressesNeeded(10)).toBe(10);
    expect(subnetCapacity({ subnetCidr: '10.0.0.0/28', nodeCount: 13 })).toEqual({ neededAddresses: 13, usableAddresses: 13, fits: true });
    expect(subnetCapacity({ subnetCidr: '10.0.0.0/28', nodeCount: 14 })).toEqual({ neededAddresses: 14, usableAddresses: 13, fits: false });
  });

  test('pod subnet counts pods and VNIC addresses', () => {
    expect(subnetAddressesNeeded(1, 31)).toBe(32);
    expect(subnetAddressesNeeded(1, 32)).toBe(34);
    expect(subnetAddressesNeeded(3, 110)).toBe(3 * (110 + 4));
  });

  test('default pod subnet fits 1000 nodes at 31 pods', () => {
    expect(subnetCapacity({ subnetCidr: '10.0.128.0/17', nodeCount: 1000, maxPodsPerNode: 31 })).toEqual({ neededAddresses: 32000, usableAddresses: 32765, fits: true });
  });

  test('tokens and invalid CIDRs return undefined', () => {
    const { stack } = testStack();
    const cidr = new TerraformVariable(stack, 'cidr', { type: 'string' });
    const count = new TerraformVariable(stack, 'count', { type: 'number' });
    expect(subnetCapacity({ subnetCidr: cidr.stringValue, nodeCount: 3 })).toBeUndefined();
    expect(subnetCapacity({ subnetCidr: '10.0.0.0/29', nodeCount: count.numberValue })).toBeUndefined();
    expect(subnetCapacity({ subnetCidr: '10.0.0.0/29', nodeCount: 3, maxPodsPerNode: count.numberValue })).toBeUndefined();
    expect(subnetCapacity({ subnetCidr: '10.0.0.0', nodeCount: 3 })).toBeUndefined();
  });

  test('check reports a full pod subnet', () => {
    const validator = newValidator();
    checkSubnetCapacity(validator, 'nodeCount', { subnetCidr: '10.0.128.0/24', nodeCount: 10, maxPodsPerNode: 31 });
    expect(rules(validator)).toEqual([
      "nodeCount: 10 nodes need 320 addresses in subnet 10.0.128.0/24 (up to 31 pods per node plus their VNIC addresses), but it has 253 usable after OCI's 3 reserved: use a larger subnet, fewer nodes or a lower maxPodsPerNode",
    ]);
  });

  test('check reports a full worker subnet', () => {
    const validator = newValidator();
    checkSubnetCapacity(validator, 'size', { subnetCidr: '10.0.0.0/29', nodeCount: 6 });
    expect(rules(validator)).toEqual([
      "size: 6 nodes need 6 addresses in subnet 10.0.0.0/29 (one address per node), but it has 5 usable after OCI's 3 reserved: use a larger subnet or fewer nodes",
    ]);
  });

  test('check passes when it fits or is unknown', () => {
    const { stack } = testStack();
    const validator = new Validator(stack, 'Test');
    const cidr = new TerraformVariable(stack, 'cidr', { type: 'string' });
    checkSubnetCapacity(validator, 'size', { subnetCidr: '10.0.16.0/20', nodeCount: 100 });
    checkSubnetCapacity(validator, 'size', { subnetCidr: cidr.stringValue, nodeCount: 100000 });
    expect(validator.ok).toBe(true);
  });

  test('flannel node capacity', () => {
    expect(flannelNodeCapacity('10.244.0.0/16')).toBe(512);
    expect(flannelNodeCapacity('10.0.0.0/12')).toBe(8192);
    expect(flannelNodeCapacity('10.0.0.0/25')).toBe(1);
    expect(flannelNodeCapacity('10.0.0.0/26')).toBe(0);
    expect(flannelNodeCapacity('nonsense')).toBeUndefined();
  });
});
