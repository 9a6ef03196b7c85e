// The original source: one inline case per rule (made-up items, real outlet domains).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RawEntry } from '../src/feeds/feed-types.ts';
import { canonicalUrl } from '../src/articles/canonical-url.ts';
import { cleanHtml } from '../src/articles/clean-html.ts';
import { buildArticle, feedContextOf, type FeedContext } from '../src/articles/build-article.ts';
import { cleanHeadline } from '../src/articles/clean-headline.ts';
import { findSource, siteInFeedTitle } from '../src/articles/find-source.ts';
import { parseFeed } from '../src/feeds/parse-feed.ts';
import { loadTopicTable } from '../src/articles/topics.ts';
import { firstSegmentOf, hostOf, isNewsOutletName, isRedirector, outletByName, outletForUrl, siteNameForUrl } from '../src/articles/known-outlets.ts';

function source(entry: Partial<RawEntry>, feed: { title?: string; link?: string } = {}, link = entry.link) {
  const full: RawEntry = { categories: [], ...entry };
  return findSource({ entry: full, clean: cleanHtml(full.html ?? ''), link, feedTitle: feed.title, feedLink: feed.link });
}

const aggregator = { title: 'AI News', link: 'https://ainews.example/' };

describe('known outlets', () => {
  it.each([
    ['https://finance.yahoo.com/news/x.html', 'Yahoo Finance'],
    ['https://www.reuters.com/world/x', 'Reuters'],
    ['https://uk.reuters.com/x', 'Reuters'],
    ['https://github.com/anthropics/claude-code/releases', 'Anthropic'],
    ['https://github.com/someone/tool', 'GitHub'],
    ['https://www.heise.de/developer/meldung/x.html', 'heise Developer'],
    // Names a domain does not spell.
    ['https://spectrum.ieee.org/robot-hands', 'IEEE Spectrum'],
    ['https://www.quantamagazine.org/x-20260801/', 'Quanta Magazine'],
    ['https://www.howtogeek.com/123/why-x/', 'How-To Geek'],
    ['https://petapixel.com/2026/07/01/x/', 'PetaPixel'],
    ['https://queue.acm.org/detail.cfm?id=1', 'ACM Queue'],
    ['https://sakana.ai/blog-post/', 'Sakana AI'],
    ['https://www.relay.fm/show/12', 'Relay FM'],
    ['https://thinkingmachines.ai/blog/x/', 'Thinking Machines Lab'],
  ])('%s → %s', (url, name) => {
    expect(outletForUrl(url)?.name).toBe(name);
  });
  it('gives the same outlet and redirect reading for an address asked again (an item’s link, its feed’s)', () => {
    for (let round = 0; round < 2; round++) {
      expect(outletForUrl('https://github.com/anthropics/claude-code/releases')?.name).toBe('Anthropic');
      expect(outletForUrl('https://github.com/someone/tool')?.name).toBe('GitHub');
      expect(outletForUrl('https://unknown-site.example/x')).toBeUndefined();
      // A company's developer blog is the company's, as its other blogs are ("NVIDIA Technical Blog").
      expect(outletForUrl('https://developer.nvidia.com/blog/faster-decompression/')?.name).toBe('NVIDIA');
      expect(isRedirector('https://news.google.com/rss/articles/abc')).toBe(true);
      expect(isRedirector('https://www.google.com/url?url=https://x.example/')).toBe(true);
      expect(isRedirector('https://www.google.com/search?q=x')).toBe(false);
    }
    // A link made canonical first (its parts handed over to these lookups) reads as the same link parsed anew.
    const link = canonicalUrl('HTTPS://WWW.Reuters.COM/World/x?utm_source=rss#top');
    expect(link).toBe('https://www.reuters.com/World/x');
    expect(outletForUrl(link)?.name).toBe('Reuters');
    expect(hostOf(link)).toBe('reuters.com');
    expect(isRedirector(canonicalUrl('https://news.google.com/rss/articles/abc?oc=5&utm_medium=x'))).toBe(true);
  });
  it('writes a known outlet’s name as its own feed does when they differ only in case', () => {
    // The outlet's own feed is the authority on its casing: "WIRED" in its title, not the table's "Wired".
    const own = { title: 'Gear – WIRED', link: 'https://www.wired.com/feed/category/gear/latest/rss' };
    expect(source({ link: 'https://www.wired.com/story/a-new-footbridge/' }, own).name).toBe('WIRED');
    // Another site's feed linking to it does not speak for it; a title naming something else changes nothing.
    expect(source({ link: 'https://www.wired.com/story/a-new-footbridge/' }, aggregator).name).toBe('Wired');
    expect(source({ link: 'https://www.wired.com/story/a-new-footbridge/' }, { title: 'Gear – Condé Tech', link: 'https://www.wired.com/' }).name).toBe('Wired');
  });

  it('reads a feed whose own address has a malformed escape (a cut "%E0%A4%A") by its title, without failing', () => {
    const feed = { title: 'Tallymap diary entries', link: 'https://www.tallymap.example/%E0%A4%A/diary/rss' };
    expect(source({ link: 'https://www.tallymap.example/user/ana/diary/1' }, feed).name).toBe('Tallymap');
  });

  it('takes a writer’s site for the writer, whose words quoted elsewhere stay a quotation', () => {
    expect(outletForUrl('https://simonwillison.net/2026/Jul/1/x/')?.name).toBe('Simon Willison');
    expect(isNewsOutletName('Simon Willison')).toBe(false);
    // No newsroom whose name is also a company's or a person's that stories quote.
    expect(isNewsOutletName('Block')).toBe(false);
    expect(isNewsOutletName('Sun')).toBe(false);
    expect(isNewsOutletName('The Verge')).toBe(true);
  });
  it('names an unknown site from its domain, and finds outlets by name', () => {
    expect(siteNameForUrl('https://www.twilio.com/blog/x')).toBe('Twilio');
    // Registrable domains by the public suffix list, hosting platforms on it included.
    expect(siteNameForUrl('https://ann.github.io/p/x')).toBe('Ann');
    expect(siteNameForUrl('https://www.example.co.uk/x')).toBe('Example');
    // A subdomain that is a site of its own is named whole, not after its host ("Franken").
    expect(siteNameForUrl('http://www.papers.hostingco.de/cams.pdf')).toBe('papers.hostingco.de');
    // On a publishing platform the list does not know, the writer's subdomain is the publication: as
    // the text spells it, else as written.
    expect(siteNameForUrl('https://ann.substack.com/p/x')).toBe('ann');
    expect(siteNameForUrl('https://modeldrift.substack.com/p/x', 'Read Model Drift on Substack')).toBe('Model Drift');
    expect(siteNameForUrl('https://blog.medium.com/x')).toBe('Medium');
    // A section subdomain is the site's; the site's own spelling comes from the text when it has it.
    expect(siteNameForUrl('https://blog.jetbrains.com/kotlin/x', 'Kotlin 3 is here, JetBrains says')).toBe('JetBrains');
    expect(siteNameForUrl('https://www.thewoolloom.com/', 'Woolloom: weave with your hands')).toBe('Woolloom');
    expect(siteNameForUrl('http://127.0.0.1/x')).toBeUndefined();
    // A hyphen separates a domain's words, when the word list does not know them.
    expect(siteNameForUrl('https://www.zunge-pfluegerin.de/news/x')).toBe('Zunge Pfluegerin');
    // Initials are written in capitals: a label of no vowels, a short one of an agency or a school.
    expect(siteNameForUrl('https://www.kqbd.com/news/x')).toBe('KQBD');
    expect(siteNameForUrl('https://www.nrsa.gov/press/x')).toBe('NRSA');
    expect(siteNameForUrl('https://news.ucsb.edu/2026/x')).toBe('UCSB');
    expect(siteNameForUrl('https://www.nrsa.com/x')).not.toBe('NRSA');
    // A brand's own top-level domain names the brand, not its section word.
    expect(siteNameForUrl('https://home.fermi/news/x')).toBe('Fermi');
    expect(siteNameForUrl('https://home.iter/x')).toBe('ITER');
    expect(siteNameForUrl('https://www.news.com/x')).toBe('News');
    // Initials at the head of a name are capitals and a word apart.
    expect(siteNameForUrl('https://www.cbsweather.com/x')).toBe('CBS Weather');
    expect(siteNameForUrl('https://www.aiweekly.com/x')).toBe('AI Weekly');
    expect(siteNameForUrl('https://www.ukgardener.co.uk/x')).toBe('UK Gardener');
    // A newspaper's name is written as words, a tech brand's run together.
    expect(siteNameForUrl('https://www.harborgazette.com/tech/x')).toBe('Harbor Gazette');
    // A town's name no word list holds, before a newspaper's word: the town and the word.
    expect(siteNameForUrl('https://www.ketteringherald.com/news/x')).toBe('Kettering Herald');
    // A brand the list lacks before a company's word, and never an article splitting a name.
    expect(siteNameForUrl('https://www.kineticalabs.com/blog/x')).toBe('Kinetica Labs');
    // Three words or more read as separate words: never a name in odd capitals ("CopperKettleRoad").
    expect(siteNameForUrl('https://copperkettleroad.com/x')).toBe('Copper Kettle Road');
    // A label of no words with no newspaper's word stays one brand.
    expect(siteNameForUrl('https://hypirion.com/musings/x')).toBe('Hypirion');
    // A .news site's name includes the suffix, unless its text spells the name without it.
    expect(siteNameForUrl('https://www.kindly.news/society/x')).toBe('Kindly News');
    expect(siteNameForUrl('https://heron.news/markets/x', 'SEOUL (Heron) - Shares rose.')).toBe('Heron');
    // The hosts a site serves pictures and files from are the site's, not sites of their own.
    expect(siteNameForUrl('https://i.picshare.example/a1b2c3.jpg')).toBe('Picshare');
    expect(siteNameForUrl('https://cdn.harborlab.example/papers/report.pdf')).toBe('HarborLab');
    expect(siteNameForUrl('https://investors.harborlab.example/news/q2-results')).toBe('HarborLab');
    expect(outletForUrl('https://youtu.be/abc123')?.name).toBe('YouTube');
    // A name of several words, as the text writes it: proper casing, not "Lemonde".
    expect(siteNameForUrl('https://www.lemonde.example/article', 'Books of the century, as chosen by Le Monde readers')).toBe('Le Monde');
    expect(siteNameForUrl('https://www.lemonde.example/article', 'Le Monde')).toBe('Le Monde');
    expect(outletByName('the Washington Post')?.name).toBe('The Washington Post');
  });
});

describe('findSource', () => {
  it('takes the outlet the item names itself (Google News <source>)', () => {
    expect(source({ sourceName: 'The Associated Press', link: 'https://news.google.com/rss/articles/x' }).name).toBe('The Associated Press');
  });

  it.each([
    ['a "Source link" anchor', '<p>Story.</p><p><a href="https://finance.yahoo.com/news/x.html">Source link</a></p>', 'Yahoo Finance'],
    ['an "Originally published at" anchor', '<p>Story.</p><p><a href="https://www.wired.com/story/x">Originally published at</a></p>', 'Wired'],
    ['a "via" anchor', '<p>Story.</p><p><a href="https://www.theverge.com/x">via The Verge</a></p>', 'The Verge'],
    ['a byline e-mail domain', '<p>Story.</p><p>Contact Jane Roe at jroe@reuters.com.</p>', 'Reuters'],
    ['"Originally published at X" in text', '<p>Story.</p><p>This article was originally published at TechCrunch.</p>', 'TechCrunch'],
    ['"quotes a report from X:"', '<p>An anonymous reader quotes a report from Ars Technica: The model shipped.</p>', 'Ars Technica'],
    ['"X reports:"', '<p>A regulator approved it. Reuters reports: The service may begin today.</p>', 'Reuters'],
    ['"…," reports X.', '<p>"A gang snarled prescriptions for millions," reports the Washington Post.</p>', 'The Washington Post'],
  ])('a repost credits the original by %s', (_name, html, expected) => {
    expect(source({ html, link: 'https://ainews.example/2024/07/23/post/' }, aggregator).name).toBe(expected);
  });

  it('keeps a newsroom’s own story its own when it cites another outlet', () => {
    const html = '<p>Germany shut the servers down (via <a href="https://www.bleepingcomputer.com/x">Bleeping Computer</a>). Reuters reports: more soon.</p>';
    expect(source({ html, link: 'https://www.theverge.com/2022/4/5/x' }, { title: 'The Verge', link: 'https://www.theverge.com/' }).name).toBe('The Verge');
  });

  it('reads a credit at the end of the title', () => {
    const reddit = { title: 'r/LocalLLaMA', link: 'https://www.reddit.com/r/LocalLLaMA/' };
    expect(source({ title: 'Beijing weighs curbs on model access (Reuters)', link: 'https://www.reddit.com/r/LocalLLaMA/comments/1/x/' }, reddit).name).toBe('Reuters');
    expect(source({ title: 'Not looking at curbs (Debunking the Reuters report)', link: 'https://www.reddit.com/r/LocalLLaMA/comments/2/x/' }, reddit).name).toBe('Reddit');
    // A link that only redirects (Google News) trusts the title's tail even for an outlet we do not know.
    expect(source({ title: 'Storm closes schools - Springfield Gazette', link: 'https://news.google.com/rss/articles/abc' }).name).toBe('Springfield Gazette');
  });

  it('takes the linked site for a link aggregator, known or not', () => {
    const hn = { title: 'Hacker News', link: 'https://news.ycombinator.com/' };
    expect(source({ link: 'https://www.wired.com/story/x/' }, hn).name).toBe('Wired');
    expect(source({ link: 'https://www.twilio.com/en-us/blog/x' }, hn).name).toBe('Twilio');
    expect(source({ link: 'https://news.ycombinator.com/item?id=1' }, hn).name).toBe('Hacker News');
  });

  it('gives the topics an AI lab’s site implies', () => {
    expect(source({ link: 'https://github.com/anthropics/claude-code/releases/tag/v2' })).toEqual({ name: 'Anthropic', topics: ['ai', 'anthropic'] });
  });

  it('credits a platform channel’s feed to the channel', () => {
    const channel = { title: 'Lakeside Robotics Lab', link: 'https://www.youtube.com/channel/UCabc' };
    expect(source({ link: 'https://www.youtube.com/watch?v=xyz' }, channel).name).toBe('Lakeside Robotics Lab');
    // Medium hosts publications and writers the same way; its own name is no part of theirs.
    const publication = { title: 'Towards Data Work - Medium', link: 'https://medium.com/towards-data-work?source=rss' };
    expect(source({ link: 'https://medium.com/towards-data-work/small-models-win-0a1b2c' }, publication).name).toBe('Towards Data Work');
    const writer = { title: 'Stories by Jane Doe on Medium', link: 'https://medium.com/@janedoe?source=rss' };
    expect(source({ link: 'https://medium.com/@janedoe/why-evals-matter-3d4e5f' }, writer).name).toBe('Jane Doe');
    // DEV Community (dev.to) too: an aggregator's link there is DEV Community's, an author's own feed the author's.
    const aggregator = { title: 'Tech Picks', link: 'https://picks.example/' };
    expect(source({ link: 'https://dev.to/janedoe/why-rag-fails-5c1n' }, aggregator).name).toBe('DEV Community');
    const author = { title: 'DEV Community: Jane Doe', link: 'https://dev.to/janedoe' };
    expect(source({ link: 'https://dev.to/janedoe/why-rag-fails-5c1n' }, author).name).toBe('Jane Doe');
    // The same on a Medium address we do not know (a custom or mirrored domain): the title's
    // platform name says the path is a channel it hosts.
    const mirrored = { title: 'Quietloop - Medium', link: 'https://medium.example/quietloop/' };
    expect(source({ link: 'https://medium.example/quietloop/caching-lessons-9f8e7d' }, mirrored).name).toBe('Quietloop');
    // A link to a video from elsewhere is YouTube's.
    expect(source({ link: 'https://www.youtube.com/watch?v=xyz' }, aggregator).name).toBe('YouTube');
  });

  it('falls back to the feed’s own name', () => {
    expect(source({ link: 'https://blog.example/post' }, { title: 'Example Blog » AI', link: 'https://blog.example/' }).name).toBe('Example Blog');
    expect(source({}, { title: 'Example Blog', link: 'https://blog.example/' }, undefined).name).toBe('Example Blog');
    // A placeholder link (a domain reserved for examples) names no outlet: the feed's name stands.
    expect(source({ link: 'https://example.com/' }, { title: 'Blog – Tidewater', link: 'https://www.tidewater.example/blog/' }).name).toBe('Tidewater');
  });

  it('credits a social account’s feed to the account holder, not the server', () => {
    // The title names the person; their "@handle" segment is an account, not a section of the site.
    const account = { title: 'Marta Levin', link: 'https://toot.example/@martalevin' };
    expect(source({ link: 'https://toot.example/@martalevin/1098765' }, account).name).toBe('Marta Levin');
    // A title giving the handle beside the name, either way round, still names the holder.
    expect(siteInFeedTitle('Marta Levin (@martalevin@toot.example)', 'https://toot.example/@martalevin')).toBe('Marta Levin');
    expect(siteInFeedTitle('@martalevin.skyline.example - Marta Levin', 'https://skyline.example/profile/martalevin')).toBe('Marta Levin');
    // A Twitter bridge (Nitter) puts the handle after a slash; the bridge's host names no one.
    const bridged = { title: 'Marta Levin / @martalevin', link: 'http://bridge.relay.example/martalevin' };
    expect(source({ link: 'http://bridge.relay.example/martalevin/status/1573373102867857410#m' }, bridged).name).toBe('Marta Levin');
    // A bridge that says where the account is ("… on X"): the account is the holder's on the platform
    // itself, as a channel is on YouTube.
    const onX = { title: 'Marta Levin (@martalevin) on X', link: 'https://x.com/martalevin' };
    expect(source({ link: 'https://x.com/martalevin/status/1573373102867857410' }, onX).name).toBe('Marta Levin');
    const onBluesky = { title: 'Marta Levin (@martalevin.skyline.example) on Bluesky', link: 'https://bsky.app/profile/martalevin.skyline.example' };
    expect(source({ link: 'https://bsky.app/profile/martalevin.skyline.example/post/3kx' }, onBluesky).name).toBe('Marta Levin');
    // The platform or the bridge after a mark, as X and RSSHub title an account's feed.
    expect(siteInFeedTitle('Marta Levin (@martalevin) / X', 'https://x.com/martalevin')).toBe('Marta Levin');
    expect(siteInFeedTitle('Marta Levin (@martalevin) - RSSHub', 'https://rsshub.example/twitter/user/martalevin')).toBe('Marta Levin');
    expect(siteInFeedTitle('Marta Levin (@martalevin.skyline.example) — Bluesky', 'https://bsky.app/profile/martalevin.skyline.example')).toBe('Marta Levin');
    // The holder by name, as a speaker is named: not with the title before it.
    expect(siteInFeedTitle('Dr. Ines Varga (@ines@toot.example)', 'https://toot.example/@ines')).toBe('Ines Varga');
    // A personal site's title with the owner's handle in brackets: the handle is the address.
    expect(siteInFeedTitle('Oskar Brandt [obrandt]', 'https://obrandt.example/')).toBe('Oskar Brandt');
    expect(siteInFeedTitle('Oskar Brandt (obrandt)', 'https://www.obrandt.example/')).toBe('Oskar Brandt');
    // Brackets holding anything but the address stay.
    expect(siteInFeedTitle('Oskar Brandt (beta)', 'https://obrandt.example/')).toBe('Oskar Brandt (beta)');
    const tilde = { title: 'Oskar Brandt', link: 'https://pubnix.example/~oskarbrandt/' };
    expect(source({ link: 'https://pubnix.example/~oskarbrandt/notes.html' }, tilde).name).toBe('Oskar Brandt');
  });

  // A feed about one site kept elsewhere (a search engine's "site:" query) spells the site's name in its
  // title; the domain alone gives a guess ("Qrxkestrel", the host). A title naming another site (an
  // aggregator's own) lends the linked site no spelling.
  it.each([
    ['QRX Kestrel — discovery source feed', 'https://search.example/news?q=site%3Aqrxkestrel.example', 'https://www.qrxkestrel.example/2026/08/port-strike/', 'QRX Kestrel'],
    ['KTV NEWS DIG — discovery source feed', 'https://search.example/news?q=site%3Anewsdig.ktv.example', 'https://newsdig.ktv.example/articles/-/123', 'KTV NEWS DIG'],
    // A scraper's feed of one site: the site's address spells some of its name's words by their initials.
    ['Harbor Bay Free Press - Article Feed', 'https://scraper.github.io/feeds/harbor-bay-free-press.xml', 'https://harborbayfp.example/2026/01/07/ferry-fares/', 'Harbor Bay Free Press'],
    ['Ferry Digest — discovery source feed', 'https://search.example/news?q=ferries', 'https://www.qrxkestrel.example/2026/08/port-strike/', 'Qrxkestrel'],
  ])('spells the site a feed about it kept elsewhere names: %s → %s', (title, feedLink, link, name) => {
    expect(source({ link }, { title, link: feedLink }).name).toBe(name);
  });

  it('reads no credit in a company name that qualifies a noun', () => {
    const blog = { title: 'Acme Testing Blog', link: 'https://testing.acmeblog.example/' };
    const html = '<p>A version of this post originally appeared in Google offices as a poster.</p><p>Tests should be small.</p>';
    expect(source({ html, link: 'https://testing.acmeblog.example/2026/01/small-tests.html' }, blog).name).toBe('Acme Testing Blog');
    // A credit that names the outlet and ends there still counts.
    const credited = '<p>Tests should be small.</p><p>This post originally appeared in Ars Technica.</p>';
    expect(source({ html: credited, link: 'https://testing.acmeblog.example/2026/01/x.html' }, blog).name).toBe('Ars Technica');
  });
});

// Made-up items in the shapes aggregators and blogs give them (see issue 10's examples).
describe('sources as aggregators and blog platforms give them', () => {
  const topics = loadTopicTable();
  const seenAt = new Date('2026-08-01T12:00:00Z');
  const build = (entry: Partial<RawEntry>, feed: FeedContext) =>
    buildArticle({ categories: [], ...entry }, feed, topics, seenAt);

  it('keeps a lab’s own post on a researcher’s page for the lab, while an aggregator’s link there is the page’s', () => {
    // A lab's blog feed lists a write-up its researcher hosts on a page of their own: the lab's post
    // (and so AI news), not a site called after the handle in the address.
    const labFeed = { url: 'https://openai.com/blog/rss.xml', title: 'OpenAI Blog', link: 'https://openai.com/blog' };
    const post = build({ title: 'Notes on Retrieval for Long Answers', guid: 'https://tkwame.github.io/long-answers.html', link: 'https://tkwame.github.io/long-answers.html' }, labFeed);
    expect(post.source).toBe('OpenAI');
    expect(post.topics).toContain('ai');
    // A link aggregator's item linking the same kind of page is that page's.
    const hackerNews = { url: 'https://news.ycombinator.com/rss', title: 'Hacker News', link: 'https://news.ycombinator.com/' };
    expect(build({ title: 'Notes on Retrieval for Long Answers', link: 'https://tkwame.github.io/long-answers.html' }, hackerNews).source).toBe('Tkwame');
  });

  it('credits a project’s release feed on a code host to the project, not the host', () => {
    const release = { title: 'v2.1.0', html: '<p>Builds are faster and the cache is smaller.</p>' };
    // GitHub's feed of a repository's releases, titled "Release notes from <repository>".
    const github = { url: 'https://github.com/quillon/lathe/releases.atom', title: 'Release notes from lathe', link: 'https://github.com/quillon/lathe/releases' };
    expect(build({ ...release, link: 'https://github.com/quillon/lathe/releases/tag/v2.1.0' }, github).source).toBe('lathe');
    // A code host the outlet table does not know: the project its path holds, not the host.
    const forge = { url: 'https://codeforge.example/quillon/lathe/releases.atom', title: 'Release notes from lathe', link: 'https://codeforge.example/quillon/lathe/releases' };
    expect(build({ ...release, link: 'https://codeforge.example/quillon/lathe/releases/tag/v2.1.0' }, forge).source).toBe('lathe');
    // A repository of a known owner is the owner's.
    const owned = { url: 'https://github.com/anthropics/lathe/releases.atom', title: 'Release notes from lathe', link: 'https://github.com/anthropics/lathe/releases' };
    expect(build({ ...release, link: 'https://github.com/anthropics/lathe/releases/tag/v2.1.0' }, owned).source).toBe('Anthropic');
    // A page on the host that another feed links to is the host's.
    const links = { url: 'https://linkpile.example/rss', title: 'Linkpile', link: 'https://linkpile.example/' };
    expect(build({ ...release, link: 'https://github.com/quillon/lathe' }, links).source).toBe('GitHub');
  });

  it('credits a feed titled "<project> Releases" or "<product> Changelog" to the project, spelled as its releases write it', () => {
    // The project's slug first and the kind of feed after it: the project, named as its notes name it.
    const github = { url: 'https://github.com/ferncroft/tide-runner/releases.atom', title: 'tide-runner Releases', link: 'https://github.com/ferncroft/tide-runner/releases' };
    const release = { title: 'Tide Runner v3.2.0', html: '<h1>Tide Runner v3.2.0</h1><p>Sync is twice as fast on large folders.</p>' };
    expect(build({ ...release, link: 'https://github.com/ferncroft/tide-runner/releases/tag/v3.2.0' }, github).source).toBe('Tide Runner');
    // Notes that never write the name in words keep the slug.
    expect(build({ title: 'v3.2.1', html: '<p>Fixes a crash on start.</p>', link: 'https://github.com/ferncroft/tide-runner/releases/tag/v3.2.1' }, github).source).toBe('tide-runner');
    // A product's changelog or release notes on its own site.
    expect(siteInFeedTitle('Quillmark Changelog', 'https://quillmark.example/changelog')).toBe('Quillmark');
    expect(siteInFeedTitle('Orbel Release Notes', 'https://docs.orbel.example/release-notes/')).toBe('Orbel');
    // A show named so, and a section's plain name, stay whole.
    expect(siteInFeedTitle('The Changelog', 'https://changelog.example/')).toBe('The Changelog');
    expect(siteInFeedTitle('Press Releases', 'https://www.saltmere.example/press/')).toBe('saltmere.example');
  });

  it('credits a company’s blog at its own domain to the company even when the title does not spell the domain', () => {
    expect(siteInFeedTitle('Tarn-Lab Blog', 'https://tarnlabs.example/blog/')).toBe('Tarn-Lab');
    // One of many blogs on a bigger site's subdomains is titled whole, and so is a person's blog.
    expect(siteInFeedTitle('Quillmoor Testing Blog', 'https://testing.quillblog.example/')).toBe('Quillmoor Testing Blog');
    expect(siteInFeedTitle('Ana Ruiz’s Database Blog', 'https://aruiz-db.example/')).toBe('Ana Ruiz’s Database Blog');
    // Words that name no owner before the kind keep the title as it was.
    expect(siteInFeedTitle('Official Blog', 'https://tarnlabs.example/')).toBe('Official Blog');
    expect(siteInFeedTitle('Product Changelog', 'https://tarnlabs.example/')).toBe('Product Changelog');
  });

  it('credits a publication that lives in a section of a bigger outlet’s site to the publication its feed names', () => {
    const pitchside = { url: 'https://www.theguardian.com/pitchside/rugby/rss', title: 'The Pitchside - Rugby', link: 'https://www.theguardian.com/pitchside/rugby/' };
    const story = { title: 'Scrum law change splits the coaches', html: '<p>Coaches are split on the new scrum law.</p>' };
    expect(build({ ...story, link: 'https://www.theguardian.com/pitchside/2026/03/01/scrum-law-change' }, pitchside).source).toBe('The Pitchside');
    // A section of the outlet's own, or a feed naming the outlet, stays the outlet's.
    const rugby = { url: 'https://www.theguardian.com/sport/rugby/rss', title: 'Rugby | The Guardian', link: 'https://www.theguardian.com/sport/rugby' };
    expect(build({ ...story, link: 'https://www.theguardian.com/sport/2026/03/01/scrum-law-change' }, rugby).source).toBe('The Guardian');
    const sport = { url: 'https://www.theguardian.com/sport/rss', title: 'Sport - Rugby', link: 'https://www.theguardian.com/sport/rugby/' };
    expect(build({ ...story, link: 'https://www.theguardian.com/sport/2026/03/01/scrum-law-change' }, sport).source).toBe('The Guardian');
  });

  it('names each feed’s site from its own title and address, whichever feed was read before', () => {
    // Items of two feeds with the same section title, read in turns: each keeps its own site.
    expect(siteInFeedTitle('Technology', 'https://harborledger.example/tech/')).toBe('harborledger.example');
    expect(siteInFeedTitle('Technology', 'https://quillmoor.example/')).toBe('quillmoor.example');
    expect(siteInFeedTitle('Technology', 'https://harborledger.example/tech/')).toBe('harborledger.example');
    expect(siteInFeedTitle('AI | Harbor Ledger', 'https://harborledger.example/tech/')).toBe('Harbor Ledger');
  });

  it('credits a company’s or a university’s blog and press office to its owner, and an edition to its paper', () => {
    // The kind of publication after the owner's name is no part of the outlet's name, as "Google AI
    // Blog" is Google's, whatever the address says.
    expect(siteInFeedTitle('Marrow Robotics Engineering Blog', 'https://marrow-robotics.example/')).toBe('Marrow Robotics');
    expect(siteInFeedTitle('Marrow Robotics Dev Blog', 'https://marrowrobotics.dev/')).toBe('Marrow Robotics');
    expect(siteInFeedTitle('KESTREL-Blog Feed', 'https://www.kestrel.example/resources/blog/')).toBe('KESTREL');
    // With a tagline after it too, the part that spells the domain is read the same way.
    expect(siteInFeedTitle('Marrow Robotics Blog — Unofficial RSS', 'https://marrowrobotics.example/blog/')).toBe('Marrow Robotics');
    expect(siteInFeedTitle('Quillmoor AI Research Blog', 'https://research.quillmoor-ai.example')).toBe('Quillmoor AI');
    expect(siteInFeedTitle('Dunley University News Releases', 'https://news.dunley.example')).toBe('Dunley University');
    expect(siteInFeedTitle('The Tarnwell Blog', 'https://blog.tarnwell.example')).toBe('Tarnwell');
    expect(siteInFeedTitle('Pellucid Press Releases', 'https://pellucid.example/')).toBe('Pellucid');
    expect(siteInFeedTitle('Harbor Gulls Website', 'https://www.harborgulls.example/')).toBe('Harbor Gulls');
    expect(siteInFeedTitle('Harbor Gulls Official Web Site', 'https://harborgulls.example/')).toBe('Harbor Gulls');
    // News together with another kind of post is a company's page of them, not a newsroom's name.
    expect(siteInFeedTitle('Kestrelvox Articles & News', 'https://www.kestrelvox.example/company/articles-and-news')).toBe('Kestrelvox');
    expect(siteInFeedTitle('Kestrelvox News and Events', 'https://kestrelvox.example/news')).toBe('Kestrelvox');
    // A newsroom's own name keeps its "News"; a wire's section after a separator stays a section.
    expect(siteInFeedTitle('Harbor Point News', 'https://harborpointnews.example/')).toBe('Harbor Point News');
    expect(siteInFeedTitle('Wirebridge - Technology News Releases', 'https://wirebridge.example/technology')).toBe('Wirebridge');
    // An edition in brackets is the paper's, as one without them is.
    expect(siteInFeedTitle('Le Courrier Numérique (English edition)', 'https://courrier-numerique.example/en/')).toBe('Le Courrier Numérique');
  });

  it('takes the site from a category feed’s title, whichever side it is on', () => {
    expect(siteInFeedTitle('Robotics Research Archives - Engineering at Lumen', 'https://engineering.lumen.example/')).toBe('Engineering at Lumen');
    expect(siteInFeedTitle('Gadget Desk » AI', 'https://gadgetdesk.example/')).toBe('Gadget Desk');
    expect(siteInFeedTitle('Policy – The Daily Circuit', 'https://www.thedailycircuit.example/policy/')).toBe('The Daily Circuit');
    expect(siteInFeedTitle('AI | Wirehouse', 'https://wirehouse.example/ai')).toBe('Wirehouse');
    // A site on a platform's subdomain is the part spelling the subdomain, not the platform.
    expect(siteInFeedTitle('Loss Curves | Substack', 'https://losscurves.substack.com')).toBe('Loss Curves');
    expect(siteInFeedTitle('Substack - Loss Curves', 'https://losscurves.substack.com/feed')).toBe('Loss Curves');
    expect(siteInFeedTitle('Release Notes | Hostly', 'https://blog.hostly.example/')).toBe('Hostly');
    // A name with words of its own spelling the domain is the site; the subdomain another part spells
    // is its section, in any language.
    expect(siteInFeedTitle('Diario Tucano - Economia', 'https://economia.tucano.example/')).toBe('Diario Tucano');
    expect(siteInFeedTitle('Economia | Diario Tucano', 'https://economia.tucano.example/feed')).toBe('Diario Tucano');
    // An edition word after the name is not part of it, unless the domain spells it too.
    expect(siteInFeedTitle('The Harbin Daily English', 'https://english.harbindaily.example/')).toBe('The Harbin Daily');
    // An English edition at its English subdomain, its name not spelled by the domain ("Qiushi" at qstheory): the address says the edition.
    expect(siteInFeedTitle('Mingri English', 'https://en.mrtheory.example/')).toBe('Mingri');
    expect(siteInFeedTitle('Mingri English', 'https://www.mrtheory.example/')).toBe('Mingri English');
    expect(siteInFeedTitle('Kestrel Post International Edition', 'https://www.kestrelpost.example/intl/')).toBe('Kestrel Post');
    expect(siteInFeedTitle('Polder Online', 'https://www.polderonline.example/')).toBe('Polder Online');
    // A section's edition too; a section word that is no edition's stays ("Polder Tech" is a name).
    expect(siteInFeedTitle('Kestrel Post Tech Edition', 'https://www.kestrelpost.example/tech/')).toBe('Kestrel Post');
    expect(siteInFeedTitle('Polder Tech', 'https://www.poldertech.example/')).toBe('Polder Tech');
    // The format is no part of the name.
    expect(siteInFeedTitle('Harbor Times RSS Feed', 'https://ht.example/')).toBe('Harbor Times');
    expect(siteInFeedTitle('Harbor Times - Atom', 'https://ht.example/')).toBe('Harbor Times');
    expect(siteInFeedTitle('Harbor Times » Feed', 'https://ht.example/')).toBe('Harbor Times');
    // A section may trail the name in a feed's label; a name that ends in a section word keeps it.
    expect(siteInFeedTitle('Harbor Times Technology RSS', 'https://www.harbortimes.example/tech/')).toBe('Harbor Times');
    expect(siteInFeedTitle('Harbor Times News RSS', 'https://harbortimesnews.example/')).toBe('Harbor Times News');
    // Without a format word too, a section trailing a name the domain spells is no part of it; a bare
    // "News" is (a newsroom's name), and so is a section across a separator (a wire's).
    expect(siteInFeedTitle('Quellmark Breaking News', 'https://www.quellmark.example/')).toBe('Quellmark');
    expect(siteInFeedTitle('Quellmark Press Releases', 'https://quellmark.example/')).toBe('Quellmark');
    expect(siteInFeedTitle('Quellmark News', 'https://www.quellmark.example/')).toBe('Quellmark News');
    // A desk's news after a station's name ("KQLM 5 Local News", "Quellmark Tech News"), its latest articles' list in Japanese.
    expect(siteInFeedTitle('KQLM 5 Local News', 'https://www.kqlm5.example/')).toBe('KQLM 5');
    expect(siteInFeedTitle('Quellmark Tech News', 'https://quellmark.example/')).toBe('Quellmark');
    expect(siteInFeedTitle('クエルマーク 最新記事一覧', 'https://quellmark.example/')).toBe('クエルマーク');
    // An ampersand is "and" in the address: the title spells it whole, no section cut off ("Labor & Tech" at laborandtech.example).
    expect(siteInFeedTitle('Labor & Tech', 'https://laborandtech.example/')).toBe('Labor & Tech');
    expect(siteInFeedTitle('Economy & Tech', 'https://economyandtech.example/')).toBe('Economy & Tech');
    // A section in Japanese, Chinese or Korean after a name in Latin letters the domain spells.
    expect(siteInFeedTitle('Quellmark Japan 調査／レポート', 'https://www.quellmark.example/jp/ja/reports.html')).toBe('Quellmark Japan');
    // Or the Japanese possessive run straight on: "Quellmarkの「言語モデル」のフィード", Quellmark's feed of a topic.
    expect(siteInFeedTitle('Quellmarkの「言語モデル」のフィード', 'https://quellmark.example/topics/llm')).toBe('Quellmark');
    // Its topic may be in Latin letters ("Quellmarkの「frontend」のフィード"); its latest articles follow a colon ("Quellmark:新着一覧").
    expect(siteInFeedTitle('Quellmarkの「frontend」のフィード', 'https://quellmark.example/topics/frontend')).toBe('Quellmark');
    expect(siteInFeedTitle('Quellmark:新着一覧', 'https://quellmark.example/')).toBe('Quellmark');
    expect(siteInFeedTitle('Quellmark 뉴스', 'https://www.quellmark.example/')).toBe('Quellmark');
    // Or run straight on to the name: "Quellmark全文版", its full-text feed. A name that is Latin and Chinese
    // together ("IT之家" at ithome.example, "IT's home") is one the domain does not spell by its Latin part alone.
    expect(siteInFeedTitle('Quellmark全文版', 'https://m.quellmark.example/')).toBe('Quellmark');
    expect(siteInFeedTitle('IT之家', 'https://www.ithome.example/')).toBe('IT之家');
    // A description in Chinese and the name in Latin letters, joined by a bare dash ("互联网数据资讯网-199IT").
    expect(siteInFeedTitle('海峡数据资讯网-HX88', 'https://www.hx88.example/')).toBe('HX88');
    // A Chinese newsroom's name and its section after a space; a bare "news" (新聞) stays, as "BBC News" does.
    expect(siteInFeedTitle('海峽社 科技', 'https://feeds.example/haixia/technology')).toBe('海峽社');
    // So is the kind of post after a space ("reports", "news", "blog").
    expect(siteInFeedTitle('北浜総合研究所(KRI) レポート', 'https://www.kri.example/rss/report.xml')).toBe('北浜総合研究所(KRI)');
    expect(siteInFeedTitle('海峽社 新闻', 'https://feeds.example/haixia/news')).toBe('海峽社');
    expect(siteInFeedTitle('海峽社中文网 国际纵览', 'https://feeds.example/haixia/world')).toBe('海峽社中文网');
    expect(siteInFeedTitle('海峽 新聞', 'https://www.haixia.example/rss')).toBe('海峽 新聞');
    // A section and the site run together by an underscore, as Chinese sites title their channels.
    expect(siteInFeedTitle('资讯_海峡网', 'https://news.haixia.example')).toBe('海峡网');
    // A re-publisher's tags in square brackets are no part of the name.
    expect(siteInFeedTitle('Harbor Notes[RSS+]', 'https://harbornotes.example/feed/')).toBe('Harbor Notes');
    // A scraper's feed at its own host names the site and its kind of feed: "Article" is a section word, as "Articles" is.
    expect(siteInFeedTitle('Harbor Ledger - Article Feed', 'https://scraper.github.io/feeds/harbor-ledger.xml')).toBe('Harbor Ledger');
    expect(siteInFeedTitle('Quellmark Releases [GH][RSS+]', 'https://github.com/quellmark/quellmark/releases.atom')).toBe('Quellmark');
    // The same re-publisher names a project's releases in the singular; a bare "Latest Release" names no project.
    expect(siteInFeedTitle('Quellmark Release [GH][RSS+]', 'https://github.com/quellmark/quellmark/releases.atom')).toBe('Quellmark');
    expect(siteInFeedTitle('Latest Release', 'https://quellmark.example/releases.xml')).not.toBe('Latest');
    // Not when the Latin words are not the site's name.
    expect(siteInFeedTitle('Harbor Notes 日本語版', 'https://www.quellmark.example/')).not.toBe('Harbor Notes');
    // Lower-case words after a name that is the domain's letters say which of its feeds this is.
    expect(siteInFeedTitle('Tallymap diary entries', 'https://www.tallymap.example/diary')).toBe('Tallymap');
    expect(siteInFeedTitle('Tallymap de Sevilla', 'https://www.tallymapdesevilla.example/')).toBe('Tallymap de Sevilla');
    // Run into the name with no space, as a template joins them: the name ends where the domain's letters do.
    expect(siteInFeedTitle('HarborTechrecent articles', 'https://www.harbortech.example')).toBe('HarborTech');
    expect(siteInFeedTitle('HarborTechnews', 'https://www.harbortech.example')).toBe('HarborTech');
    // A section's name after the site's initials (the words its domain is made of) says which feed it is.
    expect(siteInFeedTitle('KNA Business — discovery source feed', 'https://www.kestrelnewsasia.example/api/v1/rss-outbound-feed?category=6936')).toBe('KNA');
    expect(siteInFeedTitle('KNA Business', 'https://www.kestrelnewsasia.example/rss')).toBe('KNA');
    expect(siteInFeedTitle('Harbor Business', 'https://www.harborbusiness.example/')).toBe('Harbor Business');
    // A company's blog at an address under .ai: its "AI" is the company's own name; elsewhere the
    // "AI" names the research the blog is about ("Quellmark AI Blog" at quellmark.example is Quellmark's).
    expect(siteInFeedTitle('Quellmark AI Blog', 'https://www.quellmarkhq.ai/blog')).toBe('Quellmark AI');
    expect(siteInFeedTitle('Quellmark AI Blog', 'https://ai.quellmark.example/')).toBe('Quellmark');
    // A qualifier the domain spells with the name is the site's own name ("Kelp Ads Developer" at
    // kelpadsdeveloper.example); one the domain leaves out is the owner's section.
    expect(siteInFeedTitle('Kelp Ads Developer Blog', 'https://kelpadsdeveloper.blogspot.com/')).toBe('Kelp Ads Developer');
    expect(siteInFeedTitle('Kelp Ads Developer Blog', 'https://kelpads.example/developers/')).toBe('Kelp Ads');
    expect(siteInFeedTitle('Wireloft - Science News Releases', 'https://wireloft.example/science/')).not.toBe('Wireloft - Science');
    // A comments feed: "Comments for" names the site, "Comments on:" only a post (the domain names the site).
    expect(siteInFeedTitle('Comments for Harbor Times', 'https://ht.example/')).toBe('Harbor Times');
    expect(siteInFeedTitle('Comments on: Why the ferry matters', 'https://www.harbortimes.example/ferry/')).toBe('harbortimes.example');
    expect(siteInFeedTitle('Wirefeed', 'https://wirefeed.example/')).toBe('Wirefeed');
    // A title of nothing but section words names no site: the domain does.
    expect(siteInFeedTitle('Feed', 'https://ht.example/')).toBe('ht.example');
    expect(siteInFeedTitle('Technology', 'https://www.harbortimes.example/technology/')).toBe('harbortimes.example');
    expect(siteInFeedTitle('Latest News', 'https://www.harbortimes.example/')).toBe('harbortimes.example');
    // Nor does a placeholder a feed was left with: "Main Feed", "Untitled", a format's version, a new site's "Site Title".
    for (const placeholder of ['Main Feed', 'Untitled', 'Untitled RSS Feed', 'RSS 2.0', 'Site Title']) {
      expect(siteInFeedTitle(placeholder, 'https://www.harbortimes.example/')).toBe('harbortimes.example');
    }
    // Beside a section's part, an "All" after the name says which feed this is.
    expect(siteInFeedTitle('Harborline All - Top Stories', undefined)).toBe('Harborline');
    // Section words run together into one word are a name ("AINews" at news.smolcorp.example).
    expect(siteInFeedTitle('AINews', 'https://news.smolcorp.example/')).toBe('AINews');
    expect(siteInFeedTitle('TechNews', 'https://technews.example/')).toBe('TechNews');
    // A byline, "posts on" or a description around the name that spells the domain is no part of it.
    expect(siteInFeedTitle('Gradient Notes by Ana Ruiz', 'https://gradientnotes.example/')).toBe('Gradient Notes');
    expect(siteInFeedTitle('All Articles on Wirehouse', 'https://wirehouse.example/')).toBe('Wirehouse');
    // As a static site generator titles a site's feed ("Posts on Tensor Notes"): the site's title, whatever its
    // address; not a section after "on" ("Posts on AI" is a tag's feed, no site's name).
    expect(siteInFeedTitle('Posts on Tensor Notes', 'https://tgarden.example/posts/')).toBe('Tensor Notes');
    expect(siteInFeedTitle('Posts on AI', 'https://tgarden.example/posts/')).not.toBe('AI');
    // A publication "on" the platform whose address it has ("Import AI on Substack" at importai.substack.com).
    expect(siteInFeedTitle('Tensor Garden on Quillstack', 'https://tensorgarden.quillstack.example/')).toBe('Tensor Garden');
    // A static site generator's "{section} on {site}" (Hugo's "Blog on Ana Ruiz", "Home on Ana Ruiz").
    expect(siteInFeedTitle('Blog on Ana Ruiz', 'https://anaruiz.example/blog/')).toBe('Ana Ruiz');
    expect(siteInFeedTitle('Home on Ana Ruiz', 'https://anaruiz.example/')).toBe('Ana Ruiz');
    // A section named by a plain word is no channel on a platform, even when the feed's address holds it.
    expect(siteInFeedTitle('Notes - Ana Ruiz', 'https://anaruiz.example/notes')).toBe('Ana Ruiz');
    expect(siteInFeedTitle('Changelog – Quillmark', 'https://quillmark.example/changelog')).toBe('Quillmark');
    expect(siteInFeedTitle('Ana Ruiz — Newsletter', 'https://anaruiz.example/newsletter')).toBe('Ana Ruiz');
    // No name ends in a joiner: the address's section is not cut off the words that join it.
    expect(siteInFeedTitle('Quillmark News & Insights', 'https://quillmark.example/insights')).not.toBe('Quillmark News &');
    expect(siteInFeedTitle('Quillmark for Developers', 'https://quillmark.example/developers')).not.toBe('Quillmark for');
    expect(siteInFeedTitle('Circuitly is a web magazine with daily coverage of gadgets', 'https://www.circuitly.example/')).toBe('Circuitly');
    // A byline that is the whole name is kept.
    expect(siteInFeedTitle('Notes by Ana Ruiz', 'https://anaruiz.example/')).toBe('Notes by Ana Ruiz');
    // A part of nothing but section words is the section, whatever the domain spells.
    expect(siteInFeedTitle('Latest News – Harbor Times', 'https://ht.example/')).toBe('Harbor Times');
    expect(siteInFeedTitle('Science & Technology | The Daily Lantern', 'https://lantern-news.example/')).toBe('The Daily Lantern');
    // An AI category is a section too, on a site whose name its domain does not spell.
    expect(siteInFeedTitle('Machine Learning – Circuit Daily', 'https://tcd.example/category/ml/')).toBe('Circuit Daily');
    expect(siteInFeedTitle('AI | Circuit Daily', 'https://tcd.example/category/ai/')).toBe('Circuit Daily');
    const post = build(
      { title: 'Scaling our ranking models', link: 'https://engineering.lumen.example/2026/07/30/ranking/', html: '<p>We rebuilt ranking.</p>' },
      { url: 'https://engineering.lumen.example/category/ai-research/feed/', title: 'AI Research Archives - Engineering at Lumen', link: 'https://engineering.lumen.example/' },
    );
    expect(post.source).toBe('Engineering at Lumen');
  });

  it('gives the feed’s domain when its title is a description and a section we cannot tell apart', () => {
    // "Site / Section" in words no rule knows as a section, none spelling the domain: the domain, as written.
    expect(siteInFeedTitle('Вести Тамбова и края / Рубрика Общество', 'https://tmb.example/')).toBe('tmb.example');
    // Chinese titles run their parts together with bare dashes: a description is no name either.
    expect(siteInFeedTitle('每日财经资讯在线--热门话题最新30条-摘要', 'http://www.cjw123.example/')).toBe('cjw123.example');
    // A part that spells the domain, even by its initials, is the site's name.
    expect(siteInFeedTitle('Diário do Vale - Últimas Notícias', 'https://www.dv.example/')).toBe('Diário do Vale');
    expect(siteInFeedTitle('Wirehouse / Policy', 'https://wirehouse.example/')).toBe('Wirehouse');
    // A breadcrumb starts at the site, even one that does not spell its domain.
    expect(siteInFeedTitle('Gadget Desk » Robotics', 'https://www.gdesk.example/')).toBe('Gadget Desk');
    // So does a name before its tagline.
    expect(siteInFeedTitle('Import Notes: a weekly letter on machine learning', 'https://jroe.example/')).toBe('Import Notes');
    // A channel on a platform has no domain of its own: its title's first part.
    expect(siteInFeedTitle('Lakeside Robotics Lab | Clips', 'https://www.youtube.com/channel/UCabc')).toBe('Lakeside Robotics Lab');
    const item = build(
      { title: 'Новый мост откроют весной', link: 'https://tmb.example/news/12345', html: '<p>Строительство моста завершится к весне.</p>' },
      { url: 'https://tmb.example/rss', title: 'Вести Тамбова и края / Рубрика Общество', link: 'https://tmb.example/' },
    );
    expect(item.source).toBe('tmb.example');
  });

  it('credits a game’s or a show’s feed on a publisher’s site to the publisher', () => {
    const feed = { url: 'https://www.lanternplay.example/en/games/skyforge-isles/news/rss', title: 'Skyforge Isles', link: 'https://www.lanternplay.example/en/games/skyforge-isles/news' };
    const item = build({ title: 'Double rewards this weekend', link: 'https://www.lanternplay.example/en/games/skyforge-isles/news/detail/991', html: '<p>Earn double rewards in every dungeon this weekend.</p><p>Lantern Play will extend the event if servers hold.</p>' }, feed);
    expect(item.source).toBe('Lantern Play');
    // A site whose name is also a path of its own keeps its name.
    const blog = { url: 'https://quillmark.example/quillmark/feed', title: 'Quillmark', link: 'https://quillmark.example/quillmark/' };
    expect(build({ title: 'Notes', link: 'https://quillmark.example/quillmark/notes', html: '<p>Some notes.</p>' }, blog).source).toBe('Quillmark');
    // A newsletter presenting itself with a tagline at its own path of a newsletter platform is the newsletter.
    const letter = { url: 'https://letterbox.example/slowbytes/rss', title: 'Slow Bytes: notes on keeping old computers running', link: 'https://letterbox.example/slowbytes' };
    expect(build({ title: 'Issue 12', link: 'https://letterbox.example/slowbytes/archive/issue-12/', html: '<p>This week a reader fixed a floppy drive.</p>' }, letter).source).toBe('Slow Bytes');
  });

  it('credits a Google Alerts item to the outlet its redirect leads to, and links there', async () => {
    const url = 'https://www.google.com/alerts/feeds/00000000000000000000/1111111111111111111';
    const feed = await parseFeed(readFileSync(new URL('./fixtures/feeds/google-alerts.xml', import.meta.url)), { url });
    const [known, unknown] = feed.entries.map((entry) => build(entry, { url, title: feed.title, link: feed.link }));
    expect(known).toMatchObject({ source: 'VentureBeat', url: 'https://venturebeat.com/ai/startup-ships-open-weight-rust-model/', headline: 'Startup ships an open-weight model that writes Rust' });
    // An outlet we do not know, named as the text writes it.
    expect(unknown).toMatchObject({ source: 'Harbor Times', url: 'https://www.harbortimes.example/2026/07/30/crane-model/' });
  });

  it('credits wire copy whose dateline follows a byline paragraph to the wire', () => {
    const feed = { url: 'https://www.gulfledger.example/rss', title: 'Gulf Ledger', link: 'https://www.gulfledger.example/' };
    const story = (first: string) => build({ title: 'Envoys meet in two capitals', link: 'https://www.gulfledger.example/2026/02/envoys', html: `<p>${first}</p><p>CAIRO/ROME, Feb 3 (Reuters) - Two envoys met on the same day in two capitals.</p>` }, feed).source;
    expect(story('By Ana Ruiz, Tom Vell and Ada Brook')).toBe('Reuters');
    // So does an editor's note in brackets saying the copy is the wire's, as Indian sites set it.
    expect(story('(This story has been published from a wire agency feed without modifications to the text.)')).toBe('Reuters');
    // A first paragraph of prose is the story's own: the wire's dateline further down credits nobody.
    expect(story('The envoys were busy. Officials said so.')).toBe('Gulf Ledger');
  });

  it('credits agency copy whose last paragraph closes with the agency in brackets to the agency', () => {
    const feed = { url: 'https://english.shiomi-nippo.example/rss', title: 'The Shiomi Nippo', link: 'https://english.shiomi-nippo.example/' };
    const story = (ending: string) => build({ title: 'Ferry fares to rise in spring', link: 'https://english.shiomi-nippo.example/news/1', html: `<p>TOKYO — Ferry fares will rise in April, the transport ministry said Tuesday.</p><p>${ending}</p>` }, feed).source;
    expect(story('The rise is the first in a decade. (Kyodo)')).toBe('Kyodo News');
    // A bracket that is no known newsroom, or one inside the sentence, credits nobody.
    expect(story('The rise is the first in a decade. (Photo: Ken Ito)')).toBe('The Shiomi Nippo');
    expect(story('Kyodo (Kyodo) reported it first, the paper said.')).toBe('The Shiomi Nippo');
  });

  it('credits copy an agency signs off, alone on the last line or after a dash, to the agency', () => {
    const feed = { url: 'https://www.harbourradio.example/rss', title: 'Harbour Radio', link: 'https://www.harbourradio.example/' };
    const story = (html: string) => build({ title: 'Chipmaker’s profit doubles', link: 'https://www.harbourradio.example/news/1', html }, feed).source;
    const lead = '<p>The chipmaker said on Thursday its quarterly profit more than doubled on demand for AI servers.</p>';
    expect(story(`${lead}<p><em>Reuters</em></p>`)).toBe('Reuters');
    expect(story(`${lead}<p>— Reuters</p>`)).toBe('Reuters');
    expect(story('<p>The chipmaker said on Thursday its quarterly profit more than doubled, a report said. — AFP</p>')).toBe('AFP');
    // A writer's signature, or an agency cited inside the story, credits no agency.
    expect(story(`${lead}<p>— Jane Roe</p>`)).toBe('Harbour Radio');
    expect(story('<p>The chipmaker’s profit more than doubled, Reuters reported.</p><p>Full results are due this month.</p>')).toBe('Harbour Radio');
  });

  it('credits a podcast to its publisher, not to the show', async () => {
    const url = 'https://www.circuitbreaker.example/podcast.rss';
    const feed = await parseFeed(readFileSync(new URL('./fixtures/feeds/podcast-show-title.xml', import.meta.url)), { url });
    expect(feed.publisher).toBe('Circuit Breaker');
    const episode = build(feed.entries[0]!, { url, title: feed.title, link: feed.link, publisher: feed.publisher });
    expect(episode.source).toBe('Circuit Breaker');
    // A publisher that is not the site (a host's name on a network's show) leaves the feed's title.
    const hosted = build({ ...feed.entries[0]!, link: 'https://www.chiptalk.example/episodes/212' }, { url, title: 'Chip Talk', link: 'https://www.chiptalk.example/', publisher: 'Jane Roe' });
    expect(hosted.source).toBe('Chip Talk');
    // A network's show whose feed links to the show's own page on the network's site is the show.
    const show = { url: 'https://www.circuitbreaker.example/shows/wirewrap/feed.rss', title: 'Wirewrap', link: 'https://www.circuitbreaker.example/shows/wirewrap', publisher: 'Circuit Breaker' };
    expect(build({ ...feed.entries[0]!, link: 'https://www.circuitbreaker.example/shows/wirewrap/episodes/12' }, show).source).toBe('Wirewrap');
    // So is one whose feed is on the show's own subdomain of the network's site, the network its publisher.
    const own = { url: 'https://thewirewrapshow.circuitbreaker.example/rss/', title: 'The Wirewrap Show', link: 'https://thewirewrapshow.circuitbreaker.example/', publisher: 'Circuit Breaker' };
    expect(build({ ...feed.entries[0]!, link: 'https://thewirewrapshow.circuitbreaker.example/episode/12/' }, own).source).toBe('The Wirewrap Show');
  });

  it('credits a podcast episode whose link is its page on the show’s host to the show, not the host', () => {
    const episode = { title: 'Ep 12: Marta Kell', html: '<p>Marta Kell orders a very large pudding.</p>' };
    const show = { url: 'https://feeds.podhost.example/latenightpantry', title: 'Late Night Pantry', link: 'https://www.latenightpantrypod.example/', publisher: 'Crumb Audio' };
    expect(build({ ...episode, link: 'https://share.podhost.example/s/8f2a91' }, show).source).toBe('Late Night Pantry');
    // Its page on a directory that lists every show (Apple Podcasts) is the show's too, and says nothing of Apple.
    const listed = build({ ...episode, link: 'https://podcasts.apple.com/us/podcast/late-night-pantry/id1234?i=5678' }, show);
    expect(listed.source).toBe('Late Night Pantry');
    expect(listed.topics).not.toContain('apple');
    // A title that credits its hosts after the show's name the domain spells: the show.
    const hosted = { ...show, title: 'Late Night Pantry with Ada Brook and Tom Vell' };
    expect(build({ ...episode, link: 'https://shows.podhost.example/latenightpantry/episodes/ep-12' }, hosted).source).toBe('Late Night Pantry');
    // Not when the hosts are the domain's name too ("Suppers with Ada Brook" at suppers-with-ada-brook.example).
    const named = { ...show, title: 'Suppers with Ada Brook', link: 'https://suppers-with-ada-brook.example/' };
    expect(build({ ...episode, link: 'https://suppers-with-ada-brook.example/ep-12' }, named).source).toBe('Suppers with Ada Brook');
    // A show titled as its domain is the show, not its company that adds a word ("Fenwick Media").
    const company = { url: 'https://feeds.podhost.example/fenwick', title: 'Fenwick', link: 'https://fenwick.example/', publisher: 'Fenwick Media' };
    expect(build({ ...episode, link: 'https://share.podhost.example/s/77c0' }, company).source).toBe('Fenwick');
  });

  it('credits a Google News item to its outlet, not to Google News, and drops the " - Outlet" tail', () => {
    const feed = { url: 'https://news.google.com/rss/search?q=wildfire', title: 'wildfire - Google News', link: 'https://news.google.com/' };
    // Without a <source> element: the title's tail names the outlet.
    const story = 'https://www.kxyz.example/news/wildfire-evacuations';
    const id = Buffer.concat([Buffer.from([0x08, 0x13, 0x22, story.length]), Buffer.from(story)]).toString('base64url');
    const plain = build({ title: 'Wildfire forces evacuations in the foothills - KXYZ-TV', link: `https://news.google.com/rss/articles/${id}?oc=5` }, feed);
    expect(plain.source).toBe('KXYZ-TV');
    expect(plain.headline).toBe('Wildfire forces evacuations in the foothills');
    // An outlet whose name holds a separator of its own goes whole.
    const dashed = build({ title: 'Wildfire forces evacuations in the foothills - Harbor Radio - English News', link: 'https://news.google.com/rss/articles/CBMiopaque2?oc=5', sourceName: 'Harbor Radio - English News', sourceUrl: 'https://harborradio.example' }, feed);
    expect(dashed.headline).toBe('Wildfire forces evacuations in the foothills');
    // The link carries the story's own address: it leads to the outlet named.
    expect(plain.url).toBe(story);
    // So does the page's own address, shared without "/rss".
    expect(build({ title: 'Wildfire forces evacuations in the foothills - KXYZ-TV', link: `https://news.google.com/articles/${id}` }, feed).url).toBe(story);
    // With <source>: that name, and the same tail removed.
    const sourced = build(
      { title: 'Council approves new transit plan - Riverside Ledger', link: 'https://news.google.com/rss/articles/CBMiopaque?oc=5', sourceName: 'Riverside Ledger', sourceUrl: 'https://riversideledger.example' },
      feed,
    );
    expect(sourced).toMatchObject({ source: 'Riverside Ledger', headline: 'Council approves new transit plan' });
  });

  it('credits an item in Google News’ shape on an aggregator’s own domain to the outlet it names', () => {
    const feed = { url: 'https://newsloft.example/rss/robotics', title: 'Robotics - Newsloft', link: 'https://newsloft.example/robotics' };
    const link = 'https://newsloft.example/r/a1b2c3';
    const item = (title: string, html: string) => build({ title, link, html }, feed);
    const shaped = item('Robots get a union clause - Pell Valley Star', `<a href="${link}">Robots get a union clause</a>&nbsp;&nbsp;<font color="#6f6f6f">Pell Valley Star</font>`);
    expect(shaped).toMatchObject({ source: 'Pell Valley Star', headline: 'Robots get a union clause' });
    // A cluster: other outlets' headlines on the story follow, one a line.
    const cluster = item('Robots get a union clause - Pell Valley Star', `<ol><li><a href="${link}">Robots get a union clause</a>&nbsp;&nbsp;<font>Pell Valley Star</font></li><li><a href="https://newsloft.example/r/z9">Union wins a say over robots</a>&nbsp;&nbsp;<font>Orrin Gazette</font></li></ol>`);
    expect(cluster.source).toBe('Pell Valley Star');
    // A description that only repeats the title is no credit: the tail is the headline's own words.
    expect(item('Robots get a union clause - here is why', '<p>Robots get a union clause - here is why</p>').source).toBe('Newsloft');
  });

  it('credits every item of an aggregator’s feed to the outlet its title ends with, once one item has Google News’ shape', async () => {
    const rss = (title: string, link: string, items: [string, string, string][]) =>
      Buffer.from(`<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title><link>${link}</link>${items
        .map(([itemTitle, itemLink, html]) => `<item><title>${itemTitle}</title><link>${itemLink}</link><description><![CDATA[${html}]]></description></item>`)
        .join('')}</channel></rss>`);
    const read = async (body: Buffer, url: string, reversed = false) => {
      const feed = await parseFeed(body, { url });
      const context = feedContextOf(url, { ...feed, entries: reversed ? [...feed.entries].reverse() : feed.entries });
      return feed.entries.map((entry) => buildArticle(entry, context, topics, seenAt));
    };
    const gather = rss('Gatherly - Top stories', 'https://gatherly.example/', [
      ['Dam inspection finds cracks - Tollbridge Gazette', 'https://gatherly.example/r/1', '<a href="https://gatherly.example/r/1">Dam inspection finds cracks</a>&nbsp;&nbsp;<font>Tollbridge Gazette</font>'],
      ['School run by volunteers turns ten | Marsh End Weekly', 'https://gatherly.example/r/2', '<p>The village school that parents took over in 2016 marks its tenth year.</p>'],
    ]);
    for (const reversed of [false, true]) {
      const [cluster, excerpt] = await read(gather, 'https://gatherly.example/rss', reversed);
      expect(cluster).toMatchObject({ source: 'Tollbridge Gazette', headline: 'Dam inspection finds cracks' });
      // The excerpt alone has no such shape: its feed’s other item says whose titles these are.
      expect(excerpt).toMatchObject({ source: 'Marsh End Weekly', headline: 'School run by volunteers turns ten' });
    }
    // An ordinary site’s own feed: the item in that shape names the site itself, and the other
    // titles’ tails are a section and a column, not outlets.
    const own = await read(
      rss('Harrow Lantern', 'https://harrowlantern.example/', [
        ['Road closed for resurfacing - Harrow Lantern', 'https://harrowlantern.example/news/1', '<a href="https://harrowlantern.example/news/1">Road closed for resurfacing</a> <font>Harrow Lantern</font>'],
        ['The bypass nobody asked for - Opinion', 'https://harrowlantern.example/opinion/2', '<p>Another year, another plan.</p><p><a href="https://harrowlantern.example/opinion/2">Read more</a></p>'],
        ['Swifts return to the church tower - Nature Notes', 'https://harrowlantern.example/nature-notes/3', '<p>The first swifts arrived on Tuesday.</p>'],
      ]),
      'https://harrowlantern.example/feed',
    );
    expect(own.map((article) => article.source)).toEqual(['Harrow Lantern', 'Harrow Lantern', 'Harrow Lantern']);
  });

  it('credits a picks feed of bare headlines to the outlets its titles end with, when those name other newsrooms', async () => {
    const rss = (title: string, items: [string, string][]) =>
      Buffer.from(`<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title><link>https://picks.example/</link>${items
        .map(([itemTitle, itemLink]) => `<item><title>${itemTitle}</title><link>${itemLink}</link><description/></item>`)
        .join('')}</channel></rss>`);
    const read = async (body: Buffer, reversed: boolean) => {
      const feed = await parseFeed(body, { url: 'https://picks.example/rss' });
      const entries = reversed ? [...feed.entries].reverse() : feed.entries;
      const context = feedContextOf('https://picks.example/rss', { ...feed, entries });
      return entries.map((entry) => buildArticle(entry, context, topics, seenAt)).sort((a, b) => a.headline.localeCompare(b.headline));
    };
    // No item has text, so none is in Google News' shape; the tails vary and two are known newsrooms.
    const picks = rss('Picks：Technology', [
      ['Chipmaker plans new plant - Reuters', 'https://picks.example/n/1'],
      ['Robot vacuums learn stairs - Tollbridge Tech Review', 'https://picks.example/n/2'],
      ['Bank tests AI tellers - The Wall Street Journal', 'https://picks.example/n/3'],
      ['Startup raises seed round - Marsh End Ventures Daily', 'https://picks.example/n/4'],
    ]);
    for (const reversed of [false, true]) {
      expect((await read(picks, reversed)).map((article) => [article.headline, article.source])).toEqual([
        ['Bank tests AI tellers', 'The Wall Street Journal'],
        ['Chipmaker plans new plant', 'Reuters'],
        ['Robot vacuums learn stairs', 'Tollbridge Tech Review'],
        ['Startup raises seed round', 'Marsh End Ventures Daily'],
      ]);
    }
  });

  it('never keeps a link aggregator’s score or comment count in the headline', () => {
    expect(cleanHeadline('39 – Lumen Expands Bug Bounty Program', [])).toBe('Lumen Expands Bug Bounty Program');
    expect(cleanHeadline('412 - Show HN: A tiny text editor', [])).toBe('Show HN: A tiny text editor');
    expect(cleanHeadline('Why we rewrote our parser (214 comments)', [])).toBe('Why we rewrote our parser');
    expect(cleanHeadline('Why we rewrote our parser (1,204 points, 388 comments)', [])).toBe('Why we rewrote our parser');
    expect(cleanHeadline('88 points – A field guide to small models', [])).toBe('A field guide to small models');
    // A year or a count that is part of the headline stays.
    expect(cleanHeadline('2026 – the year agents went to work', [])).toBe('2026 – the year agents went to work');
    expect(cleanHeadline('3 ways to cut cloud costs', [])).toBe('3 ways to cut cloud costs');
    const hn = build(
      { title: '57 – Spectre-style leak found in a popular CPU', link: 'http://www.papers.hostingco.de/leak.pdf', html: '<a href="https://news.ycombinator.com/item?id=1">Comments</a>' },
      { url: 'https://hnapp.example/rss', title: 'type:story score>36', link: 'https://hnapp.example/' },
    );
    expect(hn).toMatchObject({ headline: 'Spectre-style leak found in a popular CPU', source: 'papers.hostingco.de' });
  });

  it('gives a Reddit link post the linked outlet and link; a self-post or hosted media is Reddit’s', () => {
    const feed = { url: 'https://www.reddit.com/r/MachineLearning/.rss', title: 'MachineLearning', link: 'https://www.reddit.com/r/MachineLearning/' };
    const post = (id: string, href: string) => ({
      title: 'Lab releases an open 40B model',
      link: `https://www.reddit.com/r/MachineLearning/comments/${id}/post/`,
      html: `<div>submitted by <a href="https://www.reddit.com/user/someone"> /u/someone </a><br/><span><a href="${href}">[link]</a></span> <span><a href="https://www.reddit.com/r/MachineLearning/comments/${id}/post/">[comments]</a></span></div>`,
    });
    const linkPost = build(post('a1', 'https://www.theverge.com/ai/123/lab-open-model'), feed);
    expect(linkPost).toMatchObject({ source: 'The Verge', url: 'https://www.theverge.com/ai/123/lab-open-model' });
    const unknown = build(post('a2', 'https://blog.quietlab.example/open-40b'), feed);
    expect(unknown.source).toBe('QuietLab');
    const selfPost = build(post('a3', 'https://www.reddit.com/r/MachineLearning/comments/a3/post/'), feed);
    expect(selfPost).toMatchObject({ source: 'Reddit', url: 'https://www.reddit.com/r/MachineLearning/comments/a3/post/' });
    expect(build(post('a4', 'https://i.redd.it/abc.png'), feed).source).toBe('Reddit');
    expect(build(post('a5', 'https://i.reddituploads.com/abc?fit=max'), feed).source).toBe('Reddit');
    // Media on a site of its own is that site's.
    expect(build(post('a6', 'https://i.picshare.example/abc.jpg'), feed).source).toBe('Picshare');
  });

  it('gives a Hacker News item that links its thread the outlet and link of its "Article URL", and drops a domain in brackets from a headline', () => {
    const feed = { url: 'https://hnrss.example/frontpage?link=comments', title: 'Hacker News: Front Page', link: 'https://news.ycombinator.com/' };
    const story = 'https://www.harbortimes.example/ferry';
    const thread = 'https://news.ycombinator.com/item?id=41';
    const html = `<p>Article URL: <a href="${story}">${story}</a></p><p>Comments URL: <a href="${thread}">${thread}</a></p><p>Points: 120</p><p># Comments: 45</p>`;
    expect(build({ title: 'The ferry that runs on batteries', link: thread, html }, feed)).toMatchObject({ source: 'Harbor Times', url: story });
    // A thread with no article (an "Ask HN") is Hacker News's own.
    const ask = `<p>Article URL: <a href="${thread}">${thread}</a></p><p>Points: 12</p>`;
    expect(build({ title: 'Ask HN: Which ferries run on batteries?', link: thread, html: ask }, feed).source).toBe('Hacker News');
    // A feed that links the article and names its domain after the title.
    const titled = build({ title: 'The ferry that runs on batteries (harbortimes.example)', link: story, html: `<a href="${thread}">Comments</a>` }, { ...feed, title: 'Hacker News' });
    expect(titled).toMatchObject({ headline: 'The ferry that runs on batteries', source: 'Harbor Times' });
  });

  it('credits a Reddit self-post to Reddit even when its text cites and links an outlet', () => {
    const feed = { url: 'https://www.reddit.com/r/singularity/.rss', title: 'singularity', link: 'https://www.reddit.com/r/singularity/' };
    const thread = 'https://www.reddit.com/r/singularity/comments/b7/lab_raises/';
    const html =
      '<div class="md"><p>Bloomberg reports: the lab is raising another $2B at a higher valuation.</p>' +
      '<p><a href="https://www.bloomberg.com/news/articles/lab-raises">Source link</a></p></div>' +
      `submitted by <a href="https://www.reddit.com/user/poster"> /u/poster </a><br/><span><a href="${thread}">[link]</a></span> <span><a href="${thread}">[comments]</a></span>`;
    const selfPost = build({ title: 'Lab raising another $2B, per Bloomberg', link: thread, html }, feed);
    expect(selfPost).toMatchObject({ source: 'Reddit', url: thread });
  });

  it('follows an older Google News redirect to the story it names, with or without a title credit', () => {
    const feed = { url: 'https://news.google.com/news/feeds?output=atom', title: 'Top Stories - Google News', link: 'https://news.google.com/' };
    const redirect = (story: string) => `https://news.google.com/news/url?sa=t&fd=R&usg=AFQ&url=${encodeURIComponent(story)}`;
    const credited = build({ title: 'Port strike ends after a week - Harbor Times', link: redirect('https://www.harbortimes.example/port-strike') }, feed);
    expect(credited).toMatchObject({ source: 'Harbor Times', headline: 'Port strike ends after a week', url: 'https://www.harbortimes.example/port-strike' });
    const bare = build({ title: 'Port strike ends after a week', link: redirect('https://www.reuters.com/world/port-strike') }, feed);
    expect(bare).toMatchObject({ source: 'Reuters', url: 'https://www.reuters.com/world/port-strike' });
    // Bing News redirects the same way.
    const bing = { url: 'https://www.bing.com/news/search?q=port&format=rss', title: 'port - Bing News', link: 'https://www.bing.com/news/search?q=port' };
    const viaBing = build({ title: 'Port strike ends after a week', link: 'http://www.bing.com/news/apiclick.aspx?ref=FexRss&aid=&tid=abc&url=https%3a%2f%2fwww.reuters.com%2fworld%2fport-strike&c=123' }, bing);
    expect(viaBing).toMatchObject({ source: 'Reuters', url: 'https://www.reuters.com/world/port-strike' });
  });

  it('takes the outlet from a "(Writer / Outlet)" credit and drops it from the headline', () => {
    const meme = { url: 'https://www.techmeme.com/feed.xml', title: 'Techmeme', link: 'https://www.techmeme.com/' };
    const known = build({ title: 'Acme cuts model prices by half (Jane Roe / The Verge)', link: 'https://www.techmeme.com/260801/p12#a260801p12' }, meme);
    expect(known).toMatchObject({ source: 'The Verge', headline: 'Acme cuts model prices by half' });
    const unknown = build({ title: 'Acme cuts model prices by half (John Doe/Harbor Times)', link: 'https://www.techmeme.com/260801/p13#a260801p13' }, meme);
    expect(unknown).toMatchObject({ source: 'Harbor Times', headline: 'Acme cuts model prices by half' });
    // An outlet credited alone, its name on the line above the linked headline as the text opens.
    const html = '<p><a href="https://www.harbortimes.example/">Harbor Times</a>:<br><b><a href="https://www.harbortimes.example/acme">Acme cuts model prices by half</a></b> — Acme halved the price of its models on Monday.</p>';
    const alone = build({ title: 'Acme cuts model prices by half (Harbor Times)', link: 'https://www.techmeme.com/260801/p15#a260801p15', html }, meme);
    expect(alone).toMatchObject({ source: 'Harbor Times', headline: 'Acme cuts model prices by half' });
    // A known outlet credited without its "The".
    const short = build({ title: 'Acme cuts model prices by half (Jane Roe/Verge)', link: 'https://www.techmeme.com/260801/p14#a260801p14' }, meme);
    expect(short).toMatchObject({ headline: 'Acme cuts model prices by half' });
    // Two terms in brackets are the headline's aside, no writer and outlet.
    const blog = { url: 'https://www.harborlog.example/feed/', title: 'Harbor Log', link: 'https://www.harborlog.example/' };
    const aside2 = build({ title: 'My reader chokes on both formats (RSS / Atom)', link: 'https://www.harborlog.example/reader-chokes' }, blog);
    expect(aside2).toMatchObject({ source: 'Harbor Log', headline: 'My reader chokes on both formats (RSS / Atom)' });
    // A bracket that is no credit stays: a Reddit title's aside.
    const reddit = { url: 'https://www.reddit.com/r/LocalLLaMA/.rss', title: 'LocalLLaMA', link: 'https://www.reddit.com/r/LocalLLaMA/' };
    const aside = build({ title: 'Not looking at curbs (Debunking the Reuters report)', link: 'https://www.reddit.com/r/LocalLLaMA/comments/2/x/' }, reddit);
    expect(aside).toMatchObject({ source: 'Reddit', headline: 'Not looking at curbs (Debunking the Reuters report)' });
  });

  // A company's own post, credited by its name alone: an unknown name in brackets is trusted when the
  // text opens with the same credit before the headline it repeats (the aggregator's plain-text shape).
  it('takes an unknown outlet credited alone in brackets when the text opens with that credit', () => {
    const feed = { url: 'https://scrapes.example/memes.xml', title: 'Tech roundup - Article Feed', link: 'https://scrapes.example/' };
    const description = 'Halyard Bio: Halyard Bio, a lab spun out of Acme, unveils Tern, a protein model it says beats its rivals — Today, we are sharing the first results from Tern. It predicts how proteins bind …';
    const item = build({ title: 'Halyard Bio, a lab spun out of Acme, unveils Tern, a protein model it says beats its rivals (Halyard Bio)', link: 'http://www.memes.example/260210/p70#a260210p70', summaryHtml: description }, feed);
    expect(item).toMatchObject({ source: 'Halyard Bio', headline: 'Halyard Bio, a lab spun out of Acme, unveils Tern, a protein model it says beats its rivals', summary: 'Today, we are sharing the first results from Tern.' });
    // A writer before the outlet in the text's credit.
    const byWriter = build({ title: 'Port strike ends after a week (Harbor Times)', link: 'http://www.memes.example/260210/p71#a260210p71', summaryHtml: 'Jane Roe / Harbor Times: Port strike ends after a week — Dockworkers went back to work on Monday after a deal on pay.' }, feed);
    expect(byWriter).toMatchObject({ source: 'Harbor Times', summary: 'Dockworkers went back to work on Monday after a deal on pay.' });
    // A bracket the text does not credit stays the headline's own.
    const aside = build({ title: 'Port strike ends after a week (for now)', link: 'http://www.memes.example/260210/p72#a260210p72', summaryHtml: 'Dockworkers went back to work on Monday after a deal on pay.' }, feed);
    expect(aside.headline).toBe('Port strike ends after a week (for now)');
  });

  // A reader's feed of pages from many sites keeps each page's title, "Headline | Site".
  it('takes the site after a bar in the title of an item that links off the feed’s site', () => {
    const feed = { url: 'https://watch.example/feeds/rss.xml', title: 'Tech blog watch list', link: 'https://watch.example/' };
    const item = build({ title: 'How a model marks the text it writes | Margin Notes', link: 'https://magazine.annaroe.example/p/marks' }, feed);
    expect(item).toMatchObject({ source: 'Margin Notes', headline: 'How a model marks the text it writes' });
    // A feed's title after the bar ("X's feed of a topic") names X, as the feed's own title would.
    const topic = build({ title: 'Why a honeypot got five times dearer | Quellmarkの「言語モデル」のフィード', link: 'https://quellmark.example/ana/articles/honeypot' }, feed);
    expect(topic.source).toBe('Quellmark');
    // A credit before the headline ("Outlet | Headline") leaves the longer part after the bar: no site.
    const credited = build({ title: '港口日报 | 港口工人周二恢复工作，全部航线重新开放', link: 'https://d24f0fbbs0l72b.cloudfront.net/cdt/x.html' }, feed);
    expect(credited.source).not.toBe('港口工人周二恢复工作，全部航线重新开放');
    // A host name a machine made (a CDN's) names no site: the feed's own name stands.
    expect(credited.source).not.toMatch(/d24f0fbbs0l72b/i);
    expect(siteNameForUrl('https://d24f0fbbs0l72b.cloudfront.net/cdt/x.html')).toBeUndefined();
    expect(siteNameForUrl('https://www.web3harbor.example/x')).not.toBeUndefined();
    // On the feed's own site, the words after a bar are the site's own (a section, a series).
    const own = build({ title: 'Notes from the week | Weekly', link: 'https://watch.example/notes/1' }, feed);
    expect(own.source).not.toBe('Weekly');
  });

  it('reads no outlet in the title tail of an item behind the feed’s own proxy (FeedBurner)', () => {
    const feed = { url: 'https://feeds.feedburner.example/orchard', title: 'Orchard Rumors - Mac and iPhone News', link: 'https://www.orchardrumors.example/' };
    const item = build({ title: 'Top Stories: New Laptops - Which One to Buy', link: 'https://feedproxy.google.com/~r/orchard/~3/abc/', html: '<p>New laptops arrived this week.</p>' }, feed);
    expect(item.source).toBe('Orchard Rumors');
    expect(item.headline).toBe('Top Stories: New Laptops - Which One to Buy');
  });

  it('names a feed with an empty title by the site name its footer writes, not its domain run together', () => {
    const feed = { url: 'https://feeds.feedburner.example/QuarnbyCourier', title: '', link: 'https://www.quarnbycourier.example/' };
    const html = '<p>The ferry will run hourly from May.</p><p>The post <a href="https://www.quarnbycourier.example/ferry/">Ferry goes hourly</a> appeared first on <a href="https://www.quarnbycourier.example/">Quarnby Courier</a>.</p>';
    const item = build({ title: 'Ferry goes hourly', link: 'https://www.quarnbycourier.example/ferry/', html }, feed);
    expect(item.source).toBe('Quarnby Courier');
  });

  it('credits the site a repost’s footer or credit line links by its name, when that is another site', () => {
    const feed = { title: 'Harbor Mirror', link: 'https://harbormirror.example/' };
    const link = 'https://harbormirror.example/ferry/';
    const footer = '<p>The ferry will run hourly from May.</p><p>The post <a href="https://www.quarnbycourier.example/ferry/">Ferry goes hourly</a> appeared first on <a href="https://www.quarnbycourier.example/">Quarnby Courier</a>.</p>';
    expect(source({ html: footer, link }, feed).name).toBe('Quarnby Courier');
    const credit = '<p>The ferry will run hourly from May.</p><p>Originally published on <a href="https://www.quarnbycourier.example/ferry/">Quarnby Courier</a></p>';
    expect(source({ html: credit, link }, feed).name).toBe('Quarnby Courier');
    // A link to the feed's own site credits no other outlet.
    const own = '<p>The ferry will run hourly from May.</p><p>Originally published on <a href="https://harbormirror.example/ferry/">Harbor Mirror Weekly</a></p>';
    expect(source({ html: own, link }, feed).name).toBe('Harbor Mirror');
  });

  it('credits the paper a byline names after the writer, when it is another than the site', () => {
    const feed = { title: 'Harbor Mirror', link: 'https://harbormirror.example/' };
    const link = 'https://harbormirror.example/ferry/';
    expect(source({ html: '<p>By Jane Roe, Quarnby Courier</p><p>The ferry will run hourly from May, the council said on Monday.</p>', link }, feed).name).toBe('Quarnby Courier');
    expect(source({ html: '<p>The ferry will run hourly from May, the council said on Monday.</p>', author: 'Sam Ortiz, Quarnby Courier', link }, feed).name).toBe('Quarnby Courier');
    // A role after the name is no paper; the site's own paper credits no other.
    expect(source({ html: '<p>By Jane Roe, Senior Editor</p><p>The ferry will run hourly from May, the council said on Monday.</p>', link }, feed).name).toBe('Harbor Mirror');
    expect(source({ html: '<p>By Jane Roe, Harbor Mirror Weekly</p><p>The ferry will run hourly from May, the council said on Monday.</p>', link }, feed).name).toBe('Harbor Mirror');
  });

  it('takes no outlet from a <source> that repeats the item’s own title (a forum’s feed of its topics)', () => {
    const feed = { title: 'Blog - Quillmix', link: 'https://quillmix.example/' };
    const entry = { title: 'Development update: 4.0-rc1 tagged', link: 'https://discourse.quillmix.example/t/development-update-4-0-rc1-tagged/1263', sourceName: 'Development update: 4.0-rc1 tagged', sourceUrl: 'https://discourse.quillmix.example/t/development-update-4-0-rc1-tagged/1263.rss' };
    expect(source(entry, feed).name).toBe('Quillmix');
  });

  it('keeps a known outlet’s own casing when an item names it otherwise', () => {
    expect(source({ sourceName: 'the verge', link: 'https://news.google.com/rss/articles/x' }).name).toBe('The Verge');
    // A credit that is only a domain: the outlet's name, or the words its domain spells.
    expect(source({ sourceName: 'theverge.com', link: 'https://news.google.com/rss/articles/x' }).name).toBe('The Verge');
    expect(source({ sourceName: 'harborgazette.com', link: 'https://news.google.com/rss/articles/x' }).name).toBe('Harbor Gazette');
  });

  it('credits a wire story a portal carries to the wire, by its dateline or its byline, and the portal’s own stories to the portal', () => {
    const portal = { title: 'Lakeview Daily: Top Stories', link: 'https://daily.lakeview.example/' };
    const link = 'https://daily.lakeview.example/story-123.html';
    expect(source({ html: '<p>OSLO, Nov 2 (Reuters) - Norway’s wealth fund sold its shares in two miners.</p>', link }, portal).name).toBe('Reuters');
    expect(source({ html: '<p>DENVER (AP) — Snow closed the main highway for a day.</p>', link }, portal).name).toBe('The Associated Press');
    expect(source({ html: '<p>(Bloomberg) -- A shipping firm is weighing a sale.</p>', link }, portal).name).toBe('Bloomberg');
    expect(source({ html: '<p>Gold rose on Monday.</p>', author: 'Sam Ortiz, Associated Press', link }, portal).name).toBe('The Associated Press');
    expect(source({ html: '<p>Gold rose on Monday.</p>', author: 'Bloomberg News', link }, portal).name).toBe('Bloomberg');
    expect(source({ html: '<p>Gold rose on Monday.</p>', author: 'By Reuters Staff', link }, portal).name).toBe('Reuters');
    expect(source({ html: '<p>Gold rose on Monday.</p>', author: 'Agence France-Presse', link }, portal).name).toBe('AFP');
    // A syndication footer at the end of the story names the outlet that first ran it.
    expect(source({ html: '<p>Rates held steady.</p><p>Markets shrugged.</p><p>Analysts had expected it.</p><p><em>This article was originally published by Bloomberg.</em></p>', link }, portal).name).toBe('Bloomberg');
    expect(source({ html: '<p>CEOs want offices full.</p><p>The share rose.</p><p>This story was originally featured on Fortune.com</p>', link }, portal).name).toBe('Fortune');
    // A known outlet's name as the table writes it, not as a feed sets its title in capitals.
    expect(source({ html: '<p>Rates held steady.</p>', link: 'https://www.japantimes.co.jp/business/1/' }, { title: 'THE JAPAN TIMES', link: 'https://www.japantimes.co.jp/' }).name).toBe('The Japan Times');
    // A portal's byline naming the partner that wrote the story after a dot ("Story by … • The Verge").
    expect(source({ html: '<p>Story by Tom Vell • The Quillmark Courier</p><p>Shrimpers oppose the cable route.</p>', link }, portal).name).toBe('The Quillmark Courier');
    // A wire's copyright line closing copy whose dateline lost its credit names the wire.
    expect(source({ html: '<p>Courts went back to paper filings.</p><p>Copyright 2026 The Associated Press. All rights reserved. This material may not be published.</p>', link }, portal).name).toBe('The Associated Press');
    // The repost's own sentence about where it first ran names the original even when it is no known outlet;
    // a story that only mentions where something else first appeared does not.
    expect(source({ html: '<p>Shrimpers oppose the cable route.</p><p>A hearing is set.</p><p>This story was originally published by The Marsh Ledger, a nonprofit newsroom.</p>', link }, portal).name).toBe('The Marsh Ledger');
    expect(source({ html: '<p>Water rates rose.</p><p>This article first appeared on Inside Climate Beat and is republished here under a Creative Commons license.</p>', link }, portal).name).toBe('Inside Climate Beat');
    // Named as "the X blog": the blog's own name, without the article before it or the kind after it.
    expect(source({ html: '<p><em>This post was originally published on the Arden Vision Lab blog and is republished here with permission.</em></p><p>Depth cameras see glass poorly.</p>', link }, portal).name).toBe('Arden Vision Lab');
    expect(source({ html: '<p>Laptops went missing.</p><p>Republished with permission from The Statehouse Courier, a nonprofit newsroom.</p>', link }, portal).name).toBe('The Statehouse Courier');
    expect(source({ html: '<p>The permit was approved.</p><p>This story was produced by Valley Ledger Media, an independent newsroom, and is shared here.</p>', link }, portal).name).toBe('Valley Ledger Media');
    expect(source({ html: '<p>EU negotiators agreed on labels.</p><p>© 2026 AFP</p>', link }, portal).name).toBe('AFP');
    expect(source({ html: '<p>The rumour first appeared on Harbor Forums last week.</p>', link }, portal).name).toBe('Lakeview Daily');
    expect(source({ html: '<p><em>This article was first published in Japanese on May 5.</em></p><p>Rice prices fell.</p>', link }, portal).name).toBe('Lakeview Daily');
    // An editor's note dating the first version ("originally published in September 2015") names no outlet either.
    expect(source({ html: '<p>Rice prices fell.</p><p><em>Editor’s Note: This post was originally published in September 2015 and has been updated.</em></p>', link }, portal).name).toBe('Lakeview Daily');
    expect(source({ html: '<p>Rice prices fell.</p><p>This story first appeared on Monday in print.</p>', link }, portal).name).toBe('Lakeview Daily');
    // A column that "first ran in" a paper, and a summary's "Originally reported by X.", name the original.
    expect(source({ html: '<p>Night shifts go first.</p><p><em>This column first ran in The Tallow Courier.</em></p>', link }, portal).name).toBe('The Tallow Courier');
    expect(source({ html: '<p>Robot mowers must stop within a second.</p><p>Originally reported by Kettle Post.</p>', link }, portal).name).toBe('Kettle Post');
    // A think tank's or a paper's other kinds of piece say where they first ran the same way.
    expect(source({ html: '<p>Depots need bigger grid connections.</p><p>This commentary originally appeared in The Fenwick Review.</p>', link }, portal).name).toBe('The Fenwick Review');
    expect(source({ html: '<p>The mayor answered our questions.</p><p><em>This interview was first published on Tallis Radio.</em></p>', link }, portal).name).toBe('Tallis Radio');
    // A repost syndicated, reposted, reprinted or cross-posted from another site, or "a version of" it first run there.
    for (const credit of ['This article is syndicated from The Quillmark Courier.', 'Reposted from The Quillmark Courier.', 'Cross-posted from The Quillmark Courier.', 'Reprinted from The Quillmark Courier with permission.', 'A version of this story first appeared in The Quillmark Courier.', 'This story is republished with permission from The Quillmark Courier.', 'This content was originally published by The Quillmark Courier.']) {
      expect(source({ html: `<p>Night shifts go first.</p><p>${credit}</p>`, link }, portal).name).toBe('The Quillmark Courier');
    }
    // Cross-posted from the writer's own blog, or "a version" that ran in print, names no other outlet.
    expect(source({ html: '<p>Night shifts go first.</p><p>Cross-posted from my blog.</p>', link }, portal).name).toBe('Lakeview Daily');
    expect(source({ html: '<p>Night shifts go first.</p><p>A version of this article appears in print on May 3, Section B.</p>', link }, portal).name).toBe('Lakeview Daily');
    // The portal's own reporter citing a wire, and a parenthesis that names no newsroom, leave it the portal's.
    expect(source({ html: '<p>Ferry fares will rise, Reuters reported on Monday.</p>', author: 'Lakeview Staff', link }, portal).name).toBe('Lakeview Daily');
    expect(source({ html: '<p>BERGEN (Lakeview) — The ferry fares will rise.</p>', link }, portal).name).toBe('Lakeview Daily');
  });

  it('reads a credit line that ends its paragraph without the next paragraph, in the languages beside English, and a wire\'s end marker', () => {
    const portal = { title: 'Latest Market News | Baystone', link: 'https://www.baystone.example/markets/' };
    const link = 'https://www.baystone.example/markets/news/story-7';
    // The name stops at its paragraph's end: "Harbor Money.\nNext" is no name.
    expect(source({ html: '<p>Save before December.</p><p><em>This article originally appeared on Harbor Money.</em></p><p>Next</p>', link }, portal).name).toBe('Harbor Money');
    const paper = { title: 'Tecnología | La Gaceta Austral', link: 'https://www.gacetaaustral.example/tecnologia/' };
    const story = 'https://www.gacetaaustral.example/tecnologia/drones/';
    expect(source({ html: '<p>Una empresa levantó fondos.</p><p><em>Este artículo fue publicado originalmente en Diario del Maule.</em></p>', link: story }, paper).name).toBe('Diario del Maule');
    // At a repost's foot, "published by" alone names the original too.
    expect(source({ html: '<p>Una empresa levantó fondos.</p><p><em>Este artículo fue publicado por Radio Maule Sur.</em></p>', link: story }, paper).name).toBe('Radio Maule Sur');
    const blatt = { title: 'Technik | Rheinpost', link: 'https://www.rheinpost.example/technik/' };
    const artikel = 'https://www.rheinpost.example/technik/drohnen/';
    expect(source({ html: '<p>Ein Start-up sammelt Geld ein.</p><p>Dieser Artikel erschien zuerst bei Mainzer Tagblatt.</p>', link: artikel }, blatt).name).toBe('Mainzer Tagblatt');
    // The site's own newsletter, named after a kind of publication, credits no other outlet.
    expect(source({ html: '<p>Ein Start-up sammelt Geld ein.</p><p>Dieser Artikel erschien zuerst im Newsletter „Rheinpost am Morgen“.</p>', link: artikel }, blatt).name).toBe('Rheinpost');
    expect(source({ html: '<p>By Ada Kim</p><p>Shares rose 31%.</p><p>(END) Dow Jones Newswires</p><p>December 03, 2026 08:40 ET (13:40 GMT)</p>', link }, portal).name).toBe('Dow Jones Newswires');
  });

  it('reads the site in a feed reader\'s <source>, which carries the origin feed\'s title with its section', () => {
    const reader = { title: 'Robotics reading - Inoreader', link: 'https://www.inoreader.example/stream/user/1/tag/Robotics' };
    const from = (sourceName: string, sourceUrl: string, link: string) => source({ sourceName, sourceUrl, link }, reader).name;
    expect(from('Technology – Tidewater Ledger', 'https://www.tidewaterledger.example/category/technology/feed/', 'https://www.tidewaterledger.example/news/port/')).toBe('Tidewater Ledger');
    expect(from('Business | Kettle Post', 'https://www.kettlepost.example/business/feed', 'https://www.kettlepost.example/business/mowers')).toBe('Kettle Post');
    expect(from('Gantry Robotics Blog', 'https://gantry-robotics.example/blog/rss.xml', 'https://gantry-robotics.example/blog/glass')).toBe('Gantry Robotics');
    // A name alone stays as it is.
    expect(from('Riverside Ledger', 'https://riversideledger.example', 'https://riversideledger.example/x')).toBe('Riverside Ledger');
  });

  it('reads a summary\'s "Read the full story at X" link and a cross-post\'s "Originally published at <address>" line', () => {
    const summed = (href: string, text: string) =>
      source({ html: `<p>A robot folded laundry.</p><p><a href="${href}">${text}</a></p>`, link: 'https://skimmer.example/s/abc' }, { title: 'Skimmer — Tech', link: 'https://skimmer.example/topics/tech' }).name;
    expect(summed('https://www.tidewaterledger.example/port/', 'Read the full story at Tidewater Ledger')).toBe('Tidewater Ledger');
    expect(summed('https://www.theverge.com/2026/12/2/x', 'Continue reading on The Verge')).toBe('The Verge');
    // A link back to the service's own page names no other outlet.
    expect(summed('https://skimmer.example/s/abc/full', 'Read more at Skimmer')).toBe('Skimmer');
    // A "source" link names the outlet it leads to; to a code host, it is a project's source code.
    expect(summed('https://www.theverge.com/2026/12/2/robot-laundry', 'source')).toBe('The Verge');
    expect(summed('https://github.com/annaroe/doom-in-weights', 'source')).toBe('Skimmer');
    const medium = { title: 'Gearworks - Medium', link: 'https://medium.com/gearworks' };
    const post = 'https://medium.com/gearworks/why-i-stopped-1a2b';
    const crossPost = (address: string) => `<p>The framework was most of the work.</p><p><em>Originally published at </em><a href="https://${address}/posts/x"><em>${address}</em></a><em> on November 20, 2026.</em></p>`;
    expect(source({ html: crossPost('pavelnovak.example'), author: 'Pavel Novak', link: post }, medium).name).toBe('Pavel Novak');
    expect(source({ html: crossPost('www.kineticalabs.com'), author: 'Tomas Reyes', link: post }, medium).name).toBe('Kinetica Labs');
  });

  it('reads a science portal\'s "Provided by" line, a line of its own, as the issuer of the release it reposts', () => {
    const portal = { title: 'Quarkline - latest science and technology news stories', link: 'https://quarkline.example/' };
    const link = 'https://quarkline.example/news/2026-12-gripper.html';
    expect(source({ html: '<p>Engineers built a paper gripper.</p><p><b>More information:</b> Paper grippers (2026).</p><p>Provided by Tartu Institute for Soft Machines</p>', link }, portal).name).toBe('Tartu Institute for Soft Machines');
    // A photo's "provided by" inside a sentence credits no one.
    expect(source({ html: '<p>Engineers built a paper gripper. The photo was provided by the lab.</p>', link }, portal).name).toBe('Quarkline');
  });

  it('credits a press release a wire distributes to the company that issued it, not the wire', () => {
    const wire = { title: 'Pressline - Technology News Releases', link: 'https://www.pressline.example/news-releases/technology/' };
    const link = 'https://www.pressline.example/news-releases/brook-labs-opens-office-301.html';
    const release = (last: string) => `<p>LEEDS, England, May 4, 2026 /Pressline/ -- Brook Labs Ltd. today opened an office in Leeds.</p><p>Brook Labs makes lab software.</p><p>${last}</p>`;
    expect(source({ html: release('SOURCE Brook Labs'), link }, wire).name).toBe('Brook Labs');
    expect(source({ html: release('Source: Brook Labs'), link }, wire).name).toBe('Brook Labs');
    // Accesswire's dateline ("CITY, ST / Wire / date /") and a legal form after the name in the SOURCE line.
    const accesswire = '<p>LEEDS, UK / Pressline / May 4, 2026 / Brook Labs Ltd. today opened an office in Leeds.</p><p>SOURCE: Brook Labs Ltd.</p>';
    expect(source({ html: accesswire, link }, wire).name).toBe('Brook Labs');
    // A wire named in brackets before a dash, in any case ("--(Halyard WIRE)--"): the dateline holds
    // "wire)", what the pattern is tried for when the lead has no two slashes.
    for (const credit of ['Halyard Wire', 'HALYARD WIRE', 'Halyard Newswire']) {
      const bracketed = `<p>SANTA CLARA, Calif.--(${credit})-- Brook Labs Ltd. today opened an office in Leeds.</p><p>SOURCE Brook Labs</p>`;
      expect(source({ html: bracketed, link }, wire).name).toBe('Brook Labs');
    }
    // A newsroom's story that merely ends on a "Source:" line, with no wire dateline, stays the newsroom's.
    const paper = { title: 'Harbor Times', link: 'https://harbortimes.example/' };
    expect(source({ html: '<p>Brook Labs opened an office in Leeds on Monday.</p><p>Source: Brook Labs</p>', link: 'https://harbortimes.example/brook' }, paper).name).toBe('Harbor Times');
  });

  it('credits the newsroom a summary service’s closing "Source:" or "Via:" line names', () => {
    const digest = { title: 'Quillmark Briefs: Robots', link: 'https://quillmarkbriefs.example/robots/' };
    const link = 'https://quillmarkbriefs.example/robots/drone-mail';
    const item = (last: string) => source({ html: `<p>The post office in Tarnby will test drone deliveries of parcels from March.</p><p>${last}</p>`, link }, digest).name;
    expect(item('Source: Tarnby Courier')).toBe('Tarnby Courier');
    expect(item('Source: Reuters.')).toBe('Reuters');
    expect(item('Via: Tarnby Courier')).toBe('Tarnby Courier');
    // A company or an agency named as a story's source says what the story is about, not who wrote it;
    // the service's own name credits no other outlet.
    const own = item('Parcels up to two kilograms qualify.');
    expect(own).not.toBe('Tarnby Courier');
    expect(item('Source: Tarnby Postal Service')).toBe(own);
    expect(item('Source: Quillmark Briefs Daily')).not.toBe('Quillmark Briefs Daily');
    // Only the closing line: a caption's source inside the story is no credit.
    expect(source({ html: '<p>Source: Tarnby Courier</p><p>The post office in Tarnby will test drone deliveries.</p>', link }, digest).name).toBe(own);
  });

  it('reads an aggregator’s credit line even for an outlet it does not know', () => {
    const slash = { title: 'Slashdot', link: 'https://slashdot.org/' };
    const link = 'https://tech.slashdot.org/story/26/08/01/x';
    expect(source({ html: '<p>Jane Doe reports via The Harbor Times: The port will automate its cranes.</p>', link }, slash).name).toBe('The Harbor Times');
    expect(source({ html: '<p>John Roe writes in an exclusive report for Circuit Weekly: Layoffs are coming.</p>', link }, slash).name).toBe('Circuit Weekly');
    expect(source({ html: '<p>The planet is plausible. According to Star Science, it would be harsh. From the report: The model ran for months.</p>', link }, slash).name).toBe('Star Science');
  });
});

// The issue's source examples once more, with other outlets and in other words.
describe('the issue’s source examples, told again', () => {
  const topics = loadTopicTable();
  const build = (entry: Partial<RawEntry>, feed: FeedContext) => buildArticle({ categories: [], ...entry }, feed, topics, new Date('2026-08-01T12:00:00Z'));

  it('credits a WordPress category feed to its site', () => {
    const feed = { url: 'https://blog.northwind.example/category/vision/feed/', title: 'Computer Vision Archives - Northwind Tech Blog', link: 'https://blog.northwind.example/' };
    const post = build({ title: 'How we label a million images a day', link: 'https://blog.northwind.example/2026/07/31/labels/', html: '<p>We built a labelling pipeline.</p>' }, feed);
    expect(post.source).toBe('Northwind Tech Blog');
  });

  it('credits a Google News item to the outlet in its title’s tail, never to Google News, and drops the tail', () => {
    const feed = { url: 'https://news.google.com/rss/search?q=bridge', title: 'bridge - Google News', link: 'https://news.google.com/' };
    const item = build({ title: 'Old river bridge to close for a year of repairs - WQRT News 9', link: 'https://news.google.com/rss/articles/CBMiopaque2?oc=5' }, feed);
    expect(item.source).toBe('WQRT News 9');
    expect(item.headline).toBe('Old river bridge to close for a year of repairs');
  });

  it('drops a link aggregator’s score from the headline and names a hosted site whole, not a made-up word', () => {
    const item = build(
      { title: '143 – Cobalt Opens the Designs of Its Network Chips', link: 'https://www.slides.webspace-hosting.de/cobalt-talk.pdf', html: '<a href="https://news.ycombinator.com/item?id=2">Comments</a>' },
      { url: 'https://hnapp.example/rss', title: 'type:story score>100', link: 'https://hnapp.example/' },
    );
    expect(item.headline).toBe('Cobalt Opens the Designs of Its Network Chips');
    expect(item.source).toBe('slides.webspace-hosting.de');
  });

  it('heads a bridge’s post by its own words when its title only stands in for one', () => {
    const feed = { url: 'https://bridge.example/ada/rss', title: 'Ada Brook / @adabrook', link: 'https://bridge.example/ada' };
    const html = '<p>Ada Brook (@adabrook):</p><p>Harbour icons 2.1 ships with forty new icons today.</p>';
    expect(build({ title: 'Tweet 2027392051420209348', link: 'https://bridge.example/ada/status/1', html }, feed).headline).toBe('Harbour icons 2.1 ships with forty new icons today.');
    expect(build({ title: 'bridge.example/ada/status/2027…', link: 'https://bridge.example/ada/status/2', html }, feed).headline).toBe('Harbour icons 2.1 ships with forty new icons today.');
    // A platform's or a writer's "no title".
    for (const title of ['Untitled', 'No title', 'Photo', 'Post by @adabrook', 'New status by adabrook', 'Tweet by Ada Brook (@adabrook)']) {
      expect(build({ title, link: 'https://bridge.example/ada/status/5', html }, feed).headline).toBe('Harbour icons 2.1 ships with forty new icons today.');
    }
    // A site's name is a title, and a stand-in stays when the post has no words besides its account line.
    expect(build({ title: 'HarbourCafes.org', link: 'https://bridge.example/ada/status/3', html }, feed).headline).toBe('HarbourCafes.org');
    expect(build({ title: 'Tweet 2027392051420209349', link: 'https://bridge.example/ada/status/4', html: '<p>Ada Brook (@adabrook)</p>' }, feed).headline).toBe('Tweet 2027392051420209349');
  });

  it('credits a Chinese repost to the outlet named before the bar, and drops it from the headline', () => {
    const feed = { url: 'https://digest.example/feed', title: '港湾数字时代', link: 'https://digest.example/' };
    const repost = build({ title: '港湾日报｜码头明年全面自动化', link: 'https://digest.example/2026/08/quay', html: '<p>港务局周二宣布，码头明年全面自动化。</p>' }, feed);
    expect(repost).toMatchObject({ headline: '码头明年全面自动化', source: '港湾日报' });
    // A kicker before the bar ("独家", exclusive) is no outlet.
    const own = build({ title: '独家｜港务局将成立自动化公司', link: 'https://digest.example/2026/08/own', html: '<p>港务局将成立一家自动化公司。</p>' }, feed);
    expect(own).toMatchObject({ headline: '独家｜港务局将成立自动化公司', source: '港湾数字时代' });
  });

  it('reads a Twitter bridge’s repost as its author’s post and drops the timeline’s note from the headline', () => {
    const feed = { url: 'https://nitter.example/quayapp/rss', title: 'Quay / @quayapp', link: 'https://nitter.example/quayapp' };
    const repost = build({ title: 'RT by @quayapp: Harbour icons 2.1 is out with 40 new icons', author: '@adabrook', link: 'https://nitter.example/adabrook/status/1#m', html: '<p>Harbour icons 2.1 is out with 40 new icons</p>' }, feed);
    expect(repost).toMatchObject({ headline: 'Harbour icons 2.1 is out with 40 new icons', source: '@adabrook' });
    const reply = build({ title: 'R to @quayapp: Fixed in the next release', author: '@quayapp', link: 'https://nitter.example/quayapp/status/2#m', html: '<p>Fixed in the next release</p>' }, feed);
    // Another bridge marks a repost "🔁 RT @handle:" and names its author in full.
    const classic = build({ title: '🔁 RT @tidecharts: Tide tables 3.0 ships today with hourly forecasts', author: 'Ines Tidewell (@tidecharts)', link: 'https://bridge.example/tidecharts/status/3', html: '<p>Tide tables 3.0 ships today with hourly forecasts</p>' }, feed);
    expect(classic).toMatchObject({ headline: 'Tide tables 3.0 ships today with hourly forecasts', source: 'Ines Tidewell' });
    // A reply on the account's own timeline is the account's.
    expect(reply).toMatchObject({ headline: 'Fixed in the next release', source: 'Quay' });
  });

  it('credits a Reddit link post to the outlet it links, and links there, not to the thread', () => {
    const feed = { url: 'https://www.reddit.com/r/hardware/.rss', title: 'hardware', link: 'https://www.reddit.com/r/hardware/' };
    const thread = 'https://www.reddit.com/r/hardware/comments/c9/chip/';
    const story = 'https://arstechnica.com/gadgets/2026/07/new-chip/';
    const html = `<div>submitted by <a href="https://www.reddit.com/user/tinker"> /u/tinker </a><br/><span><a href="${story}">[link]</a></span> <span><a href="${thread}">[comments]</a></span></div>`;
    expect(build({ title: 'A new chip doubles battery life', link: thread, html }, feed)).toMatchObject({ source: 'Ars Technica', url: story });
  });
});

describe('unknown sites a link aggregator links to, named as their domain reads', () => {
  it('reads the words a domain is made of, and makes up no name when it has none', async () => {
    const url = 'https://links.example/rss';
    const feed = await parseFeed(readFileSync(new URL('./fixtures/feeds/link-aggregator-unknown-sites.xml', import.meta.url)), { url });
    const topics = loadTopicTable();
    const sources = feed.entries.map((entry) => buildArticle(entry, { url, title: feed.title, link: feed.link }, topics, new Date('2026-08-01T12:00:00Z')).source);
    expect(sources).toEqual([
      // Words joined by a short word, a number, a person's names: a name of separate words.
      'Tides at Dawn',
      '1024 Colors',
      'Maria Kowalski',
      // A given name and letters that are no word: not "Sandy Qirz", a name nobody wrote.
      'Sandyqirz',
      // Long plain words: a name written apart, not "GardenArchive".
      'Garden Archive',
      // Short plain words run together: one brand, as tech names are written.
      'PixelForge',
      // Three letters that are no word: initials.
      'QRT',
      // No words, and short rare fragments ("vel", "mor", "ant") never split it.
      'Velmorant',
    ]);
  });

  it('never chops a name into rare fragments, and prefers the fewest words', () => {
    expect(siteNameForUrl('https://notesfromthebasement.example/x')).toBe('Notes from the Basement');
    expect(siteNameForUrl('https://howtogeek.example/x')).toBe('How to Geek');
    expect(siteNameForUrl('https://hypirion.example/x')).toBe('Hypirion');
    // The text's own spelling still wins over the domain's words.
    expect(siteNameForUrl('https://pixelforge.example/x', 'Pixelforge ships a new lens')).toBe('Pixelforge');
  });

  it('names a site by its author when the author spells its domain, suffix and all', () => {
    // An aggregator's items from other sites, each signed by the site: its spelling, not the domain's guess.
    const feed = { title: 'Tool news', link: 'https://toolnews.example/' };
    expect(source({ title: 'A checklist for shipping agents', link: 'https://quillskill.market/blog/checklist', author: 'Quill Skill Market' }, feed).name).toBe('Quill Skill Market');
    expect(source({ title: 'Proxy 2.0 is out', link: 'https://velmoproxy.org/blog/2-0', author: 'VelmoProxy' }, feed).name).toBe('VelmoProxy');
    // A person signing a post on another site names no site.
    expect(source({ title: 'Notes on queues', link: 'https://gardenarchive.net/queues', author: 'Ada Brook' }, feed).name).toBe('Garden Archive');
  });
});


describe('firstSegmentOf', () => {
  it("reads a path's first segment as split('/')[1] does, lowercased", () => {
    const paths = ['', '/', '//', '/News', '/News/', '/a/b/c', 'a@b.example', 'no/slash/first', '/x%2Fy/z', '/Über/ß', '///three'];
    for (const url of ['https://Example.com/Tech/AI?x=1', 'https://news.example', 'mailto:ann@example.com', 'urn:isbn:123', 'HTTPS://EX.example//double/']) paths.push(new URL(url).pathname);
    for (const path of paths) expect(firstSegmentOf(path)).toBe(path.split('/')[1]?.toLowerCase() || undefined);
  });
});
