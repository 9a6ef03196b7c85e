// The topic table's rules, one inline case each: word boundaries, case, negative cues, passing
// mentions, tags, groups, and an operator's own table.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTopicTable, loadTopicTable } from '../src/articles/topics.ts';

const table = loadTopicTable();
const paragraphs = (...texts: string[]) => texts.join('\n\n');

describe('the default topic table', () => {
  it('lists the topics SPEC.md names, each with an emoji and a description', () => {
    expect(table.topics.map((topic) => topic.name)).toEqual([
      'ai', 'models', 'open-source', 'research', 'policy', 'business', 'chips', 'safety', 'robotics',
      'openai', 'anthropic', 'google', 'meta', 'microsoft', 'nvidia', 'apple', 'xai', 'mistral', 'deepseek',
    ]);
    for (const topic of table.topics) expect(topic.emoji && topic.description).toBeTruthy();
  });

  it.each([
    ['Meta the company', 'Meta releases Llama 4 as an open-weight model', '', ['ai', 'models', 'open-source', 'meta']],
    ['"meta" the word', 'A meta-analysis of sleep studies', 'Researchers pooled the data.', []],
    ['Apple the company', 'Apple Intelligence gets a new on-device language model', '', ['ai', 'apple']],
    ['apple the fruit', 'Apple pie recipes for autumn', 'Bake apples with cinnamon.', []],
    ['"AI" not inside "Mai"', 'Chef Mai Nguyen opens a Thai restaurant', 'Mai says the menu changes weekly.', []],
    ['model names carry versions', 'Qwen3.6 27B fails at agentic work', '', ['ai', 'models']],
    ['agentic coding is AI', 'Quillmark updates its editor for developers', 'Quillmark today introduced new frameworks and agentic coding in its editor.', ['ai']],
    ['German', 'KI druckt Kunst: Auktionshaus versteigert KI-Gemälde', '', ['ai']],
    ['self-driving is AI', 'California approves Waymo robotaxi service in LA', '', ['ai', 'robotics', 'google']],
    ['a product names its maker: Gemini', 'Gemini can now plan your weekend trips', '', ['ai', 'models', 'google']],
    ['a product names its maker: Copilot', 'Copilot arrives in the taskbar for everyone', '', ['ai', 'microsoft']],
    ['Gemini the crypto exchange', 'Gemini exchange files for an IPO', 'The Winklevoss twins founded the exchange in 2014.', []],
    ['a product names its maker: Veo', 'Veo now makes clips with sound', '', ['ai', 'google']],
    ['a product names its maker: Sora', 'Sora makes ten-second clips from a sketch', '', ['ai', 'openai']],
    ['a product named twice in the lead names its maker: Codex', 'Coding agents get a review mode', 'Codex now reviews pull requests, and Codex fixes what it finds, the AI lab said.', ['ai', 'openai']],
    ['a model family with a version', 'GPT-4o gets cheaper for developers', '', ['ai', 'models', 'openai']],
    ['local-model vocabulary', 'Running a 30B model on one GPU with llama.cpp and a GGUF quant', '', ['ai', 'open-source', 'chips']],
    ['French', 'L’intelligence artificielle entre à l’école', '', ['ai']],
    ['ML for machine learning', 'We are hiring ML engineers to work on open-source training runs', '', ['ai', 'open-source']],
    ['the Model Context Protocol', 'Writing an MCP server in Go', '', ['ai']],
    ['a training method and a benchmark by their names', 'We trained a 3B base with GRPO and it gained 20 points on GSM8K', '', ['ai']],
    ['tool calling', 'Why tool calling loops happen and how to stop them', '', ['ai']],
    ['a spelling apart and a ticker', 'Chat GPT adds group chats as MSFT shares rise', '', ['ai', 'models', 'business', 'openai', 'microsoft']],
    ['a "GPT" model that is not OpenAI’s', 'Serving GPT-J and GPT-NeoX on one GPU', '', ['ai', 'models', 'chips']],
    ['a product names its maker: Vertex AI', 'Deploying a vision model on Vertex AI', '', ['ai', 'google']],
    ['a product names its maker: Whisper', 'Transcribing interviews with Whisper', 'Whisper, the speech recognition model, made few errors.', ['ai', 'openai']],
    ['a chip names its maker: GB200', 'Cloud firms rush to rent out GB200 racks for AI training', '', ['ai', 'chips', 'nvidia']],
    ['an observatory named Rubin is not Nvidia’s chip', 'The Rubin Observatory releases its first AI-sorted sky survey', '', ['ai']],
    ['a model names its maker: Codestral', 'Codestral gets a bigger context window', '', ['ai', 'models', 'mistral']],
    ['Nvidia’s news is AI news', 'Nvidia’s quarterly sales beat forecasts again', '', ['ai', 'chips', 'nvidia']],
    ['a voice assistant is AI news, and names its maker', 'Siri learns to read what is on your screen', '', ['ai', 'apple']],
    ['voice assistants are AI news', 'Carmakers drop their own voice assistants', '', ['ai']],
    ['humanoid robots are AI news', 'Humanoid robots learn to fold towels from ten examples', '', ['ai', 'robotics']],
    ['a former employee is not the company', 'Former OpenAI researcher starts a lab in Lisbon', '', ['ai']],
    ['Greek', 'Η τεχνητή νοημοσύνη μπαίνει στα σχολεία', '', ['ai']],
    ['French with an elision', 'L’IA générative arrive à l’école', '', ['ai']],
    ['Spanish IA', 'La IA llega a los hospitales', '', ['ai']],
    ['German capitalised', 'Künstliche Intelligenz im Krankenhaus', '', ['ai']],
    ['Russian', 'Искусственный интеллект в школах', 'Школы будут использовать искусственный интеллект.', ['ai']],
    ['a German data centre', 'Bürger wehren sich gegen neues Rechenzentrum bei Hanau', '', ['ai']],
    ['a German language model', 'Start-up aus München zeigt Sprachmodell für Kanzleien', '', ['ai', 'models']],
    ['a Spanish data centre', 'Un pueblo de Aragón dice no a un centro de datos', '', ['ai']],
    ['French facial recognition', 'Un stade renonce à la reconnaissance faciale', '', ['ai']],
    ['Portuguese voice assistants', 'Bancos apostam em assistentes de voz', '', ['ai']],
    ['a Dutch language model', 'Universiteit traint eigen taalmodel voor het Nederlands', '', ['ai', 'models']],
    ['robots that learn are AI news', 'Household robots still struggle with stairs', '', ['ai', 'robotics']],
    ['a robots.txt file is not', 'How to write a robots.txt for a small blog', 'A robots.txt tells crawlers what to skip.', []],
    ['an AI chip maker’s name is AI news', 'Groq opens a second factory in Texas', '', ['ai']],
    ['AI as an attribute says what the thing is', 'Ministers meet over export rules', paragraphs('Ministers met on Monday over rules for selling AI accelerators abroad.', 'No decision was taken.', 'They meet again in June.'), ['ai']],
    ['image models are AI news', 'Five tips for better pictures from image generators', '', ['ai']],
    ['a model names its maker: AlphaFold', 'AlphaFold predicts how drugs bind', '', ['ai', 'google']],
    ['a model names its maker: gpt-oss', 'Running gpt-oss on a laptop', '', ['ai', 'openai']],
    ['a model names its maker: Nemotron', 'Nemotron tops a leaderboard for small models', '', ['ai', 'nvidia']],
    ['German at a sentence start', 'Maschinelles Lernen erkennt Tumore früher', '', ['ai']],
    ['a robotaxi item that says it once', 'Service starts in Austin next week', paragraphs('Zoox will carry paying riders in its robotaxis in Austin from next week.', 'Rides are free for the first month.', 'The company did not say how many cars it has.'), ['ai', 'robotics']],
    ['a former Google engineer is not Google', 'The former Google engineer whose startup reads X-rays', 'Her startup’s AI model reads X-rays.', ['ai', 'business']],
    // Machine-learning vocabulary that only AI writing uses, though it never says "AI".
    ['British spelling of quantization', 'Quantised models lose little on arithmetic', '', ['ai']],
    ['model cards', 'Who reads model cards?', '', ['ai']],
    ['machine vision', 'Sorting scrap metal with machine vision', '', ['ai']],
    ['speech-to-text', 'Transit app adds speech-to-text for announcements', '', ['ai']],
    ['long context', 'Long context is not free memory', '', ['ai']],
    ['a TPU names its maker', 'Inside a TPU design team', '', ['ai', 'chips', 'google']],
    ['a speech model in a short item’s lead', 'A small lab shrinks its speech model', paragraphs('The lab released a smaller version of its speech model on Monday.', 'It runs on phones.'), ['ai', 'models']],
    ['a vision model guiding a robot', 'Harvest robot', paragraphs('Engineers built a soft gripper.', 'A vision model judges ripeness before each pick.', 'The work appeared in a robotics journal.'), ['ai', 'robotics']],
    // "IA" after a preposition or article is the field in French, Spanish, Portuguese and Italian.
    ['French "en IA" in a short item’s lead', 'Kyutai prépare une levée de fonds', 'Le laboratoire parisien de recherche en IA prépare une levée de fonds de 300 millions d’euros.', ['ai']],
    ['Spanish "de IA" in a short item’s lead', 'Por qué fallan los agentes', 'Por qué fallan los agentes de IA es una pregunta que los laboratorios empiezan a medir.', ['ai']],
    ['Portuguese computer vision', 'Startup brasileira de visão computacional é comprada', '', ['ai', 'business']],
    ['"Ia" the place is not', 'Il Sole di Ia', 'Via Ia, 3, Roma. La città di Ia è in Grecia.', []],
    ['a chatbot in a short item’s lead is AI news', 'Acme and Beta go to trial', 'Acme and Beta will face each other in court over whether Beta’s chatbot copied Acme’s code.', ['ai']],
    ['a company named once by its full name in the lead is what the story is about', 'Carmaker picks a voice assistant', paragraphs('Lumen Motors will put a voice assistant built on Mistral AI models in its cars.', 'The feature arrives next year.', 'Drivers can turn it off.'), ['ai', 'models', 'mistral']],
    ['"Nvidia-powered" describes the thing, it is not about Nvidia', 'A bank’s AI helpdesk goes live', paragraphs('Lumen Bank opened an Nvidia-powered AI helpdesk for its customers on Monday.', 'Customers can ask it about loans.', 'Staff will check its answers.'), ['ai']],
    // A company named through its people: its executives and researchers, and a lab's head is AI news.
    ['an executive names the company: Jared Kaplan', 'Jared Kaplan on why AI progress has not slowed', '', ['ai', 'anthropic']],
    ['an executive names the company: Craig Federighi', 'Craig Federighi shows what AI can do on a Mac', '', ['ai', 'apple']],
    ['a lab’s head is AI news and names the company', 'Demis Hassabis says the next decade belongs to science', '', ['ai', 'google']],
    ['a product names its maker: Chrome', 'Perplexity wants to buy Chrome', paragraphs('The AI search start-up offered $34 billion for the browser.', 'Analysts doubt a sale.'), ['ai', 'google']],
    ['"pixel" the word is not the phone', 'A pixel-art AI tool for game makers', '', ['ai']],
    ['Spanish speech recognition', 'Hospital prueba el reconocimiento de voz en urgencias', '', ['ai']],
    ['German speech recognition', 'Stadt testet Spracherkennung im Bürgeramt', '', ['ai']],
    ['Italian speech recognition', 'Il comune adotta il riconoscimento vocale', '', ['ai']],
    ['scaling laws', 'Do scaling laws still hold?', '', ['ai']],
    ['training vocabulary', 'Why post-training matters more than pretraining', '', ['ai']],
    ['voice cloning', 'Scammers use voice cloning to fake a CEO’s call', '', ['ai']],
    ['an AI cloud’s name is AI news', 'CoreWeave warns investors about relying on a few customers', '', ['ai', 'business']],
    ['driverless trains are automation, not AI', 'Metro to run driverless trains from March', paragraphs('The city’s new line will run driverless trains from March.', 'Officials said the trains had passed safety tests.'), []],
    ['a local model in a changelog', 'Lintwise 3.8.0', paragraphs('This release adds an AI fix mode that proposes patches for lint errors.', 'The new flag proposes patches using a local model.'), ['ai']],
    ['a KV cache', 'Free the KV cache when a client disconnects', '', ['ai']],
  ])('%s', (_name, title, text, expected) => {
    expect(table.match(title, text)).toEqual(expected);
  });

  it('reads an optimisation or architecture paper’s words as AI, with no word that names AI', () => {
    expect(table.match('Gate Attention: longer inputs with diagonal gates', 'We introduce Gate Attention, which brings forget gates from linear RNNs to softmax attention, replacing the positional encoding.')).toContain('ai');
    expect(table.match('Quillmark Shampoo', 'A preconditioned optimizer that reaches AdamW’s loss with 1.4x the training throughput.')).toContain('ai');
    expect(table.match('Teacher signals for free', 'Distilling from teacher logits at a fraction of the cost.')).toContain('ai');
    expect(table.match('Circuits update, June', 'A short update on turn-averaged sparse autoencoders.')).toContain('ai');
  });

  it('finds a name written in Latin letters inside Chinese, Japanese or Korean text, where no space sets it apart', () => {
    expect(table.match('AI日报：Mistral发布新模型', paragraphs('Mistral在发布Mistral-Large-3后开启了新的测试。', 'Mistral的模型也更新了。'))).toEqual(expect.arrayContaining(['ai', 'mistral']));
    expect(table.match('OpenAIが新モデルを発表', 'OpenAIは新しいモデルを公開した。')).toContain('openai');
    expect(table.match('Nvidia는 새 칩을 공개했다', '')).toContain('nvidia');
    // A term in Chinese or Japanese, which set no space between words, anywhere in a run of characters.
    expect(table.match('港口用人工智慧排班', paragraphs('港務局今天宣布以人工智慧安排碼頭工人的班表。', '新系統下月上線。'))).toContain('ai');
    expect(table.match('港湾で機械学習を導入', '港湾局は機械学習で船の到着を予測する。')).toContain('ai');
    // The field's everyday words in Chinese and Japanese: large models, agents, generative AI.
    expect(table.match('港务局发布大模型', paragraphs('港务局今天发布了自研大模型，用于安排码头工人的班表。', '新系统下月上线。'))).toContain('ai');
    expect(table.match('港口智能体上线', paragraphs('港务局推出调度智能体，自动安排泊位。', '新系统下月上线。'))).toContain('ai');
    expect(table.match('港湾局が生成AIを導入', '港湾局は生成AIで船の到着を予測する。')).toContain('ai');
    // A company named as Chinese, Japanese and Korean outlets write it (英伟达, マイクロソフト, 구글).
    expect(table.match('英伟达发布新的推理芯片', paragraphs('英伟达今天发布了一款用于大模型推理的新芯片。', '新芯片将于明年上市。'))).toEqual(expect.arrayContaining(['ai', 'nvidia']));
    expect(table.match('マイクロソフト、生成AIの新機能を公開', 'マイクロソフトは生成AIを使った新しい機能を発表した。')).toEqual(expect.arrayContaining(['ai', 'microsoft']));
    expect(table.match('구글, 인공지능 검색 기능 공개', '구글은 새로운 인공지능 검색 기능을 발표했다.')).toEqual(expect.arrayContaining(['ai', 'google']));
    // A fruit is no company: 苹果 alone is not Apple (苹果公司 is).
    expect(table.match('苹果价格上涨', paragraphs('今年苹果的收成不好，人工智能预测价格还会上涨。', '果农说苹果会更贵。'))).not.toContain('apple');
    // Latin words still end at a Latin letter: no match inside a longer word.
    expect(table.match('Metaverse notes', paragraphs('The Metaverse section was rewritten.', 'A new Metaverse chapter opens.'))).not.toContain('meta');
  });

  it('reads a person whose given name is a product’s as the person (Jean-Claude, a tag "Claude Vernier")', () => {
    const speech = paragraphs('Jean-Claude Ferrand told the harbour council that the port would reopen in May.', 'Jean-Claude Ferrand said repairs had cost less than planned.');
    expect(table.match('Port to reopen in May, mayor says', speech)).toEqual([]);
    const essay = paragraphs('I keep finding pressed flowers in old paperbacks.', 'They mark the pages I meant to come back to.');
    expect(table.match('Things left inside books', essay, [], ['bookmarks', 'Claude Vernier', 'memory'])).toEqual([]);
    // The product keeps its tags: alone, in a name the table knows, or after a word that is no given name.
    expect(table.match('Things left inside books', essay, [], ['Claude', 'Claude Code'])).toContain('anthropic');
    expect(table.match('Quillmark-Claude deal', paragraphs('Quillmark-Claude integration ships today, Quillmark said of its Anthropic deal.', 'Claude now reads Quillmark files.'))).toContain('anthropic');
  });

  it('reads a product’s name followed by a surname in a sentence as a person (Claude Shannon, Gemma Harwood), not the model', () => {
    expect(table.match('Information theory at 75', paragraphs('Claude Shannon wrote his paper on communication in 1948.', 'Claude Shannon later built a machine that juggled.'))).toEqual([]);
    expect(table.match('Her dream menu', paragraphs('Gemma Harwood joins the hosts to pick her dream menu.', 'Gemma Harwood’s new book is about radio.'))).toEqual([]);
    // An edition of the product, and a title-case headline, stay the product's.
    expect(table.match('Claude Desktop gets a new look', paragraphs('Claude Desktop is getting a new sidebar, Anthropic said.', 'Claude Desktop now opens files directly.'))).toContain('anthropic');
    expect(table.match('GPT and Claude Improved, Gemini Worsened', 'We ran the persuasion tests again on three frontier models.')).toEqual(expect.arrayContaining(['anthropic', 'google', 'openai']));
  });

  it('tags machine learning’s own terms as AI, and no company or policy their words name', () => {
    const post = 'A survey of the methods, with the math behind each one.';
    expect(table.match('Self-Supervised Representation Learning', post)).toEqual(['ai']);
    expect(table.match('Flow-based Deep Generative Models', post)).toContain('ai');
    const rl = table.match('Policy Gradient Algorithms', post);
    expect(rl).toContain('ai');
    expect(rl).not.toContain('policy');
    const meta = table.match('Meta-Learning: Learning to Learn Fast', post);
    expect(meta).toContain('ai');
    expect(meta).not.toContain('meta');
  });

  it('tags a headline naming only the product’s tools or its instructions file as AI and Anthropic', () => {
    const post = 'We cover the tools a team can hand to an assistant and the rules it should follow.';
    expect(table.match('Writing a good CLAUDE.md for a monorepo', post)).toEqual(expect.arrayContaining(['ai', 'anthropic']));
    expect(table.match('Top Claude Skills for newsroom editors in 2026', post)).toEqual(expect.arrayContaining(['ai', 'anthropic']));
  });

  it('tags research writing about models by its own words, without the word AI', () => {
    const text = paragraphs(
      'Three papers reach different conclusions about whether the reasoning traces a model writes reflect how it reached its answer.',
      'The first finds chain-of-thought mostly faithful on arithmetic; the second finds hallucinations in a fifth of traces.',
    );
    expect(table.match('Are reasoning traces faithful?', text)).toContain('ai');
    expect(table.match('We ran twelve small models on a phone', paragraphs('We ran twelve open models under 4 billion parameters on a mid-range phone.', 'The fastest was the least accurate.'))).toContain('ai');
  });

  it('tags a practitioner’s post by its working vocabulary (RAG, tokenizers, decoding, quantizing)', () => {
    const post = (lead: string) => paragraphs(lead, 'Below are the steps I took and what broke along the way.');
    expect(table.match('Chunk size matters more than you think in a RAG pipeline', post('Most bad answers I trace back come from how the documents were cut, not from the embedding model.'))).toContain('ai');
    expect(table.match('Speculative decoding, explained with a toy', post('A small draft model proposes several tokens and the big one checks them at once.'))).toContain('ai');
    expect(table.match('Quantizing a 13B model for a gaming PC', post('You can make a 13-billion-parameter model fit in 12 GB of memory.'))).toContain('ai');
    expect(table.match('Notes from the mailbag', post('Most of your letters were about last week’s post on tokenizers.'))).toContain('ai');
    // Question answering is a machine-reading task by name: a benchmark for it is AI news.
    expect(table.match('A question-answering benchmark for Welsh', post('We release 8,000 questions about Welsh law and history, written by native speakers.'))).toContain('ai');
    // A classifier is a trained model, whatever it sorts: a team's write-up of one is AI news.
    expect(table.match('How we sort return requests with a small classifier', post('Our warehouse gets 9,000 return requests a week and a few need a person at once.'))).toContain('ai');
    // The same shape about something else is not AI.
    expect(table.match('Chunk size matters more than you think in a concrete pour', post('Most cracks I trace back come from how the slab was cut, not from the mix.'))).toEqual([]);
  });

  it('tags a robot arm that learns to grasp, and speech systems scored by word error rate', () => {
    const arm = paragraphs('Our lab’s robot arm now picks up objects it has never seen.', 'Its grasping policy was tuned on a week of video of people packing boxes.');
    expect(table.match('A gripper that learns from video', arm)).toContain('ai');
    const speech = paragraphs('We tested five transcription systems on 2,000 hours of accented speech.', 'Word error rates were four times higher for some accents.');
    expect(table.match('Releasing an accented speech dataset', speech)).toContain('ai');
  });

  it('tags chips and machines built for AI, not chips or machines alone', () => {
    const wire = (lead: string) => paragraphs(lead, 'The company gave no further figures.');
    expect(table.match('Memory maker posts record profit', wire('SEOUL (Wire) -- A memory maker posted record profit on strong sales of chips used in AI servers.'))).toContain('ai');
    expect(table.match('Fund invests in chip designer', wire('A fund has invested $100 million in a designer of AI processors, the two said on Friday.'))).toContain('ai');
    expect(table.match('Appliance maker unveils home robot', wire('An appliance maker on Tuesday unveiled a home robot that folds towels.'))).toContain('ai');
    expect(table.match('Our robot hand learns to peel an orange', wire('It took forty tries to learn from eight videos.'))).toContain('ai');
    expect(table.match('Startup releases its protein folding model', wire('It released the weights under an open licence.'))).toContain('ai');
    expect(table.match('Miner orders a new truck fleet', wire('A copper miner will run 30 autonomous haul trucks at its mine by 2028.'))).toContain('ai');
    expect(table.match('Memory maker posts record profit', wire('SEOUL (Wire) -- A memory maker posted record profit on strong sales of chips used in phones.'))).toEqual([]);
    // A chipmaker's market story is chip-market news, which is AI news now; a chip in a phone is not.
    expect(table.match('Chipmaker shares slide as export curbs widen', wire('Shares fell on Tuesday after new curbs on exports of chip tools.'))).toContain('ai');
  });

  it('does not take a data centre alone, in a short item’s lead, for AI news', () => {
    const item = (lead: string) => paragraphs(lead, 'A vote is due in June.');
    expect(table.match('Council reviews zoning on the old airfield', item('The council will review zoning rules for a data centre planned on the old airfield.'))).toEqual([]);
    expect(table.match('Council reviews zoning on the old airfield', item('The council will review zoning rules for an AI data centre planned on the old airfield.'))).toContain('ai');
  });

  it('does not take a mushroom’s hallucinations for AI news, and still tags a chatbot’s', () => {
    expect(table.match('Tiny people on your plate', 'If you want to see tiny people everywhere, try this mushroom: it is eaten in Yunnan, and badly cooked it brings on hallucinations.')).toEqual([]);
    expect(table.match('Quillmark’s chatbot invents court cases', 'The chatbot’s hallucinations included three court cases that never existed, lawyers said.')).toContain('ai');
  });

  it('does not take U.S. Robotics, the modem maker, for robotics', () => {
    const text = paragraphs('The 1670 is based on a U.S. Robotics chipset.', 'Its registers are identical to other U.S. Robotics modems of the time.', 'Later U.S. Robotics manuals document register 9.');
    expect(table.match('The Commodore Modem/1200 (Model 1670)', text)).toEqual([]);
  });

  it('does not tag a general tech story that mentions AI in passing', () => {
    const text = paragraphs(
      'Snap has introduced a lens that teaches the sign language alphabet through short games.',
      'As before, Snap uses a partner’s AI technology, including computer vision and machine learning, to read hand gestures.',
      'You can find the lens by scanning the code or searching the lens explorer.',
    );
    expect(table.match('Snapchat’s latest lens helps you learn the sign language alphabet', text)).toEqual([]);
  });

  it('tags a short item whose first sentence is about AI, though it never says so again', () => {
    const text = paragraphs(
      'A three-person startup in Lyon says it trained a language model that matches GPT-4 on maths tests for $40,000.',
      '"We only had one graphics card," its founder said.',
      'Nobody has checked the claim yet.',
    );
    expect(table.match('Tiny team claims a cheap win', text)).toContain('ai');
    // The same words in the last paragraph are a passing mention.
    const passing = paragraphs('A three-person startup in Lyon sells bicycles.', '"We only had one shop," its founder said.', 'It once tried a language model that matches GPT-4.');
    expect(table.match('Tiny team claims a cheap win', passing)).toEqual([]);
    // A long story that opens on AI as context and never comes back to it is about something else.
    const long = paragraphs(
      'Honda is not the only carmaker busy with machine learning, and Toyota has its own plans.',
      'Toyota showed four nursing beds on Tuesday.',
      'The beds tilt and turn on their own.',
      'Each costs about as much as a small car.',
      'Hospitals in Nagoya will test them first.',
      'Sales start next spring.',
      'Toyota did not say how many it hopes to sell.',
    );
    expect(table.match('Toyota shows four nursing beds', long)).toEqual([]);
  });

  it('tags a brief of two paragraphs that names AI in one of them', () => {
    const brief = paragraphs('Corrow, a Leeds software company whose tool reads pull requests and flags likely bugs, has raised $40 million.', 'The tool runs on a large language model tuned on past bug fixes.');
    expect(table.match('Corrow raises $40 million for code review', brief)).toContain('ai');
    // Three paragraphs, one mention: in passing.
    const longer = paragraphs('Corrow, a Leeds software company, has raised $40 million.', 'Its code review tool added a large language model last year.', 'Corrow has 85 staff.');
    expect(table.match('Corrow raises $40 million', longer)).not.toContain('ai');
  });

  it('tags a story that keeps coming back to AI, and one the publisher tagged AI', () => {
    const text = paragraphs('The startup trains a large language model for lawyers.', 'Its chatbot drafts contracts.', 'Investors like it.');
    expect(table.match('Legal startup raises money', text)).toContain('ai');
    expect(table.match('Databricks settled on $5B at a $190B valuation', 'With so many investors, it said yes to more.', [], ['AI', 'Fundraising'])[0]).toBe('ai');
  });

  it('tags the company a story is about, not the ones it names in passing', () => {
    const text = paragraphs(
      'Mark Zuckerberg urged the industry to embrace open models rather than closed ones like those from OpenAI, Google and others.',
      'Zuckerberg announced Llama 3.1, the latest version of Meta’s open model, and compared it to Apple’s iOS.',
      'Meta competes with OpenAI and Google, which also offer open models.',
    );
    const topics = table.match('Meta CEO Zuckerberg calls for open source AI, unveils Llama model', text);
    expect(topics).toContain('meta');
    expect(topics).not.toContain('openai');
    expect(topics).not.toContain('google');
    expect(topics).not.toContain('apple');
    expect(table.match('Groq raises $350M to pivot from AI chips', 'Groq expands its Nvidia-powered data center footprint.')).not.toContain('nvidia');
  });

  it('does not take a company that describes another or a past employer for the subject', () => {
    const supplier = paragraphs(
      'Dorvane Packaging, which stacks memory beside GPUs for Nvidia, raised its full-year forecast on Thursday and said it would open a third plant in Penang as demand for AI chips grows.',
      'Nvidia made up most of Dorvane’s sales in the quarter, and AI accelerators all of its growth.',
    );
    expect(table.match('Nvidia supplier Dorvane raises forecast', supplier)).toEqual(expect.arrayContaining(['ai']));
    expect(table.match('Nvidia supplier Dorvane raises forecast', supplier)).not.toContain('nvidia');
    const rival = paragraphs('Quillon Labs, a start-up training AI models that draft contracts for lawyers, has raised $80 million in a round led by Harrow Ventures, the company said on Tuesday.', 'It competes with OpenAI for law firms.');
    expect(table.match('OpenAI rival Quillon raises $80 million', rival)).not.toContain('openai');
    const career = paragraphs(
      'The talk is by Rana Sidhu, who spent six years at DeepMind before starting a robotics lab that trains AI models for farm machines.',
      'She will show how the lab’s AI models learn from a week of video.',
    );
    expect(table.match('Talk: a former DeepMind researcher on farm robots', career)).not.toContain('google');
    // Named as the actor, the same company is the subject.
    expect(table.match('Nvidia raises forecast as AI chip demand grows', supplier)).toContain('nvidia');
  });

  it('does not take copies of a product run as a tool, or a newsletter’s teaser of its other items, for the subject', () => {
    const tool = paragraphs(
      'This week we talk about Hollowmill, the hobby project that runs hundreds of Claude Code instances to build a whole web shop overnight, and what that means for AI coding.',
      'Then the panel argues about AI agents, test suites, data centres and who reviews the code.',
      'Show notes and links are on our site.',
    );
    expect(table.match('The overnight shop', tool)).toContain('ai');
    expect(table.match('The overnight shop', tool)).not.toContain('anthropic');
    // The product as the actor is the subject.
    const actor = paragraphs('Claude Code can now run in the background while you work, Anthropic said, as its AI coding agent gets a queue of tasks.');
    expect(table.match('Background tasks for an AI coder', actor)).toContain('anthropic');
    const teaser = 'Tessel launches a code host for AI agents as a rival site goes down for six hours. Plus: how to make ChatGPT write in your own voice in this week’s AI guide.';
    expect(table.match('Tessel’s code host arrives on its rival’s worst day', teaser)).toContain('ai');
    expect(table.match('Tessel’s code host arrives on its rival’s worst day', teaser)).not.toContain('openai');
    // The lead story itself naming the company is about it.
    const lead = 'ChatGPT can now write in your own voice, OpenAI said. Plus: a new code host for AI agents.';
    expect(table.match('Your voice, your AI', lead)).toContain('openai');
  });

  it('tags a company the lead names, not one first named further down, whatever the length', () => {
    const later = paragraphs(
      'A code-answers site will charge developers who train AI models on its posts, and asks them to credit the answers they use.',
      'The site says language models that draw on its archive must link back to the most relevant posts.',
      'It expects the fees to fund moderation. Google said it would use the new API for its Gemini models and its cloud console.',
    );
    expect(table.match('Q&A site to charge AI developers for its content', later)).not.toContain('google');
    // The same two mentions in the opening sentence: the story is about Google.
    const lead = paragraphs(
      'Google will pay a code-answers site to train its Gemini models on the site’s posts, the two said on Monday.',
      'The site says language models that draw on its archive must link back to the most relevant posts.',
    );
    expect(table.match('Q&A site signs an AI data deal', lead)).toContain('google');
    // Without sentence ends (a changelog), the lead is its first lines, not the whole list.
    const changelog = paragraphs(
      'Faster start-up for large AI agent projects', 'A flag to skip the permission prompt in scripts', 'Fixed a crash when the terminal is resized',
      'Fixed colours in light themes', 'Shorter AI tool output in the transcript', 'Pasted images keep their file names',
      'The status line shows the current branch', 'Hooks can read the session id', 'Sign in with Google accounts works again', 'Google Workspace users see their own quota',
    );
    expect(table.match('v3.2.0', changelog)).not.toContain('google');
    // A short item is all lead.
    expect(table.match('A new assistant for spreadsheets', 'ChatGPT now edits spreadsheets, OpenAI said.')).toContain('openai');
  });

  it('does not take where an item is shared or heard, or "Google it", for its subject', () => {
    const signOff = 'Apple Podcasts carries this AI show; listen on Apple Podcasts or follow us on Google News, and Share on Facebook.';
    expect(table.match('Episode 12: How chatbots learn to say no', signOff)).toEqual(['ai']);
    expect(table.match('Why nobody says “Google it” any more', 'People ask ChatGPT instead. Google it, they used to say; now they ask an AI chatbot.')).not.toContain('google');
    // A headline that names the platform is still about its owner.
    expect(table.match('Google Play removes AI companion apps', '')).toContain('google');
  });

  it('does not take the platforms an app runs on ("web, iOS, and Android") for the companies it is about', () => {
    expect(table.match('Kestrel agents on web, iOS, and Android', 'Persistent agents for Kestrel, the xAI assistant. Plan trips and draft documents.')).toEqual(expect.not.arrayContaining(['google', 'apple']));
    // One platform alone in the headline still names its owner.
    expect(table.match('Android gets an AI photo editor', 'The Gemini-based editor rolls out this week.')).toContain('google');
  });

  it('does not take a phone’s face sensor for AI', () => {
    expect(table.match('Apple reportedly slows its annual iOS updates', 'Apple’s next update brings cross-device apps and better stickers, drawn by the phone’s facial recognition sensor.')).toEqual([]);
  });

  it('looks for the company in the lead it is given, past a newsletter’s welcome', () => {
    const text = paragraphs(
      'Welcome back to the Weekly Model, the twice-weekly newsletter about AI and the people building it. If someone forwarded this to you, sign up to get it in your inbox every Tuesday and Friday.',
      'Anthropic released a Claude model that can run a shop for a month, the company said on Tuesday.',
      'Claude ordered stock and set prices; Anthropic published the logs.',
    );
    const lead = 'Anthropic released a Claude model that can run a shop for a month, the company said on Tuesday.';
    expect(table.match('A model that runs a shop', text, [], [], lead)).toContain('anthropic');
    expect(table.match('A model that runs a shop', text)).not.toContain('anthropic');
  });

  it('drops a given company topic when the story is not about AI (company topics require ai)', () => {
    expect(table.match('Managed Active Directory is now in beta', 'Run domain controllers in the cloud.', ['google'])).toEqual([]);
    expect(table.match('New AI tools for marketers', 'Learn how new AI features help you.', ['google'])).toEqual(['ai', 'google']);
  });

  it('counts a company headline over a body that says AI once as AI news, not one whose body never does', () => {
    const spending = (company: string) =>
      paragraphs(`${company} will spend $120 billion on new data centres this year.`, 'Most of it will serve cloud customers, the finance chief said.', 'Shares fell 3%.');
    // Without a company in the headline, one AI term in one paragraph of three is a passing mention.
    expect(table.match('Ostrander Corp lifts its spending plan', spending('Ostrander Corp'))).toEqual([]);
    expect(table.match('Microsoft lifts its spending plan', spending('Microsoft'))).toEqual(['ai', 'business', 'microsoft']);
    const outage = paragraphs('Microsoft Teams was unavailable for six hours on Monday.', 'Calls failed to connect; email was not affected.', 'Microsoft rolled the change back.');
    expect(table.match('Microsoft Teams was down for six hours', outage)).toEqual([]);
    // The AI term must be in the lead's first sentence: further down it is still a passing mention.
    expect(table.match('Microsoft Teams was down for six hours', paragraphs('Microsoft Teams was down on Monday.', 'It runs in Microsoft data centres.', 'It is back.'))).toEqual([]);
    // A past employer in the headline is not whose news it is.
    const founders = paragraphs('Two engineers have raised $40 million for a start-up that sorts parcels.', 'They plan a data centre of their own.', 'The round was led by Northpass.');
    expect(table.match('Former Google engineers raise $40 million', founders)).toEqual([]);
  });

  it('tags a company that is the subject of the lead, named once, but not one the lead compares with', () => {
    const item = (lead: string) => paragraphs(lead, 'Publishers said the drop was steepest for explainers and recipes.', 'The figures cover 410 sites.');
    expect(table.match('Referrals from search to news sites fell again', item('Google’s AI Mode sent 30% fewer readers to news sites in November than in August.'))).toContain('google');
    // Far into the sentence, after its subject, a name is what the subject is compared with or sold by.
    expect(table.match('Oslo start-up says its small model beats far bigger ones', item('Vellum Labs, a 20-person start-up in Oslo, says its new language model is more accurate than Google’s best.'))).not.toContain('google');
  });
});

describe('an operator’s topic table', () => {
  it('loads from a file and applies its own rules', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'topics-'));
    const file = path.join(dir, 'topics.json');
    writeFileSync(file, JSON.stringify({ topics: [{ name: 'space', emoji: '🚀', description: 'Rockets', threshold: 3, terms: { rocket: 3, 'SpaceX': 3 } }] }));
    expect(loadTopicTable(file).match('SpaceX launches again', '')).toEqual(['space']);
  });

  it('says what is wrong with a bad file in one line', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'topics-'));
    const file = path.join(dir, 'topics.json');
    writeFileSync(file, '{"topics": [{"name": "Bad Name"}]}');
    expect(() => loadTopicTable(file)).toThrow(/needs a lowercase name/);
  });

  it('lets topics of a group compete and a body threshold ignore passing mentions', () => {
    const custom = buildTopicTable([
      { name: 'cats', emoji: '🐈', description: 'Cats', threshold: 2, group: 'pets', share: 0.5, bodyThreshold: 4, terms: { cat: 2, cats: 2 } },
      { name: 'dogs', emoji: '🐕', description: 'Dogs', threshold: 2, group: 'pets', share: 0.5, bodyThreshold: 4, terms: { dog: 2, dogs: 2 } },
    ]);
    expect(custom.match('Cats rule', 'A cat sat. Cats nap. The dog barked.')).toEqual(['cats']);
    expect(custom.match('Weather today', 'A dog barked.')).toEqual([]);
  });
});

describe('topics a feed implies', () => {
  it('tags every post of a university or company AI lab’s blog ai, by its title or address', async () => {
    const { buildArticle } = await import('../src/articles/build-article.ts');
    const { feedTopics } = await import('../src/articles/feed-topics.ts');
    const post = { categories: [], title: 'Learning to walk from a week of video', link: 'https://lakeside-air.example.edu/blog/walk', html: '<p>We trained a policy on 200 hours of footage.</p><p>It transfers to a real quadruped.</p>' };
    const lab = { url: 'https://lakeside-air.example.edu/blog/feed.xml', title: 'The Lakeside Artificial Intelligence Research Blog', link: 'https://lakeside-air.example.edu/blog/' };
    expect(buildArticle(post, lab, table, new Date()).topics[0]).toBe('ai');
    expect(feedTopics('Machine Learning Blog | ML@Northfield', 'https://blog.ml.northfield.example.edu/')).toEqual(['ai']);
    expect(feedTopics('Research', 'https://ai.lumen.example/blog/')).toEqual(['ai']);
    // The field named in Chinese or Japanese, with no spaces around the words.
    expect(feedTopics('所有人工智能新闻', 'https://allnews.example/')).toEqual(['ai']);
    expect(feedTopics('人工知能ニュース', 'https://news.example.jp/')).toEqual(['ai']);
    expect(feedTopics('科技新闻', 'https://tech.example.cn/')).toEqual([]);
    // A lab known by its short name, or by its own address.
    expect(feedTopics('BAIR Blog', 'https://bair-blog.example.edu/')).toEqual(['ai']);
    // A lab's own site is a known outlet whose posts are all ai, whatever the feed is called.
    const labPost = { categories: [], title: 'Scaling laws for robot policies', link: 'https://bair.berkeley.edu/blog/2026/08/01/scaling/', html: '<p>We study how policies scale.</p>' };
    const labFeed = { url: 'https://bair.berkeley.edu/blog/feed.xml', title: 'News', link: 'https://bair.berkeley.edu/blog/' };
    expect(buildArticle(labPost, labFeed, table, new Date()).topics[0]).toBe('ai');
    // A company's AI division's own site: its posts are ai and the company's, whether or not they name it.
    const maiPost = { categories: [], title: 'Introducing a faster image model', link: 'https://microsoft.ai/news/a-faster-image-model/', html: '<p>Today we are releasing our fastest image model yet.</p>' };
    const maiFeed = { url: 'https://microsoft.ai/feed.xml', title: 'News', link: 'https://microsoft.ai/blog/' };
    expect(buildArticle(maiPost, maiFeed, table, new Date()).topics).toEqual(expect.arrayContaining(['ai', 'microsoft']));
    // Not "ai" inside a word, nor a plain blog.
    expect(feedTopics('Thai Cooking Daily', 'https://thaicooking.example/')).toEqual([]);
    expect(feedTopics('Engineering at Lumen', 'https://engineering.lumen.example/')).toEqual([]);
  });

  it('knows a lab by the field in its name, its short name, or a university host named for it', async () => {
    const { buildArticle } = await import('../src/articles/build-article.ts');
    const { feedTopics } = await import('../src/articles/feed-topics.ts');
    expect(feedTopics('The Lakeside NLP Group', 'https://lakeside.example.edu/groups/')).toEqual(['ai']);
    // Robotics and the field's other branches name an AI lab too; a vision institute does not.
    expect(feedTopics('Lakeside Robotics Institute » News', 'https://ri.lakeside.example.edu/')).toEqual(['ai']);
    expect(feedTopics('Computer Vision Lab – Lakeside University', 'https://cv.lakeside.example.edu/')).toEqual(['ai']);
    expect(feedTopics('Lakeside Vision Institute', 'https://eyes.lakeside.example.edu/')).toEqual([]);
    expect(feedTopics('Natural Language Processing at Northfield', 'https://northfield.example.edu/')).toEqual(['ai']);
    expect(feedTopics('Ai2 Blog', 'https://blog.lumen.example/')).toEqual(['ai']);
    expect(feedTopics('Microsoft Research Blog', 'https://www.lumen.example/research/blog/')).toEqual(['ai']);
    // A university host whose label is a lab's short name or the field, in a word of the label too.
    expect(feedTopics('Blog', 'https://sail.cs.lakeside.example.edu/blog/')).toEqual(['ai']);
    expect(feedTopics('News', 'https://www.lakeside.example.ac.uk/')).toEqual([]);
    expect(feedTopics('Updates', 'https://ml-lab.lumen.example/')).toEqual(['ai']);
    expect(feedTopics('Blog', 'https://nlpgroup.northfield.example.edu/')).toEqual(['ai']);
    // "sail" off a university is a sailing club; "nlp" is not inside another word.
    expect(feedTopics('Harbour News', 'https://sail.harbour.example/')).toEqual([]);
    expect(feedTopics('Campus News', 'https://mail.lakeside.example.edu/')).toEqual([]);
    // A lab's post linked from a general feed is ai by the host it lives on.
    const post = { categories: [], title: 'Parsing long documents in one pass', link: 'https://nlp.northfield.example.edu/blog/one-pass', html: '<p>We read a whole book at once.</p>' };
    const links = { url: 'https://links.example/feed.xml', title: 'Reading list', link: 'https://links.example/' };
    expect(buildArticle(post, links, table, new Date()).topics[0]).toBe('ai');
  });

  it('knows an AI newsletter by "IA" or the field spelled in French, Spanish, Portuguese or Italian', async () => {
    const { feedTopics } = await import('../src/articles/feed-topics.ts');
    expect(feedTopics('Boletín IA', 'https://boletin.lumen.example/')).toEqual(['ai']);
    expect(feedTopics('Lettre de l’intelligence artificielle', 'https://lettre.lumen.example/')).toEqual(['ai']);
    expect(feedTopics('Notas de Inteligencia Artificial', 'https://notas.lumen.example/')).toEqual(['ai']);
    // Only the capitals: "ia" inside a word or lowercase is not the field.
    expect(feedTopics('Diario de Galicia', 'https://galicia.lumen.example/')).toEqual([]);
    expect(feedTopics('Via Roma news', 'https://viaroma.lumen.example/')).toEqual([]);
  });

  // Headlines of 2025-26 often name a company only by its model, chip, agent or subscription.
  const companies = ['openai', 'anthropic', 'google', 'meta', 'microsoft', 'nvidia', 'apple', 'xai', 'mistral', 'deepseek'];
  it.each([
    ['Sonnet 4.5 learns to fill in spreadsheets', ['anthropic']],
    ['Opus 4.5 tops a coding leaderboard', ['anthropic']],
    ['AlphaEvolve speeds up a sorting routine', ['google']],
    ['Genie 3 builds a level from a sketch', ['google']],
    ['Segment Anything gets a video mode', ['meta']],
    ['Maia 200 chips reach a third region', ['microsoft']],
    ['Grace Blackwell racks sell out for the year', ['nvidia']],
    ['Genmoji learns to draw your pets', ['apple']],
    ['SuperGrok adds a research mode', ['xai']],
    ['Janus-Pro update edits photos', ['deepseek']],
    ['Stargate picks a fourth site for AI training', ['openai']],
    ['o4-mini answers in half the time', ['openai']],
    ['Jony Ive shows the AI device he has been building', ['openai']],
  ])('names the company behind "%s"', (title, expected) => {
    const text = 'The AI model is available to paying subscribers from today.';
    expect(table.match(title, text).filter((name) => companies.includes(name))).toEqual(expected);
  });

  it.each([
    ['a sonnet, not Anthropic’s model', 'Shakespeare’s Sonnet 43, read by an AI voice clone, tops a chart'],
    ['the Opus audio codec, not Anthropic’s Opus', 'Opus 1.6 codec uses a small neural network to hide lost packets'],
    ['a plain phrase in a title-case headline', 'Banks Move AI Workloads Back to Private Cloud Compute'],
  ])('names no company for %s', (_, title) => {
    const text = 'The AI model is small enough to run on a phone.';
    expect(table.match(title, text).filter((name) => companies.includes(name))).toEqual([]);
  });

  it('tags no company when a story lists three or more of them and its title none', () => {
    const text = paragraphs(
      'Hyperscalers such as Google, Meta and Microsoft are building gas plants next to their AI data centers.',
      'Google and Microsoft signed power deals; Meta bought turbines for its AI campus.',
      'A new forecast says gas prices may double, which would raise the cost of AI compute.',
    );
    const topics = table.match('Data centers might regret betting on natural gas', text);
    expect(topics).toContain('ai');
    expect(topics.filter((name) => ['google', 'meta', 'microsoft'].includes(name))).toEqual([]);
  });

  it('keeps three or more companies the first sentence’s main clause names, not ones it names as context', () => {
    const pick = (topics: string[]) => topics.filter((name) => companies.includes(name));
    const title = 'Regulator opens a review of AI cloud deals';
    const report = 'It expects to report in the spring.';
    // Named in the main clause, they are what the review is about.
    const named = paragraphs('The Competition Office will review whether the cloud deals between Microsoft and Mistral and between Nvidia and Anthropic shut smaller AI start-ups out.', report);
    expect(pick(table.match(title, named))).toEqual(['anthropic', 'microsoft', 'nvidia', 'mistral']);
    // "As well as" adds one more of the same; it opens no clause.
    const more = paragraphs('The Competition Office will review the cloud deals of Microsoft and Nvidia as well as Anthropic’s, which smaller AI start-ups say shut them out.', report);
    expect(pick(table.match(title, more))).toEqual(['anthropic', 'microsoft', 'nvidia']);
    // After "after" (or "than", "like", "such as"), they are the context of a story about others.
    const context = paragraphs('The Competition Office will review the cloud deals of smaller AI start-ups, weeks after Microsoft, Nvidia and Anthropic answered its questions about theirs.', report);
    expect(pick(table.match(title, context))).toEqual([]);
  });
});

// The issue's lab example once more, with another lab: a university AI lab's research blog is ai.
describe('a page’s note that its picture or summary was made with AI', () => {
  it.each([
    ['a picture’s disclaimer and a summary label', paragraphs('Floodwater reached the old mill on Tuesday.', 'This image is AI-generated and does not depict any real-life event or location.', 'Key Takeaways AI Summary', 'Crews from three towns pumped the cellars dry by Thursday.')],
    ['a summary’s note', paragraphs('Summarized by AI', 'The ferry to Skellan Island runs hourly from May.', 'The summary above was generated using AI. Read the full timetable below.', 'Tickets cost the same as last year.')],
  ])('is no AI news: %s', (_, text) => {
    expect(table.match('Skellan ferry goes hourly in May', text)).toEqual([]);
  });
  it('leaves a story about an AI-made picture AI news', () => {
    const text = paragraphs('An AI-generated image of the mayor in a spacesuit spread on Friday.', 'This image is AI-generated, the council said, and the photo was never taken.');
    expect(table.match('Fake mayor picture spreads', text)).toContain('ai');
  });
});

describe('a lab’s research blog, told again', () => {
  it('tags a post of a university machine learning group’s blog ai though the post never says AI', async () => {
    const { buildArticle } = await import('../src/articles/build-article.ts');
    const post = { categories: [], title: 'Teaching robot hands to sort laundry', link: 'https://mlgroup.eastbrook.example.edu/blog/laundry', html: '<p>We collected 300 hours of folding.</p><p>The policy now sorts socks.</p>' };
    const lab = { url: 'https://mlgroup.eastbrook.example.edu/blog/rss.xml', title: 'Eastbrook Machine Learning Group Blog', link: 'https://mlgroup.eastbrook.example.edu/blog/' };
    expect(buildArticle(post, lab, table, new Date()).topics).toContain('ai');
  });
});

// A lab's or start-up's own feed whose name and address say nothing about AI is known by its items:
// most are AI news on their own words, and a bare headline among them that speaks the field's words
// ("model behavior", "tokens") is AI news too. An item with a body is still read by its body alone.
describe('a feed whose items are mostly AI news', () => {
  const rss = (items: string[]) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Quillon - Research</title><link>https://quillon.example/research</link><description>Research updates from Quillon</description>${items.join('')}</channel></rss>`;
  const item = (title: string, description = '') => `<item><title>${title}</title><link>https://quillon.example/${encodeURIComponent(title)}</link>${description ? `<description>${description}</description>` : ''}</item>`;
  const understand = async (items: string[]) => {
    const { parseFeed } = await import('../src/feeds/parse-feed.ts');
    const { buildArticle, feedContextOf } = await import('../src/articles/build-article.ts');
    const feed = await parseFeed(Buffer.from(rss(items)), { url: 'https://quillon.example/research/rss.xml' });
    const context = feedContextOf('https://quillon.example/research/rss.xml', feed);
    return new Map(feed.entries.map((entry) => [entry.title, buildArticle(entry, context, table, new Date()).topics]));
  };
  const aiPosts = [
    item('Sparse circuits in small language models'),
    item('Red-teaming a frontier model with investigator agents', 'Finding jailbreaks before release.'),
    item('A dataset of chain of thought transcripts'),
    item('Why reinforcement learning makes models sycophantic'),
  ];

  it('tags a bare headline ai when it speaks the field’s words', async () => {
    const topics = await understand([...aiPosts, item('Toward an open science of model behavior', 'Our plan for measuring what models do.'), item('Saving time and tokens with context forks')]);
    expect(topics.get('Toward an open science of model behavior')).toContain('ai');
    expect(topics.get('Saving time and tokens with context forks')).toContain('ai');
  });

  it('leaves an item without those words, or with a body of its own, to its own text', async () => {
    const body = '<p>The Quillon team met in Lisbon for a week.</p><p>Tickets for the next meetup go on sale in May.</p>';
    const topics = await understand([...aiPosts, item('We are hiring in Lisbon'), item('Meetups for model makers', body.replace(/</g, '&lt;').replace(/>/g, '&gt;'))]);
    expect(topics.get('We are hiring in Lisbon')).toEqual([]);
    expect(topics.get('Meetups for model makers')).toEqual([]);
  });

  it('does not tag a bare headline of a feed whose items are mostly about other things', async () => {
    const others = [item('Harbour ferry timetable changes'), item('Council approves a new library'), item('Rowing club wins regatta'), item('Bakery reopens after fire')];
    const topics = await understand([...others, item('Tesla Model Y sales fall'), item('Top models walk in Milan'), item('Sparse circuits in small language models')]);
    expect(topics.get('Top models walk in Milan')).toEqual([]);
    expect(topics.get('Tesla Model Y sales fall')).toEqual([]);
  });
});

// A feed of one product's releases (a project's releases page, "Release notes", "Changelog") whose
// releases are mostly AI news: every release is about that AI product, a bug-fix one too, body and all.
// A newsroom's "releases" (press releases of many companies) lend nothing to each other.
describe('a release feed of an AI product', () => {
  const atom = (title: string, link: string, entries: string[]) =>
    `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>${title}</title><link rel="alternate" href="${link}"/><id>${link}</id>${entries.join('')}</feed>`;
  const entry = (title: string, paragraphs: string[]) =>
    `<entry><title>${title}</title><id>tag:${encodeURIComponent(title)}</id><link rel="alternate" href="https://code.example/${encodeURIComponent(title)}"/><content type="html">${paragraphs.map((p) => `&lt;p&gt;${p}&lt;/p&gt;`).join('')}</content></entry>`;
  const understand = async (title: string, link: string, entries: string[]) => {
    const { parseFeed } = await import('../src/feeds/parse-feed.ts');
    const { buildArticle, feedContextOf } = await import('../src/articles/build-article.ts');
    const feed = await parseFeed(Buffer.from(atom(title, link, entries)), { url: `${link}.atom` });
    const context = feedContextOf(`${link}.atom`, feed);
    return new Map(feed.entries.map((item) => [item.title, buildArticle(item, context, table, new Date()).topics]));
  };
  const aiReleases = [
    entry('Quokka Agent v2.4.0', ['Adds a planning mode to the coding agent.', 'The agent now asks a large language model to review its own plan before it edits files.']),
    entry('Quokka Agent v2.3.0', ['Supports local models through Ollama.', 'Quantized models load twice as fast.']),
    entry('Quokka Agent v2.2.0', ['Adds tool calling for the reasoning models.', 'Prompt injection checks now run on every fetched page.']),
    entry('Quokka Agent v2.1.0', ['The coding agent can now run its own tests.', 'A new eval harness scores each AI model on our tasks.']),
  ];
  const fix = entry('Quokka Agent v2.4.1', ['Patch release.', 'Fixes the Windows installer and a crash when the config file is empty.']);

  it('tags a bug-fix release ai when most of the project’s releases are AI news', async () => {
    const topics = await understand('quokka-agent Releases', 'https://code.example/quokka/quokka-agent/releases', [fix, ...aiReleases]);
    expect(topics.get('Quokka Agent v2.4.1')).toContain('ai');
  });

  it('reads a releases page given as its feed’s address (".../releases.atom")', async () => {
    const topics = await understand('Quokka Release', 'https://code.example/quokka/quokka-agent/releases.atom', [fix, ...aiReleases]);
    expect(topics.get('Quokka Agent v2.4.1')).toContain('ai');
  });

  it('tags one from a changelog feed too', async () => {
    const topics = await understand('Quokka Changelog', 'https://quokka.example/', [fix, ...aiReleases]);
    expect(topics.get('Quokka Agent v2.4.1')).toContain('ai');
  });

  it('leaves a newsroom’s press releases to their own text', async () => {
    const press = [
      entry('Veltan launches a coding agent for banks', ['Veltan today launched an AI agent that writes code.', 'The AI agent runs on a large language model.']),
      entry('Morrow picks a chatbot for its call centre', ['Morrow will answer calls with a chatbot built on a large language model.', 'The chatbot starts in June.']),
      entry('Harlen adds AI models to its search', ['Harlen added AI models to rank results.', 'The AI models run in its own data centres.']),
      entry('Ostra signs up for AI chips', ['Ostra will buy AI chips for its machine learning team.', 'The AI chips arrive in March.']),
      entry('Pellow opens a bakery in Leeds', ['Pellow opened its third bakery.', 'It sells bread and cakes.']),
    ];
    const topics = await understand('Technology News Releases', 'https://wire.example/technology', press);
    expect(topics.get('Pellow opens a bakery in Leeds')).toEqual([]);
  });
});
