// Module resolution hook registered by compiled.mjs: an import of ../src/X.js written in a file
// of bench/ resolves to ../dist/X.js. Hooks registered later run first, so this one sees the
// specifier before tsx maps .js to .ts.
const BENCH = new URL('./', import.meta.url).href;

export async function resolve(specifier, context, next) {
  if (specifier.startsWith('../src/') && context.parentURL?.startsWith(BENCH)) {
    return next(`../dist/${specifier.slice('../src/'.length)}`, context);
  }
  return next(specifier, context);
}
