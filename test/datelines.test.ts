// Wire datelines in the shapes the world's agencies write them: the summary's lead starts after the
// dateline, a portal's copy of a wire story is credited to the wire, and prose that merely opens like
// a dateline keeps its opening. Our own invented places, outlets and events.
import { describe, expect, it } from 'vitest';
import type { RawEntry } from '../src/feeds/feed-types.ts';
import { buildArticle } from '../src/articles/build-article.ts';
import { cleanHtml } from '../src/articles/clean-html.ts';
import { findSource } from '../src/articles/find-source.ts';
import { loadTopicTable } from '../src/articles/topics.ts';

const topics = loadTopicTable();
const summaryOf = (html: string) =>
  buildArticle({ categories: [], link: 'https://news.example/a', title: 'A story', html }, { url: 'https://news.example/feed' }, topics, new Date('2026-01-01T00:00:00Z')).summary;

const portal = { title: 'Tidepool Noticias', link: 'https://www.tidepool.example/' };
function sourceOf(html: string, link = 'https://www.tidepool.example/2026/12/03/story.html'): string {
  const entry: RawEntry = { categories: [], html, link };
  return findSource({ entry, clean: cleanHtml(html), link, feedTitle: portal.title, feedLink: portal.link }).name;
}

describe('the lead after a wire dateline', () => {
  it.each([
    ['an Asian wire with a date', 'SEOUL, Dec. 3 (Yonhap) -- ', 'The port of Ulsan handled a record cargo volume in November.'],
    ['a wire with the place alone', 'TOKYO (Kyodo) -- ', 'The port of Ulsan handled a record cargo volume in November.'],
    ['an Australian wire with one dash', 'SYDNEY (AAP) - ', 'The port of Ulsan handled a record cargo volume in November.'],
    ['a credit alone', '(Bloomberg) -- ', 'The port of Ulsan handled a record cargo volume in November.'],
    ['any newsroom’s name in brackets', 'HALVERTON (Kestrel Wire) -- ', 'The port of Ulsan handled a record cargo volume in November.'],
    ['an agency of two words', 'MADRID (Europa Press) - ', 'El puerto de Valencia batió su récord de carga en noviembre.'],
    ['places joined by a slash, with a date', 'BEIJING/HONG KONG, June 16 (Corvid) - ', 'The port of Ulsan handled a record cargo volume in November.'],
    ['places joined by a slash, no date', 'NEW YORK/LONDON (Corvid) - ', 'The port of Ulsan handled a record cargo volume in November.'],
    ['a Spanish date and EFE’s “.-”', 'MADRID, 5 may (EFE).- ', 'El puerto de Valencia batió su récord de carga en noviembre.'],
    ['a place in title case with a Spanish date', 'Buenos Aires, 3 dic (Télam) - ', 'El puerto de Rosario batió su récord de carga en noviembre.'],
    ['a Portuguese date', 'Nova York, 24 set (EFE).- ', 'O porto de Santos bateu seu recorde de carga em novembro.'],
    ['a Portuguese month in capitals after an accented place', 'SÃO PAULO, 2 DEZ (Corvid) - ', 'O porto de Santos bateu seu recorde de carga em novembro.'],
    ['an Italian month in capitals', 'ROMA, 24 SET (ANSA) - ', 'Il porto di Genova ha battuto il record di merci a novembre.'],
    ['a French month', 'PARIS, 3 déc (AFP) - ', 'Le port du Havre a battu son record de fret en novembre.'],
    ['a German date', 'BERLIN, 3. Dezember (dpa) - ', 'Der Hamburger Hafen hat im November einen Frachtrekord erzielt.'],
    ['a date written out with “de” and an en dash', 'Bogotá, 2 de diciembre (Corvid) – ', 'El puerto de Cartagena batió su récord de carga en noviembre.'],
    ['a date with its year and an em dash', 'Ciudad de México, 30 nov 2026 (Corvid) — ', 'El puerto de Veracruz batió su récord de carga en noviembre.'],
    ['a place with its country', 'NAHA, Japan (Kyodo) -- ', 'The port of Naha handled a record cargo volume in November.'],
    ['a wire’s regional service, its names joined by a slash', 'Kiel (dpa/lno) - ', 'Der Kieler Hafen hat im November einen Frachtrekord erzielt.'],
    ['the day of the month alone, as Europa Press writes it', 'MADRID, 5 (EUROPA PRESS) - ', 'El puerto de Valencia batió su récord de carga en noviembre.'],
    ['a space before EFE’s “.-”', 'MADRID, 5 dic (EFE) .- ', 'El puerto de Valencia batió su récord de carga en noviembre.'],
    ['a financial service in lower-case initials and a hyphen', 'FRANKFURT (dpa-AFX) - ', 'Der Hamburger Hafen hat im November einen Frachtrekord erzielt.'],
    ['a kicker before it', 'Exclusive: TOKYO (Kyodo) -- ', 'The port of Ulsan handled a record cargo volume in November.'],
    ['the credit before the place and date, as ANSA writes it', '(ANSA) - ROMA, 24 SET - ', 'Il porto di Genova ha battuto il record di merci a novembre.'],
    ['a credit in slashes and a period, as TASS writes it', 'MOSCOW, December 3. /TASS/. ', 'The port of Murmansk handled a record cargo volume in November.'],
    ['a whole dateline with no dash, as PTI writes it', 'New Delhi, Dec 3 (PTI) ', 'The port of Chennai handled a record cargo volume in November.'],
    ['a country in square brackets and a colon, as ANI writes it', 'New Delhi [India], December 3 (ANI): ', 'The port of Chennai handled a record cargo volume in November.'],
    ['a state in round brackets before the country', 'Hyderabad (Telangana) [India], December 2 (ANI): ', 'The port of Chennai handled a record cargo volume in November.'],
    ['a place in capitals and a colon, as South Asian papers write it', 'QUETTA: ', 'The port of Gwadar handled a record cargo volume in November.'],
    ['a place in capitals, a date and a colon', 'MULTAN, Dec 3: ', 'The port of Gwadar handled a record cargo volume in November.'],
    ['a city in title case and a colon, as South Asian papers also write it', 'New Delhi: ', 'The ministry of ports said on Tuesday that cargo volumes rose in November.'],
    ['a city of three words and a colon', 'Dar es Salaam: ', 'Port officials said on Tuesday that cargo volumes rose in November.'],
    ['a town in title case with its date and a colon, as Indian and Gulf papers write it', 'Halvernagar, May 10: ', 'The port of Halvernagar handled a record cargo volume in November.'],
    ['a place in title case and a newsroom in capitals the outlet table does not know', 'Surabaya (KORVANEWS) - ', 'The port of Tanjung Perak handled a record cargo volume in November.'],
    ['a town the list does not know, named again in the first sentence', 'Halvernagar: ', 'Green Valley School, Halvernagar, has topped the state’s board exams for the ninth year.'],
    ['an Indian city in title case and a colon', 'Mangaluru: ', 'Karnataka Bank has promoted its general manager to chief general manager.'],
    ['a place and a date together in brackets', '(San Juan, Puerto Rico, 17 de noviembre de 2024) – ', 'El Observatorio anunció la designación de su nueva directora.'],
    ['a weekday, a date and a place in brackets', '(Domingo 17 de noviembre de 2024, Río Grande, Puerto Rico) – ', 'Con el respaldo de una batería de abogados, la hija del cantante presentó su demanda.'],
    ['a place in title case and the site’s own address as the credit', 'Halvergrad (HalverNews.com) – ', 'The city’s football league saw a dramatic change at the top on Sunday.'],
    ['a city datelines name, alone before its dash', 'Zurich – ', 'A Swiss drugmaker on Tuesday announced plans to invest $50 billion in the United States.'],
    ['a town in title case before a long dash and a German article', 'Leipzig – ', 'Der Hafenbetreiber will bis Ende des Jahres eigene Lagerroboter einsetzen.'],
    ['a town with its particle before a long dash and a French article', 'Saint-Malo — ', 'Le port a battu son record de fret en novembre.'],
    ['a place and its date closed by a full stop, as Spanish-language papers write it', 'Sevilla, 4 de mayo. ', 'El puerto de Sevilla batió su récord de carga en abril.'],
    ['a Chinese newsroom’s wire dateline', '新华社北京3月16日电 ', '2026年3月15日，港口工人恢复工作。'],
    ['a Chinese wire dateline with its reporter', '中国日报上海5月2日电（记者 王芳）', '上海港周二恢复了全部航线。'],
    ['a wire’s name alone before a dash, as aggregators print its copy', 'AP - ', 'The harbour council voted on Wednesday to reopen the north pier.'],
    ['a place and its state, then the date between two dashes', 'Halverton, OR – June 18, 2025 – ', 'The Halverton Port Society welcomes a new president for the 2025-2026 year.'],
    ['a Taiwanese wire’s credit with its reporter and place', '（海峽社記者林小華台南3日電）', '台南港周二恢復了全部航線。'],
    ['a Taiwanese wire’s credit for foreign reports', '（海峽社巴黎2日綜合外電報導）', '巴黎港口工人周二恢復工作。'],
    ['a town in title case and its US state by postal code, as press releases write it', 'Halverton, OR — ', 'The Halverton Port Society welcomes a new president for the 2025-2026 year.'],
    ['a town and its US state by name', 'Halverton, Oregon – ', 'The Halverton Port Society welcomes a new president for the 2025-2026 year.'],
    ['a town and its US state by the AP’s abbreviation', 'Halverton, Ore. — ', 'The Halverton Port Society welcomes a new president for the 2025-2026 year.'],
    ['a town with its date and a colon the scraper glued to the story', 'Halvernagar, April 28 :', 'The port of Halvernagar handled a record cargo volume in November.'],
    // A newsroom page sets the place apart by type alone, and a scraper keeps no dash after it.
    ['a place and its state in capitals with no dash', 'HALVERTON, OREGON ', 'Acme today introduced a lab for battery research in Halverton.'],
    ['a place and its country in capitals before a sentence opening with its date', 'PORT CALDER, NEW ZEALAND ', 'Today, during its developer conference, Acme previewed its next models.'],
  ])('skips %s', (_name, dateline, lead) => {
    expect(summaryOf(`<p>${dateline}${lead}</p>`)).toBe(lead);
  });

  it.each([
    ['SAN FRANCISCO, Dec 2 (Corvid) - ', 'xAI said on Wednesday it had raised new funding.'],
    ['TOKYO (Kyodo) -- ', 'iPhone sales in Japan rose 12 percent in the quarter.'],
    ['SAN JOSE, Calif. (Corvid) - ', 'eBay said on Tuesday it would cut its fees for small sellers.'],
    ['CUPERTINO, Calif., Dec 2 (Corvid) - ', 'macOS users will get the update on Monday, the company said.'],
  ])('keeps a brand written in lower case that opens the story: %s', (dateline, lead) => {
    expect(summaryOf(`<p>${dateline}${lead}</p>`)).toBe(lead);
  });

  it('keeps a company’s name before a dash that opens a sentence', () => {
    expect(summaryOf('<p>Quillmark - The company said on Wednesday it would cut its harbour fees.</p>')).toMatch(/^Quillmark - The company/);
  });
});

describe('an opening that only looks like a dateline', () => {
  it.each([
    ['a name and a lower-case aside', 'OpenAI - the company that makes ChatGPT - said on Tuesday it would open an office in Lagos.'],
    ['a person and a description in brackets', 'Paris Hilton (socialite) - The heiress said on Tuesday she would launch a podcast about start-ups.'],
    ['a brand in title case and a dash', 'Mercado Pago - La billetera digital sumó 3 millones de usuarios en noviembre.'],
    ['a brand of two words in title case and a long dash', 'Mercado Pago – La billetera digital sumó 3 millones de usuarios en noviembre.'],
    ['a place and a date closed by a full stop before a lower-case word', 'Sevilla, 4 de mayo. y el puerto, otra vez, batió su récord de carga.'],
    ['a company and its ticker', 'Sony Group (SONY) – Shares of the electronics maker rose 4% in Tokyo on Wednesday.'],
    ['a place and a date as the subject', 'Hong Kong, December 3 — a date the city’s retailers have circled for months — opened a shopping festival.'],
    ['a place and an apposition', 'Santiago, la capital chilena, amaneció este lunes bajo una nube de humo.'],
    ['two names and an aside', 'Temasek, GIC — Singapore’s two state investors — said on Monday they would pool their climate funds.'],
    ['initials joined by a hyphen', 'U.S.-China talks on chip exports resumed in Geneva on Monday.'],
    ['a company’s short name in brackets and no dash', 'Tata Consultancy Services (TCS) Chief Executive Anand Rao said the company would hire 20,000 graduates.'],
    ['a credit with no date and no dash', 'MUMBAI (Corvid) Shares of the port operator rose 3 per cent on Tuesday.'],
    ['a name and a number, the number no date for a title-case name', 'Apollo, 11 — The crew splashed down in the Pacific on a July afternoon in 1969.'],
    ['a fraction after a name', 'Acme Robotics 3/4. The share of orders it fills on time rose again in November.'],
    ['a day in brackets after a date, no dash', 'Election Day, Nov. 5 (Tuesday) Voters queued before dawn at most polling stations in Pune.'],
    ['scores in brackets', 'Arjun Mehra (112) and Kabir Sethi (78) put on 190 runs as India won in Ranchi on Sunday.'],
    ['a name in title case and a colon', 'Gwadar: The port that was meant to change everything is still waiting for its ships.'],
    ['a name in title case and a colon, named again but not set off as a place', 'Gwadar: The port of Gwadar is still waiting for its ships, ten years on.'],
    ['a company and its legal form in brackets', '(Acme, Inc.) – The company said on Tuesday that it would open a lab in Lisbon.'],
    ['a speaker in title case and a colon, as a transcript writes it', 'Jane Roe: The port that was meant to change everything is still waiting for its ships.'],
    ['a city and a colon before lower-case words', 'New Delhi: a city of ports, and of waiting.'],
    ['a city and a colon before a few words', 'Mumbai: Ports. Ships.'],
    ['a name, a date and a colon before lower-case words', 'Halvernagar, May 10: a date the port marks every year.'],
    ['a place in title case and a bracket that is no address', 'Halvergrad (population 40,000) – The city’s football league saw a dramatic change at the top.'],
    ['a name in title case and a word that is no US state before a dash', 'Halverton, Mostly — The town voted on Tuesday to keep its ferry running through the winter.'],
    ['a town no dateline list knows, alone before a dash', 'Harborville – The town voted on Tuesday to keep its ferry running through the winter.'],
    ['a known city and a dash before lower-case words', 'Lagos – a city of ports and of waiting – opened its new terminal on Monday.'],
    ['initials and a short name in capitals', 'NASA, ESA Launch a probe to the ice moons next spring, the agencies said.'],
    ['a name in capitals and a short name', 'ACME, INC Reports record sales for the third quarter in a row.'],
  ])('keeps %s', (_name, sentence) => {
    expect(summaryOf(`<p>${sentence}</p>`)).toBe(sentence);
  });
});

describe('a wire story a portal carries', () => {
  it.each([
    ['TOKYO (Kyodo) -- The port handled a record cargo volume.', 'Kyodo News'],
    ['SEOUL, Dec. 3 (Yonhap) -- The port handled a record cargo volume.', 'Yonhap'],
    ['BEIJING, Dec. 3 (Xinhua) -- The port handled a record cargo volume.', 'Xinhua'],
    ['SYDNEY (AAP) - The port handled a record cargo volume.', 'AAP'],
    ['MADRID, 5 dic (EFE).- El puerto batió su récord de carga.', 'EFE'],
    ['ROMA, 24 SET (ANSA) - Il porto ha battuto il record.', 'ANSA'],
    ['Buenos Aires, 3 dic (Télam) - El puerto batió su récord.', 'Télam'],
    ['Lisboa, 1 dez (Lusa) - O porto bateu o recorde.', 'Lusa'],
    ['Berlin (dpa) - Der Hafen hat einen Rekord erzielt.', 'dpa'],
    ['Barcelona, 4 Dic. (EUROPA PRESS) - El puerto batió su récord.', 'Europa Press'],
    ['BEIJING/HONG KONG, Dec 2 (Reuters) - The port handled a record cargo volume.', 'Reuters'],
    ['Kiel (dpa/lno) - Der Hafen hat einen Rekord erzielt.', 'dpa'],
    ['Wien (APA) - Der Hafen hat einen Rekord erzielt.', 'APA'],
    ['Bonn (KNA) - Der Hafen hat einen Rekord erzielt.', 'KNA'],
    ['Frankfurt (epd) - Der Hafen hat einen Rekord erzielt.', 'epd'],
    ['Athen (ANA) - Der Hafen hat einen Rekord erzielt.', 'ANA-MPA'],
    ['FRANKFURT (dpa-AFX) - Der Hafen hat einen Rekord erzielt.', 'dpa-AFX'],
    ['Hanoi (VNA) – The port handled a record cargo volume.', 'VNA'],
    ['MOSCOW, December 3. /TASS/. The port handled a record cargo volume.', 'TASS'],
    ['New Delhi, Dec 3 (PTI) The port handled a record cargo volume.', 'PTI'],
    ['NEW DELHI, Dec 2 (IANS) OpenAI on Tuesday launched a cheaper plan.', 'IANS'],
    ['New Delhi [India], December 3 (ANI): The port handled a record cargo volume.', 'ANI'],
    ['WASHINGTON (Kestrel Wire/AP) — The port handled a record cargo volume.', 'The Associated Press'],
  ])('is credited to the wire its dateline names: %s', (lead, wire) => {
    expect(sourceOf(`<p>${lead}</p>`)).toBe(wire);
  });

  it('stays the portal’s when the brackets name no newsroom the outlet table knows', () => {
    expect(sourceOf('<p>HALVERTON (Kestrel Wire) -- The port handled a record cargo volume.</p>')).toBe('Tidepool Noticias');
    expect(sourceOf('<p>Sony Group (SONY) – Shares of the electronics maker rose 4% in Tokyo on Wednesday.</p>')).toBe('Tidepool Noticias');
    expect(sourceOf('<p>La alcaldía inauguró 40 kilómetros de ciclovías, informó EFE.</p>')).toBe('Tidepool Noticias');
  });

  it('credits the agency’s own site to itself', () => {
    expect(sourceOf('<p>MADRID, 5 dic (EFE).- El puerto batió su récord de carga.</p>', 'https://efe.com/economia/2026-12-05/puerto-record/')).toBe('EFE');
  });
});

describe('a release dated in the dateline’s brackets (leads15)', () => {
  it('reads "CITY, State (June 1, 2026) —" as a dateline, and a bracket with a comma that is no date as none', () => {
    expect(summaryOf('<p>MARLOW, Ore. (June 1, 2026) — Marlow College will open a robotics lab in the fall.</p>')).toBe('Marlow College will open a robotics lab in the fall.');
    expect(summaryOf('<p>MARLOW, Ore. (Marlow, Ore.) — Marlow College will open a robotics lab in the fall.</p>')).toMatch(/^MARLOW/);
  });

  it('reads a date that opens with its day, in the languages datelines are read in, and a number alone as no date', () => {
    expect(summaryOf('<p>San Juan, Puerto Rico (18 de noviembre de 2024) – La cantante Ana Ruiz estrena su nuevo disco.</p>')).toBe('La cantante Ana Ruiz estrena su nuevo disco.');
    expect(summaryOf('<p>Marlow, Oregon (3 June 2026) — Marlow College will open a robotics lab in the fall.</p>')).toBe('Marlow College will open a robotics lab in the fall.');
    expect(summaryOf('<p>Marlow College (2026) — The college will open a robotics lab in the fall.</p>')).toMatch(/^Marlow College \(2026\)/);
  });
});
