// The headline as a reader wants it: entities left over from double escaping decoded, whitespace
// collapsed, no " - Outlet" or "(Outlet)" tail. The feed readers hand over titles as plain text (feed-types.ts).
import { decodeHTML } from 'entities';
import { collapse } from './clean-html.ts';
import { outletByName, sameOutletName } from './known-outlets.ts';
import { ADDRESS_ALONE } from './lead-boilerplate.ts';
import { clipText } from '../clip-text.ts';

// A title longer than this is not a headline but a body pasted into the title: cut it.
const MAX_HEADLINE = 300;

const LEADING_SCORE = /^(?:(?!(?:19|20)\d\d\b)\d{1,6}(?:(?:\s+(?:points?|votes?|upvotes?))?\s+[–—-]|\s+(?:points?|votes?|upvotes?):)|\[(?!(?:19|20)\d\d\])\d{1,6}(?:\s+(?:points?|votes?|upvotes?))?\]|[▲⬆↑]\s*\d{1,6})\s+(?=\S)/i;
// A name and a bar opening a title (see LEADING_HAN_CREDIT in find-source.ts).
const LEADING_CREDIT = /^\s*([^|｜]{1,40}?)\s*[|｜]\s*(?=\S)/u;
// The same with a colon, as a bridge opens each post with its account ("@elonmusk: A few months ago …").
const LEADING_ACCOUNT = /^\s*(@\w{1,30}):\s+(?=\S)/u;
// A Twitter bridge's note on whose timeline a post is: "RT by @acme: …" (Nitter: a repost of someone
// else's), "🔁 RT @ada: …" (a repost of Ada's), "R to @acme: …" (a reply). The post's own words follow.
const REPOST_MARK = String.raw`(?:🔁\s*)?RT(?: by)? @\w{1,30}:`;
const TIMELINE_NOTE = new RegExp(String.raw`^(?:${REPOST_MARK}|R to @\w{1,30}:)\s+(?=\S)`, 'u');
const REPOST_NOTE = new RegExp(String.raw`^${REPOST_MARK}\s`, 'u');

/** A title a bridge marks as a repost of someone else's post (see TIMELINE_NOTE). */
export function isRepostTitle(title: string | undefined): boolean {
  return title !== undefined && REPOST_NOTE.test(title);
}
const COUNT = String.raw`\d[\d,]*\s+(?:comments?|points?|votes?|upvotes?|replies)`;
const TRAILING_COUNTS = new RegExp(String.raw`\s*[([]${COUNT}(?:\s*(?:,|\||and)\s*${COUNT})*[)\]]$`, 'i');

const DANGLING_SEPARATOR = /\s+[|–—-]$/;
const HANDLE_CREDIT = /\s+\(@\w{1,30}\)$/;
// Counts after middle dots ("… · 512 points · 398 comments"), a score in brackets ("… (score: 87)"),
// a newsletter's reading time ("… (2 minute read)"). (A sponsor's mark, "(Sponsor)", "Sponsored:", stays:
// a reader should see that an item is paid for.)
const TRAILING_NOTES = new RegExp(String.raw`(?:\s+·\s+${COUNT})+$|\s*\((?:score:\s*\d+|\d{1,3}\s+min(?:ute)?s?\s+read)\)$`, 'i');
// A page's note on the item's media or its revision, in brackets or after a dash at either end ("… (VIDEO)", "… [Updated]",
// "… — VIDEO", "[PHOTOS] …"): what the page holds, no word of the headline.
const MEDIA_NOTE = String.raw`(?:video|videos|photos?|pics|gallery|audio|podcast|updated?|with video)`;
const TRAILING_MEDIA_NOTE = new RegExp(String.raw`\s*(?:\(${MEDIA_NOTE}\)|\[${MEDIA_NOTE}\]|\s[-|–—]\s+(?:VIDEO|Video|PHOTOS|Photos))$`, 'i');
const LEADING_MEDIA_NOTE = new RegExp(String.raw`^(?:\(${MEDIA_NOTE}\)|\[${MEDIA_NOTE}\])\s+(?=\S)`, 'i');
// The same as a label before a colon, in capitals or title case as pages set it ("WATCH: …", "Video: …", "PHOTOS: …",
// "Podcast: …"), and a breaking-news flag ("BREAKING: …", "Breaking news: …"): the page's words on the item. (Not
// "Exclusive:" or "Analysis:", which tell the reader what kind of story it is.)
// So are the same flags in the other languages of the feeds we read, in brackets as East Asian papers set them
// ("【速報】", "[단독]", "[포토]", "【独家】") or before a colon or a dash ("JUST IN:", "DIRECT - ", "Vidéo.", "Эксклюзив:",
// "عاجل:"), a wire's version flag ("(LEAD) ", "(2nd LD) ", "(URGENT) ", as Yonhap sets them), a release portal's "PR: ",
// and a count of a gallery's photos after the headline ("(23 photos)"). ("Live:" stays: the item is a live page.)
const LEADING_MEDIA_LABEL = /^(?:(?:🔴\s*)?(?:WATCH|Watch|VIDEO|Video|PHOTOS?|Photos?|LISTEN|Listen|PODCAST|Podcast|BREAKING(?: NEWS)?|Breaking(?: [Nn]ews)?|JUST IN|Just [Ii]n|Эксклюзив|Срочно|عاجل)\s*(?::|\s[-–—]|\s*[\p{Extended_Pictographic}\ufe0f]+)\s*(?=\S)|(?:DIRECT|EN DIRECT|EN VIVO|AO VIVO|IN DIRETTA)\s*[-–—|:]\s*(?=\S)|(?:Vidéo|VIDÉO|Vídeo|VÍDEO)\.\s+(?=\S)|[【\[](?:速報|速报|独家|獨家|快讯|快訊|重磅|单独|단독|속보|포토|영상|動画|写真)[】\]]\s*(?=\S)|\((?:LEAD|\d(?:st|nd|rd|th) LD|URGENT)\)\s*(?=\S)|PR:\s+(?=\p{Lu}))/u;
const PHOTO_COUNT = /\s*\(\d{1,3} (?:photos|pictures|images)\)$/i;
// A word in lower case ("the"), not a brand written so ("iPhone", "xAI").
const LOWER_WORD_FIRST = /^\p{Ll}\p{Ll}*(?![\p{Lu}\d])/u;

/** A paragraph that repeats the title without its label or slug ("Exclusive-Dutch regulator fines …"), as cleanHeadline takes them off. */
export function withoutTitleLabel(text: string): string {
  return text.replace(LEADING_MEDIA_LABEL, '').replace(WIRE_SLUGS, '');
}

// A paywall's mark after the headline: "($)".
const PAYWALL_MARK = /\s*\(\$\)$/;
// A release's label ("Press Release: …") and a wire's slugs ("UPDATE 2-", "EXCLUSIVE-", "RPT-"), set
// before the headline: labels, not its words.
const LEADING_LABEL = /^press release\s*:\s+(?=\S)/i;
// In capitals, as the wire sets them: "Insight-driven" and "Update-ready" open headlines.
// In title case only before a capital: "Explainer-What is …", "Factbox-Who …".
const WIRE_SLUGS = /^(?:(?:UPDATE|WRAPUP|RPT|REFILE|CORRECTED|EXCLUSIVE|ANALYSIS|INSIGHT|FACTBOX|EXPLAINER|BREAKINGVIEWS|COLUMN)(?:\s\d{1,2})?-(?=\S)|(?:Explainer|Factbox|Analysis|Insight|Exclusive|Breakingviews|Column)-(?=\p{Lu}))+/u;
// arXiv's older feeds end each title with the paper's id and category: "… (arXiv:2603.04567v2 [cs.CL] UPDATED)".
const ARXIV_ID = /\s*\(arXiv:\d{4}\.\d{4,5}(?:v\d+)?\s*\[[^\]]{2,20}\](?:\s*UPDATED)?\)$/i;
// A forum's flair ("[R] …", "[D] …" on r/MachineLearning: research, discussion) and an arXiv id ("[2612.04120] …")
// set before a title: a tag, no word of it.
const LEADING_TAG = /^\[(?:\p{Lu}|\d{4}\.\d{4,5}(?:v\d+)?)\]\s+(?=\S)/u;
// The outlet's name before a long dash ("Meta AI — Introducing Llama 5"). (Not before a short dash: "Grafeo – A fast
// graph database" names the product the headline is about.)
const LEADING_NAME = /^\s*([^—–:|]{2,40}?)\s+—\s+(?=\p{Lu})/u;
// Or before a colon, a newsletter's or a show's name before its item's headline ("Superhuman AI: Anthropic's $500B
// valuation"), when a headline of its own follows, opening with a capital: "Ollama: all aboard open models" names the
// product the post is about.
const LEADING_COLON_NAME = /^\s*([^—–:|]{2,40}?):\s+(?=\p{Lu})/u;

// A separator and the words after it at a title's end, no other separator among them.
const SECTION_TAIL = /\s+([-|–—])\s+(?:\p{Lu}[\p{L}&]*|AI)(?:\s+(?:\p{Lu}[\p{L}&]*|&)){0,2}$/u;
const MIN_HEADLINE_BEFORE_SECTION = 20;
const TAIL_SEPARATOR = /\s+(?:[-|–—«»·\\]|::|\/\/)\s+((?:(?!\s(?:[-|–—«»·\\]|::|\/\/)\s)[^|–—«»·\\])+)$/;
const SITE_ENDING = /\.(?:com|net|org|io|ai|news|co)$/;

// The marks a title sets before the outlet's name.
const OUTLET_SEPARATORS = [' - ', ' – ', ' — ', ' | '];

/**
 * `outlets`: names that may trail the title (the source, the feed's title). `feedNames`: the feed's own names (its
 * title, the site in it), which may also open the title before a colon.
 */
export function cleanHeadline(title: string | undefined, outlets: (string | undefined)[], feedNames: (string | undefined)[] = []): string {
  // Titles are sometimes entity-escaped twice ("&amp;#8211;"): what the feed reader left as an
  // entity is decoded again, twice at most. Markup is not removed here: a "<" in a plain-text title is text.
  const cut = (title ?? '').slice(0, 4 * MAX_HEADLINE);
  let text = collapse(cut.includes('&') ? decodeHTML(decodeHTML(cut)) : cut);
  // A link aggregator's score or comment count is not part of the headline: "39 – Intel Expands…",
  // "39 points – …", "428 points: …", "[312] …" (a year is: "2026 – the year in AI"), "… (120 comments)", "… [42 points]",
  // "… (42 points, 17 comments)".
  // A separator left dangling at the end, after the outlet a page's title names ("… | PYMNTS |"), goes first.
  text = text.replace(LEADING_SCORE, '').replace(TIMELINE_NOTE, '').replace(TRAILING_COUNTS, '').replace(TRAILING_NOTES, '').replace(TRAILING_MEDIA_NOTE, '').replace(DANGLING_SEPARATOR, '').replace(ARXIV_ID, '');
  const labelled = text;
  text = withoutTitleLabel(text.replace(LEADING_LABEL, '').replace(LEADING_MEDIA_NOTE, '')).replace(LEADING_TAG, '');
  // A label taken off before a word in lower case ("Watch: the Red Hot Chili Peppers …"): the headline opens with a capital.
  if (text !== labelled && LOWER_WORD_FIRST.test(text)) text = text.charAt(0).toUpperCase() + text.slice(1);
  text = text.replace(PAYWALL_MARK, '').replace(PHOTO_COUNT, '');
  // The outlet's name before a bar, as Chinese reposts credit it ("新华网｜…", "纽约时报 | …").
  const opening = LEADING_CREDIT.exec(text);
  if (opening && outlets.some((outlet) => sameOutlet(outlet, opening[1]!.toLowerCase()))) text = text.slice(opening[0].length);
  const named = LEADING_NAME.exec(text);
  if (named && outlets.some((outlet) => sameOutlet(outlet, named[1]!.toLowerCase()))) text = text.slice(named[0].length);
  // Before a colon, only the feed's own name: a linked site's or a product's name there is what the headline is about
  // ("Boomloom: Think with your hands" on a link aggregator).
  const show = LEADING_COLON_NAME.exec(text);
  if (show && feedNames.some((name) => sameOutlet(name, show[1]!.toLowerCase()))) text = text.slice(show[0].length);
  const account = LEADING_ACCOUNT.exec(text);
  if (account && outlets.some((outlet) => sameOutlet(outlet, account[1]!.toLowerCase()))) text = text.slice(account[0].length);
  // An outlet whose own name holds a separator ("Focus Taiwan - CNA English News", Google News' <source>),
  // whole after one at the very end.
  const lower = text.toLowerCase();
  for (const outlet of outlets) {
    if (outlet === undefined || !/\s[-|–—]\s/.test(outlet)) continue;
    const tail = OUTLET_SEPARATORS.map((separator) => `${separator}${outlet.toLowerCase()}`).find((ending) => lower.endsWith(ending));
    if (tail) {
      text = text.slice(0, text.length - tail.length).trimEnd();
      break;
    }
  }
  // A separator, then the outlet's name, at the very end. Twice at most: Google News adds its
  // " - Outlet" after the outlet's own " | Outlet" ("Bridge closes | Valley Courier - Valley Courier").
  // Blogs set their name after other marks too: "… :: Lab Gossip", "… « Uptime Watch", "… » Quill Notes",
  // "… · The Daily Circuit", "… // Byte Notes".
  // The name may carry its site's ending: "… - Model Minute.com".
  let mark: string | undefined;
  for (let round = 0; round < 2; round++) {
    const separator = TAIL_SEPARATOR.exec(text);
    const tail = separator?.[1]?.toLowerCase();
    const bare = tail?.replace(SITE_ENDING, '');
    // Or the outlet's publication ("… - ITmedia NEWS" for ITmedia; see isOutletsPublication).
    if (!tail || !outlets.some((outlet) => sameOutlet(outlet, tail) || (bare !== tail && sameOutlet(outlet, bare!)) || isOutletsPublication(outlet, separator![1]!))) break;
    mark = separator![0].trim().charAt(0);
    text = text.slice(0, separator!.index);
  }
  // The site's section, set before its name with the same mark ("… – Tech – Meridian Wire", "… | AI News | Site"):
  // a word or two in capitals, no headline's.
  const section = mark ? SECTION_TAIL.exec(text) : null;
  if (section && section[1] === mark && section.index >= MIN_HEADLINE_BEFORE_SECTION) text = text.slice(0, section.index);
  // Or, after a pipe, the outlet's publication as its own feed is titled: "… | NVIDIA Technical Blog",
  // "… | ZOZO TECH BLOG", "… | Retail Dive - Latest News", "… | Simon Willison's Weblog" (an aggregator
  // appends the title of the feed it took the item from).
  const pipe = text.lastIndexOf(' | ');
  if (pipe > 0 && outlets.some((outlet) => isOutletsPublication(outlet, text.slice(pipe + 3)))) text = text.slice(0, pipe).trimEnd();
  // Or in brackets, after a writer's name or alone: "… (Jane Roe / The Verge)", "… (Reuters)".
  // An X handle in brackets credits the post's holder ("… (@sama)", as Techmeme credits a post): no word of the headline.
  text = text.replace(HANDLE_CREDIT, '');
  const bracket = /\s+\((?:[^()/]{1,40}\/\s*)?([^()/]{2,40})\)$/.exec(text);
  const credited = bracket?.[1]?.trim().toLowerCase();
  if (credited && outlets.some((outlet) => sameOutlet(outlet, credited))) text = text.slice(0, bracket!.index);
  return clipText(text, MAX_HEADLINE);
}

// A bridge's stand-in for a post's title: "Tweet 2027392051420209348".
const NUMBERED_POST = /^(?:tweet|post|status)\s+\d{6,}$/i;
// A platform's or a writer's stand-in for no title: "Untitled", "No title", Tumblr's "Photo" and "Text",
// "Post by @ada", "New status by ada", "Tweet by Ada Brook (@ada)", "Thread by @ada", "Tweets from @acme", "Channel post",
// and the account's own title given to each post ("Ada Brook (@ada) on X").
const NO_TITLE = /^(?:untitled(?: post)?|no title|\(no title\)|\[no title\]|photo|text|quote|link|channel post|(?:new )?(?:post|status|tweet|toot|note) (?:by|from) @?[\p{L}\p{N}_.@]+(?: [\p{L}\p{N}_.]+){0,2}(?: \(@[\w.]+\))?|(?:posts|tweets|toots|thread) (?:by|from) @[\w.@]+|[^()]{1,60} \(@[\w.]+\) on (?:x|twitter))$/iu;

/** True for a title that only stands in for one: an address cut short, a numbered post, a platform's "Untitled". */
export function isPlaceholderTitle(title: string): boolean {
  return ADDRESS_ALONE.test(title.toLowerCase()) || NUMBERED_POST.test(title) || NO_TITLE.test(title.trim());
}

// What a publication's title adds after its outlet's name: its kind ("Tech Blog", "'s Weblog", "Newsroom"),
// its section ("- Latest News") or a tagline after a dash ("— For Web Designers").
const PUBLICATION_TAIL = /^(?:['’]s)?(?:\s+(?:tech|technical|engineering|developers?|official|ai|research|news|newsroom|blog|weblog|magazine|latest|updates))*(?:\s+[-–—]\s+.+)?$/i;

// The same in Japanese: after the possessive, "Zennの「frontend」のフィード" (Zenn's feed of a topic),
// "…のブログ" (blog); after a colon, its latest articles ("MarkeZine:新着一覧").
const JAPANESE_PUBLICATION_TAIL = /^(?:の(?:[「『][^」』]{1,40}[」』]の)?(?:フィード|ブログ|記事|新着記事)|[:：]\s*新着(?:一覧|記事)?)$/u;

/**
 * Whether a title's tail is the outlet's publication: its name, maybe after "The", then only the words
 * PUBLICATION_TAIL allows ("ZOZO TECH BLOG" for ZOZO, "The WooCommerce Blog" for WooCommerce).
 */
function isOutletsPublication(outlet: string | undefined, tail: string): boolean {
  if (!outlet || outlet.length < 2) return false;
  const named = tail.replace(/^the\s+/i, '');
  if (named.slice(0, outlet.length).toLowerCase() !== outlet.toLowerCase()) return false;
  const rest = named.slice(outlet.length);
  return rest === '' || (/^[\s'’]/.test(rest) && PUBLICATION_TAIL.test(rest)) || JAPANESE_PUBLICATION_TAIL.test(rest);
}

/** An outlet's name as credited (see sameOutletName), or by another name it goes by ("WSJ" for The Wall Street Journal). */
function sameOutlet(outlet: string | undefined, credited: string): boolean {
  if (outlet === undefined) return false;
  if (sameOutletName(outlet, credited)) return true;
  const known = outletByName(credited);
  return known !== undefined && sameOutletName(outlet, known.name);
}
