// Leads and quotes in the shapes of errors read on the real-feeds check's tune half
// (bench/real-feeds-check.ts): our own invented items, none of the feeds' text.
import { describe, expect, it } from 'vitest';
import { extractQuote } from '../src/articles/extract-quote.ts';
import { summarize } from '../src/articles/summarize.ts';

describe('leads', () => {
  it('starts at a sentence start when an excerpt opens with the lower-case tail of a cut sentence', () => {
    const lead = summarize(['storage costs. We moved every nightly job to one scheduler and cut our bill by half in a month.'], 'Halving a data bill');
    expect(lead).toBe('We moved every nightly job to one scheduler and cut our bill by half in a month.');
  });

  it('keeps a first sentence that opens with a lower-case brand', () => {
    const lead = summarize(['iPadOS gains a new window mode. It ships in the spring.'], 'New window mode');
    expect(lead).toMatch(/^iPadOS gains a new window mode\./);
  });

  it('reads a whole sentence set as a link as the story’s first sentence', () => {
    const first = 'If you run a small team, you should keep one chart of your own.';
    const lead = summarize([first, 'A chart you own makes you answer for a number every week.'], 'Keep a chart', { links: [first] });
    expect(lead).toMatch(/^If you run a small team, you should keep one chart of your own\./);
  });

  it('still skips a row of linked headlines', () => {
    const lead = summarize(['Port Strike Ends After Nine Days Of Talks.', 'Dock workers went back to work on Monday after a deal on pay.'], 'Docks reopen', { links: ['Port Strike Ends After Nine Days Of Talks.'] });
    expect(lead).toMatch(/^Dock workers went back/);
  });

  it('joins a lead-in that ends with its speech verb to the quoted sentence below it', () => {
    const lead = summarize(['In Fast Tools Win Again, Jo Park says', 'Quill was really quick because it cached every parse.', 'That is not why it was quick.'], 'Misremembered speed');
    expect(lead).toMatch(/^In Fast Tools Win Again, Jo Park says Quill was really quick/);
  });

  it('joins a lead-in that quotes a post to its first sentence', () => {
    const lead = summarize(['Ana Ruiz quoted a post by Tom Lee about forums and the pull of big sites:', 'I doubt any fix exists for this drift.', 'I half agree with him.'], 'No fix for drift');
    expect(lead).toMatch(/^Ana Ruiz quoted a post by Tom Lee about forums and the pull of big sites: I doubt any fix exists/);
  });

  it('keeps a story’s sentence above a sign-up plug that closes its paragraph', () => {
    const lead = summarize([
      'We are glad to say that the spring mapping workshops are back this year, and sign-up for every city is open now. Visit the workshop site to sign up: https://workshops.example.org/spring',
      'Pick the city and the kind of session that suit you best.',
    ], 'Sign up for the spring workshops');
    expect(lead).toMatch(/^We are glad to say that the spring mapping workshops are back this year/);
  });

  it('still drops a short line closed by a plug', () => {
    const lead = summarize(['Season 3 is out now on Streamly! Watch here: https://streamly.example/s3', 'The crew goes north to find the lost ship and its logbook.'], 'Season 3');
    expect(lead).toMatch(/^The crew goes north/);
  });

  it('ends a Chinese lead at the quotation mark closing its last sentence', () => {
    const first = '海峽港務公司董事長林小華接受訪問時表示：「自動化將改變碼頭工作。」';
    const lead = summarize([first, '他說，新系統下月上線。'], '海峽港務：自動化將改變碼頭工作');
    expect(lead.startsWith(first)).toBe(true);
  });

  it('skips a Chinese story’s opening pull quote, not a quotation its next sentence attributes', () => {
    const lead = summarize(['“港口会越来越安静，真正的变化在软件。”今年的港口大会上，自动化依然是最受关注的话题。'], '港口自动化可能比想象中更慢');
    expect(lead).toBe('今年的港口大会上，自动化依然是最受关注的话题。');
    const said = summarize(['“港口会越来越安静，真正的变化在软件。”港务局长王大明表示，自动化明年完成。'], '港口自动化');
    expect(said.startsWith('“港口会越来越安静')).toBe(true);
  });

  it('skips a Chinese box of numbered headlines and a story’s heading that is part of the headline', () => {
    const lead = summarize(
      ['要闻提示', '1.港口工人周二恢复工作，夜班取消', '2.涉案4千万元！港务局主管被查', '3.新码头完成测试，下月开放使用', '今日头条', '港口工人周二恢复工作，夜班取消', '7月24日，港口工人恢复工作。港务局表示夜班将取消。'],
      '港口工人周二恢复工作，夜班取消；新码头完成测试，下月开放使用',
    );
    expect(lead.startsWith('7月24日，港口工人恢复工作。')).toBe(true);
  });

  it('skips a newsletter issue’s line and what it says about the letter', () => {
    const lead = summarize(['Harbor Wire for 3/4/2026-3/5/2026. We read 9 forums and 120 feeds so you do not have to.', 'Quillmark shipped a new search model that answers in half the time.'], 'Quillmark ships faster search');
    expect(lead).toBe('Quillmark shipped a new search model that answers in half the time.');
    // A story's sentence with "for" and a date stays.
    expect(summarize(['Plans for March 3, the harbour festival, were approved by the council on Monday.'], 'Festival approved')).toMatch(/^Plans for March 3/);
  });

  it('shows no Markdown bold marks a feed left around words, and keeps ones inside them', () => {
    expect(summarize(['**Quillmark** raised its **Harbor** model to a new tier, the company said on Monday.'], 'Quillmark model')).toBe('Quillmark raised its Harbor model to a new tier, the company said on Monday.');
    expect(summarize(['The result is 2**10 and __init__ runs first, as the docs for the module say.'], 'Powers')).toBe('The result is 2**10 and __init__ runs first, as the docs for the module say.');
  });

  it('skips a donation plea for the outlet’s coverage', () => {
    const lead = summarize(['Support our independent tech coverage. Harbor Notes is written by people, for people. Join for $2 a month.', 'Quillmark is rolling out a new search page for its app this week.'], 'Quillmark search page');
    expect(lead).toMatch(/^Quillmark is rolling out/);
  });

  it('shows a linked sentence that is the whole item', () => {
    const sentence = 'Ana Ruiz on a children’s show in 1979 reading her poem about rivers with a class';
    const lead = summarize([`${sentence}.`], 'Ana Ruiz on a children’s show in 1979 reading...', { links: [sentence] });
    expect(lead).toBe(`${sentence}.`);
  });
});

describe('quotes', () => {
  it('takes no speaker from a title before a link post’s quotation', () => {
    const quote = extractQuote(['Why Robot Writing Feels So Flat: A Theory. “The model trims every odd turn of phrase until only the most likely words are left standing.”']);
    expect(quote?.speaker ?? null).toBeNull();
    expect(quote?.text).toMatch(/^The model trims every odd turn/);
  });

  it('shows no quotation cut at a quotation inside it', () => {
    const quote = extractQuote(['A vendor’s report states: “We find that when used in a slow, “pair-at-the-desk” way, the tool helped less than expected. Users waited.']);
    expect(quote).toBeNull();
  });

  it('takes a text that is one quotation as what a headline reporting speech reports', () => {
    const quote = extractQuote(['“We saw no sign that the harbour was ever closed to fishing boats. None at all!”'], { headline: 'Mayor ends harbour rumour and says there was no closure' });
    expect(quote).toEqual({ text: 'We saw no sign that the harbour was ever closed to fishing boats. None at all!', speaker: null });
    const named = extractQuote(['“We saw no sign that the harbour was ever closed to fishing boats. None at all!”'], { headline: 'Tomas Berg says the harbour was never closed' });
    expect(named?.speaker).toBe('Tomas Berg');
    // Under a headline that reports no speech, a text that is one quotation is still someone's words: shown with no speaker.
    expect(extractQuote(['“We saw no sign that the harbour was ever closed to fishing boats. None at all!”'], { headline: 'Notes from the harbour' })).toEqual({
      text: 'We saw no sign that the harbour was ever closed to fishing boats. None at all!',
      speaker: null,
    });
  });

  it('keeps an office’s second field out of the speaker’s name', () => {
    const quote = extractQuote(['Minister of Harbours and Planning Ilse Vantongeren told the House: “These amendments give the port authority the power it has lacked for a decade.”']);
    expect(quote?.speaker).toBe('Ilse Vantongeren');
  });

  it('names no one for “a Name fan” who posted a caption', () => {
    const quote = extractQuote([
      'Mayor Tomas Berg took office in May.',
      'In a post that drew many likes, a Berg fan shared a video of a quiet park, with the caption: “Another dreadful evening under the red mayor, clearly!”',
    ]);
    expect(quote?.speaker ?? null).not.toBe('Tomas Berg');
  });

  it('credits the name after “, said” in an inverted attribution, not the reported clause’s subject', () => {
    const quote = extractQuote(['Governor Lina Park is caught in a quiet land scandal, said Omar Haddad in The Ledger, and “almost no one has even looked up.”']);
    expect(quote?.speaker).toBe('Omar Haddad');
  });

  it.each([
    ['a saying talked about', 'There is a leap from saying “this coin has two equally likely faces and no more” to anything else.'],
    ['words given as an example', 'So instead you have to say fancy phrases like “a map that sends every element of the group to the identity and is universal”.'],
    ['a server’s answer', 'A wrong guess ends with the server saying “send me another key share, the right one this time”.'],
  ])('shows no quote for %s', (_name, paragraph) => {
    expect(extractQuote(['A post about handshakes and groups.', paragraph])).toBeNull();
  });
});
