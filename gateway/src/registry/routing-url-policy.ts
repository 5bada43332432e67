import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/**
 * Which addresses the registry lets a publisher route the gateway to. A routing URL is a publisher's claim,
 * and the gateway (and the registry's probe) will send requests there from inside the national network: a
 * URL that names the gateway's own host, a cloud metadata service or a link-local address would turn the
 * registry into a way to reach what no province should reach (server-side request forgery).
 *
 * - `public` (the default, for any real deployment): loopback, link-local, metadata, unspecified and
 *   multicast addresses are refused;
 * - `loopback` (local `npm start` and the tests, where every subgraph runs on this machine): loopback is
 *   allowed, the rest is still refused.
 */
export type RoutingAddressPolicy = 'public' | 'loopback';
export const ROUTING_ADDRESS_POLICIES: readonly RoutingAddressPolicy[] = ['public', 'loopback'];

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

/** Never a subgraph: link-local (where every cloud's metadata service lives), metadata hosts, unspecified, multicast. */
const NEVER = new BlockList();
NEVER.addSubnet('169.254.0.0', 16, 'ipv4'); // link-local, 169.254.169.254 (AWS, GCP, Azure metadata)
NEVER.addSubnet('fe80::', 10, 'ipv6'); // link-local
NEVER.addAddress('fd00:ec2::254', 'ipv6'); // AWS metadata over IPv6
NEVER.addAddress('100.100.100.200', 'ipv4'); // Alibaba Cloud metadata
NEVER.addAddress('192.0.0.192', 'ipv4'); // Oracle Cloud metadata
NEVER.addSubnet('0.0.0.0', 8, 'ipv4'); // "this network": 0.0.0.0 reaches the host itself
NEVER.addAddress('::', 'ipv6');
NEVER.addSubnet('224.0.0.0', 4, 'ipv4'); // multicast
NEVER.addSubnet('ff00::', 8, 'ipv6');
NEVER.addAddress('255.255.255.255', 'ipv4');

/** An IPv4 address written as IPv6 (`::ffff:127.0.0.1`, `::ffff:7f00:1`) is checked as the IPv4 address it is. */
function unmapped(address: string): { address: string; family: 'ipv4' | 'ipv6' } {
  const lower = address.toLowerCase();
  const dotted = /^(?:0{0,4}:){0,5}:?ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower) ?? /^::(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return { address: dotted[1], family: 'ipv4' };
  const hex = /^(?:0{0,4}:){0,5}:?ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (hex) {
    const high = parseInt(hex[1], 16);
    const low = parseInt(hex[2], 16);
    return { address: [high >> 8, high & 255, low >> 8, low & 255].join('.'), family: 'ipv4' };
  }
  return { address, family: isIP(address) === 6 ? 'ipv6' : 'ipv4' };
}

/** Why one address may not be routed to under the policy, or null when it may. */
export function addressProblem(address: string, policy: RoutingAddressPolicy): string | null {
  const { address: plain, family } = unmapped(address);
  if (NEVER.check(plain, family)) return 'a link-local, metadata or otherwise reserved address';
  if (LOOPBACK.check(plain, family) && policy !== 'loopback') return 'a loopback address';
  return null;
}

export type ResolveHost = (host: string) => Promise<readonly string[]>;

const resolveWithDns: ResolveHost = async (host) => (await lookup(host, { all: true, verbatim: true })).map((entry) => entry.address);

/**
 * Why a routing URL is refused, or null when the gateway may route to it: http(s) only, no credentials in it,
 * and every address its host name resolves to allowed by the policy (one bad address is enough to refuse:
 * which one the gateway connects to is not the publisher's to decide).
 */
export async function routingUrlProblem(
  url: string,
  policy: RoutingAddressPolicy,
  resolve: ResolveHost = resolveWithDns,
): Promise<string | null> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'it is not a URL';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'only http and https URLs are routed to';
  if (parsed.username || parsed.password) return 'a routing URL must not carry credentials';
  const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses: readonly string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = await resolve(host);
    } catch {
      return `its host name "${host}" does not resolve`;
    }
  }
  if (addresses.length === 0) return `its host name "${host}" does not resolve`;
  for (const address of addresses) {
    const problem = addressProblem(address, policy);
    if (problem)
      return `${isIP(host) ? 'its host is' : `its host "${host}" resolves to`} ${problem}, which this registry does not route to`;
  }
  return null;
}
