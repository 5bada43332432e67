#!/usr/bin/env node
// Runs before `npm test`: the browser test drives Debian's Chromium through playwright-core (a browser
// download would need the internet; Debian's package comes from the machine's own mirror). On a fresh
// machine where we may install packages (root with apt-get), install it once, so that the README's `npm test`
// is the whole set-up; anywhere else say what to do and go on: the browser test then fails naming the fix.
'use strict';
const fs = require('node:fs');
const { spawnSync } = require('node:child_process');

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function main() {
  if (fs.existsSync(CHROMIUM)) return;
  if (process.env.CHROMIUM_PATH) {
    console.warn(`CHROMIUM_PATH=${CHROMIUM} does not exist; the browser test will fail until it does.`);
    return;
  }
  const canInstall = process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!canInstall) {
    console.warn('Chromium is not installed: run `sudo apt-get install -y chromium` (or set CHROMIUM_PATH); the browser test needs it.');
    return;
  }
  console.log('Installing Chromium for the browser test (once per machine): apt-get install -y chromium');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', 'chromium'],
  ]) {
    // dpkg's hundreds of lines say nothing on success; on failure they are the diagnosis, so show them then.
    const { status, stdout, stderr } = spawnSync('apt-get', args, { encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
    if (status !== 0) {
      console.warn(
        `${stdout}${stderr}\napt-get ${args.join(' ')} failed (exit ${status}); the browser test will fail until Chromium is installed.`,
      );
      return;
    }
  }
  console.log(`Chromium installed at ${CHROMIUM}.`);
}

main();
