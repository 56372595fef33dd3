import { isForbiddenAddress, isLoopbackHost } from '../../../src/net/addresses';
import { hostMatches } from '../../../src/net/host-rule';

describe('addresses an outbound call must never reach', () => {
  it('refuses loopback, private, link-local, CGNAT, multicast and reserved IPv4', () => {
    for (const ip of ['127.0.0.1', '127.5.5.5', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '255.255.255.255', '198.18.0.1']) {
      expect([ip, isForbiddenAddress(ip)]).toEqual([ip, true]);
    }
  });

  it('refuses the same addresses written as IPv6, and IPv6 loopback, unique-local and link-local', () => {
    for (const ip of ['::1', '::', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:169.254.169.254', '::ffff:a00:1', 'fc00::1', 'fd12:3456::1', 'fe80::1', 'fe80::1%eth0', 'ff02::1', '64:ff9b::a9fe:a9fe']) {
      expect([ip, isForbiddenAddress(ip)]).toEqual([ip, true]);
    }
  });

  it('lets public addresses through', () => {
    for (const ip of ['13.107.6.152', '52.112.0.1', '8.8.8.8', '172.32.0.1', '2603:1030::1', '::ffff:13.107.6.152']) {
      expect([ip, isForbiddenAddress(ip)]).toEqual([ip, false]);
    }
  });

  it('refuses what is not an address at all', () => {
    expect(isForbiddenAddress('example.com')).toBe(true);
    expect(isForbiddenAddress('')).toBe(true);
  });

  it('knows loopback host names', () => {
    expect(['localhost', '127.0.0.1', '[::1]', '::1'].every(isLoopbackHost)).toBe(true);
    expect(['10.0.0.1', 'example.com', '::2', 'localhost.example.com'].some(isLoopbackHost)).toBe(false);
  });
});

describe('host patterns of a channel', () => {
  it('matches exact names and *.domain patterns, nothing else', () => {
    expect(hostMatches('contoso.sharepoint.com', '*.sharepoint.com')).toBe(true);
    expect(hostMatches('contoso-my.sharepoint.com.', '*.sharepoint.com')).toBe(true);
    expect(hostMatches('sharepoint.com', '*.sharepoint.com')).toBe(false);
    expect(hostMatches('evilsharepoint.com', '*.sharepoint.com')).toBe(false);
    expect(hostMatches('sharepoint.com.evil.net', '*.sharepoint.com')).toBe(false);
    expect(hostMatches('smba.trafficmanager.net', 'smba.trafficmanager.net')).toBe(true);
    expect(hostMatches('x.smba.trafficmanager.net', 'smba.trafficmanager.net')).toBe(false);
  });
});
