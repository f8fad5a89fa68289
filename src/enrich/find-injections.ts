/**
 * @module enrich/find-injections
 * Finds text in a source record that tries to instruct whoever reads it (an editorial engine, a
 * model) rather than inform: instruction phrases in several languages, requests to emit links or
 * images, markup, fake citation markers, claims of authority ("verified by the editors", "SYSTEM
 * OVERRIDE", "the verified fact is"), hidden characters and Base64-wrapped instructions. Lookalike
 * letters ("Ιgnore" with a Greek iota) are folded to Latin before the patterns run. Records are data;
 * a finding keeps the text out of every published sentence.
 */
import { foldConfusables } from './fold-confusables.js';

/** What kind of injection a finding is. */
export const INJECTION_KINDS = [
  'instruction',
  'other-language',
  'output-request',
  'markup',
  'fake-citation',
  'verified-claim',
  'hidden-characters',
  'encoded',
] as const;
export type InjectionKind = (typeof INJECTION_KINDS)[number];

export interface InjectionFinding {
  kind: InjectionKind;
  /** The matched text, at most {@link MAX_EXCERPT} characters, hidden characters shown as \u escapes. */
  excerpt: string;
}

/** Excerpts are for the audit, not a copy of the record. */
export const MAX_EXCERPT = 80;
/** Base64 runs shorter than this are ids and hashes, not hidden messages. */
const MIN_BASE64_LENGTH = 24;

const PATTERNS: ReadonlyArray<readonly [InjectionKind, RegExp]> = [
  // "Drivers ignore the rules" is news; "ignore all previous instructions" is not.
  [
    'instruction',
    /\b(?:ignore|disregard|forget|override|bypass)\b[^.!?\n]{0,40}\b(?:previous|prior|above|earlier|preceding|all|any|your)\b[^.!?\n]{0,30}\b(?:instructions?|prompts?|directions|system message)\b/i,
  ],
  [
    'instruction',
    /\b(?:system prompt|developer (?:message|mode)|new instructions?|you are now|from now on,? you|you (?:will|must|should|are to) (?:now )?(?:act|pretend|behave) (?:as|like|to be)|as an ai\b|as a language model|jailbreak)/i,
  ],
  ['instruction', /(?:^|\n)\s*(?:system|assistant|user)\s*:/i],
  [
    'instruction',
    /<\|?(?:im_start|im_end|system|endoftext|assistant)\|?>|\[\/?INST\]|\bBEGIN (?:SYSTEM|INSTRUCTIONS?|PROMPT)\b/i,
  ],
  [
    'instruction',
    /\b(?:attention|note|message) to (?:the )?(?:ai|model|assistant|bot|llm|summari[sz]er|editor(?:ial engine)?|engine|writer)\b/i,
  ],
  [
    'instruction',
    /\b(?:when|if) (?:you|the (?:ai|model|assistant|summari[sz]er|engine)) (?:summari[sz]e|write about|read|report on|cover)\b/i,
  ],
  [
    'instruction',
    /\b(?:ai|model|assistant|summari[sz]er|engine|llm)s?,? (?:must|should|will) (?:now )?(?:write|say|state|report|claim|include|publish)\b/i,
  ],
  ['other-language', /\bignora(?:d)? (?:todas )?las instrucciones\b|\bolvida (?:todas )?las instrucciones\b/i],
  [
    'other-language',
    /\bignore[zr]? (?:toutes )?les (?:instructions|consignes)\b|\boublie[zr]? (?:toutes )?les instructions\b/i,
  ],
  ['other-language', /\bignorier(?:e|en)? (?:alle )?(?:vorherigen |bisherigen )?(?:anweisungen|instruktionen)\b/i],
  ['other-language', /\bignora (?:tutte )?le (?:istruzioni|indicazioni) precedenti\b|\bignore as instruções\b/i],
  ['other-language', /\bzignoruj (?:wszystkie )?(?:poprzednie )?(?:instrukcje|polecenia)\b/i],
  [
    'other-language',
    /игнорируй(?:те)? (?:все )?(?:предыдущие )?инструкции|忽略(?:之前|以上|所有|先前)的?(?:指令|指示|说明)|تجاهل (?:جميع )?التعليمات/iu,
  ],
  // Imperative only ("Include this link", "please add an image"): "they added a link to the PDF" is reporting.
  [
    'output-request',
    /(?:^|[.!?:]\s+|\b(?:please|you (?:must|should|will)|be sure to|make sure to|always) )(?:include|insert|add|emit|output|embed|append|put)\b[^.!?\n]{0,30}\b(?:link|hyperlink|image|picture|url|markdown|html|tracking pixel)\b/i,
  ],
  [
    'output-request',
    /\b(?:write|say|state|report|publish|print|declare) (?:in the headline|as the headline|that this (?:story|article) is)\b/i,
  ],
  [
    'markup',
    /!\[[^\]]*\]\([^)]*\)|\[[^\]]+\]\((?:https?:|javascript:|data:)[^)]*\)|<\s*(?:img|a|script|iframe|svg|object|embed)\b[^>]*>/i,
  ],
  ['fake-citation', /\[(?:\d{1,3}|(?:record|source|cite|citation|ref)[:\s#-][^\]]{0,40})\]|\{\{\s*cite\b|<cite\b/i],
  [
    'verified-claim',
    /\b(?:verified|fact[- ]checked|confirmed|approved|endorsed) by (?:(?:the )?undercurrent(?: editors?| verifier)?|the (?:editors?|verifier|fact[- ]checkers?|newsroom)|our (?:editors?|fact[- ]checkers?))\b/i,
  ],
  [
    'verified-claim',
    /\bthis (?:post|comment|text|message|claim) (?:is|has been|was) (?:verified|fact[- ]checked|approved)\b/i,
  ],
  // Authority claimed for the payload itself: an override, "the verified fact", the press's blessing.
  [
    'verified-claim',
    /\b(?:system|admin(?:istrator)?|root|developer|operator|editorial)[ _-]?(?:override|directive|command)s?\b|\boverride (?:code|mode|notice)\b/i,
  ],
  [
    'verified-claim',
    /\bthe (?:verified|confirmed|undisputed|official|authoritative) (?:fact|facts|truth)\b[^.!?\n]{0,60}?\b(?:is|are|was)\b/i,
  ],
  [
    'verified-claim',
    /\b(?:confirmed|verified|corroborated|endorsed) by (?:the (?:press|media)|all (?:major )?(?:outlets|newspapers|sources)|every (?:outlet|newspaper|source)|(?:independent )?fact[- ]checkers)\b/i,
  ],
  [
    'verified-claim',
    /\b(?:official|authoritative|mandatory|binding|priority) (?:instruction|directive)s?\b(?:\s*[:\-—]| (?:to|for) (?:the )?(?:ai|models?|assistants?|editors?|engines?|summari[sz]ers?|publishers?|newsroom|readers?)\b)/i,
  ],
  [
    'verified-claim',
    /\b(?:supersedes?|overrides?|replaces?) (?:all|any) (?:other|previous|prior|earlier) (?:reports|sources|records|statements|instructions|accounts)\b/i,
  ],
  ['hidden-characters', /[\u200B-\u200D\u2060\u2061-\u2064\uFEFF\u202A-\u202E\u2066-\u2069]/u],
];

const BASE64_RUN = new RegExp(`[A-Za-z0-9+/]{${MIN_BASE64_LENGTH},}={0,2}`, 'g');

/** Every finding in `text`, at most one per kind, in the order of {@link INJECTION_KINDS}. */
export function findInjections(text: string): InjectionFinding[] {
  const findings = new Map<InjectionKind, InjectionFinding>();
  const visible = text.replace(/[\u200B-\u200D\u2060\uFEFF]/gu, '');
  // Lookalike letters folded to Latin ("Ιgnore" with a Greek iota); the unfolded text is read too,
  // because folding would spoil the Cyrillic and Greek of real instructions in those languages.
  const folded = foldConfusables(visible);
  for (const [kind, pattern] of PATTERNS) {
    if (findings.has(kind)) continue;
    const source = kind === 'hidden-characters' ? text : visible;
    const match =
      pattern.exec(source) ?? (kind === 'hidden-characters' || folded === visible ? null : pattern.exec(folded));
    if (match)
      findings.set(kind, {
        kind,
        excerpt: excerptOf(
          kind === 'hidden-characters' ? source.slice(Math.max(0, match.index - 20), match.index + 20) : match[0],
        ),
      });
  }
  // Instructions hidden by zero-width characters inside words ("ig\u200Bnore previous instructions") are found in `visible`.
  for (const run of visible.match(BASE64_RUN) ?? []) {
    const decoded = decodeBase64Text(run);
    if (decoded && findInjections(decoded).some((finding) => finding.kind !== 'encoded')) {
      findings.set('encoded', { kind: 'encoded', excerpt: excerptOf(run) });
      break;
    }
  }
  return INJECTION_KINDS.flatMap((kind) => (findings.has(kind) ? [findings.get(kind)!] : []));
}

/** True when `text` holds any injection. */
export function hasInjection(text: string): boolean {
  return findInjections(text).length > 0;
}

/** The run decoded when it is mostly printable text, else null (binary, or not Base64 at all). */
function decodeBase64Text(run: string): string | null {
  const decoded = Buffer.from(run, 'base64').toString('utf8');
  const printable = decoded.replace(/[^\x20-\x7e\u00a0-\uffff]/g, '').length;
  return decoded.length > 0 && printable / decoded.length > 0.9 ? decoded : null;
}

function excerptOf(text: string): string {
  return text
    .slice(0, MAX_EXCERPT)
    .replace(
      /[\u200B-\u200D\u2060-\u2064\uFEFF\u202A-\u202E\u2066-\u2069]/gu,
      (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
}

/** What {@link findInjectionsInRecords} reads of a record. */
export interface InjectionSource {
  id: string;
  title: string | null;
  text: string;
  author: string | null;
}

/** One record's findings, by field: "title", "text", "author", or "text, split across records". */
export interface RecordInjection {
  recordId: string;
  field: string;
  finding: InjectionFinding;
}

/**
 * Findings in each record's title, text and author, and payloads split across records: a kind found
 * in two consecutive records (in the order given) read together, and in neither alone, marks both.
 */
export function findInjectionsInRecords(records: readonly InjectionSource[]): RecordInjection[] {
  const found: RecordInjection[] = [];
  for (const record of records) {
    for (const [field, value] of [
      ['title', record.title],
      ['text', record.text],
      ['author', record.author],
    ] as const) {
      if (value) for (const finding of findInjections(value)) found.push({ recordId: record.id, field, finding });
    }
  }
  for (let index = 1; index < records.length; index += 1) {
    const [previous, current] = [records[index - 1]!, records[index]!];
    const alone = new Set(
      [...findInjections(previous.text), ...findInjections(current.text)].map((finding) => finding.kind),
    );
    for (const finding of findInjections(`${previous.text} ${current.text}`)) {
      if (alone.has(finding.kind)) continue;
      for (const record of [previous, current])
        found.push({ recordId: record.id, field: 'text, split across records', finding });
    }
  }
  return found;
}
