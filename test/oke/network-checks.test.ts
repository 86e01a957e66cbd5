import { TerraformVariable } from 'cdktf';
import { Validator } from '../../lib/core/validation';
import { CniType } from '../../lib/oke/network-interface';
import {
  checkClusterCidrs,
  checkFlannelNodeCapacity,
  checkSubnetCapacity,
  flannelNodeCapacity,
  SubnetNodePool,
  subnetAddressesNeeded,
  subnetCapacity,
} from '../../lib/oke/network-checks';
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

  test('list token VCN blocks pass', () => {
    const { stack } = testStack();
    const validator = new Validator(stack, 'Test');
    const blocks = new TerraformVariable(stack, 'blocks', { type: 'list(string)' });
    checkClusterCidrs(validator, { cni: CniType.FLANNEL, vcnCidrs: blocks.listValue });
    checkClusterCidrs(validator, { cni: CniType.FLANNEL, vcnCidrs: [...blocks.listValue] });
    expect(validator.ok).toBe(true);
  });
});

/** Returns a node pool whose worker subnet is the checked subnet. */
function workers(name: string, nodeCount: number): SubnetNodePool {
  return { name, nodeCount, isWorkerSubnet: true };
}

/** Returns a node pool whose VCN-native pod subnet is the checked subnet. */
function pods(name: string, nodeCount: number, maxPodsPerNode: number): SubnetNodePool {
  return { name, nodeCount, isWorkerSubnet: false, maxPodsPerNode };
}

describe('subnet capacity', () => {
  test('worker subnet takes one address per node', () => {
    expect(subnetAddressesNeeded(10)).toBe(10);
    expect(subnetCapacity({ subnetCidr: '10.0.0.0/28', nodePools: [workers('a', 13)] })).toEqual({ neededAddresses: 13, usableAddresses: 13, fits: true });
    expect(subnetCapacity({ subnetCidr: '10.0.0.0/28', nodePools: [workers('a', 14)] })).toEqual({ neededAddresses: 14, usableAddresses: 13, fits: false });
  });

  test('pod subnet counts pods and VNIC addresses', () => {
    expect(subnetAddressesNeeded(1, 31)).toBe(32);
    expect(subnetAddressesNeeded(1, 32)).toBe(34);
    expect(subnetAddressesNeeded(3, 110)).toBe(3 * (110 + 4));
  });

  test('default pod subnet fits 1000 nodes at 31 pods', () => {
    expect(subnetCapacity({ subnetCidr: '10.0.128.0/17', nodePools: [pods('a', 1000, 31)] })).toEqual({ neededAddresses: 32000, usableAddresses: 32765, fits: true });
  });

  test('pools sharing a subnet are summed', () => {
    const request = { subnetCidr: '10.0.1.0/24', nodePools: [workers('a', 100), workers('b', 100), workers('c', 100)] };
    expect(subnetCapacity(request)).toEqual({ neededAddresses: 300, usableAddresses: 253, fits: false });
  });

  test('shared worker and pod subnet counts nodes and pods', () => {
    const pool: SubnetNodePool = { name: 'a', nodeCount: 2, isWorkerSubnet: true, maxPodsPerNode: 31 };
    expect(subnetCapacity({ subnetCidr: '10.0.0.0/26', nodePools: [pool] })).toEqual({ neededAddresses: 2 + 2 * 32, usableAddresses: 61, fits: false });
  });

  test('tokens and invalid CIDRs', () => {
    const { stack } = testStack();
    const cidr = new TerraformVariable(stack, 'cidr', { type: 'string' });
    const count = new TerraformVariable(stack, 'count', { type: 'number' });
    expect(subnetCapacity({ subnetCidr: cidr.stringValue, nodePools: [workers('a', 3)] })).toBeUndefined();
    expect(subnetCapacity({ subnetCidr: '10.0.0.0', nodePools: [workers('a', 3)] })).toBeUndefined();
    expect(subnetCapacity({ subnetCidr: '10.0.0.0/29', nodePools: [workers('a', count.numberValue), workers('b', 4)] })).toEqual({
      neededAddresses: 4,
      usableAddresses: 5,
      fits: true,
    });
    expect(subnetCapacity({ subnetCidr: '10.0.0.0/29', nodePools: [pods('a', 3, count.numberValue)] })).toEqual({ neededAddresses: 0, usableAddresses: 5, fits: true });
  });

  test('check reports a full pod subnet', () => {
    const validator = newValidator();
    checkSubnetCapacity(validator, 'network.podSubnetCidr', { subnetCidr: '10.0.128.0/24', nodePools: [pods('test/cluster/pool', 10, 31)] });
    expect(rules(validator)).toEqual([
      'network.podSubnetCidr: "10.0.128.0/24" has 253 usable addresses after OCI\'s 3 reserved, fewer than the 320 that its node pools need ' +
        'at one address per pod up to maxPodsPerNode and one per secondary VNIC of 31 pods, so use a larger subnet, fewer nodes or a lower maxPodsPerNode. ' +
        'Node pools in the subnet: test/cluster/pool (10 nodes, up to 31 pods each)',
    ]);
  });

  test('check reports a full worker subnet', () => {
    const validator = newValidator();
    checkSubnetCapacity(validator, 'network.workerSubnetCidr', { subnetCidr: '10.0.0.0/29', nodePools: [workers('test/cluster/a', 5), workers('test/cluster/b', 1)] });
    expect(rules(validator)).toEqual([
      'network.workerSubnetCidr: "10.0.0.0/29" has 5 usable addresses after OCI\'s 3 reserved, fewer than the 6 that its node pools need ' +
        'at one address per node, so use a larger subnet or fewer nodes. Node pools in the subnet: test/cluster/a (5 nodes), test/cluster/b (1 node)',
    ]);
  });

  test('check reports a full shared worker and pod subnet', () => {
    const validator = newValidator();
    const pool: SubnetNodePool = { name: 'test/cluster/a', nodeCount: 2, isWorkerSubnet: true, maxPodsPerNode: 31 };
    checkSubnetCapacity(validator, 'network.workerSubnetCidr', { subnetCidr: '10.0.0.0/26', nodePools: [pool] });
    expect(rules(validator)).toEqual([
      'network.workerSubnetCidr: "10.0.0.0/26" has 61 usable addresses after OCI\'s 3 reserved, fewer than the 66 that its node pools need ' +
        'at one address per node, one per pod up to maxPodsPerNode and one per secondary VNIC of 31 pods, so use a larger subnet, fewer nodes or a lower maxPodsPerNode. ' +
        'Node pools in the subnet: test/cluster/a (2 nodes, up to 31 pods each)',
    ]);
  });

  test('check passes when it fits or is unknown', () => {
    const { stack } = testStack();
    const validator = new Validator(stack, 'Test');
    const cidr = new TerraformVariable(stack, 'cidr', { type: 'string' });
    const count = new TerraformVariable(stack, 'count', { type: 'number' });
    checkSubnetCapacity(validator, 'size', { subnetCidr: '10.0.16.0/20', nodePools: [workers('a', 100)] });
    checkSubnetCapacity(validator, 'size', { subnetCidr: cidr.stringValue, nodePools: [workers('a', 100000)] });
    checkSubnetCapacity(validator, 'size', { subnetCidr: '10.0.0.0/29', nodePools: [workers('a', count.numberValue)] });
    expect(validator.ok).toBe(true);
  });

  test('surge nodes take addresses like nodes', () => {
    const surging: SubnetNodePool = { name: 'a', nodeCount: 10, surgeNodeCount: 3, isWorkerSubnet: true };
    expect(subnetCapacity({ subnetCidr: '10.0.0.0/28', nodePools: [surging] })).toEqual({ neededAddresses: 13, usableAddresses: 13, fits: true });
    const pods: SubnetNodePool = { name: 'a', nodeCount: 7, surgeNodeCount: 1, isWorkerSubnet: false, maxPodsPerNode: 31 };
    expect(subnetCapacity({ subnetCidr: '10.0.0.0/24', nodePools: [pods] })).toEqual({ neededAddresses: 8 * 32, usableAddresses: 253, fits: false });
  });

  test('token surge counts as none', () => {
    const { stack } = testStack();
    const surge = new TerraformVariable(stack, 'surge', { type: 'number' });
    const pool: SubnetNodePool = { name: 'a', nodeCount: 13, surgeNodeCount: surge.numberValue, isWorkerSubnet: true };
    expect(subnetCapacity({ subnetCidr: '10.0.0.0/28', nodePools: [pool] })).toEqual({ neededAddresses: 13, usableAddresses: 13, fits: true });
  });

  test('check names the surge nodes', () => {
    const validator = newValidator();
    const pool: SubnetNodePool = { name: 'test/cluster/a', nodeCount: 5, surgeNodeCount: 1, isWorkerSubnet: true };
    checkSubnetCapacity(validator, 'network.workerSubnetCidr', { subnetCidr: '10.0.0.0/29', nodePools: [pool] });
    expect(rules(validator)).toEqual([
      'network.workerSubnetCidr: "10.0.0.0/29" has 5 usable addresses after OCI\'s 3 reserved, fewer than the 6 that its node pools need ' +
        'at one address per node, counting the surge nodes that node cycling adds, so use a larger subnet, fewer nodes or a lower nodeCycling.maximumSurge. ' +
        'Node pools in the subnet: test/cluster/a (5 nodes and 1 surge node)',
    ]);
  });

  test('flannel node capacity', () => {
    expect(flannelNodeCapacity('10.244.0.0/16')).toBe(512);
    expect(flannelNodeCapacity('10.0.0.0/12')).toBe(8192);
    expect(flannelNodeCapacity('10.0.0.0/25')).toBe(1);
    expect(flannelNodeCapacity('10.0.0.0/26')).toBe(0);
    expect(flannelNodeCapacity('nonsense')).toBeUndefined();
  });
});

describe('checkFlannelNodeCapacity', () => {
  test('nodes and surge nodes beyond the pods CIDR', () => {
    const validator = newValidator();
    checkFlannelNodeCapacity(validator, 'podsCidr', '192.168.0.0/25', [
      { name: 'test/cluster/a', nodeCount: 1, surgeNodeCount: 1 },
      { name: 'test/cluster/b', nodeCount: 2 },
    ]);
    expect(rules(validator)).toEqual([
      'podsCidr: "192.168.0.0/25" has room for 1 node at one /25 per node, fewer than the 4 nodes of the cluster\'s node pools, ' +
        'counting the surge nodes that node cycling adds, so use a larger pods CIDR, fewer nodes or a lower nodeCycling.maximumSurge. ' +
        'Node pools: test/cluster/a (1 node and 1 surge node), test/cluster/b (2 nodes)',
    ]);
  });

  test('nodes that fit pass', () => {
    const validator = newValidator();
    checkFlannelNodeCapacity(validator, 'podsCidr', '10.244.0.0/16', [{ name: 'a', nodeCount: 500, surgeNodeCount: 12 }]);
    expect(validator.ok).toBe(true);
  });

  test('tokens are left out', () => {
    const { stack } = testStack();
    const validator = new Validator(stack, 'Test');
    const cidr = new TerraformVariable(stack, 'cidr', { type: 'string' });
    const count = new TerraformVariable(stack, 'count', { type: 'number' });
    checkFlannelNodeCapacity(validator, 'podsCidr', cidr.stringValue, [{ name: 'a', nodeCount: 100000 }]);
    checkFlannelNodeCapacity(validator, 'podsCidr', '10.0.0.0/25', [{ name: 'a', nodeCount: count.numberValue }]);
    expect(validator.ok).toBe(true);
  });
});
