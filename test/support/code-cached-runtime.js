// Jest's runtime, with V8's code cache kept per worker. Jest evaluates every module afresh in each test file and
// compiles its source again each time: for an integration file, which loads Apollo, graphql, TypeORM and the
// services, compiling was about 0.55 s of CPU, more than anything else a file does before its own work. V8
// does not reuse a compilation across Jest's scripts by itself (each carries its own dynamic-import callback),
// but it accepts the code cache of an earlier compilation of the same source. Modules are still evaluated afresh
// in every file, so nothing a test sees is shared; only the compiler's output is.
'use strict';
const { Script } = require('node:vm');
const Runtime = require('jest-runtime').default;
const { handlePotentialSyntaxError } = require('@jest/transform');

/** Per worker, by file name: the source compiled, and V8's code cache of it. */
const codeCache = new Map();

class CodeCachedRuntime extends Runtime {
  /** Scripts this test file compiled with no cache, to make the cache of when the file ends. */
  compiledAfresh = [];

  // As Jest's own (jest-runtime 29.7), plus the code cache.
  createScriptFromCode(scriptSource, filename) {
    const scriptFilename = this._resolver.isCoreModule(filename) ? `jest-nodejs-core-${filename}` : filename;
    const source = this.wrapCodeInModuleWrapper(scriptSource);
    // Code compiled from another script's cache calls that script's dynamic-import callback, long gone with
    // its test file ("A dynamic import callback was not specified"): a source that imports dynamically (PGlite
    // loads its WebAssembly so) is compiled afresh each time.
    const cacheable = !source.includes('import(');
    const cached = cacheable ? codeCache.get(scriptFilename) : undefined;
    const cachedData = cached?.source === source ? cached.data : undefined;
    let script;
    try {
      script = new Script(source, {
        cachedData,
        columnOffset: this._fileTransforms.get(filename)?.wrapperLength,
        displayErrors: true,
        filename: scriptFilename,
        importModuleDynamically: async (specifier) => {
          const context = this._environment.getVmContext?.();
          if (!context) throw new Error('Test environment has been torn down');
          const module = await this.resolveModule(specifier, scriptFilename, context);
          return this.linkAndEvaluateModule(module);
        },
      });
    } catch (error) {
      throw handlePotentialSyntaxError(error);
    }
    if (cacheable && (!cachedData || script.cachedDataRejected)) this.compiledAfresh.push({ filename: scriptFilename, source, script });
    return script;
  }

  // The cache is made when the file ends, so it holds the functions the file ran (compiled lazily, on first
  // call) as well as the top level; and no script is kept past its file, since a script's dynamic-import
  // callback holds the file's whole runtime, its modules and their databases.
  teardown() {
    for (const { filename, source, script } of this.compiledAfresh) codeCache.set(filename, { source, data: script.createCachedData() });
    this.compiledAfresh = [];
    super.teardown();
  }
}

module.exports = CodeCachedRuntime;
