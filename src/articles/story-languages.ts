// German, French, Spanish, Portuguese and Italian outlets tell the same events as English ones (a wire's "Meta fined
// 310 mln euros" is Le Monde's "amende de 310 millions d'euros" and El País's "multa de 310
// millones de euros"). What such a pair shares is the company, the figures, the place and the kind
// of event: this module lets the story fingerprint (cluster-stories.ts) read those in these
// languages as it reads them in English. It does not translate: function words are dropped, event
// and place words join the English concept they name, and figures are written the English way.

import { calendarWords, DAY_NAMES, MONTH_NAMES } from './calendar-words.ts';

/**
 * Function words and the vocabulary of every article in these languages (days, months, "AI",
 * "company"): they say nothing about which event it is. Skipped only when not written in capitals
 * ("MIT", "DIE" may be names).
 */
export const FOREIGN_STOP_WORDS = new Set(
  `de des en der die das den dem des ein eine einen einem einer eines und oder aber von vom zu zum zur im am auf aus bei mit nach für über
  unter um durch gegen ohne seit bis ist sind wird werden wurde wurden hat haben hatte sich sie er es wir ihr ihre ihren ihrem
  sein seine seinen seiner nicht auch noch nur wie mehr neue neuen neuer neues neu erste ersten dass soll sollen will kann können
  rund etwa deutlich bisher laufende laufenden heute jahr jahres unternehmen konzern firma nutzer kunden ki künstliche künstlichen intelligenz
  modell modelle modells entwickler
  le la les un une du au aux et ou mais pour par sur dans avec sans sous entre chez son sa ses leur leurs ce cet cette ces qui
  que dont est sont été être ont avait plus moins très aussi ne pas se il elle ils elles nous vous lors depuis selon après avant
  nouveau nouvelle nouveaux nouvelles premier première ia intelligence artificielle modèle modèles entreprise société groupe
  utilisateurs développeurs désormais
  el los las lo una unos unas pero del al en con por para sin sobre su sus es son fue ha han más menos muy también como según
  tras ante desde hasta nuevo nueva nuevos nuevas primera primer inteligencia artificial modelo modelos empresa compañía
  usuarios desarrolladores
  os um uma uns umas do dos da das no nos na nas em com sem pelo pela pelos pelas seu sua seus suas são foi ser tem
  mais muito também após até primeiro inteligência empresa usuários desenvolvedores segunda terça quarta
  quinta sexta feira nesta neste
  il gli dei degli delle della dello nel nella nei nelle alla ai agli alle dal dalla di in su tra fra che sono stato
  essere hanno più molto anche dopo nuovi nuove primo intelligenza artificiale modello modelli azienda utenti sviluppatori`
    .split(/\s+/)
    .filter(Boolean)
    .concat(calendarWords(DAY_NAMES, ['de', 'fr', 'es', 'pt', 'it']), calendarWords(MONTH_NAMES, ['de', 'fr', 'es', 'pt', 'it'])),
);

// French elides an article or pronoun into the next word: "l'entraînement", "d'euros".
const ELISION = /^(?:l|d|qu|j|n|s|c|m|t)['’](?=\p{L}{2})/u;
/** A lower-case word without its elided article ("d'euros": "euros"). */
export function withoutElision(word: string): string {
  return word.replace(ELISION, '');
}

/** Words of these languages by the English concept they name (see CONCEPTS in cluster-stories.ts). */
export const FOREIGN_CONCEPTS: Record<string, string> = {
  acquire: 'rachète rachètent rachat rachats acquiert adquiere adquirió adquisición compra compró übernimmt übernahme übernehmen kauft adquire aquisição acquisisce acquisizione acquista',
  funding: 'lève levée financement valorisation valorisée recauda recaudó ronda financiación valoración valorada finanzierungsrunde finanzierung bewertung bewertet',
  lawsuit: 'demandan demandó demandado poursuit poursuivent poursuite poursuites plainte procès klage klagen verklagt verklagen',
  layoff: 'licenciement licenciements licencie despide despidos entlassungen entlässt stellenabbau demissões demite licenziamenti esuberi',
  listing: 'börsengang börsengangs',
  launch: 'lance lancent lancé lancement lanza lanzó lanzamiento presenta presentó présente présenté dévoile dévoilé veröffentlicht vorgestellt präsentiert enthüllt lança lançou lançamento apresenta apresentou lancia lanciato lancio svela presentato',
  law: 'loi lois ley leyes gesetz gesetze règlement reglamento verordnung legge leggi regolamento regulamento lei leis',
  force: 'vigueur vigor kraft',
  ban: 'interdit interdiction interdire prohíbe prohibición verbot verbietet',
  fine: 'amende amendes multa multas multado bußgeld geldstrafe multada sanzione sanzioni multe',
  probe: 'enquête enquêtes investiga investigación investigar prüft untersuchung untersucht ermittlung ermittelt investigação indagine inchiesta',
  depart: 'démission démissionne quitte abandona dimite dimisión verlässt rücktritt',
  conference: 'conférence conferencia konferenz entwicklerkonferenz conferência conferenza',
  security: 'datenleck datenlecks fuite fuites filtración brecha piratage cyberattaque cyberangriff sicherheitslücke faille ciberataque ciberataques vazamento ciberattacco violazione',
  outage: 'störung panne ausfall interrupción instabilidade interruzione disservizio',
  export: 'ausfuhr ausfuhren exportregeln exportkontrollen exportbeschränkungen exportverbot exportstopp exportations exportation exportaciones exportación exportação exportações esportazioni esportazione',
  earnings: 'quartal quartals geschäftsquartal trimestre trimestral résultats resultados bénéfice beneficio gewinn prognose prévisions previsión trimestrale risultati lucro',
  revenue: 'umsatz ingresos facturación receita faturamento ricavi fatturato',
  price: 'precio precios prix preis preise preisen preço preços prezzo prezzi',
  estimate: 'erwartungen attentes estimaciones expectativas estimativas stime attese',
  minor: 'mineurs menores minderjährige minorenni',
  china: 'chine chinois chinoise chinoises chinesisch chinesische chinesischen chinesischer chino pékin pekín peking cina cinese pequim pechino',
  uk: 'britannique britanniques británico británica großbritannien britisch britische britischen',
  europe: 'européenne européennes européen européens europea europeo europeos europeas europa europäische europäischen europäisch bruxelles bruselas brüssel europeia europeu bruxelas',
  germany: 'allemagne allemand allemande alemania alemán alemana deutschland deutsche deutschen deutscher alemanha germania tedesco tedesca',
  france: 'français française françaises frankreich französisch französische französischen francia francés francesa francese',
  spain: 'espagne espagnol espagnole espagnols españa español española españoles españolas spanien spanisch spanische spanischen espanha spagna spagnolo spagnola',
  japan: 'japon japonais japonaise japón japonés japonesa japanisch japanische japão japonês japonesa giappone giapponese tóquio',
  ireland: 'irlande irlandais irlandaise irlanda irlandés irlandesa irland irisch irische irischen',
  netherlands: 'néerlandais néerlandaise niederlande niederländisch niederländische neerlandés',
  sweden: 'suède suédois suédoise suecia sueco sueca schweden schwedisch schwedische',
  israel: 'israélien israélienne israelí israelisch israelische',
  india: 'inde indien indienne índia',
  italy: 'italie italienne italiano italiana italienisch itália',
  canada: 'kanada canadien canadienne canadiense kanadisch canadese',
  korea: 'corée coréen coréenne corea coreano coreana südkorea koreanisch coreia sul-coreana',
  russia: 'russie russe rusia ruso rusa russland russisch rússia',
  brazil: 'brésil brasil brasilien brasile brasileiro brasileira',
  switzerland: 'suisse suiza schweiz schweizer suíça svizzera',
  mexico: 'mexique méxico mexiko messico',
  california: 'californie kalifornien califórnia',
  singapore: 'singapour singapur',
  australia: 'australie australien',
};

// Names written in several words or other letters, one spelling each (see ALIASES in cluster-stories.ts).
export const FOREIGN_ALIASES: Array<[RegExp, string]> = [
  // "IA" (French, Spanish) and "KI" (German) are "AI", a word every article of these feeds has.
  [/\b(?:IA|KI)\b/g, 'AI'],
  [/\bRoyaume-Uni\b|\bReino Unido\b|\bRegno Unito\b/g, 'UK'],
  // A service that is down: Portuguese "fora do ar", Italian "fuori servizio", "in tilt".
  [/\bfora do ar\b|\bfuori servizio\b|\bin tilt\b/gi, 'outage'],
  [/\bPays-Bas\b|\bPaíses Bajos\b|\bPaíses Baixos\b|\bPaesi Bassi\b/g, 'Netherlands'],
  // A listing and a market debut: "entrée (remarquée) en Bourse", "débuts en Bourse", "estreia na
  // bolsa", "debutto in Borsa", "Börsendebüt".
  [/\bintroduction en bourse\b|\bsalida a bolsa\b|\b(?:entrée|débuts?)\s(?:\p{L}+\s)?en bourse\b|\bquotazione in borsa\b|\b(?:debut|debutto|estreia|estreno)\s(?:\p{L}+\s)?(?:en|in|na|no)\s(?:bolsa|borsa)\b|\bBörsendebüt\b/giu, 'IPO'],
  [/\bchiffre d['’]affaires\b/gi, 'revenue'],
  // Raising prices is no funding round (see ALIASES in cluster-stories.ts): "sube sus precios", "augmente ses prix", "erhöht die Preise".
  [/\b(?:sube|suben|subirá|subirán|aumenta|aumentan|aumentará|augmente|augmentent|augmentera|erhöht|erhöhen|erhöhte|alza|rincara|rincarano)(?=\s+(?:[\p{L}]+\s+){0,3}?(?:precios?|prix|preise?n?|preços?|prezzi|prezzo)(?![\p{L}]))/giu, 'lifts'],
  // Job cuts told with the verb and the jobs: "taglia l'8% dei dipendenti", "streicht 9.000 Stellen",
  // "supprime 900 postes", "recorta 500 empleos", "corta 300 empregos".
  [/\b(?:taglia|tagliare|tagli|streicht|streichen|supprime|suppriment|supprimer|recorta|recortará|elimina|eliminará|corta|cortará)(?=\s+(?:[\p{L}\d.,%'’-]+\s+){0,4}?(?:posti|dipendenti|lavoratori|Stellen|Arbeitsplätze|postes|emplois|empleos|puestos|empregos|funcionários|trabajadores)(?![\p{L}]))/giu, 'layoffs'],
];

// A text is read as German, French, Spanish, Portuguese or Italian when it has two of their function
// words in lower case (names such as "Las Vegas", "Le Chat" or "Des Moines" do not count): only then
// are "2,41" a decimal and "18.000" a thousands figure (in English "1,200" is a thousand).
const FOREIGN_WORD = /(?<![\p{L}'’])(?:der|die|und|für|mit|auf|le|la|les|des|du|et|pour|avec|dans|el|los|las|del|para|con|una|um|dos|das|em|com|il|di|della|che|nel|gli|dei|degli|delle)(?![\p{L}'’])/gu;

// Scale words English never uses: a figure written with one is German, French, Spanish, Portuguese or Italian.
const FOREIGN_SCALE_WORD = /(?<![\p{L}])(?:Milliarden?|Millionen|Billionen|Mrd\.|Mio\.|milliards?|millones|millón|billones|billón|miliard[io]|milion[ei]|milhões|milhão|bilhões|bilhão)(?![\p{L}])/u;

/** True when `text` reads as German, French, Spanish, Portuguese or Italian (see FOREIGN_WORD). */
export function isForeign(text: string): boolean {
  if (FOREIGN_SCALE_WORD.test(text)) return true;
  FOREIGN_WORD.lastIndex = 0;
  let found = 0;
  while (FOREIGN_WORD.exec(text)) if (++found >= 2) return true;
  return false;
}

// Scale words: German "Milliarden", French "milliards" and Italian "miliardi" are billions, Spanish
// "mil millones" and Portuguese "mil milhões" a thousand millions (Brazil's "bilhões" too), Spanish
// "billones" trillions (as is German "Billionen").
const FOREIGN_SCALES: Array<[RegExp, number]> = [
  [/^(?:mil\s+millones|mil\s+milhões)$/i, 1e9],
  [/^(?:milliarden?|mrd\.?|milliards?|miliard[io]|bilhões|bilhão)$/i, 1e9],
  [/^(?:millionen|mio\.?|millions?|millones|millón|million|milion[ei]|milhões|milhão)$/i, 1e6],
  [/^(?:billones|billón|billionen)$/i, 1e12],
];
const FOREIGN_AMOUNT =
  /(\d{1,3}(?:[.\u00a0\u202f ]\d{3})+|\d+(?:,\d+)?)\s?(mil\s+millones|mil\s+milhões|Milliarden|Milliarde|Mrd\.?|Millionen|Mio\.?|milliards?|millions?|millones|millón|billones|billón|Billionen|miliard[io]|milion[ei]|milhões|milhão|bilhões|bilhão)(?![\p{L}])(?:\s+(?:de\s+|di\s+|d['’])?(dólares|dollars?|dollari|Dollar|US-Dollar|euros?|Euro|libras|livres|Pfund|sterline|yuans?|yenes|yens?)(?![\p{L}]))?/giu;
const CURRENCY_IN_ENGLISH: Record<string, string> = { dólares: 'dollars', dollar: 'dollars', dollari: 'dollars', 'us-dollar': 'dollars', euro: 'euros', libras: 'pounds', livres: 'pounds', pfund: 'pounds', sterline: 'pounds', yenes: 'yen', yens: 'yen', yuans: 'yuan' };

/**
 * `text` with a German, French, Spanish, Portuguese or Italian text's figures written the English
 * way: "2,41 Milliarden Dollar" as "2.41 billion dollars", "20.000 millones de dólares" as "20
 * billion dollars", "1,2 billones de parámetros" as "1.2 trillion parameters", "18.000 Chips" as
 * "18000 Chips", "9mila posti" as "9000 posti", "38 Prozent" as "38%". Any other text is returned
 * as it is. `foreign` says whether the text is in one of those languages: a headline alone is
 * often too short to tell, so the caller may judge the whole article (see isForeign).
 */
export function englishFigures(text: string, foreign = isForeign(text)): string {
  if (!/\d/.test(text) || !foreign) return text;
  let rest = text.replace(FOREIGN_AMOUNT, (_match, number: string, scaleWord: string, currency: string | undefined) => {
    const scale = FOREIGN_SCALES.find(([pattern]) => pattern.test(scaleWord.trim()))?.[1] ?? 1e6;
    const value = Number(number.replace(/[.\u00a0\u202f ]/g, '').replace(',', '.')) * scale;
    const lower = currency?.toLowerCase();
    const unit = lower ? ` ${CURRENCY_IN_ENGLISH[lower] ?? lower}` : '';
    return `${englishAmount(value)}${unit}`;
  });
  // Thousands as a word: Italian "9mila", Portuguese and Spanish "9 mil" (not "mil millones").
  rest = rest.replace(/\b(\d+(?:,\d+)?)\s?(?:mila|mil)(?![\p{L}])(?!\s+mill)/gu, (_match, number: string) => String(Number(number.replace(',', '.')) * 1000));
  // Thousands "18.000" / "18 000" and decimals "1,2", in one pass (a figure is read once).
  rest = rest.replace(/\b(?:\d{1,3}(?:[.\u00a0\u202f]\d{3})+(?:,\d+)?|\d+,\d+)(?![.,]?\d)/g, (number: string) => String(Number(number.replace(/[.\u00a0\u202f]/g, '').replace(',', '.'))));
  rest = rest.replace(/(\d)\s?(?:%|Prozent|por ciento|pour cent|por cento|per cento)/g, '$1%');
  // "de parámetros": a model's size (see MODEL_SIZE in cluster-stories.ts).
  return rest.replace(/(?:\bde\s+|\bd['’])?(?:parámetros|paramètres|Parametern?)(?![\p{L}])/gu, 'parameters');
}

/** A value as an English amount with the largest scale that keeps it at 1 or more ("20 billion"). */
function englishAmount(value: number): string {
  for (const [scale, word] of [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']] as const) {
    if (value >= scale) return `${Number((value / scale).toPrecision(6))} ${word}`;
  }
  return String(value);
}
