import { describe, expect, it } from 'vitest';
import { isPrivateAddress } from './ip-ranges';

describe('isPrivateAddress', () => {
  it.each(['127.0.0.1', '127.8.9.10', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '255.255.255.255'])('blocks IPv4 %s', (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each(['::1', '::', 'fd00::1', 'fc12:3456::1', 'fe80::1%eth0', 'ff02::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:a9fe:a9fe', '64:ff9b::10.0.0.1', '2002:c0a8:0101::1'])('blocks IPv6 %s', (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8', '2a00:1450:4009:81f::200e'])('allows public %s', (address) => {
    expect(isPrivateAddress(address)).toBe(false);
  });

  it('blocks what is not an address at all', () => {
    expect(isPrivateAddress('localhost')).toBe(true);
    expect(isPrivateAddress('1.2.3')).toBe(true);
  });
});
