// Lets a child process run the TypeScript sources as they are (what Jest tests, no build step): `.ts` files are
// transpiled on load with the project's compiler options, and @hamyar/shared resolves to shared/src. Used by
// the tests that start services as real processes (test/support/processes.ts).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');
const ts = require('typescript');

const root = path.resolve(__dirname, '..', '..');
const compilerOptions = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2022,
  esModuleInterop: true,
  experimentalDecorators: true,
  emitDecoratorMetadata: true,
  inlineSourceMap: true,
};

require.extensions['.ts'] = (module, filename) => {
  const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), { compilerOptions, fileName: filename });
  module._compile(outputText, filename);
};

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === '@hamyar/shared') request = path.join(root, 'shared', 'src', 'index.ts');
  return resolveFilename.call(this, request, ...rest);
};
