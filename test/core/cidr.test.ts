import { TerraformVariable, Token } from 'cdktf';
import { checkIpv4Cidr, Ipv4Cidr, OCI_RESERVED_ADDRESSES_PER_SUBNET, tryParseIpv4Cidr } from '../../lib/core/cidr';
import { Validator } from '../../lib/core/validation';
import { testStack } from '../helpers/stack';

describe('Ipv4Cidr', () => {
  test('parses and prints a block', () => {
    const cidr = Ipv4Cidr.parse('10.0.16.0/20');
    expect(cidr.toString()).toBe('10.0.16.0/20');
    expect(cidr.prefixLength).toBe(20);
    expect(cidr.networkAddress).toBe(10 * 2 ** 24 + 16 * 2 ** 8);
  });

  test('handles the top of the address space', () => {
    const cidr = Ipv4Cidr.parse('255.255.255.0/24');
    expect(cidr.toString()).toBe('255.255.255.0/24');
    expect(cidr.lastAddress).toBe(2 ** 32 - 1);
  });

  test.each([
    ['10.0.0.0', 'no prefix'],
    ['10.0.0/16', 'three octets'],
    ['10.0.0.256/32', 'octet above 255'],
    ['10.0.0.0/33', 'prefix above 32'],
    ['10.00.0.0/16', 'leading zero in an octet'],
    ['10.0.0.0/016', 'leading zero in the prefix'],
    [' 10.0.0.0/16', 'surrounding space'],
    ['a.b.c.d/8', 'letters'],
    ['', 'empty text'],
  ])('rejects %p (%s)', (text) => {
    expect(Ipv4Cidr.problem(text)).toBe('is not an IPv4 CIDR block: expected the form a.b.c.d/n, such as 10.0.0.0/16');
  });

  test('rejects host bits and names the network', () => {
    expect(Ipv4Cidr.problem('10.0.1.0/16')).toBe('has host bits set: use 10.0.0.0/16, the network address of that block');
    expect(() => Ipv4Cidr.parse('10.0.1.0/16')).toThrow("'10.0.1.0/16' has host bits set: use 10.0.0.0/16, the network address of that block");
  });

  test('accepts /0 and /32', () => {
    expect(Ipv4Cidr.problem('0.0.0.0/0')).toBeUndefined();
    expect(Ipv4Cidr.problem('10.1.2.3/32')).toBeUndefined();
  });

  test('size and usable subnet addresses', () => {
    expect(OCI_RESERVED_ADDRESSES_PER_SUBNET).toBe(3);
    expect(Ipv4Cidr.parse('10.0.0.0/24').size).toBe(256);
    expect(Ipv4Cidr.parse('10.0.0.0/24').usableSubnetAddresses).toBe(253);
    expect(Ipv4Cidr.parse('10.0.0.0/30').usableSubnetAddresses).toBe(1);
    expect(Ipv4Cidr.parse('10.0.0.0/31').usableSubnetAddresses).toBe(0);
    expect(Ipv4Cidr.parse('10.0.0.0/16').usableSubnetAddresses).toBe(65533);
  });

  test('contains', () => {
    const vcn = Ipv4Cidr.parse('10.0.0.0/16');
    expect(vcn.contains(Ipv4Cidr.parse('10.0.128.0/17'))).toBe(true);
    expect(vcn.contains(vcn)).toBe(true);
    expect(vcn.contains(Ipv4Cidr.parse('10.1.0.0/24'))).toBe(false);
    expect(vcn.contains(Ipv4Cidr.parse('10.0.0.0/15'))).toBe(false);
  });

  test('overlaps', () => {
    const workers = Ipv4Cidr.parse('10.0.16.0/20');
    expect(workers.overlaps(Ipv4Cidr.parse('10.0.31.0/24'))).toBe(true);
    expect(workers.overlaps(Ipv4Cidr.parse('10.0.0.0/8'))).toBe(true);
    expect(workers.overlaps(Ipv4Cidr.parse('10.0.32.0/20'))).toBe(false);
    expect(workers.overlaps(Ipv4Cidr.parse('10.0.15.255/32'))).toBe(false);
  });

  test('subnet matches Terraform cidrsubnet', () => {
    const vcn = Ipv4Cidr.parse('10.0.0.0/16');
    expect(vcn.subnet(28, 0).toString()).toBe('10.0.0.0/28');
    expect(vcn.subnet(24, 1).toString()).toBe('10.0.1.0/24');
    expect(vcn.subnet(20, 1).toString()).toBe('10.0.16.0/20');
    expect(vcn.subnet(17, 1).toString()).toBe('10.0.128.0/17');
  });

  test('subnet rejects bad arguments', () => {
    const vcn = Ipv4Cidr.parse('10.0.0.0/16');
    expect(() => vcn.subnet(15, 0)).toThrow('Cannot divide 10.0.0.0/16 into /15 blocks: the prefix length must be from 16 to 32.');
    expect(() => vcn.subnet(17, 2)).toThrow('10.0.0.0/16 has 2 blocks of /17: index 2 is out of range.');
  });
});

describe('checkIpv4Cidr', () => {
  test('records the problem and returns undefined', () => {
    const { stack } = testStack();
    const validator = new Validator(stack, 'Test');
    expect(checkIpv4Cidr(validator, 'cidr', '10.0.0.1/24')).toBeUndefined();
    expect(validator.recorded).toEqual([{ property: 'cidr', value: '10.0.0.1/24', rule: 'has host bits set: use 10.0.0.0/24, the network address of that block' }]);
  });

  test('returns the parsed block', () => {
    const { stack } = testStack();
    const validator = new Validator(stack, 'Test');
    expect(checkIpv4Cidr(validator, 'cidr', '192.168.0.0/16')?.toString()).toBe('192.168.0.0/16');
    expect(validator.ok).toBe(true);
  });

  test('token and undefined pass', () => {
    const { stack } = testStack();
    const variable = new TerraformVariable(stack, 'cidr', { type: 'string' });
    const validator = new Validator(stack, 'Test');
    expect(checkIpv4Cidr(validator, 'cidr', variable.stringValue)).toBeUndefined();
    expect(checkIpv4Cidr(validator, 'cidr', undefined)).toBeUndefined();
    expect(validator.ok).toBe(true);
  });

  test('tryParseIpv4Cidr skips tokens and invalid text', () => {
    expect(tryParseIpv4Cidr(Token.asString({ Ref: 'x' }))).toBeUndefined();
    expect(tryParseIpv4Cidr('nonsense')).toBeUndefined();
    expect(tryParseIpv4Cidr('10.0.0.0/8')?.size).toBe(2 ** 24);
  });
});
