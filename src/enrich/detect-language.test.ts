import { describe, expect, it } from 'vitest';
import { DETECTION_SAMPLE_CHARS, detectLanguage } from './detect-language.js';

describe('detectLanguage', () => {
  it.each([
    ['en', 'The council said that it was not ready to approve the budget for the new station, which has been delayed.'],
    [
      'es',
      'El gobierno dijo que la nueva estación no estará lista para el verano, y que los trabajos se retrasan por las lluvias.',
    ],
    [
      'fr',
      'Le conseil a dit que la nouvelle gare ne sera pas prête pour l’été, et que les travaux sont retardés par la pluie.',
    ],
    [
      'de',
      'Der Rat sagte, dass der neue Bahnhof nicht vor dem Sommer fertig wird und die Arbeiten sich wegen des Regens verzögern.',
    ],
    [
      'it',
      'Il consiglio ha detto che la nuova stazione non sarà pronta per l’estate e che i lavori sono in ritardo per la pioggia.',
    ],
    [
      'pt',
      'O conselho disse que a nova estação não estará pronta para o verão e que as obras estão atrasadas por causa da chuva.',
    ],
    [
      'nl',
      'De raad zei dat het nieuwe station niet voor de zomer klaar is en dat de werken door de regen vertraging hebben.',
    ],
  ])('tells %s prose by its function words', (language, text) => {
    expect(detectLanguage(text)).toEqual({ language, script: 'Latn' });
  });

  it('names the script of non-Latin text and leaves its language undetermined', () => {
    expect(detectLanguage('Совет заявил, что новая станция не будет готова к лету.')).toEqual({
      language: 'und',
      script: 'Cyrl',
    });
    expect(detectLanguage('議会は新しい駅が夏までに完成しないと述べた。')).toEqual({ language: 'und', script: 'Jpan' });
    expect(detectLanguage('理事会表示新车站夏天之前不会完工。')).toEqual({ language: 'und', script: 'Hani' });
    expect(detectLanguage('𐌰𐌱𐌲𐌳 𐌴𐌵𐌶')).toEqual({ language: 'und', script: 'Zzzz' });
  });

  it('gives und for empty text, numbers only, or too few words to tell', () => {
    expect(detectLanguage('')).toEqual({ language: 'und', script: 'Zyyy' });
    expect(detectLanguage('2026 — 42 %')).toEqual({ language: 'und', script: 'Zyyy' });
    expect(detectLanguage('Vireo X90')).toEqual({ language: 'und', script: 'Latn' });
  });

  it('reads only the start of a 1 MB single word, quickly', () => {
    const started = performance.now();
    expect(detectLanguage('a'.repeat(1_000_000))).toEqual({ language: 'und', script: 'Latn' });
    expect(performance.now() - started).toBeLessThan(500);
    expect(DETECTION_SAMPLE_CHARS).toBeLessThan(1_000_000);
  });
});
