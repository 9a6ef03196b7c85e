// The names of the days and months, and the months' usual abbreviations, lower case, in the
// languages of the feeds we read. One list for every module that reads a date (dateline.ts) or
// skips these words as saying nothing about a story (cluster-stories.ts, story-languages.ts,
// speaker-names.ts).

export type CalendarLanguage = 'en' | 'de' | 'fr' | 'es' | 'pt' | 'it';

/** Every language the tables hold. */
export const CALENDAR_LANGUAGES: CalendarLanguage[] = ['en', 'es', 'pt', 'it', 'fr', 'de'];

const words = (text: string) => text.split(' ');

export const DAY_NAMES: Record<CalendarLanguage, string[]> = {
  en: words('monday tuesday wednesday thursday friday saturday sunday'),
  de: words('montag dienstag mittwoch donnerstag freitag samstag sonntag'),
  fr: words('lundi mardi mercredi jeudi vendredi samedi dimanche'),
  es: words('lunes martes miércoles jueves viernes sábado domingo'),
  pt: words('segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo'),
  it: words('lunedì martedì mercoledì giovedì venerdì sabato domenica'),
};

export const MONTH_NAMES: Record<CalendarLanguage, string[]> = {
  en: words('january february march april may june july august september october november december'),
  de: words('januar jänner februar märz april mai juni juli august september oktober november dezember'),
  fr: words('janvier février mars avril mai juin juillet août septembre octobre novembre décembre'),
  es: words('enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre'),
  pt: words('janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'),
  it: words('gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'),
};

// Only the abbreviations that are not a month's whole name ("mai", "juin" are).
export const MONTH_ABBREVIATIONS: Record<CalendarLanguage, string[]> = {
  en: words('jan feb mar apr jun jul aug sep sept oct nov dec'),
  de: words('mär okt'),
  fr: words('janv févr fév avr juil déc'),
  es: words('ene abr ago set dic'),
  pt: words('fev mai out dez'),
  it: words('gen mag giu lug ott'),
};

/** The words of `table` in the languages given, one list. */
export function calendarWords(table: Record<CalendarLanguage, string[]>, languages: CalendarLanguage[]): string[] {
  return languages.flatMap((language) => table[language]);
}
