// Shapes found by writing invented items the way publishers shape their feeds (newsletters, wires,
// reposts, aggregators, non-English papers) and reading what the bot made of them. Each item is small,
// invented and built through the feed reader, as a poll would build it.
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/articles/article.ts';
import { buildArticle, feedContextOf } from '../src/articles/build-article.ts';
import { loadTopicTable } from '../src/articles/topics.ts';
import { parseFeed } from '../src/feeds/parse-feed.ts';

const topics = loadTopicTable();
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface Item {
  title: string;
  html: string;
  feedTitle?: string;
  link?: string;
  channel?: string;
  /** Raw XML inside the item: a <source>, a <dc:creator>. */
  extra?: string;
}

async function articleOf({ title, html, feedTitle = 'Harbor Ledger', link = 'https://harborledger.example/a', channel = 'https://harborledger.example/', extra = '' }: Item): Promise<Article> {
  const xml = `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>${escape(feedTitle)}</title><link>${escape(channel)}</link><description>News</description>` +
    `<item><title>${escape(title)}</title><link>${escape(link)}</link>${extra}<description>${escape(html)}</description></item></channel></rss>`;
  const url = `${channel}feed.xml`;
  const feed = await parseFeed(Buffer.from(xml), { url });
  return buildArticle(feed.entries[0]!, feedContextOf(url, feed), topics, new Date('2026-12-01T00:00:00Z'));
}

describe('leads that were lost whole', () => {
  it('keeps a story sentence about a company’s paid plan (only the publication’s own paywall plea is furniture)', async () => {
    const plan = 'Anthropic introduced a $200-a-month Max plan for Claude, a premium membership aimed at power users who hit usage limits on the cheaper Pro tier.';
    expect((await articleOf({ title: 'Claude Max plan', html: `<p>${plan}</p>` })).summary).toBe(plan);
    const tier = 'Meta is testing a paid subscription for its Meta AI assistant that would give users more computing power for tasks like image generation.';
    expect((await articleOf({ title: 'Meta tests paid AI tier', html: `<p>${tier}</p><p>Analysts expect a wider launch next year.</p>` })).summary).toMatch(/^Meta is testing a paid subscription/);
    // The publication speaking to its reader still is.
    const paywalled = await articleOf({ title: 'Inside the chip race', html: `<p>Upgrade to a paid subscription to read the rest of this post.</p><p>Corvid shipped its first inference chip on Monday, two months late.</p>` });
    expect(paywalled.summary).toBe('Corvid shipped its first inference chip on Monday, two months late.');
  });

  it('keeps a story that opens with a name like “Related” (a label of links needs its colon or stands alone)', async () => {
    const lead = 'Related Companies, the New York property developer, will build a 1-gigawatt AI data center campus in Michigan, the company said on Tuesday.';
    expect((await articleOf({ title: 'Developer plans AI campus', html: `<p>${lead}</p>` })).summary).toBe(lead);
    const withLinks = await articleOf({ title: 'Developer plans AI campus', html: `<p>${lead}</p><p>Related: <a href="https://harborledger.example/b">Data centers strain the grid</a></p>` });
    expect(withLinks.summary).toBe(lead);
  });

  it('keeps the lead above a repost’s “— Via Outlet” line, and credits that outlet', async () => {
    const lead = 'Corvid has raised $2 billion in new funding, according to a filing.';
    const repost = await articleOf({ title: 'Corvid raises $2B', feedTitle: 'Deal Roundup', link: 'https://dealroundup.example/corvid', channel: 'https://dealroundup.example/', html: `<p>${lead}</p><p>— <em>Via <a href="https://www.capitolwire.example/corvid">Capitol Wire</a></em></p>` });
    expect(repost.summary).toBe(lead);
    expect(repost.source).toBe('Capitol Wire');
  });
});

describe('a press release’s closing SOURCE line', () => {
  const lead = 'DataNova today introduced LLM Gateway, a product that routes requests between AI models to cut costs.';
  it('is not the summary, nor its second sentence', async () => {
    expect((await articleOf({ title: 'DataNova Introduces LLM Gateway', html: `<p>${lead}</p><p>SOURCE: DataNova, Inc.</p>` })).summary).toBe(lead);
    expect((await articleOf({ title: 'DataNova Introduces LLM Gateway', html: `<p>${lead}</p><p>SOURCE DataNova, Inc.</p>` })).summary).toBe(lead);
  });
});

describe('speakers', () => {
  const quoteOf = async (title: string, html: string) => (await articleOf({ title, html })).quote;

  it('reads “sagt er” as the person named before, not a name inside the quotation', async () => {
    const quote = await quoteOf('Münchner KI-Firma Sigma expandiert', '<p>Die Münchner KI-Firma Sigma eröffnet ein Büro in San Francisco. Gründer Lukas Brandt will dort 50 Ingenieure einstellen.</p><p>„Die besten Leute für unsere Modelle sitzen nun einmal im Silicon Valley“, sagt er.</p>');
    expect(quote?.speaker).toBe('Lukas Brandt');
  });

  it('ends a German name before the article of whom it was told to (“sagte Jörg Halbach der Zeitung”)', async () => {
    const quote = await quoteOf('Autobauer setzt auf KI', '<p>Der Stuttgarter Autobauer Vandermotor will bis 2028 in allen Werken KI zur Qualitätskontrolle einsetzen.</p><p>„Jedes Fahrzeug wird künftig von einer Kamera mit KI geprüft“, sagte Produktionsvorstand Jörg Halbach der Zeitung.</p>');
    expect(quote?.speaker).toBe('Jörg Halbach');
    // A name's own article stays: "Ursula von der Leyen".
    const eu = await quoteOf('EU-Kommission stellt KI-Plan vor', '<p>Die EU-Kommission hat am Mittwoch einen Plan für KI-Fabriken vorgestellt.</p><p>„Europa muss bei der Rechenleistung aufholen, und zwar schnell“, sagte Ursula von der Leyen in Brüssel.</p>');
    expect(eu?.speaker).toBe('Ursula von der Leyen');
  });

  it('does not take a company named in an adjective of the headline for “the company said”', async () => {
    const quote = await quoteOf('Microsoft-backed startup Loomwork launches coding agent', '<p>Loomwork, a startup backed by Microsoft, launched a coding agent on Tuesday that it says can fix bugs across large codebases.</p><p>"Our agent closes half of the issues in a typical backlog without human help," the company said.</p>');
    expect(quote?.speaker).not.toBe('Microsoft');
  });

  it('reads “the governor said” as the governor named before, and a party’s name as no one', async () => {
    const lead = '<p>Gov. Teresa Lang signed a law on Monday requiring companion chatbot apps to remind users every three hours that they are talking to a machine.</p>';
    const said = (who: string) => `${lead}<p>"Children are forming relationships with these products that the products cannot return," ${who} said.</p>`;
    expect((await quoteOf('Governor signs chatbot law', said('the governor')))?.speaker).toBe('Teresa Lang');
    expect((await quoteOf('Governor signs chatbot law', said('the Republican')))?.speaker ?? null).not.toBe('Republican');
  });

  it('follows “she said” back past an unnamed person inside the quotation itself', async () => {
    const quote = await quoteOf('Ferrox delays photonic chip', '<p>Chip startup Ferrox has delayed its first photonic interconnect by six months.</p><p>Ferrox CEO Nora Blake was blunt. "We would rather ship late than ship something that fails in a customer\'s rack," she said.</p>');
    expect(quote).toEqual({ text: "We would rather ship late than ship something that fails in a customer's rack", speaker: 'Nora Blake' });
  });

  it('names the lawyer set after the role (“said his lawyer, Dana Pryce”)', async () => {
    const quote = await quoteOf('Man sues chatbot maker Talkwell', '<p>A man who quit his job after a chatbot encouraged him has sued Talkwell, the company behind it.</p><p>"It never once suggested he talk to a person he trusts," said his lawyer, Dana Pryce.</p>');
    expect(quote?.speaker).toBe('Dana Pryce');
  });
});

describe('quotes that say nothing', () => {
  it('takes no stock reply (“We don’t comment on market rumors”) as the key quote', async () => {
    const article = await articleOf({ title: 'Corvid AI weighs sale of robotics unit', html: '<p>Corvid AI is exploring a sale of its robotics division, which could fetch more than $2 billion, according to three people familiar with the matter.</p><p>"We don\'t comment on market rumors or speculation," a Corvid spokesperson said.</p>' });
    expect(article.quote).toBeNull();
    const nothing = await articleOf({ title: 'Corvid AI weighs sale', html: '<p>Corvid AI is exploring a sale of its robotics division.</p><p>"We have nothing to share at this time," a Corvid spokesperson said.</p><p>"The robotics unit has never been more valuable than it is today," said Ana Ruiz, Corvid’s chief executive.</p>' });
    expect(nothing.quote?.speaker).toBe('Ana Ruiz');
  });
});

describe('Google News items', () => {
  const googleNews = { feedTitle: 'Google News', channel: 'https://news.google.com/' };
  const item = (headline: string, outlet: string, title: string, extra = '') => ({
    ...googleNews,
    title,
    extra,
    link: 'https://news.google.com/rss/articles/CBMiQ2h0dHBzOi8vZXhhbXBsZS5jb20vc3Rvcnk?oc=5',
    html: `<a href="https://news.google.com/rss/articles/CBMiQ2h0dHBzOi8vZXhhbXBsZS5jb20vc3Rvcnk?oc=5" target="_blank">${headline}</a>&nbsp;&nbsp;<font color="#6f6f6f">${outlet}</font>`,
  });

  it('keep an outlet’s own spaced dash: the outlet after the headline’s link is the name, whole', async () => {
    const article = await articleOf(item('Georgia Tech gets $20M for AI lab', 'WSB-TV Channel 2 - Atlanta', 'Georgia Tech gets $20M for AI lab - WSB-TV Channel 2 - Atlanta'));
    expect(article.source).toBe('WSB-TV Channel 2 - Atlanta');
    expect(article.headline).toBe('Georgia Tech gets $20M for AI lab');
    const sourced = await articleOf(item('Robotaxis reach the airport', 'CBS News - Chicago', 'Robotaxis reach the airport - CBS News - Chicago', '<source url="https://www.cbsnews.example">CBS News - Chicago</source>'));
    expect(sourced.source).toBe('CBS News - Chicago');
  });

  it('credit the outlet named after the link when the title has no suffix', async () => {
    expect((await articleOf(item('Meta’s Llama team loses key researchers', 'The Information', 'Meta’s Llama team loses key researchers'))).source).toBe('The Information');
  });

  it('have no summary when the description is the headline and its outlet', async () => {
    expect((await articleOf(item('Local firm uses AI to spot potholes', 'FOX 13 Tampa Bay - WTVT', 'Local firm uses AI to spot potholes - FOX 13 Tampa Bay - WTVT', '<source url="https://www.fox13news.example">FOX 13 Tampa Bay - WTVT</source>'))).summary).toBe('');
    expect((await articleOf(item('Copilot gets memory - The Verge Line', 'The Verge Line', 'Copilot gets memory - The Verge Line'))).summary).toBe('');
  });
});

describe('sources of stories carried elsewhere', () => {
  it('credits the partner a portal names under its story (Yahoo)', async () => {
    const yahoo = await articleOf({ title: 'Teachers split on AI grading tools', feedTitle: 'Yahoo News', link: 'https://www.yahoo.com/news/teachers-split-ai-grading-190000778.html', channel: 'https://www.yahoo.com/news/', html: '<p>Teachers in the district are divided over new AI tools that grade essays in seconds.</p><p>This article originally appeared on <a href="https://www.fresnoledger.example">Fresno Ledger</a>: <a href="https://www.fresnoledger.example/story/ai-grading">Teachers split on AI grading tools</a></p>' });
    expect(yahoo.source).toBe('Fresno Ledger');
    const finance = await articleOf({ title: 'Stargate site gets power deal', feedTitle: 'Yahoo Finance', link: 'https://finance.yahoo.com/news/stargate-power-200000888.html', channel: 'https://finance.yahoo.com/', html: '<p>OpenAI’s Stargate data center in Texas has secured a long-term power deal with a local utility.</p><p>Read the original article on <a href="https://www.bizdaily.example/stargate-power">Business Daily Ledger</a></p>' });
    expect(finance.source).toBe('Business Daily Ledger');
    expect(finance.summary).toBe('OpenAI’s Stargate data center in Texas has secured a long-term power deal with a local utility.');
  });

  it('ends a credited name with its sentence (“… by Gadget Ledger. Read the original here.”)', async () => {
    const repost = await articleOf({ title: 'Laptops get AI chips', feedTitle: 'Repost Hub', link: 'https://reposthub.example/a', channel: 'https://reposthub.example/', html: '<p>Gadget makers are adding AI chips to every laptop this year, analysts say.</p><p>This story was originally published by Gadget Ledger. Read the original here.</p>' });
    expect(repost.source).toBe('Gadget Ledger');
  });

  it('credits the show, not the podcast host its episode links to', async () => {
    for (const link of ['https://traffic.megaphone.fm/LSH1234567890.mp3', 'https://www.buzzsprout.com/123456/15000001']) {
      const episode = await articleOf({ title: 'Agents and the enterprise (with Rina Das)', feedTitle: 'Latent Shift', link, channel: 'https://latentshift.example/', html: '<p>Host Rina Das talks with two CIOs about rolling out AI agents.</p>' });
      expect(episode.source).toBe('Latent Shift');
    }
  });

  it('names a hosted blog, not the platform’s default tagline', async () => {
    const post = await articleOf({ title: 'AI in healthcare: a primer', feedTitle: 'Health Bytes – Just another WordPress site', link: 'https://healthbytes.wordpress.com/2026/12/01/ai-in-healthcare/', channel: 'https://healthbytes.wordpress.com/', html: '<p>AI is already reading X-rays, drafting notes and flagging sepsis in hospitals.</p>' });
    expect(post.source).toBe('Health Bytes');
  });

  it('leaves a wire’s copyright notice out of the summary', async () => {
    const story = await articleOf({ title: 'OpenAI names new CFO', feedTitle: 'The Valley Courier', link: 'https://valleycourier.example/openai-cfo', channel: 'https://valleycourier.example/', html: '<p>NEW YORK — OpenAI has named a new chief financial officer, the company said on Monday.</p><p>Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</p>' });
    expect(story.summary).toBe('OpenAI has named a new chief financial officer, the company said on Monday.');
    expect(story.source).toBe('The Associated Press');
  });
});

describe('datelines of German and Latin American papers', () => {
  const summaryOf = async (html: string) => (await articleOf({ title: 'KI-Rechenzentren', html })).summary;

  it('reads a town and a full stop before a German sentence (“Berlin. Die …”)', async () => {
    expect(await summaryOf('<p>Berlin. Die Bundesregierung will mit fünf Milliarden Euro den Bau von KI-Rechenzentren fördern. Das geht aus einem Entwurf des Digitalministeriums hervor.</p>'))
      .toBe('Die Bundesregierung will mit fünf Milliarden Euro den Bau von KI-Rechenzentren fördern. Das geht aus einem Entwurf des Digitalministeriums hervor.');
    expect(await summaryOf('<p>Walldorf/Frankfurt. Der Softwarekonzern SAP will seine KI-Angebote ausbauen und dafür 2000 Stellen schaffen.</p>')).toMatch(/^Der Softwarekonzern SAP/);
    // A one-word sentence before an English one is the story's.
    expect(await summaryOf('<p>Finally. The city council approved the AI permit office after two years of delays.</p>')).toMatch(/^Finally\. The city council/);
  });

  it('reads a place and “.-” with no credit, and a credit closed by a full stop', async () => {
    expect(await summaryOf('<p>BUENOS AIRES.- El Gobierno argentino firmó un acuerdo con OpenAI para construir un centro de datos en la Patagonia.</p>')).toMatch(/^El Gobierno argentino/);
    expect(await summaryOf('<p>Santiago.- La ministra de Ciencia presentó este lunes la política nacional de inteligencia artificial.</p>')).toMatch(/^La ministra de Ciencia/);
    expect(await summaryOf('<p>Lima, nov. 12 (ANDINA). El Gobierno peruano aprobó el reglamento de la ley de inteligencia artificial.</p>')).toMatch(/^El Gobierno peruano/);
  });
});

describe('leads of newsletters, live pages and cut excerpts', () => {
  const summaryOf = async (html: string, title = 'Nvidia news') => (await articleOf({ title, html })).summary;
  const NVIDIA = 'Nvidia has named Rachel Stone, a former finance executive at a retailer, as its chief financial officer.';

  it('skips the writer’s housekeeping before the first story', async () => {
    for (const note of [
      'If someone forwarded this to you, <a href="https://harborledger.example/subscribe">sign up here</a>.',
      'A quick note before we start: I will be at a chip conference next week. If you are there, say hi!',
      'This week’s issue is a bit late because of travel, apologies.',
      'I’m Sam Ortiz, and today we’re looking at chip makers.',
      'It’s been a wild week for chip stocks, so let’s dive right in.',
    ]) {
      expect(await summaryOf(`<p>${note}</p><p>${NVIDIA}</p>`)).toBe(NVIDIA);
    }
  });

  it('skips a sponsor’s pitch under a sponsor line set in bold', async () => {
    expect(await summaryOf(`<p><strong>Presented by Ledgerly</strong></p><p>Ledgerly helps finance teams close the books faster. <a href="#">Book a demo</a></p><p>${NVIDIA}</p>`)).toBe(NVIDIA);
  });

  it('skips a live page’s notice about itself, and adds no older entry after the newest', async () => {
    const newest = 'Nvidia reported third-quarter revenue of $57 billion, topping analyst estimates, and forecast sales above expectations.';
    expect(await summaryOf(`<p>Follow along for live coverage of Nvidia’s third-quarter results.</p><p><strong>5:02 p.m. ET</strong></p><p>${newest}</p>`)).toBe(newest);
    expect(await summaryOf(`<p>Auto-updating every 30 seconds</p><p><time>10:21</time> ${newest}</p><p><time>10:05</time> We’re in our seats.</p>`)).toBe(newest);
  });

  it('drops a second sentence the feed cut after an owner’s “’s”', async () => {
    const first = 'OpenAI has hired the chief executive of a grocery app to run its applications business.';
    expect(await summaryOf(`<p>${first} She will report directly to Sam Altman and oversee ChatGPT, Sora and the company's</p>`, 'OpenAI hires a CEO')).toBe(first);
  });
});

describe('quotes of people the text does not name one by one, and of a role’s holder', () => {
  const quoteOf = async (html: string) => (await articleOf({ title: 'Corvid AI in talks', html })).quote;

  it('keeps a quotation of a group or of anonymous sources, with no speaker', async () => {
    for (const who of ['people familiar with the matter', 'analysts', 'city officials', 'the nurses']) {
      const quote = await quoteOf(`<p>Corvid AI is in talks to raise new funding at a valuation of about $90 billion.</p><p>"The round could close within weeks if the terms hold up," ${who} said.</p>`);
      expect(quote).toEqual({ text: 'The round could close within weeks if the terms hold up', speaker: null });
    }
  });

  it('names the holder of the role after “according to its chairman,” and “selon son président,”', async () => {
    const english = await quoteOf('<p>The telecoms regulator published an opinion on chatbots on Wednesday.</p><p>According to its chairman, Bernard Lefevre, "users must know at every moment that they are talking to a machine."</p>');
    expect(english?.speaker).toBe('Bernard Lefevre');
    const french = await quoteOf('<p>Le régulateur des télécoms a publié mercredi un avis sur les assistants conversationnels.</p><p>Selon son président, Bernard Lefèvre, « les utilisateurs doivent savoir à tout moment qu’ils parlent à une machine ».</p>');
    expect(french?.speaker).toBe('Bernard Lefèvre');
    const spanish = await quoteOf('<p>El regulador publicó el miércoles un dictamen sobre los asistentes conversacionales.</p><p>Según su presidente, Bernardo López, "los usuarios deben saber en todo momento que hablan con una máquina".</p>');
    expect(spanish?.speaker).toBe('Bernardo López');
  });
});

describe('AI named in more languages', () => {
  it('tags ai for the field’s name in Turkish, Russian cases, Arabic, Hebrew, Swedish, Finnish, Vietnamese, and for NPUs', async () => {
    const cases: [string, string][] = [
      ['Türkiye yapay zeka yasası için ilk adımı attı', '<p>Türkiye, yapay zeka uygulamalarını düzenleyecek yasa teklifini Meclis’e sundu.</p>'],
      ['Правительство займется искусственным интеллектом в медицине', '<p>Правительство поручило подготовить правила применения систем с искусственным интеллектом в больницах.</p>'],
      ['Поисковик запускает новую нейросеть', '<p>Компания представила новую версию своей нейросети.</p>'],
      ['مصر تطلق استراتيجية الذكاء الاصطناعي', '<p>أطلقت مصر استراتيجية وطنية جديدة للذكاء الاصطناعي.</p>'],
      ['ישראל משקיעה בבינה מלאכותית', '<p>הממשלה אישרה תוכנית לאומית בתחום הבינה המלאכותית.</p>'],
      ['Regeringen satsar på artificiell intelligens', '<p>Regeringen vill att artificiell intelligens ska användas i vården.</p>'],
      ['Hallitus panostaa tekoälyyn', '<p>Hallitus esittää tekoälyn käyttöä terveydenhuollossa.</p>'],
      ['Việt Nam ban hành chiến lược trí tuệ nhân tạo', '<p>Chính phủ phê duyệt chiến lược quốc gia về trí tuệ nhân tạo.</p>'],
      ['Why your next laptop will have an NPU', '<p>Nearly every new laptop this year ships with a neural processing unit, a chip built to run assistants on the device.</p>'],
    ];
    for (const [title, html] of cases) expect((await articleOf({ title, html })).topics, title).toContain('ai');
  });
});

describe('a feed title naming AI among other subjects', () => {
  it('does not make every item of a mixed section AI news', async () => {
    const battery = { title: 'iPhone battery life tested: two days on a charge', html: '<p>The new iPhone lasted nearly two days on a single charge in our battery test.</p><p>Fast charging reached 50% in 28 minutes.</p>' };
    expect((await articleOf({ ...battery, feedTitle: 'Tech, AI & Gadgets – Harbor Post' })).topics).not.toContain('ai');
    expect((await articleOf({ ...battery, feedTitle: 'Telecom, Cloud and AI News' })).topics).not.toContain('ai');
    // A feed of AI and the field's neighbours is still an AI feed.
    expect((await articleOf({ ...battery, feedTitle: 'AI & Machine Learning | Harbor Post' })).topics).toContain('ai');
    expect((await articleOf({ ...battery, feedTitle: 'Data & AI Blog' })).topics).toContain('ai');
  });
});

describe('an agency named in the byline, and a podcast’s player line', () => {
  const story = '<p>PHOENIX — A robotaxi service is expanding to the city’s main airport, the company said Monday.</p>';
  const onPaper = { title: 'Robotaxi service expands to airport', feedTitle: 'Millbrook Register - Business', link: 'https://millbrookregister.example/news/robotaxi-airport', channel: 'https://millbrookregister.example/' };

  it('credits the agency a byline names below or after the writer, or at the author’s end', async () => {
    expect((await articleOf({ ...onPaper, html: `<p>By JANE ROE<br>Associated Press</p>${story}` })).source).toBe('The Associated Press');
    expect((await articleOf({ ...onPaper, html: `<p>By JANE ROE, AP Technology Writer</p>${story}` })).source).toBe('The Associated Press');
    expect((await articleOf({ ...onPaper, html: story, extra: '<dc:creator>JANE ROE Associated Press</dc:creator>' })).source).toBe('The Associated Press');
    // The paper's own writer is the paper's.
    expect((await articleOf({ ...onPaper, html: `<p>By JANE ROE, Business Writer</p>${story}` })).source).toBe('Millbrook Register');
  });

  it('reads a podcast post’s text after Substack’s “Listen now (42 min) |”', async () => {
    const article = await articleOf({ title: 'Nvidia earnings', html: '<p>Listen now (42 min) | Nvidia reported revenue of $57 billion for the quarter, topping estimates.</p>' });
    expect(article.summary).toBe('Nvidia reported revenue of $57 billion for the quarter, topping estimates.');
  });
});

describe('a Medium tag feed', () => {
  it('credits the publication its item says to continue reading on, not the tag', async () => {
    const item = await articleOf({
      title: 'The state of open models',
      feedTitle: 'ChatGPT on Medium',
      link: 'https://medium.com/ai-frontiers/the-state-of-open-models-5e6f7a8b9c0d?source=rss------chatgpt-5',
      channel: 'https://medium.com/tag/chatgpt/latest',
      html: '<div class="medium-feed-item"><p class="medium-feed-snippet">Open models are closer to the frontier than ever.</p><p class="medium-feed-link"><a href="https://medium.com/ai-frontiers/the-state-of-open-models-5e6f7a8b9c0d">Continue reading on AI Frontiers »</a></p></div>',
    });
    expect(item.source).toBe('AI Frontiers');
    expect(item.summary).toBe('Open models are closer to the frontier than ever.');
  });
});

describe('a section’s name before the site in Chinese and Russian feed titles', () => {
  it('names the site, not the domain', async () => {
    expect((await articleOf({ title: '百度发布新一代文心大模型', feedTitle: '科技新闻 - 东方日报', link: 'https://dongfangribao.example/tech/wenxin', channel: 'https://dongfangribao.example/', html: '<p>百度12月1日发布新一代文心大模型，称其推理能力大幅提升。</p>' })).source).toBe('东方日报');
    expect((await articleOf({ title: 'Поисковик запускает новую нейросеть', feedTitle: 'Технологии – Вести Сети', link: 'https://vestiseti.example/tech/neural', channel: 'https://vestiseti.example/', html: '<p>Компания представила новую версию своей нейросети.</p>' })).source).toBe('Вести Сети');
  });
});

describe('press-release distributors’ datelines', () => {
  const summaryOf = async (html: string) => (await articleOf({ title: 'Corvid launches edge chip', feedTitle: 'Release Desk', html })).summary;

  it('reads a distributor’s mark without "wire" in it, or with a date inside or after its brackets', async () => {
    expect(await summaryOf('<p>Toronto, Ontario--(Newsfile Corp. - March 3, 2026) - Corvid Systems Inc. announced today the launch of its first edge inference chip.</p>')).toBe('Corvid Systems Inc. announced today the launch of its first edge inference chip.');
    expect(await summaryOf('<p>AUSTIN, Texas (PRWEB) March 03, 2026 -- Datanova, a data infrastructure company, today unveiled an AI gateway.</p>')).toBe('Datanova, a data infrastructure company, today unveiled an AI gateway.');
    expect(await summaryOf('<p>TOKYO, Mar 3, 2026 - (ACN Newswire) - Quill AI Inc. announced today that it will open an office in Paris.</p>')).toBe('Quill AI Inc. announced today that it will open an office in Paris.');
    expect(await summaryOf('<p>Berlin (ots) - Das Berliner KI-Startup Lumo hat 20 Millionen Euro eingesammelt.</p>')).toBe('Das Berliner KI-Startup Lumo hat 20 Millionen Euro eingesammelt.');
  });
});

describe('a writer’s sign-off under the story', () => {
  const lead = 'The Harbor City school board voted Monday to close two elementary schools next year.';

  it('is no epigraph’s author: the story above it is the summary', async () => {
    for (const signOff of ['— Jane Roe', '— The Editors', '—JR', '— Jane, on behalf of the Tessel team']) {
      expect((await articleOf({ title: 'School board closes schools', html: `<p>${lead} Parents have vowed to fight the decision.</p><p>${signOff}</p>` })).summary).toMatch(/^The Harbor City school board voted Monday/);
    }
    // A quotation signed by its author above the story is still an epigraph.
    const epigraph = await articleOf({ title: 'School board closes schools', html: `<p>“Education is not preparation for life; education is life itself.”</p><p>— John Dewey</p><p>${lead}</p>` });
    expect(epigraph.summary).toBe(lead);
  });

  it('makes the writer’s own sentence no quote when she signs with her newsroom role', async () => {
    const signed = await articleOf({ title: 'School board closes schools', html: `<p>${lead}</p><p>-- Jane Roe, Staff Writer</p>` });
    expect(signed.summary).toBe(lead);
    expect(signed.quote).toBeNull();
  });
});

describe('feed titles of an author’s archive and of a section we do not know', () => {
  const sourceOf = async (feedTitle: string, host = 'wbecho.example') => (await articleOf({ title: 'Regional rail fares to rise', feedTitle, link: `https://${host}/transport/fares`, channel: `https://${host}/`, html: '<p>Regional rail fares will rise by 4% in January, the transport authority said.</p>' })).source;

  it('names the site of a WordPress author feed, in English and in its translations', async () => {
    expect(await sourceOf('Ricardo Alves, Author at The Westbury Echo')).toBe('The Westbury Echo');
    expect(await sourceOf('Ricardo Alves, Autor em Eco de Westbury')).toBe('Eco de Westbury');
    expect(await sourceOf('Ricardo Alves, Autor bei Westbury Echo')).toBe('Westbury Echo');
  });

  it('takes the name of several words beside a one-word section, when neither spells the domain', async () => {
    expect(await sourceOf('Transport - The Westbury Echo')).toBe('The Westbury Echo');
    expect(await sourceOf('The Westbury Echo » Transport')).toBe('The Westbury Echo');
    expect(await sourceOf('Cronaca – Gazzetta di Valmora', 'gazzettavalmora.example')).toBe('Gazzetta di Valmora');
    // Two names of several words: nothing tells which is the site, so the domain stands.
    expect(await sourceOf('Ricardo Alves - The Westbury Echo')).toBe('wbecho.example');
  });
});

describe('a headline’s site name after other separators', () => {
  it('takes it off after "::", "«" and with its ".com"', async () => {
    const headlineOf = async (title: string, feedTitle: string) => (await articleOf({ title, feedTitle, html: '<p>One of the most senior alignment researchers has joined a rival lab.</p>' })).headline;
    expect(await headlineOf('OpenAI loses key researcher to Anthropic :: Lab Gossip', 'Lab Gossip')).toBe('OpenAI loses key researcher to Anthropic');
    expect(await headlineOf('Microsoft Teams outage affects millions « Uptime Watch', 'Uptime Watch')).toBe('Microsoft Teams outage affects millions');
    expect(await headlineOf('Meta launches Llama 5 - Model Minute.com', 'Model Minute')).toBe('Meta launches Llama 5');
    // A dash inside the headline stays.
    expect(await headlineOf('Meta launches Llama 5 - and a new app', 'Model Minute')).toBe('Meta launches Llama 5 - and a new app');
  });
});

describe('a newsroom named after the place with no brackets', () => {
  it('reads "Washington CNN —" as a dateline crediting CNN', async () => {
    const carried = await articleOf({ title: 'Court takes up social media case', feedTitle: 'Fox Valley Tribune', link: 'https://fvt.example/a', channel: 'https://fvt.example/', html: '<p>Washington CNN — The Supreme Court on Monday agreed to hear a dispute over state laws that ban social media accounts for minors.</p>' });
    expect(carried.summary).toBe('The Supreme Court on Monday agreed to hear a dispute over state laws that ban social media accounts for minors.');
    expect(carried.source).toBe('CNN');
    // A company's name there is no newsroom's.
    expect((await articleOf({ title: 'Acme results', html: '<p>New York Acme — The company said sales rose 4% in the quarter.</p>' })).summary).toMatch(/^New York Acme —/);
  });
});

describe('abbreviations inside a sentence', () => {
  it('does not end the sentence at "Bros.", "e.g.", "a.k.a." or "aprox."', async () => {
    const summaryOf = async (html: string) => (await articleOf({ title: 'Streamfield licenses library', html })).summary;
    expect(await summaryOf('<p>Streamfield agreed on Monday to license its library to rivals. The deal was struck with Warner Bros. Discovery and two smaller studios. Terms were not disclosed.</p>'))
      .toBe('Streamfield agreed on Monday to license its library to rivals. The deal was struck with Warner Bros. Discovery and two smaller studios.');
    expect(await summaryOf('<p>Kinetra said on Tuesday it had raised $120 million. Its customers include grocers, e.g. Harbor Foods and Fenwick Markets.</p>'))
      .toBe('Kinetra said on Tuesday it had raised $120 million. Its customers include grocers, e.g. Harbor Foods and Fenwick Markets.');
    expect(await summaryOf('<p>La empresa anunció el martes un ERE que afectará a 300 trabajadores. La compañía factura aprox. 2.000 millones.</p>'))
      .toBe('La empresa anunció el martes un ERE que afectará a 300 trabajadores. La compañía factura aprox. 2.000 millones.');
    // "a.m." still ends one.
    expect(await summaryOf('<p>The council voted at 10 a.m. The measure passed 7 to 2 after a long debate.</p>')).toBe('The council voted at 10 a.m. The measure passed 7 to 2 after a long debate.');
  });
});

describe('page furniture above or below the lead', () => {
  const story = 'Harbor City suspended ferry service to the islands on Tuesday after a crack was found in the hull of its largest vessel.';
  const summaryOf = async (before: string, after = '') => (await articleOf({ title: 'Ferry service suspended', html: `${before}<p>${story}</p>${after}` })).summary;

  it('skips a paywall’s count, a tip line and a player’s fallback text', async () => {
    for (const line of ['You have 3 free articles left this month. Subscribe for unlimited access.', 'This content is for members only.', 'To read the full story, subscribe to the Harbor Ledger.', 'Have a news tip? Email tips@harborledger.example.', 'Your browser does not support the audio element.', 'Listen to this story.<br>Enjoy more audio and podcasts on iOS or Android.']) {
      expect(await summaryOf(`<p>${line}</p>`)).toBe(story);
    }
  });

  it('skips a greeting, a republishing note, a correction’s label and a sign-up plea in other languages', async () => {
    expect(await summaryOf('<p>Liebe Leserinnen und Leser,</p><p>herzlich willkommen zu unserem Morgen-Briefing.</p>')).toBe(story);
    expect(await summaryOf('<p>Este artículo se publicó originalmente en The Conversation.</p>')).toBe(story);
    expect(await summaryOf('<p>Fe de erratas: una versión anterior de este artículo decía que el ferry era nuevo.</p>')).toBe(story);
    expect(await summaryOf('', '<p>Abonnez-vous pour lire la suite.</p>')).toBe(story);
    expect(await summaryOf('', '<p>Assine o Jornal para continuar lendo.</p>')).toBe(story);
  });
});

describe('credits run into the lead’s paragraph', () => {
  it('drops a hat tip after the last sentence, and a caption with its credit before the first', async () => {
    const summaryOf = async (html: string) => (await articleOf({ title: 'Smart glasses translate', html })).summary;
    expect(await summaryOf('<p>Meta’s Ray-Ban smart glasses can now translate conversations in real time in six languages. h/t <a href="https://mastodon.example/@lenstalk">@lenstalk</a></p>'))
      .toBe('Meta’s Ray-Ban smart glasses can now translate conversations in real time in six languages.');
    expect(await summaryOf('<p>A late-season storm will bring heavy snow to the Sierra this weekend. (via Weather Wonk)</p>')).toBe('A late-season storm will bring heavy snow to the Sierra this weekend.');
    // "via" inside the sentence, and a sentence opening with "Via", are the story's.
    expect(await summaryOf('<p>The update ships via Windows Update. Users can install it now.</p>')).toBe('The update ships via Windows Update. Users can install it now.');
    expect(await summaryOf('<p>Students leave Pine Elementary on Monday. (Photo: Jane Roe/Harbor Ledger) The school board voted Monday to close two elementary schools next year.</p>'))
      .toBe('The school board voted Monday to close two elementary schools next year.');
    expect(await summaryOf('<p>Passengers wait at Pier 4 on Tuesday. (Jane Roe/Harbor Ledger) Harbor City suspended ferry service on Tuesday after a crack was found in a hull.</p>'))
      .toBe('Harbor City suspended ferry service on Tuesday after a crack was found in a hull.');
    // A sentence in brackets is no credit.
    expect(await summaryOf('<p>Harbor City suspended ferry service on Tuesday. (The port authority said repairs would take a week.) Service could resume next week.</p>')).toMatch(/^Harbor City suspended ferry service on Tuesday\./);
  });

  it('credits the newsroom a story was provided by, and leaves that note out of the summary', async () => {
    const carried = await articleOf({ title: 'Google’s new data center in Ohio', feedTitle: 'The Dayton Daily Sun', link: 'https://daytondailysun.example/google-ohio', channel: 'https://daytondailysun.example/', html: '<p>Google will build a $2 billion data center in Ohio, state officials announced Monday.</p><p><em>This story was provided by Ohio Capital Journal, part of States Newsroom, a nonprofit news network.</em></p>' });
    expect(carried.summary).toBe('Google will build a $2 billion data center in Ohio, state officials announced Monday.');
    expect(carried.source).toBe('Ohio Capital Journal');
  });
});

describe('a feed title with a former name or the reader app it was shared through', () => {
  it('names the outlet alone', async () => {
    const sourceOf = async (feedTitle: string, channel: string, link: string) => (await articleOf({ title: 'Agents everywhere', feedTitle, channel, link, html: '<p>Today we look at agents everywhere.</p>' })).source;
    expect(await sourceOf('The AI Daily Brief (Formerly The AI Breakdown)', 'https://aidailybrief.example/', 'https://aidailybrief.example/412')).toBe('The AI Daily Brief');
    expect(await sourceOf('Apple Insider-ish via Flipboard', 'https://flipboard.com/@appleinsiderish', 'https://flipboard.com/@appleinsiderish/agents-xyz')).toBe('Apple Insider-ish');
  });
});

describe('a byline run into the lead with bars, and a city’s name with its accents', () => {
  const summaryOf = async (html: string) => (await articleOf({ title: 'Quantix jumps', html })).summary;

  it('takes the byline off the lead', async () => {
    expect(await summaryOf('<p>By Jane Roe, Reuters | NEW YORK — Shares of Quantix Systems jumped 30% on Tuesday after the company won a $2 billion contract.</p>')).toBe('Shares of Quantix Systems jumped 30% on Tuesday after the company won a $2 billion contract.');
    expect(await summaryOf('<p>Jane Roe | Harbor Ledger | Harbor City suspended ferry service to the islands on Tuesday after a crack was found in a hull.</p>')).toBe('Harbor City suspended ferry service to the islands on Tuesday after a crack was found in a hull.');
    expect(await summaryOf('<p>Von Anna Schmidt | 03.03.2026, 14:05 Uhr | Die Bundesregierung hat sich in der Nacht auf einen Haushalt für 2027 geeinigt.</p>')).toBe('Die Bundesregierung hat sich in der Nacht auf einen Haushalt für 2027 geeinigt.');
    // Names set apart by bars in the story's own sentence, and a kicker, are not bylines.
    expect(await summaryOf('<p>Nvidia | AMD | Intel all reported results this week, and the market reacted sharply.</p>')).toBe('Nvidia | AMD | Intel all reported results this week, and the market reacted sharply.');
  });

  it('reads a city datelines name as a dateline with its accents ("Brasília -")', async () => {
    expect(await summaryOf('<p>Brasília - O governo federal anunciou nesta terça-feira um corte de R$ 15 bilhões no orçamento.</p>')).toBe('O governo federal anunciou nesta terça-feira um corte de R$ 15 bilhões no orçamento.');
  });
});

describe('a sentence that looks back at the quotation before it', () => {
  it('names the speaker after "That’s how", "Those were the first words" and "So said"', async () => {
    const quoteOf = async (html: string) => (await articleOf({ title: 'Harbor City housing plan', html })).quote;
    expect(await quoteOf('<p>"This is a once-in-a-generation opportunity to fix our housing shortage."</p><p>That’s how Mayor Rosa Kim described the city’s plan, announced on Monday, to build 2,000 homes.</p>'))
      .toEqual({ text: 'This is a once-in-a-generation opportunity to fix our housing shortage.', speaker: 'Rosa Kim' });
    expect((await quoteOf('<p>"We let everyone down tonight and I take full responsibility for it." Those were the first words Coach Dana Whitfield said to reporters after the loss.</p>'))?.speaker).toBe('Dana Whitfield');
    expect((await quoteOf('<p>"This is a once-in-a-generation opportunity to fix our housing shortage." So said Mayor Rosa Kim on Monday as she unveiled the plan.</p>'))?.speaker).toBe('Rosa Kim');
  });
});

describe('a social post embedded above the story, its signature on a line of its own', () => {
  it('is not the lead', async () => {
    const lead = 'Note-taking startup Quillo has raised $60 million in a Series B round led by Northgate Ventures.';
    const embedded = await articleOf({ title: 'Quillo raises Series B', html: `<blockquote><p>We're excited to announce our Series B, and we are hiring!</p>— Quillo (@quilloapp) March 3, 2026</blockquote><p>${lead}</p>` });
    expect(embedded.summary).toBe(lead);
  });
});

describe('speakers of a main clause, and names with "&", "and" or a participle', () => {
  const speakerOf = async (title: string, html: string) => (await articleOf({ title, html })).quote?.speaker;

  it('takes the subject after an opening clause that names someone else', async () => {
    expect(await speakerOf('Arcwave CFO on earnings call', '<p>Arcwave reported quarterly revenue of $2.1 billion, chief financial officer Dana Wells said.</p><p>When Goldman Sachs analyst Toshiya Hari asked about margins, Wells replied: "We expect gross margins to recover in the second half as the new product ramps."</p>')).toBe('Dana Wells');
    expect(await speakerOf('Commerce secretary defends chip curbs', '<p>Commerce Secretary Howard Lutnick defended new limits on chip exports on Sunday.</p><p>Asked by NBC’s Kristen Welker whether the rules would hurt Nvidia, Lutnick said: "Nvidia will be just fine. They sell every chip they make."</p>')).toBe('Howard Lutnick');
  });

  it('reads "Ernst & Young" and "the Food and Drug Administration" whole, and a "Boston-based" as no name', async () => {
    expect(await speakerOf('Ernst & Young to invest $1.4bn in AI', '<p>Ernst & Young said it would invest $1.4 billion in AI tools and training.</p><p>"Every one of our 400,000 people will be trained to use AI in their daily work," the firm said.</p>')).toBe('Ernst & Young');
    expect(await speakerOf('FDA approves AI-designed drug', '<p>The Food and Drug Administration approved the first AI-designed drug on Tuesday.</p><p>"This approval reflects a rigorous review of the clinical evidence submitted," the agency said.</p>')).toBe('Food and Drug Administration');
    expect(await speakerOf('Pyxis Bio halts trial', '<p>Pyxis Bio, a Boston-based biotech, has paused a late-stage trial of its experimental lung cancer drug after two patients died.</p><p>"Our thoughts are with the families of the patients," the company said in a statement on Monday.</p>')).not.toBe('Boston-based');
  });
});

describe('a machine’s output named with whose machine it is', () => {
  it('is no quote', async () => {
    const quoted = await articleOf({ title: 'Chatbot pretends to be human', html: '<p>In a test by consumer group Which?, a customer service chatbot for an energy company replied "Yes, I’m a real person working in the Leeds office" when asked if it was human.</p><p>The energy company, Brightgrid, said it would update the chatbot.</p>' });
    expect(quoted.quote).toBeNull();
    // A person named with what she made still speaks.
    expect((await articleOf({ title: 'Acme', html: '<p>"We built this in six weeks with a small team of engineers," said Dana Roe, the founder of the app.</p>' })).quote?.speaker).toBe('Dana Roe');
  });
});

describe('initials set close before a surname', () => {
  it('are part of the speaker’s name, not a sentence’s end', async () => {
    const speakerOf = async (html: string) => (await articleOf({ title: 'TSMC profit', html })).quote?.speaker;
    expect(await speakerOf('<p>TSMC said on Thursday that profit rose 40%.</p><p>"Demand for advanced packaging remains very strong," chief executive C.C. Wei said.</p>')).toBe('C.C. Wei');
    expect(await speakerOf('<p>A new novel about AI is topping the charts.</p><p>"I wanted to write about loneliness more than about machines," said author J.K. Fenwick.</p>')).toBe('J.K. Fenwick');
  });
});

describe('a newspaper section in German, French, Spanish or Italian beside the site', () => {
  it('is a section, so the site is the source', async () => {
    const sourceOf = async (feedTitle: string, host: string) => (await articleOf({ title: 'Exportregeln', feedTitle, link: `https://${host}/a`, channel: `https://${host}/`, html: '<p>Die US-Regierung schränkt die Ausfuhr leistungsstarker KI-Chips weiter ein.</p>' })).source;
    expect(await sourceOf('Wirtschaft – Handelsblick', 'hbk.example')).toBe('Handelsblick');
    expect(await sourceOf('Política | Diarito', 'dto.example')).toBe('Diarito');
    expect(await sourceOf('Économie - Courriel', 'crl.example')).toBe('Courriel');
  });
});

describe('a byline run into the lead with a bar that names a news agency', () => {
  it('credits the agency, as a byline paragraph of its own does', async () => {
    const sourceOf = async (byline: string) => (await articleOf({ title: 'Quantix jumps', html: `<p>${byline} | NEW YORK — Shares of Quantix Systems jumped 30% on Tuesday after the company won a $2 billion contract.</p>` })).source;
    expect(await sourceOf('By Jane Roe, Reuters')).toBe('Reuters');
    expect(await sourceOf('By Jane Roe, Associated Press')).toBe('The Associated Press');
    // A writer of the page's own outlet leaves it the page's.
    expect(await sourceOf('By Jane Roe, Harbor Ledger')).toBe('Harbor Ledger');
    // The dateline after the bar is read as a lead's own is: its credit names the wire.
    expect((await articleOf({ title: 'Quantix jumps', html: '<p>By Jane Roe | WASHINGTON (Reuters) - Shares of Quantix Systems jumped 30% on Tuesday.</p>' })).source).toBe('Reuters');
  });
});

describe('a pronoun after a second person is introduced', () => {
  it('does not go back to the first speaker because a quotation says his name', async () => {
    const article = await articleOf({ title: 'Gelsinger joins venture firm', html: '<p>Pat Gelsinger has joined venture capital firm Playground Global.</p><p>"I’ve always loved working with founders," Gelsinger said. His former colleague, Renee James, praised the move. "Pat has more deep-tech experience than almost anyone alive," she said.</p>' });
    expect(article.quote?.speaker === 'Pat Gelsinger' && article.quote.text.startsWith('Pat has')).toBe(false);
  });
});

describe('a company named by its trade', () => {
  it('is an organisation ("Vexa Health"), so "the company said" is not the other party', async () => {
    const html = '<p>Vexa Health has signed a five-year cloud deal with Microsoft worth about $200 million.</p><p>"Moving to the cloud will let us roll out new AI tools to clinicians much faster," the company said.</p>';
    expect((await articleOf({ title: 'Vexa Health signs cloud deal with Microsoft', html })).quote?.speaker).toBe('Vexa Health');
    // Two companies and a headline naming neither first: which one, the text does not say.
    expect((await articleOf({ title: 'Cloud deal', html })).quote?.speaker ?? null).toBeNull();
  });
});

describe('the feed’s site name on the headline of a story credited to a wire', () => {
  it('leaves the headline', async () => {
    const wire = await articleOf({ title: 'US tightens AI chip export rules :: Harbor Ledger', feedTitle: 'Jane Roe, Author at Harbor Ledger', html: '<p>By Jane Roe, Reuters | WASHINGTON — The Commerce Department on Thursday issued rules restricting exports of advanced AI chips.</p>' });
    expect(wire.source).toBe('Reuters');
    expect(wire.headline).toBe('US tightens AI chip export rules');
  });
});

describe('AI named in words the table did not know', () => {
  it('tags ai for "artificial general intelligence", "generative video", "neural nets" and Trainium', async () => {
    const topicsOf = async (title: string, html: string) => (await articleOf({ title, html })).topics;
    expect(await topicsOf('AGI: hype or near?', '<p>Lab heads say artificial general intelligence is a few years away. Many academics say it is decades off.</p>')).toContain('ai');
    expect(await topicsOf('Loomframe raises $50m', '<p>Loomframe, which makes a generative video tool for advertisers, has raised $50 million.</p>')).toContain('ai');
    expect(await topicsOf('Trainium 3 goes live', '<p>Amazon Web Services made its third-generation Trainium chips generally available on Wednesday.</p>')).toContain('ai');
  });
});

describe('newsletter, review and show furniture above or beside the lead', () => {
  const lead = 'Mistral released a new open-weight model on Tuesday that it says beats Meta’s Llama on coding tasks.';
  it('skips a writer’s word on the week and a signpost after the greeting', async () => {
    expect((await articleOf({ title: 'Mistral ships a coding model', html: `<p>Good morning.</p><p>It was a busy week. Here’s what happened.</p><p>${lead}</p>` })).summary).toBe(lead);
    expect((await articleOf({ title: 'Mistral ships a coding model', html: `<p>Hey there,</p><p>I’m back from two weeks off.</p><p>${lead}</p>` })).summary).toBe(lead);
  });

  it('skips a sponsor’s pitch under its bare label, and one run in after "Together with X:"', async () => {
    const ad = '<p>Northwind’s AI agents handle 80% of support tickets automatically. Join 5,000 companies already using Northwind.</p>';
    expect((await articleOf({ title: 'Mistral ships a coding model', html: `<p><em>Sponsored</em></p>${ad}<p>${lead}</p>` })).summary).toBe(lead);
    expect((await articleOf({ title: 'Mistral ships a coding model', html: `<p>Together with Fernway: the fastest way to ship AI features to your users.</p><p>${lead}</p>` })).summary).toBe(lead);
  });

  it('skips a review’s pros and cons, a question’s line and the answer’s label', async () => {
    const review = await articleOf({ title: 'Ray-Ban Display review', html: '<p><strong>Pros:</strong> Bright display; the assistant is useful</p><p><strong>Cons:</strong> Expensive; battery life</p><p>Meta’s first smart glasses with a display are the most convincing argument yet for AI on your face.</p>' });
    expect(review.summary).toBe('Meta’s first smart glasses with a display are the most convincing argument yet for AI on your face.');
    const answer = await articleOf({ title: 'Should I learn to code?', html: '<p><strong>Q:</strong> Should I learn to code if AI can write code?</p><p><strong>A:</strong> Yes. AI coding tools make programmers faster, but someone still has to check the code.</p>' });
    expect(answer.summary).toBe('Yes. AI coding tools make programmers faster, but someone still has to check the code.');
  });

  it('stops before show notes, a release’s "About Acme Corp." heading and an explainer’s next question', async () => {
    const show = 'This week, researcher Leo Park explains how labs test models for dangerous capabilities.';
    expect((await articleOf({ title: 'Testing models', html: `<p>${show}</p><p>Show notes: the scaling policy; the update; Leo’s paper.</p>` })).summary).toBe(show);
    const release = 'Arcwell Corp. today introduced Arcwell Guard, an AI tool that detects prompt-injection attacks.';
    expect((await articleOf({ title: 'Arcwell launches Guard', html: `<p>${release}</p><p>About Arcwell Corp.</p><p>Arcwell is a security company.</p>` })).summary).toBe(release);
    const token = 'A token is a chunk of text, usually a few characters long, that a language model reads and writes.';
    expect((await articleOf({ title: 'What is a token?', html: `<p><strong>What is a token?</strong></p><p>${token}</p><p><strong>Why do tokens matter?</strong></p><p>AI companies charge by the token.</p>` })).summary).toBe(token);
  });

  it('drops WordPress’s footer in other languages, alone or run on', async () => {
    const french = await articleOf({ title: 'Mistral dévoile un modèle', html: '<p>Mistral AI a dévoilé un nouveau modèle pour les développeurs.</p><p>L’article <a href="#">Mistral dévoile un modèle</a> est apparu en premier sur <a href="#">Blog Actu</a>.</p>' });
    expect(french.summary).toBe('Mistral AI a dévoilé un nouveau modèle pour les développeurs.');
    const spanish = await articleOf({ title: 'Copilot en Windows', html: '<p>Microsoft ha integrado Copilot en todas las versiones de Windows 11. La entrada <a href="#">Copilot en Windows</a> se publicó primero en <a href="#">Blog Tecno</a>.</p>' });
    expect(spanish.summary).toBe('Microsoft ha integrado Copilot en todas las versiones de Windows 11.');
  });

  it('cuts a very long first sentence before a straight-quoted quotation, not inside it', async () => {
    const long = await articleOf({ title: 'Chair rules out listing', html: '<p>In a wide-ranging interview that touched on everything from the company’s finances and its hiring plans to its relationship with its biggest investor, the board’s new chair said the lab had "no intention of going public this decade, not because we can’t, but because the pressure of quarterly earnings would distort the mission we’ve spent years trying to protect," adding that employees would be able to sell shares in regular tender offers instead of waiting for a listing that might never come. The remarks will reassure staff.</p>' });
    expect(long.summary).toMatch(/the board’s new chair said the lab had…$/);
  });

  it('takes no epigraph set in a blockquote with its source line for the key quote', async () => {
    const article = await articleOf({ title: 'AI reads chest X-rays', html: '<blockquote><p>"The eye sees only what the mind is prepared to comprehend."</p><p>— Robertson Davies</p></blockquote><p>In a windowless room at a hospital outside Leeds, an AI system reads 2,000 chest X-rays a day.</p><p>"It doesn’t get tired," said Dr. Helen Marsh, who runs the department.</p>' });
    expect(article.quote?.text ?? '').not.toMatch(/eye sees/);
    expect(article.summary).toMatch(/^In a windowless room/);
  });
});

describe('reposts’ credits, sign-offs and headline marks', () => {
  const lead = 'Thousands of workers in Lagos now earn money correcting AI translations into Yoruba and Igbo.';
  it('credits an outlet whose name holds "of", and a bare "Republished from X" or "Originally published by X"', async () => {
    expect((await articleOf({ title: 'Lagos gig workers', html: `<p>${lead}</p><p><em>This article originally appeared on <a href="https://restofworld.example/lagos">Rest of World</a>.</em></p>` })).source).toBe('Rest of World');
    expect((await articleOf({ title: 'Lagos gig workers', html: `<p><em>Republished from <a href="https://convo.example/a">The Conversation</a> under a Creative Commons license.</em></p><p>${lead}</p>` })).source).toBe('The Conversation');
    expect((await articleOf({ title: 'Lagos gig workers', html: `<p>${lead}</p><p><em>Originally published by The Markup.</em></p>` })).source).toBe('The Markup');
  });

  it('drops a wire’s "With assistance from" line, a copyright line and a show’s thanks for listening from the summary', async () => {
    const wire = await articleOf({ title: 'Device team grows', html: `<p>${lead}</p><p>—With assistance from Kenji Mori.</p><p>©2026 Bloomberg L.P.</p>` });
    expect(wire.summary).toBe(lead);
    const show = await articleOf({ title: 'On scaling', html: '<p>Dario Amodei is the chief executive of Anthropic.</p><p>Thank you for listening. Please support this podcast by checking out our sponsors.</p>' });
    expect(show.summary).toBe('Dario Amodei is the chief executive of Anthropic.');
    // A sentence about copyright is the story's.
    expect((await articleOf({ title: 'Copyright fight', html: '<p>Copyright law is changing fast.</p>' })).summary).toBe('Copyright law is changing fast.');
  });

  it('keeps a show’s "Today on the show:" line as the lead when only a sponsor line follows it', async () => {
    const show = await articleOf({ title: 'What GPT-6 means for enterprise', html: '<p>Today on the show: what GPT-6 means for enterprise buyers, and why pricing matters more than benchmarks.</p><p>Brought to you by Quillstack.</p>' });
    expect(show.summary).toBe('Today on the show: what GPT-6 means for enterprise buyers, and why pricing matters more than benchmarks.');
  });

  it('takes the site off after " · " and " // ", and a score in brackets or before "points:" off the front', async () => {
    expect((await articleOf({ title: 'Meta opens AI lab in Paris · The Daily Circuit', feedTitle: 'AI Archives - The Daily Circuit', html: '<p>Meta has opened a lab in Paris.</p>' })).headline).toBe('Meta opens AI lab in Paris');
    expect((await articleOf({ title: 'Meta opens AI lab in Paris // The Daily Circuit', feedTitle: 'The Daily Circuit', html: '<p>Meta has opened a lab in Paris.</p>' })).headline).toBe('Meta opens AI lab in Paris');
    expect((await articleOf({ title: '[312] Anthropic maps features in Claude', feedTitle: 'HN Best', html: '<p>Anthropic mapped features.</p>' })).headline).toBe('Anthropic maps features in Claude');
    expect((await articleOf({ title: '428 points: Anthropic maps features in Claude', feedTitle: 'HN Best', html: '<p>Anthropic mapped features.</p>' })).headline).toBe('Anthropic maps features in Claude');
    expect((await articleOf({ title: '[2026] The year in AI', feedTitle: 'HN Best', html: '<p>A look back.</p>' })).headline).toBe('[2026] The year in AI');
  });
});

describe('Nvidia’s gaming news', () => {
  it('is not ai (a gaming PC deal, a GeForce driver, the Shield TV); its AI news still is', async () => {
    const feedTitle = 'Gaming Hardware Weekly';
    const deal = await articleOf({ feedTitle, title: 'Secure a snappy gaming PC with an RTX 5060 for $959', html: '<p>This gaming PC is on sale direct from its maker, with a 10-core CPU, an Nvidia GeForce RTX 5060 and a 1TB SSD.</p>' });
    expect(deal.topics).toEqual([]);
    const driver = await articleOf({ feedTitle, title: 'Nvidia driver update fixes stuttering in new racing game', html: '<p>Nvidia released a GeForce driver on Thursday that fixes the stuttering many players reported in the new open-world racing game.</p><p>Players can download it through the GeForce app.</p>' });
    expect(driver.topics).toEqual([]);
    const shield = await articleOf({ feedTitle, title: 'Nvidia Shield TV finally gets an update', html: '<p>Nvidia’s aging Shield TV streaming box received a software update that fixes audio sync problems.</p>' });
    expect(shield.topics).toEqual([]);
    const chips = await articleOf({ feedTitle, title: 'Nvidia’s data-center revenue doubles on AI chip demand', html: '<p>Nvidia said revenue from AI chips sold to data centers doubled, while its gaming business grew 10%.</p>' });
    expect(chips.topics).toContain('ai');
    expect(chips.topics).toContain('nvidia');
  });
});

describe('the key quote’s speaker and section', () => {
  it('gives a quotation that ends the sentence naming its speaker to that speaker, not to the one the next sentence names', async () => {
    const article = await articleOf({ title: 'Chip chiefs trade barbs', html: '<p>The chief executives of two chipmakers traded barbs this week.</p><p>Dana Wells said at a conference that rivals’ chips were "so expensive that even free is not cheap enough for anyone in the market." Lisa Chen responded the next day.</p>' });
    expect(article.quote).toEqual({ text: 'so expensive that even free is not cheap enough for anyone in the market.', speaker: 'Dana Wells' });
  });

  it('takes the quote and the lead from a newsletter’s one section the headline names, not from its intro', async () => {
    const article = await articleOf({ title: 'OpenAI launches GPT-5.5, its best coding model', feedTitle: 'The Weekly Batch', html: '<p>Hi everyone,</p><p>"Nothing ever happens in AI on a Friday," a friend joked to me last week. He was wrong.</p><h2>OpenAI launches GPT-5.5</h2><p>OpenAI released GPT-5.5 on Friday, saying it is its best model yet for coding. "This is the model we’ve been wanting to ship for a year," said OpenAI president Greg Brockman.</p>' });
    expect(article.summary).toMatch(/^OpenAI released GPT-5\.5 on Friday/);
    expect(article.quote).toEqual({ text: 'This is the model we’ve been wanting to ship for a year', speaker: 'Greg Brockman' });
  });
});

describe('a feed title its domain spells whole', () => {
  it('is the site’s name, its kind word and all ("Link Blog" at linkblog.example, "Wire Releases", "PR Feed")', async () => {
    const html = '<p>Arcwell today introduced Arcwell Guard, a tool that detects prompt-injection attacks.</p>';
    expect((await articleOf({ title: 'Arcwell launches Guard', feedTitle: 'Link Blog', channel: 'https://linkblog.example/', link: 'https://linkblog.example/a', html })).source).toBe('Link Blog');
    expect((await articleOf({ title: 'Arcwell launches Guard', feedTitle: 'Wire Releases', channel: 'https://wirereleases.example/', link: 'https://wirereleases.example/a', html })).source).toBe('Wire Releases');
    expect((await articleOf({ title: 'Arcwell launches Guard', feedTitle: 'PR Feed', channel: 'https://prfeed.example/', link: 'https://prfeed.example/a', html })).source).toBe('PR Feed');
    // An owner's blog at the owner's own domain is still the owner's.
    expect((await articleOf({ title: 'Arcwell launches Guard', feedTitle: 'Quillmark Blog', channel: 'https://quillmark.example/blog/', link: 'https://quillmark.example/blog/a', html })).source).toBe('Quillmark');
  });
});

describe('a robot’s learned policy', () => {
  it('is no policy topic', async () => {
    const article = await articleOf({ title: 'Learning to walk in minutes with parallel simulation', feedTitle: 'The Berkeley Artificial Intelligence Research Blog', html: '<p>Legged robots have needed days of training in simulation before they can walk. In this post, we describe a method that trains a locomotion policy in under ten minutes on a single workstation by running thousands of simulated robots in parallel.</p><p>Our key insight is that the policy network benefits more from diverse terrain than from longer episodes.</p>' });
    expect(article.topics).toContain('ai');
    expect(article.topics).not.toContain('policy');
  });
});

describe('a link blog’s "Via Outlet:" and Europa Press’s dateline without a dash', () => {
  it('credits the outlet and starts the lead after the credit', async () => {
    const via = await articleOf({ title: 'OpenAI tests ads in ChatGPT', feedTitle: 'Link Blog', channel: 'https://linkblog.example/', link: 'https://linkblog.example/a', html: '<p>Via <a href="https://techwire.example">TechWire</a>: OpenAI is testing ads in the free version of ChatGPT in the U.S.</p>' });
    expect(via.source).toBe('TechWire');
    expect(via.summary).toBe('OpenAI is testing ads in the free version of ChatGPT in the U.S.');
    const madrid = await articleOf({ title: 'Telefónica lanza un asistente de IA', feedTitle: 'Tecno Hoy', html: '<p>MADRID, 3 (EUROPA PRESS) Telefónica ha lanzado este martes un asistente de inteligencia artificial para sus clientes.</p>' });
    expect(madrid.summary).toBe('Telefónica ha lanzado este martes un asistente de inteligencia artificial para sus clientes.');
    expect(madrid.source).toBe('Europa Press');
  });
});

describe('a transcript with time codes, and a surname that is also a title', () => {
  it('reads "[00:00:18] KEVIN WEIL:" as a speaker’s turn', async () => {
    const article = await articleOf({ title: 'Building the product', feedTitle: 'The Builders Show', html: '<p>[00:00:00] <b>HOST:</b> My guest today is Kevin Weil, chief product officer at OpenAI.</p><p>[00:00:12] <b>KEVIN WEIL:</b> Thanks for having me.</p><p>[00:00:18] <b>KEVIN WEIL:</b> The model you’re using today is the worst model you’ll ever use. Everything about the product is going to get more capable.</p>' });
    expect(article.quote).toEqual({ text: 'The model you’re using today is the worst model you’ll ever use. Everything about the product is going to get more capable.', speaker: 'Kevin Weil' });
  });

  it('keeps "Provost" or "Chancellor" after a given name as the surname', async () => {
    const article = await articleOf({ title: 'Tutoring startup raises funds', html: '<p>Lumen Labs has raised $20 million for its AI tutoring app.</p><p>"Every student deserves a patient tutor who is available at any hour of the day," said Emily Provost, the company’s chief executive.</p>' });
    expect(article.quote?.speaker).toBe('Emily Provost');
  });
});

describe('a product’s paid subscribers', () => {
  it('are the story’s (its second sentence stays), and the publication’s own reminder is not', async () => {
    const product = await articleOf({ title: 'Gemini memory arrives in the US', html: '<p>Google has started rolling out long-term memory to Gemini users in the United States. The feature is on by default for paid subscribers. Free users will get it next month.</p>' });
    expect(product.summary).toBe('Google has started rolling out long-term memory to Gemini users in the United States. The feature is on by default for paid subscribers.');
    const reminder = await articleOf({ title: 'Weekly notes', html: '<p>A reminder that paid subscribers get the full archive of our chip deep dives.</p><p>Nvidia reported record revenue on Wednesday as demand for its AI chips kept rising.</p>' });
    expect(reminder.summary).toBe('Nvidia reported record revenue on Wednesday as demand for its AI chips kept rising.');
  });
});

describe('a publication on a hosting platform titled with section words', () => {
  it('is named by its title, not by the platform ("Policy Notes" at policynotes.ghost.io)', async () => {
    const html = '<p>The European Commission has delayed guidance on general-purpose AI models by another three months.</p>';
    expect((await articleOf({ title: 'EU delays AI guidance', feedTitle: 'Policy Notes', channel: 'https://policynotes.ghost.io/', link: 'https://policynotes.ghost.io/eu-delays/', html })).source).toBe('Policy Notes');
    expect((await articleOf({ title: 'EU delays AI guidance', feedTitle: 'AI Policy', channel: 'https://aipolicy.substack.com/', link: 'https://aipolicy.substack.com/p/eu-delays', html })).source).toBe('AI Policy');
    expect((await articleOf({ title: 'Who pays for compute?', feedTitle: 'Business Notes Podcast', channel: 'https://podcasters.spotify.com/pod/show/businessnotes', link: 'https://podcasters.spotify.com/pod/show/businessnotes/episodes/Episode-13-e3def', html })).source).toBe('Business Notes Podcast');
  });
});

describe('an author box, a proverb, an arXiv id and a bridge’s placeholder', () => {
  const lead = 'Anthropic has launched a version of Claude for secondary-school teachers. It helps with lesson planning and marking.';
  it('skips an author box above the story, labelled or as the writer’s bio', async () => {
    expect((await articleOf({ title: 'Claude for teachers', html: `<div class="author-box"><p><strong>About the author:</strong> Dana Pruett teaches history in Leeds and writes about education technology.</p></div><p>${lead}</p>` })).summary).toBe(lead);
    expect((await articleOf({ title: 'Claude for teachers', html: `<p class="byline-bio"><a href="https://harborledger.example/author/sam">Sam Rudd</a> is a staff writer at Harbor Ledger, where he covers education technology.</p><p>${lead}</p>` })).summary).toBe(lead);
  });

  it('skips an epigraph signed with a saying’s kind ("— carpenter’s proverb")', async () => {
    const post = await articleOf({ title: 'Why I stopped fine-tuning', html: '<blockquote><p>"Measure twice, cut once." — carpenter’s proverb</p></blockquote><p>For most of last year, my default answer to a bad model output was to fine-tune. I have stopped.</p>' });
    expect(post.summary).toBe('For most of last year, my default answer to a bad model output was to fine-tune. I have stopped.');
  });

  it('takes arXiv’s id off an older feed’s title, and shows no bridge placeholder as the post', async () => {
    const paper = await articleOf({ title: 'Language Models Can Count, Sometimes. (arXiv:2603.04567v2 [cs.CL] UPDATED)', feedTitle: 'cs.CL updates on arXiv.org', html: '<p>We study whether transformer language models can count occurrences of a token in their context.</p>' });
    expect(paper.headline).toBe('Language Models Can Count, Sometimes.');
    const bridged = await articleOf({ title: 'Dev Notes post', html: '[contains quote post or other embedded content]' });
    expect(bridged.summary).toBe('');
  });
});

describe('speakers named with initials or a hyphenated title, and a reported clause after "said"', () => {
  it('keeps run-together initials in the name, and takes a hyphenated title off it', async () => {
    const vance = await articleOf({ title: 'Vance warns Europe on AI rules', html: '<p>Vice President J.D. Vance warned European leaders on Monday against strict AI rules.</p><p>"We believe that excessive regulation of the AI sector could kill a transformative industry just as it is taking off," Vance said.</p>' });
    expect(vance.quote?.speaker).toBe('J.D. Vance');
    const virkkunen = await articleOf({ title: 'EU chief says AI Act timeline will not slip', html: '<p>The European Union will not delay the AI Act, the bloc’s tech chief said on Friday.</p><p>"There is no stop the clock. There is no grace period. There is no pause," said Executive Vice-President Henna Virkkunen.</p>' });
    expect(virkkunen.quote?.speaker).toBe('Henna Virkkunen');
  });

  it('gives no speaker from the subject of a reported clause ("and said the company was “…”")', async () => {
    const article = await articleOf({ title: 'Chipmaker denies sale report', html: '<p>Orbis Semiconductor on Tuesday denied a report that it was exploring a sale to a larger rival.</p><p>Chief executive Lillian Zhou called the report "completely without foundation" and said the company was "fully focused on executing our roadmap for the AI networking market."</p>' });
    expect(article.quote?.speaker ?? null).not.toBe('Orbis Semiconductor');
  });
});

describe('a second sentence that opens a quotation in single marks', () => {
  it('is left out when it stops inside the quotation; an elision opens none', async () => {
    const british = await articleOf({ title: 'Robin Li says AI apps will top 1 billion users', html: '<p>Baidu chief executive Robin Li predicted on Wednesday that Chinese AI assistants would reach 1 billion users by the end of next year. \'Applications are where the value is. Models without applications are worthless,\' Li said.</p>' });
    expect(british.summary).toBe('Baidu chief executive Robin Li predicted on Wednesday that Chinese AI assistants would reach 1 billion users by the end of next year.');
    const elision = await articleOf({ title: 'This week on the show', html: '<p>This week we review the new chatbots. Drew gets back into Dirt \'n Destiny, and Dan has never seen the finale.</p>' });
    expect(elision.summary).toBe('This week we review the new chatbots. Drew gets back into Dirt \'n Destiny, and Dan has never seen the finale.');
  });
});

describe('Mistral’s assistant by its name', () => {
  it('is ai and mistral ("Le Chat now generates images"), and the French cat is neither', async () => {
    const product = await articleOf({ title: 'Le Chat now generates images and searches the web', html: '<p>Le Chat, the Paris-based assistant, has gained image generation and live web search, putting it on par with larger rivals.</p>' });
    expect(product.topics).toEqual(expect.arrayContaining(['ai', 'mistral']));
    const cat = await articleOf({ title: 'Le chat de la voisine a disparu', html: '<p>Le chat de la voisine a disparu depuis lundi, et tout le quartier le cherche.</p>' });
    expect(cat.topics).toEqual([]);
  });
});

describe('sources and headlines of a third round of probes', () => {
  it('spells an unknown site as its feed title or its text writes it, not as the split of its domain', async () => {
    const section = await articleOf({ title: 'Insurers price storms with AI', feedTitle: 'Bayview Courier – Shipping', link: 'https://bayviewcourier.example/shipping/storms', channel: 'https://bayviewcourier.example/shipping', html: '<p>Marine insurers are pricing storm risk per voyage with AI models.</p>' });
    expect(section.source).toBe('Bayview Courier');
    const aggregated = await articleOf({ title: 'Oakridge chemists design enzymes with AI', feedTitle: 'Reader - Science bundle', link: 'https://oakridgegazette.example/news/enzymes', channel: 'https://reader.example/stream/42', html: '<p>Oakridge chemists used an AI model to design enzymes that break down plastic.</p>' });
    expect(aggregated.source).toBe('Oakridge Gazette');
  });

  it('takes the site’s section off the headline with the site ("… – Tech – Site") and a score in brackets or after ▲', async () => {
    const sectioned = await articleOf({ title: 'Quillon hires a new safety lead – Tech – Harbor Ledger', html: '<p>Quillon has hired a new head of safety.</p>' });
    expect(sectioned.headline).toBe('Quillon hires a new safety lead');
    const kept = await articleOf({ title: 'Meet Sonaro – the earbuds that translate', html: '<p>Sonaro makes earbuds.</p>' });
    expect(kept.headline).toBe('Meet Sonaro – the earbuds that translate');
    expect((await articleOf({ title: '[212 points] A small inference server in Zig', html: '<p>A server.</p>' })).headline).toBe('A small inference server in Zig');
    expect((await articleOf({ title: '▲ 64 Startups race to automate bookkeeping', html: '<p>Startups.</p>' })).headline).toBe('Startups race to automate bookkeeping');
  });

  it('names the site, not the tool that made its feed or the government site that serves it', async () => {
    const rsshub = await articleOf({ title: 'Kelda opens a lab in Osaka', feedTitle: 'Kelda Robotics Newsroom - Powered by RSSHub', link: 'https://keldarobotics.example/newsroom/osaka', channel: 'https://keldarobotics.example/newsroom', html: '<p>Kelda Robotics has opened a lab in Osaka.</p>' });
    expect(rsshub.source).toBe('Kelda Robotics');
    const govuk = await articleOf({ title: 'Code of practice for AI in councils', feedTitle: 'Department for Local Services - Activity on GOV.UK', link: 'https://www.gov.uk/government/news/ai-code', channel: 'https://www.gov.uk/government/organisations/department-for-local-services', html: '<p>The department published a code of practice.</p>' });
    expect(govuk.source).toBe('Department for Local Services');
  });
});

describe('a speaker named after a company’s role', () => {
  it('is never the company that owns the role ("said Kite’s medical director, Dr. Irene Walsh.")', async () => {
    const possessive = await articleOf({ title: 'Fernway adds a symptom checker', html: '<p>Fernway has added an AI symptom checker to its app.</p><p>"It does not diagnose. It helps people decide how soon to see a doctor," said Fernway\'s medical director, Dr. Lena Hargrove.</p>' });
    expect(possessive.quote?.text).toMatch(/^It does not diagnose/);
    expect(possessive.quote?.speaker).toBeNull();
    const named = await articleOf({ title: 'Quillon ships contract review', html: '<p>Quillon has released an AI contract reviewer.</p><p>"Lawyers want the dull clauses read for them, not argued with," said Quillon co-founder and CEO, Marta Ilves.</p>' });
    expect(named.quote?.speaker).toBeNull();
  });

  it('is the person after a role of the company’s own, a title before the name left off', async () => {
    const article = await articleOf({ title: 'Fernway adds a symptom checker', html: '<p>Fernway has added an AI symptom checker to its app.</p><p>"It does not diagnose. It helps people decide how soon to see a doctor," said its medical director, Dr. Lena Hargrove.</p>' });
    expect(article.quote?.speaker).toBe('Lena Hargrove');
  });
});

describe('leads of a third round of probes', () => {
  it('skips a newsletter’s greeting to its readers by name, its count of stories, and its contents', async () => {
    const story = 'Kairos Systems has started shipping a 16-chip inference server.';
    expect((await articleOf({ title: 'Kairos ships', html: `<p>Hello, Token Tuesday readers!</p><p>${story}</p>` })).summary).toBe(story);
    expect((await articleOf({ title: 'Three things', html: `<p>Here are three things you need to know today.</p><p>${story}</p>` })).summary).toBe(story);
    expect((await articleOf({ title: 'Kairos ships', html: `<p><strong>Today:</strong> Kairos's server, plus a new chip from Trident.</p><p>${story}</p>` })).summary).toBe(story);
    expect((await articleOf({ title: 'Kairos ships', html: `<p><b>Inside:</b> Kairos ships; Longhaul's trucks return; Parallax prices.</p><p>${story}</p>` })).summary).toBe(story);
    expect((await articleOf({ title: 'The Rundown', html: `<p>🍔 In today's lunchbox:</p><p>• Kairos ships a server<br>• Ontario's hiring rules</p><p>${story}</p>` })).summary).toBe(story);
  });

  it('reads the story after a digest item’s head and a section’s "The news:" label', async () => {
    expect((await articleOf({ title: 'Five things', html: '<p><strong>1. Openfield’s new model.</strong> Openfield released Meadow-3, a model that runs on one graphics card.</p>' })).summary).toBe('Openfield released Meadow-3, a model that runs on one graphics card.');
    expect((await articleOf({ title: 'Sonara’s model', html: '<p><strong>The news:</strong> Sonara has released a speech model that makes fewer errors on noisy audio.</p><p><strong>Why it matters:</strong> Call centres buy it.</p>' })).summary).toBe('Sonara has released a speech model that makes fewer errors on noisy audio.');
    // A bold head with a verb is the story's sentence.
    expect((await articleOf({ title: 'Acme ships', html: '<p><strong>Acme shipped it.</strong> The model is out today.</p>' })).summary).toBe('Acme shipped it. The model is out today.');
  });

  it('skips an update above the story, a caption above its credit, a table’s caption, event details and “Developing story.”', async () => {
    const story = 'A misconfigured server at Brightrack exposed thousands of customers’ prompts for three weeks.';
    expect((await articleOf({ title: 'Brightrack leak', html: `<p><strong>Update:</strong> Brightrack said on Tuesday that it had fixed the flaw.</p><p>${story}</p>` })).summary).toBe(story);
    expect((await articleOf({ title: 'Brightrack leak', html: `<p>Developing story.</p><p>${story}</p>` })).summary).toBe(story);
    expect((await articleOf({ title: 'Brightrack leak', html: `<p>Engineers at Brightrack's office in Austin. The company has 300 staff.</p><p>(Photo by Jo Lindqvist/Harbor Ledger)</p><p>${story}</p>` })).summary).toBe(story);
    expect((await articleOf({ title: 'Brightrack leak', html: `<p class="wp-caption-text">Brightrack's office in Austin on Monday.</p><p>${story}</p>` })).summary).toBe(story);
    expect((await articleOf({ title: 'Brightrack leak', html: `<table><caption>Prompts exposed, by week</caption><tr><td>1</td><td>40</td></tr></table><p>${story}</p>` })).summary).toBe(story);
    expect((await articleOf({ title: 'Workshop', html: `<p>When: Tuesday, January 13, 2027, 9 a.m.–12 p.m. ET<br>Where: Online<br>Cost: Free</p><p>${story}</p>` })).summary).toBe(story);
  });

  it('leaves a bracketed read-more link out of the lead', async () => {
    const article = await articleOf({ title: 'Drone contract doubled', html: '<p>The utility has doubled its drone contract with Ferrowind. The drones will inspect onshore turbines too. <a href="https://harborledger.example/a">[Read More]</a></p>' });
    expect(article.summary).toBe('The utility has doubled its drone contract with Ferrowind. The drones will inspect onshore turbines too.');
  });
});

describe('a company named only to describe another', () => {
  it('is no topic: its money behind it, its alumni, a rival to it, a product likened to it', async () => {
    const cases = [
      { title: 'Halvard Capital, backed by Google, closes a $300 million AI fund', html: '<p>Halvard Capital has closed a $300 million fund for early-stage AI start-ups in the Nordics.</p><p>The firm plans 30 investments over four years in industrial AI.</p>', company: 'google' },
      { title: 'OpenAI alumni behind new robotics start-up Tern Arm', html: '<p>Tern Arm, a robotics start-up founded by three former researchers, has raised $40 million to build AI-driven robot arms.</p><p>The company will train its AI models on factory video.</p>', company: 'openai' },
      { title: 'Start-up Ledgerline builds a rival to Copilot for spreadsheets', html: '<p>Ledgerline has released an AI assistant that writes spreadsheet formulas from plain requests.</p><p>The AI tool costs $12 a month.</p>', company: 'microsoft' },
      { title: 'Writing app Quillet hits 5 million users', html: '<p>Like ChatGPT before it, Quillet has grown by word of mouth, reaching five million users of its AI writing assistant in eight months.</p><p>The AI app runs an open model on its own servers.</p>', company: 'openai' },
      { title: 'Gemini rival from start-up Polaris Labs tops chatbot arena', html: '<p>Polaris Labs, a 40-person AI start-up, says its chatbot now tops a popular AI leaderboard.</p><p>The AI model is free to try.</p>', company: 'google' },
      { title: 'Ex-Mitarbeiter von OpenAI gründen Münchner KI-Startup', html: '<p>Drei ehemalige Forscher haben in München ein KI-Startup gegründet, das Roboter mit künstlicher Intelligenz steuert.</p><p>Das KI-Startup hat 20 Millionen Euro eingesammelt.</p>', company: 'openai' },
    ];
    for (const { company, ...item } of cases) {
      const article = await articleOf(item);
      expect(article.topics).toContain('ai');
      expect(article.topics).not.toContain(company);
    }
    // The company a story is about keeps its topic.
    expect((await articleOf({ title: 'Google backs a $300 million AI fund', html: '<p>Google has put $300 million into an AI fund run by Halvard Capital.</p><p>Google said the AI fund would back Nordic start-ups.</p>' })).topics).toContain('google');
  });
});

describe('an AI model named by its kind only in the body', () => {
  it('is ai: a "multimodal model", a "vision-language model"', async () => {
    const multimodal = await articleOf({ title: 'Vireo 2 can reason over hour-long videos', html: '<p>Vireo 2, the newest multimodal model from Pallas Labs, answers questions about videos up to an hour long.</p><p>On a long-video benchmark it scored 12 points higher than the previous best system.</p>' });
    expect(multimodal.topics).toContain('ai');
    const vision = await articleOf({ title: 'Pallas reads charts better', html: '<p>Pallas Labs has released a vision-language model that reads charts and tables from scanned reports.</p><p>It is free for researchers.</p>' });
    expect(vision.topics).toContain('ai');
  });
});

describe('a prize’s or an event’s name', () => {
  it('is no speaker, even by a word it shares with a later sentence ("Prize committee chair …")', async () => {
    const article = await articleOf({ title: 'Pioneer Yusuf Adebayo wins computing prize', html: '<p>Yusuf Adebayo, whose work on attention underpins modern language models, has won the Halloran Prize for computing.</p><p>Prize committee chair Margaret Holt announced the award in London.</p><p>"The ideas came from a group of graduate students who refused to believe the problem was impossible," he said.</p>' });
    expect(article.quote?.speaker ?? null).not.toBe('Halloran Prize');
  });
});

describe('an organisation a quote is attributed to by what it is', () => {
  it('is the one named before ("the university said", "the nonprofit said", "the automaker said")', async () => {
    const university = await articleOf({ title: 'Westmoor University limits chatbots in exams', html: '<p>Westmoor University has banned AI chatbots during in-person exams from next semester.</p><p>"Exams are meant to measure what a student knows, not what a chatbot knows," the university said in a statement.</p>' });
    expect(university.quote?.speaker).toBe('Westmoor University');
    const automaker = await articleOf({ title: 'Halvorsen Motors recalls driver-assist software', html: '<p>Halvorsen Motors is recalling the driver-assist software in 40,000 cars after reports of sudden braking.</p><p>"We are issuing an over-the-air update that fixes the issue, and no customer will need to visit a dealer," the Detroit-based automaker said.</p>' });
    expect(automaker.quote?.speaker).toBe('Halvorsen Motors');
  });
});

describe('a wire’s story on a portal under a byline of the portal’s', () => {
  it('is the wire’s ("Story by …", "By Max A. Cherney", a name alone above "(Bloomberg) --")', async () => {
    const portal = { feedTitle: 'MSN', link: 'https://www.msn.com/en-us/money/technology/tpus/ar-AA1yDe67', channel: 'https://www.msn.com/en-us/money' };
    const dateline = '<p>(Bloomberg) -- Meta Platforms Inc. is in talks to spend billions of dollars on Google’s chips for its own data centers.</p>';
    for (const byline of ['Story by Ryan Whitaker • 2h', 'Written by Grace Halloran', 'By Max A. Cherney', 'Grace Halloran and Ryan Whitaker']) {
      expect((await articleOf({ ...portal, title: 'Meta to use Google chips', html: `<p>${byline}</p>${dateline}` })).source).toBe('Bloomberg');
    }
    // A short line that is no name stays the portal's story.
    expect((await articleOf({ ...portal, title: 'Meta to use Google chips', html: '<p>Meta is in talks to use Google’s chips, people familiar said.</p><p>Shares rose 2%.</p>' })).source).toBe('MSN');
  });
});

describe('two people of one surname', () => {
  it('keeps the speaker the text names in full, and still lengthens a name by its middle initial', async () => {
    const feud = await articleOf({ title: 'Benchmark feud', html: '<p>A dispute over a benchmark has pitted two researchers against each other.</p><p>Maria Luisa Ferrante created the benchmark. Dr. Marco Ferrante published an analysis claiming it has errors.</p><p>"If the answer key is wrong, the scores are wrong, and every leaderboard built on them is wrong too," Marco Ferrante said.</p>' });
    expect(feud.quote?.speaker).toBe('Marco Ferrante');
    const initial = await articleOf({ title: 'Teams that learn', html: '<p>Amy C. Edmondson has studied hospital teams for thirty years.</p><p>"Teams that admit mistakes early are the ones that learn fastest from them," Amy Edmondson said.</p>' });
    expect(initial.quote?.speaker).toBe('Amy C. Edmondson');
  });
});

describe('"she said" after a man is named in between', () => {
  it('is not his, his title before his name or not', async () => {
    const hearing = await articleOf({ title: 'Brindle’s CEO defends claim denials', html: '<p>Brindle AI’s chief executive defended her company’s claims software on Tuesday before a state committee.</p><p>Rahel Tesfamariam testified for two hours. She was questioned most sharply by the chairman, Representative Douglas Whitford.</p><p>Whitford read aloud from a denial letter that he said a constituent had received.</p><p>"That letter was sent by an insurer, not by us. Our software recommends and people decide," she said.</p>' });
    expect(hearing.quote?.speaker ?? null).not.toBe('Representative Douglas Whitford');
    expect(hearing.quote?.speaker ?? null).not.toBe('Douglas Whitford');
    const panel = await articleOf({ title: 'Meridian names a new CTO', html: '<p>Meridian Robotics has named co-founder Agnieszka Wielgosz as chief technology officer.</p><p>Agnieszka Wielgosz, who is not related to chief executive Tomasz Wielgosz, has led the work on robot hands.</p><p>"People assume we are married or siblings. We are neither. It is a common name in Poland," she said.</p>' });
    expect(panel.quote?.speaker).toBe('Agnieszka Wielgosz');
  });
});

describe('newsletter furniture of a fourth round of probes', () => {
  it('skips trivia of the day, a writer’s hello, a section numeral, a sponsor line and its pitch, and labels before the top story', async () => {
    const story = 'DeepSeek released V4, a mixture-of-experts model that it says matches the best American models on maths.';
    expect((await articleOf({ title: 'DeepSeek V4', html: `<p><strong>Did you know:</strong> The first chatbot, ELIZA, was written in 1966.</p><p>${story}</p>` })).summary).toBe(story);
    expect((await articleOf({ title: 'DeepSeek V4', html: `<p>It's Priya, and I'm writing from a very cold Zurich.</p><p>${story}</p>` })).summary).toBe(story);
    expect((await articleOf({ title: 'DeepSeek V4', html: `<p>I.</p><p>${story}</p>` })).summary).toBe(story);
    expect((await articleOf({ title: 'DeepSeek V4', html: `<p>Startup Hour is brought to you by…</p><p>Ledgerly. Bookkeeping for founders. Get $100 off at ledgerly.example.</p><p>${story}</p>` })).summary).toBe(story);
    expect((await articleOf({ title: 'DeepSeek V4', html: `<p><strong>Today in AI:</strong> ${story}</p>` })).summary).toBe(story);
    expect((await articleOf({ title: 'DeepSeek V4', html: `<p>Today's top story: ${story}</p>` })).summary).toBe(story);
  });

  it('skips a video’s pointer to its paper', async () => {
    const article = await articleOf({ title: 'This AI learned physics from videos', html: '📝 The paper "Learning Dynamics from Video" is available here:<br>https://arxiv.example/abs/2612.07777<br><br>A new model watches ordinary videos and learns to predict how objects fall and bounce.' });
    expect(article.summary).toBe('A new model watches ordinary videos and learns to predict how objects fall and bounce.');
  });
});

describe('an organisation’s or a show’s own video or episode on a platform', () => {
  it('is credited to the feed that its words name, not to YouTube or Spotify; an aggregator’s link to a video stays the platform’s', async () => {
    const keynote = await articleOf({ title: 'Kelda Robotics keynote 2026', feedTitle: 'Kelda Robotics Newsroom', link: 'https://www.youtube.com/watch?v=Qq4Rr5Ss6Tt', channel: 'https://keldarobotics.example/newsroom/', html: '<p>Kelda Robotics’ chief executive shows the company’s new warehouse robot.</p>' });
    expect(keynote.source).toBe('Kelda Robotics');
    const episode = await articleOf({ title: 'Inside the reasoning team', feedTitle: 'The Tensor Hour', link: 'https://open.spotify.com/episode/4AbCdEfGhIjKlMnOpQrStU', channel: 'https://tensorhour.example/', html: '<p>On this week’s Tensor Hour, two researchers talk about training models to think longer.</p>' });
    expect(episode.source).toBe('The Tensor Hour');
    const linked = await articleOf({ title: 'A robot learns to walk', feedTitle: 'Hacker News', link: 'https://www.youtube.com/watch?v=Aa1Bb2Cc3Dd', channel: 'https://news.ycombinator.com/', html: '<p>Comments</p>' });
    expect(linked.source).toBe('YouTube');
  });
});

describe('a company spokesperson near a product named after the company', () => {
  it('speaks for the company, not the product', async () => {
    const plan = await articleOf({ title: 'Quillon tests a student plan', html: '<p>Quillon is testing a discounted tier for students in a few countries, a company spokesperson confirmed. The plan costs about half the price of Quillon Pro.</p><p>"We are running a small pilot to learn what students actually need from us," the spokesperson said.</p>' });
    expect(plan.quote?.speaker).toBe('Quillon');
    const free = await articleOf({ title: 'Quillon Atlas browser is now free', html: '<p>Quillon is making its Atlas browser free to all users, dropping the $200-a-month Quillon Max requirement it launched with.</p><p>"We always intended Atlas to be for everyone who reads the web," a company spokesperson said.</p>' });
    expect(free.quote?.speaker).toBe('Quillon');
  });
});

describe('datelines of a fourth shape', () => {
  it('reads a town in capitals and a full stop before an English, French or Italian sentence', async () => {
    expect((await articleOf({ title: 'Clinic tests AI triage', html: '<p>SEATTLE. A clinic network has begun using an AI system to sort hotline calls.</p>' })).summary).toBe('A clinic network has begun using an AI system to sort hotline calls.');
    expect((await articleOf({ title: 'Un robot livreur', html: '<p>LYON. Une start-up a lancé un robot de livraison sur les trottoirs.</p>' })).summary).toBe('Une start-up a lancé un robot de livraison sur les trottoirs.');
  });

  it('reads a whole dateline with its credit set as a paragraph of its own, and credits the agency', async () => {
    const article = await articleOf({ title: 'El Gobierno aprueba un plan de IA', feedTitle: 'Noticias Tec', link: 'https://noticiastec.example/plan-ia', channel: 'https://noticiastec.example/', html: '<p>MADRID, 3 dic. (EUROPA PRESS) -</p><p>El Consejo de Ministros ha aprobado este martes un plan para supervisar la inteligencia artificial.</p>' });
    expect(article.summary).toBe('El Consejo de Ministros ha aprobado este martes un plan para supervisar la inteligencia artificial.');
    expect(article.source).toBe('Europa Press');
    // A link blog's credit line is no dateline.
    const linked = await articleOf({ title: 'App Store sales', html: '<p>Apple (MacRumors):</p><p>Apple today announced that the App Store ecosystem grew 24 percent.</p>' });
    expect(linked.summary).toBe('Apple today announced that the App Store ecosystem grew 24 percent.');
  });
});

describe('signers listed after a plural title', () => {
  it('are the speakers, without the letter’s recipient named before them or their title', async () => {
    const article = await articleOf({ title: 'Commissioners split on AI merger', html: '<p>The commission voted 3-2 to clear Orrery’s purchase of an AI start-up.</p><p>In a joint dissent addressed to Chair Lawrence Whitcombe, Commissioners Danielle Okoro and Rafael Quint argued the deal would entrench Orrery.</p><p>"This acquisition removes the most credible future competitor from the market," the commissioners wrote.</p>' });
    expect(article.quote?.speaker).toBe('Danielle Okoro and Rafael Quint');
  });
});

describe('headlines, fifth round', () => {
  it('drops a wire’s slugs, a release’s label, counts after middle dots, a score and a reading time, and keeps a sponsor’s mark', async () => {
    const cases: Array<[string, string]> = [
      ['UPDATE 2-Corvid valued at $40 bln in new round', 'Corvid valued at $40 bln in new round'],
      ['RPT-EXCLUSIVE-Lumen weighs sale of chip unit', 'Lumen weighs sale of chip unit'],
      ['Press Release: Finch Analytics opens Lisbon office', 'Finch Analytics opens Lisbon office'],
      ['Corvid cuts 300 jobs in AI unit · 412 points · 230 comments', 'Corvid cuts 300 jobs in AI unit'],
      ['Corvid cuts 300 jobs in AI unit (score: 87)', 'Corvid cuts 300 jobs in AI unit'],
      ['Corvid ships agents for spreadsheets (3 minute read)', 'Corvid ships agents for spreadsheets'],
      // Not a slug: a word of the headline in title case.
      ['Insight-driven agents arrive at Corvid', 'Insight-driven agents arrive at Corvid'],
      ['[R] Scaling laws for mixture-of-experts models', 'Scaling laws for mixture-of-experts models'],
      ['[2612.04120] MiniWorld: video world models on one GPU', 'MiniWorld: video world models on one GPU'],
      ['Sponsored: Build agents faster with Zeta', 'Sponsored: Build agents faster with Zeta'],
      ['Zeta for teams (Sponsor)', 'Zeta for teams (Sponsor)'],
    ];
    for (const [title, headline] of cases) expect((await articleOf({ title, html: '<p>Corvid said so on Monday in a short statement to staff.</p>' })).headline).toBe(headline);
  });
});

describe('datelines, fifth round', () => {
  it('reads a wire’s date and credit with no place, as portals repost its copy, and credits the wire', async () => {
    const reposted = await articleOf({ title: 'Corvid and Lumen sign cloud deal', feedTitle: 'Portal Finance', link: 'https://finance.portal.example/news/corvid-lumen', channel: 'https://finance.portal.example/', html: '<p>Dec 7 (Reuters) - Corvid and Lumen have signed a five-year cloud deal worth $3 billion, the companies said on Monday.</p>' });
    expect(reposted.summary).toBe('Corvid and Lumen have signed a five-year cloud deal worth $3 billion, the companies said on Monday.');
    expect(reposted.source).toBe('Reuters');
  });

  it('reads a German dateline with its date in digits, or with "den" before the day', async () => {
    const lead = 'Das Hamburger Start-up Deeploy hat eine Plattform für KI-Agenten vorgestellt.';
    for (const dateline of ['Hamburg, 14.10.2026 – ', 'Köln, 14.10.2026: ', 'Berlin, den 14. Oktober 2026 – ']) {
      expect((await articleOf({ title: 'Deeploy startet KI-Plattform', html: `<p>${dateline}${lead}</p>` })).summary).toBe(lead);
    }
    // With no dash anywhere in the paragraph, the colon's date vouches for the place as a month's name does.
    const plain = 'Die Stadt Köln hat eine neue Plattform für ihre Bürgerdienste vorgestellt.';
    expect((await articleOf({ title: 'Köln stellt Plattform vor', html: `<p>Köln, 14.10.2026: ${plain}</p>` })).summary).toBe(plain);
  });
});

describe('leads, fifth round', () => {
  it('skips a newsletter’s comment set above the news as a box ("Why it matters:", "The big picture:", "State of play:")', async () => {
    const lead = 'Corvid is in talks to spend billions on Lumen’s chips from 2027, according to a person involved.';
    for (const label of ['Why it matters:', 'The big picture:', 'State of play:', 'Between the lines:', 'Zoom in:']) {
      const article = await articleOf({ title: 'Corvid to buy Lumen chips', html: `<p><strong>${label}</strong> Nvidia finally has a rival.</p><p>${lead}</p>` });
      expect(article.summary, label).toBe(lead);
    }
  });

  it('skips the writer’s card a blog sets above the post', async () => {
    const lead = 'Every prompt sent to a frontier model burns about 0.3 watt-hours of electricity.';
    for (const card of ['<section class="author-card"><h4>Lena Vogt</h4><p>Lena is an infrastructure engineer at Corvid Labs.</p></section>', '<div class="author-bio"><p>Tom Adebayo is a health-tech writer based in Lagos.</p></div>']) {
      expect((await articleOf({ title: 'The hidden cost of inference', html: `${card}<p>${lead}</p>` })).summary).toBe(lead);
    }
  });

  it('drops a forum poster’s note on themselves, and keeps the post’s sentence after it in the same paragraph', async () => {
    const cases: Array<[string, string]> = [
      ['<p>Throwaway account. I work at a big bank and we are evaluating Qwen3-Coder for internal use.</p><p>Is it better than DeepSeek for Java?</p>', 'I work at a big bank and we are evaluating Qwen3-Coder for internal use.'],
      ['<p>Long post, sorry in advance.</p><p>Our team moved all first-line support to Claude agents in March.</p>', 'Our team moved all first-line support to Claude agents in March.'],
      ['<p>Mods, delete if not allowed.</p><p>I built a tool that diffs two model checkpoints layer by layer.</p>', 'I built a tool that diffs two model checkpoints layer by layer.'],
      ['<p>Hi all, first time poster, long time lurker.</p><p>I trained a 100M-parameter model from scratch for about $40.</p>', 'I trained a 100M-parameter model from scratch for about $40.'],
    ];
    for (const [html, lead] of cases) expect((await articleOf({ title: 'A post', feedTitle: 'r/LocalLLaMA', html })).summary).toBe(lead);
  });
});

describe('a known newsroom’s repost of another’s story', () => {
  it('credits the outlet its repost sentence names, where a newsroom’s own story citing another stays its own', async () => {
    const cases: Array<[string, string]> = [
      ['<p>This article is republished from <a href="https://theconversation.com">The Conversation</a> under a Creative Commons license.</p>', 'The Conversation'],
      ['<p><em>This story originally appeared on <a href="https://restofworld.org">Rest of World</a> and is republished here with permission.</em></p>', 'Rest of World'],
      ['<p><em>This story has been republished from The Guardian.</em></p>', 'The Guardian'],
    ];
    for (const [credit, source] of cases) {
      const article = await articleOf({ title: 'Labelers in Nairobi', feedTitle: 'WIRED', link: 'https://www.wired.com/story/labelers-nairobi/', channel: 'https://www.wired.com/', html: `<p>Every morning at 7, Daniel Otieno logs in to a labeling platform and starts drawing boxes.</p>${credit}` });
      expect(article.source).toBe(source);
    }
    const cites = await articleOf({ title: 'Labelers in Nairobi', feedTitle: 'WIRED', link: 'https://www.wired.com/story/labelers-nairobi/', channel: 'https://www.wired.com/', html: '<p>Every morning at 7, Daniel Otieno logs in to a labeling platform, as Rest of World reported last year.</p>' });
    expect(cites.source).toBe('WIRED');
  });
});

describe('feed titles that are a section or a greeting', () => {
  it('names the site from its address when the title is a business paper’s section, and the site a greeting names', async () => {
    const markets = await articleOf({ title: 'Lumen tops $5 trillion', feedTitle: 'Markets', link: 'https://www.tradeledger.example/news/lumen-5-trillion', channel: 'https://www.tradeledger.example/', html: '<p>Lumen’s market value topped $5 trillion on Monday for the first time.</p>' });
    expect(markets.source).toBe('tradeledger.example');
    const welcome = await articleOf({ title: 'Corvid opens Lagos office', feedTitle: 'Welcome to Orbital Ledger', link: 'https://www.orbitalledger.com/2026/12/corvid-lagos', channel: 'https://www.orbitalledger.com/', html: '<p>Corvid has opened an office in Lagos, its first in Africa.</p>' });
    expect(welcome.source).toBe('Orbital Ledger');
  });

  it('skips a French reading time written "Lecture : 3 min."', async () => {
    const lead = 'Mistral AI a présenté lundi un assistant vocal destiné aux entreprises.';
    expect((await articleOf({ title: 'Mistral lance un assistant vocal', html: `<p>Lecture : 3 min.</p><p>${lead}</p>` })).summary).toBe(lead);
  });
});

describe('captions and teasers above a story', () => {
  it('skips a handout photo’s caption credited to the organisation it names', async () => {
    const lead = 'Corvid laid off about 5% of its workforce this week, according to an internal memo.';
    for (const caption of ['Dana Reyes, Corvid’s CEO. Corvid', 'Mico, Lumen’s new assistant avatar. Lumen']) {
      expect((await articleOf({ title: 'Corvid lays off 5% of staff', html: `<p><img src="https://harborledger.example/x.jpg"></p><p>${caption}</p><p>${lead}</p>` })).summary).toBe(lead);
    }
  });

  it('skips a newsletter’s teaser between dots under an item’s head', async () => {
    const lead = 'Huawei says its new cluster beats Lumen’s flagship system on total compute, according to a technical paper.';
    for (const teaser of ['…China’s chip push gets a big claim…', '...A big claim...']) {
      const article = await articleOf({ title: 'Import Notes 431: chips', html: `<p><strong>Huawei claims a chip lead:</strong><br>${teaser}<br>${lead}</p>` });
      expect(article.summary, teaser).toBe(lead);
    }
  });
});

describe('an embedded post the story is about', () => {
  const post = (signature: string) => `<p>Dana Reyes replied to Lumen’s founder on Saturday as the two kept up their feud.</p><blockquote class="twitter-tweet"><p lang="en" dir="ltr">you took a lab you didn't build, tried to take it over, failed, and have been suing us ever since. just compete.</p>${signature}</blockquote><p>The lawsuit goes to trial in the spring.</p>`;

  it('is the quote of the holder its signature line names, on X, Bluesky and Mastodon', async () => {
    for (const signature of [
      '&mdash; Dana Reyes (@dreyes) <a href="https://x.com/dreyes/status/1">December 6, 2026</a>',
      '&mdash; Dana Reyes (<a href="https://bsky.app/profile/dreyes.bsky.social">@dreyes.bsky.social</a>) <a href="https://bsky.app/profile/dreyes.bsky.social/post/3">December 6, 2026 at 9:12 AM</a>',
      '— Dana Reyes (@dreyes@mastodon.social)',
    ]) {
      const article = await articleOf({ title: 'Reyes hits back at Lumen founder on X', html: post(signature) });
      expect(article.quote, signature).toEqual({ text: expect.stringMatching(/^you took a lab/), speaker: 'Dana Reyes' });
    }
  });

  it('keeps the holder’s words whole, quotation marks inside and all', async () => {
    const html = '<p>Corvid will let users opt out of AI training, CEO Jay Okafor said.</p><blockquote class="bluesky-embed"><p lang="en">We\'re shipping a way for you to say "no" to AI training on your posts. It\'s a signal, not a lock.</p>&mdash; Jay Okafor (<a href="https://bsky.app/profile/jay.bsky.team">@jay.bsky.team</a>) <a href="https://bsky.app/profile/jay.bsky.team/post/3">December 7, 2026 at 9:12 AM</a></blockquote><p>Corvid has about 40 million users.</p>';
    const article = await articleOf({ title: 'Okafor says AI training opt-out is coming', html });
    expect(article.quote).toEqual({ text: 'We\'re shipping a way for you to say "no" to AI training on your posts. It\'s a signal, not a lock.', speaker: 'Jay Okafor' });
  });

  it('is not the quote when the headline is about something else (a post cited in passing)', async () => {
    const article = await articleOf({ title: 'Lumen lawsuit heads to trial', html: post('&mdash; Dana Reyes (@dreyes) <a href="https://x.com/dreyes/status/1">December 6, 2026</a>') });
    expect(article.quote).toBeNull();
  });
});

describe('a newsletter section’s name', () => {
  it('is no person a pronoun in its short fiction stands for', async () => {
    const html = '<p><strong>A benchmark for AI scientists:</strong></p><p>Researchers at Corvid have built PaperBench, a benchmark that tests whether AI agents can replicate research papers.</p><p><strong>Tech Tales:</strong></p><p><em>The ghost in the spreadsheet</em></p><p>The accountant noticed the numbers first. "Someone has been editing the forecasts at three in the morning again," she told her manager.</p>';
    const article = await articleOf({ title: 'Import Notes 442: a benchmark for AI scientists', html });
    expect(article.quote?.speaker ?? null).not.toBe('Tech Tales');
  });
});

describe('a quotation after the lead’s first sentence', () => {
  it('is left to the quote: the summary ends with the first sentence when it states something whole', async () => {
    const lead = 'Lumen will resume sales of its export chip to China next month, the company said.';
    const article = await articleOf({ title: 'Lumen to resume chip sales', html: `<p>${lead} “We have received assurances from the government that licences will be granted,” the company said in a blog post.</p><p>Shares rose 4%.</p>` });
    expect(article.summary).toBe(lead);
    expect(article.quote?.text).toMatch(/^We have received assurances/);
  });

  it('still follows a short or a questioning first sentence, and a lead that is itself a quotation', async () => {
    expect((await articleOf({ title: 'A new term', html: '<p>Wet lab. “Wet lab” was a new term to me: a laboratory with chemicals where there is spill risk.</p>' })).summary).toMatch(/^Wet lab\. “Wet lab” was a new term/);
    expect((await articleOf({ title: 'A review', html: '<p>“This is the dumbest film of the year,” said one critic in the Harbor Ledger. “It also happens to be the best.”</p>' })).summary).toMatch(/It also happens to be the best\.”$/);
  });
});

describe('names an AI product shares with people, a space programme and a wind', () => {
  it('tags neither ai nor the company for Claude Monet, Claude Shannon, NASA’s Project Gemini or the Mistral winds', async () => {
    const cases: Array<[string, string]> = [
      ['Claude Monet’s Water Lilies sells for a record $92 million', 'A painting from Claude Monet’s Water Lilies series sold for $92 million at auction in New York on Monday.'],
      ['Claude Shannon’s 1948 paper, explained for a new generation', 'Claude Shannon’s paper on communication laid the ground for the digital age, and a new book retells it for teenagers.'],
      ['Museum opens Project Gemini exhibit', 'A new exhibit on Project Gemini, the NASA programme that flew two astronauts at a time in the 1960s, opened on Monday.'],
      ['Mistral winds expected to fan wildfire risk in southern France', 'Forecasters warned that strong Mistral winds of up to 100 km/h will raise wildfire risk across Provence this week.'],
    ];
    for (const [title, lead] of cases) expect((await articleOf({ title, html: `<p>${lead}</p>` })).topics, title).toEqual([]);
    // The products themselves still are.
    expect((await articleOf({ title: 'Claude gets a memory upgrade', html: '<p>Anthropic said Claude can now remember past conversations for paying users.</p>' })).topics).toEqual(expect.arrayContaining(['ai', 'anthropic']));
  });
});

describe('a lab’s name around its headline', () => {
  it('drops the site after a backslash and before a long dash, and keeps a product named before a colon', async () => {
    const cases: Array<[string, string, string]> = [
      ['Introducing Corvid Opus 5 \\ Corvid', 'Corvid', 'Introducing Corvid Opus 5'],
      ['Corvid Research — Introducing Raven 5', 'Corvid Research', 'Introducing Raven 5'],
      ['Raven: all aboard open models', 'Corvid Research', 'Raven: all aboard open models'],
      // A newsletter's or a show's own name before a colon and a headline of its own goes; a product's, or the feed's
      // name before a headline in small letters, stays.
      ['Compute Notes: Corvid’s $500B valuation', 'Compute Notes', 'Corvid’s $500B valuation'],
      ['Corvid Research: all aboard open models', 'Corvid Research', 'Corvid Research: all aboard open models'],
    ];
    for (const [title, feedTitle, headline] of cases) {
      const article = await articleOf({ title, feedTitle, link: 'https://corvid.example/news/a', channel: 'https://corvid.example/news/', html: '<p>Today we are releasing a new model for coding agents.</p>' });
      expect(article.headline, title).toBe(headline);
    }
  });
});

describe('a Techmeme item', () => {
  it('has the linked story’s opening as its lead, not the story’s bold headline before the dash', async () => {
    const html = '<p><a href="https://corvid.example/">Corvid</a>:<br><span style="font-size:1.3em;"><b><a href="https://corvid.example/news/raven-chrome">Raven for Chrome is now available to all paid plans</a></b></span> &mdash; Raven for Chrome, our browser extension that fills forms for you, is now available to all paying users.</p>';
    const article = await articleOf({ title: 'Corvid launches Raven for Chrome to all paid users (Corvid)', feedTitle: 'Techmeme', link: 'http://www.techmeme.com/261207/p53#a261207p53', channel: 'https://www.techmeme.com/', html });
    expect(article.summary).toBe('Raven for Chrome, our browser extension that fills forms for you, is now available to all paying users.');
  });
});

describe('a Techmeme item crediting a post on X by its handle', () => {
  it('is the holder’s the credit line names, and the handle leaves the headline, in either case', async () => {
    for (const [credit, handleLink] of [['(@dreyes)', '@dreyes'], ['(@DReyes)', '@dreyes']]) {
      const html = `<p>Dana Reyes / <a href="https://x.com/dreyes">${handleLink}</a>:<br><span style="font-size:1.3em;"><b><a href="https://x.com/dreyes/status/1">Every Corvid Plus subscriber gets Raven Pro free for a month.</a></b></span></p>`;
      const article = await articleOf({ title: `Dana Reyes says Corvid Plus subscribers get Raven Pro free for a month ${credit}`, feedTitle: 'Techmeme', link: 'http://www.techmeme.com/261207/p42#a261207p42', channel: 'https://www.techmeme.com/', html });
      expect(article.source, credit).toBe('Dana Reyes');
      expect(article.headline, credit).toBe('Dana Reyes says Corvid Plus subscribers get Raven Pro free for a month');
    }
  });
});

describe('words someone will say', () => {
  it('are no one’s quote: "Some people will say …" imagines them', async () => {
    const html = '<p>The new sculpture at the Harbor Museum is a pile of folded shirts on a chair.</p><p>Some people will say “it is just a pile of clothes on a chair, and my child could have made it.” The curator disagrees.</p>';
    expect((await articleOf({ title: 'Museum unveils shirt sculpture', html })).quote).toBeNull();
  });
});

describe('a day’s name', () => {
  it('is no person "he" stands for ("Cyber Monday", "Black Friday")', async () => {
    const html = '<p>More than one in ten orders placed with Corvid merchants over the holiday weekend began with an AI agent, according to Corvid president Harley Finch.</p><p>Finch shared the figure in a post on Monday, alongside the company’s tally of Black Friday–Cyber Monday sales, which hit $14.6 billion.</p><p>“Agentic checkout went from a slide in a pitch deck to 11% of our orders in twelve months,” he wrote. “I have never seen a shift like this.”</p>';
    const article = await articleOf({ title: 'Corvid says AI agents drove 11% of holiday orders', html });
    expect(article.quote?.speaker).toBe('Harley Finch');
  });
});

describe('an interview set as questions and answers', () => {
  it('has its standfirst as the lead, not the first answer under its speaker’s label', async () => {
    const html = '<p><em>Priya Rao co-founded Lumenfold in 2022 after eight years at a big lab. She spoke with the Harbor Ledger about running models on phones.</em></p><p><strong>What problem is Lumenfold solving?</strong></p><p><strong>Priya Rao:</strong> Most phones sit idle 95% of the time, and we want to use that compute for inference.</p><p><strong>Why not just use the cloud?</strong></p><p><strong>Rao:</strong> Latency and privacy, mostly, and the cost of every request.</p>';
    const article = await articleOf({ title: 'A conversation with Lumenfold’s Priya Rao', html });
    expect(article.summary).toMatch(/^Priya Rao co-founded Lumenfold in 2022/);
  });
});

describe('a newsletter writer’s hello above the story', () => {
  const lead = 'Quillstack cut the price of its largest model by half on Wednesday, a month after a rival did the same.';
  it('is no lead: the writer saying who they are, what they hope for the reader, and where they write from', async () => {
    const openings = [
      '<p>Hi all — Priya here. 👋</p>',
      '<p>Marco here. Happy Thursday!</p>',
      '<p>Hey friends — it’s Lena.</p><p>Short one today, since I’m on a train.</p>',
      '<p>Hope you all had a restful weekend.</p>',
      '<p>Pour yourself a coffee — this is a long one.</p>',
      '<p>Good evening from Seoul, where the chip conference wrapped up today.</p>',
      '<p>This is the final issue of the year, so thank you for reading.</p>',
    ];
    for (const opening of openings) {
      expect((await articleOf({ title: 'Quillstack halves its prices', feedTitle: 'Compute Notes', html: `${opening}<p>${lead}</p>` })).summary).toBe(lead);
    }
  });

  it('keeps a story sentence that ends with “here”, and a greeting paragraph that holds the news', async () => {
    const arrived = 'The long-awaited Pixel Fold 3 is finally here, and it costs $200 less than the last one.';
    expect((await articleOf({ title: 'Pixel Fold 3 review', html: `<p>${arrived}</p>` })).summary).toBe(arrived);
    const hello = await articleOf({ title: 'Loomdesk 2.4 released', html: '<p>Hello everyone! Today we released Loomdesk 2.4, with offline sync and a new editor.</p><p>Here is what changed.</p>' });
    expect(hello.summary).toMatch(/^Today we released Loomdesk 2\.4, with offline sync and a new editor\./);
  });

  it('skips a contents line of three items or more under “Today:”, whatever verbs its items hold', async () => {
    const item = await articleOf({ title: 'Lumen delays its assistant', html: `<p>Today: Lumen delays its assistant, a new chip from Corvid, and an app that wants to file your taxes.</p><p>${lead}</p>` });
    expect(item.summary).toBe(lead);
  });
});

describe('a show’s notes on itself', () => {
  const lead = 'Two researchers who built a weather model that runs on a laptop explain how it beat the forecasts of national agencies.';
  it('are no lead: a new-episode shout, an anniversary, thanks to listeners, an empty “we talk about lots of things”, a recording note in brackets', async () => {
    const openings = [
      '<p>🎧 Brand new episode! 🎧</p>',
      '<p>Our 200th episode! 🥳 Thanks to every one of our listeners.</p>',
      '<p>On this episode we chat about a bunch of stuff.</p>',
      '<p>[Recorded on November 30, before the announcement.]</p>',
      '<p>This podcast contains AI-generated content.</p>',
    ];
    for (const opening of openings) {
      expect((await articleOf({ title: 'Ep. 12 – Weather on a laptop', feedTitle: 'Model Talk', html: `${opening}<p>${lead}</p>` })).summary).toBe(lead);
    }
  });
});

describe('credits and captions around the story', () => {
  const lead = 'Korea’s parliament approved a bill on Thursday that requires labels on AI-generated political ads.';
  it('leaves a translator’s or a reviewer’s line out of the summary, above or below the story', async () => {
    expect((await articleOf({ title: 'Korea passes AI ad law', html: `<p>${lead}</p><p><em>Translated by Min-jun Lee.</em></p>` })).summary).toBe(lead);
    expect((await articleOf({ title: 'Korea passes AI ad law', html: `<p>Fact-checked by Ana Ruiz</p><p>${lead}</p>` })).summary).toBe(lead);
  });

  it('leaves out a WordPress caption sent as its shortcode', async () => {
    const html = `<p>[caption id="attachment_77" align="alignright" width="640"]<img src="https://harborledger.example/a.jpg" /> The National Assembly in Seoul.[/caption]</p><p>${lead}</p>`;
    expect((await articleOf({ title: 'Korea passes AI ad law', html })).summary).toBe(lead);
  });
});

describe('a page’s note on its media or revision in the headline', () => {
  it('leaves the headline: "(VIDEO)", "[Updated]", "— VIDEO", "[Photos]"', async () => {
    const headlines = ['Lumen shows its new robot arm (VIDEO)', 'Lumen shows its new robot arm [Updated]', 'Lumen shows its new robot arm — VIDEO', '[Photos] Lumen shows its new robot arm'];
    for (const title of headlines) expect((await articleOf({ title, html: '<p>Lumen showed a robot arm on Monday.</p>' })).headline).toBe('Lumen shows its new robot arm');
  });
});

describe('MSN’s credit for a partner’s story', () => {
  const html = (credit: string) => `<p>${credit}</p><p>Lumen will open an AI lab in Lisbon with 300 researchers, the company said on Monday.</p>`;
  const msn = { title: 'Lumen opens Lisbon AI lab', feedTitle: 'MSN', link: 'https://www.msn.com/en-us/news/technology/lumen-lab/ar-AA1xYz12', channel: 'https://www.msn.com/en-us/news/technology/' };
  it('credits the outlet after "© Provided by" and after the writer’s name with the story’s age', async () => {
    expect((await articleOf({ ...msn, html: html('© Provided by The Quarry Times') })).source).toBe('The Quarry Times');
    expect((await articleOf({ ...msn, html: html('Story by Dana Kim, Quarry Times • 3h') })).source).toBe('Quarry Times');
  });
});

describe('a German quote whose speaker follows the verb', () => {
  it('is the person named after "sagte" when another part opens the clause, not a capitalised noun before it', async () => {
    const lead = '<p>Lumen hat in Köln einen Roboter vorgestellt, der Pakete ohne Programmierung sortiert.</p>';
    const openings = ['Bei der Vorstellung in Köln sagte Lumen-Chefin Petra Albers', 'Nach dem Termin mit dem Minister erklärte Petra Albers', 'Im Gespräch mit unserer Zeitung betonte Aufsichtsratsmitglied Petra Albers'];
    for (const opening of openings) {
      const item = await articleOf({ title: 'Lumen zeigt Sortierroboter', feedTitle: 'Technik Aktuell', html: `${lead}<p>${opening}: „Der Roboter lernt durch Zuschauen, nicht durch Programmieren.“</p><p>Er soll 2027 erscheinen.</p>` });
      expect(item.quote, opening).toEqual({ text: 'Der Roboter lernt durch Zuschauen, nicht durch Programmieren.', speaker: 'Petra Albers' });
    }
  });
});

describe('a Japanese quote whose speaker is named after it', () => {
  const lead = '<p>ルーメンは3日、新しい翻訳AIを発表した。</p>';
  it('is the person between と and the verb, in the sentence after it that says it was said so, or holding two titles', async () => {
    const cases: Array<[string, string]> = [
      ['<p>「翻訳の品質は人間に並んだと考えている」と山本花子社長は発表会で述べた。</p>', '翻訳の品質は人間に並んだと考えている'],
      ['<p>「翻訳の品質は人間に並んだ」。山本花子社長は発表会でこう語った。</p>', '翻訳の品質は人間に並んだ'],
      ['<p>山本花子会長兼社長は「翻訳の品質は人間に並んだ」と語った。</p>', '翻訳の品質は人間に並んだ'],
    ];
    for (const [html, text] of cases) {
      expect((await articleOf({ title: 'ルーメン、翻訳AIを発表', feedTitle: 'テック日報', html: `${lead}${html}` })).quote, html).toEqual({ text, speaker: '山本花子' });
    }
  });
});

describe('a French quote after “selon” and a role that names what it is of', () => {
  it('is the holder named after the role', async () => {
    const html = '<p>Le gouvernement a présenté mardi un plan pour un cloud public dédié à l’IA.</p><p>Selon la ministre du Numérique, Claire Vasseur, « nos données de santé doivent rester hébergées en Europe ».</p><p>Les premiers centres ouvriront en 2028.</p>';
    expect((await articleOf({ title: 'Un cloud public pour l’IA', feedTitle: 'Numérique Hebdo', html })).quote).toEqual({ text: 'nos données de santé doivent rester hébergées en Europe', speaker: 'Claire Vasseur' });
  });
});

describe('words announced by what they are before a colon', () => {
  it('are the quote of the person whose verdict, answer or advice they are', async () => {
    const lead = '<p>Corvid reached an operating profit in the third quarter, its chief executive said.</p>';
    const cases: Array<[string, string]> = [
      ['<p>Chief executive Mara Quist was blunt about the company’s past.</p><p>Her verdict: “We were spending like a company ten times our size.”</p>', 'Mara Quist'],
      ['<p>Chief executive Mara Quist spoke to investors on Tuesday.</p><p>Quist’s advice to other founders: “Cut the spending before the board makes you cut it.”</p>', 'Mara Quist'],
    ];
    for (const [html, speaker] of cases) expect((await articleOf({ title: 'Corvid turns a profit', html: `${lead}${html}` })).quote?.speaker, html).toBe(speaker);
  });
});

describe('a publication’s words around the story', () => {
  const lead = 'Researchers at Lumen showed that a small model trained on filtered data can match one ten times its size.';
  it('are no lead: a sponsor heading and its pitch, a sponsor thanked, the publication describing itself, a sign-off', async () => {
    const htmls = [
      `<p>A WORD FROM OUR SPONSOR</p><p>Tired of slow builds? Quillstack makes them twice as fast.</p><p>THE BIG STORY</p><p>${lead}</p>`,
      `<p>Thanks to Quillstack for sponsoring this video! Try it at quillstack.example.</p><p>${lead}</p>`,
      `<p>Model Notes is a free weekly newsletter about AI research.</p><p>${lead}</p>`,
      `<p>${lead}</p><p>Keep learning!</p>`,
    ];
    for (const html of htmls) expect((await articleOf({ title: 'Small models catch up', feedTitle: 'Model Notes', html })).summary, html).toBe(lead);
  });
});

describe('"As X, an apposition, put it, “…”"', () => {
  it('is X’s quote, as "As X put it" is', async () => {
    const html = '<p>Seed rounds for AI apps fell 22% in the third quarter.</p><p>As Lena Vogt, a partner at Harbor Ventures, put it, “If your whole product is a prompt, you have a feature request, not a company.”</p><p>Other investors disagree.</p>';
    expect((await articleOf({ title: 'Investors cool on AI apps', html })).quote).toEqual({ text: 'If your whole product is a prompt, you have a feature request, not a company.', speaker: 'Lena Vogt' });
  });
});

describe('a lab blog’s furniture above the story', () => {
  const lead = 'Lumen Search summaries are now available in 40 more countries, the company said on Tuesday.';
  it('skips a note that the page’s audio was generated by the maker’s AI, and a key-takeaways box whose label says whose it is', async () => {
    const notice = `<p>Listen to article</p><p>This content is generated by Lumen AI. Generative AI is experimental</p><p>${lead}</p>`;
    expect((await articleOf({ title: 'Summaries expand', feedTitle: 'The Lumen Blog', html: notice })).summary).toBe(lead);
    const box = `<p>Harbor Ledger's key takeaways</p><ul><li>Lumen expanded its summaries.</li><li>They reach 40 more countries.</li></ul><p>${lead}</p>`;
    expect((await articleOf({ title: 'Summaries expand', html: box })).summary).toBe(lead);
  });
});

describe('a beat before the words, with no speech verb', () => {
  it('names the speaker of the quotation after it: "Asked …, Quist smiled.", "Quist was unapologetic."', async () => {
    const lead = '<p>Corvid’s revenue doubled in the third quarter, chief executive Mara Quist told analysts on Tuesday.</p>';
    const cases = [
      '<p>Asked by an analyst whether demand could collapse, Quist smiled.</p><p>“We are at the very beginning of a long build-out, and every customer is asking for more.”</p>',
      '<p>Quist was unapologetic. “If you do not want our software used this way, you should not buy it.”</p>',
    ];
    for (const html of cases) expect((await articleOf({ title: 'Corvid doubles revenue', html: `${lead}${html}` })).quote?.speaker, html).toBe('Mara Quist');
  });
});

describe('a link post whose text is only its credit to the linked site', () => {
  it('has no summary rather than "Via ziggy.example"', async () => {
    const item = await articleOf({ title: 'Building a language model in Zig', feedTitle: 'Link Board', link: 'https://linkboard.example/s/abc', channel: 'https://linkboard.example/', html: '<p><a href="https://linkboard.example/s/abc">Comments</a></p><p>Via <a href="https://ziggy.example/posts/llm">ziggy.example</a></p>' });
    expect(item.summary).toBe('');
  });
});

describe('speakers named beside a role, a company or whom they told', () => {
  it('is the officer, not the company before the role; not the outlet told; not a role glued to the name', async () => {
    const cases: Array<[string, string]> = [
      ['<p>Lumen will buy chips from Corvid under a deal announced on Monday.</p><p>Lumen chief executive Mara Quist confirmed the deal on X, writing that "this is the most important partnership Lumen has ever signed."</p>', 'Mara Quist'],
      ['<p>Lumen-Chefin Mara Quist hat vor Jobverlusten durch KI gewarnt.</p><p>„Die Hälfte aller Einstiegsjobs könnte verschwinden“, sagte Quist dem Nachrichtenportal Hafenblick.</p>', 'Mara Quist'],
      ['<p>Im Parlament wächst der Widerstand gegen eine Verschiebung des KI-Gesetzes.</p><p>„Wer jetzt verschiebt, schenkt den Konzernen Zeit“, sagte die Grünen-Abgeordnete Mara Quist.</p>', 'Mara Quist'],
      ['<p>ルーメンは3日、新しい研究所を開設した。</p><p>山本花子准教授は「医療などの分野で役立てたい」と語った。</p>', '山本花子'],
    ];
    for (const [html, speaker] of cases) expect((await articleOf({ title: 'Lumen news', html })).quote?.speaker, html).toBe(speaker);
  });
});

describe('French attribution verbs after an inverted pronoun', () => {
  it('read "a-t-il répété", "a-t-elle martelé" as the one person named before', async () => {
    for (const verb of ['a-t-il répété', 'a-t-il insisté', 'a-t-il rappelé']) {
      const html = `<p>Paul Garnier a de nouveau défendu les modèles ouverts lors d’une conférence à Lyon.</p><p>« Les modèles fermés ne gagneront pas cette course », ${verb}.</p>`;
      expect((await articleOf({ title: 'Garnier défend les modèles ouverts', feedTitle: 'Numérique Hebdo', html })).quote, verb).toEqual({ text: 'Les modèles fermés ne gagneront pas cette course', speaker: 'Paul Garnier' });
    }
  });
});

describe('the East Asian press’s credits before the story, and a portal’s "Read the full story on"', () => {
  it('leave the lead: a Korean wire’s dateline and reporter, a Chinese post’s editors, a Chinese site’s "news of <date>"', async () => {
    const cases: Array<[string, string]> = [
      ['<p>(서울=한빛뉴스) 김민수 기자 = 루멘이 새 AI 칩을 공개했다.</p>', '루멘이 새 AI 칩을 공개했다.'],
      ['<p>编辑：王小明、李华。</p><p>Lumen 今天正式发布了新模型，并同步开源权重。</p>', 'Lumen 今天正式发布了新模型，并同步开源权重。'],
      ['<p>港湾科技 12 月 5 日消息，Lumen 今日发布了新模型。</p>', 'Lumen 今日发布了新模型。'],
    ];
    for (const [html, lead] of cases) expect((await articleOf({ title: 'Lumen 发布新模型', feedTitle: 'Asia Tech', html })).summary, html).toBe(lead);
  });

  it('credits the outlet a portal’s closing line names', async () => {
    const item = await articleOf({ title: 'Corvid sues former engineer', feedTitle: 'NewsBreak', link: 'https://www.newsbreak.example/a', channel: 'https://www.newsbreak.example/', html: '<p>Corvid has sued a former engineer, accusing him of taking source code to a rival.</p><p>Read the full story on The Quarry Times</p>' });
    expect(item.source).toBe('The Quarry Times');
  });
});

describe('an affiliate disclosure under the story', () => {
  it('is no dateline below a standfirst: the story’s first sentence stays the lead', async () => {
    const lead = 'Lumen will use a custom version of Corvid’s model to power its revamped assistant, according to a new report.';
    const item = await articleOf({ title: 'Lumen taps Corvid for its assistant', html: `<p>${lead}</p><p><a href="#">FTC: We use income earning auto affiliate links.</a> More.</p>` });
    expect(item.summary).toBe(lead);
  });
});

describe('a link to the rest, or a blog’s footer, after a sentence left without its stop', () => {
  it('ends the lead at the story’s last word', async () => {
    const cases: Array<[string, string]> = [
      ['<p>Ministers say the bill will let the new safety office test frontier models before they are released <a href="#">Continue reading...</a></p>', 'Ministers say the bill will let the new safety office test frontier models before they are released.'],
      ['<p>Corvid has opened a chip design centre in Lisbon with room for 300 engineers, according to a report from local media <a href="#">Read more</a></p>', 'Corvid has opened a chip design centre in Lisbon with room for 300 engineers, according to a report from local media.'],
      ['<p>Shares in memory makers fell on Tuesday after reports of new export limits on advanced chips <a href="#">Keep reading</a></p>', 'Shares in memory makers fell on Tuesday after reports of new export limits on advanced chips.'],
      ['<p>A Belgian startup has built a model that spots failing bridge joints weeks in advance, and two cities are trying it [Read full story]</p>', 'A Belgian startup has built a model that spots failing bridge joints weeks in advance, and two cities are trying it.'],
      ['<p>Corvid has opened its first office in Asia, in Seoul, and plans to hire 40 people there by next summer The post <a href="#">Corvid opens Seoul office</a> appeared first on <a href="#">Quill Notes</a>.</p>', 'Corvid has opened its first office in Asia, in Seoul, and plans to hire 40 people there by next summer.'],
    ];
    for (const [html, lead] of cases) expect((await articleOf({ title: 'Corvid news', html })).summary, html).toBe(lead);
  });

  it('leaves "Read more" after an address alone: no sentence ends there', async () => {
    const item = await articleOf({ title: 'Lumen’s event in 90 seconds', html: '<p>From chips to agents, Lumen rolled out a pile of updates at its conference on Monday. If you missed it, catch up above, or read more here: http://lumen.example/x1 Read more...</p>' });
    expect(item.summary).toBe('From chips to agents, Lumen rolled out a pile of updates at its conference on Monday.');
  });
});

describe('a page’s furniture above or below a short lead', () => {
  const lead = 'Corvid is in talks to borrow $12bn to fund a new data centre campus in Texas, according to people familiar with the matter.';
  it('is no part of the summary: paywall offers, gift buttons, tip lines, players, affiliate notes, labels', async () => {
    const furniture = [
      '<p>Unlock the Weekend Briefing for free</p><p>Our editor picks her favourite stories in this weekly newsletter.</p>',
      '<p>Try full digital access Only $1 for 4 weeks</p>',
      '<p>Gift this article</p><p>Have a confidential tip for our reporters? Get in Touch</p><p>Before it\'s here, it\'s on the Bloomberg Terminal</p>',
      '<p>Listen to this story.</p><p>Your browser does not support the &lt;audio&gt; element.</p>',
      '<p>Our expert, award-winning staff selects the products we cover and tests our top picks. If you buy through our links, we may get a commission.</p>',
      '<p>We independently review everything we recommend. When you buy through our links, we may earn a commission.</p>',
      '<p>AI-generated summary. Read full article for context.</p>',
    ];
    for (const above of furniture) expect((await articleOf({ title: 'Corvid seeks $12bn loan', html: `${above}<p>${lead}</p>` })).summary, above).toBe(lead);
  });

  it('gives no summary from a transcript’s label and cue alone', async () => {
    const item = await articleOf({ title: 'Corvid CEO on chips', html: '<p>Video transcript</p><p>[MUSIC PLAYING]</p>' });
    expect(item.summary).not.toMatch(/transcript|MUSIC/i);
  });

  it('does not take a station’s or a paper’s lines below a short story for its second sentence', async () => {
    const short = 'Corvid will bring its newest warehouse robots to its Fort Wayne centre this fall.';
    const below = [
      '<p><em>Copyright 2026 Nexstar Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.</em></p>',
      '<p>Get the latest news on Harborledger.example — subscribe today!</p>',
      '<p>[DOWNLOAD: Free Channel 9 News app for alerts as news breaks]</p>',
      '<p>Follow News 9 on Facebook, Twitter and Instagram for the latest updates.</p>',
      '<p>Get breaking news and daily headlines delivered to your email inbox by signing up here.</p>',
      '<p>The Associated Press contributed to this report.</p>',
      '<p>Times staff writer Dana Ortiz contributed to this report.</p>',
      '<p>Ein Bericht von Jana Roth veröffentlicht am 12. Juni 2026, 10:15 Uhr</p>',
    ];
    for (const html of below) expect((await articleOf({ title: 'Corvid robots coming', html: `<p>${short}</p>${html}` })).summary, html).toBe(short);
  });
});

describe('a picture’s caption and credit above the story', () => {
  const lead = 'Corvid shares jumped 9% on Monday after the chipmaker announced a supply deal with a major AI lab.';
  it('is no lead: a credit line beside a caption, a caption with its credit, a caption dated as pictures are', async () => {
    const captions = [
      '<p>Nora Blake, chief executive of Corvid, speaks at the company’s developer event in San Jose, California, on June 12, 2026.</p><p>Jo Roe | Getty Images</p>',
      '<p>Getty Images</p><p>The company’s chief executive said the chip was "years ahead" of rivals</p>',
      '<p>The factory site in Phoenix last spring.Credit...Dana Ortiz for The New York Times</p>',
      '<p>The Gulf has invested heavily in AI infrastructure [File: Reuters]</p>',
      '<p>Corvid CEO Nora Blake speaks during a conference in Lisbon on Nov. 6, 2026.</p>',
    ];
    for (const caption of captions) expect((await articleOf({ title: 'Corvid shares jump', html: `${caption}<p>${lead}</p>` })).summary, caption).toBe(lead);
  });

  it('keeps a credit line further down, where it parts the story from a caption below it', async () => {
    const item = await articleOf({ title: 'Corvid shares jump', html: `<p>${lead}</p><p>Dana Ortiz for The New York Times</p><p>Traders on the floor after the announcement.</p>` });
    expect(item.summary).toBe(lead);
  });
});

describe('bylines and datelines of a sixth shape', () => {
  it('leave the lead', async () => {
    const cases: Array<[string, string]> = [
      ['<p>Dana Ortiz – Dec 7, 2026 6:12 pm UTC</p><p>Corvid is facing a new lawsuit from authors who say it trained its models on pirated books.</p>', 'Corvid is facing a new lawsuit from authors who say it trained its models on pirated books.'],
      ['<p>Sam Poe - 12/7/2026, 11:05 AM</p><p>Lumen is adding an on-device model to its phones that can summarize calls.</p>', 'Lumen is adding an on-device model to its phones that can summarize calls.'],
      ['<p>Taipei, May 14 (CNA) Corvid Precision Co. expects AI server revenue to double this year, its chairman said Wednesday.</p>', 'Corvid Precision Co. expects AI server revenue to double this year, its chairman said Wednesday.'],
      ['<p>PORT CALDER, Fla. (June 1, 2026, 10:00 AM ET) — Corvid Robotics on Monday opened a research lab for warehouse robots.</p>', 'Corvid Robotics on Monday opened a research lab for warehouse robots.'],
    ];
    for (const [html, lead] of cases) expect((await articleOf({ title: 'Corvid news', html })).summary, html).toBe(lead);
  });

  it('leave an East Asian lead: a Korean wire’s bracketed dateline, a Chinese wire’s "电" and a site’s morning news', async () => {
    const cases: Array<[string, string]> = [
      ['<p>[서울=한빛뉴스] 박지수 기자 = 루멘이 새 AI 비서를 출시했다.</p>', '루멘이 새 AI 비서를 출시했다.'],
      ['<p>港湾财经6月12日电，Lumen股价周三上涨3%。</p>', 'Lumen股价周三上涨3%。'],
      ['<p>港湾科技讯 6月12日上午消息，Lumen今日发布了新芯片。</p>', 'Lumen今日发布了新芯片。'],
    ];
    for (const [html, lead] of cases) expect((await articleOf({ title: 'Lumen 新闻', feedTitle: 'Asia Tech', html })).summary, html).toBe(lead);
  });
});

describe('a headline’s label before a colon, a title-case wire slug, a paywall mark', () => {
  it('takes them off, and opens the headline with a capital', async () => {
    const cases: Array<[string, string]> = [
      ['WATCH: Robot arm flips burgers at a diner', 'Robot arm flips burgers at a diner'],
      ['Video: the robot that folds laundry, tested', 'The robot that folds laundry, tested'],
      ['BREAKING: Corvid halts chip shipments', 'Corvid halts chip shipments'],
      ['Explainer-What is the EU AI Act?', 'What is the EU AI Act?'],
      ['Why Corvid’s chips are late ($)', 'Why Corvid’s chips are late'],
      ['Insight-driven design wins at Corvid', 'Insight-driven design wins at Corvid'],
      ['Exclusive: Corvid in talks to buy Lumen', 'Exclusive: Corvid in talks to buy Lumen'],
    ];
    for (const [title, headline] of cases) expect((await articleOf({ title, html: '<p>Corvid said on Monday it would change course.</p>' })).headline, title).toBe(headline);
  });

  it('does not take the body’s copy of the slugged title for the lead', async () => {
    const lead = 'The Dutch privacy regulator has fined Corvid €800 million for suspending drivers by algorithm, according to a decision seen by Reuters.';
    const item = await articleOf({ title: 'Exclusive-Dutch regulator fines Corvid over driver suspensions', html: `<p>Exclusive-Dutch regulator fines Corvid over driver suspensions</p><p>${lead}</p>` });
    expect(item.summary).toBe(lead);
  });

  it('takes off the site’s publication after a dash ("… - Hanami NEWS")', async () => {
    const item = await articleOf({ title: 'Corvid、日本向けにAIスパコンを提供 - Hanami NEWS', feedTitle: 'Hanami NEWS 最新記事一覧', link: 'https://www.hanami.example/news/1.html', channel: 'https://www.hanami.example/news/', html: '<p>Corvidは12日、日本向けのAIスーパーコンピュータを提供すると発表した。</p>' });
    expect(item.headline).toBe('Corvid、日本向けにAIスパコンを提供');
  });
});

describe('a repost’s credit naming the original by its address', () => {
  it('credits the known outlet ("This story originally appeared on wired.com.")', async () => {
    const item = await articleOf({ title: 'Models now design enzymes from scratch', feedTitle: 'Ars Technica', link: 'https://arstechnica.com/science/2026/12/enzymes/', channel: 'https://arstechnica.com/', html: '<p>This story originally appeared on <a href="https://www.wired.com">wired.com</a>.</p><p>A team of chemists has used an AI model to design working enzymes that do not exist in nature.</p>' });
    expect(item.source).toBe('Wired');
    expect(item.summary).toBe('A team of chemists has used an AI model to design working enzymes that do not exist in nature.');
  });
});

describe('speakers of a sixth round of probes', () => {
  it('reads the present of a feature’s verbs ("jokes", "quips", "laughs")', async () => {
    const cases: Array<[string, string]> = [
      ['“The model sees COBOL and it panics,” jokes Ana Ruiz, who maintains banking software in Porto.', 'Ana Ruiz'],
      ['“Every vendor promises the moon and none of them will sign a liability clause,” quips Dr. Helen Marsh, chief medical officer at Riverbend Health.', 'Helen Marsh'],
      ['“Our robots don’t get tired and they don’t burn the toast,” laughs CEO Oscar Lind, a former line cook.', 'Oscar Lind'],
    ];
    for (const [words, speaker] of cases) {
      const quote = (await articleOf({ title: 'Corvid’s coding tools meet old code', html: `<p>AI coding tools struggle with decades-old systems, engineers say.</p><p>${words}</p>` })).quote;
      expect(quote?.speaker, words).toBe(speaker);
    }
  });

  it('does not take a place or a company named as the subject’s for "he said"', async () => {
    const cases: Array<[string, string]> = [
      ['<p>Wei Zhang, the reclusive founder of the Chinese lab Corvid, has given two interviews since his model shocked Silicon Valley.</p><p>In one of them he said: “China’s AI cannot always be a follower.”</p>', 'Wei Zhang'],
      ['<p>Omar Haddad spent eight years at a big lab before leaving to start his own.</p><p>Now his startup, Lumen Works, is taking on the giants. “We don’t need a hundred thousand GPUs to build something useful,” he says.</p>', 'Omar Haddad'],
      ['<p>HANOI -- Tran Van Minh built the country’s first AI chip company in a rented office.</p><p>On Tuesday, his company, Hanoi Silicon, listed on the stock exchange. “Ten years ago, people said we could only assemble chips,” he said.</p>', 'Tran Van Minh'],
    ];
    for (const [html, speaker] of cases) expect((await articleOf({ title: 'A founder speaks', html })).quote?.speaker, html).toBe(speaker);
  });

  it('takes the sentence’s subject for "he", not a person named in its relative clause', async () => {
    const html = '<p>Corvid, the AI startup co-founded by Pavel Orlov, has raised $2 billion.</p><p>Orlov, who left Lumen last year after a failed attempt to oust Sam Reyes, has said little about the product. “We have found a mountain that is different from the one I was climbing,” he told Reuters last year.</p>';
    expect((await articleOf({ title: 'Corvid raises $2 billion', html })).quote?.speaker).toBe('Pavel Orlov');
  });

  it('gives a named organisation’s role to no one rather than to another organisation’s person', async () => {
    const html = '<p>Lumen and Corvid have agreed on new terms for their partnership.</p><p>Corvid CEO Dana Hale praised the deal on Tuesday. “This is a great outcome for both companies,” the Lumen chief executive said in a separate statement.</p>';
    expect((await articleOf({ title: 'Lumen and Corvid renegotiate', html })).quote?.speaker ?? null).not.toBe('Dana Hale');
  });
});

describe('a chatbot’s answer and the question put to it', () => {
  it('is no one’s speech ("One chatbot responded: “…”"), and no second sentence of the summary', async () => {
    const lead = 'Popular AI chatbots often give wrong medical advice, a study in a medical journal has found.';
    const item = await articleOf({ title: 'Chatbots give bad medical advice, study finds', html: `<p>${lead}</p><p>One chatbot responded: "Yes, the two drugs are generally safe together." In fact, the mix can cause dangerous bleeding.</p>` });
    expect(item.quote).toBeNull();
    const asked = await articleOf({ title: 'Chatbots give bad medical advice', html: '<p>Doctors say popular chatbots make a lot of extra work.</p><p>In one test, researchers asked: "Can I take these two drugs together?" The answers varied.</p>' });
    expect(asked.summary).toBe('Doctors say popular chatbots make a lot of extra work.');
  });
});

describe('Chinese and Japanese quotes of a seventh shape', () => {
  it('names the speaker: a Japanese paragraph’s 「…」と語った after a sentence introducing them, a clause before the name, a Latin title before a Chinese name', async () => {
    const cases: Array<[string, string]> = [
      ['<p>ルーメンの佐藤健一社長は13日、東京都内で記者会見を開いた。</p><p>「日本にはロボティクスと製造業の強みがある。AIで必ず巻き返せる」と語った。</p>', '佐藤健一'],
      ['<p>国内のAIスタートアップによる資金調達額が過去最高を記録した。</p><p>「投資家の関心は生成AIのアプリケーション層に移っている」と、調査を担当したアナリストの田中健一氏は話す。</p>', '田中健一'],
      ['<p>路面科技集团宣布，未来三年将投入超过3800亿元，用于建设云和AI基础设施。</p><p>「这是路面科技历史上最大规模的投资。」路面科技集团CEO王建国说。</p>', '王建国'],
    ];
    for (const [html, speaker] of cases) expect((await articleOf({ title: 'ルーメン', feedTitle: 'テック新報', html })).quote?.speaker, html).toBe(speaker);
  });

  it('leaves a Chinese quotation after the lead’s first sentence to the quote', async () => {
    const item = await articleOf({ title: '路面科技投资', feedTitle: '港湾科技', html: '<p>路面科技集团宣布，未来三年将投入超过3800亿元。“这是路面科技历史上最大规模的投资。”路面科技集团CEO王建国说。</p>' });
    expect(item.summary).toBe('路面科技集团宣布，未来三年将投入超过3800亿元。');
  });
});

describe('a show’s, a letter’s and a live page’s furniture, ninth round', () => {
  it('ends the lead where a sponsor’s lead-in starts, and reads a sponsor’s line below "Brought to you by:" as no dateline', async () => {
    const lex = await articleOf({ title: '#500 – Nora Blake: chips and agents', feedTitle: 'The Long Talk Podcast', html: '<p>Nora Blake is the CEO of Corvid. Please support this podcast by checking out our sponsors:<br>– <b>Loomwork</b>: AI-powered workspace. Go to <a href="https://loomwork.example/talk">https://loomwork.example/talk</a><br>– <b>Shopwise</b>: Sell stuff online.</p><p>EPISODE LINKS:<br>Nora’s X: https://x.example/nora</p>' });
    expect(lex.summary).toBe('Nora Blake is the CEO of Corvid.');
    const brief = await articleOf({ title: 'The Daily Brief: Corvid’s big week', feedTitle: 'The Daily Brief', html: 'Corvid had its biggest week of AI announcements yet, with a new model, an agent platform and a price cut. Brought to you by:<br>KESTREL – Discover how AI is transforming possibility into reality. https://kestrel.example/ai<br>Loomwork.example - Go to https://loomwork.example/ to build software in days.' });
    expect(brief.summary).toBe('Corvid had its biggest week of AI announcements yet, with a new model, an agent platform and a price cut.');
    const show = await articleOf({ title: 'Small models on the factory floor', feedTitle: 'Practical Talk', html: '<p>Sponsors:</p><p>Fly.example – The home of our show — Deploy your apps close to your users. Learn more at fly.example</p><p>Dana and Sam talk with Omar Haddad of Nimbus Labs about running small language models on factory floors.</p>' });
    expect(show.summary).toBe('Dana and Sam talk with Omar Haddad of Nimbus Labs about running small language models on factory floors.');
  });

  it('skips offers, plugs, live notices, an issuer line and a byline with a slash', async () => {
    const lead = 'Corvid reported third-quarter results that beat expectations on Wednesday, with revenue of $68.1 billion.';
    const above = [
      '<p>This is live coverage. Check back for updates.</p>',
      '<p>Live. 45,012 viewing</p>',
      '<p>Issued by: Corvid Semiconductor Company Ltd.</p>',
      '<p>Jo Roe / Dec 7, 2026</p><p>Audio of this conversation is available via your favorite podcast service.</p>',
      '<p><strong>FROM OUR PARTNERS</strong></p><p>Try Loomwork free for 30 days.</p>',
      '<p>Join My Newsletter for Regular AI Updates 👇</p>',
      '<p>Dear Fellow Scholars, this is Ten Minute Papers with Dr. Jo Roe.</p>',
    ];
    for (const html of above) expect((await articleOf({ title: 'Corvid beats estimates', html: `${html}<p>${lead}</p>` })).summary, html).toBe(lead);
    expect((await articleOf({ title: 'Corvid shares 14A progress', html: '<p>What’s New: Corvid today shared progress on its 14A process node.</p>' })).summary).toBe('Corvid today shared progress on its 14A process node.');
  });

  it('takes a live entry’s time off in German and French', async () => {
    expect((await articleOf({ title: 'Liveblog: Corvid DevDay', feedTitle: 'Technik Live', html: '<p><strong>Liveticker</strong></p><p><strong>19:05 Uhr:</strong> Nora Blake betritt die Bühne und kündigt ein neues Modell an.</p>' })).summary).toBe('Nora Blake betritt die Bühne und kündigt ein neues Modell an.');
    expect((await articleOf({ title: 'En direct', feedTitle: 'Le Direct', html: '<p><strong>EN DIRECT</strong></p><p>11 h 42 : Le PDG de Corvid est arrivé à l’Élysée pour rencontrer le président.</p>' })).summary).toBe('Le PDG de Corvid est arrivé à l’Élysée pour rencontrer le président.');
  });

  it('takes no credit, pointer or plug after a short lead for its second sentence', async () => {
    const short = 'Corvid built a light-based processor that runs neural networks.';
    const below = [
      ' <a href="#">mehr</a>',
      ' --- Enjoy the show? Rate us on Apple Podcasts.',
      '</p><p>This story is by Dana Ortiz.',
      '</p><p>To learn more, visit the Corvid documentation.',
      '</p><p>Write to Dana Ortiz at dana.ortiz@ledger.example.',
      '</p><p>(This story has not been edited by Harbor Ledger staff and is auto-generated from a syndicated feed.)',
    ];
    for (const html of below) expect((await articleOf({ title: 'Corvid’s light chip', html: `<p>${short}${html}</p>` })).summary, html).toBe(short);
    const chinese = [
      '本文来自微信公众号“港湾科技”，作者：李明，港湾网经授权发布。',
      '广告声明：文内含有的对外跳转链接，用于传递更多信息，结果仅供参考。',
    ];
    for (const line of chinese) expect((await articleOf({ title: '路面科技发布新模型', feedTitle: '港湾科技', html: `<p>路面科技今日发布了新一代大模型。${line}</p>` })).summary, line).toBe('路面科技今日发布了新一代大模型。');
  });
});

describe('speakers of a ninth round: a role before a given name, "One …", a spokesperson for an organisation', () => {
  it('names the person from the given name, not the role or body before it', async () => {
    const html = '<p>Die Verbraucherzentrale hat eine einstweilige Verfügung gegen Corvid beantragt.</p><p>„Corvid muss die Nutzer fragen, nicht nur informieren“, erklärte Verbraucherschützerin Christine Albers.</p>';
    expect((await articleOf({ title: 'Verbraucherschützer gegen Corvid', feedTitle: 'Netz Heute', html })).quote?.speaker).toBe('Christine Albers');
  });

  it('gives "the spokesperson said" to the organisation it speaks for, never a word opening a sentence ("One")', async () => {
    const html = '<p>A year after Corvid’s board ousted its chief executive, the people involved still argue about it.</p><p>One former board member, Dana Hale, said the board had acted on real concerns. She did not regret the vote.</p><p>A spokesperson for Corvid disputed that. "An independent review found the decision was not mandated by any safety concerns," the spokesperson said.</p>';
    expect((await articleOf({ title: 'Corvid’s board fight, a year on', html })).quote?.speaker).toBe('Corvid');
    const reader = await articleOf({ title: 'Users say Corvid’s chatbot refuses too often', html: '<p>Users of Corvid Chat say the latest update makes it refuse ordinary requests.</p><p>One Ledger reader told us the bot declined to rename a spreadsheet column, replying: "I’m not able to assist with modifying files that may contain sensitive data."</p>' });
    expect(reader.quote?.speaker ?? null).toBeNull();
  });
});

describe('sources of a tenth round: an agency’s writer with a beat, a name line with the agency, a bridge titled by platform first', () => {
  const story = '<p>Corvid was fined $300 million by French regulators on Monday over its use of news content to train AI models.</p>';
  const onPaper = { title: 'Corvid fined over AI training data', feedTitle: 'The Mountain Ledger', link: 'https://mountainledger.example/2026/12/07/corvid-fined/', channel: 'https://mountainledger.example/' };

  it('credits the agency of an author with a beat, and of a name line above the story', async () => {
    expect((await articleOf({ ...onPaper, html: story, extra: '<dc:creator>DANA ORTIZ AP Technology Writer</dc:creator>' })).source).toBe('The Associated Press');
    expect((await articleOf({ ...onPaper, html: `<p>Dana Ortiz, Associated Press</p><p>NEW YORK — ${story.slice(3)}` })).source).toBe('The Associated Press');
    // The paper's own writer is the paper's.
    expect((await articleOf({ ...onPaper, html: `<p>Dana Ortiz, Staff Writer</p>${story}` })).source).toBe('The Mountain Ledger');
  });

  it('names the account of a bridge titled by its platform first, and reads its placeholder titles as none', async () => {
    const post = '<p>we are launching a new reasoning model today. it is better at math and code than anything we have shipped.</p>';
    const cases: Array<[string, string, string]> = [
      ['Thread by @danahale', 'Twitter @danahale', '@danahale'],
      ['Tweets from @CorvidAI', 'Twitter - @CorvidAI', '@CorvidAI'],
      ['New model today', 'Twitter @Dana Hale', 'Dana Hale'],
      ['New model today', 'Nitter @CorvidAI', '@CorvidAI'],
    ];
    for (const [title, feedTitle, source] of cases) {
      const item = await articleOf({ title, feedTitle, link: 'https://bridge.example/danahale/status/1866000000000000001', channel: 'https://bridge.example/danahale', html: post });
      expect(item.source, feedTitle).toBe(source);
      expect(item.headline, title).not.toMatch(/^(?:Thread by|Tweets from)/);
    }
  });
});

describe('French and Portuguese attribution after the quotation, tenth round', () => {
  it('reads "a-t-il lancé", "rappelle-t-il" and "disse ele" as the paragraph’s one person', async () => {
    const cases: Array<[string, string]> = [
      ['<p>Nora Blake, patronne de Corvid, était à Paris lundi.</p><p>« Chaque pays doit avoir son infrastructure d’intelligence artificielle », a-t-elle lancé devant les investisseurs.</p>', 'Nora Blake'],
      ['<p>Paul Garnier a quitté Lumen après douze ans pour lancer sa propre start-up.</p><p>« J’ai toujours dit que les grands modèles ne suffiraient pas », rappelle-t-il dans un message publié sur LinkedIn.</p>', 'Paul Garnier'],
      ['<p>Rafael Souza dirige a equipe de IA do hospital desde 2024.</p><p>"A IA resolve sozinha a maioria dos casos simples", disse ele.</p>', 'Rafael Souza'],
    ];
    for (const [html, speaker] of cases) expect((await articleOf({ title: 'Corvid', feedTitle: 'Tech Monde', html })).quote?.speaker, html).toBe(speaker);
  });
});

describe('headline flags in other languages and a paper’s initials after the headline', () => {
  it('takes them off', async () => {
    const cases: Array<[string, string, string?]> = [
      ['【速報】ルーメン、AI新会社設立へ', 'ルーメン、AI新会社設立へ'],
      ['[단독] 루멘, AI 반도체 협력', '루멘, AI 반도체 협력'],
      ['【独家】路面科技将发布新一代大模型', '路面科技将发布新一代大模型'],
      ['JUST IN: Corvid market cap tops $6 trillion', 'Corvid market cap tops $6 trillion'],
      ['BREAKING NEWS 🚨 Corvid CEO steps down', 'Corvid CEO steps down'],
      ['DIRECT - Sommet sur l’IA : suivez les annonces', 'Sommet sur l’IA : suivez les annonces'],
      ['Vidéo. Corvid lève 2 milliards d’euros', 'Corvid lève 2 milliards d’euros'],
      ['Inside Corvid’s AI lab (23 photos)', 'Inside Corvid’s AI lab'],
      ['Live: Corvid’s AI event, as it happened', 'Live: Corvid’s AI event, as it happened'],
    ];
    for (const [title, headline] of cases) expect((await articleOf({ title, html: '<p>Corvid said on Monday it would change course.</p>' })).headline, title).toBe(headline);
    const wsj = await articleOf({ title: 'Corvid Lays Off 200 Staff - WSJ', feedTitle: 'WSJ.com: Technology', link: 'https://www.wsj.com/tech/ai/corvid-layoffs', channel: 'https://www.wsj.com/', html: '<p>Corvid is laying off about 200 people, according to people familiar with the matter.</p>' });
    expect(wsj.headline).toBe('Corvid Lays Off 200 Staff');
  });
});

describe('a platform’s default feed title', () => {
  it('names the site by its address ("My WordPress Blog", a Ghost site’s "Ghost")', async () => {
    const post = '<p>Corvid published a new open model on Monday.</p>';
    expect((await articleOf({ title: 'Corvid publishes open model', feedTitle: 'My WordPress Blog', link: 'https://aiwatcher.example/2026/12/07/corvid/', channel: 'https://aiwatcher.example/', html: post })).source).toBe('aiwatcher.example');
    expect((await articleOf({ title: 'We are hiring', feedTitle: 'Ghost', link: 'https://blog.tinyloop.example/hiring/', channel: 'https://blog.tinyloop.example/', html: post })).source).toBe('tinyloop.example');
  });
});

describe('a newsletter’s greeting and its lead story in one paragraph', () => {
  it('starts the summary at the sentence that tells what the headline names', async () => {
    const lead = 'Corvid will supply 20,000 accelerator chips to a new Lumen compute campus outside Lisbon, the companies said Wednesday.';
    const html = `<p>Welcome to The Briefing. ${lead}</p><p>The campus is expected to open in 2027.</p>`;
    expect((await articleOf({ title: 'Corvid backs Lumen compute campus', html })).summary).toMatch(/^Corvid will supply 20,000/);
    const hello = `<p>Hello and welcome back — thanks for reading! ${lead}</p><p>Lumen said the site would employ 300 people.</p>`;
    expect((await articleOf({ title: 'Corvid backs Lumen compute campus', html: hello })).summary).toMatch(/^Corvid will supply 20,000/);
  });

  it('still skips a greeting’s paragraph that only speaks of the letter', async () => {
    const html = '<p>Welcome back to The Briefing, our daily letter on chips. Subscribe to get it in your inbox.</p><p>Corvid will supply 20,000 accelerator chips to Lumen, the companies said Wednesday.</p>';
    expect((await articleOf({ title: 'Corvid backs Lumen compute campus', html })).summary).toMatch(/^Corvid will supply 20,000/);
  });
});

describe('a lead under a newsletter’s part label', () => {
  it('is the lead when it tells the headline’s news and the paragraph below does not', async () => {
    const cases = [
      '<p>Why it matters: Corvid’s newest model, Raven 4, tried to blackmail engineers in a test when told it would be replaced.</p><p>The company disclosed the behavior in a safety report on Thursday.</p>',
      '<p>What you need to know: Corvid will anchor a 200-megawatt data center in northern Norway, its first such site in Europe.</p><p>It is a bet on cheap hydropower.</p>',
    ];
    expect((await articleOf({ title: 'Corvid says Raven model blackmailed engineers in tests', html: cases[0]! })).summary).toMatch(/^Corvid’s newest model, Raven 4, tried to blackmail/);
    expect((await articleOf({ title: 'Corvid to open Norway data center', html: cases[1]! })).summary).toMatch(/^Corvid will anchor a 200-megawatt data center/);
  });

  it('is still a box above the story when the paragraph below tells the news', async () => {
    const html = '<p>Why it matters: Corvid finally has a rival.</p><p>Lumen is in talks to buy chips from Corvid’s rival Kestrel, people familiar said.</p>';
    expect((await articleOf({ title: 'Lumen in talks to buy Kestrel chips', html })).summary).toMatch(/^Lumen is in talks/);
  });
});

describe('an update’s stamp run into the lead', () => {
  const lead = 'Corvid is retiring its search API on August 11, telling developers to use its agent platform instead.';
  it('is taken off: a stamp whose italics or bold were dropped, a bold “Updated”, a wire’s version slug', async () => {
    for (const html of [`<p><em>Updated 5:05 PM ET</em> ${lead}</p>`, `<p><strong>Updated</strong> ${lead}</p><p>The API served 4,000 firms.</p>`, `<p>UPDATE 1-${lead}</p>`]) {
      expect((await articleOf({ title: 'Corvid ends search API', html })).summary, html).toMatch(/^Corvid is retiring its search API on August 11, telling developers to use its agent platform instead\.(?: The API served 4,000 firms\.)?$/);
    }
  });

  it('leaves a stamp with its colon to open a note, and a sentence that opens with “Updated” alone', async () => {
    const note = await articleOf({ title: 'Corvid ends search API', html: `<p>Updated 5:05 PM ET: Corvid confirmed the date in a statement.</p><p>${lead}</p>` });
    expect(note.summary).toBe(lead);
    const own = 'Updated Raven models arrive in Europe on Monday, Corvid said.';
    expect((await articleOf({ title: 'Corvid ships Raven in Europe', html: `<p>${own}</p>` })).summary).toBe(own);
  });
});

describe('a wire’s copy on a local site, eleventh round', () => {
  it('credits the wire a TV station’s “by:” line, an author line or a Chinese or Japanese dateline names', async () => {
    const station = await articleOf({ title: 'Corvid to spend $60 billion on data centers', feedTitle: 'KXYZ', link: 'https://kxyz.example/news/corvid/', channel: 'https://kxyz.example/', html: '<p>by: JANE ROE, AP Technology Writer</p><p>Posted: Nov 7, 2026 / 11:02 AM PST</p><p>Corvid says it will spend $60 billion on data centers over the next three years.</p>' });
    expect(station.source).toBe('The Associated Press');
    const canadian = await articleOf({ title: 'Corvid CEO calls chip rules a failure', feedTitle: 'Prairie News', link: 'https://prairienews.example/corvid/', channel: 'https://prairienews.example/', extra: '<dc:creator>The Canadian Press</dc:creator>', html: '<p>Corvid CEO Nora Blake said Wednesday that export controls on AI chips had failed.</p>' });
    expect(canadian.source).toBe('The Canadian Press');
    const xinhua = await articleOf({ title: '路面科技市值突破万亿', feedTitle: '科技频道', link: 'https://tech.portal.example/a.shtml', channel: 'https://tech.portal.example/', html: '<p>新华社纽约10月29日电 路面科技公司股价29日上涨，市值首次突破一万亿美元。</p>' });
    expect(xinhua.source).toBe('Xinhua');
    const kyodo = await articleOf({ title: 'ルーメン、日本のAI投資を拡大', feedTitle: 'ニュース速報', link: 'https://news.portal.example/1.html', channel: 'https://news.portal.example/', html: '<p>【ワシントン共同】米ルーメンは20日、日本での人工知能（AI）関連投資を拡大すると発表した。</p>' });
    expect(kyodo.source).toBe('Kyodo News');
    expect(kyodo.summary).toMatch(/^米ルーメンは20日/);
  });
});

describe('speakers, eleventh round', () => {
  const speakerOf = async (html: string, title = 'Corvid and Lumen meet in Seoul', feedTitle = 'Harbor Ledger') => (await articleOf({ title, feedTitle, html })).quote;

  it('does not read a given name inside a longer word ("Sam" of "Samsung") as that person named again', async () => {
    const html = '<p>Samsung Electronics chairman Lee Jae-yong met OpenAI CEO Sam Altman in Seoul on Wednesday.</p><p>After the meeting, Altman told reporters that Korea would be "one of the most important partners" for OpenAI.</p><p>Lee did not speak to the press. A Samsung official said the two sides signed a letter of intent.</p><p>“The scale of memory OpenAI needs is unprecedented,” the official said, asking not to be named.</p>';
    const quote = await speakerOf(html);
    expect(quote?.text === 'The scale of memory OpenAI needs is unprecedented' ? quote.speaker : 'Sam Altman').not.toBe('Sam Altman');
  });

  it('never names a plan or a report as the one “she” stands for', async () => {
    const html = '<p>The UK risks becoming a colony of US AI firms, according to computer scientist Nora Blake.</p><p>Speaking at a committee hearing, Blake said the government’s AI Opportunities Action Plan relied too heavily on American companies.</p><p>“We are in danger of becoming a digital colony,” she told peers.</p>';
    expect((await speakerOf(html, 'Nora Blake: UK must not become an AI colony'))?.speaker).toBe('Nora Blake');
  });

  it('reads a German spokesperson joined to the company’s name, and one of “the company”', async () => {
    const base = '<p>Corvid will seine nächste Generation von KI-Chips früher als geplant ausliefern.</p><p>"Raven ist voll in Produktion und wir liefern im zweiten Quartal aus", sagte ';
    expect((await speakerOf(`${base}ein Corvid-Sprecher auf Anfrage von Harbor.de.</p>`, 'Corvid Raven', 'Harbor'))?.speaker).toBe('Corvid');
    const company = await speakerOf(`${base}ein Sprecher des Unternehmens auf Anfrage.</p>`, 'Corvid Raven', 'Harbor');
    expect(company?.text).toMatch(/^Raven ist voll/);
    expect(company?.speaker).toBeNull();
  });

  it('takes the person after “according to the chief executive of X,” and a French lawyer without “Me”', async () => {
    const spanish = '<p>Lumen ha alcanzado un acuerdo con Corvid para ofrecer sus modelos desde Madrid.</p><p>Según el consejero delegado de Lumen Tech, Andrés Peña, «las empresas españolas quieren IA, pero no quieren que sus datos salgan de Europa».</p>';
    expect((await speakerOf(spanish, 'Lumen y Corvid firman un acuerdo'))?.speaker).toBe('Andrés Peña');
    const english = '<p>Lumen has agreed to offer Corvid models from Madrid.</p><p>According to the chief executive of Lumen Tech, Andrés Peña, “Spanish companies want AI, but they do not want their data to leave Europe.”</p>';
    expect((await speakerOf(english, 'Lumen and Corvid sign a deal'))?.speaker).toBe('Andrés Peña');
    const french = '<p>Un juge a ordonné à Corvid de transmettre les données de son assistant.</p><p>« C’est une première en Europe », a estimé l’avocat Me Arnaud Delorme, qui représente l’un des plaignants. « Aucune plateforme ne peut se cacher derrière le secret des affaires quand il s’agit d’ingérence. »</p>';
    expect((await speakerOf(french, 'Un juge ordonne à Corvid de livrer ses données'))?.speaker).toBe('Arnaud Delorme');
  });
});

describe('a page’s word on itself above the lead, eleventh round', () => {
  const lead = 'Corvid will supply 20,000 accelerator chips to a new Lumen compute campus outside Lisbon, the companies said Wednesday.';
  it('skips a citation line, an acceptance note, a newsletter’s or a show’s word on itself, a sponsor, a ticket offer and an affiliate note', async () => {
    const openers = [
      '<p>Harbor Science, Published online: 17 September 2026; doi:10.1038/d41586-026-03015-6</p>',
      '<p>This paper was accepted at ICLR 2026.</p>',
      '<p><strong>Chip Notes</strong> is Harbor Ledger’s weekly newsletter on semiconductors. <a href="https://harborledger.example/subscribe">Subscribe here</a>.</p>',
      '<p>Daily Dispatch is available on iTunes and Spotify, or through our dedicated RSS feed.</p>',
      '<p><strong>This article is brought to you by</strong> <a href="https://sponsor.example">Quillstack Banking</a>. Banking for the innovation economy.</p>',
      '<p><strong>Harbor Sessions: AI</strong> — Save $300 on your ticket before prices go up. <a href="https://harborledger.example/events">Register now</a>.</p>',
      '<p><strong>Harbor Ledger has been testing and reviewing consumer tech since 2004.</strong> Our stories may include affiliate links; if you buy something through a link, we may earn a commission.</p>',
    ];
    for (const opener of openers) expect((await articleOf({ title: 'Corvid backs Lumen compute campus', html: `${opener}<p>${lead}</p>` })).summary, opener).toBe(lead);
  });

  it('ends a lead before a show’s pointer to its notes and a “more…” link', async () => {
    const show = await articleOf({ title: 'Nora Blake on Corvid', html: '<p>Nora Blake is chief executive of Corvid. See below for timestamps, transcript, and to give feedback.</p>' });
    expect(show.summary).toBe('Nora Blake is chief executive of Corvid.');
    const more = await articleOf({ title: 'Corvid backs Lumen compute campus', html: `<p>${lead} <a href="https://harborledger.example/a#more-1">more…</a></p>` });
    expect(more.summary).toBe(lead);
  });

  it('reads a wire’s “(JCN Newswire)” and a newsroom’s bracketed date as datelines', async () => {
    for (const dateline of ['TOKYO, Jun 11, 2026 - (JCN Newswire) - ', 'Law360 (June 23, 2026, 9:41 PM EDT) -- ', 'Law360, New York (December 9, 2026, 4:12 PM EST) -- ']) {
      expect((await articleOf({ title: 'Corvid backs Lumen compute campus', html: `<p>${dateline}${lead}</p>` })).summary, dateline).toBe(lead);
    }
  });
});

describe('topics, ninth round', () => {
  const topicsOf = async (title: string, html: string) => (await articleOf({ title, html })).topics;
  it('reads AI accelerators by their names as AI chips', async () => {
    expect(await topicsOf('Blackwell Ultra shipments begin', '<p>Nvidia has begun shipping GB300 systems to three cloud providers, the company said on Tuesday.</p>')).toEqual(expect.arrayContaining(['ai', 'chips', 'nvidia']));
    expect(await topicsOf('Lumen orders 30,000 MI355X accelerators', '<p>Lumen will deploy 30,000 MI355X accelerators in a new cluster, the company said on Thursday.</p>')).toEqual(expect.arrayContaining(['ai', 'chips']));
    expect(await topicsOf('Corvid ramps Ascend 910C production', '<p>Corvid has doubled its output of Ascend 910C processors this quarter, people familiar said.</p>')).toEqual(expect.arrayContaining(['ai', 'chips']));
  });

  it('does not read a horoscope’s Gemini or the Gemini Trust exchange as Google’s model', async () => {
    expect(await topicsOf('Gemini season: what your horoscope says for June', '<p>Gemini season begins on May 21. Here is what the zodiac has in store for each sign this month, from career to love.</p>')).toEqual([]);
    expect(await topicsOf('Gemini Trust files for a listing', '<p>Gemini Trust, the crypto exchange, filed for a Nasdaq listing on Friday, seeking a $3 billion valuation.</p>')).toEqual([]);
  });

  it('reads a Korean company name with a particle written onto it ("엔비디아에", "오픈AI와")', async () => {
    expect(await topicsOf('삼성전자, 엔비디아에 칩 공급 확정', '<p>삼성전자가 엔비디아에 인공지능 칩을 공급한다.</p>')).toEqual(expect.arrayContaining(['ai', 'nvidia']));
    expect(await topicsOf('카카오, 오픈AI와 손잡고 에이전트 출시', '<p>카카오가 오픈AI와 협력해 인공지능 에이전트 기능을 넣는다.</p>')).toEqual(expect.arrayContaining(['ai', 'openai']));
  });

  it('names DeepSeek by its Chinese name', async () => {
    expect(await topicsOf('深度求索创始人首次公开露面', '<p>深度求索创始人梁文锋周二在杭州首次公开露面，与投资人会面。</p>')).toEqual(expect.arrayContaining(['ai', 'deepseek']));
  });
});

describe('a pull quote signed with a name and an organisation', () => {
  it('is the signer’s words (“— Jo Roe, Corvid” below a blockquote)', async () => {
    const html = '<p>Nora Blake, Corvid’s chief scientist, says scaling laws are far from exhausted.</p><blockquote><p>We keep hearing that scaling is hitting a wall. Every time, the wall turns out to be a data problem.</p><p>— Nora Blake, Corvid</p></blockquote>';
    const quote = (await articleOf({ title: 'Blake on scaling', html })).quote;
    expect(quote?.text).toMatch(/^We keep hearing that scaling is hitting a wall/);
    expect(quote?.speaker).toBe('Nora Blake');
  });

  it('is not when a book’s title signs it (an epigraph)', async () => {
    const html = '<p>Corvid shipped its compiler on Monday.</p><blockquote><p>Programs must be written for people to read, and only incidentally for machines to execute.</p><p>— Harold Abelson, Structure and Interpretation of Computer Programs</p></blockquote>';
    expect((await articleOf({ title: 'Corvid ships compiler', html })).quote?.speaker ?? null).toBeNull();
  });
});

describe('sources and headlines, eleventh round', () => {
  it('credits a repost’s original whose name is a number (“originally published by The 74”)', async () => {
    const html = '<p><em>This article was originally published by <a href="https://www.the74.example">The 74</a>. It is republished here with permission.</em></p><p>Three Ohio school districts will pilot an AI tutor this fall, state officials announced Monday.</p>';
    expect((await articleOf({ title: 'Ohio schools pilot AI tutors', feedTitle: 'Education Desk', link: 'https://edudesk.example/ohio/', channel: 'https://edudesk.example/', html })).source).toBe('The 74');
  });

  it('reads a feed title’s “›” as a separator and drops a newsletter-to-feed service’s note', async () => {
    const post = '<p>Lumen said on Monday it would change course.</p>';
    expect((await articleOf({ title: 'Lumen changes course', feedTitle: 'Social Ledger › Blog', link: 'https://socialledger.example/a', channel: 'https://socialledger.example/', html: post })).source).toBe('Social Ledger');
    expect((await articleOf({ title: 'Lumen changes course', feedTitle: 'Import Notes (via Kill the Newsletter!)', link: 'https://kill-the-newsletter.example/a', channel: 'https://kill-the-newsletter.example/', html: post })).source).toBe('Import Notes');
  });

  it('takes a wire’s version flag and a release portal’s “PR:” off the headline', async () => {
    for (const [title, headline] of [['(LEAD) Lumen to supply Corvid with memory chips', 'Lumen to supply Corvid with memory chips'], ['(2nd LD) Seoul stocks close higher', 'Seoul stocks close higher'], ['PR: Lumen Audio Announces AI Hearing Feature', 'Lumen Audio Announces AI Hearing Feature']]) {
      expect((await articleOf({ title, html: '<p>Lumen said on Monday it would change course.</p>' })).headline, title).toBe(headline);
    }
  });
});

describe('leads, eleventh round', () => {
  const lead = 'Corvid will supply 20,000 accelerator chips to a new Lumen compute campus outside Lisbon, the companies said Wednesday.';
  it('reads a place in capitals or a dated place before an em dash set close against the story as a dateline', async () => {
    for (const dateline of ['PITTSBURGH—', 'CAMBRIDGE, Mass.—', 'WASHINGTON, March 13, 2026—']) {
      expect((await articleOf({ title: 'Corvid backs Lumen compute campus', html: `<p>${dateline}${lead}</p>` })).summary, dateline).toBe(lead);
    }
    const own = 'AI—the technology everyone talks about—is changing how Lumen builds chips.';
    expect((await articleOf({ title: 'Lumen and AI', html: `<p>${own}</p>` })).summary).toBe(own);
  });

  it('ends a short lead before a pointer to the paper, an editor’s credit, a writer’s bio or a paywall’s word', async () => {
    const followers = ['Read the technical report here.', '--Editing by Jo Roe', 'Nora Blake is a tech reporter at Harbor Ledger covering AI.', 'This is a column about AI.', 'Dies ist ein Artikel von Harbor Plus.', 'La suite est réservée aux abonnés.', 'Siga o canal do Harbor no WhatsApp.'];
    for (const follower of followers) expect((await articleOf({ title: 'Corvid backs Lumen compute campus', html: `<p>${lead}</p><p>${follower}</p>` })).summary, follower).toBe(lead);
  });
});

describe('a release’s place in brackets and a Korean paper’s time stamp', () => {
  it('are no part of the lead', async () => {
    const lead = 'A risk-scoring algorithm used by the agency disproportionately flags asylum seekers from three countries, the group said.';
    expect((await articleOf({ title: 'Agency algorithm flags asylum seekers', html: `<p>(Washington, DC) – ${lead}</p>` })).summary).toBe(lead);
    const korean = await articleOf({ title: '루멘, 코르비드와 손잡고 에이전트 출시', feedTitle: '뉴스', html: '<p>입력 2026.02.04. 10:12</p><p>루멘이 코르비드와 협력해 메신저에 에이전트 기능을 넣는다.</p>' });
    expect(korean.summary).toBe('루멘이 코르비드와 협력해 메신저에 에이전트 기능을 넣는다.');
  });
});

describe('Chinese and Japanese datelines, eleventh round', () => {
  it('takes off a reporter after a wire’s 电, a place and reporter in lenticular brackets, and Reuters’ full-width one', async () => {
    const cases: Array<[string, string, string?]> = [
      ['人民网北京9月18日电 （记者赵竹青）路面科技公布了芯片路线图。', '路面科技公布了芯片路线图。'],
      ['【シリコンバレー=山田遼太郎】米ルーメンは12日、新サービスを始めると発表した。', '米ルーメンは12日、新サービスを始めると発表した。'],
      ['【财新网】（记者 刘雨辰）据知情人士透露，路面科技计划扩大投资。', '据知情人士透露，路面科技计划扩大投资。'],
      ['［東京　１２日　ロイター］ - ルーメンは１２日、新しい計算基盤の稼働を始めたと発表した。', 'ルーメンは１２日、新しい計算基盤の稼働を始めたと発表した。', 'Reuters'],
    ];
    for (const [text, summary, source] of cases) {
      const article = await articleOf({ title: '路面科技', feedTitle: 'ニュース', link: 'https://news.portal.example/1.html', channel: 'https://news.portal.example/', html: `<p>${text}</p>` });
      expect(article.summary, text).toBe(summary);
      if (source) expect(article.source).toBe(source);
    }
  });
});

describe('a Dutch office after a name with its own “van”', () => {
  it('is no part of the name (“staatssecretaris Eddie van Marum van Digitalisering”)', async () => {
    const html = '<p>De overheid gaat een taalmodel van Corvid testen bij drie ministeries.</p><p>"We willen niet afhankelijk zijn van Amerikaanse techbedrijven," zei staatssecretaris Eddie van Marum van Digitalisering.</p>';
    expect((await articleOf({ title: 'Overheid test Corvid-model', feedTitle: 'Nieuws', html })).quote?.speaker).toBe('Eddie van Marum');
    const noble = '<p>De overheid gaat een taalmodel van Corvid testen.</p><p>"We willen niet afhankelijk zijn van Amerikaanse techbedrijven," zei Joost van den Berg.</p>';
    expect((await articleOf({ title: 'Overheid test Corvid-model', feedTitle: 'Nieuws', html: noble })).quote?.speaker).toBe('Joost van den Berg');
  });
});

describe('Italian and French attribution, eleventh round', () => {
  it('reads “ha assicurato il ministro X” (Italian’s article is no French “il”) and French “a répondu”', async () => {
    const base = '<p>Il governo ha approvato il disegno di legge sull’intelligenza artificiale.</p>';
    for (const said of ['ha assicurato il ministro Carlo Nordio', 'ha detto il ministro Carlo Nordio']) {
      const quote = (await articleOf({ title: 'Nordio e l’IA', feedTitle: 'Gazzetta', html: `${base}<p>«Nessun algoritmo potrà mai sostituire il giudice nelle decisioni», ${said}.</p>` })).quote;
      expect(quote?.speaker, said).toBe('Carlo Nordio');
    }
    const french = await articleOf({ title: 'Corvid et l’Europe', feedTitle: 'Tech Monde', html: '<p>Corvid a présenté son plan lundi.</p><p>« Nous allons construire cette infrastructure en Europe », a répondu Christophe Fouquet.</p>' });
    expect(french.quote?.speaker).toBe('Christophe Fouquet');
  });
});
