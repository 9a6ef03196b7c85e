// The key quote of a story written in Chinese or Japanese. These scripts set no space between words,
// so the English rules (six words or more, "said Name" around the marks) find nothing in them. A
// quotation is in corner brackets 「…」 (Taiwan, Hong Kong, Japan) or in curly marks “…” (mainland
// China); it is someone's words when a speech verb stands right before its mark ("林小華表示：「…」")
// or right after it ("“…，”林小華說"). The speaker is the name before that verb, after the role or
// the organisation that introduces it ("港務公司董事長林小華接受訪問時表示", "美聯社記者林小華報導").
// When the name cannot be told from the words around it, the quote is shown without one.
import type { Quote } from './article.ts';

// Shorter than this, a bracketed phrase is a title, a name or a term ("「世界新7大奇蹟」").
const MIN_CHARS = 8;
// A quotation in Latin letters only ("badly in love", a show's title) needs as many words as an English one.
const MIN_LATIN_WORDS = 6;
const LATIN_ONLY = /^[^\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]*$/u;
// A quotation no verb attributes is someone's words only when it is a sentence or more, closed by its stop.
const MIN_UNATTRIBUTED_CHARS = 16;
// Japanese kana: an unattributed quotation with them is Japanese, which sets titles and thoughts in 「…」.
const KANA = /[\p{sc=Hiragana}\p{sc=Katakana}]/u;
const MAX_PARAGRAPHS = 40;

// Verbs of saying, writing and answering, in traditional and simplified characters.
const SPEECH_VERB = String.raw`(?:表示|說明|说明|說道|说道|說|说|指出|強調|强调|認為|认为|透露|坦言|直言|提到|提及|寫道|写道|回應|回应|宣稱|宣称|稱|称|分析|補充|补充|解釋|解释|報導|报道|報道|告訴|告诉|呼籲|呼吁|感嘆|感叹|問道|问道|談到|谈到|形容|警告|坦承|承認|承认|重申|聲稱|声称|直指|比喻|總結|总结|分享|質疑|质疑|反問|反问|抱怨|批評|批评|提醒|建議|建议|笑稱|笑称)`;
// The verb, then a colon or a comma, at the end of the text before the opening mark.
const VERB_BEFORE = new RegExp(`${SPEECH_VERB}\\s*[：:，,]?\\s*$`, 'u');
// The verb and a colon ending a paragraph: the next one is the speaker's words.
// Not a noun after a possessive: "sega 的訪談報導：" ("sega's interview report:") above a list of links is no one speaking.
const LEAD_IN = new RegExp(`(?<!的\\p{sc=Han}{0,2})${SPEECH_VERB}\\s*[：:]\\s*$`, 'u');
// "Explanation:" before a colon is a label ("使用說明：", "圖片說明："), not someone explaining: a
// speaker explaining is followed by a comma ("林小華說明，「…」").
const LABEL = /^(?:說明|说明)\s*[：:]/u;
// Verbs ending a clause ("法务省解释" before "说"): no part of the speaker's name.
const TRAILING_VERBS = new RegExp(`(?:${SPEECH_VERB})+$`, 'u');
// A speech verb within a sentence's first dozen characters, before any comma (see opensWithSpeech).
const SPEECH_NEAR_START = new RegExp(`^[^，,。]{0,12}${SPEECH_VERB}`, 'u');
// A sentence opening with its speaker and a speech verb, for reported speech (verbInSentence), and the
// sentence's stop right after a quotation (with nothing between: "「…」。").
const SAYS_FIRST = new RegExp(`^\\s*([^，,。！？；：:「」“”〝〞"]{1,20}?)(?:${SPEECH_VERB})+\\s*[，,]`, 'u');
const SENTENCE_CLOSED = /^[。！？]/u;
// He or she, alone before the verb.
const PRONOUN = /^(?:他|她)$/u;
// "You" opening the clause: an example of what one might say.
const HYPOTHETICAL = /^(?:你|您)/u;
// A short label and a colon right before the mark, at the start of a sentence or clause: "女乘客：“…”".
const SPEAKER_LABEL = /(?:^|[。！？；，,\s])([\p{sc=Han}·・]{2,8})[：:]\s*$/u;
// A page's labels before a colon: a description, a source, a note, a caption, a title, the full text;
// and what a line is rather than who said it: a quotable line, a saying, a slogan, a vision, a view,
// a conclusion ("金句：“…”", "Cursor 的长期愿景：“…”").
const NOT_SPEAKER_LABEL = /(?:說明|说明|來源|来源|注|註|備註|备注|提示|標題|标题|圖片|图片|全文|原文|地址|時間|时间|價格|价格|金句|名言|口號|口号|標語|标语|願景|愿景|觀點|观点|結論|结论|總結|总结|理念|使命)$/u;
// After the closing mark: a comma, a name (or a pronoun) and the verb ("”奥巴马说道，").
const VERB_AFTER = new RegExp(`^[，,]?\\s*([^，,。！？；「」“”〝〞"\\s]{1,20}?)${SPEECH_VERB}`, 'u');
// Japanese: the quotation, then と and a verb of saying ("「…」と述べた").
const JAPANESE_AFTER = /^と(?:述べ|話し|話す|語っ|語る|語り|説明|強調|指摘|明かし|明かす|コメント|発表|振り返)/u;
// Japanese names the speaker before the quotation, with 氏 or さん or a title, and は or が:
// "三澤智光社長は、「…」と語った", "ナデラ氏は「…」と述べた". The name is before the suffix; a
// governor's or mayor's title names the prefecture or town's kind first ("山田太郎県知事は", "町長"), a
// title may give its English short form ("最高経営責任者（CEO）"), and one person may hold two ("三木谷浩史会長兼社長は").
const JAPANESE_TITLE = String.raw`(?:氏|さん|社長|会長|副社長|代表取締役|代表|准教授|教授|所長|部長|本部長|[都道府県]?知事|首相|大臣|[市町村区]長|理事長|最高経営責任者|最高技術責任者|執行役員|取締役|CEO|CTO)(?:[（(](?:CEO|CTO|COO|CFO)[）)])?`;
const JAPANESE_NAME = String.raw`([\p{sc=Han}\p{sc=Katakana}ー・]{2,12}?)${JAPANESE_TITLE}(?:兼${JAPANESE_TITLE})*`;
const JAPANESE_SPEAKER = new RegExp(String.raw`${JAPANESE_NAME}(?:は|が)[、,]?\s*$`, 'u');
// A sentence's topic, a titled name and は: "米ルーメンの佐藤健一社長は13日、東京都内で講演した。"
const JAPANESE_TOPIC = new RegExp(String.raw`${JAPANESE_NAME}は`, 'u');
// Or after it: between と and the verb ("「…」と佐藤健一社長は記者会見で述べた"), or in the next sentence, which
// says the quotation was said "so" ("「…」。徳永俊昭社長は説明会でこう語った").
const JAPANESE_SAYING = '(?:述べ|話し|話す|語っ|語る|語り|説明し|強調し|指摘し|明かし|明かす|コメントし|振り返っ)';
const JAPANESE_NAMED_AFTER = new RegExp(String.raw`^と、?(?:[^。「」、]{0,30}?の)?${JAPANESE_NAME}(?:は|が)[^。「」]{0,20}?${JAPANESE_SAYING}`, 'u');
const JAPANESE_SAID_SO = new RegExp(String.raw`^。\s*${JAPANESE_NAME}(?:は|が)[^。「」]{0,20}?(?:こう|そう)${JAPANESE_SAYING}`, 'u');

// Where the clause naming the speaker starts: a stop, a comma, a colon or a quotation mark.
const CLAUSE_BREAK = /[。！？；，,：:、「」『』“”〝〞"]/gu;
// A bracketed aside inside the clause: an outlet's or a person's name in Latin letters ("法利（Jim Farley）").
const ASIDE = /[（(][^（）()]*[）)]/gu;
// Words that follow a name before its verb: when, where and how they spoke ("林小華最近在論壇上表示",
// "林小華接受訪問時表示", "王小涛周四表示", "校長特意說", "工作人员进一步表示"). The name ends where one of them starts.
const AFTER_NAME = /(?:接受|最近|今天|今日|昨天|昨日|日前|近日|稍早|周[一二三四五六日末]|週[一二三四五六日末]|星期[一二三四五六日天]|上周|上週|本周|本週|早前|此前|當天|当天|也|則|则|在|於|于|向|對|对|更|曾|已|透過|通过|隨後|随后|還|还|並|并|同時|同时|甚至|就|便|又|竟|卻|却|再|仍|亦|將|将|特意|特地|開玩笑|开玩笑|笑著|笑着|公開|公开|私下|親自|亲自|直接|當場|当场|进一步|進一步|感慨|無奈|无奈|激動|激动|憤怒|愤怒|氣沖沖|气冲冲)/u;
// Roles and organisations that come before a name: titles, trades, the people in a story, newsrooms,
// companies, agencies and institutes. The name is what follows the last of them.
const ROLE_BEFORE_NAME = new RegExp(
  String.raw`(?:CEO|CTO|CFO|COO|CMO|CSO|CPO|首席\p{sc=Han}{1,3}?官|執行官|执行官|執行長|执行长|高管|高層|高层|董事長|董事长|總經理|总经理|總裁|总裁|總監|总监|記者|记者|作者|研究員|研究员|教授|主席|總統|总统|總理|总理|部長|部长|發言人|发言人|官員|官员|經理|经理|主任|主管|專家|专家|學者|学者|分析師|分析师|議員|议员|農民|农民|導演|导演|演員|演员|創辦人|创办人|創始人|创始人|創意長|組長|组长|局長|局长|院長|院长|市長|市长|校長|校长|社長|社长|會長|会长|處長|处长|所長|所长|律師|律师|醫師|医师|醫生|医生|工程師|工程师|科學家|科学家|經濟學家|经济学家|作家|朝聖者|居民|民眾|民众|消費者|消费者|使用者|患者|學生|学生|老師|老师|顧問|顾问|董事|合夥人|合伙人|負責人|负责人|協會|协会|基金會|基金会|公司|集團|集团|研究院|大學|大学|政府|部門|部门|中心|組織|组织|委員會|委员会|工作室|實驗室|实验室|辦公室|办公室|研究所|智庫|智库|通訊社|通讯社|社|長|长|員|员)`,
  'gu',
);
// A name: Chinese characters (a dot between a transliterated given name and surname), or words in Latin letters.
const HAN_NAME = /^[\p{sc=Han}·・]{2,7}$/u;
const MAX_BARE_NAME = 4;
// A company and its officer's title before a name in Latin letters ("Fenris CEO", "Acme Co-founder"): up to the last title.
const LATIN_ROLE_BEFORE = /^.*\b(?:CEO|CTO|CFO|COO|CSO|CPO|CMO|VP|Founder|Co-founder|Cofounder|President|Chairman|Chairwoman|Director)\s+(?=\p{Lu})/u;
const LATIN_NAME = /^\p{Lu}[\p{Script=Latin}.'’-]*(?: \p{Lu}[\p{Script=Latin}.'’-]*){0,3}$/u;
// Not a name: pronouns, "the", "this", words for unnamed people ("一位朋友", "該公司"), "without borders"
// (an organisation's name after a trade: "记者无国界", Reporters Without Borders), and question words ("何时").
const NOT_NAME = /[他她它我你們们的之其該该此這这位]|朋友|人士|有人|官方|網友|网友|對方|对方|无国界|無國界|何时|何時|何处|何處|如何|为何|為何/u;

interface Candidate {
  text: string;
  speaker: string | null;
  attributed: boolean;
}

/** The key quote of a text mostly in Chinese or Japanese; null when it has none. */
export function cjkQuote(paragraphs: readonly string[]): Quote | null {
  const candidates: Candidate[] = [];
  const kept = paragraphs.slice(0, MAX_PARAGRAPHS);
  // The names the text introduces (with their name in Latin letters, or by a role as it attributes a
  // quotation): named again alone, they are still names.
  const introduced = namesGivenInLatin(kept);
  const fullNames = latinFullNames(kept);
  for (const [index, paragraph] of kept.entries()) {
    // A paragraph ending with its speaker's verb and a colon, and the words below it without marks
    // ("記者無國界表示：" above a statement set apart).
    const leadIn = LEAD_IN.exec(paragraph);
    const next = kept[index + 1];
    if (leadIn && !LABEL.test(leadIn[0]) && next !== undefined && quotationSpans(next).length === 0 && charCount(next) >= MIN_CHARS) {
      candidates.push({ text: next.trim(), speaker: nameInClause(clauseBefore(paragraph.slice(0, leadIn.index)), introduced), attributed: true });
    }
    for (const span of quotationSpans(paragraph)) {
      const text = span.text.replace(/[，,]\s*$/u, '').trim();
      const before = paragraph.slice(0, span.open);
      const after = paragraph.slice(span.close);
      const verbBefore = saysBefore(before);
      // After the quotation, the words before the verb must be a name or a pronoun: "“…”情况说明" is a
      // notice's title, no one speaking.
      const after1 = verbBefore ? null : VERB_AFTER.exec(after);
      const verbAfter = after1 && (PRONOUN.test(after1[1]!.trim()) || nameInClause(after1[1]!, introduced) !== null) ? after1 : null;
      // A speaker's label and a colon: "女乘客：“…”", as a transcript sets it.
      const labelled = verbBefore || verbAfter ? null : SPEAKER_LABEL.exec(before);
      const label = labelled && !NOT_SPEAKER_LABEL.test(labelled[1]!) ? labelled : null;
      // Reported speech ending in the speaker's own words: "林小華表示，…，「…」。" — a verb earlier in the
      // sentence the quotation closes.
      const verbEarlier = verbBefore || verbAfter || label || !SENTENCE_CLOSED.test(after) ? null : verbInSentence(before);
      const namedAfter = verbBefore || verbAfter || label || verbEarlier ? null : (JAPANESE_NAMED_AFTER.exec(after) ?? JAPANESE_SAID_SO.exec(after));
      const attributed = verbBefore !== null || verbAfter !== null || label !== null || verbEarlier !== null || namedAfter !== null || JAPANESE_AFTER.test(after);
      // Words in Latin letters inside a Chinese text (a show's title, a slogan) are counted as English words are.
      if (LATIN_ONLY.test(text) ? text.split(/\s+/).length < MIN_LATIN_WORDS : charCount(text) < (attributed ? MIN_CHARS : MIN_UNATTRIBUTED_CHARS)) continue;
      // Unattributed, only a whole sentence said is someone's words: a saying or a prompt in marks is not,
      // nor a question no one is said to ask (a section's title, the writer's rhetorical question).
      // Japanese sets titles and thoughts in 「…」 too ("「広告が多すぎるサイトって、どこまで作れるんだろう。」"):
      // there, only an attributed quotation is someone's.
      if (!attributed && (!/[。！]$/u.test(text) || KANA.test(text))) continue;
      const clause = verbBefore ? clauseBefore(before.slice(0, verbBefore.index)) : verbAfter ? verbAfter[1]! : label ? label[1]! : verbEarlier ?? undefined;
      // "你对他说“…”": what "you" would say is an example, no one's words.
      if (clause !== undefined && HYPOTHETICAL.test(clause.trim())) continue;
      // 「…」と語った。 opening its paragraph: the one the sentence before it introduced speaking ("佐藤健一社長は13日、記者会見を開いた。").
      const saidAfter = JAPANESE_AFTER.test(after) ? (JAPANESE_SPEAKER.exec(before)?.[1] ?? (before.trim() === '' && index > 0 ? (JAPANESE_TOPIC.exec(lastSentence(kept[index - 1]!.replace(/[。！？]\s*$/u, '')))?.[1] ?? null) : null)) : null;
      const named = clause === undefined ? (namedAfter?.[1] ?? saidAfter) : nameInClause(clause, introduced);
      // "他表示" after one person has been named: that person; after two or more, no one.
      // "Dowling表示" in a story that named Michael Dowling: the name as first written in full.
      // "李斌在微博中表示，…。“…”他说": "he" is first the one this paragraph has speaking before the quotation.
      const speaker = (named && (fullNames.get(named) ?? titledFullName(named, introduced))) ?? named ?? (clause !== undefined && PRONOUN.test(clause.trim()) ? (speakingBefore(before, introduced) ?? onlySpeaker(candidates)) : null);
      candidates.push({ text, speaker, attributed });
    }
  }
  // The first quotation someone is named as saying; else the first attributed one; else the first long one.
  const best = candidates.find((c) => c.speaker !== null) ?? candidates.find((c) => c.attributed) ?? candidates[0];
  return best ? { text: best.text, speaker: best.speaker } : null;
}

export interface Span {
  open: number;
  /** Just after the closing mark. */
  close: number;
  text: string;
}

// Opening marks and their closing ones: corner brackets, curly marks, the double primes 〝…〞 some
// Chinese sites set, and straight marks.
const CLOSING: Readonly<Record<string, string>> = { '「': '」', '“': '”', '〝': '〞', '"': '"' };

/** Quotations in 「…」 (with 『…』 or 「…」 inside them), “…”, 〝…〞 and "…", closed in the paragraph. */
export function quotationSpans(paragraph: string): Span[] {
  const spans: Span[] = [];
  for (let at = 0; at < paragraph.length; at++) {
    const mark = paragraph[at]!;
    const closing = CLOSING[mark];
    if (closing === undefined) continue;
    let depth = 0;
    let end = -1;
    for (let i = at + 1; i < paragraph.length; i++) {
      if (paragraph[i] === closing) {
        if (depth === 0) {
          end = i;
          break;
        }
        depth--;
      } else if (paragraph[i] === mark) depth++;
    }
    if (end < 0) break;
    spans.push({ open: at, close: end + 1, text: paragraph.slice(at + 1, end) });
    at = end;
  }
  return spans;
}

/** The speech verb ending the text before an opening mark, unless it is a label's ("商品說明："). */
function saysBefore(before: string): RegExpExecArray | null {
  const verb = VERB_BEFORE.exec(before);
  return verb && !LABEL.test(verb[0]) ? verb : null;
}

/**
 * The clause naming the speaker when the sentence that ends where `before` does opens with them and
 * their verb ("林小華表示，…"); null for any other sentence (a verb inside a word, "小說", or a
 * clause about someone else).
 */
function verbInSentence(before: string): string | null {
  const opening = SAYS_FIRST.exec(lastSentence(before));
  return opening ? opening[1]! : null;
}

/** The text after its last sentence stop (or line break): the sentence still open at its end. */
function lastSentence(text: string): string {
  return text.slice(Math.max(...[...'。！？\n'].map((stop) => text.lastIndexOf(stop))) + 1);
}

/**
 * A sentence opening with a speech verb among its first words ("他说。", "林小華表示，…"): what it says
 * names who said the quotation before it.
 */
export function opensWithSpeech(sentence: string): boolean {
  return SPEECH_NEAR_START.test(sentence);
}

/** The one person the sentences of `before` open by naming with a speech verb ("李斌在微博中表示，…"); null for none or several. */
function speakingBefore(before: string, introduced: Set<string>): string | null {
  const named = new Set<string>();
  for (const sentence of before.split(/[。！？\n]/u)) {
    const opening = SAYS_FIRST.exec(sentence);
    const name = opening && !PRONOUN.test(opening[1]!.trim()) ? nameInClause(opening[1]!, introduced) : null;
    if (name) named.add(name);
  }
  return named.size === 1 ? [...named][0]! : null;
}

/** The one person the quotations so far were credited to, if only one was. */
function onlySpeaker(candidates: readonly Candidate[]): string | null {
  const named = new Set(candidates.map((c) => c.speaker).filter((speaker) => speaker !== null));
  return named.size === 1 ? [...named][0]! : null;
}

/** The clause before a verb: from the last stop, comma, colon or quotation mark. */
function lastClause(text: string): string {
  let start = 0;
  for (const match of text.matchAll(CLAUSE_BREAK)) start = match.index! + 1;
  return text.slice(start);
}

/**
 * The clause naming who spoke, before the verb. A verb right after a comma has the sentence's subject:
 * "林小華甚至聲稱…，稱：「…」" is 林小華's, named at the sentence's start.
 */
function clauseBefore(text: string): string {
  const clause = lastClause(text);
  if (clause.trim() !== '' || !/[，,]\s*$/u.test(text)) return clause;
  return lastSentence(text).split(/[，,：:「“〝"]/u)[0]!;
}

// A name in characters and the same name in Latin letters in brackets: "研究人員奇尼蒙（Megan Kinniment）".
// (A transliterated name says so after it: "钱林生（Qian Linsheng，音译）".)
const NAME_IN_LATIN = /([\p{sc=Han}·・]{2,12})[（(]\p{Lu}[\p{Script=Latin}.'’-]*(?: \p{Lu}[\p{Script=Latin}.'’-]*){1,3}(?:[，,]\s*音译)?[）)]/gu;

/** The people a text names in characters and then in Latin letters, each without the role before them. */
function namesGivenInLatin(paragraphs: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const paragraph of paragraphs) {
    for (const match of paragraph.matchAll(NAME_IN_LATIN)) {
      let start = 0;
      for (const role of match[1]!.matchAll(ROLE_BEFORE_NAME)) start = role.index! + role[0].length;
      // A description before the name ends with 的 ("靠回收塑料为生的钱林生", "who lives by recycling plastic, Qian Linsheng").
      const name = match[1]!.slice(start).replace(/^.*的/u, '');
      if (HAN_NAME.test(name) && !NOT_NAME.test(name)) names.add(name);
    }
  }
  return names;
}

// A family name and a courtesy title: "钱先生" (Mr. Qian), "王女士", "李教授".
const TITLED_SURNAME = /^(\p{sc=Han})(?:先生|女士|小姐|太太|教授|博士)$/u;

/**
 * The full name a family name and its title stand for ("钱先生说" in a story that introduced 钱林生
 * (Qian Linsheng)): the one introduced name with that family name, else undefined.
 */
function titledFullName(named: string, introduced: ReadonlySet<string>): string | undefined {
  const surname = TITLED_SURNAME.exec(named)?.[1];
  if (!surname) return undefined;
  const bearers = [...introduced].filter((name) => name.startsWith(surname) && name.length <= 4);
  return bearers.length === 1 ? bearers[0] : undefined;
}

// A name of two to four words in Latin letters (its role or company may open the run).
const LATIN_FULL_NAME = /\p{Lu}[\p{Script=Latin}'’-]+(?: \p{Lu}[\p{Script=Latin}'’-]+){1,3}/gu;

/**
 * Surnames in Latin letters, and given names ("Dario说"), with the full names the text first gives
 * them in: one full name each, and a given name only where no surname is the same word.
 */
function latinFullNames(paragraphs: readonly string[]): Map<string, string> {
  const surnames = new Map<string, string>();
  const given = new Map<string, string>();
  const twice = new Set<string>();
  const add = (names: Map<string, string>, key: string, name: string) => {
    const known = names.get(key);
    if (known !== undefined && known !== name) twice.add(key);
    else names.set(key, name);
  };
  for (const paragraph of paragraphs) {
    for (const [run] of paragraph.matchAll(LATIN_FULL_NAME)) {
      // The run's last two words are the person's: "Anthropic CEO Dario Amodei" is Dario Amodei.
      const words = run.split(' ');
      const name = words.slice(-2).join(' ');
      add(surnames, words[words.length - 1]!, name);
      add(given, words[words.length - 2]!, name);
    }
  }
  for (const [word, name] of given) if (!surnames.has(word)) surnames.set(word, name);
  for (const word of twice) surnames.delete(word);
  return surnames;
}

/** The name in the clause before a speech verb, or null when no name can be told. */
function nameInClause(clause: string, introduced: Set<string>): string | null {
  // "法务省解释说": a verb before the verb is no part of the name.
  let words = clause.replace(ASIDE, '').trim().replace(TRAILING_VERBS, '');
  // "林小華接受訪問時": the name ends where what it did or when starts (not at its own first characters).
  const after = AFTER_NAME.exec(words.slice(2));
  if (after) words = words.slice(0, 2 + after.index);
  // After the last role or organisation: "港務公司董事長林小華" is 林小華.
  let start = 0;
  for (const match of words.matchAll(ROLE_BEFORE_NAME)) start = match.index! + match[0].length;
  // A role, then a name in Latin letters ("創意長 Dana Clark"), or a name alone.
  // "Fenris CEO Hilmar Pétursson", "该公司CEO Dana Linde": a title in Latin letters; the name follows it.
  const name = words.slice(start).replace(/^[^\p{L}]+/u, '').trim().replace(LATIN_ROLE_BEFORE, '');
  if (NOT_NAME.test(name)) return null;
  if (LATIN_NAME.test(name)) return name;
  if (!HAN_NAME.test(name)) return null;
  if (start > 0) {
    introduced.add(name);
    return name;
  }
  // With no role before it, the words are a name when a role introduced it earlier ("協會總監富恩特表示"
  // before "富恩特指出"), or when they are a Chinese name: two to four characters opening with a common
  // surname or a familiar 小, 老 or 阿. Anything else is a clause ("甫一开门见人就说") or a thing
  // ("报告指出", "信中说").
  return introduced.has(name) || (name.length <= MAX_BARE_NAME && SURNAME.test(name)) ? name : null;
}

// The commonest Chinese surnames, in traditional and simplified characters, and the familiar prefixes.
const SURNAME = /^(?:[王李張张劉刘陳陈楊杨黃黄趙赵吳吴周徐孫孙馬马朱胡郭何高林羅罗鄭郑梁謝谢宋唐許许韓韩馮冯鄧邓曹彭曾肖蕭萧田董袁潘于蔣蒋蔡余杜葉叶程蘇苏魏呂吕丁任沈姚盧卢姜崔鍾钟譚谭陸陆汪范金石廖賈贾夏韋韦付方白鄒邹孟熊秦邱江尹薛閻闫段雷侯龍龙史陶黎賀贺顧顾毛郝龔龚邵萬万錢钱嚴严覃武戴莫孔向湯汤柯翁施洪游賴赖溫温莊庄蘇簡简歐欧紀纪古侯涂連连彭]|小|老|阿)/u;

/** Characters other than spaces and punctuation. */
function charCount(text: string): number {
  return text.replace(/[\s\p{P}]/gu, '').length;
}
