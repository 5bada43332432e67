'use strict';
// Lets plain Node run this repository's TypeScript sources (`require('./x.ts')`) by transpiling each file as it
// is loaded, with the compiler the repository already depends on. Used where there is no build to run: the
// `hamyar` CLI right after `npm install`, and the registry's check worker while the tests run the sources.
// Types are not checked here (`npm run typecheck` does that); only `.ts` files under this repository are
// transpiled.
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

const root = path.resolve(__dirname, '..', '..');
if (!require.extensions['.ts']) {
  require.extensions['.ts'] = (module, filename) => {
    if (!filename.startsWith(root + path.sep) || filename.includes(`${path.sep}node_modules${path.sep}`)) {
      throw new Error(`register-ts: refusing to transpile ${filename}, outside this repository's sources`);
    }
    const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
      fileName: filename,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        esModuleInterop: true,
        experimentalDecorators: true,
        emitDecoratorMetadata: true,
        sourceMap: false,
        inlineSourceMap: true,
      },
    });
    module._compile(outputText, filename);
  };
}
