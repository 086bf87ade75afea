export { buildDossier, DossierInputError, type DossierOptions } from './build.js';
export { PartyError, resolveParty } from './party.js';
export { renderText } from './render/text.js';
export { renderMarkdown } from './render/markdown.js';
export { renderHtml } from './render/html.js';
export { chartModel, type ChartModel } from './chart.js';
export type * from './types.js';
