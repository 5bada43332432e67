import { addressProblem, routingUrlProblem, type ResolveHost } from './routing-url-policy';

const resolvesTo =
  (...addresses: string[]): ResolveHost =>
  async () =>
    addresses;

describe('the addresses a publisher may route the gateway to', () => {
  it('refuse metadata and link-local addresses under every policy, in every spelling', () => {
    for (const policy of ['public', 'loopback'] as const) {
      for (const address of [
        '169.254.169.254',
        '169.254.1.1',
        'fd00:ec2::254',
        'fe80::1',
        '100.100.100.200',
        '192.0.0.192',
        '0.0.0.0',
        '::',
        '::ffff:169.254.169.254',
        '::ffff:a9fe:a9fe',
      ]) {
        expect([policy, address, addressProblem(address, policy)]).toEqual([
          policy,
          address,
          expect.stringMatching(/link-local, metadata or otherwise reserved/),
        ]);
      }
    }
  });

  it('refuse loopback unless the deployment is local', () => {
    for (const address of ['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1', '::ffff:7f00:1']) {
      expect([address, addressProblem(address, 'public')]).toEqual([address, 'a loopback address']);
      expect([address, addressProblem(address, 'loopback')]).toEqual([address, null]);
    }
  });

  it('allow ordinary addresses, private networks included (a docker network, a province data centre)', () => {
    for (const address of ['10.0.0.5', '172.18.0.3', '192.168.1.10', '203.0.113.7', '2001:db8::1'])
      expect(addressProblem(address, 'public')).toBeNull();
  });

  it('check every address a host name resolves to, and refuse when any one is bad', async () => {
    expect(await routingUrlProblem('http://fars.example/graphql', 'public', resolvesTo('203.0.113.7'))).toBeNull();
    expect(await routingUrlProblem('http://fars.example/graphql', 'public', resolvesTo('203.0.113.7', '169.254.169.254'))).toBe(
      'its host "fars.example" resolves to a link-local, metadata or otherwise reserved address, which this registry does not route to',
    );
    expect(await routingUrlProblem('http://localhost:4101/graphql', 'public', resolvesTo('127.0.0.1'))).toBe(
      'its host "localhost" resolves to a loopback address, which this registry does not route to',
    );
  });

  it('refuse what is not an http(s) URL, numeric host spellings included', async () => {
    expect(await routingUrlProblem('file:///etc/passwd', 'loopback')).toBe('only http and https URLs are routed to');
    expect(await routingUrlProblem('gopher://fars.example/', 'loopback')).toBe('only http and https URLs are routed to');
    expect(await routingUrlProblem('not a url', 'loopback')).toBe('it is not a URL');
    expect(await routingUrlProblem('http://user:pw@fars.example/', 'loopback', resolvesTo('203.0.113.7'))).toBe(
      'a routing URL must not carry credentials',
    );
    expect(await routingUrlProblem('http://2130706433/graphql', 'public')).toBe(
      'its host is a loopback address, which this registry does not route to',
    );
    expect(await routingUrlProblem('http://[::ffff:127.0.0.1]/graphql', 'public')).toBe(
      'its host is a loopback address, which this registry does not route to',
    );
    expect(await routingUrlProblem('http://0251.0376.0251.0376/latest', 'loopback')).toMatch(/reserved address/);
  });

  it('say when a host name does not resolve', async () => {
    const fails: ResolveHost = async () => {
      throw new Error('ENOTFOUND');
    };
    expect(await routingUrlProblem('http://nowhere.invalid/graphql', 'public', fails)).toBe(
      'its host name "nowhere.invalid" does not resolve',
    );
  });
});
