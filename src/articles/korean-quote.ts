// The key quote of a story written in Korean. Korean sets spaces between words, but its grammar of
// attribution is its own: the quotation comes first and the verb after it ("“…”라고 말했다", "…고
// 밝혔다"), and the speaker is named at the sentence's start with a topic or subject particle
// ("김민준 대표는 이날 “…”라고 말했다"). The English rules look for "said Name" and find nothing.
// When the name cannot be told, the quote is shown without one.
import type { Quote } from './article.ts';
import { quotationSpans } from './cjk-quote.ts';

const MAX_PARAGRAPHS = 40;
// Fewer words than this, a quoted phrase is a title or a term ("“AI 기본법”").
const MIN_WORDS = 4;

// After the closing mark: the quoting particle and, within a few words, a verb of saying.
const SAID_AFTER = /^\s*(?:이?라고|고|며|면서)\s+(?:\S+\s+){0,3}?(?:말했|밝혔|전했|설명했|강조했|덧붙였|지적했|언급했|주장했|답했|말한|밝힌|말하|밝히|강조하|설명하|전하)/u;
// A speaker's words continued right after an attributed quotation ("“…”라며 “…”라고 덧붙였다") are theirs too.
// A person's name with its topic or subject particle ("김민준은"), or a name alone before a role that
// carries the particle ("김민준 삼성전자 대표는").
const NAME_WITH_PARTICLE = /^([가-힣]{2,4})(?:은|는|이|가)$/u;
const NAME_ALONE = /^[가-힣]{2,4}$/u;
const ROLE_WITH_PARTICLE = /(?:대표|회장|부회장|사장|부사장|의원|장관|차관|교수|연구원|연구위원|대변인|총리|대통령|위원장|위원|본부장|센터장|원장|이사|이사장|팀장|실장|소장|국장|청장|변호사|애널리스트|책임자|창업자|전무|상무|부장|고문|CEO|CTO|대사|시장|지사|총장)(?:은|는|이|가)$/u;
// Korean surnames (the commonest, covering nearly all people): a name opens with one.
const SURNAME = /^(?:김|이|박|최|정|강|조|윤|장|임|한|오|서|신|권|황|안|송|류|유|전|홍|고|문|양|손|배|백|허|남|심|노|하|곽|성|차|주|우|구|민|진|나|지|엄|채|원|천|방|공|현|함|변|염|여|추|도|소|석|선|설|마|길|연|위|표|명|기|반|왕|금|옥|육|인|맹|제|모|탁|국|어|은|편|용|예|경|봉|사|부|가|복|태|목|형|피|두|감|음|빈|동|온|호|범|좌|팽|승|간|상|시)/u;
// He or she: the one person named so far, if only one was.
const PRONOUN_SUBJECT = /^(?:그|그녀)(?:는|가)\s/u;
// Words for unnamed or collective speakers and things, which look like names: "관계자는" (an official),
// "회사는" (the company), "정부는", "업계는", "전문가들은".
const NOT_NAME = /(?:관계자|회사|정부|업계|당국|측|들)$/u;

/** The key quote of a text mostly in Korean; null when it has none. */
export function koreanQuote(paragraphs: readonly string[]): Quote | null {
  const candidates: Quote[] = [];
  for (const paragraph of paragraphs.slice(0, MAX_PARAGRAPHS)) {
    for (const span of quotationSpans(paragraph)) {
      const text = span.text.trim();
      if (text.split(/\s+/).length < MIN_WORDS || !SAID_AFTER.test(paragraph.slice(span.close))) continue;
      candidates.push({ text, speaker: speakerOf(sentenceBefore(paragraph, span.open), candidates) });
    }
  }
  return candidates.find((c) => c.speaker !== null) ?? candidates[0] ?? null;
}

/** The sentence that runs up to the opening mark. */
function sentenceBefore(paragraph: string, open: number): string {
  const before = paragraph.slice(0, open);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('다.'), before.lastIndexOf('\n'));
  return before.slice(stop < 0 ? 0 : stop + 2).trimStart();
}

/** The person the sentence's subject names, or null. */
function speakerOf(sentence: string, earlier: readonly Quote[]): string | null {
  if (PRONOUN_SUBJECT.test(sentence)) {
    const named = new Set(earlier.map((quote) => quote.speaker).filter((speaker) => speaker !== null));
    return named.size === 1 ? [...named][0]! : null;
  }
  const words = sentence.split(/\s+/);
  // The subject opens the sentence, after one word at most ("한편", "이날").
  for (const start of [0, 1]) {
    const word = words[start] ?? '';
    let name = NAME_WITH_PARTICLE.exec(word)?.[1];
    if (!name && NAME_ALONE.test(word) && words.slice(start + 1, start + 4).some((next) => ROLE_WITH_PARTICLE.test(next))) name = word;
    if (name && SURNAME.test(name) && !NOT_NAME.test(name)) return name;
  }
  return null;
}
