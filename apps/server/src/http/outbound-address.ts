import { lookup } from 'node:dns/promises';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/**
 * Where the server may send requests on an admin's say-so (webhooks): public addresses only,
 * unless the operator allows a private range (LENS_WEBHOOK_PRIVATE_RANGES, CIDR list). Without
 * this a webhook could read the cloud metadata service (169.254.169.254) or a database port on
 * the server's own network.
 */
const PRIVATE: ReadonlyArray<readonly [string, number, 'ipv4' | 'ipv6']> = [
  ['0.0.0.0', 8, 'ipv4'],
  ['10.0.0.0', 8, 'ipv4'],
  ['100.64.0.0', 10, 'ipv4'],
  ['127.0.0.0', 8, 'ipv4'],
  ['169.254.0.0', 16, 'ipv4'],
  ['172.16.0.0', 12, 'ipv4'],
  ['192.0.0.0', 24, 'ipv4'],
  ['192.168.0.0', 16, 'ipv4'],
  ['198.18.0.0', 15, 'ipv4'],
  ['224.0.0.0', 4, 'ipv4'],
  ['240.0.0.0', 4, 'ipv4'],
  ['::', 128, 'ipv6'],
  ['::1', 128, 'ipv6'],
  ['fc00::', 7, 'ipv6'],
  ['fe80::', 10, 'ipv6'],
  ['ff00::', 8, 'ipv6'],
];

const blocked = new BlockList();
for (const [net, prefix, type] of PRIVATE) blocked.addSubnet(net, prefix, type);

export interface OutboundPolicy {
  /** Why the URL may not be called (a sentence), or null when it may. */
  check(url: string): Promise<string | null>;
  /**
   * The name lookup to connect with: the addresses it gives are checked as they are used, so a
   * name that resolves to a public address when checked and to a private one when connecting
   * (DNS rebinding) is refused.
   */
  readonly lookup: LookupFunction;
}

/** Parses "10.0.0.0/8, fd00::/8" into a list; throws with the bad entry named. */
export function parseRanges(spec: string | undefined): BlockList {
  const list = new BlockList();
  for (const raw of (spec ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [net, bits] = raw.split('/');
    const type = isIP(net ?? '');
    const prefix = bits === undefined ? (type === 6 ? 128 : 32) : Number(bits);
    if (!type || !Number.isInteger(prefix) || prefix < 0 || prefix > (type === 6 ? 128 : 32))
      throw new Error(`not an address range (CIDR): "${raw}"`);
    list.addSubnet(net!, prefix, type === 6 ? 'ipv6' : 'ipv4');
  }
  return list;
}

/** An IPv4 address mapped into IPv6 (::ffff:127.0.0.1) is judged as the IPv4 address. */
function plain(address: string): { address: string; type: 'ipv4' | 'ipv6' } {
  const m = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (m) return { address: m[1]!, type: 'ipv4' };
  return { address, type: isIP(address) === 6 ? 'ipv6' : 'ipv4' };
}

export function outboundPolicy(
  allowed: BlockList = new BlockList(),
  resolve: (host: string) => Promise<string[]> = async (host) =>
    (await lookup(host, { all: true })).map((a) => a.address),
): OutboundPolicy {
  const refused = (address: string) => {
    const a = plain(address);
    return blocked.check(a.address, a.type) && !allowed.check(a.address, a.type);
  };
  const lookupChecked: LookupFunction = (hostname, options, callback) => {
    resolve(hostname).then(
      (addresses) => {
        const bad = addresses.find(refused);
        if (bad || addresses.length === 0)
          return callback(
            Object.assign(
              new Error(
                `${hostname} points to a private or local address (${bad ?? 'none'}) when connecting`,
              ),
              { code: 'ELENSREFUSED' },
            ),
            '',
          );
        const list = addresses.map((address) => ({ address, family: isIP(address) }));
        if ((options as { all?: boolean }).all)
          (callback as unknown as (e: null, l: typeof list) => void)(null, list);
        else callback(null, list[0]!.address, list[0]!.family);
      },
      (e: NodeJS.ErrnoException) => callback(e, ''),
    );
  };
  return {
    lookup: lookupChecked,
    async check(url) {
      let u: URL;
      try {
        u = new URL(url);
      } catch {
        return 'is not a URL';
      }
      if (u.protocol !== 'http:' && u.protocol !== 'https:') return 'must be an http(s) URL';
      if (u.username || u.password) return 'must not carry a user name or password';
      const host = u.hostname.replace(/^\[|\]$/g, '');
      let addresses: string[];
      if (isIP(host)) addresses = [host];
      else
        try {
          addresses = await resolve(host);
        } catch {
          return null; // not resolvable now: checked again before every delivery
        }
      const bad = addresses.find(refused);
      return bad
        ? `points to a private or local address (${bad}); the operator may allow a private range with LENS_WEBHOOK_PRIVATE_RANGES`
        : null;
    },
  };
}
