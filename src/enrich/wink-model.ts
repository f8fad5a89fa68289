/**
 * @module enrich/wink-model
 * The one wink-nlp instance (English lite web model, sentence splitting and part-of-speech tags),
 * loaded on first use so that commands which never enrich a record never pay for it.
 */
import { createRequire } from 'node:module';
import type { Model, WinkMethods } from 'wink-nlp';

/**
 * The pipe wink runs: sentence boundaries and POS tags only. Named-entity recognition, negation and
 * sentiment are left out (find-entities reads POS tags, and each extra step costs time per record).
 */
export const WINK_PIPE: readonly string[] = ['sbd', 'pos'];

let instance: WinkMethods | undefined;

/**
 * The shared wink-nlp instance, loaded synchronously on the first call (enrichRecord is synchronous).
 * Measured on a 2-core box: about 110 ms and 57 MB of resident memory to load (docs/PERFORMANCE.md).
 */
export function winkModel(): WinkMethods {
  if (!instance) {
    // Both packages are CommonJS; createRequire keeps the load lazy and synchronous under ESM.
    const require = createRequire(import.meta.url);
    const winkNLP = require('wink-nlp') as (model: Model, pipe?: string[]) => WinkMethods;
    const model = require('wink-eng-lite-web-model') as Model;
    instance = winkNLP(model, [...WINK_PIPE]);
  }
  return instance;
}
