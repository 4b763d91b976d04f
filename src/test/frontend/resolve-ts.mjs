// Lets `node --test` load frontend/ as Vite does: a relative import without an extension is the `.ts` file.
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    const relative = specifier.startsWith('./') || specifier.startsWith('../');
    if (relative && !/\.[cm]?[jt]s$/.test(specifier)) {
      try {
        return nextResolve(`${specifier}.ts`, context);
      } catch {
        // not a TypeScript module: resolve it as written
      }
    }
    return nextResolve(specifier, context);
  },
});
