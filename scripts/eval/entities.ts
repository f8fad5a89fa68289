/**
 * Named entities against ECB+'s entity mentions (ecb-plus-mentions.ts): the old capitalisation
 * evidence (entityCandidates, single lower-cased terms, names by findProperNouns' collection rule)
 * and the new wink-nlp phrases (findEntities), side by side on the same documents.
 *
 * Texts: each document's annotated sentences only (ECB+ annotates the sentences about its seminal
 * event; an unannotated sentence's names would all count as false positives). Gold: the entity
 * mentions (people, organisations, places, objects) whose words are all capitalised, leading "the"
 * dropped, lower-cased, distinct per document. A system phrase matches a gold mention when they are
 * equal (exact) or end in the same word (head: "Reid" ~ "Tara Reid"). Precision is the share of a
 * document's distinct phrases matching some gold mention, recall the share of gold mentions matched,
 * both micro-averaged. Token scores compare the sets of words instead. Type accuracy: over gold
 * mentions with a type that a phrase matches (exact first, else head), the share typed alike.
 * Speed: ms per record over every document's full text, enrichRecord and findEntities, and recall by
 * how much text findEntities reads (ENTITY_TEXT_CHARS).
 */
import { corporaDir, type TaskResult } from '../harness.js';
import type { EntityMention, EntityType } from '../../src/model/index.js';
import { nameEvidenceOf, properNounsFrom } from '../../src/enrich/find-proper-nouns.js';
import { ENTITY_TEXT_CHARS, findEntities } from '../../src/enrich/find-entities.js';
import { buildGazetteer } from '../../src/enrich/build-gazetteer.js';
import { enrichRecord } from '../../src/enrich/enrich-record.js';
import { winkModel } from '../../src/enrich/wink-model.js';
import { readEcbPlusMentions, type EcbDocument, type GoldMention } from './ecb-plus-mentions.js';

/** Text lengths findEntities is timed and scored at, around the default. */
const TEXT_CHAR_STEPS = [500, 1_000, 2_000, ENTITY_TEXT_CHARS, Number.POSITIVE_INFINITY];
const CONNECTORS = new Set(['of', '&', 'and', 'de', 'da', 'del', 'der', 'van', 'von', 'du', 'la', 'le']);

interface Typed {
  text: string;
  type: EntityType;
}

export async function evalEntities(): Promise<TaskResult> {
  const root = corporaDir();
  if (!root) {
    process.stdout.write('entities eval skipped: ../shared/corpora is absent\n');
    return { rows: [], json: { skipped: true } };
  }
  const loadStarted = performance.now();
  const rssBefore = process.memoryUsage().rss;
  winkModel();
  const modelLoad = {
    ms: Math.round(performance.now() - loadStarted),
    rssMb: Math.round((process.memoryUsage().rss - rssBefore) / 1e5) / 10,
  };
  const documents = readEcbPlusMentions(root);

  const evidence = documents.map((document) => nameEvidenceOf(document.annotatedText));
  const names = properNounsFrom(evidence);
  const old = evidence.map((candidates) =>
    candidates.filter(([term]) => names.has(term)).map(([term]): Typed => ({ text: term, type: 'other' })),
  );
  const mentions = documents.map((document) =>
    findEntities({ title: null, text: document.annotatedText }, { textChars: Number.POSITIVE_INFINITY }),
  );
  const gazetteer = buildGazetteer(mentions);
  const wink = mentions.map((list) =>
    list.map((mention): Typed => ({ text: lower(mention.text), type: mention.type })),
  );
  const winkGazetteer = mentions.map((list) =>
    list.map((mention): Typed => ({ text: lower(mention.text), type: gazetteer.entryOf(mention.text)!.type })),
  );

  const systems = [
    { method: 'capitalisation evidence (old: single terms)', phrases: old, typed: false },
    { method: 'wink POS phrases, own-record types (new)', phrases: wink, typed: true },
    { method: 'wink POS phrases, gazetteer types (new)', phrases: winkGazetteer, typed: true },
  ];
  const scored = systems.map((system) => ({
    method: system.method,
    ...score(documents, system.phrases),
    typeAccuracy: system.typed ? typeAccuracy(documents, system.phrases) : null,
  }));
  const speed = measureSpeed(documents);
  const goldMentions = documents.reduce((sum, document) => sum + document.gold.length, 0);
  const rows = scored.map((result) => ({
    method: result.method,
    'P exact': result.exact.precision,
    'R exact': result.exact.recall,
    'F1 exact': result.exact.f1,
    'P head': result.head.precision,
    'R head': result.head.recall,
    'F1 head': result.head.f1,
    'token F1': result.token.f1,
    'type acc': result.typeAccuracy ? result.typeAccuracy.accuracy : '',
  }));
  process.stdout.write(
    `${documents.length} documents, ${goldMentions} distinct proper-noun gold mentions; wink model load ${modelLoad.ms} ms, +${modelLoad.rssMb} MB rss\n`,
  );
  for (const step of speed.steps)
    process.stdout.write(
      `findEntities reading ${step.textChars} chars: ${step.msPerRecord} ms/record, full-text head recall ${step.headRecall}\n`,
    );
  process.stdout.write(
    `enrichRecord: ${speed.enrichMsPerRecord} ms/record (${speed.enrichRecordsPerSecond} records/s); without findEntities: ${speed.withoutEntitiesMsPerRecord} ms/record\n`,
  );
  return { rows, json: { documents: documents.length, goldMentions, modelLoad, systems: scored, speed } };
}

function score(documents: EcbDocument[], phrases: Typed[][]) {
  const exact = { matched: 0, found: 0, goldMatched: 0, gold: 0 };
  const head = { ...exact };
  const token = { ...exact };
  documents.forEach((document, index) => {
    const found = [...new Set(phrases[index]!.map((phrase) => phrase.text))];
    const gold = document.gold.map((mention) => mention.text);
    for (const [tally, matches] of [
      [exact, isExact],
      [head, isHeadMatch],
    ] as const) {
      tally.found += found.length;
      tally.gold += gold.length;
      tally.matched += found.filter((phrase) => gold.some((mention) => matches(phrase, mention))).length;
      tally.goldMatched += gold.filter((mention) => found.some((phrase) => matches(phrase, mention))).length;
    }
    const foundWords = wordsOf(found);
    const goldWords = wordsOf(gold);
    token.found += foundWords.size;
    token.gold += goldWords.size;
    token.matched += [...foundWords].filter((word) => goldWords.has(word)).length;
    token.goldMatched += [...goldWords].filter((word) => foundWords.has(word)).length;
  });
  return { exact: prf(exact), head: prf(head), token: prf(token) };
}

function typeAccuracy(documents: EcbDocument[], phrases: Typed[][]) {
  let compared = 0;
  let same = 0;
  const confusion: Record<string, Record<string, number>> = {};
  documents.forEach((document, index) => {
    for (const mention of document.gold.filter(
      (gold): gold is GoldMention & { type: EntityType } => gold.type !== null,
    )) {
      const found =
        phrases[index]!.find((phrase) => isExact(phrase.text, mention.text)) ??
        phrases[index]!.find((phrase) => isHeadMatch(phrase.text, mention.text));
      if (!found) continue;
      compared += 1;
      if (found.type === mention.type) same += 1;
      const row = (confusion[mention.type] ??= {});
      row[found.type] = (row[found.type] ?? 0) + 1;
    }
  });
  return { compared, accuracy: round(same / Math.max(compared, 1)), confusion };
}

function measureSpeed(documents: EcbDocument[]) {
  const records = documents.map((document) => ({ title: null, text: document.fullText }));
  const timePerRecord = (run: () => void): number => {
    const started = performance.now();
    run();
    return Math.round(((performance.now() - started) / records.length) * 1000) / 1000;
  };
  for (const record of records.slice(0, 50)) findEntities(record); // Warm up the JIT before timing.
  const steps = TEXT_CHAR_STEPS.map((textChars) => {
    let found: EntityMention[][] = [];
    const msPerRecord = timePerRecord(() => {
      found = records.map((record) => findEntities(record, { textChars }));
    });
    const phrases = found.map((list) =>
      list.map((mention): Typed => ({ text: lower(mention.text), type: mention.type })),
    );
    return {
      textChars: Number.isFinite(textChars) ? textChars : 'all',
      msPerRecord,
      headRecall: score(documents, phrases).head.recall,
    };
  });
  const entitiesMs = timePerRecord(() => {
    for (const record of records) findEntities(record);
  });
  const enrichMs = timePerRecord(() => {
    for (const record of records) enrichRecord(record);
  });
  const meanChars = Math.round(records.reduce((sum, record) => sum + record.text.length, 0) / records.length);
  return {
    meanChars,
    steps,
    entitiesMsPerRecord: entitiesMs,
    enrichMsPerRecord: enrichMs,
    enrichRecordsPerSecond: Math.round(1000 / enrichMs),
    withoutEntitiesMsPerRecord: round(enrichMs - entitiesMs),
  };
}

const isExact = (phrase: string, gold: string): boolean => phrase === gold;
const isHeadMatch = (phrase: string, gold: string): boolean => phrase === gold || lastWord(phrase) === lastWord(gold);

function lastWord(text: string): string {
  const words = text.split(' ');
  return words[words.length - 1]!;
}

function wordsOf(phrases: string[]): Set<string> {
  return new Set(phrases.flatMap((phrase) => phrase.split(' ')).filter((word) => !CONNECTORS.has(word)));
}

function prf(tally: { matched: number; found: number; goldMatched: number; gold: number }) {
  const precision = tally.matched / Math.max(tally.found, 1);
  const recall = tally.goldMatched / Math.max(tally.gold, 1);
  return {
    precision: round(precision),
    recall: round(recall),
    f1: round(precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0),
    found: tally.found,
    gold: tally.gold,
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function lower(text: string): string {
  return text.toLocaleLowerCase('en-US');
}
