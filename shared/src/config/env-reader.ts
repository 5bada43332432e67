import { isIP } from 'node:net';
import { ConfigError } from './config-error';

export type Env = Readonly<Record<string, string | undefined>>;

/**
 * Reads typed settings from the environment and collects every problem instead of stopping at the first,
 * so start-up reports all bad values at once (`finish()` throws a ConfigError listing them).
 */
export class EnvReader {
  private readonly problems: string[] = [];

  constructor(private readonly env: Env) {}

  string(name: string, fallback: string): string {
    const raw = this.env[name];
    return raw === undefined || raw.trim() === '' ? fallback : raw.trim();
  }

  optionalString(name: string): string | undefined {
    const raw = this.env[name];
    return raw === undefined || raw.trim() === '' ? undefined : raw.trim();
  }

  port(name: string, fallback: number): number {
    const raw = this.optionalString(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || value < 0 || value > 65535) {
      this.problems.push(`${name} must be a TCP port number from 0 to 65535, got "${raw}"`);
      return fallback;
    }
    return value;
  }

  positiveInt(name: string, fallback: number): number {
    const raw = this.optionalString(name);
    if (raw === undefined) return fallback;
    if (!/^\d+$/.test(raw) || Number(raw) < 1) {
      this.problems.push(`${name} must be a whole number of at least 1, got "${raw}"`);
      return fallback;
    }
    return Number(raw);
  }

  /** `name=number,name=number` (e.g. per-subgraph timeouts), each number a whole number of at least 1. */
  positiveIntMap(name: string): Record<string, number> {
    const raw = this.optionalString(name);
    const map: Record<string, number> = {};
    if (raw === undefined) return map;
    for (const entry of raw
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)) {
      const match = /^([a-z0-9][a-z0-9-]*)=(\d+)$/.exec(entry);
      if (!match || Number(match[2]) < 1) {
        this.problems.push(`${name} must be a comma-separated list of name=number (e.g. "projects=5000"), got "${entry}"`);
        continue;
      }
      map[match[1]] = Number(match[2]);
    }
    return map;
  }

  /** A fraction from 0 to 1 (e.g. a share of calls). */
  fraction(name: string, fallback: number): number {
    const raw = this.optionalString(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < 0 || value > 1) {
      this.problems.push(`${name} must be a number from 0 to 1, got "${raw}"`);
      return fallback;
    }
    return value;
  }

  /** A whole number of at least 0. */
  count(name: string, fallback: number): number {
    const raw = this.optionalString(name);
    if (raw === undefined) return fallback;
    if (!/^\d+$/.test(raw)) {
      this.problems.push(`${name} must be a whole number of at least 0, got "${raw}"`);
      return fallback;
    }
    return Number(raw);
  }

  boolean(name: string, fallback: boolean): boolean {
    const raw = this.optionalString(name)?.toLowerCase();
    if (raw === undefined) return fallback;
    if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
    if (['0', 'false', 'no', 'off'].includes(raw)) return false;
    this.problems.push(`${name} must be true or false, got "${raw}"`);
    return fallback;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const raw = this.optionalString(name);
    if (raw === undefined) return fallback;
    if (!(allowed as readonly string[]).includes(raw)) {
      this.problems.push(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
      return fallback;
    }
    return raw as T;
  }

  /**
   * Which proxies in front of the service to believe about the client's address (X-Forwarded-For), in
   * Express's `trust proxy` terms: a number of hops, or addresses, CIDR ranges and the names loopback,
   * linklocal, uniquelocal. Unset: none, the socket's peer is the client (a forged header changes nothing).
   * `true` (everyone) is refused: any caller could then choose its own address and its own rate limit.
   */
  trustProxy(name: string): number | readonly string[] | undefined {
    const raw = this.optionalString(name);
    if (raw === undefined) return undefined;
    if (/^\d+$/.test(raw) && Number(raw) >= 1 && Number(raw) <= 10) return Number(raw);
    const entries = raw
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean);
    const named = ['loopback', 'linklocal', 'uniquelocal'];
    const bad = entries.filter((entry) => {
      if (named.includes(entry)) return false;
      const [address, bits, ...extra] = entry.split('/');
      const family = isIP(address);
      if (family === 0 || extra.length > 0) return true;
      return bits !== undefined && !(/^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
    });
    if (entries.length === 0 || bad.length > 0) {
      this.problems.push(
        `${name} must be a number of proxy hops (1-10) or a comma-separated list of addresses, CIDR ranges, loopback, linklocal or uniquelocal, got "${raw}"`,
      );
      return undefined;
    }
    return entries;
  }

  url(name: string, protocols: readonly string[]): string | undefined {
    const raw = this.optionalString(name);
    if (raw === undefined) return undefined;
    try {
      const parsed = new URL(raw);
      if (!protocols.includes(parsed.protocol)) {
        this.problems.push(`${name} must be a ${protocols.join(' or ')} URL, got "${redact(raw)}"`);
      }
    } catch {
      this.problems.push(`${name} is not a valid URL: "${redact(raw)}"`);
    }
    return raw;
  }

  identifier(name: string, fallback: string): string {
    const value = this.string(name, fallback);
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(value)) {
      this.problems.push(`${name} must be a lower-case SQL identifier (letters, digits, _), got "${value}"`);
      return fallback;
    }
    return value;
  }

  /** A required secret of at least `minLength` characters; its value never appears in a message. */
  secret(name: string, minLength: number): string {
    const raw = this.optionalString(name);
    if (raw === undefined) {
      this.problems.push(`${name} must be set (a random string of at least ${minLength} characters; npm start makes one)`);
      return '';
    }
    if (raw.length < minLength) this.problems.push(`${name} must be at least ${minLength} characters long`);
    return raw;
  }

  optionalSecret(name: string, minLength: number): string | undefined {
    return this.optionalString(name) === undefined ? undefined : this.secret(name, minLength);
  }

  /** Records a problem found by a reader outside this class (e.g. a file a variable points at). */
  report(problem: string): void {
    this.problems.push(problem);
  }

  finish(): void {
    // A variable read twice (a port that is also part of a peer's URL) is reported once.
    if (this.problems.length > 0) throw new ConfigError([...new Set(this.problems)]);
  }
}

/** Database URLs carry passwords; never echo one back in an error message. */
function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
