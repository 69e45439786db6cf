/**
 * Preloaded with `node --require` by test/robustness/promises.test.ts: every
 * socket and DNS function throws, and each attempt is appended to the file
 * named by CASELINT_NETWORK_LOG (a caller that swallowed the throw is still seen).
 */
import * as fs from 'fs';

const log = process.env['CASELINT_NETWORK_LOG'];

function refuse(what: string): never {
  if (log) fs.appendFileSync(log, `${what}\n`);
  throw new Error(`network access (${what}) is not allowed`);
}

function patch(module: Record<string, unknown>, name: string, names: readonly string[]): void {
  for (const fn of names) {
    if (typeof module[fn] === 'function') module[fn] = () => refuse(`${name}.${fn}`);
  }
}

/* eslint-disable @typescript-eslint/no-require-imports */
const net = require('net') as Record<string, unknown> & { Socket: { prototype: Record<string, unknown> } };
patch(net, 'net', ['connect', 'createConnection', 'createServer']);
net.Socket.prototype['connect'] = () => refuse('net.Socket.connect');
const dns = require('dns') as Record<string, unknown> & { promises: Record<string, unknown> };
const DNS = ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveMx', 'resolveNs', 'resolveTxt', 'resolveSrv', 'reverse'];
patch(dns, 'dns', DNS);
patch(dns.promises, 'dns.promises', DNS);
for (const name of ['http', 'https']) patch(require(name) as Record<string, unknown>, name, ['request', 'get', 'createServer']);
patch(require('tls') as Record<string, unknown>, 'tls', ['connect', 'createServer']);
patch(require('dgram') as Record<string, unknown>, 'dgram', ['createSocket']);
if (typeof globalThis.fetch === 'function') globalThis.fetch = () => refuse('fetch');
