import type { Document } from '../document/document.js';
import type { LayerName } from '../document/layers.js';
import type { Stage } from './stage.js';

export class PipelineOrderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PipelineOrderError';
  }
}

/**
 * Checks once, at start-up, that every stage reads only layers written by an
 * earlier stage, and that no layer has two writers.
 */
export function checkOrder(stages: readonly Stage[]): void {
  const written = new Map<LayerName, string>();
  const problems: string[] = [];
  for (const stage of stages) {
    for (const layer of stage.reads) {
      if (!written.has(layer)) {
        problems.push(`stage "${stage.name}" reads layer "${layer}", which no earlier stage writes`);
      }
    }
    for (const layer of stage.writes) {
      const previous = written.get(layer);
      if (previous) problems.push(`layer "${layer}" is written by both "${previous}" and "${stage.name}"`);
      written.set(layer, stage.name);
    }
  }
  if (problems.length > 0) {
    throw new PipelineOrderError(`The pipeline in src/stages/index.ts is mis-ordered:\n- ${problems.join('\n- ')}`);
  }
}

export class Pipeline {
  readonly stages: readonly Stage[];

  constructor(stages: readonly Stage[]) {
    checkOrder(stages);
    this.stages = stages;
  }

  run(doc: Document): Document {
    for (const stage of this.stages) runStage(stage, doc);
    return doc;
  }

  /**
   * Runs every stage over all of `docs` before the next stage starts: the same annotations as
   * `run` on each document, in less time. A stage's code and the lexicon entries it reads stay in
   * the processor's caches from one document to the next; run document by document, the eight
   * other stages and the allocations of a whole document pass between two runs of a stage and push
   * them out, and each run starts cold (about half the time of a short document goes to that).
   * Stages keep no state between documents, so the order in which they see them changes nothing.
   */
  runAll(docs: readonly Document[]): readonly Document[] {
    for (const stage of this.stages) for (const doc of docs) runStage(stage, doc);
    return docs;
  }
}

function runStage(stage: Stage, doc: Document): void {
  try {
    stage.run(doc);
  } catch (error) {
    // A content problem in one stage must not lose the rest of the record.
    const message = error instanceof Error ? error.message : String(error);
    doc.report('error', stage.name, 'stage-failed', `stage ${stage.name} failed: ${message}`);
    for (const layer of stage.writes) if (!doc.has(layer)) doc.setLayer(layer, [], stage.name);
  }
}
