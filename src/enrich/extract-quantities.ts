/**
 * @module enrich/extract-quantities
 * Figures with their unit and magnitude in one canonical form, so "$2.41bn", "$2.41 billion" and
 * "2,410 million dollars" are one quantity, "31%" and "31 percent" another, and "256-bit" is not "256-byte".
 */

/** One figure as the verifier compares it. */
export interface Quantity {
  /** As written, e.g. "$2.41bn" or "31 percent". */
  raw: string;
  /** The number as written, without separators ("2.41"). */
  written: number;
  /** The number times its magnitude word ("2410000000" for "$2.41bn"). */
  value: number;
  /** Canonical unit ("usd", "percent", "bit", "km", "hour"), or null when none of the known units follows. */
  unit: string | null;
  /** True when a magnitude word or suffix scaled the number. */
  scaled: boolean;
}

/** Magnitude words and suffixes; "m" and "b" count only glued to a number or after a currency. */
const MAGNITUDES: Readonly<Record<string, number>> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  bln: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
};

/**
 * Units the verifier tells apart, each spelling to its canonical name. A word after a number that is
 * not here ("40 fewer trains", "12 drives") leaves the figure unit-less: it is compared by value only,
 * because such words are how a sentence is phrased, not what it measures.
 */
const UNITS: Readonly<Record<string, string>> = Object.fromEntries(
  (
    [
      ['percent', '%', 'percent', 'per cent', 'pct'],
      ['percentage-point', 'percentage point', 'percentage points', 'points', 'point', 'pp'],
      ['usd', '$', 'us$', 'dollar', 'dollars', 'usd'],
      ['eur', '€', 'euro', 'euros', 'eur'],
      ['gbp', '£', 'pound', 'pounds', 'gbp'],
      ['bit', 'bit', 'bits'],
      ['byte', 'byte', 'bytes'],
      ['kb', 'kb', 'kilobyte', 'kilobytes'],
      ['mb', 'mb', 'megabyte', 'megabytes'],
      ['gb', 'gb', 'gigabyte', 'gigabytes'],
      ['tb', 'tb', 'terabyte', 'terabytes'],
      ['gb/s', 'gb/s', 'gbps', 'gbit/s'],
      ['mb/s', 'mb/s', 'mbps', 'mbit/s'],
      ['hz', 'hz', 'hertz'],
      ['mhz', 'mhz', 'megahertz'],
      ['ghz', 'ghz', 'gigahertz'],
      ['nm', 'nm', 'nanometre', 'nanometres', 'nanometer', 'nanometers'],
      ['mm', 'mm', 'millimetre', 'millimetres', 'millimeter', 'millimeters'],
      ['cm', 'cm', 'centimetre', 'centimetres', 'centimeter', 'centimeters'],
      ['m', 'metre', 'metres', 'meter', 'meters'],
      ['km', 'km', 'kilometre', 'kilometres', 'kilometer', 'kilometers'],
      ['mile', 'mile', 'miles', 'mi'],
      ['kg', 'kg', 'kilogram', 'kilograms', 'kilo', 'kilos'],
      ['g', 'gram', 'grams'],
      ['tonne', 'tonne', 'tonnes', 'ton', 'tons'],
      ['lb', 'lb', 'lbs'],
      ['w', 'w', 'watt', 'watts'],
      ['kw', 'kw', 'kilowatt', 'kilowatts'],
      ['mw', 'mw', 'megawatt', 'megawatts'],
      ['kwh', 'kwh'],
      ['mah', 'mah'],
      ['v', 'v', 'volt', 'volts'],
      ['second', 'second', 'seconds', 'sec', 'secs'],
      ['minute', 'minute', 'minutes', 'min', 'mins'],
      ['hour', 'hour', 'hours', 'hr', 'hrs', 'h'],
      ['day', 'day', 'days'],
      ['week', 'week', 'weeks'],
      ['month', 'month', 'months'],
      ['year', 'year', 'years'],
      ['fps', 'fps'],
      ['core', 'core', 'cores'],
    ] as const
  ).flatMap(([canonical, ...spellings]) => spellings.map((spelling) => [spelling, canonical] as const)),
);

/**
 * A number not glued to a preceding letter, digit or separator (so "X90" and "v4.3.1" stay out), with
 * an optional currency before it, and after it an optional glued suffix or a magnitude word and a unit.
 */
const QUANTITY =
  /(?<![\p{L}\p{N}_.,/\\-])(US\$|[$€£])?\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:(-|\s)?(thousand|million|billion|trillion|mn|bn|bln|tn|k|m|b)(?![\p{L}\p{N}]))?(?:(?:-|\s)?(percentage points?|per cent|%|[\p{L}][\p{L}/]*))?/giu;

/**
 * A clock time, "01:37" or "13:20:05" (hours 0–23, two-digit minutes), not inside a longer run of
 * digits and colons: one figure, so "01:37 UTC" is neither the number 1 nor the number 37.
 */
const CLOCK_TIME = /(?<![\p{N}:.,])([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?(?![\p{N}:]|[.,]\d)/gu;

/**
 * Every figure in `text`, in order. A clock time is one figure with unit `clock` and, as its value,
 * the seconds since midnight ("01:37" is 5,820), so it is compared as a time, never as its parts.
 */
export function extractQuantities(text: string): Quantity[] {
  const found: Array<{ at: number; quantity: Quantity }> = [...text.matchAll(CLOCK_TIME)].map((match) => {
    const seconds = Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3] ?? 0);
    return {
      at: match.index,
      quantity: { raw: match[0], written: seconds, value: seconds, unit: 'clock', scaled: false },
    };
  });
  // Clock times are blanked (same length, so offsets hold) before the other figures are read.
  const masked = text.replace(CLOCK_TIME, (time) => ' '.repeat(time.length));
  for (const match of masked.matchAll(QUANTITY)) found.push({ at: match.index, quantity: figureOf(match) });
  return found.sort((a, b) => a.at - b.at).map(({ quantity }) => quantity);
}

/** One {@link QUANTITY} match as a figure. */
function figureOf(match: RegExpMatchArray): Quantity {
  const [raw, currency, whole = '', fraction = '', separator, magnitudeWord, unitWord] = match;
  const written = Number(`${whole.replace(/,/g, '')}${fraction ? `.${fraction}` : ''}`);
  const magnitude = magnitudeWord ? MAGNITUDES[magnitudeWord.toLowerCase()] : undefined;
  // A one-letter "m"/"b"/"k" is a magnitude only glued to the number or after a currency ("$3 m");
  // "5 m long" is five metres, and a spelled-out "million" counts wherever it stands.
  const isMagnitude =
    magnitude !== undefined && (magnitudeWord!.length > 2 || currency !== undefined || separator === undefined);
  const unitSpelling = unitWord ?? (isMagnitude ? undefined : magnitudeWord);
  const unit = currency
    ? UNITS[currency.toLowerCase()]!
    : unitSpelling
      ? (UNITS[unitSpelling.toLowerCase()] ?? null)
      : null;
  // A word after the number that is no unit ("$649 for") is not part of the figure as written.
  const wordIsUnit = unitWord !== undefined && UNITS[unitWord.toLowerCase()] !== undefined;
  const asWritten = unitWord !== undefined && !wordIsUnit ? raw.slice(0, raw.length - unitWord.length) : raw;
  return {
    raw: asWritten.replace(/[-\s]+$/u, '').trim(),
    written,
    value: isMagnitude ? written * magnitude! : written,
    unit,
    scaled: isMagnitude,
  };
}

/** Whether two values are the same figure, allowing for floating-point error in scaling. */
export function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
