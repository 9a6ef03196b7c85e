// Story clustering: pairwise precision and recall over the hand-written story groups
// (test/fixtures/stories/story-groups.json), and one inline case per rule.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/articles/article.ts';
import { assignStories, groupStories, storyFingerprint, storyPairKeptApart, storyPairScore } from '../src/articles/cluster-stories.ts';
import { assignByPolls, groupingOf, readStoryCases, scorePairs, shuffled, STORY_FILES, storyArticle as article } from '../bench/story-eval.ts';

/** Every article of the tuning set with the event it tells (a decoy is an event of its own). */
const cases = readStoryCases([STORY_FILES[0]!]);
const labelled = cases.map(({ event, article }) => ({ event, article }));
const pairwise = (stories: string[]) => scorePairs(cases, stories);
const set = JSON.parse(readFileSync(STORY_FILES[0]!, 'utf8')) as { groups: Array<{ articles: Array<{ source: string }> }>; decoys: unknown[] };

describe('story clustering on the hand-written test set', () => {
  it('has enough groups and decoys', () => {
    expect(set.groups.length).toBeGreaterThanOrEqual(25);
    expect(set.decoys.length).toBeGreaterThanOrEqual(25);
    for (const group of set.groups) {
      expect(group.articles.length).toBeGreaterThanOrEqual(2);
      expect(group.articles.length).toBeLessThanOrEqual(4);
      // Each group is the same event told by different outlets.
      expect(new Set(group.articles.map((item) => item.source)).size).toBe(group.articles.length);
    }
  });

  // Pairs are judged by their two articles alone (no rarity among the articles in view), which
  // made the grouping independent of arrival order and cost this file a few pairs of recall (0.87
  // before; the tune half as a whole went from 0.74 to 0.79, the measure half from 0.49 to 0.56).
  it('reaches precision ≥ 0.95 and recall ≥ 0.8 over article pairs (one batch)', () => {
    const assigned = assignStories(
      labelled.map((item) => item.article),
      [],
    );
    const result = pairwise(assigned.map((item) => item.story));
    console.log(
      JSON.stringify({
        name: 'story_pairwise',
        precision: round(result.precision),
        recall: round(result.recall),
        pairs: result.pairs,
        predicted: result.predicted,
        articles: labelled.length,
        missed: result.missed,
        wrong: result.wrong,
      }),
    );
    expect(result.precision, `wrongly merged: ${result.wrong.join(', ')}`).toBeGreaterThanOrEqual(0.95);
    expect(result.recall, `missed: ${result.missed.join(', ')}`).toBeGreaterThanOrEqual(0.8);
  });

  it('gives exactly the same groups when articles arrive poll by poll (6-hour batches against everything stored)', () => {
    const order = labelled.map((item) => item.article).sort((a, b) => Date.parse(a.published) - Date.parse(b.published));
    const stored = new Map<string, Article>();
    const step = 6 * 60 * 60 * 1000;
    let start = 0;
    while (start < order.length) {
      const first = Date.parse(order[start]!.published);
      const until = first - (first % step) + step;
      const batch: Article[] = [];
      while (start < order.length && Date.parse(order[start]!.published) < until) batch.push(order[start++]!);
      const { articles, restoried } = groupStories(batch, [...stored.values()]);
      for (const item of [...restoried, ...articles]) stored.set(item.id, item);
    }
    const batch = assignStories(order, []);
    expect(groupingOf([...stored.values()])).toBe(groupingOf(batch));
    // The same ids too: each story's is its earliest article's.
    expect(new Map([...stored.values()].map((item) => [item.id, item.story]))).toEqual(new Map(batch.map((item) => [item.id, item.story])));
  });
});

describe('assignStories rules', () => {
  const launch = {
    headline: 'Nimbus Labs releases Orion-7 reasoning model with $2.5 billion compute deal',
    summary: 'Nimbus Labs said Orion-7 beats its predecessor on math olympiad problems and runs on Azure under a $2.5 billion agreement with Microsoft.',
  };
  const retold = {
    headline: 'Orion-7 is here: Nimbus Labs bets on math reasoning, backed by a $2.5B Microsoft deal',
    summary: 'The new Nimbus Labs model tops olympiad math benchmarks, and Microsoft will host it on Azure under the $2.5B agreement.',
  };

  it('merges the same event from two outlets', () => {
    const [a, b] = assignStories(
      [article('a', { ...launch, source: 'Reuters', published: '2026-04-01T10:00:00Z' }), article('b', { ...retold, source: 'The Verge', published: '2026-04-01T12:00:00Z' })],
      [],
    );
    expect(a!.story).toBe('a');
    expect(b!.story).toBe('a');
  });

  it('reads British and American spellings and power written out or as its unit alike', () => {
    const [a, b, c] = assignStories(
      [
        article('a', { headline: 'Regional data centre plan approved', summary: 'Councillors approved a 40-megawatt data centre for AI training on the old dairy site on Tuesday.', source: 'The Marsh Ledger', published: '2026-12-02T11:00:00Z' }),
        article('b', { headline: 'Council backs 40MW AI data center at former dairy site', summary: 'Councillors voted late Tuesday to approve a 40-megawatt data center on the disused dairy site.', source: 'Estuary Wire', published: '2026-12-02T15:30:00Z' }),
        article('c', { headline: 'Council delays vote on new bus depot', summary: 'Councillors postponed a vote on a new bus depot until January.', source: 'Estuary Wire', published: '2026-12-02T16:30:00Z' }),
      ],
      [],
    );
    expect(b!.story).toBe(a!.story);
    expect(c!.story).not.toBe(a!.story);
    const words = (text: string) => [...storyFingerprint({ headline: text, summary: '', text: '', published: '', source: 'x' }).features.keys()];
    expect(words('Rising labour costs: the union analysed its defence centres')).toEqual(words('Rising labor costs: the union analyzed its defense centers'));
  });

  it('never merges two articles of the same outlet (its follow-ups are stories of their own)', () => {
    const [a, b] = assignStories(
      [article('a', { ...launch, source: 'Reuters', published: '2026-04-01T10:00:00Z' }), article('b', { ...retold, source: 'Reuters', published: '2026-04-01T12:00:00Z' })],
      [],
    );
    expect(b!.story).not.toBe(a!.story);
    // ...nor against a stored article of that outlet, whatever the case of its name.
    const [c] = assignStories([article('c', { ...retold, source: 'The Verge', published: '2026-04-01T12:00:00Z' })], [
      { ...article('stored', { ...launch, source: 'the verge', published: '2026-04-01T10:00:00Z' }), story: 'stored' },
    ]);
    expect(c!.story).toBe('c');
  });

  it('never merges articles more than 3 days apart', () => {
    const stored = article('old', { ...launch, source: 'Reuters', published: '2026-04-01T10:00:00Z' });
    const [late] = assignStories([article('late', { ...retold, source: 'The Verge', published: '2026-04-04T10:00:01Z' })], [stored]);
    expect(late!.story).toBe('late');
    const [inTime] = assignStories([article('in-time', { ...retold, source: 'The Verge', published: '2026-04-04T09:59:59Z' })], [stored]);
    expect(inTime!.story).toBe('old');
  });

  it('takes the story id of the stored article it matches, which may be an older story id (a chain)', () => {
    // `first` started the story; `second` joined it earlier, so its story is `first`.
    const first = article('first', { ...launch, source: 'Reuters', published: '2026-04-01T08:00:00Z' });
    const second = { ...article('second', { ...retold, source: 'The Verge', published: '2026-04-01T09:00:00Z' }), story: 'first' };
    const third = article('third', {
      headline: 'Microsoft to host Nimbus Labs Orion-7 on Azure in $2.5B deal',
      summary: 'Orion-7, the new Nimbus Labs reasoning model, will run on Azure as part of a $2.5 billion agreement.',
      source: 'CNBC',
      published: '2026-04-01T11:00:00Z',
    });
    // Only `second` in view: `third` still takes `first`, the story id, not `second`.
    const [assigned] = assignStories([third], [second]);
    expect(assigned!.story).toBe('first');
    // In one batch: the later fresh article takes the earlier one's (inherited) story id.
    const fourth = article('fourth', {
      headline: 'Nimbus Labs Orion-7 model lands on Azure under $2.5 billion Microsoft pact',
      summary: 'Microsoft signed a $2.5 billion deal to run the Orion-7 reasoning model from Nimbus Labs.',
      source: 'Bloomberg',
      published: '2026-04-01T12:00:00Z',
    });
    const batch = assignStories([fourth, third], [first, second]);
    expect(batch.map((item) => item.story)).toEqual(['first', 'first']);
  });

  it('never puts two articles of an outlet in one story, even through another outlet', () => {
    const first = article('first', { ...launch, source: 'Reuters', published: '2026-04-01T08:00:00Z' });
    const second = { ...article('second', { ...retold, source: 'The Verge', published: '2026-04-01T09:00:00Z' }), story: 'first' };
    // A Reuters follow-up worded like The Verge's article: it and Reuters' first article are never
    // in one story, and the result is the one a single batch of the three gives.
    const followUp = article('follow-up', { ...retold, source: 'Reuters', published: '2026-04-02T09:00:00Z' });
    const { articles, restoried } = groupStories([followUp], [first, second]);
    const after = new Map([first, second, ...restoried, ...articles].map((item) => [item.id, item]));
    expect(after.get('follow-up')!.story).not.toBe(after.get('first')!.story);
    expect(groupingOf([...after.values()])).toBe(groupingOf(assignStories([first, second, followUp], [])));
  });

  it('does not merge the same kind of event about different names', () => {
    const [a, b] = assignStories(
      [
        article('a', {
          headline: 'ChatGPT is down for many users worldwide',
          summary: 'The status page shows elevated error rates and the company says it is investigating the outage.',
          source: 'The Verge',
          published: '2026-04-01T10:00:00Z',
        }),
        article('b', {
          headline: 'Claude is down for many users worldwide',
          summary: 'The status page shows elevated error rates for Claude, and Anthropic says it is investigating the outage.',
          source: 'TechRadar',
          published: '2026-04-01T12:00:00Z',
        }),
      ],
      [],
    );
    expect(b!.story).not.toBe(a!.story);
  });

  it('keeps apart events told in one template with different amounts or versions, and joins amounts rounded two ways', () => {
    const told = (id: string, source: string, headline: string) =>
      article(id, { headline, summary: `${headline}. The company said the work took a year.`, source, published: '2026-04-01T10:00:00Z' });
    const distinct = [
      told('a', 'Feed 1', 'Acme Robotics announces a factory deal worth $120 million in Ohio'),
      told('b', 'Feed 2', 'Acme Robotics announces a factory deal worth $124 million in Ohio'),
      told('c', 'Feed 3', 'Nimbus Labs launches Orion-7 for coding'),
      told('d', 'Feed 4', 'Nimbus Labs launches Orion-8 for coding'),
    ];
    for (const seed of [1, 2, 3]) {
      const assigned = assignStories(shuffled(distinct, seed), []);
      expect(new Set(assigned.map((item) => item.story)).size, assigned.map((item) => `${item.id}=${item.story}`).join(' ')).toBe(4);
    }
    const [x, y] = assignStories([told('x', 'Reuters', 'Acme Robotics announces a factory deal worth $80 billion in Ohio'), told('y', 'CNBC', 'Acme Robotics announces an $80.3 billion factory deal in Ohio')], []);
    expect(y!.story).toBe(x!.story);
    // Two headline figures of one round (its size, its valuation), each in the other's text: one event.
    const round = article('round', { headline: 'Halvard Robotics raises $300 million from Index Ventures', summary: 'The round values the warehouse-robot maker at $4 billion.', source: 'Reuters', published: '2026-04-01T10:00:00Z' });
    const worth = article('worth', { headline: 'Halvard Robotics is now worth $4 billion', summary: 'The warehouse-robot maker raised $300 million in a round led by Index Ventures.', source: 'Axios', published: '2026-04-01T12:00:00Z' });
    for (const seed of [1, 2]) expect(new Set(assignStories(shuffled([round, worth], seed), []).map((item) => item.story)).size).toBe(1);
  });

  it('leaves a settled story (over 40 articles in view) as it is: a fresh article telling its event starts its own story', () => {
    const stored = Array.from({ length: 41 }, (_, i) => ({
      ...article(`s${i}`, { ...launch, source: `Outlet ${i}`, published: '2026-04-01T10:00:00Z' }),
      story: 's0',
    }));
    const small = stored.slice(0, 3);
    const fresh = article('f', { ...retold, source: 'The Verge', published: '2026-04-01T12:00:00Z' });
    // Below the size it joins the story it tells.
    expect(groupStories([fresh], small).articles[0]!.story).toBe('s0');
    const grouping = groupStories([fresh], stored);
    expect(grouping.articles[0]!.story).toBe('f');
    expect(grouping.restoried).toEqual([]);
  });

  it('keeps the story of a fresh article that is already stored (a re-poll)', () => {
    const stored = { ...article('seen', { ...launch, source: 'Reuters', published: '2026-04-01T10:00:00Z' }), story: 'older-story' };
    const [again] = assignStories([{ ...stored, story: 'seen' }], [stored]);
    expect(again!.story).toBe('older-story');
  });

  it('does not let stop words, news verbs or one shared company make a story', () => {
    const [a, b] = assignStories(
      [
        article('a', { headline: 'OpenAI says new AI model launches today', summary: 'The company announced the new model on Monday.', source: 'Reuters', published: '2026-04-01T10:00:00Z' }),
        article('b', { headline: 'Google says new AI model launches today', summary: 'The company announced the new model on Monday.', source: 'CNBC', published: '2026-04-01T11:00:00Z' }),
      ],
      [],
    );
    expect(b!.story).not.toBe(a!.story);
    const [c, d] = assignStories(
      [
        article('c', { headline: 'Nvidia shares rise in early trading', summary: 'Nvidia stock gained after an analyst upgrade.', source: 'Reuters', published: '2026-04-01T10:00:00Z' }),
        article('d', { headline: 'Nvidia hires a new chief financial officer', summary: 'Nvidia named a former banker to run its finances.', source: 'CNBC', published: '2026-04-01T11:00:00Z' }),
      ],
      [],
    );
    expect(d!.story).not.toBe(c!.story);
  });

  it('normalises amounts and product names', () => {
    const features = (headline: string) => [...storyFingerprint({ headline, summary: '', text: '', published: '', source: 'x' }).features.keys()];
    expect(features('Deal worth $65B')).toContain('$:65b');
    expect(features('Deal worth $65 billion')).toContain('$:65b');
    expect(features('Deal worth 65 bln dollars')).toContain('$:65b');
    expect(features('Mistral raises €1.7bn')).toContain('$:1.7b');
    expect(features('GPT-5 arrives')).toContain('p:gpt5');
    expect(features('Meet GPT 5')).toContain('p:gpt5');
    expect(features('Llama 3.1 weights')).toContain('p:llama3.1');
    expect(features('What changed in March 2026')).not.toContain('p:march2026');
    // Search results are no earnings results.
    expect(features('Shared chats showed up in search results')).not.toContain('earnings');
    expect(features('Lumen quarterly results top estimates')).toContain('earnings');
    // A company by its home town or its boss; not any company based there.
    expect(features('Sam Altman’s company hits back at DeepSeek')).toContain('openai');
    expect(features('The Redmond company beat estimates')).toContain('microsoft');
    expect(features('Seattle-based startup Loomis raises $20 million')).not.toContain('amazon');
    // A product whose name begins like a month is still a product.
    expect(features('Amazon unveils Nova 3')).toContain('p:nova3');
    expect(features('Due by Sept 30')).not.toContain('p:sept30');
    // A name of hyphenated words and a version, in any case.
    expect(features('Introducing gpt-oss-2')).toContain('p:gptoss2');
    expect(features('AWS US-EAST-1 recovers')).toContain('p:useast1');
    expect(features('The under-18 ban')).not.toContain('p:under18');
    // A model's size is no money, however written; money next to it still is.
    expect(features('Orin 2 comes in 32B and 180B sizes')).toEqual(expect.arrayContaining(['s:32b', 's:180b']));
    expect(features('A 180-billion-parameter model')).toContain('s:180b');
    expect(features('It has 48 billion active parameters and a 1M-token context')).toEqual(expect.arrayContaining(['s:48b', 's:1m']));
    expect(features('It has 48 billion active parameters and a 1M-token context').some((key) => key.startsWith('$:'))).toBe(false);
    expect(features('Trained 70B parameters for $2B')).toEqual(expect.arrayContaining(['s:70b', '$:2b']));
    expect(features('Trained 70B parameters for $2B').filter((key) => key.startsWith('$:'))).toEqual(['$:2b']);
    // Stop words and news verbs are no features at all.
    expect(features('AI company says it announces a new model')).toEqual([]);
    // A version in Roman numerals is the version; a phase, a title or a war is no product.
    expect(features('Is Vanta V the open model we were promised?')).toContain('p:vanta5');
    expect(features('Kestrel VII arrives')).toContain('p:kestrel7');
    expect(features('Drug enters Phase III trial')).not.toContain('p:phase3');
    expect(features('Title IV funding for schools')).not.toContain('p:title4');
    // A tier before or after the version, or in words, is one product and the tier a word of its own.
    for (const told of ['Verity Pro 4 is here', 'Verity 4 Pro is here', 'the Pro version of Verity 4 is here']) expect(features(told)).toEqual(expect.arrayContaining(['p:verity4', 'pro']));
    expect(features('Meet the mini version of Orbit-6')).toEqual(expect.arrayContaining(['p:orbit6', 'mini']));
    expect(features('Claude Opus 5 and Claude 5 Opus')).not.toContain('p:opus5');
    // A version's trailing zeros are the same version; any other minor version is not.
    expect(features('Tianmu 3.0 weights')).toContain('p:tianmu3');
    expect(features('Tianmu 3.5 weights')).toContain('p:tianmu3.5');
    // Rupee sums in crore and lakh are amounts (a crore is 10 million): "Rs" is no name, "Rs 50" no product.
    expect(features('Deal worth ₹9,200 crore')).toContain('$:92b');
    expect(features('Ostara bets Rs 9,200 cr on claims software')).toEqual(expect.arrayContaining(['$:92b']));
    expect(features('Ostara bets Rs 9,200 cr on claims software')).not.toContain('rs');
    expect(features('A ₹9,200-crore deal')).toContain('$:92b');
    expect(features('What the Rs 50 crore penalty means')).toEqual(expect.arrayContaining(['$:500m']));
    expect(features('What the Rs 50 crore penalty means')).not.toContain('p:rs50');
    expect(features('A Rs 1.3 lakh crore plan')).toContain('$:1.3t');
    expect(features('Plans start at Rs. 499 a month')).toContain('$:499');
  });

  it('joins a version written in Roman numerals with the same version in digits, and keeps the previous version apart', () => {
    const told = (id: string, source: string, headline: string, published: string) => article(id, { headline, summary: `${headline}.`, source, published });
    const items = [
      told('digits', 'Feed 1', 'Orvel Labs releases Vanta 5 open-weight models', '2026-05-04T10:00:00Z'),
      told('roman', 'Feed 2', 'Is Vanta V the last big open model from Orvel Labs?', '2026-05-05T09:00:00Z'),
      told('older', 'Feed 3', 'Orvel Labs releases Vanta IV open-weight models', '2026-05-03T09:00:00Z'),
    ];
    for (const seed of [1, 2, 3]) {
      const byId = new Map(assignStories(shuffled(items, seed), []).map((item) => [item.id, item.story]));
      expect(byId.get('roman')).toBe(byId.get('digits'));
      expect(byId.get('older')).not.toBe(byId.get('digits'));
    }
  });

  it('reads the kind of event a headline tells however it is worded', () => {
    const events = (headline: string) => [...storyFingerprint({ headline, summary: '', text: '', published: '', source: 'x' }).events];
    expect(events('Kestrel Software to cut up to 3,000 jobs')).toEqual(['layoff']);
    expect(events('Kestrel Software wields the axe in support')).toEqual(['layoff']);
    expect(events('Kestrel Software is shedding 8% of its staff')).toEqual(['layoff']);
    expect(events('Kestrel taglia l’8% dei dipendenti')).toEqual(['layoff']);
    expect(events('Kestrel streicht 9.000 Stellen')).toEqual(['layoff']);
    expect(events('Kestrel supprime 900 postes en France')).toEqual(['layoff']);
    expect(events('Kestrel taglia i prezzi del cloud')).toEqual([]);
    expect(events('Halcyon Robotics soars in Nasdaq debut')).toEqual(['listing']);
    expect(events('Halcyon Robotics goes public')).toEqual(['listing']);
    expect(events('Halcyon Robotics fait une entrée remarquée en Bourse')).toEqual(['listing']);
    expect(events('Halcyon Robotics estreia na bolsa de Nova York')).toEqual(['listing']);
    expect(events('Halcyon Robotics prices its IPO')).toEqual(['listing']);
    expect(events('Kestrel raises annual revenue forecast')).toEqual(['earnings']);
    // A lettered round is a funding round; the Xbox Series X is no round.
    expect(events('Halcyon Robotics closes Series C, plans a second plant')).toEqual(['funding']);
    expect(events('Kestrel Games ports its hit to the Xbox Series X')).toEqual([]);
    // A service's failure or meltdown is its outage; a failure to do something is not.
    expect(events('Kestrel cloud failure paralyses retailers for hours')).toEqual(['outage']);
    expect(events('Kestrel faces questions over failure to disclose costs')).toEqual([]);
    // A departure told as an exit.
    expect(events('Ilsa Brandt exit leaves Kestrel without a research chief')).toEqual(['depart']);
    expect(events('Kestrel raises $300 million')).toEqual(['funding']);
    expect(events('Lumen is shutting down Echo')).toEqual(['shutdown']);
    expect(events('Lumen’s Echo is down for thousands')).toEqual(['outage']);
    expect(events('AWS us-east-1 falls over again')).toEqual(['outage']);
    expect(events('A database change took the Lumen chatbot offline for hours')).toEqual(['outage']);
    expect(events('Lumen knocked offline by a bad update')).toEqual(['outage']);
    expect(events('Brussels fines Kestrel €200 million')).toEqual(['fine']);
    expect(events('SB 90 is now law: what chatbot apps must change')).toEqual(['force']);
    expect(storyFingerprint({ headline: 'Chatbots must now say they are bots in the Golden State', summary: '', text: '', published: '', source: 'x' }).features.has('california')).toBe(true);
    expect(events('Kestrel fine-tunes its model for law firms')).toEqual([]);
    expect(events('Lumen snaps up Echo Labs')).toEqual(['acquire']);
    expect(events('Lumen lancia Orin 3 per il codice')).toEqual(['launch']);
    expect(events('Lumen Science Chief Ada Vance Leaves to Start Her Own Lab')).toEqual(['depart']);
    expect(events('Echo maker loses its research chief')).toEqual(['depart']);
    expect(events('Lumen loses its lead in phone sales')).toEqual([]);
    expect(events('Lumen lança o Orin 3')).toEqual(['launch']);
    expect(events('Code helper says intruder copied customer code for 11 days')).toEqual(['security']);
    expect(events('Echo API errors spike for three hours')).toEqual(['outage']);
    expect(events('Post-incident review: elevated errors on Echo models')).toEqual(['outage']);
    expect(events('Halcyon Robotics closes its first day of trading 19% higher')).toEqual(['listing']);
    expect(events('Echo maker loses another top AI lieutenant')).toEqual(['depart']);
    expect(events("Echo's reasoning chief is leaving Lumen")).toEqual(['depart']);
    expect(events("Ostland's AI rules are live: a checklist")).toEqual(['force']);
    expect(events('Insurers say their AI assistants stopped working')).toEqual(['outage']);
    expect(events('Lumen to invest $15 billion in Indian data centres')).toEqual(['funding']);
    const told = (headline: string, summary: string) => [...storyFingerprint({ headline, summary, text: '', published: '', source: 'x' }).events];
    expect(told('Lumen discloses incident tied to its support vendor', 'The breach did not include passwords.')).toEqual(['security']);
    expect(told('Incident report: Echo API unavailable', 'Requests failed for two hours.')).toEqual(['outage']);
    const has = (text: string, key: string) => storyFingerprint({ headline: '', summary: text, text: '', published: '', source: 'x' }).features.has(key);
    expect(has("The world's largest contract chipmaker set capital spending at $60 billion.", 'tsmc')).toBe(true);
    expect(has("Arthur Mensch's company will spend the money on compute.", 'mistral')).toBe(true);
    const keys = (text: string) => [...storyFingerprint({ headline: '', summary: text, text: '', published: '', source: 'x' }).features.keys()].sort();
    expect(keys('The CRM giant is paying 30 times revenue.')).toEqual(keys('Salesforce is paying 30 times revenue.'));
    expect(has('The startup will build a campus south of Paris.', 'france')).toBe(true);
    expect(has('The regulator puts a price on scraping your Instagram posts for Llama.', 'meta')).toBe(true);
    expect(has('A nova lei de inteligência artificial entra em vigor nesta sexta.', 'law')).toBe(true);
    expect(has('Ostland widens curbs on chip tools', 'export')).toBe(true);
    expect(has('Washington adds 14 firms to its trade blacklist', 'export')).toBe(true);
  });

  it('reads an incident one outlet calls a breach and another an outage as one kind of event', () => {
    const breach = article('a', { headline: 'Lumen confirms breach exposing 40,000 users’ chats', summary: 'Lumen said an attacker used a contractor’s login to read support tickets.', source: 'Patchline', published: '2027-05-06T14:00:00Z' });
    const incident = article('b', { headline: 'Lumen discloses incident tied to its support vendor', summary: 'The breach did not include passwords, Lumen said.', source: 'Ledgerview', published: '2027-05-06T18:00:00Z' });
    expect(storyPairKeptApart(breach, incident)).toBeUndefined();
  });

  it('does not throw on empty or odd articles, and returns the fresh articles in order', () => {
    const odd = [
      article('empty', { headline: '', source: '', published: '' }),
      article('short', { headline: 'AI', source: 'X', published: 'not a date' }),
      article('digits', { headline: '42 — 7% — $', summary: '“”', source: 'Y', published: '2026-04-01T10:00:00Z' }),
      { ...article('nulls', { headline: 'Hi', source: 'Z', published: '2026-04-01T10:00:00Z' }), text: undefined as unknown as string },
    ];
    const assigned = assignStories(odd, odd.slice(0, 2));
    expect(assigned.map((item) => item.id)).toEqual(['empty', 'short', 'digits', 'nulls']);
    expect(assignStories([], odd)).toEqual([]);
  });

  it('does not change its inputs', () => {
    const fresh = [article('a', { ...launch, source: 'Reuters', published: '2026-04-01T10:00:00Z' }), article('b', { ...retold, source: 'The Verge', published: '2026-04-01T12:00:00Z' })];
    const copy = structuredClone(fresh);
    const assigned = assignStories(fresh, []);
    expect(fresh).toEqual(copy);
    expect(assigned[1]!.story).toBe('a');
  });
});

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

describe('one story whatever the order', () => {
  it('gives the same groups for the same articles in any order (5 seeded shuffles, one batch)', () => {
    const articles = labelled.map((item) => item.article);
    const expected = groupingOf(assignStories(articles, []));
    for (const seed of [11, 12, 13, 14, 15]) expect(groupingOf(assignStories(shuffled(articles, seed), [])), `seed ${seed}`).toBe(expected);
  });

  // Which pairs are compared never depends on what else is in view: two articles that share only
  // words many other articles hold ('law', 'in force') are one story in a batch of many, as when
  // they arrive alone or poll by poll.
  it('links two articles by a word many others in view hold', () => {
    const told = article('act-a', { source: 'Euro Desk', published: '2027-03-01T06:00:00Z', headline: "Data Act's portability duties kick in today", summary: 'Cloud providers operating in the bloc must from today let customers move their data and switch services without fees, as the Data Act takes effect.' });
    const retold = article('act-b', { source: 'Wire Service', published: '2027-03-01T09:00:00Z', headline: "Europe's cloud switching law enters into force", summary: 'From Saturday cloud providers in Europe have to let customers switch services and move their data without exit fees under the new law.' });
    // Other laws coming into force, months before.
    const others = Array.from({ length: 80 }, (_, i) =>
      article(`law-${i}`, { source: `Outlet ${i}`, published: new Date(Date.parse('2026-01-01T00:00:00Z') - i * 5 * 86_400_000).toISOString(), headline: `Zembla${i} law on tractor${i} exports comes into force`, summary: `Lawmakers in Zembla${i} approved the bill on Tuesday.` }),
    );
    expect(assignStories([told, retold], []).map((item) => item.story)).toEqual(['act-a', 'act-a']);
    expect(assignStories([told, retold, ...others], []).slice(0, 2).map((item) => item.story)).toEqual(['act-a', 'act-a']);
    expect(assignStories([retold], [...others, told]).map((item) => item.story)).toEqual(['act-a']);
  });

  // The article compared with the others is the fresh one in a poll and any of them in a batch: a
  // pair's score must not depend on which of the two it is. A name one outlet writes as a name and
  // another only after an elision ("d'Avenor") carries across languages either way round.
  it('scores a pair the same whichever of the two is compared with the other', () => {
    const english = article('en', { source: 'Northline Wire', published: '2027-04-14T09:00:00Z', headline: 'The Pebble voice badge will stop working on May 31', summary: 'Avenor Robotics is shutting down the servers behind its Pebble badge; buyers of the last 60 days get a refund.' });
    const french = article('fr', { source: 'Le Quotidien du Net', published: '2027-04-14T15:00:00Z', headline: "Fin de partie pour Pebble, le badge vocal d'Avenor Robotics", summary: "L'appareil deviendra inutilisable le 31 mai, date de l'arrêt des serveurs." });
    expect(storyPairScore(french, english)).toBe(storyPairScore(english, french));
    // One article gives the price two ways, another rounds it: one amount shared, either way round.
    const exact = article('exact', { source: 'Northline Wire', published: '2028-05-02T09:00:00Z', headline: 'Quorra buys Lattice Freight for $2.1 billion', summary: 'Quorra will pay $2.14 billion in cash for the freight software maker, its chief executive said.' });
    const rounded = article('rounded', { source: 'Harbour Times', published: '2028-05-02T12:00:00Z', headline: 'Quorra to acquire Lattice Freight in $2 billion deal', summary: 'The logistics software firm Lattice Freight agreed to be bought by Quorra for about $2 billion.' });
    expect(storyPairScore(rounded, exact)).toBe(storyPairScore(exact, rounded));
  });

  // A story told over four days: two reports of a recall, then the chief executive's apology, which
  // the first report does not mention, told by two more outlets a day apart. The last article is
  // more than three days after the first two: when it arrives last, the first two (linked only to
  // each other) must still be compared, or the first report falls out of its story.
  it('gives the same groups, arrival by arrival, in any order, when a story spans more than three days', () => {
    const all = [
      article('recall-a', { source: 'Tallow Courier', published: '2028-03-06T08:00:00Z', headline: 'Brightwell recalls 48,000 Vexa-3 thermostats over battery fires', summary: 'Brightwell Home said a faulty battery in the Vexa-3 thermostat has caused 11 small fires; owners get a free replacement.' }),
      article('recall-b', { source: 'Kestrel Daily', published: '2028-03-06T11:00:00Z', headline: 'Brightwell pulls 48,000 Vexa-3 thermostats after battery fires', summary: 'The recall covers 48,000 Vexa-3 units sold since May. Chief executive Maren Oduya said sorry to owners in a video and named a new supplier.' }),
      article('recall-c', { source: 'Marlow Ledger', published: '2028-03-08T16:00:00Z', headline: 'Maren Oduya apologises for the Vexa-3 recall', summary: 'Chief executive Maren Oduya said sorry to owners in a video on Wednesday and named a new supplier.' }),
      article('recall-d', { source: 'Fenwick Post', published: '2028-03-09T22:00:00Z', headline: 'Maren Oduya apologises over Vexa-3 recall in video', summary: 'In a video, chief executive Maren Oduya said sorry to Vexa-3 owners and named a new supplier.' }),
    ];
    expect(assignStories(all, []).map((item) => item.story)).toEqual(['recall-a', 'recall-a', 'recall-a', 'recall-a']);
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      for (const pollSize of [1, 2]) {
        const stored = assignByPolls(shuffled(all, seed), pollSize);
        expect(stored.map((item) => `${item.id}: ${item.story}`).sort(), `seed ${seed}, polls of ${pollSize}`).toEqual(['recall-a: recall-a', 'recall-b: recall-a', 'recall-c: recall-a', 'recall-d: recall-a']);
      }
    }
  });

  // A later article may link two stored stories: they merge (the stored articles are returned to
  // be stored again), so arrival order changes nothing.
  it('gives the same groups when the articles arrive poll by poll in shuffled order (seeded shuffles)', () => {
    const articles = readStoryCases(STORY_FILES).map((item) => item.article);
    const expected = groupingOf(assignStories(articles, []));
    for (const seed of [21, 22, 23]) {
      for (const pollSize of [1, 5, 13]) expect(groupingOf(assignByPolls(shuffled(articles, seed), pollSize)), `seed ${seed}, polls of ${pollSize}`).toBe(expected);
    }
    // Nine arrivals of every story set's articles, poll by poll: 30 s measured on a machine at load 5.
  }, 180_000);
});

// Made-up events told the way outlets tell them: the same event in other words must join, another
// event of the same company in the same week must not.
describe('the same event in other words', () => {
  /** Each pair gives two stories, in either order. */
  const expectEachPairApart = (pairs: Article[][]) => {
    for (const pair of pairs) {
      for (const seed of [1, 2]) expect(new Set(assignStories(shuffled(pair, seed), []).map((item) => item.story)).size, pair.map((item) => item.id).join(' ')).toBe(2);
    }
  };
  const told = (source: string, published: string, headline: string, summary: string) => ({ source, published, headline, summary });
  const cases: Array<[string, ReturnType<typeof told>[]]> = [
    [
      'a place and its short name, a law by its name and described',
      [
        told('Reuters', '2026-08-01T07:00:00Z', 'European Union’s Frontier Model Act comes into force', 'The European Union’s Frontier Model Act took effect on Saturday, requiring developers of the largest models to file risk reports in Brussels.'),
        told('The Verge', '2026-08-01T09:30:00Z', 'Europe’s new rules for frontier AI models kick in today', 'From today, AI companies selling the biggest models in the EU must hand risk reports to regulators under the new law.'),
        told('Politico', '2026-08-01T12:00:00Z', 'EU frontier model law takes effect as companies scramble', 'Developers of frontier models in Europe now have to file risk reports, as the EU regulation enters into force.'),
      ],
    ],
    [
      'a result and its synonyms',
      [
        told('CNBC', '2026-05-20T20:30:00Z', 'Kestrel Semiconductor beats estimates, lifts forecast on AI demand', 'Kestrel Semiconductor reported fiscal second-quarter revenue of $4.1 billion and raised its outlook for the year.'),
        told('Reuters', '2026-05-20T21:10:00Z', 'Kestrel quarterly results top Wall Street expectations', 'Chipmaker Kestrel posted quarterly revenue of $4.1 bln, above analysts’ estimates, and raised its full-year guidance.'),
      ],
    ],
    [
      'a company and the name of what it makes',
      [
        told('Bloomberg', '2026-06-02T14:00:00Z', 'OpenAI signs Lumora Health deal to bring its models to hospitals', 'OpenAI agreed to supply Lumora Health’s 140 hospitals with clinical note-taking software.'),
        told('Axios', '2026-06-02T15:00:00Z', 'ChatGPT maker strikes hospital deal with Lumora Health', 'Lumora Health will roll out note-taking tools from the ChatGPT maker across its 140 hospitals.'),
      ],
    ],
    [
      'a country by its name, its adjective and its city',
      [
        told('Reuters', '2026-10-12T08:00:00Z', 'Dutch watchdog orders Kestrel AI to pause its assistant', 'The privacy authority told the startup to stop answering questions about the vote until March.'),
        told('Politico Europe', '2026-10-12T11:00:00Z', 'Netherlands halts Kestrel AI chatbot replies on elections', 'Regulators in Amsterdam want the company to suspend its replies on voting for now.'),
      ],
    ],
    [
      'a company by its old name, a version written two ways',
      [
        told('TechCrunch', '2026-04-05T17:00:00Z', 'Meta releases Llama 5 with open weights', 'Meta made the weights of Llama 5 available to download, with a licence that allows commercial use.'),
        told('The Register', '2026-04-05T19:00:00Z', 'Facebook parent unveils Llama-5, its largest open model yet', 'The Facebook parent’s Llama-5 comes with weights anyone may download and use commercially.'),
      ],
    ],
    // The examples told again with other events, so no rule learns only the first wording.
    [
      'a country and its short name',
      [
        told('Reuters', '2026-03-09T08:00:00Z', 'United Kingdom opens inquiry into Corvid Robotics warehouse injuries', 'Britain’s workplace safety regulator opened an inquiry into injuries at Corvid Robotics warehouses on Monday.'),
        told('The Guardian', '2026-03-09T10:30:00Z', 'UK safety watchdog investigates Corvid Robotics after warehouse injuries', 'The UK regulator is looking into a run of injuries at warehouses run with Corvid Robotics machines.'),
      ],
    ],
    [
      'a law by its name and described',
      [
        told('Reuters', '2026-02-01T07:00:00Z', 'California’s Chatbot Disclosure Act takes effect', 'The Chatbot Disclosure Act took effect in California on Sunday, requiring companies to tell users when they are talking to a bot.'),
        told('The Verge', '2026-02-01T11:00:00Z', 'Bots in California must now tell you they are bots', 'A new California law that makes chatbots disclose they are not human came into force this weekend.'),
      ],
    ],
    [
      'a result and its synonym',
      [
        told('CNBC', '2026-07-28T20:15:00Z', 'Lattice Cloud earnings top estimates as AI demand surges', 'Lattice Cloud reported second-quarter revenue of $6.3 billion, ahead of analysts’ forecasts.'),
        told('Bloomberg', '2026-07-28T21:00:00Z', 'Lattice Cloud quarterly results beat Wall Street on AI boom', 'Lattice Cloud’s revenue rose to $6.3 billion in the quarter, beating expectations.'),
      ],
    ],
    [
      'a city by its initials, a company opening a Title Case Headline',
      [
        told('Seattle Times', '2026-11-03T16:00:00Z', 'Anthropic signs S.F.’s second-largest lab lease of the year', 'The Claude maker agreed to take a 210,000-square-foot building for its research staff.'),
        told('Commercial Observer', '2026-11-03T18:30:00Z', 'Anthropic Takes Whole Mission Bay Building in San Francisco', 'The AI company signed for the whole building, its second big office deal this year.'),
      ],
    ],
    [
      'a cyber risk and the security words for it',
      [
        told('Axios', '2026-06-18T12:00:00Z', 'Lattice Labs says Orion 3 crossed a cyber danger line in testing', 'Lattice Labs found that Orion 3 reached its highest risk level in testing, its safety report says.'),
        told('The Decoder', '2026-06-18T15:00:00Z', 'Orion 3 can find and exploit real vulnerabilities, Lattice Labs report shows', 'The report on Orion 3 says the model reached the highest risk level the lab tracks.'),
      ],
    ],
    [
      'a company going public told as an IPO and as a market debut',
      [
        told('CNBC', '2027-05-12T17:00:00Z', 'Halcyon Robotics soars 40% in Nasdaq debut', 'Shares of the warehouse robot maker opened at $31 after it priced its initial public offering at $22.'),
        told('Reuters', '2027-05-12T18:30:00Z', 'Halcyon Robotics jumps as it goes public, valued at $9 billion', 'Halcyon Robotics’ shares rose sharply on their first day of trading, giving it a market value of about $9 billion.'),
        told('Barron’s', '2027-05-13T09:00:00Z', 'Halcyon Robotics IPO: what comes next for the stock', 'The robot maker’s listing was the biggest of the year for a robotics company.'),
      ],
    ],
    [
      'job cuts told as layoffs and as cutting roles',
      [
        told('Handelsblatt', '2027-02-03T07:00:00Z', 'Kestrel Software to cut up to 3,000 jobs as AI agents take over support', 'The company plans to eliminate up to 3,000 positions this year, mostly in customer support.'),
        told('The Register', '2027-02-03T11:00:00Z', 'Kestrel Software layoffs hit support staff hardest', 'Kestrel Software confirmed layoffs of about 3,000 people as it moves support work to agents.'),
      ],
    ],
    [
      'an app closing for good told as shutting down and as a sunset',
      [
        told('TechCrunch', '2027-09-01T16:00:00Z', 'Lumen is shutting down Echo, its companion chatbot', 'Lumen said its Echo assistant will stop working on October 1 as the company turns to business customers.'),
        told('The Verge', '2027-09-01T19:00:00Z', 'Lumen will sunset Echo next month', 'Echo, Lumen’s friendly chatbot, goes away on October 1; users can export their chats until then.'),
      ],
    ],
    [
      'a round told in two currencies',
      [
        told('Sifted', '2027-03-04T07:00:00Z', 'Fjordlight raises €600m for its video models', 'The Oslo-based maker of the Aurora video models raised €600m in a round led by Index Ventures.'),
        told('Bloomberg', '2027-03-04T08:15:00Z', 'Video AI startup Fjordlight raises $650 million', 'Fjordlight raised about $650 million in a funding round led by Index Ventures for its Aurora video models.'),
      ],
    ],
    [
      'a cloud by its long and short name',
      [
        told('The Register', '2026-12-10T15:05:00Z', 'AWS us-east-1 falls over, taking Bedrock apps with it', 'Elevated error rates in AWS us-east-1 hit Bedrock and Lambda for about four hours.'),
        told('CNBC', '2026-12-10T16:30:00Z', 'Amazon Web Services outage knocks AI apps offline', 'An outage in the US-EAST-1 region of Amazon Web Services knocked several AI apps offline on Thursday.'),
      ],
    ],
    [
      'a name of hyphenated words and a version, in either case',
      [
        told('Nimbus Blog', '2027-01-20T18:00:00Z', 'Introducing nova-lite-3', 'Today we are releasing nova-lite-3, a small open-weight reasoning model under the Apache 2.0 license.'),
        told('The Decoder', '2027-01-20T21:15:00Z', 'Nova-Lite-3 tops small-model coding benchmarks', 'Nimbus’s new open-weight Nova-Lite-3 scores 64 percent on a popular coding benchmark.'),
      ],
    ],
    [
      'an investment in dollars and in the local currency',
      [
        told('Harbour Wire', '2027-02-10T04:00:00Z', 'Corvid to invest $4 billion in Indonesia data centres', 'Corvid will build two data centres near Jakarta by 2030, the company said.'),
        told('Jakarta Daily', '2027-02-10T07:00:00Z', 'Corvid pledges Rp 65 trillion for data centres near Jakarta', 'The investment will fund two data centres in West Java, Corvid said on Wednesday.'),
      ],
    ],
    [
      'a conference by its one-word name and described, in English and French',
      [
        told('Stackwise', '2026-06-04T21:00:00Z', 'Here is everything Tessera announced at TesseraCon', 'A new SDK for agents, a sandboxed code runner and a cheaper batch tier: the full list from the keynote.'),
        told('L’Écho Tech', '2026-06-05T07:00:00Z', 'Tessera dévoile ses agents lors de sa conférence pour développeurs', 'La start-up a présenté à Austin un kit pour créer des agents qui travaillent des heures sans intervention.'),
      ],
    ],
    [
      'a round told in German, French and Spanish (their figures, event and place words)',
      [
        told('Meridian Wire', '2026-05-12T09:00:00Z', 'Zentria raises $1.25 bln at $9 bln valuation', 'Dutch robotics start-up Zentria raised $1.25 billion in a round that values it at $9 billion.'),
        told('Handelsblick', '2026-05-12T11:00:00Z', 'Zentria sammelt 1,25 Milliarden Dollar ein', 'Das niederländische Robotik-Start-up wird in der Finanzierungsrunde mit 9 Milliarden Dollar bewertet.'),
        told('L’Écho Tech', '2026-05-12T12:00:00Z', 'Le néerlandais Zentria lève 1,25 milliard de dollars', 'La start-up de robotique est désormais valorisée à 9 milliards de dollars.'),
        told('Crónica Tech', '2026-05-12T13:00:00Z', 'Zentria recauda 1.250 millones de dólares', 'La empresa neerlandesa de robótica alcanza una valoración de 9.000 millones de dólares.'),
      ],
    ],
    [
      'export rules told in German ("Ausfuhr", "Exportregeln") and in English',
      [
        told('Meridian Wire', '2026-09-03T14:00:00Z', 'US tightens AI chip export rules for Gulf states', 'The Commerce Department on Thursday issued rules restricting exports of advanced AI chips to the Gulf.'),
        told('Handelsblick', '2026-09-03T18:00:00Z', 'Washington verschärft Exportregeln für KI-Chips', 'Die US-Regierung schränkt die Ausfuhr leistungsstarker KI-Chips in die Golfstaaten weiter ein.'),
      ],
    ],
    [
      'an outage told in Portuguese and Italian (their event and function words)',
      [
        told('Meridian Wire', '2026-07-06T15:00:00Z', 'Lumen’s Echo assistant down for thousands in outage', 'Echo returned errors for about three hours on Monday, Lumen said.'),
        told('Rede Tech', '2026-07-06T17:00:00Z', 'Echo, o assistente da Lumen, fica fora do ar por três horas', 'Usuários relataram erros ao tentar acessar o assistente da Lumen nesta segunda-feira.'),
        told('Il Digitale', '2026-07-06T18:00:00Z', 'Echo di Lumen fuori servizio per tre ore', 'Gli utenti hanno segnalato errori per circa tre ore, ha detto Lumen.'),
      ],
    ],
  ];

  it.each(cases)('joins %s, in every order', (_name, items) => {
    const articles = items.map((item, i) => article(`a${i}`, item));
    for (const seed of [1, 2, 3]) {
      const assigned = assignStories(shuffled(articles, seed), []);
      expect(new Set(assigned.map((item) => item.story)).size, assigned.map((item) => `${item.id}=${item.story}`).join(' ')).toBe(1);
    }
    // One by one, as separate polls days apart within the window, latest first.
    const stored = assignByPolls([...articles].reverse(), 1);
    expect(new Set(stored.map((item) => item.story)).size).toBe(1);
  });

  it('joins a headline whose commas are an apposition or a list of places, but never a roundup headline', () => {
    const items = [
      article('apposition', told('Bloomberg', '2026-09-14T13:00:00Z', 'Halcyon Robotics, the warehouse-automation startup, raises $410 million', 'Halcyon Robotics closed a $410 million round led by Index Ventures that values the company at $3 billion.')),
      article('places', told('TechCrunch', '2026-09-14T15:00:00Z', 'Halcyon Robotics lands $410M to take its picking arms to Germany, Japan and Brazil', 'The warehouse robot maker raised $410M from Index Ventures and others at a $3 billion valuation.')),
      article('thousands', told('Forbes', '2026-09-14T18:00:00Z', 'Inside Halcyon Robotics’ 1,200 warehouse robots: Index Ventures and others bet $410M', 'Halcyon Robotics now has a $3 billion valuation after the new round.')),
      article('roundup', told('Axios', '2026-09-15T09:00:00Z', 'Halcyon Robotics, Kestrel Semiconductor and Lumen Voice: this week’s biggest rounds', 'Halcyon Robotics raised $410 million, Kestrel Semiconductor $90 million and Lumen Voice $35 million.')),
    ];
    for (const seed of [1, 2, 3]) {
      const story = new Map(assignStories(shuffled(items, seed), []).map((item) => [item.id, item.story]));
      expect(story.get('places')).toBe(story.get('apposition'));
      expect(story.get('thousands')).toBe(story.get('apposition'));
      expect(story.get('roundup')).toBe('roundup');
    }
  });

  it('never joins a roundup that says it is one (a count of things or laws, "this week in")', () => {
    const law = article('law', told('Sacramento Courier', '2028-01-01T15:00:00Z', 'Oregon’s chatbot disclosure law takes effect', 'Companion chatbots sold in Oregon must now remind users every three hours that they are not human.'));
    const retold = article('retold', told('Pacific Policy Wire', '2028-01-01T18:00:00Z', 'Oregon chatbot rule kicks in: bots must say they are not human', 'The Oregon law requires companion chatbot makers to remind users they are talking to software.'));
    const roundups = [
      article('laws', told('KOIN', '2028-01-01T08:00:00Z', 'Dozens of new Oregon laws take effect today: here’s what changes', 'From chatbot disclosure to a higher minimum wage and a ban on phones in schools, these laws start Jan. 1.')),
      article('things', told('Digital Policy Brief', '2028-01-02T09:00:00Z', '5 things to know about Oregon’s new chatbot rules and more', 'Oregon chatbot disclosure starts, Idaho delays its deepfake law, and Utah opens an AI office.')),
      article('week', told('Frontier Notes', '2028-01-03T09:00:00Z', 'This week in AI policy: Oregon’s chatbot law takes effect', 'Oregon’s companion chatbot law kicked in, Idaho delayed its deepfake rules and Utah opened an AI office.')),
    ];
    for (const seed of [1, 2, 3]) {
      const story = new Map(assignStories(shuffled([law, retold, ...roundups], seed), []).map((item) => [item.id, item.story]));
      expect(story.get('retold')).toBe(story.get('law'));
      for (const roundup of roundups) expect(story.get(roundup.id)).toBe(roundup.id);
    }
  });

  it('reads what follows "as" in a headline as the backdrop, not the event: a rival\'s round is not the listing it mentions', () => {
    const listing = [
      article('debut', told('CNBC', '2028-03-09T17:45:00Z', 'Tessera jumps 40% in Nasdaq debut as inference chip IPO arrives', 'Shares of Tessera opened at $31 after the chipmaker priced its initial public offering at $22.')),
      article('public', told('The Next Platform', '2028-03-09T21:00:00Z', 'Tessera goes public, and now the hard part starts', 'With $900 million raised in its offering, Tessera can finally build the inference clouds it promised.')),
    ];
    const round = article('round', told('Bloomberg', '2028-03-10T16:00:00Z', 'Inference chip startup Quarry raises $1.2 billion as rival Tessera goes public', 'Quarry’s valuation rose to $9 billion in a round led by a sovereign fund.'));
    for (const seed of [1, 2, 3]) {
      const story = new Map(assignStories(shuffled([...listing, round], seed), []).map((item) => [item.id, item.story]));
      expect(story.get('public')).toBe(story.get('debut'));
      expect(story.get('round')).toBe('round');
    }
  });

  it('finds and joins an amount another outlet rounded ("about $2.1 billion" / "the $2 billion purchase")', () => {
    const items = [
      article('deal', told('Bloomberg', '2028-04-11T14:00:00Z', 'Microsoft to buy inbox agent startup Postwise for about $2.1 billion', 'Microsoft agreed to acquire Postwise, whose agents answer email for small businesses, in a deal valued at about $2.1 billion.')),
      article('why', told('The Information', '2028-04-12T01:00:00Z', 'Why Microsoft paid up for an email agent', 'The $2 billion purchase gives Microsoft a consumer agent with paying users, people involved in the talks said.')),
    ];
    for (const seed of [1, 2]) expect(new Set(assignStories(shuffled(items, seed), []).map((item) => item.story)).size).toBe(1);
    expect(new Set(assignByPolls(items, 1).map((item) => item.story)).size).toBe(1);
  });

  it('keeps apart the same kind of news in two places: two laws taking effect the same day', () => {
    const pairs = [
      [
        article('texas', told('Lone Star Ledger', '2026-09-01T08:00:00Z', 'Texas’s AI disclosure law takes effect', 'From today, companies must tell Texans when a chatbot answers their questions, under the Responsible AI Act.')),
        article('ohio', told('Buckeye Tech', '2026-09-01T10:00:00Z', 'Ohio’s new AI disclosure rules come into force', 'Businesses in the state must disclose chatbot use to customers from today, under the Responsible AI Act.')),
      ],
    ];
    expectEachPairApart(pairs);
  });

  // Both share the words of a quarter (revenue, cloud, capital spending) and a capitalised "Cloud"
  // in "Harbor Cloud": two companies' results, which neither article mentions the other's.
  it('keeps apart the same kind of news of two well-known companies, each headline naming its own', () => {
    const pairs = [
      [
        article('google-q', told('Ledger Street', '2026-10-27T21:00:00Z', 'Alphabet revenue tops $90 billion as Google Cloud surges', 'Alphabet reported third-quarter revenue of $91.2 billion on Tuesday as Google Cloud sales rose 31%, and raised its capital spending plan.')),
        article('msft-q', told('Quarter Desk', '2026-10-27T22:00:00Z', 'Microsoft cloud revenue grows 38% on AI demand', 'Microsoft reported fiscal first-quarter revenue on Tuesday, with Azure cloud revenue up 38%, and said capital spending would keep rising.')),
      ],
    ];
    expectEachPairApart(pairs);
    // The same company's quarter told by its name and by its product still joins.
    const joined = [
      article('msft-a', told('Quarter Desk', '2026-10-27T22:00:00Z', 'Microsoft cloud revenue grows 38% on AI demand', 'Microsoft reported fiscal first-quarter revenue on Tuesday, with Azure cloud revenue up 38%, and said capital spending would keep rising.')),
      article('msft-b', told('Ledger Street', '2026-10-27T23:00:00Z', 'Azure growth of 38% lifts Microsoft results', 'Microsoft said revenue from its Azure cloud grew 38% in the quarter, as AI demand kept data centers full.')),
    ];
    expect(new Set(assignStories(joined, []).map((item) => item.story)).size).toBe(1);
  });

  it('keeps a hire told "names X as …" apart from job cuts at the same company that week, and joins the hire retold', () => {
    // (With their text, as a poll stores them.)
    const withText = (fields: ReturnType<typeof told>) => ({ ...fields, text: fields.summary });
    const hire = article('kestrel-hire', withText(told('CRM Today', '2026-11-02T09:00:00Z', 'Kestrel names Dana Reyes as chief AI officer', 'Kestrel has appointed Dana Reyes, previously vice president of applied AI at Google Cloud, as its first chief AI officer, reporting to CEO Marc Oduya.')));
    const cuts = article('kestrel-cuts', withText(told('Workforce Tech', '2026-11-02T12:00:00Z', 'Kestrel cuts 4,000 support jobs as AI agents take over', 'Kestrel has cut about 4,000 customer support roles because AI agents now handle half of customer interactions, CEO Marc Oduya said on a podcast.')));
    expectEachPairApart([[hire, cuts]]);
    const retold = article('kestrel-hire-2', told('Valley Wire', '2026-11-02T13:00:00Z', 'Kestrel hires Google Cloud veteran Dana Reyes to run its AI strategy', 'Dana Reyes will be Kestrel’s first chief AI officer and report to chief executive Marc Oduya.'));
    expect(new Set(assignStories([hire, retold], []).map((item) => item.story)).size).toBe(1);
  });

  it('reads a finding of broken antitrust law as a probe: kept apart from an order to stop buying the company’s chips that week', () => {
    const order = article('cac-order', { source: 'Asia Tech Monitor', published: '2026-09-15T10:00:00Z', headline: 'Regulator tells tech firms to stop buying Lumen’s X900D chip', summary: 'The Cyberspace Administration has told companies including Kestrel and Corvid to stop testing and ordering Lumen’s X900D, a chip designed for the Chinese market, people familiar with the matter said.' });
    const finding = article('samr-finding', { source: 'Regulatory Asia', published: '2026-09-15T16:00:00Z', headline: 'Regulator says Lumen violated antitrust law in Mellanix deal', summary: 'The State Administration for Market Regulation said a preliminary investigation found Lumen violated the country’s anti-monopoly law in connection with its 2020 acquisition of Mellanix Technologies.' });
    expectEachPairApart([[order, finding]]);
  });

  // German, French and Spanish function words ("der", "les", "para") say nothing about the event.
  it('keeps apart articles in another language that share only its function words, or a company and no kind of event', () => {
    const pairs = [
      [
        article('de-round', told('Handelsblick', '2026-05-12T11:00:00Z', 'Zentria sammelt 1,25 Milliarden Dollar für die Robotik ein', 'Das Start-up aus Eindhoven will mit dem Geld die Produktion in den Niederlanden ausbauen.')),
        article('de-suit', told('Netzrundschau', '2026-05-12T14:00:00Z', 'Verlage verklagen Brontis wegen der Nutzung ihrer Artikel', 'Die Klage wurde in Hamburg eingereicht, die Verlage fordern Schadenersatz für die Nutzung ihrer Texte.')),
      ],
      [
        article('fr-fine', told('L’Écho Tech', '2026-05-12T09:00:00Z', 'Zentria condamné à une amende de 40 millions d’euros', 'La CNIL reproche à la start-up d’avoir filmé les salariés de ses clients sans les informer.')),
        article('en-launch', told('Meridian Wire', '2026-05-12T16:00:00Z', 'Zentria launches warehouse robot arm', 'Zentria unveiled a robot arm for warehouses that costs less than $30,000.')),
      ],
    ];
    expectEachPairApart(pairs);
  });

  it('keeps apart two stages of one company\'s news: a hire and a departure, talks and a signed deal, a draft rule and a rule in force, an IPO filing and the trading debut', () => {
    const pairs = [
      [
        article('hire', told('Bloomberg', '2028-05-02T13:00:00Z', 'Lumen hires Dana Okafor as chief scientist from Google DeepMind', 'Dana Okafor will lead Lumen’s research lab in London, the company said.')),
        article('exit', told('The Information', '2028-05-03T09:00:00Z', 'Lumen chief scientist Ravi Mehta leaves the company', 'Ravi Mehta, who led Lumen’s research lab in London, is leaving after three years, the company said.')),
      ],
      [
        article('talks', told('Reuters', '2028-05-02T13:00:00Z', 'Lumen in talks to buy speech startup Cadence Voice', 'Lumen is in advanced talks to acquire Cadence Voice, people familiar with the matter said.')),
        article('signed', told('TechCrunch', '2028-05-04T09:00:00Z', 'Lumen signs deal to buy speech startup Cadence Voice', 'Lumen has agreed to acquire Cadence Voice, the companies said on Thursday.')),
      ],
      [
        // The deal told as done, with no word of signing: "to acquire", "rachète".
        article('near', told('Briefing Desk', '2028-05-02T19:00:00Z', 'Lumen Is Said to Be Near Deal to Buy Cadence Voice for $3 Billion', 'Lumen is in advanced talks to acquire Cadence Voice, people familiar with the matter said.')),
        article('done', told('Meridian Wire', '2028-05-04T09:00:00Z', 'Lumen to acquire speech startup Cadence Voice for $3 bln', 'Lumen agreed to buy Cadence Voice for $3 billion in cash, the companies said on Thursday.')),
      ],
      [
        // A rule proposed is news of its own before a rule is in force, here or elsewhere.
        article('draft', told('Meridian Wire', '2031-08-05T05:00:00Z', 'Malaysia proposes chat-log retention rules for messaging apps', 'The communications ministry published draft rules requiring messaging apps to keep chat logs for 180 days, opening a consultation.')),
        article('in-force', told('Konkan Business Daily', '2031-08-04T09:00:00Z', 'Ministry notifies chat-log retention rules for messaging apps', 'The IT ministry notified rules requiring messaging apps to keep chat logs for 180 days, with penalties for apps that break them.')),
      ],
      [
        article('filing', told('Reuters', '2028-05-02T13:00:00Z', 'Tessera files for Nasdaq IPO as inference chip demand booms', 'Tessera disclosed revenue of $410 million in its IPO filing with the SEC.')),
        article('debut', told('CNBC', '2028-05-04T16:00:00Z', 'Tessera shares soar in Nasdaq debut', 'Tessera opened at $31 after pricing its IPO above the range, with revenue of $410 million last year.')),
      ],
    ];
    expectEachPairApart(pairs);
    // "leaves" is a departure only when a person leaves: an outage that leaves users stranded is not.
    expect(storyFingerprint(article('outage', told('Wired', '2028-05-02T13:00:00Z', 'Lumen outage leaves users stranded', 'The assistant was down for hours.'))).features.has('depart')).toBe(false);
    expect(storyFingerprint(article('gone', told('Wired', '2028-05-02T13:00:00Z', 'Ravi Mehta leaves Lumen', 'He led the lab.'))).features.has('depart')).toBe(true);
  });

  it('reads a company\'s own feed as naming the company (its posts say "we"), and a news outlet\'s name as nothing', () => {
    const names = (source: string) => [...storyFingerprint(article('x', told(source, '2028-02-01T17:00:00Z', 'Introducing Orin-2', 'Today we are releasing Orin-2.'))).names];
    expect(names('Corvid AI News')).toContain('corvid');
    expect(names('Lumen Labs Blog')).toContain('lumen');
    expect(names('About Lumen')).toContain('lumen');
    expect(names('Lumen Newsroom')).toContain('lumen');
    expect(names('Corvid AI')).toContain('corvid');
    expect(names('Amazon')).toContain('amazon');
    for (const outlet of ['BBC News', 'Gulf News', 'Reuters', 'The Verge']) expect(names(outlet)).toEqual(['p:orin2']);
  });

  it('joins two reports that share only a well-known company and the kind of event, and keeps its other news apart', () => {
    const items = [
      article('results', told('GeekWire', '2028-08-27T20:30:00Z', 'Nvidia tops $61B in quarterly revenue as data center sales climb', 'The chipmaker’s data center business grew 48% in the July quarter, beating expectations.')),
      article('stock', told('The Motley Fool', '2028-08-28T11:00:00Z', 'Why Nvidia stock is soaring today', 'Investors cheered a data center revenue beat and an outlook for the current quarter above estimates.')),
      article('robots', told('The Verge', '2028-08-28T09:00:00Z', 'Nvidia launches Thor 2 chips for humanoid robots', 'The new robotics chips ship next year to carmakers and robot makers.')),
    ];
    for (const seed of [1, 2, 3]) {
      const story = new Map(assignStories(shuffled(items, seed), []).map((item) => [item.id, item.story]));
      expect(story.get('stock')).toBe(story.get('results'));
      expect(story.get('robots')).toBe('robots');
    }
  });

  it('reads a conference recap that lists what was shown as the conference, not a roundup', () => {
    const items = [
      article('recap', told('Corvid Blog', '2028-05-16T17:45:00Z', 'Corvid Summit 2028: Orin 3, Mail agents and Orin glasses', 'At our developer conference today we introduced Orin 3, agents in Corvid Mail and the first Orin glasses.')),
      article('keynote', told('The Verge', '2028-05-16T19:20:00Z', 'Everything Corvid announced at its Summit keynote', 'Corvid spent two hours on Orin 3, mail agents and smart glasses at its annual developer conference.')),
    ];
    for (const seed of [1, 2]) expect(new Set(assignStories(shuffled(items, seed), []).map((item) => item.story)).size).toBe(1);
    // A product and what it is, listed ("Orin 3: 400B parameters, Apache license, and a new price"), is the product's news.
    const specs = [
      article('specs', told('Tensor Weekly', '2028-05-16T18:30:00Z', 'Orin 3: 400B parameters, Apache license, and a new price', 'Corvid’s Orin 3, shown at its developer conference today, is the largest model it has opened.')),
      items[1]!,
    ];
    for (const seed of [1, 2]) expect(new Set(assignStories(shuffled(specs, seed), []).map((item) => item.story)).size).toBe(1);
    // A list of conferences, with or without "and", is a roundup, even in the conference's week.
    for (const headline of ['Corvid Summit recap, Lumen Build, Tessera in India', 'Corvid Summit, Lumen Build and Tessera’s chip boom: the week in AI']) {
      const roundup = article('roundup', told('Frontier Notes', '2028-05-17T09:00:00Z', headline, 'Corvid introduced Orin 3 and mail agents at its Summit; Lumen and Tessera had news too.'));
      expect(assignStories([...items, roundup], []).find((item) => item.id === 'roundup')!.story).toBe('roundup');
    }
  });

  it('joins a status page\'s incident review with the news of the outage, and keeps a security incident a breach', () => {
    const items = [
      article('status', told('Lumen status history', '2028-02-08T15:10:00Z', 'Post Incident Review – Lumen Voice API – EU North', 'Between 08:10 and 12:40 UTC, customers of the Lumen Voice API in EU North saw degraded performance and failed requests.')),
      article('news', told('The Register', '2028-02-08T12:30:00Z', 'Lumen Voice API falls over in Europe, taking call-centre bots with it', 'The speech API spent the morning returning errors, and businesses relying on it for phone bots went quiet.')),
    ];
    for (const seed of [1, 2]) expect(new Set(assignStories(shuffled(items, seed), []).map((item) => item.story)).size).toBe(1);
    const breach = storyFingerprint(article('breach', told('Wired', '2028-02-08T12:30:00Z', 'Lumen discloses a security incident', 'Attackers read customer emails.'))).features;
    expect(breach.has('security')).toBe(true);
    expect(breach.has('outage')).toBe(false);
  });

  it('reads a public body written in full and by its initials as one name', () => {
    const features = (summary: string) => storyFingerprint({ headline: 'x', summary, text: '', published: '', source: 'x' }).features;
    expect(features('The U.S. Federal Trade Commission sued Lumen on Tuesday.').has('ftc')).toBe(true);
    expect(features('Britain’s Competition and Markets Authority fined Lumen.').has('cma')).toBe(true);
    expect(features('The Bureau of Industry and Security published the rule.').has('bis')).toBe(true);
    const irish = features('The Irish Data Protection Commission fined Lumen.');
    expect(irish.has('dpc') && irish.has('ireland')).toBe(true);
    // Two letters say too little: the European Commission stays Europe's.
    expect(features('The European Commission fined Lumen.').has('europe')).toBe(true);
  });

  it('reads "act" and "rules" as verbs where they are verbs: a product launch and a court ruling are no law', () => {
    const launch = storyFingerprint(article('launch', told('Nikkei Asia', '2028-06-09T04:00:00Z', 'Apple shows a Siri that can act across apps', 'The assistant can act on what is on screen.')));
    const ruling = storyFingerprint(article('ruling', told('Reuters', '2028-06-09T21:00:00Z', 'Apple must face lawsuit over Siri delay, judge rules', 'A federal judge rules the class action can go on.')));
    const law = storyFingerprint(article('law', told('Politico', '2028-06-09T21:00:00Z', 'The AI Act rules for chatbots kick in', 'The act requires chatbots to disclose they are bots.')));
    expect(launch.features.has('law')).toBe(false);
    expect(ruling.features.has('law')).toBe(false);
    expect(law.features.has('law')).toBe(true);
  });

  it('keeps a raised forecast apart from a funding round, and a shutdown apart from an outage', () => {
    const pairs = [
      [
        article('round', told('TechCrunch', '2027-05-02T13:00:00Z', 'Kestrel Semiconductor raises $300 million for its inference chips', 'Kestrel Semiconductor raised $300 million from Index Ventures to build more inference chips.')),
        article('forecast', told('Reuters', '2027-05-03T09:00:00Z', 'Kestrel Semiconductor raises annual forecast on inference chip demand', 'Kestrel Semiconductor lifted its revenue outlook for the year as demand for its inference chips grew.')),
      ],
      [
        article('closing', told('TechCrunch', '2027-09-01T16:00:00Z', 'Lumen is shutting down Echo, its companion chatbot', 'Lumen said its Echo assistant will stop working on October 1.')),
        article('down', told('Downdetector', '2027-09-02T10:00:00Z', 'Lumen’s Echo chatbot is down for thousands of users', 'Reports of problems with Lumen’s Echo assistant peaked at 12,000 on Thursday.')),
      ],
    ];
    expectEachPairApart(pairs);
  });

  it('keeps laws of different names apart (AI Act, Digital Services Act, Digital Markets Act), and joins a law by its name, its short name and its initials', () => {
    const aiAct = [
      article('ai-named', told('Euro Desk', '2027-08-02T06:00:00Z', 'AI Act’s chatbot disclosure duties kick in today', 'From Monday, chatbot makers in the EU must tell users they are talking to a machine, as the next part of the EU AI Act applies.')),
      article('ai-described', told('Wire France', '2027-08-02T10:00:00Z', 'Europe’s artificial intelligence law enters its chatbot phase', 'Chatbot makers in Europe must now disclose that users are talking to machines, under a new stage of the bloc’s law on artificial intelligence.')),
      article('ai-short', told('Daily Brief', '2027-08-03T08:00:00Z', 'What the bloc’s AI rules on chatbots mean for you from this week', 'Rules requiring chatbots to say they are machines now apply across the European Union.')),
    ];
    const dsaFine = [
      article('dsa-named', told('Politico Europe', '2027-08-03T09:00:00Z', 'Brussels fines Lumen €150 million over chatbot deepfakes under the Digital Services Act', 'The European Commission said Lumen failed to stop its chatbot from making deepfakes of real people, in the first DSA penalty tied to AI.')),
      article('dsa-initials', told('Reuters', '2027-08-03T12:00:00Z', 'Lumen hit with €150 million fine under EU DSA rules over chatbot deepfakes', 'EU regulators fined Lumen for letting its chatbot produce deepfakes of real people.')),
    ];
    const dmaCharge = article('dma', told('Bloomberg', '2027-08-02T15:00:00Z', 'EU charges Corvid under the Digital Markets Act over chatbot defaults', 'The European Commission said Corvid broke the bloc’s rules by making its own chatbot the default on its phones, as new AI duties apply.'));
    const all = [...aiAct, ...dsaFine, dmaCharge];
    const expected = (assigned: Article[]) => {
      const story = new Map(assigned.map((item) => [item.id, item.story]));
      const shown = assigned.map((item) => `${item.id}=${item.story}`).join(' ');
      expect(new Set(aiAct.map((item) => story.get(item.id))).size, shown).toBe(1);
      expect(new Set(dsaFine.map((item) => story.get(item.id))).size, shown).toBe(1);
      expect(new Set(story.values()).size, shown).toBe(3);
    };
    for (const seed of [1, 2, 3]) expected(assignStories(shuffled(all, seed), []));
    for (const seed of [4, 5]) expected(assignByPolls(shuffled(all, seed), 1));
  });

  it('keeps another event of the same company in the same week apart', () => {
    const launch = article('launch', told('TechCrunch', '2026-04-05T17:00:00Z', 'Meta releases Llama 5 with open weights', 'Meta made the weights of Llama 5 available to download, with a licence that allows commercial use.'));
    const decoys = [
      article('fine', told('Reuters', '2026-04-07T10:00:00Z', 'EU fines Meta €800 million over data transfers', 'The European Union fined Meta for moving the data of European users to the United States.')),
      article('exit', told('Bloomberg', '2026-04-06T12:00:00Z', 'Meta’s head of AI research steps down', 'The scientist who led Meta’s research lab is leaving after eight years, the company said.')),
      article('jailbreak', told('Wired', '2026-04-08T09:00:00Z', 'Researchers jailbreak Llama 5 within days of its release', 'Security testers got Meta’s new open model to give harmful instructions by hiding requests in role-play.')),
      article('earnings', told('CNBC', '2026-04-09T20:00:00Z', 'Meta beats quarterly estimates as ad revenue climbs', 'Meta reported first-quarter revenue of $52 billion, above analysts’ expectations.')),
    ];
    for (const seed of [1, 2, 3]) {
      const assigned = assignStories(shuffled([launch, ...decoys], seed), []);
      expect(new Set(assigned.map((item) => item.story)).size, assigned.map((item) => `${item.id}=${item.story}`).join(' ')).toBe(5);
    }
  });

  /** `join` must be one story and each decoy a story of its own, in shuffled orders and poll by poll. */
  const expectJoinedAndApart = (join: Article[], decoys: Article[]) => {
    const expected = [join.map((item) => item.id).sort().join(','), ...decoys.map((item) => item.id)].sort().join('\n');
    const all = [...join, ...decoys];
    for (const seed of [1, 2, 3]) {
      expect(groupingOf(assignStories(shuffled(all, seed), [])), `seed ${seed}`).toBe(expected);
      expect(groupingOf(assignByPolls(shuffled(all, seed), 1)), `seed ${seed}, one by one`).toBe(expected);
    }
  };

  it('joins a rule told in crore and in "Rs … cr" though one article names only the ministry, and keeps a penalty of another size apart', () => {
    const join = [
      article('notified', told('Konkan Business Daily', '2031-08-04T09:00:00Z', 'Ministry notifies chat-log retention rules, penalty up to ₹250 crore', 'The IT ministry notified rules requiring messaging apps to keep chat logs for 180 days; apps that break them face penalties of up to ₹250 crore from November.')),
      article('explainer', told('Rupee Ledger', '2031-08-05T07:00:00Z', 'Chat-log retention: how the Rs 250 cr penalty works', 'Messaging apps must keep logs for 180 days from November. We explain who the retention rules cover and when the Rs 250 cr penalty applies.')),
    ];
    const decoys = [
      article('other', told('Deccan Desk', '2031-08-05T11:00:00Z', 'Ministry notifies drone registration rules, penalty up to Rs 25 crore', 'Drone owners must register their craft online from October; the aviation ministry set penalties of up to Rs 25 crore for makers that sell unregistered drones.')),
    ];
    expectJoinedAndApart(join, decoys);
  });

  it('joins a company sold to its buyer with the buyer\'s acquisition, and keeps a sale to a country\'s market apart', () => {
    const join = [
      article('buys', told('Meridian Wire', '2030-03-05T15:30:00Z', 'Lumen to buy code-search startup Quarry for about $300 million', 'Lumen has agreed to acquire Quarry, whose software searches large codebases, for about $300 million in cash and stock, the companies said on Tuesday.')),
      article('sells', told('Capital Desk', '2030-03-05T18:00:00Z', 'Quarry\'s founders sell to Lumen two years after their seed round', 'The code-search company raised $12 million in early 2028; its 30 staff will join Lumen\'s developer tools team.')),
    ];
    const decoys = [
      article('china', told('Chip Desk', '2030-03-06T09:00:00Z', 'Lumen wins licence to sell to China again', 'Lumen may ship its inference chips to Chinese customers under a new export licence, the company said.')),
      article('rival', told('Capital Desk', '2030-03-06T12:00:00Z', 'Code-search startup Sift raises $40 million', 'Sift, a rival of Quarry, raised $40 million in a round led by Index Ventures.')),
    ];
    expectJoinedAndApart(join, decoys);
  });

  it('joins a boardroom change told by the role\'s title and in plain words (chief executive / CEO, CFO / finance chief), a chip term written out and by its initials', () => {
    expectJoinedAndApart(
      [
        article('names', told('Meridian Wire', '2030-09-24T02:40:00Z', 'Kestrel Memory names Ana Ruiz chief executive', 'Kestrel Memory on Tuesday appointed Ana Ruiz, head of its high-bandwidth memory business, as chief executive, replacing its founder.')),
        article('promotes', told('Chip Desk', '2030-09-24T13:00:00Z', 'Accelerator makers\' memory supplier promotes its HBM boss to CEO', 'The engineer who built its memory business for AI accelerators now runs the whole company, as those sales pass half its revenue.')),
      ],
      [article('production', told('Seoul Tech Review', '2030-09-25T04:00:00Z', 'Kestrel Memory begins mass production of HBM5', 'Kestrel Memory said on Wednesday it had started volume production of 16-high HBM5 stacks for AI accelerators.'))],
    );
    expectJoinedAndApart(
      [
        article('cfo', told('Meridian Wire', '2030-07-16T17:50:00Z', 'Lumen\'s chief financial officer steps down after four months', 'The chief financial officer of Lumen has left the company after four months in the job, two people familiar with the matter said.')),
        article('finance-boss', told('Byte Brief', '2030-07-17T06:45:00Z', 'Another finance boss walks out at Lumen', 'It is the third finance chief to leave the Orin maker in two years, weeks before a planned debt raise.')),
      ],
      [
        article('model', told('Byte Brief', '2030-07-17T16:00:00Z', 'Lumen releases Orin 4 with live video understanding', 'Lumen released Orin 4 on Wednesday, saying it can follow live video and answer questions about it.')),
        article('hire', told('Capital Desk', '2030-07-18T14:00:00Z', 'Corvid names former bank treasurer as finance chief', 'Corvid has hired Daniel Osei, a former bank treasurer, as chief financial officer ahead of a possible listing.')),
      ],
    );
  });

  it('reads a well-known boss\'s anything as the company\'s ("Satya Nadella\'s quarter"), and keeps another boss\'s quarter apart', () => {
    expectJoinedAndApart(
      [
        article('results', told('Markets Desk', '2030-07-29T20:25:00Z', 'Microsoft beats estimates, forecasts first-quarter revenue of $96 billion', 'Microsoft on Tuesday reported fourth-quarter revenue of $88.2 billion, above estimates, and forecast $96 billion for the current quarter.')),
        article('charts', told('Chip Desk', '2030-07-30T01:00:00Z', 'Satya Nadella\'s quarter, in five charts', 'Revenue of $88.2 billion, a $96 billion outlook and cloud growth back above 40%: the software maker keeps growing faster than its critics expect.')),
      ],
      [article('alphabet', told('Chip Desk', '2030-07-30T02:00:00Z', 'Sundar Pichai\'s quarter, in five charts', 'Revenue of $112 billion, search up 11% and a cloud backlog of $190 billion: the search giant\'s AI bets are paying for themselves.'))],
    );
    expect(storyFingerprint(article('perplexity', told('Byte Brief', '2030-09-10T18:20:00Z', 'The answer engine just got $1.5B richer', 'Aravind Srinivas\'s company will spend the new money on its browser.'))).names).toContain('perplexity');
  });

  // Articles in two languages share names and figures, never their plain words: they are judged on
  // what can be shared across languages, so a German report of an English-language launch joins it,
  // and the company's other news in German does not.
  it('joins the same event told in two languages by the names and figures both give, and keeps the company\'s other news apart', () => {
    const english = article('en', { source: 'Reuters', published: '2027-06-08T14:00:00Z', headline: 'Korvane unveils a faster robot arm for parcel warehouses', summary: 'The startup says Talon-2 packs boxes twice as quickly as its first arm, using cameras and suction grippers, and will be sold to logistics companies from the autumn, its chief executive told reporters at a trade fair.' });
    const german = article('de', { source: 'Handelsblatt', published: '2027-06-08T16:00:00Z', headline: 'Münchner Roboterbauer zeigt einen doppelt so schnellen Greifarm', summary: 'Der Roboter Talon-2 von Korvane soll Pakete doppelt so schnell packen wie sein Vorgänger und ab Herbst an die Versandlager der Händler geliefert werden.' });
    const otherNews = article('de-other', { source: 'Süddeutsche Zeitung', published: '2027-06-09T08:00:00Z', headline: 'Korvane eröffnet neues Werk in Augsburg', summary: 'Der Münchner Roboterhersteller will in Augsburg künftig 300 Maschinen im Monat bauen und stellt dafür 200 Mitarbeiter ein.' });
    const all = [english, german, otherNews];
    for (const seed of [1, 2, 3]) expect(groupingOf(assignStories(shuffled(all, seed), [])), `seed ${seed}`).toBe('de,en\nde-other');
  });

  // An outlet's own angle on an event scores just under the threshold with each outlet that told it
  // plainly: it joins them because it is close to all of them. The same company's other news, as
  // close to the angle piece but not to the others, stays apart.
  it('joins an article close to every article of a story, though to none of them alone, and not one close to a single one', () => {
    const plain = [
      article('plain-a', told('Reuters', '2027-05-11T09:00:00Z', 'Veltrix releases Quillon-3, an open-weight coding model', 'Veltrix on Tuesday released Quillon-3, a coding model whose weights anyone can download, saying it matches larger American systems on programming tests.')),
      article('plain-b', told('TechCrunch', '2027-05-11T10:30:00Z', 'Veltrix launches Quillon-3 coding model with open weights', 'The French startup Veltrix launched Quillon-3, an open-weight model for writing code that it says rivals bigger US models on programming benchmarks.')),
      article('plain-c', told('The Verge', '2027-05-11T12:00:00Z', 'Quillon-3 is Veltrix’s new open coding model', 'Veltrix’s Quillon-3 can be downloaded and run locally, and the company says it writes code as well as far larger models.')),
    ];
    const angle = article('angle', told('Le Monde', '2027-05-12T07:00:00Z', 'Veltrix hits back at American giants with a free model', 'The French start-up is giving its newest coding system away, betting that developers will prefer one they can download and run on their own machines.'));
    const office = article('office', told('Bloomberg', '2027-05-13T08:00:00Z', 'Veltrix opens a London office to hire coding researchers', 'The Paris start-up behind the Quillon models will hire 50 researchers in London, it said, as it competes for talent.'));
    // Alone with any one plain report, the angle piece is a story of its own.
    for (const one of plain) expect(new Set(assignStories([one, angle], []).map((item) => item.story)).size).toBe(2);
    const all = [...plain, angle, office];
    const expected = 'angle,plain-a,plain-b,plain-c\noffice';
    expect(groupingOf(assignStories(all, []))).toBe(expected);
    for (const seed of [1, 2, 3]) {
      expect(groupingOf(assignStories(shuffled(all, seed), [])), `seed ${seed}`).toBe(expected);
      for (const pollSize of [1, 2]) expect(groupingOf(assignByPolls(shuffled(all, seed), pollSize)), `seed ${seed}, polls of ${pollSize}`).toBe(expected);
    }
  });

  it('reads "doubling down" as no outage, and a price rise told in Spanish as the English one', () => {
    const buys = article('buys', told('TechWire', '2027-03-03T13:40:00Z', 'Corvane buys Helio, doubling down on observability after its last deal', 'Corvane is buying Helio for $38bn, two years after it closed its $28bn purchase of Splunk.'));
    const acquires = article('acquires', told('Ledger Post', '2027-03-03T12:30:00Z', 'Corvane to acquire Helio for $38 billion in biggest deal in its history', 'Corvane agreed on Thursday to buy Helio, the cloud monitoring company, for $38 billion in cash.'));
    const outage = article('outage', told('Status Daily', '2027-03-03T15:00:00Z', 'Helio is down for thousands of customers', 'Helio’s monitoring dashboards went offline for three hours on Thursday.'));
    expect(groupingOf(assignStories([buys, acquires, outage], []))).toBe('acquires,buys\noutage');
    const english = article('en', told('Market Pulse', '2027-03-02T12:00:00Z', 'Tunely raises premium prices in the US for second time in two years', 'Tunely will raise the price of its individual premium plan in the United States to $12.99 a month from April.'));
    const spanish = article('es', told('Diario Tecnológico', '2027-03-03T09:00:00Z', 'Tunely sube sus precios en Estados Unidos', 'Tunely subirá el precio de su plan individual en Estados Unidos hasta 12,99 dólares al mes a partir de abril.'));
    for (const seed of [1, 2]) expect(groupingOf(assignStories(shuffled([english, spanish], seed), [])), `seed ${seed}`).toBe('en,es');
  });

  it('reads a small number spelled out before a unit or a scale as the figure ("two gigawatts" = "2 gigawatts", French "deux")', () => {
    // Anthropic and Google are in nearly every AI story (COMMON_WORDS): the figure is what the articles share.
    const money = article('money', told('Market Ledger', '2027-03-02T09:00:00Z', 'Anthropic commits more than $40 billion to Google Cloud in compute pact', 'Anthropic has agreed to buy more than $40 billion of computing capacity from Google Cloud over five years. The agreement gives the Claude developer access to up to two gigawatts of Google\'s tensor processing units.'));
    const power = article('power', told('Circuit News', '2027-03-02T11:00:00Z', 'Claude maker books 2 gigawatts of Google\'s AI chips', 'Anthropic is reserving two gigawatts\' worth of Google TPUs, enough electricity to run a mid-sized city, to train and serve future Claude models.'));
    const french = article('fr', told('Le Journal Numérique', '2027-03-02T15:00:00Z', 'Anthropic s\'offre deux gigawatts de puces Google', 'La start-up américaine Anthropic, qui développe l\'assistant Claude, a signé un contrat avec Google Cloud portant sur une capacité de calcul de deux gigawatts.'));
    const other = article('other', told('Circuit News', '2027-03-03T11:00:00Z', 'Google opens a 1 gigawatt data center in Ohio', 'Google opened a data center in Ohio that will draw one gigawatt of power when it is finished.'));
    for (const seed of [1, 2, 3]) expect(groupingOf(assignStories(shuffled([money, power, french, other], seed), [])), `seed ${seed}`).toBe('fr,money,power\nother');
  });

  it('keeps an opinion piece on an event and two launches at one company’s conference apart from the news, and reads "ads" as "advertising"', () => {
    const launch = article('launch', told('Circuit News', '2027-03-02T09:00:00Z', 'Corvid launches Raven-6 with long-term memory and an agent mode', 'Corvid released Raven-6 on Tuesday, its first model that remembers past conversations.'));
    const retold = article('retold', told('Market Ledger', '2027-03-02T11:00:00Z', 'Raven-6 is here: what Corvid’s new model can do', 'Corvid’s Raven-6 model, out on Tuesday, adds memory and an agent mode.'));
    const opinion = article('opinion', told('Harbor Review', '2027-03-03T08:00:00Z', 'Opinion: Raven-6 won’t fix Corvid’s real problem', 'Corvid’s Raven-6 launch on Tuesday shows a company still chasing benchmarks instead of customers.'));
    const chips = article('chips', told('Cloud Desk', '2027-03-02T10:00:00Z', 'Nimbus unveils Tern3 chips at Nimbus Summit, promising 4x performance', 'Nimbus said at its Nimbus Summit conference on Tuesday that Tern3 chips are available in its cloud.'));
    const models = article('models', told('Stack Weekly', '2027-03-02T12:00:00Z', 'Nimbus launches Loft 2 models and new agents at Nimbus Summit', 'Nimbus released Loft 2, a family of models, and tools to build agents at its Nimbus Summit conference on Tuesday.'));
    // OpenAI and ChatGPT are in nearly every AI story (COMMON_WORDS): "ads" and "advertising" are what the two share.
    const ads = article('ads', told('Circuit News', '2027-03-04T09:00:00Z', 'ChatGPT starts showing ads to free users', 'Free users will see labelled ads under some answers from this week.'));
    const advertising = article('advertising', told('Market Ledger', '2027-03-04T12:00:00Z', 'OpenAI rolls out advertising in bid to lift revenue', 'The company said advertising would help pay for its computing bills.'));
    const all = [launch, retold, opinion, chips, models, ads, advertising];
    for (const seed of [1, 2, 3]) expect(groupingOf(assignStories(shuffled(all, seed), [])), `seed ${seed}`).toBe('ads,advertising\nchips\nlaunch,retold\nmodels\nopinion');
  });

  it('reads a version in brackets as the version ("Phone (4)" is "Phone 4")', () => {
    const engadget = article('brackets', told('Circuit News', '2027-03-05T13:00:00Z', 'Lumen Phone (4) launches with a bigger light panel and a $699 price', 'Lumen has unveiled the Phone (4), its first flagship in two years.'));
    const specs = article('digits', told('Handset Wire', '2027-03-05T14:00:00Z', 'Lumen Phone 4 is official: Corvid X9 chip, 5,500mAh battery', 'After weeks of teasers, the Lumen Phone 4 is finally here.'));
    const older = article('older', told('Handset Wire', '2027-03-05T15:00:00Z', 'Lumen Phone (3) gets a price cut', 'The Phone (3) now costs $499.'));
    for (const seed of [1, 2]) expect(groupingOf(assignStories(shuffled([engadget, specs, older], seed), [])), `seed ${seed}`).toBe('brackets,digits\nolder');
  });

  it('reads an amount spelled out in compound words as its figure (“thirty-eight billion dollars” is $38 billion)', () => {
    const figures = article('figures', told('Circuit News', '2027-03-05T13:00:00Z', 'Lumen and Corvid sign $38 billion cloud deal', 'Lumen will buy $38 billion of cloud capacity from Corvid over seven years, the companies said.'));
    const words = article('words', told('Bay Ledger', '2027-03-05T16:00:00Z', 'Corvid and Lumen strike thirty-eight billion dollar compute pact', 'The seven-year pact gives Lumen thirty-eight billion dollars of cloud capacity at Corvid.'));
    const other = article('other', told('Valley Times', '2027-03-05T18:00:00Z', 'Lumen and Corvid sign $12 billion chip deal', 'Lumen will buy $12 billion of chips from Corvid, the companies said.'));
    for (const seed of [1, 2, 3]) expect(groupingOf(assignStories(shuffled([figures, words, other], seed), [])), `seed ${seed}`).toBe('figures,words\nother');
  });

  it('keeps apart a bill signed and another vetoed, and a family’s release and its next model’s delay', () => {
    const signed = article('signed', told('Capitol Wire', '2027-03-05T13:00:00Z', 'Governor Reyes signs AI safety bill SB 77 into law', 'Governor Ana Reyes signed SB 77, the state’s frontier AI safety bill, into law on Monday.'));
    const enacted = article('enacted', told('Bay Ledger', '2027-03-05T15:00:00Z', 'State enacts frontier AI transparency law', 'The state enacted its frontier AI safety bill on Monday after Governor Ana Reyes signed it.'));
    const vetoed = article('vetoed', told('Valley Times', '2027-03-05T20:00:00Z', 'Governor Reyes vetoes AI bill on companion chatbots for minors', 'Governor Ana Reyes vetoed an AI bill on Monday that would have restricted companion chatbots for minors.'));
    for (const seed of [1, 2, 3]) expect(groupingOf(assignStories(shuffled([signed, enacted, vetoed], seed), [])), `seed ${seed}`).toBe('enacted,signed\nvetoed');
    const release = article('release', told('Circuit News', '2027-03-05T13:00:00Z', 'Lumen releases Raven 4 Scout and Maverick models', 'Lumen released two Raven 4 models on Saturday, Scout and Maverick, and said a larger one was still training.'));
    const retold = article('retold', told('Mac Ledger', '2027-03-05T16:00:00Z', 'Lumen launches its Raven 4 model family', 'Lumen has launched Raven 4 Scout and Raven 4 Maverick, its first mixture-of-experts models.'));
    const delay = article('delay', told('Handset Wire', '2027-03-06T18:00:00Z', 'Lumen delays release of flagship Raven 4 Behemoth model', 'Lumen is pushing back the release of Raven 4 Behemoth, the largest model of the family whose Scout and Maverick models it released last week.'));
    for (const seed of [1, 2, 3]) expect(groupingOf(assignStories(shuffled([release, retold, delay], seed), [])), `seed ${seed}`).toBe('delay\nrelease,retold');
  });

  it('keeps apart the next version’s release whose story recalls the last one (“one day after shipping lumOS 26.1”)', () => {
    const release = article('release', told('Mac Ledger', '2027-03-05T13:00:00Z', 'Lumen releases lumOS 26.1 with a tinted glass option', 'Lumen today released lumOS 26.1, the first major update to lumOS 26, with a tinted option for its glass design.'));
    const retold = article('retold', told('Circuit News', '2027-03-05T15:00:00Z', 'lumOS 26.1 is out now, letting you tone down the glass', 'Lumen has shipped lumOS 26.1 to everyone, with a tinted option for its glass design.'));
    const beta = article('beta', told('Handset Wire', '2027-03-06T18:00:00Z', 'Lumen seeds first lumOS 26.2 beta to developers', 'Lumen has released the first beta of lumOS 26.2 to developers, one day after shipping lumOS 26.1 with its tinted glass option to the public.'));
    for (const seed of [1, 2, 3]) expect(groupingOf(assignStories(shuffled([release, retold, beta], seed), [])), `seed ${seed}`).toBe('beta\nrelease,retold');
  });
});
