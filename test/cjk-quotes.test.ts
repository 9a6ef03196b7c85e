// Key quotes in Chinese and Japanese stories (src/articles/cjk-quote.ts), in the shapes read on the
// real-feeds check's tune half: our own invented sentences, none of the feeds' text.
import { describe, expect, it } from 'vitest';
import { extractQuote } from '../src/articles/extract-quote.ts';

describe('quotes in Chinese and Japanese', () => {
  it('takes a quotation in corner brackets and the name after the speaker’s role', () => {
    const quote = extractQuote([
      '海峽港務公司今天公布新的排班系統。',
      '海峽港務公司董事長林小華接受訪問時表示：「自動化將改變碼頭工作。」',
    ]);
    expect(quote).toEqual({ text: '自動化將改變碼頭工作。', speaker: '林小華' });
  });

  it('keeps the name before a bracketed name in Latin letters', () => {
    const quote = extractQuote(['美國港口公司執行長林德（Dana Linde）最近在論壇上表示：「港口將在兩年內全面自動化。」']);
    expect(quote?.speaker).toBe('林德');
  });

  it('takes the name after an officer’s title, in characters or in Latin letters', () => {
    // "首席执行官" (chief executive officer) is a role as "执行长" is; "CEO" before a name in Latin letters is too.
    const quote = extractQuote(['Harbor Labs 首席执行官 Dana Ines Linde 在一封致用户的公开信中表示，「港口的数据将在两年内全部开放给研究人员使用。」']);
    expect(quote).toEqual({ text: '港口的数据将在两年内全部开放给研究人员使用。', speaker: 'Dana Ines Linde' });
    expect(extractQuote(['港口数据平台本周正式上线，首批接入了十二个码头的实时数据。', 'Harbor Labs CEO Dana Linde表示：「港口的数据将在两年内全部开放给研究人员使用。」'])?.speaker).toBe('Dana Linde');
  });

  it('reads a family name and its title as the transliterated name the story introduced', () => {
    const quote = extractQuote([
      '今年41岁、靠修船为生的孙海平（Sun Haiping，音译）在码头上数着船。',
      '孙先生说：“这活又脏又累。但我们只是修船，靠这个过日子而已。”',
    ]);
    expect(quote?.text).toContain('这活又脏又累');
    expect(quote?.speaker).toBe('孙海平');
  });

  it('reads the speaker named after a curly quotation', () => {
    const quote = extractQuote(['港口工人周二恢复了工作。', '“工人们对新的合同都很满意，”王大明说道，“我们下周会再谈。”']);
    expect(quote).toEqual({ text: '工人们对新的合同都很满意', speaker: '王大明' });
  });

  it('reads a paragraph below a speaker’s verb and colon as their words', () => {
    const quote = extractQuote(['港務局長林小華表示：', '我們會在下個月公布所有碼頭的新班表。']);
    expect(quote).toEqual({ text: '我們會在下個月公布所有碼頭的新班表。', speaker: '林小華' });
    // A report named with a possessive ("林小華的訪談報導：", "Lin's interview report:") is a noun: the line below is no one's words.
    expect(extractQuote(['關於港口的歷史，可以參考林小華的訪談報導：', '港口夜間作業的照片與碼頭全景的空拍畫面'])).toBeNull();
    // A question in marks that no one is said to ask is the writer's own (a section's title, a rhetorical question).
    expect(extractQuote(['「從 1990 到 2026，這座港口到底長得有多大了？」', '港口的吞吐量在過去三十年裡增加了二十倍。'])).toBeNull();
  });

  it('reads reported speech that ends in the speaker’s own words as theirs, and “he” as the one person named', () => {
    const quote = extractQuote([
      '港務局長林小華表示，碼頭的資料分散在各家公司，新平台會把它們整合起來，「小港口也能更快變成大港口」。',
      '他表示，下一步是引進國外的工程師，「我們要讓年輕人看到港口的未來」。',
    ]);
    expect(quote).toEqual({ text: '小港口也能更快變成大港口', speaker: '林小華' });
    const second = extractQuote(['港務局長林小華昨天視察碼頭。', '他表示，下一步是引進國外的工程師，「我們要讓年輕人看到港口的未來」。']);
    expect(second).toEqual({ text: '我們要讓年輕人看到港口的未來', speaker: null });
    // "He said" after a quotation: the one person this paragraph has speaking before it.
    const third = extractQuote(['港務局長林小華昨天視察碼頭。', '林小華在微博中表示，第十萬個貨櫃已經卸下。“十萬個，是一個新的起點。我們會繼續擴建碼頭”他說。']);
    expect(third).toEqual({ text: '十萬個，是一個新的起點。我們會繼續擴建碼頭', speaker: '林小華' });
  });

  it('takes the sentence’s subject for a verb right after a comma', () => {
    const quote = extractQuote(['林小華甚至聲稱自己沒有責任，稱：「港口的問題不是我造成的。」']);
    expect(quote?.speaker).toBe('林小華');
  });

  it('names no one when the words before the verb are no name', () => {
    const quote = extractQuote(['林小華不顧禮節，甫一開門見人就說：「不必年年勞駕了，這一套要改革掉。」']);
    expect(quote).toEqual({ text: '不必年年勞駕了，這一套要改革掉。', speaker: null });
    // A verb of questioning or a role left when the words before it are taken away is no name either.
    expect(extractQuote(['上述乘客质疑：“现在的港口班次比原来少了一半，为什么没有提前告知乘客？”'])).toEqual({ text: '现在的港口班次比原来少了一半，为什么没有提前告知乘客？', speaker: null });
    expect(extractQuote(['“从港口整体来看，自动化码头算是刚刚起步，建设还需要时间。”该港务公司高管补充说道。'])?.speaker ?? null).toBeNull();
    // "Without borders" after a trade is an organisation's name (记者无国界, Reporters Without Borders),
    // not a person's; nor is a question word ("何时").
    expect(extractQuote(['记者无国界表示：“港口城市的记者今年受到的威胁比往年更多，我们对此十分担忧。”'])?.speaker ?? null).toBeNull();
    expect(extractQuote(['港口何时开放，林德说：“我们希望下个月就能让所有码头恢复运作。”'])?.speaker).toBe('林德');
    // A label saying what the line is (a vision, a quotable line) names no one before its colon.
    expect(extractQuote(['港务公司的长期愿景：“让每一艘船都能在一小时内靠泊，让港口成为城市的客厅。”'])?.speaker ?? null).toBeNull();
    expect(extractQuote(['港口改革一年回顾。金句：“港口不是终点，而是城市和世界相连的起点，我们每天都在证明这一点。”'])?.speaker ?? null).toBeNull();
    // Latin capitals before characters are no name in Latin letters.
    expect(extractQuote(['WMO港口報告共同撰稿西布魯表示：「未來5年港口的吞吐量會再創新高。」'])?.speaker ?? null).toBeNull();
  });

  it('takes a name alone only when it is a Chinese name or one the text introduced', () => {
    // A report, a letter, a manner of speaking are no one.
    expect(extractQuote(['报告指出，「港口的吞吐量将在五年内翻一番。」'])?.speaker ?? null).toBeNull();
    expect(extractQuote(['港務局長特意說：「碼頭下個月起全天開放。」'])?.speaker ?? null).toBeNull();
    // A Chinese surname opens a name; a foreign name is one once the text gave it in Latin letters.
    expect(extractQuote(['林德表示：「港口將在兩年內全面自動化。」'])?.speaker).toBe('林德');
    // The day it was said is no part of the name ("王小涛周四表示").
    expect(extractQuote(['港务局长王小涛周四表示：“港口的吞吐量将在五年内翻一番。”'])?.speaker).toBe('王小涛');
    expect(extractQuote(['林德星期二说：“港口将在两年内全面自动化。”'])?.speaker).toBe('林德');
    // "Further" is how they spoke, and the staff member who did is unnamed.
    expect(extractQuote(['“本次扩建将新增两个泊位，我们评估后确认有能力完成。”港务公司工作人员进一步表示。'])?.speaker ?? null).toBeNull();
    const foreign = extractQuote(['港口研究人員卡斯騰（Maren Karsten）今天公布報告。', '卡斯騰表示：「港口將在兩年內全面自動化。」']);
    expect(foreign?.speaker).toBe('卡斯騰');
    expect(extractQuote(['卡斯騰表示：「港口將在兩年內全面自動化。」'])?.speaker ?? null).toBeNull();
  });

  it('reads a speaker’s label and colon as a transcript’s, and a verb after a verb as no part of the name', () => {
    const quote = extractQuote(['港口工人周二恢复了工作。女乘客：“大家都在一个港口工作，互相体谅对不对。”']);
    expect(quote?.text).toBe('大家都在一个港口工作，互相体谅对不对。');
    expect(quote?.speaker ?? null).toBeNull();
    const stacked = extractQuote(['港务局长王大明解释说，新班表的初衷是减少夜班，“没有让工人多干活的想法”。']);
    expect(stacked).toEqual({ text: '没有让工人多干活的想法', speaker: '王大明' });
  });

  it('takes no example of what “you” might say, no notice’s title and no short phrase in Latin letters', () => {
    expect(extractQuote(['一个码头工人下岗回家，你对他说“灵活是福利，灵活是福报”，他不会接受。'])).toBeNull();
    expect(extractQuote(['港务局发布关于“港口夜班排班调整”网络信息情况说明，全文如下。'])).toBeNull();
    expect(extractQuote(['港务局与一档名为“harbour in love”的节目推出联名海报。'])).toBeNull();
  });

  it('gives a given name in Latin letters as the full name the story first wrote, without the role or company before it', () => {
    const paragraphs = ['Quillmark CEO Dana Roeder今天公布了新的港口模型。', 'Dana在台上表示：「港口工程师是最快采用新工具的人群，他们经历的预示着整个行业的未来。」'];
    expect(extractQuote(paragraphs)?.speaker).toBe('Dana Roeder');
    expect(extractQuote([paragraphs[0]!, paragraphs[1]!.replace('Dana', 'Roeder')])?.speaker).toBe('Dana Roeder');
  });

  it('gives a surname in Latin letters as the full name the story first wrote', () => {
    const quote = extractQuote(['德国港口协会主席Maren Karsten今天访问上海。', 'Karsten表示：「港口将在两年内全面自动化。」']);
    expect(quote?.speaker).toBe('Maren Karsten');
  });

  it('takes no title, term or label in brackets for a quote', () => {
    expect(extractQuote(['這部紀錄片入選「世界十大港口紀錄片」，將在下個月上映。'])).toBeNull();
    expect(extractQuote(['商品說明：「全新港口模型，附原廠盒子，有意請私訊」'])).toBeNull();
  });

  it('takes no unattributed Japanese sentence in corner brackets, a title or a thought', () => {
    expect(extractQuote(['ブログを書いた。「港のサイトって、どこまで速く作れるんだろう。」と思って試した。'])).toBeNull();
  });

  it('names the Japanese speaker before 氏, さん or a title and は', () => {
    expect(extractQuote(['港湾会社は新しい計画を発表した。', '記者会見で山田太郎社長は、「日本のための港湾サービスとAIに取り組む」と語った。'])?.speaker).toBe('山田太郎');
    expect(extractQuote(['ナデラ氏は「すべての埠頭を来年までに自動化する」と述べた。'])?.speaker).toBe('ナデラ');
    // A governor's title names the prefecture first: "県" is no part of the name.
    expect(extractQuote(['港湾県は新しい計画を発表した。山田太郎県知事は「すべての埠頭を来年までに自動化する」と述べた。'])?.speaker).toBe('山田太郎');
    // "The company" names no one.
    expect(extractQuote(['同社は「比較的珍しい状況で、今後も注視する」と指摘する。'])).toEqual({ text: '比較的珍しい状況で、今後も注視する', speaker: null });
  });

  it('takes a Japanese quotation followed by と and a verb of saying', () => {
    const quote = extractQuote(['港湾局は新しい計画を発表した。', '局長は「来年までにすべての埠頭を自動化する」と述べた。']);
    expect(quote?.text).toBe('来年までにすべての埠頭を自動化する');
  });
});

describe('quotes in Korean', () => {
  it('takes a quotation the verb after it attributes, and the name opening the sentence', () => {
    expect(extractQuote(['김민준 한빛항만 대표는 이날 기자간담회에서 “항만 자동화는 이제 선택이 아니라 생존의 문제”라고 말했다.'])).toEqual({
      text: '항만 자동화는 이제 선택이 아니라 생존의 문제',
      speaker: '김민준',
    });
    expect(extractQuote(['한빛항만은 새 시스템을 공개했다.', '박서연은 “우리는 내년까지 모든 부두를 자동화할 계획이다”라고 밝혔다.'])?.speaker).toBe('박서연');
  });

  it('names no one for an unnamed official, and takes no quoted term', () => {
    expect(extractQuote(['이에 대해 회사 관계자는 “현재 검토 중인 사안으로 결정된 바 없다”고 전했다.'])).toEqual({ text: '현재 검토 중인 사안으로 결정된 바 없다', speaker: null });
    expect(extractQuote(['항만청은 “AI 기본법” 시행에 대비하고 있다.'])).toBeNull();
  });
});
