// One feed entry → one Article: every summary field from the entry's own text and metadata.
import type { ParsedFeed, RawEntry } from '../feeds/feed-types.ts';
import type { Article } from './article.ts';
import { articleId } from './article-id.ts';
import { canonicalUrl } from './canonical-url.ts';
import { cleanHeadline, isPlaceholderTitle } from './clean-headline.ts';
import { cleanHtml, type CleanText } from './clean-html.ts';
import { extractQuote } from './extract-quote.ts';
import { GIVEN_NAMES } from './given-names.ts';
import { feedTopics, hostTopics, mostlyAiItems, saysMlWords } from './feed-topics.ts';
import { afterBreadcrumb, headlineSection } from './headline-section.ts';
import { creditsOutletsInTitles, findSource, siteInFeedTitle } from './find-source.ts';
import { isNewsOutletName, isSitePageSpelling, outletByName, registrableDomain, sameOutletName } from './known-outlets.ts';
import { isLeadBoilerplate, isMetaLine } from './lead-boilerplate.ts';
import { endsSentence, reachesCutEnd, summarize } from './summarize.ts';
import { clipText } from '../clip-text.ts';
import type { TopicTable } from './topics.ts';

export interface FeedContext {
  url: string;
  title?: string;
  link?: string;
  /** A podcast's publisher (ParsedFeed.publisher). */
  publisher?: string;
  /** The publication's name as the feed states it (ParsedFeed.publication). */
  publication?: string;
  /** Names the feed gives its site outside its title (ParsedFeed.ownerNames). */
  ownerNames?: string[];
  /**
   * Whether the feed is a news aggregator's whose titles end with the outlet's name
   * (creditsOutletsInTitles): asked only of an item whose title has such a tail, and answered once.
   */
  creditsOutlets?: () => boolean;
  /** Topics every item of this feed has (an AI lab's blog is all `ai`). */
  topics?: string[];
  /**
   * Whether most of the feed's items are AI news on their own (mostlyAiItems): asked only of an item
   * that is not but speaks the field's words, and answered once.
   */
  mostlyAi?: (topics: TopicTable) => boolean;
}

/** What every item of a parsed feed is understood with; `title` falls back to the operator's name for the feed. */
export function feedContextOf(url: string, parsed: ParsedFeed, title = parsed.title): FeedContext {
  const { link, publisher, publication, ownerNames } = parsed;
  // Read from all the feed's items (cleaning some of them), so not on a re-poll whose items were all
  // seen, nor for a feed whose titles have no tail to credit: only when an item first asks.
  let credits: boolean | undefined;
  const creditsOutlets = () => (credits ??= creditsOutletsInTitles(parsed.entries, title, link));
  let mostly: boolean | undefined;
  const mostlyAi = (topics: TopicTable) => (mostly ??= mostlyAiItems(parsed.entries, (itemTitle, text, tags) => topics.match(itemTitle, text, [], tags).includes('ai')));
  return { url, title, link, publisher, publication, ownerNames, creditsOutlets, mostlyAi };
}

export function buildArticle(entry: RawEntry, feed: FeedContext, topics: TopicTable, seenAt: Date): Article {
  const clean = cleanHtml(entry.html ?? entry.summaryHtml ?? '');
  // A body that is only a "Comments" link (Hacker News) says nothing: fall back to the description.
  if (clean.paragraphs.length === 0 && entry.summaryHtml && entry.html) {
    clean.paragraphs.push(...cleanHtml(entry.summaryHtml).paragraphs);
  }
  // The feed readers already took a permalink guid as the link; any other guid is only an id
  // (isPermaLink="false": often a URL that does not open the article).
  const url = canonicalUrl(entry.link, feed.url) ?? feed.link ?? feed.url;
  const found = findSource({ entry, clean, link: url, feedTitle: feed.title, feedLink: feed.link, feedPublisher: feed.publisher, feedPublication: feed.publication, feedOwners: feed.ownerNames, feedCreditsOutlets: feed.creditsOutlets });
  // The outlet's own page when the item only points at it (a Google News redirect, a Reddit link post):
  // the link then leads to the source it names. Its three fields are named, not spread: findSource's
  // results come in many shapes, and spreading them took a slow path (1% of understanding).
  const source = { name: found.name, topics: found.topics, link: canonicalUrl(found.link) };
  // The linked page's domain is a name the title may credit too: "… (harbortimes.com)", as link aggregators append it.
  // So is the site the feed's title names, when the source is another ("… :: Harbor Ledger" on a wire's story there).
  const site = siteInFeedTitle(feed.title, feed.link);
  const written = cleanHeadline(entry.title, [source.name, entry.sourceName, feed.title, site, registrableDomain(source.link ?? url)], [feed.title, site]);
  // A bridge's stand-in title ("Tweet 2027…", an address) is none when the post has words of its own.
  const title = isPlaceholderTitle(written) && clean.paragraphs.some(isPostsWords) ? '' : written;
  const headline = title || firstWords(clean.paragraphs);
  const text = clean.paragraphs.join('\n\n');
  const id = articleId(entry, feed.url);
  // Words in quote marks attributed to a newsroom (the source or another) are its reporting; so are
  // those of a site the text links by its name to one of its pages (see isLinkedSite).
  const isOutlet = outletTest(source.name, clean.links);
  const firstSeen = isoTime(seenAt);
  // A newsletter's item is about the section its headline names: quote and lead come from there.
  const section = headlineSection(clean.paragraphs, headline, clean.runIn);
  // A scraped page's story: below the breadcrumb that ends in its headline, when it has one.
  const top = section ? 0 : afterBreadcrumb(clean.paragraphs, headline);
  const story = section ? clean.paragraphs.slice(section.runIn ? section.start : section.start + 1, section.end) : top ? clean.paragraphs.slice(top) : clean.paragraphs;
  // An untitled item's headline is its text's first words: that text is the lead, not a headline repeated above it.
  // A list of headlines with their outlets (Google News' description) holds no sentence of the story.
  const listed = isHeadlineList(clean);
  const summary = listed ? '' : leadOf(entry, { ...clean, paragraphs: story }, title);
  return {
    id,
    feedUrl: feed.url,
    url: source.link ?? url,
    headline,
    source: source.name,
    published: entry.published ?? firstSeen,
    firstSeen,
    quote: listed ? null : extractQuote(story, { headline, isOutlet, blockquoted: clean.blockquoted, listed: clean.listed, epigraphs: clean.epigraphs, setApart: clean.setApart, signedPosts: clean.signedPosts }),
    summary,
    // The feed's topics, the article's host's and the outlet's (an AI lab's site is all `ai`) come
    // with every item; the lead shown is where a story names the company it is about.
    topics: topicsOf(topics, { headline, text, summary, tags: entry.categories }, feed, [...(feed.topics ?? []), ...feedTopics(feed.title, feed.link ?? feed.url), ...hostTopics(source.link ?? url), ...source.topics]),
    story: id,
    text,
    ...(entry.image !== undefined ? { image: entry.image } : {}),
  };
}

// The longest text that is only a subtitle under the headline (a scraped feed's one-line description).
const SUBTITLE_MAX = 200;
// A feed of one product's releases: its title says release notes or a changelog ("Release notes from
// tinyllm", "Changelog"), or it is a project's releases page ("…/hermes-agent/releases"). A title's
// "Releases" alone is most often a newsroom's ("News Releases", "Press releases", "Technology
// releases"): many companies, each its own news.
const RELEASE_FEED_TITLE = /\b(?:release notes|changelog|change log)\b/i;
// The page or its feed's own address as a feed's link ("…/dify/releases.atom", which GitHub gives its releases feeds).
const RELEASE_FEED_LINK = /\/(?:releases|changelog)(?:\.atom|\.rss|\.xml)?\/?$/i;

function isReleaseFeed(feed: FeedContext): boolean {
  return RELEASE_FEED_TITLE.test(feed.title ?? '') || RELEASE_FEED_LINK.test(feed.link ?? '');
}

/**
 * The item's topics. An item that is only a headline (and perhaps a subtitle), in a feed whose items
 * are mostly AI news (an AI lab's research page, an AI start-up's blog), is AI news too when it speaks
 * the field's words though no term names AI: the publisher says what "model" and "tokens" mean there.
 * An item with a body of its own is read by it alone: a story that never names AI in its paragraphs is
 * the evidence, whoever publishes it. But a release in a feed of one product's releases (isReleaseFeed)
 * is about that product: when its releases are mostly AI news, every one is.
 */
function topicsOf(topics: TopicTable, item: { headline: string; text: string; summary: string; tags: string[] }, feed: FeedContext, given: string[]): string[] {
  const found = topics.match(item.headline, item.text, given, item.tags, item.summary);
  if (found.includes('ai') || !feed.mostlyAi) return found;
  // A release of a product whose releases are mostly AI news is one too, whatever it fixes ("v0.8.2:
  // frees memory when a client disconnects"): the feed is that one product's.
  if (!isReleaseFeed(feed)) {
    if (item.text.length > SUBTITLE_MAX || item.text.includes('\n\n')) return found;
    if (!saysMlWords(`${item.headline}\n${item.text}`)) return found;
  }
  if (!feed.mostlyAi(topics)) return found;
  return topics.match(item.headline, item.text, [...given, 'ai'], item.tags, item.summary);
}

/**
 * The summary from the body; when the body was cut before its lead sentence ended, the feed's own
 * description, if that one gives a complete sentence.
 */
function leadOf(entry: RawEntry, clean: CleanText, headline: string): string {
  const summary = summarize(clean.paragraphs, headline, { links: clean.links.map((link) => link.text), setApart: clean.setApart, runIn: clean.runIn, epigraphs: clean.epigraphs, blockquoted: clean.blockquoted });
  // An empty body already fell back to the description; a body of nothing but a page's chrome (links to
  // other stories, a ticker) gives no summary: the description's is the lead then.
  if (!entry.html || !entry.summaryHtml) return summary;
  if (summary && endsSentence(summary) && !reachesCutEnd(summary, clean.paragraphs)) return summary;
  const description = cleanHtml(entry.summaryHtml);
  const other = summarize(description.paragraphs, headline, { links: description.links.map((link) => link.text), setApart: description.setApart, runIn: description.runIn, epigraphs: description.epigraphs, blockquoted: description.blockquoted });
  // When the body gave none, the description's even cut: it is the item's own words.
  return endsSentence(other) || !summary ? other : summary;
}

// What may follow a headline's link in a list of headlines: its outlet, a short name and no sentence.
const CREDIT_AFTER_LINK = /^\s{0,4}[\p{Lu}\d][^.!?]{0,40}$/u;

/**
 * A list of headlines, one a line, each a link with its outlet after it (a Google News cluster: the
 * story's headline, then other outlets' on the same story). Words quoted in a headline are that
 * outlet's headline, no one's speech the item reports.
 */
function isHeadlineList({ paragraphs, links }: CleanText): boolean {
  if (paragraphs.length === 0 || links.length < paragraphs.length) return false;
  return paragraphs.every((paragraph) => links.some(({ text }) => text.length > 0 && paragraph.startsWith(text) && CREDIT_AFTER_LINK.test(paragraph.slice(text.length))));
}

// The items of one poll share their time: it is written once.
let lastSeen = { time: NaN, iso: '' };

function isoTime(date: Date): string {
  const time = date.getTime();
  if (time !== lastSeen.time) lastSeen = { time, iso: date.toISOString() };
  return lastSeen.iso;
}

/** Not a line about the post (its account: "Ana Ruiz (@anaruiz):", a byline, a date, an address alone). */
function isPostsWords(paragraph: string): boolean {
  return !isMetaLine(paragraph) && !isLeadBoilerplate(paragraph);
}

function firstWords(paragraphs: string[]): string {
  const words = (paragraphs.find(isPostsWords) ?? paragraphs[0] ?? '').slice(0, 1000).split(' ');
  return clipText(words.length > 12 ? `${words.slice(0, 12).join(' ')}…` : words.join(' '), 120) || '(untitled)';
}

/** Whether a name is a news outlet's: any known newsroom, a linked site's, or the source when it is one. */
function outletTest(source: string, links: CleanText['links']): (name: string) => boolean {
  const sourceIsNewsroom = outletByName(source)?.kind !== 'company';
  return (name) => isNewsOutletName(name) || isPeriodicalName(name) || (sourceIsNewsroom && sameOutletName(name, source)) || isLinkedSite(name, links);
}

/**
 * A name the text links to a page of a site whose domain spells it: '“…”, said <a
 * href="https://www.tatler.com/article/…">Tatler</a>', '<a href="https://www.hrblock.com/tax-center/…">H&R
 * Block</a>'. What the text quotes of it is that page's text, a magazine's reporting or a company's web
 * page, not anyone's speech. Not a person ("Paul Kingsnorth" linked to his own site speaks for himself),
 * and not a link to the site's home page, which names the site and not what it wrote. Asked only of a
 * name an attribution gives, and only its own links' addresses are read.
 */
function isLinkedSite(name: string, links: CleanText['links']): boolean {
  if (name.length < 3 || name.length > 40 || GIVEN_NAMES.has(name.split(' ')[0]!.toLowerCase())) return false;
  return links.some(({ text, href }) => text === name && isSitePageSpelling(href, name));
}

// The last word of a periodical's name: "… said Top Gear Magazine", "according to the Harbor Gazette".
const PERIODICAL_WORD = /\s(?:Magazine|Journal|Gazette|Tribune|Herald|Times|Post|Weekly|Chronicle|Quarterly|Monthly|Telegraph|Courier)$/;

/** A name that ends as a periodical's does, not opened by a given name ("Emily Post" is a person). */
function isPeriodicalName(name: string): boolean {
  return PERIODICAL_WORD.test(name) && !GIVEN_NAMES.has(name.split(' ')[0]!.toLowerCase());
}
