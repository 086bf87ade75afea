export { Document, type DocumentMeta } from './document/document.js';
export type * from './document/layers.js';
export type { Span, Provenance } from './document/span.js';
export type { Stage } from './pipeline/stage.js';
export { Pipeline, checkOrder } from './pipeline/pipeline.js';
export { STAGES, defaultPipeline } from './stages/index.js';
export { extract, extractAll, processDocument, makeDocument, contentHash, type ExtractInput } from './extract.js';
export { buildRecord } from './record/build.js';
export type * from './record/types.js';
