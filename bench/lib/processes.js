'use strict';
// Starting and stopping the processes a bench run measures: the real subgraphs, the three gateways, the
// recording proxy and the replaying stand-ins. Each is its own process, so its CPU and memory are its own.
const { fork } = require('node:child_process');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../..');

function startProcess(name, script, args, env, { ipc = false, execArgv = [] } = {}) {
  const child = fork(script, args, {
    cwd: ROOT,
    execArgv: ['--require', path.join(__dirname, '../processes/exit-with-parent.js'), ...execArgv],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const output = [];
  const keep = (chunk) => {
    output.push(chunk.toString());
    if (output.length > 200) output.shift();
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.name = name;
  child.output = () => output.join('');
  child.ask = (message, replyType) =>
    new Promise((resolve) => {
      const onMessage = (reply) => {
        if (reply && reply.type === replyType) {
          child.off('message', onMessage);
          resolve(reply);
        }
      };
      child.on('message', onMessage);
      child.send(message);
    });
  child.waitFor = (type) => new Promise((resolve) => child.on('message', (m) => m && m.type === type && resolve(m)));
  if (!ipc) child.channel?.unref();
  return child;
}

async function stopProcess(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const forced = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(forced);
}

/** Waits until a URL answers as `ready` says, or fails with the process's output. */
async function waitUntil(child, probe, seconds = 120) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${child.name} exited (${child.exitCode}):\n${child.output()}`);
    try {
      if (await probe()) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${child.name} was not ready within ${seconds} s:\n${child.output()}`);
}

module.exports = { ROOT, startProcess, stopProcess, waitUntil };
