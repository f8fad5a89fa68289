/** @module model: plain domain types shared by every stage. */
export * from './platform.js';
export * from './record.js';
export * from './record-kind.js';
export * from './record-id.js';
export * from './source.js';
export * from './raw-payload.js';
export * from './story.js';
export * from './claim.js';
export * from './timing.js';
export * from './edition.js';
export * from './record-digest.js';
export * from './push-to.js';
export * from './record-revision.js';
export * from './publisher-family.js';
export * from './record-enrichment.js';
export * from './record-time.js';
