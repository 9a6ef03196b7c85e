// German, French, Spanish, Portuguese and Italian figures written the English way, so an outlet in one of those languages
// shares an event's amounts with English ones (see src/articles/story-languages.ts).
import { describe, expect, it } from 'vitest';
import { englishFigures } from '../src/articles/story-languages.ts';

describe('englishFigures', () => {
  it('reads scale words, decimal commas and thousands dots in a German, French or Spanish text', () => {
    expect(englishFigures('Der Umsatz stieg auf 2,41 Milliarden Dollar')).toBe('Der Umsatz stieg auf 2.41 billion dollars');
    expect(englishFigures('La empresa recauda 20.000 millones de dólares para la nube')).toBe('La empresa recauda 20 billion dollars para la nube');
    expect(englishFigures('Le groupe paiera une amende de 310 millions d’euros pour les données')).toBe('Le groupe paiera une amende de 310 million euros pour les données');
    expect(englishFigures('El modelo de la empresa tiene 1,2 billones de parámetros')).toBe('El modelo de la empresa tiene 1.2 trillion parameters');
    expect(englishFigures('Nvidia liefert 18.000 Chips für die Cloud, 38 Prozent mehr')).toBe('Nvidia liefert 18000 Chips für die Cloud, 38% mehr');
  });

  it('reads Portuguese and Italian figures, and a short headline by the language of its article', () => {
    expect(englishFigures('A empresa recebeu 1,5 bilhão de dólares para a nuvem')).toBe('A empresa recebeu 1.5 billion dollars para a nuvem');
    expect(englishFigures('Il gruppo taglia 9mila posti nel mondo, l’8 per cento della forza lavoro')).toBe('Il gruppo taglia 9000 posti nel mondo, l’8% della forza lavoro');
    expect(englishFigures('Una multa da 56 milioni di euro per la società')).toBe('Una multa da 56 million euros per la società');
    // "Lumen expone 1.200 repositorios" alone has too few function words to tell; its summary does.
    expect(englishFigures('Lumen expone 1.200 repositorios', true)).toBe('Lumen expone 1200 repositorios');
    expect(englishFigures('Lumen expone 1.200 repositorios')).toBe('Lumen expone 1.200 repositorios');
  });

  it('leaves an English text as it is ("1,200" is a thousand there, "billion" a thousand million)', () => {
    const english = 'The company cut 1,200 jobs in Las Vegas and Los Angeles and raised $2.5 billion, or 2,500 million dollars.';
    expect(englishFigures(english)).toBe(english);
  });
});
