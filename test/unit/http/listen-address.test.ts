import { describeListenAddress, listeningMessage } from '../../../src/http/listen-address';

describe('describeListenAddress: the real bound address and a URL that works from this machine', () => {
  it.each([
    [{ address: '0.0.0.0', family: 'IPv4', port: 3978 }, '0.0.0.0:3978', true, 'http://127.0.0.1:3978'],
    [{ address: '::', family: 'IPv6', port: 3978 }, '[::]:3978', true, 'http://[::1]:3978'],
    [{ address: '127.0.0.1', family: 'IPv4', port: 8080 }, '127.0.0.1:8080', false, 'http://127.0.0.1:8080'],
    [{ address: '10.20.0.5', family: 'IPv4', port: 3978 }, '10.20.0.5:3978', false, 'http://10.20.0.5:3978'],
    [{ address: 'fd00::5', family: 'IPv6', port: 3978 }, '[fd00::5]:3978', false, 'http://[fd00::5]:3978'],
  ])('%o', (address, bound, allInterfaces, url) => {
    expect(describeListenAddress(address)).toEqual({ bound, allInterfaces, url });
  });

  it('says in the log line that 0.0.0.0 is every interface, and gives the local endpoint', () => {
    const line = listeningMessage(describeListenAddress({ address: '0.0.0.0', family: 'IPv4', port: 3978 }));
    expect(line).toBe('Trợ lý Công vụ listening on 0.0.0.0:3978 (all interfaces); from this machine: http://127.0.0.1:3978/api/messages');
  });
});
