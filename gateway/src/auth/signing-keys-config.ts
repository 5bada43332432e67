import fs from 'node:fs';
import path from 'node:path';
import { SigningKeySet, SigningKeysError, type EnvReader, type SigningKeySetJson } from '@hamyar/shared';

export interface SigningConfig {
  /** The gateway's private signing keys, as read at start-up (checked: every key parses, one signs now). */
  readonly keys: SigningKeySetJson;
  /** The file the keys came from, re-read every `reloadMs` so a rotation needs no restart; absent: from the env. */
  readonly keysFile?: string;
  readonly reloadMs: number;
}

const HOW_TO_MAKE = 'make one with `npm run keys > gateway-keys.json` (npm start makes one in .data/ for you)';

/**
 * The gateway's signing keys come from exactly one of GATEWAY_SIGNING_KEYS (the key set's JSON, e.g. from a
 * secret store) or GATEWAY_SIGNING_KEYS_FILE (a path; re-read for rotations). Only the gateway is given them.
 */
export function readSigningConfig(read: EnvReader): SigningConfig {
  const inline = read.optionalString('GATEWAY_SIGNING_KEYS');
  const file = read.optionalString('GATEWAY_SIGNING_KEYS_FILE');
  const reloadMs = read.positiveInt('GATEWAY_SIGNING_KEYS_RELOAD_MS', 10_000);
  const none = { keys: { keys: [] }, reloadMs };
  if (inline && file) {
    read.report('set only one of GATEWAY_SIGNING_KEYS and GATEWAY_SIGNING_KEYS_FILE: with both, which keys sign would be ambiguous');
    return none;
  }
  if (!inline && !file) {
    read.report(
      `GATEWAY_SIGNING_KEYS_FILE (or GATEWAY_SIGNING_KEYS) must be set: the gateway's private keys that sign forwarded identities; ${HOW_TO_MAKE}`,
    );
    return none;
  }
  let text = inline;
  const keysFile = file ? path.resolve(file) : undefined;
  if (keysFile) {
    try {
      text = fs.readFileSync(keysFile, 'utf8');
    } catch (error) {
      read.report(
        `GATEWAY_SIGNING_KEYS_FILE cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}): ${keysFile}; ${HOW_TO_MAKE}`,
      );
      return none;
    }
  }
  const where = keysFile ? 'GATEWAY_SIGNING_KEYS_FILE' : 'GATEWAY_SIGNING_KEYS';
  try {
    const set = SigningKeySet.parse(text!, where);
    set.current();
    return { keys: set.toJSON(), keysFile, reloadMs };
  } catch (error) {
    for (const problem of error instanceof SigningKeysError ? error.problems : [String(error)])
      read.report(problem.startsWith(where) ? problem : `${where}: ${problem}`);
    return none;
  }
}
