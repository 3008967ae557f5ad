/**
 * Kept so that code written against the first layout still compiles: the transformers moved to
 * common/editor/markdownTransformers.ts and these types to ./exportContext.ts. Import from there.
 */
export type { EventEvidenceLocator, ExportContext } from './exportContext';
