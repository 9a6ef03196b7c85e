// Which opening text is not the story: newsletter intros and sign-ups, "Listen to this post",
// editor's notes, bylines, datelines, captions, arXiv preambles, link rows, cookie and subscription text.
// The summary skips a paragraph or sentence these name, and strips the prefixes, before it picks
// the lead sentence.
//
// A repeat of at most three of a group ((?:…){0,2}, {1,3}) that holds a Unicode class is written as
// a capturing group though nothing reads what it captures: V8 compiles a non-capturing one by
// copying it once per repeat, with its large letter classes, which costs several milliseconds to
// compile on first use; a capturing group it compiles as a loop, which matches the same.
import { AI_DISCLOSURE_OPENING } from './ai-disclosure.ts';
import { calendarWords, MONTH_ABBREVIATIONS, MONTH_NAMES } from './calendar-words.ts';
import { readDateline } from './dateline.ts';
import { splitSentences } from './split-sentences.ts';
import { ACCOUNT_LEAD_IN, ACCOUNT_LINE } from './embedded-post.ts';
import { byOpening, type RuleIndex, rulesByOpening } from './rules-by-opening.ts';
import { isRoleWord, PARTICLES } from './speaker-names.ts';

// A byline ("By Jane Roe", "Por Lucía Gómez | 4 de mayo de 2026"), a date and time alone ("Tue 3 Mar 2026
// 09.14 GMT") and a date line ("Last updated: March 3, 2026", "Published 2 June 2026"): the page's lines about
// the story, skipped as furniture, and told apart from it by isMetaLine.
const BYLINE = /^(?:by|posted by|written by|words by|von|par|por|di|door)\s*:?\s+[^.!?]{2,80}$/;
// A page may write a comma before the year ("22 August, 2026") and its update after the time, in
// brackets ("23 Aug 2026 03:20AM (Updated: 23 Aug 2026 03:59AM)"): still a date line.
const DATE_ALONE = /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?)\s+\d{4}(?:,?\s+(?:at\s+)?\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[a-z]{2,5})?)?(?:\s*\((?:updated|modified|edited)\s*:?[^()]{1,40}\))?\s*$/;
// A page's byline run together with its reading time and date line ("Press Trust of India New Delhi
// 2 min read Last Updated : Aug 22 2026 | 6:14 PM IST"): a short line, no sentence, that gives a reading time.
const READ_TIME_LINE = /^[^.!?]{0,80}\b\d{1,3}[- ]?min(?:ute)?s?\.? read\b[^.!?]{0,80}$/;
// A scraped page's labels run together before its date line, in lower case ("content type
// highlightpublished June 8, 2021": a link's label and the date's, their markup gone).
const LABELS_THEN_DATE = /^[a-z ]{1,40}?(?:published|posted|updated)\s*:?\s*(?:on\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{4})\.?$/;
// (Not a date line that a story's sentence follows after its full stop: "Published 3 March 2026. Acme unveiled
// …" keeps the sentence, from which the summary strips the line.)
const DATE_LINE = /^(?!.*?\d\.\s+(?:\S+\s+){4}\S)(?:last updated|last modified|last edited|modified on|published|posted|updated on|first published|release date|for release|delivered on|aktualisiert|veröffentlicht|stand|publié|mis à jour|publicado|actualizado|atualizado|pubblicato|aggiornato)\s*:?\s*(?:on\s+|am\s+|le\s+|el\s+|em\s+|il\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/;

// An address alone, with a path: "nitter.example/ana/status/2027…", "https://x.com/i/article/2035…". (A
// site's name alone, "ScienceCafes.org", has none.) Lower case: the rules read lowercased text.
export const ADDRESS_ALONE = /^(?:https?:\/\/)?(?:[\w-]+\.)+[a-z]{2,}\/\S*$/;
// A social post's author line, a name and the handle: "Ana Ruiz (@anaruiz)", "ana (@ana@mastodon.social)";
// with a colon, the line above a quoted post ("Ana Ruiz (@anaruiz):").

// An editor's introduction of the post: "In this post, Jane Roe explains …", "This week’s issue is a guest post
// from …". Skipped for the story below it; an item that has nothing else is described by it (see summarize).
export const POST_INTRODUCTION =
  /^in (?:this|today(?:'|’)s|this week(?:'|’)s|the following) (?:post|article|blog post|guest post|installment|instalment|piece)\b(?!,? (?:we|i)\b)|^(?:this|today(?:'|’)s|this week(?:'|’)s) (?:(?:issue|edition|newsletter|letter|post) is (?:a |an )?)?guest (?:post|column|essay)\b/;

// The label a newsletter sets in brackets over a sponsor's pitch: "[Sponsor]", "(Sponsored)", "[Ad]" (lower case).
const SPONSOR_LABEL = '(?:sponsor(?:ed)?|ad|advertisement|promoted|partner content|paid (?:post|content))';

// Whole paragraphs or sentences that open a post without being its story. Lowercased text is
// tested (no case-insensitive flag needed).
// `newsletter`: the rule also says the post is a newsletter.
// `needs`: a string every match holds, looked for before the rule is tried (see isLeadBoilerplate).
const SKIPPED: { rule: RegExp; why: string; newsletter?: true; needs?: string }[] = [
  { rule: /^(?:(?:good (?:morning|afternoon|evening|day)|hi|hello|hey|greetings|happy \w+day)\b[^.!?]{0,30}?[,!]?\s+(?:and\s+)?)?(?:(?:a (?:warm |big |hearty |special )?)?welcome(?: back)? to\b|welcome back\b|you(?:'|’)re reading\b|you are reading\b|thanks? (?:you )?for (?:reading|subscribing|signing up|being here)\b|if you(?:'|’)re new here\b)/, why: 'newsletter intro, a greeting before it or not ("Welcome back to In the Loop, …", "Good morning and welcome to …")', newsletter: true },
  { rule: /^this is\s+(?:the\s+)?[^.,]{1,40},\s+(?:a|an|the|our|[^,.\s]+(?:\s[^,.\s]+){0,3}(?:'|’)s?)\s+[^.]{0,60}\b(?:newsletter|letter|column|digest|roundup|round-up|briefing|edition|podcast|series)\b/, why: 'newsletter intro ("This is The Stepback, a weekly newsletter …")', newsletter: true },
  // A box's points run together by middle dots ("UK to use AI for tax checks · 2,000 staff retrained · Starts April"):
  // three short pieces or more, no sentence among them.
  { rule: /^[^.!?·•]{2,80}(?:\s[·•]\s[^.!?·•]{2,80}){2,}[.!]?$/, why: 'a box\'s points set apart by middle dots' },
  // A live page's welcome and its host, pinned above the entries ("Pinned — Welcome to our live coverage of …",
  // "I'm Jo Roe and I'll be bringing you the latest …"): the entries below are the story.
  { rule: /^(?:pinned\s*[—–:-]\s*)?(?:hello and )?welcome to (?:our|the|this) live (?:coverage|blog|updates|page|reporting)\b|^(?:i(?:'|’)m|i am) [^.!?,]{1,40},? and i(?:'|’)ll be (?:bringing|taking|guiding|keeping|walking|with)\b/, why: 'a live page\'s welcome and its host' },
  { rule: /^(?:i(?:'|’)m|i am|my name is) [^.!?,]{1,40},? and (?:this is|welcome to|you(?:'|’)re reading|today (?:we(?:'|’)re|i(?:'|’)m) (?:looking at|talking about|covering|diving into|writing about))\b/, why: 'the writer introducing themselves and the letter ("I’m Tom, and this is Weights Wire, …", "I’m Sam Ortiz, and today we’re looking at Brussels.")', newsletter: true },
  // The page's notice about itself above a live page's entries ("Follow along for live coverage of …", "Refresh for the
  // latest.", "Auto-updating every 30 seconds", "This live blog has now ended."): the entries are the story.
  { rule: /^(?:follow (?:along|our live coverage|live)\b[^.!?]{0,100}[.!:]?$|refresh (?:this page )?for (?:the latest|updates)\b|auto-?updat(?:ing|es)\b[^.!?]{0,40}$|this live (?:blog|page|coverage) (?:has )?(?:now )?(?:ended|closed)\b)/, why: 'a live page\'s notice about itself' },
  // The writer's housekeeping before the first story ("If someone forwarded this to you, sign up here.", "A quick note before
  // we start: …", "This week's issue is a bit late because of travel.", "Today's letter is 1,400 words.").
  { rule: /^(?:if (?:someone|a friend) forwarded (?:this|this email|this newsletter|it) to you\b|(?:a )?quick (?:note|programming note|housekeeping note|reminder) before (?:we|i) (?:start|begin|get (?:into it|started)|dive in)\b|(?:quick hits|a few quick (?:things|notes)) before (?:we|i) (?:get into it|start|begin|dive in)\b|this (?:week|month)(?:'|’)s (?:issue|edition|newsletter|letter) is (?:a (?:bit|little) )?(?:late|short|shorter|longer|delayed|lighter)\b|today(?:'|’)s [^.!?]{1,40} is [\d,]+ words\b)/, why: 'a newsletter writer\'s housekeeping before the first story', newsletter: true },
  // A sentence of mood before the story that ends by diving in ("It's been a wild week for chip stocks, so let's dive right in.").
  { rule: /^[^.!?]{0,100}[,;—–-]\s*so let(?:'|’)s (?:dive|jump|get|dig) (?:right )?(?:in|into it|started)[.!]?$/, why: 'a newsletter\'s filler before its first story', newsletter: true },
  { rule: /^(?:in|for) (?:today(?:'|’)s|this week(?:'|’)s|this) (?:edition|issue|newsletter)\b|^(?:today(?:'|’)s|this week(?:'|’)s|this) (?:edition|issue|newsletter|letter|rundown)\s*:/, why: 'newsletter table of contents ("In this issue: …", "Today’s issue: …")', newsletter: true },
  // An issue's line: the letter's name for a date or a span of dates, as a sentence ("AI News for
  // 8/20/2026-8/21/2026.", "Market Notes for May 3, 2026."); what follows it is about the letter.
  { rule: /^[a-z][a-z0-9 .&'’-]{1,30} for (?:\d{1,2}\/\d{1,2}\/\d{2,4}(?:\s*[-–]\s*\d{1,2}\/\d{1,2}\/\d{2,4})?|\d{4}-\d{2}-\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(?:, \d{4})?|(?:mon|tues|wednes|thurs|fri|satur|sun)day,? [a-z]+\.? \d{1,2}(?:, \d{4})?)\.(?:\s|$)/, why: 'a newsletter issue\'s line ("AI News for 8/20/2026-8/21/2026.")', newsletter: true, needs: ' for ' },
  { rule: /^(?:here are (?:the )?)?(?:two|three|four|five|six|seven|eight|nine|ten|a few|\d{1,2}) (?:big |quick |short |top )?(?:stories|things|items|links|updates|reads) (?:this week|today|for you|(?:that )?you (?:need|should|must|have) (?:to )?(?:know|read|see|hear)\b)/, why: 'a newsletter counting its sections ("Three stories this week.", "Here are five things you need to know today.")', newsletter: true },
  { rule: /^here(?:'|’)?s? (?:is |are )?(?:your|the|this week(?:'|’)s|today(?:'|’)s) [^.!?]{0,40}\b(?:roundup|round-up|digest|briefing|dose|recap|newsletter|edition|issue)\b|^here(?:'|’)?s (?:what|everything) (?:else )?(?:caught|happened|we(?:'|’)re|you need|matters|to know|is new|(?:we )?(?:read|saw|found))\b|^here(?:'|’)?s what (?:our|the|my) [^.!?]{1,40}\b(?:got up to|(?:have|has) been up to|did|shipped)\b/, why: 'a newsletter presenting itself ("Here is your weekly dose of AI news.", "Here’s what caught our eye", "Here’s what our portfolio companies got up to in May.")', newsletter: true },
  { rule: /^(?:(?:good )?(?:morning|afternoon|evening)|hi|hello|hey|greetings|welcome(?: back)?|happy \w+day)\b[^.!?—–]{0,40}(?:[,.!]|\s[—–-])\s*$/, why: 'a greeting alone ("Good morning,", "Morning!", "Hi friends —", "Welcome, AI enthusiasts.")', newsletter: true },
  { rule: /^¡?(?:hola|buen(?:os|as) (?:d[ií]as|tardes|noches)|bonjour|bonsoir|salut|hallo|guten (?:morgen|tag|abend)|moin|servus|ol[áa]|bom dia|boa (?:tarde|noite)|ciao|buongiorno|buonasera)(?![a-zà-ÿ])[^.!?—–]{0,40}(?:[,.!]|\s[—–-])\s*$|^(?:sean )?(?:bienvenid[oa]s?|bem-vind[oa]s?|bienvenue|willkommen|benvenut[oaie])\b/, why: 'a greeting alone, or a welcome, in the other languages of the feeds we read ("¡Hola!", "Bienvenidos a una nueva edición …")', newsletter: true },
  // The writer saying who they are, alone as its sentence ("Ina here.", "Hey folks — Jonas here. 👋"): one word before
  // "here", not a verb ("The future is here."), an adverb ("It's finally here!") or a call ("Order it here.", "Click here.").
  { rule: /^(?:(?:hi|hey|hello)\b[^.!?—–]{0,20}(?:[,!]|\s[—–-])\s*)?(?:it(?:'|’)s |this is )?(?!(?:the|it|this|that|help|spring|summer|winter|fall|autumn|relief|change|everyone|nobody|we|they|you|click|tap|start|look|come|sign|register|subscribe|read|go|buy|order|apply|listen|watch|see|more|details|info|link|download|available|over|out|right|still|not|now|up)\b)[a-z][a-z'’-]{1,15}(?<!ly) here(?: again)?[.!,]*(?:\s*[\p{Extended_Pictographic}\u200d\ufe0f]+)*$/u, why: 'the writer saying who they are ("Ina here.", "Hey folks — Jonas here. 👋")', newsletter: true },
  // The writer's words to the reader beside a hello, or where they write from ("Hope your week is off to a great start.",
  // "This is a big one, folks.", "Grab a coffee — …", "Hey there — it's Ada.", "Quick one this week because I'm traveling.", "Good afternoon from Geneva, where I've been …", "This is the last
  // issue of the year …").
  { rule: /^(?:(?:i|we) )?hope (?:you(?:'|’)re|you are|you all|you|your|everyone|all of you)\b[^.!?]{0,60}[.!]*(?:\s*[\p{Extended_Pictographic}\u200d\ufe0f]+)*$|^(?:grab|pour|get|make) (?:a|your|yourself a) (?:coffee|cup|tea|cuppa|drink|snack)\b|^(?:this|today|it)(?:'|’)?s? (?:is )?(?:a|another) (?:big|long|short|packed|quick|busy) (?:one|issue|edition)\b[^.!?]{0,40}[.!]*$|^you asked,? (?:and )?we listened\b|^(?:hi|hey|hello)\b[^.!?—–]{0,20}(?:[,!]|\s[—–-])\s*(?:it(?:'|’)s|this is) [a-z][a-z'’-]{1,15}(?: [a-z][a-z'’-]{1,15})?[.!]$|^(?:a |just a )?(?:quick|short) (?:one|note|issue|edition|letter)(?: (?:this|today)\b[^.!?]{0,60})?[.!]$|^(?:good (?:morning|afternoon|evening)|hello|hi|greetings) from [^.!?]{2,80}[.!]$|^this is (?:the|our) (?:last|final|first) (?:issue|edition|newsletter|letter) (?:of|before|for)\b/u, why: 'the writer\'s words to the reader beside a hello ("Hope your week is off to a great start.", "This is a big one, folks.", "Grab a coffee — …")', newsletter: true },
  // A sponsor thanked, as a video's or a show's description opens ("Thanks to Nordway for sponsoring this video!"); the
  // publication describing itself ("Field Notes is a weekly newsletter about technology in agriculture."); a letter's
  // sign-off ("Keep learning!", "Until next week,").
  { rule: /^(?:(?:big |huge |special )?thanks?(?: you)? to [^.!?]{1,40} for (?:sponsoring|supporting|partnering)\b|[^.!?]{2,60} is an? (?:(?:free|weekly|daily|monthly|fortnightly|twice-weekly|reader-supported) )+(?:newsletter|publication|podcast|letter)\b|(?:keep (?:learning|building|reading|shipping|hacking)|until next (?:time|week)|see you (?:next (?:week|time)|tomorrow)|stay (?:curious|tuned)|happy (?:building|hacking|reading))[,.!]*$)/, why: 'a sponsor thanked, the publication describing itself, or a letter\'s sign-off', newsletter: true },
  // A link post's credit to the site it links, alone ("Via ziggy.dev"): where the story is, not a word of it.
  { rule: /^(?:via|source|h\/t)\s*:?\s+(?:www\.)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:\/\S*)?$/, why: 'a link post\'s credit to the site it links ("Via ziggy.dev")' },
  // A Chinese post's editors, a sentence of its own before the story ("编辑：杜伟、泽南。").
  { rule: /^(?:编辑|編輯|作者|编译|編譯|责编|責編)\s*[：:]\s*[^。\n]{1,30}。?$/u, why: 'a Chinese post\'s editors ("编辑：杜伟、泽南。")' },
  // Who translated, reviewed or edited the text, a line of its own ("Translated by Kenji Mori.", "Translation by DeepL, edited
  // by Soo-ah Park.", "Medically reviewed by Dr. Sam Porter"): the page's credit, set above or below the story.
  { rule: /^(?:(?:machine |ai[- ])?(?:translated|translation)|(?:medically |fact[- ]checked and )?reviewed|fact[- ]checked|edited|proofread) by\s+[^.!?]{2,80}/, why: 'a translator\'s, reviewer\'s or editor\'s credit ("Translated by Kenji Mori.")' },
  // A show's line on itself, with nothing of the episode in it ("🎙️ New episode! 🎙️", "Our 500th episode! 🎉", "Thank you
  // to every single listener.", "In this episode we talk about a lot of things.", "This episode includes AI-generated content.").
  { rule: /^(?:[\p{Extended_Pictographic}\u200d\ufe0f]+\s*)*(?:(?:a |our )?(?:brand[- ])?new (?:episode|ep)|our \d+(?:st|nd|rd|th) (?:episode|show|issue|edition))\b[^.!?]{0,30}[.!]*(?:\s*[\p{Extended_Pictographic}\u200d\ufe0f]+)*(?:\s+thank(?:s| you)\b[^.!?]{0,60}[.!])?$|^(?:a (?:big |huge )?)?thank(?:s| you) (?:so much )?to (?:every (?:single )?one of |every (?:single )?|all (?:of )?|each (?:of )?)?(?:our |my )?(?:listeners?|readers?|subscribers?|you)\b[^.!?]{0,40}[.!]*$|^(?:in|on) (?:this|today(?:'|’)s|this week(?:'|’)s) (?:episode|show)\b,? (?:we|i) (?:talk|chat|discuss|cover)(?: about)? (?:a lot of|lots of|all (?:kinds|sorts) of|many|a bunch of|a few|some|everything)(?: (?:things|stuff|topics))?[^.!?]{0,20}[.!]$|^(?:this|the) (?:episode|podcast|show|video) (?:includes|contains|features|uses) ai[- ]generated\b/u, why: 'a show\'s line on itself ("New episode!", "Our 500th episode!", "In this episode we talk about a lot of things.")' },
  { rule: /^[a-z]+(?: [a-z]+)?:\s+(?:(?:and )?welcome(?: back)? to|thanks? for (?:listening|tuning in|joining us))\b/, why: 'a transcript\'s first line, the host welcoming listeners ("Priya: Welcome back to the show.")', newsletter: true },
  { rule: /^(?:(?:a |just a )?(?:short|quick|brief|long|longer|shorter) one (?:today|this week|this time)\b|this (?:is|one(?:'|’)s) a (?:short|quick|brief|long|longer|shorter) one\b|your (?:daily|weekly|monthly|fortnightly) (?:briefing|digest|roundup|round-up|dose|guide|newsletter)\b|this one(?: is|(?:'|’)s| has| comes)\b|(?:this|today|this week|this time)(?:'|’)?s?,? i(?:'|’)m (?:trying|doing|testing) (?:something|a)\b|(?:the|this) (?:\w+ )?(?:edition|issue) is (?:where|when|the one)\b|it(?:'|’)?s (?:finally )?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)/, why: 'a newsletter writer\'s note on the issue itself ("Short one today:", "This one has charts.", "This week I\'m trying something new:", "The weekend edition is where I …", "It’s Tuesday, and I’m writing from a train.")', newsletter: true },
  { rule: /^(?:(?:my )?apologies|sorry) for (?:the |this |a )?(?:late|delayed|missing|missed|short|brief|quiet)\b|^(?:(?:a |some |quick |a bit of |a little )?housekeeping)\b|^before we (?:start|begin|dive in|get (?:started|going|into it))\b/, why: 'a newsletter writer\'s word on the letter itself ("Apologies for the late issue", "Housekeeping first: …")', newsletter: true },
  { rule: /^(?:follow (?:the latest|all the latest|our live (?:coverage|updates|blog))\b|we(?:'|’)ll (?:bring you|be bringing you) (?:the latest|all the latest|updates)\b|(?:that(?:'|’)s|that is) (?:all|it) (?:from (?:us|me)|for (?:today|now|tonight|this (?:blog|live blog)))\b|that(?:'|’)s a wrap\b|thanks? (?:you )?(?:for following|for joining us)\b|if you(?:'|’)re just joining us\b|for (?:those|anyone) just joining(?: us)?\b)/, why: 'a live page\'s invitation, recap line ("If you’re just joining us, here’s …") or sign-off ("Follow the latest from …", "That’s all from us today. Thanks for following along.", "That’s a wrap!")' },
  { rule: /^(?:listen|watch|subscribe|follow (?:us|the show)|find us)(?: (?:now|free|to (?:the|this|our) (?:show|episode|podcast)))? (?:on|in|via|wherever)\b[^.!?]{0,80}\b(?:podcasts?|spotify|youtube|app|player)\b|^(?:the )?(?:full |complete |a )?(?:transcript|show notes)(?: and (?:the )?(?:full )?(?:transcript|show notes))? (?:is |are )?(?:below|follows|at the end|available (?:below|here|at|on)|at|on)\b|^recorded (?:live )?(?:at|in|on)\b[^.!?]{0,80}[.!]?$/, why: 'show notes\' lines about the show, not the episode ("Listen on Apple Podcasts, Spotify, or wherever …", "Transcript below.", "Full transcript and show notes at …", "Recorded live at GridWeek in Denver.")' },
  { rule: /^(?:listen to (?:this|the) (?:post|article|story|episode)|listen now|audio version)\b|^(?:this|the) (?:post|article|story|piece|essay) is (?:also )?available (?:as|in) (?:an? )?(?:audio|podcast|narrat)|^(?:this|the) (?:audio|narration|recording|voice)(?: version)? (?:is|was) (?:auto-?generated|automatically generated|generated|created|produced|read)\b/, why: '"Listen to this post" audio link, or the note that a narration exists or how it was made ("This audio is auto-generated.")' },
  { rule: /^(?:(?:get|download|open|read|continue|view|see) (?:(?:it|this|this (?:article|story)|more) )?(?:in|on|with)? ?(?:the|our) (?:\w+ )?app\b|(?:open|read|continue reading) in (?:the )?app\b)/, why: 'an app banner or plea ("Open in app", "Get the app for the full experience.")' },
  // The writer's thanks for help with the text ("Special thanks to Jane Roe for feedback on this
  // post.", "Thanks to A and B for reading drafts of this.", "I thank C for comments."), which research
  // blogs put above the post: not the story. "Thanks to the new model, errors fell" names no help with a text.
  { rule: /^(?:(?:special|many|huge|big|warm) )?(?:thanks|thank you) (?:(?:also|go|goes) )?to\b[^.!?]{1,160}?\bfor\b[^.!?]{0,80}?\b(?:feedback|comments|edits|editing|review(?:s|ing)?|proofreading|reading (?:an? |the )?(?:early |earlier )?drafts?|discussions?|suggestions)\b|^(?:i|we) (?:would like to |want to )?thank\b[^.!?]{1,160}?\bfor\b[^.!?]{0,80}?\b(?:feedback|comments|edits|editing|review(?:s|ing)?|proofreading|reading (?:an? |the )?(?:early |earlier )?drafts?|discussions?|suggestions)\b/, why: 'the writer\'s thanks for help with the text ("Special thanks to Jane Roe for feedback on this post.")', needs: 'thank' },
  // Thanks to the audience as a sentence of its own ("Thanks to everyone who joined the live stream!"); a
  // story's "Thanks to X, the shelter reopened" goes on after a comma.
  { rule: /^thanks? (?:you )?(?:so much )?(?:to )?(?:everyone|every one of you|all of you|you all|all)\b[^,.!?]{0,80}[.!]+$/, why: 'thanks to the audience', newsletter: true },
  { rule: /^(?:sign up|signup|subscribe|already a subscriber|become a (?:member|subscriber)|support our journalism|get (?:the|our) newsletter)\b/, why: 'sign-up plea' },
  // The same plea in the other languages of the feeds we read ("Abonnez-vous pour lire la suite.", "Iscriviti alla
  // newsletter", "Assine o Jornal …", "Jetzt abonnieren").
  { rule: /^(?:abonnez-vous|inscrivez-vous|abonnieren sie|jetzt (?:abonnieren|registrieren|weiterlesen)|suscr[ií]b(?:ete|ase)|reg[ií]strate|iscriviti|abbonati|assine|inscreva-se|abonneer je|word abonnee)\b/, why: 'a sign-up plea in another language' },
  // A paywall's count or gate, and the page's line for news tips ("You have 3 free articles left this month.", "This content
  // is for members only.", "To read the full story, subscribe …", "Have a news tip?", "Got a tip? Contact us securely.").
  { rule: /^you have (?:\d+|one|two|three|four|five) (?:more )?free (?:articles?|stories|reads)\b|^this (?:content|article|story|post) is (?:only )?(?:for|available to|reserved for) (?:paid |paying |premium )?(?:members|subscribers)\b|^to (?:read|access|unlock|see) (?:the (?:full|whole|rest of the|entire) )(?:story|article|post|piece)\b|^(?:have|got) an? (?:news |confidential |story )?tip(?: for (?:us|our (?:reporters|journalists|newsroom|team)))?\?/, why: 'a paywall\'s count or gate, or the page\'s call for news tips' },
  // A paywall's offer and a page's gift button ('Unlock the Editor’s Digest for free', 'Try unlimited access Only $1 for 4
  // weeks', 'Gift this article'), and the terminal's plug a wire sets above its stories ('Before it's here, it's on the
  // Bloomberg Terminal'): the page's words to its reader.
  { rule: /^unlock (?:the |this |our )?[^.!?]{1,40} for free\b|^(?:try|get|start) (?:unlimited|full|premium|complete|digital) (?:digital )?access\b|^gift (?:this|the) (?:article|story)[.!]?$|^before it(?:'|’)s here, it(?:'|’)s on the bloomberg terminal\b/, why: 'a paywall\'s offer, a gift button or a terminal\'s plug ("Unlock the Editor’s Digest for free", "Try unlimited access …")' },
  // What a browser shows in place of a player it cannot play, and an audio player's pitch ("Enjoy more audio and podcasts on iOS or Android.").
  { rule: /^your browser does not support (?:the |html5 )?<?(?:audio|video)\b|^(?:enjoy|get|hear) more audio\b/, why: 'a media player\'s fallback text or pitch' },
  // A letter's greeting to its readers, alone ("Liebe Leserinnen und Leser,", "Chers lecteurs,"), and a welcome to the
  // letter after it ("herzlich willkommen zu unserem Morgen-Briefing.").
  { rule: /^(?:liebe (?:leserinnen und leser|leser(?:innen)?|abonnentinnen und abonnenten)|chers? (?:lecteurs|lectrices|abonnés)|chères lectrices,? chers lecteurs|queridos? (?:lectores|lectoras|suscriptores)|cari lettori|car[ie] (?:lettrici e lettori)|beste lezers?|caros leitores)\b[^.!?]{0,30}[,.!:]?$|^herzlich willkommen\b/, why: 'a letter\'s greeting to its readers, or its welcome, in another language', newsletter: true },
  // A republishing note in the other languages ("Este artículo se publicó originalmente en The Conversation.", "Dit artikel
  // verscheen eerder in …", "Dieser Artikel erschien zuerst bei …", "Cet article a été initialement publié par …").
  { rule: /^(?:este artículo (?:se publicó|fue publicado)|este artigo foi publicado|cet article a (?:d['’]abord )?été (?:initialement |originellement )?publié|dieser (?:artikel|beitrag|text) (?:erschien|ist) (?:zuerst|ursprünglich|erstmals)|dit artikel (?:verscheen|is) (?:eerder|eerst|oorspronkelijk)|questo articolo è stato (?:originariamente |originalmente )?pubblicato)\s/, why: 'a republishing note in another language' },
  // A correction's label in another language ("Fe de erratas: …", "Correction : …" is English's rule, "Berichtigung: …").
  { rule: /^(?:fe de erratas|corrección|rectificación|rectificatif|correctif|berichtigung|korrektur|correzione|rettifica|correção|errata)\s*:/, why: 'a correction\'s note in another language' },
  // A sponsor's label in brackets before its pitch ("[Sponsor] Try Flowstack free …", "(Sponsored) …"), read
  // without its opening bracket as every bracketed note is.
  { rule: new RegExp(String.raw`^${SPONSOR_LABEL}\s*[\])]`), why: 'a sponsor\'s label in brackets ("[Sponsor] …")', newsletter: true },
  { rule: /^(?:today(?:'|’)s|this week(?:'|’)s|this) (?:newsletter|issue|edition|email|letter) is (?:about |around |roughly )?[\d,.]+ words\b/, why: 'a newsletter\'s length ("Today\'s newsletter is 1,200 words, a 5-minute read.")', newsletter: true },
  // A page's plea to follow it and its copyright line, run on after the story's last sentence in a scraped
  // paragraph ("… the company said. Follow us on X.", "… said. Copyright 2026 Harbor Times. All rights reserved.").
  // ("(c) 2026 …" is read without its opening bracket, as every bracketed note is: "c) 2026 …".)
  { rule: /^(?:follow (?:us|me|him|her|them|@\S+|[^.!?,]{1,30}) (?:on|at) (?:x|twitter|facebook|instagram|linkedin|threads|bluesky|mastodon|tiktok|youtube)\b[^.!?]{0,80}[.!]?$|(?:copyright|©|\(?c\))\s*(?:©\s*)?\d{4}(?:\s*[-–]\s*\d{2,4})?\b[^.!?]{0,80}[.!]?$|all rights reserved\.?(?:\s*[|·•][^.!?]{0,80})?$|this (?:material|article|content|story) may not be (?:published|broadcast|rewritten|redistributed|reproduced|copied)\b[^.!?]{0,120}[.!]?$)/, why: 'a plea to follow the site, its copyright line (and the footer\'s links after it: "All rights reserved. | Privacy Policy"; a wire\'s "This material may not be published, broadcast, rewritten or redistributed.")' },
  // A station's or a paper's lines under a short story ("Copyright 2026 Nexstar Media Inc. All rights reserved.", its
  // company's abbreviation breaking the rule above; "The Associated Press contributed to this report.", "Reporting by
  // Jane Roe; Editing by Sam Poe"; "Get breaking news … delivered to your email inbox by signing up here."; "[DOWNLOAD:
  // Free WSB-TV News app …]"; a German site's "Ein Bericht von Jana Roth veröffentlicht am 12. Juni 2026"): the summary
  // takes a short lead's next sentence, and these are none.
  { rule: /^(?:copyright|©|\(?c\))\s*(?:©\s*)?\d{4}\b[^!?]{0,100}?\ball rights reserved\b|^(?:[^.!?]{1,80}\s)?contributed (?:reporting )?to this (?:report|story|article)\b|^[^.!?]{1,60}\scontributed reporting\b|^reporting by [^.!?;]{2,80}(?:;\s*(?:additional reporting|writing|editing) by [^.!?;]{2,80})*[.]?$|^get (?:the latest|breaking|local|our) (?:news|headlines|stories)\b(?:[^.!?]|\.(?=[a-z])){0,100}\b(?:subscribe|sign(?:ing)? up|newsletter|inbox|app)\b|^download\s*:[^.!?]{0,80}\bapp\b|^ein (?:bericht|artikel|beitrag|kommentar|test) von [^.!?]{2,60}\b(?:veröffentlicht am|vom)\b/, why: 'a station\'s or a paper\'s lines under the story: copyright, a contributor\'s credit, an app or a newsletter plug, a German site\'s byline' },
  // A label alone over what follows it ("Video transcript", "AI-generated summary."), and a summary's note that it is one
  // ("Read full article for context."): no sentence of the story.
  { rule: /^(?:(?:video|audio|full|episode|podcast) transcript|ai[- ]generated summary)\s*[:.]?$|^read (?:the )?full (?:article|story) for (?:more )?context\b|^(?:upbeat |soft |theme |dramatic )?(?:music(?: playing| plays)?|laughter|laughs|applause|crosstalk|inaudible|indistinct chatter|silence|bleep)\]$/, why: 'a label over a transcript or a summary, a summary\'s note on itself ("Video transcript", "AI-generated summary."), or a transcript\'s cue ("[MUSIC PLAYING]", read without its opening bracket)' },
  // A journal's citation line ("Nature, Published online: 17 September 2025; doi:10.1038/…"), a paper's acceptance note
  // ("This paper was accepted at ICLR 2025."), a newsletter or a show saying what it is or where to hear it ("Power On is
  // Bloomberg's weekly newsletter on Apple …", "Daily Dispatch is available on iTunes and Spotify …"), a sponsor's
  // credit ("This article is brought to you by …"), an event's ticket offer ("Sessions: AI — Save $300 on your ticket …"),
  // and a show's pointer to its notes ("See below for timestamps, transcript, and to give feedback.").
  { rule: /^[^.;!?]{2,80},\s+published online:\s|^this (?:paper|work|article) (?:was|has been|is) accepted (?:at|to|for|by|in)\b|^[^.!?]{2,60}? is (?:[\p{L}\d.]+(?: [\p{L}\d.]+){0,2}(?:'|’)s |our |the |a |an )?(?:new )?(?:weekly|daily|monthly|fortnightly|twice-weekly|free) (?:newsletter|email|e-mail|briefing)\b|^[^.!?]{2,60}? is available (?:on|in|from|wherever) (?:itunes|apple podcasts|spotify|you get your podcasts|your favou?rite podcast)|^this (?:article|story|post|newsletter|episode|edition|issue|content|series|podcast) is (?:brought to you|sponsored|presented|supported|underwritten|paid for) by\b|^[^.!?]{0,60}\bsave (?:up to )?[$€£]\d[\d,]*\s+(?:on|off)\s+(?:your |a |an )?(?:ticket|tickets|pass|passes|registration)\b|^see below for (?:the )?(?:timestamps|transcript|show notes|links|chapters)\b/u, why: 'a journal\'s citation line, a paper\'s acceptance note, a newsletter\'s or a show\'s word on itself, a sponsor\'s credit, an event\'s ticket offer' },
  // What follows a short lead without being more of it: a pointer to the full paper or a demo ("Read the technical report
  // here.", "Try OLMo 3 in the Ai2 Playground."), an editor's credit ("--Editing by Jay Jackson Jr.", a German wire's "(Bericht
  // von …, redigiert von …)"), a writer's bio ("Jo Roe is a tech reporter at Harbor Ledger covering AI.", "Jo Roe is the author
  // of …"), a column's disclosure ("This is a column about AI."), a paywall's word in German, French and Japanese, and a
  // Brazilian site's app and channel plugs ("Baixe o app do g1 …", "Siga o canal do g1 no WhatsApp.").
  { rule: /^read (?:the|our) (?:full |technical |research )?(?:report|paper|post|announcement|blog post|story|article|model card)(?: here)?\.?$|^try [^.!?]{1,40} in (?:the )?[^.!?]{1,30}(?:playground|app|studio)\.?$|^-{1,2}\s*(?:editing|reporting|additional reporting) by\b|^\(?(?:bericht|reporter|reporterin) von [^)]{2,80}(?:,|;)\s*(?:redigiert|bearbeitet|editiert) von\b|^[^.!?]{2,50} is (?:a|an) (?:senior |staff |freelance |contributing )?(?:tech |technology |science |business |ai |politics )?(?:reporter|writer|correspondent|editor|columnist|journalist) (?:at|for|with|covering)\b|^[^.!?]{2,50} is the author of\b|^this is a column about [^.!?]{1,40}\.$|^dies ist ein (?:artikel|beitrag) (?:von|aus) [^.!?]{2,30} plus\b|^la suite (?:de cet article )?est réservée aux abonnés\b|^この記事は有料記事です|^(?:baixe o app|siga o canal)\b/u, why: 'what follows a short lead without being more of it: a pointer to the paper, an editor\'s credit, a writer\'s bio, a column\'s disclosure, a paywall\'s or an app\'s word' },
  // A Korean paper's time stamps above the story ("입력 2025.02.04. 10:12", "수정 …": entered, edited).
  { rule: /^(?:입력|수정|업데이트)\s*:?\s*\d{4}[.-]\s?\d{1,2}[.-]\s?\d{1,2}/u, why: 'a Korean paper\'s time stamp' },
  // An affiliate disclosure anywhere in a short paragraph ("Engadget has been testing … since 2004. Our stories may include
  // affiliate links; …", "AppleInsider may earn an affiliate commission on purchases …").
  { rule: /\bmay (?:earn|receive|get) (?:an? )?(?:small )?affiliate commission\b|\b(?:may|might|can) (?:include|contain) affiliate links\b/, why: 'an affiliate disclosure', needs: 'affiliate' },
  // A show's, a letter's or a page's word to its reader around the story: a sponsor's offer ("Try Granola free for 30 days.",
  // "Go to https://blitzy.com/ to build …"), a channel's plugs ("Join my newsletter for …", "In this video:"), a live page's
  // notice ("This is live coverage. Check back for updates.", "Live. 45,012 viewing"), a release's issuer line ("Issued by:
  // …"), the next section's cue ("On to the Update:"), a show's other episode ("This week's Sharp Tech episode is about
  // …"), and the credits and pointers a short story ends with ("This story is by Mara Jensen.", "To learn more, visit …",
  // "Write to Dan Mills at dan.mills@…", "(This story has not been edited by … staff …)", "本文来自微信公众号…", "广告声明：…",
  // "Dear Fellow Scholars, this is …").
  { rule: /^try [^.!?]{1,30}? (?:for )?free(?: for \d+ (?:days|weeks|months))?\b|^(?:go to|head to|visit) (?:https?:\/\/)?(?:www\.)?[a-z0-9-]+\.[a-z]{2,}\S*\s+(?:to|for)\b|^join (?:my|our) (?:newsletter|discord|community|patreon|channel|mailing list)\b|^in (?:this|today(?:'|’)s) (?:video|episode)\s*:?$|^this is live coverage\b|^check back (?:here )?for (?:updates|the latest)\b|^live[.!]?(?:\s+[\d,]+\s+(?:viewing|watching)\b.*)?$|^issued by\s*:|^on to the (?:update|news|stories|show|links)\s*[:.]?$|^this week(?:'|’)s [^.!?]{1,30} (?:episode|podcast|video|show) is about\b|^this (?:story|article|post|piece) (?:is|was) (?:by|written by) [^.!?]{2,60}[.]?$|^to learn more,? (?:visit|see|read|check out|go to|refer to)\b|^write to [^@!?]{2,60} at [\w.+-]+@[\w.-]+|^this (?:story|article) has not been edited by\b|^本文来自(?:微信)?公众号|^广告声明\s*[：:]|^dear (?:fellow )?[a-z]+(?: [a-z]+)?,\s*(?:this is|welcome to|it(?:'|’)s)\b/u, why: 'a show\'s, a letter\'s or a page\'s word to its reader around the story (a sponsor\'s offer, a plug, a live page\'s notice, an issuer line, a credit or pointer at the end)' },
  // Audio of the piece, offered under its byline ("Audio of this conversation is available via your favorite podcast service.").
  { rule: /^(?:the )?audio (?:of|for) this (?:conversation|episode|interview|story|article) is available\b/, why: 'a note that the piece has audio' },
  { rule: /^(?:not (?:yet )?a (?:subscriber|member)|don(?:'|’)t have an account)\?|^start (?:your|a) free trial\b|^support (?:(?:independent|quality|local|nonprofit|non-profit|our) )+(?:[a-z]+ )?(?:journalism|reporting|newsroom|news|coverage)\b/, why: 'a subscription or donation plea ("Not a subscriber?", "Start your free trial today.", "Support independent journalism.", "Support our independent tech coverage.")' },
  { rule: /^(?:this (?:story|article|post|piece) is (?:also )?available in [a-z]+\b|(?:read|listen to) (?:this|the) (?:story|article|post|piece) in [a-z]+\b|(?:cross-?posted|reposted) (?:from|to|on)\b|epistemic (?:status|effort)\s*:|this (?:article|story|post|piece|summary) (?:was|is|has been) (?:written|generated|produced|created|drafted|summari[sz]ed|translated) (?:with the (?:help|assistance|aid) of|by|using) (?:an? )?(?:ai|artificial intelligence|generative ai)\b)/, why: 'a note on the text itself: another language it is in, where it was cross-posted, the writer\'s confidence ("Epistemic status: …"), or that AI helped write it' },
  { rule: /^(?:(?:please )?(?:sign|log) ?in|register|create (?:a |an )?(?:free )?account)\b[^.!?]{0,60}\bto (?:continue|keep) reading\b|^to (?:continue|keep) reading(?: this (?:article|story))?,? (?:please )?(?:sign in|log in|subscribe|register|become a)\b|^already (?:have an account|registered)\b|^you(?:'|’)?(?:ve| have) (?:reached|read|used) (?:your|the|all (?:of )?your) (?:limit|(?:\w+ )?free (?:articles?|stories))\b|^(?:this is a (?:free )?preview of a (?:paid|paywalled|subscriber-only|premium) (?:post|article|story|issue|edition)|this (?:post|article|story|issue|edition) is (?:only )?for (?:paid|paying|premium) (?:subscribers|members)|the following is a (?:free )?preview\b|upgrade (?:to a paid subscription |now )?to (?:read|unlock|continue|get) (?:the (?:whole|full|rest)|this|full access)\b)/, why: 'a paywall\'s or a login wall\'s line ("Sign in to continue reading.", "Already have an account? Log in.", "You have reached your limit of free articles.", "This is a free preview of a paid post.")' },
  { rule: /^(?:was this (?:(?:email|newsletter|post) )?forwarded|(?:if )?(?:this|it) (?:email |newsletter )?(?:was|has been) forwarded to you\b|forwarded this (?:email|newsletter)|(?:if )?(?:you were|you(?:'|’)ve been|you(?:'|’)re reading this because you were) forwarded (?:this|you this)\b|(?:view|read) (?:this|it) (?:email |newsletter )?(?:in|on) (?:your|a|the) (?:browser|web)|(?:want|like|enjoy(?:ed)?|liked|love) (?:more |this |what )[^.!?]{0,50}\?)/, why: 'a newsletter\'s forwarding line or a plea put as a question ("Forwarded this email?", "Want more stories like this?")' },
  { rule: /^(?:(?:this|today(?:'|’)s|this week(?:'|’)s) (?:newsletter|issue|edition|episode|post|email|video) is (?:sponsored|brought to you|presented|supported|made possible) by|(?:sponsored|presented|brought to you|powered|supported) by)\b|^(?:together|in partnership) with\s+[^.!?]{1,40}$|^(?:together|in partnership) with\s+[^\s.!?,]+(?:\s+[^\s.!?,]+){0,3}[.!]$|^sponsor(?:ed)?\s*[—–:|]|^(?:but )?(?:first,? )?a (?:word|message) from (?:this week(?:'|’)s |today(?:'|’)s |our )?sponsors?\b|^(?:today(?:'|’)s|this week(?:'|’)s|this issue(?:'|’)s|our) sponsors?\s*(?:is\b|:)/, why: 'a sponsor line ("Today\'s newsletter is brought to you by …", "Sponsored — Acme: …", "But first, a word from our sponsor")', newsletter: true },
  { rule: /^(?:prices? (?:(?:are|were) )?(?:accurate|correct) (?:at|as of) (?:the )?time of (?:publishing|publication|writing)|we may earn|when you (?:buy|purchase|shop)\b[^.]{0,60}\b(?:commission|earn)|(?:this|the) (?:article|post|page|story|guide) (?:contains|may contain|includes) affiliate|as an amazon associate|if you (?:buy|purchase) (?:something|anything) (?:through|using|from)|if you (?:buy|purchase|shop|click)\b[^.!?]{0,30}\b(?:through|via|from|on|using) (?:our|these|the) (?:links?|site|retailer links?)\b[^.!?]{0,20}\b(?:commission|earn)|we independently (?:review|test|research|evaluate|select|choose)\b|(?:our|the) (?:expert,? |award-winning |editorial )*(?:staff|editors|team|writers|experts) (?:independently )?(?:selects?|chooses?|picks?|tests?|reviews?) (?:the |all |every )?products\b|(?:ftc\s*:\s*)?we use (?:income[- ]earning )?(?:auto )?affiliate links\b|※?\s*(?:本|この)(?:ページ|記事|サイト)(?:は|では)、?(?:アフィリエイト|広告|プロモーション))/, why: 'an affiliate disclosure ("We may earn a commission …", "We use income earning auto affiliate links.", "Prices accurate at time of publishing.", "※本ページは、アフィリエイト広告を利用しています。")' },
  { rule: /^(?:(?:trigger|content) warning|(?:[a-z’'-]+\s+){0,3}note(?: (?:from|by) (?:the |this )?(?:author|authors|editor|editors|writer|team))?)\s*:/, why: 'a warning or note before the story ("Note:", "Quick programming note:", "Note from the author:")' },
  // A warning about the article itself ("Warning: this article contains details some readers may find distressing.");
  // a story's "Warning: the storm …" speaks of the world.
  { rule: /^(?:(?:content |trigger )?warning\s*:\s*)?this (?:article|story|report|piece|post|video|episode) (?:contains|includes|discusses|describes|has)\b[^.!?]{0,80}\b(?:distressing|disturbing|upsetting|graphic|sensitive|offensive|strong language)\b/, why: 'a content warning about the article' },
  // An editor's line above a memo or letter the post reproduces; a story about a message ("The message was
  // sent to 2,000 staff …") says nothing of "below" or "the following".
  { rule: /^(?:the (?:(?:internal|open|full) )?(?:message|memo|note|letter|e-?mail|statement)s? below\b|the following (?:(?:internal|open) )?(?:message|memo|note|letter|e-?mail|statement)s? (?:was|were|is|has been|went)\b|below is (?:the|a|an) (?:full |complete )?(?:text of (?:the |a |an )?)?(?:(?:internal|open) )?(?:message|memo|note|letter|e-?mail|statement)\b)/, why: 'an editor\'s line above the memo or letter the post reproduces ("The message below was shared with employees earlier today.", "Below is the full text of the memo.")' },
  { rule: /^(?:this is an? )?(?:developing|breaking)(?: news)? story\b|^this (?:story|article|post|report) is (?:developing|still developing|being updated)\b|^this (?:story|article|post|report) (?:will be|may be) updated\b/, why: 'a developing-story note ("This is a developing story and will be updated.")' },
  { rule: /^this (?:article|story|post|piece|page|content) is (?:more than|over) (?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten) (?:years?|months?|weeks?|days?) old\b/, why: 'an archive notice ("This article is more than 2 years old")' },
  { rule: /^(?:this (?:site|website) uses cookies|we use cookies|by (?:using|continuing)\b[^.]{0,60}\bcookies|(?:please )?(?:enable|turn on|switch on|activate) javascript|you need to enable javascript|javascript is (?:disabled|required|turned off)|this (?:video|audio|media|content|player) (?:can ?not|can(?:'|’)t|could not|is not|is un)(?:available| be played|\s)|to (?:play|view|watch|hear|listen to) this (?:video|audio|media|content)\b)/, why: 'cookie and script notices, and a player\'s ("This video can not be played", "To play this video you need to enable JavaScript")' },
  { rule: /^(?:(?:hi|hey|hello)(?: all| everyone| folks| guys)?,?\s+)?(?:(?:a )?long[- ]?time lurker\b|first[- ]time poster\b|(?:this is )?(?:my )?first (?:post|time posting)\b|(?:(?:posting|using) (?:from )?(?:a |my )?)?throwaway(?: account)?\b|(?:(?:my )?apologies|sorry) for (?:the |my |any )?(?:formatting|format|length|long post|wall of text|bad english|english)\b|(?:not sure|sorry|apologies) if this is the (?:right|wrong) (?:place|sub|subreddit|forum|board|category)\b|long post,? (?:sorry|apologies)\b|mods,? (?:please )?(?:delete|remove) (?:this )?if\b)[^.!?]{0,80}[.!?]*$/, why: 'a forum poster\'s note on themselves or the post ("Long time lurker, first time poster.", "Throwaway account for obvious reasons.", "Sorry for the formatting, I\'m on mobile.", "Mods, delete if not allowed."), the sentence alone: the post\'s own first sentence may follow it in its paragraph' },
  { rule: /^(?:(?:for immediate release|embargoed (?:until|till|to)|under embargo)\b|(?:joint )?(?:press|media|news) release\b[^.!?]{0,80}$|(?:media|press|investor|news) (?:contacts?|enquiries|inquiries)\s*:|attn\s*:)/, why: 'a press release\'s or a wire\'s header ("FOR IMMEDIATE RELEASE", "Embargoed until …", "Joint media release with …", "Media contact: …", "(ATTN: ADDS details …)")' },
  { rule: /^(?:editor(?:'|’)?s?(?:'|’)? note|edit(?:ed)?\b[^:]{0,30}:|update(?:d)?\b[^:]{0,40}:|correction\b[^:]{0,40}:|clarification\b[^:]{0,30}:|(?:full )?(?:disclosure|disclaimer)\b[^:]{0,30}:|programming note\b)/, why: "editor's notes and updates before the story (the whole paragraph is the note)" },
  // A correction's standard sentence, its label ("CORRECTION (March 5):") read off by the prefix rules.
  { rule: /^(?:an|a previous|an earlier|the original) (?:earlier )?version of this (?:story|article|post|report|piece|newsletter)\b[^.!?]{0,80}\b(?:misstated|misspelled|misidentified|incorrectly|gave the wrong|stated|said|included|had)\b/, why: 'a correction\'s standard sentence ("An earlier version of this story misstated …")' },
  { rule: /^(?:if (?:this|it|our (?:emails?|newsletters?)) (?:lands?|ends? up|goes|went) in (?:your )?(?:spam|junk|promotions)\b|(?:please )?mark (?:it|this|us) as (?:not spam|safe)\b|(?:please )?(?:add|whitelist) (?:us|this (?:address|sender)) to your (?:contacts|address book|safe senders)\b)/, why: 'a newsletter\'s plea about its delivery ("If this lands in spam, please mark it as not spam.")', newsletter: true },
  // A signpost to what follows, alone as its sentence ("Here's what we know so far.", "Here are today's 3 things to
  // know:", "Here's the latest."): it speaks of the text, not of the event.
  { rule: /^(?:here(?:'|’)s|here is|here are) (?:what (?:we know|you need to know|to know|happened|went down|you missed)|what(?:'|’)s (?:happening|new|next|inside)|(?:today(?:'|’)s|this week(?:'|’)s|the) (?:\d+|three|five|ten) (?:things|stories)|the latest|a (?:quick )?look at)\b[^.!?]{0,60}[.:!]?$/, why: 'a signpost to what follows' },
  // A newsletter's filler between its greeting and its first story ("Lots happening this week. Let's dive in.",
  // "Now, the big story."). A story's sentence has its subject: these speak of the issue.
  { rule: /^(?:(?:there(?:'|’)s )?(?:lots|a lot|plenty|so much|tons)(?: of (?:news|stuff|ground))? (?:happening|going on|to (?:get through|cover|unpack|talk about|dig into))\b[^.!?]{0,60}[.!]|let(?:'|’)s (?:dive|jump|get|dig) (?:right )?(?:in|into it|started)\b|without further ado\b|now,? (?:on )?(?:to |onto )?(?:the|today(?:'|’)s|this week(?:'|’)s) (?:big|main|top|lead) (?:story|news|item)[.!:]?$)/, why: 'a newsletter\'s filler before its first story ("Lots happening this week. Let\'s dive in.", "Now, the big story.")', newsletter: true },
  // The writer's word on the week or on themselves between the greeting and the first story ("It was a busy week.",
  // "I'm back from two weeks off."), alone as its sentence.
  { rule: /^(?:(?:it(?:'|’)s been|it was|what) a (?:busy|big|wild|long|quiet|slow|strange|huge|hectic|crazy|packed) (?:week|day|month|weekend|few (?:days|weeks))(?: (?:in|for) (?:ai|tech|news|us))?|i(?:'|’)m back(?: from [^.!?]{1,40})?)[.!]$/, why: 'a newsletter writer\'s word on the week or on their absence ("It was a busy week.", "I\'m back from two weeks off.")', newsletter: true },
  // A newsletter's trivia or its feature of the day above the story ("Did you know: ELIZA was written in 1966 …",
  // "On this day in 2015, …", "Quote of the day: …"), and the writer saying who and where they are ("It's Allie, and
  // I'm writing from a very cold New York.").
  { rule: /^(?:did you know|fun fact|trivia|on this day|this day in (?:ai|tech|history)|quote of the day|word of the day|tip of the day|chart of the day|today(?:'|’)s (?:tip|fact|quote|chart|trivia))\b\s*[:?—–-]|^(?:it(?:'|’)s|this is) [a-z]+,? and i(?:'|’)m (?:writing|coming to you|back|here|filling in)\b/, why: 'a newsletter\'s trivia or feature of the day, or its writer saying who and where they are', newsletter: true },
  // A section's numeral alone, as columns set them between parts ("I.", "II").
  { rule: /^[ivx]{1,4}\.?$/, why: 'a section\'s numeral alone ("I.")' },
  // A video's or a show's pointer to the paper it is about ("📝 The paper "…" is available here:").
  { rule: /^the (?:paper|preprint|study|code|article|report|dataset) [^.!?]{0,200}\b(?:is|are) available (?:here|at|on|below)\b/, why: 'a pointer to the paper a video is about ("The paper "…" is available here:")' },
  // A sponsor's words run in after its label ("Together with Fernway: …", "Presented by Acme — …"): the pitch, not the story.
  { rule: /^(?:together with|presented by|brought to you by|sponsored by|in partnership with) [^:.!?—–]{1,40}(?::|\s[—–])\s/, why: 'a sponsor\'s label run into its pitch ("Together with Fernway: …")', newsletter: true },
  // A review's points for and against, each run in after its label ("Pros: Bright display; long battery"), and a
  // reader's question above its answer ("Q: Should I learn to code …?").
  { rule: /^(?:pros|cons|the good|the bad|the ugly|likes|dislikes)\s*:\s*[^.!?]{1,200}\.?$/, why: 'a review\'s points for or against ("Pros: …", "The bad: …")' },
  // An event's details, a line each, above its description ("When: Tuesday, January 13, 2027, 9 a.m.–12 p.m. ET",
  // "Time: 10:00 AM PT / 1:00 PM ET", "Where: Online (Zoom)", "Cost: Free").
  { rule: /^(?:when|where|time|times|date|dates|location|venue|cost|price|tickets|format|(?:conference|event) dates?)\s*:\s*(?:[^.!?]|\.(?=\S|\s*[a-z\d–-]))*\.?$/, why: 'an event\'s details line ("When: …", "Time: …", "Where: …")' },
  { rule: /^(?:q|question)\s*[:.]\s[^\n]{3,300}\?["”]?$/, why: 'a question\'s line above its answer ("Q: Should I learn to code …?")' },
  // An author box set above the story: its label ("About the author: Dana Pruett teaches …"), or the writer's bio
  // ("Sam Rudd is a staff writer at Access Tech, where he covers assistive technology.").
  { rule: /^about the authors?\s*[:.—–-]|^[^.!?]{3,60} is an? [^.!?]{0,40}\b(?:writer|reporter|editor|correspondent|journalist|columnist|contributor)\b[^.!?]{0,80}\b(?:where|who) (?:(?:he|she|they) )?(?:covers|writes|reports)\b/, why: 'an author box above the story ("About the author: …", "Sam Rudd is a staff writer at Access Tech, where he covers …")' },
  // A show's notes and links under its description ("Show notes: …", "Links mentioned in this episode: …").
  { rule: /^(?:show notes|(?:episode )?links|links (?:mentioned|from|discussed) (?:in )?(?:this|the|today(?:'|’)s) (?:episode|show|conversation)|resources mentioned|mentioned in (?:this|the) episode)\s*:/, why: 'a show\'s notes or links line' },
  // A press release's heading over its boilerplate about the issuer ("About Arcwell Corp.", "About Corvid Analytics"):
  // a few words, no verb, the stop only after an abbreviation of the company's form.
  { rule: /^about [^.!?,;:]{2,60}?(?:,? (?:inc|corp|co|ltd|llc|plc|gmbh|ag|s\.a|n\.v)\.)?$/, why: 'a press release\'s heading over its words about the issuer ("About Arcwell Corp.")' },
  { rule: /^(?:actualizaci[oó]n|atualiza[cç][aã]o|mise à jour|aggiornamento|aktualisierung|nachtrag|korrektur|berichtigung|correcci[oó]n|corre[cç][aã]o|rectificatif|errata|nota (?:del editor|de la redacci[oó]n|da reda[cç][aã]o|della redazione)|note de la rédaction|anmerkung der redaktion)\b[^:]{0,40}:/, why: "the same notes in the other languages of the feeds we read (\"Actualización 15:40:\", \"Mise à jour (12 h 30) :\", \"Korrektur:\")" },
  { rule: /^this is (?:another|the (?:\w+ )?(?:latest|next|first|last|second|third|fourth|fifth|final)|a|an) (?:post|article|entry|installment|instalment|episode|part|chapter) (?:in|of) (?:our|the|a|my)\b[^.]{0,60}\bseries\b|^a version of this (?:post|article|story) (?:originally |first )?(?:appeared|ran|was published)\b/, why: 'a series note ("This is another post in our Code Health series.", "This is the third article in our series on …")' },
  // Only the sentence alone (the pattern runs to the end): the paragraph it opens goes on with this instalment's subject.
  { rule: /^in this series,? (?:we|i)\b[^.!?]{0,200}[.!]?$/, why: 'a series\' standing sentence ("In this series, we share the stories of …"), before the sentence on this instalment ("This month we feature …")' },
  { rule: /^(?:this (?:post|article|story|piece|essay) (?:was|is|has been) (?:adapted|excerpted|condensed|(?:machine[- ])?translated) from|(?:adapted|excerpted|condensed|(?:machine[- ])?translated) from|the following is (?:a|an) (?:[a-z-]+ )?(?:translation|excerpt|transcript|adaptation)\b)/, why: 'a note on where the text comes from ("This article was adapted from …", "The following is a translation of an editorial …")' },
  { rule: /^(?:data|sources?)\s*:[^;\n]{1,200};\s*(?:chart|map|graphic|table|visualization|visualisation|illustration|animation|photo)\s*:/, why: 'a chart\'s or a map\'s credit line ("Data: CDC; Map: Jo Roe/Outlet. Note: …"), set under the graphic above the story' },
  { rule: /^(?:(?:this (?:week|episode)(?:'|’)s |today(?:'|’)s |our |special )?guests?|featuring|hosts?|hosted by|about (?:our|the|this week(?:'|’)s|today(?:'|’)s) guests?)\s*:/, why: 'show notes\' line naming the guest or host ("Guest: Raj Patel, analyst at …", "About our guests: …")' },
  { rule: /^(?:invitée?s?|gäste|gast|ospiti|ospite|invitad[oa]s?|convidad[oa]s?)\s*:[^\n]{0,120}$/, why: 'the same line in French, German, Italian, Spanish or Portuguese ("Invité : Laurent Dormond.", "Gast: …"), when it is a line of its own (not run into the story)' },
  { rule: POST_INTRODUCTION, why: 'an editor\'s introduction of a guest post ("In this post, X explains …", "This week’s issue is a guest post from …"); the writers\' own "In this post we explain …" is their first sentence' },
  // The only rule that may open with any character (rulesByOpening tries it on every text): it is tried
  // only on a text that holds "print", which every match does (its one branch writes "pre", an optional
  // hyphen, then "print", in lowercase, without the i flag).
  { rule: /^[^.!?]{0,120}\bpre-?prints?\b[^.!?]{0,100}\b(?:not|un)(?: yet)?(?: been)? peer[- ]reviewed\b/, why: 'a preprint\'s preamble ("This is a preprint and has not been peer reviewed.")', needs: 'print' },
  // A tip that sends newcomers to an earlier post first ("💡 New to diffusion models? Start with our
  // introduction first.", "Haven’t read part one? Catch up here."): a question to the reader, then where to go.
  { rule: /^(?:new to|not familiar with|unfamiliar with|haven(?:'|’)t (?:read|seen|tried|used)|never (?:used|heard of|tried)|just getting started with|missed (?:part|our|the)\b)[^.!?]{1,80}\?\s+(?:start|begin|read|check out|see|catch up|head (?:over|to)|take a look|have a look|try|go)\b/, why: 'a tip sending newcomers to an earlier post ("New to diffusion models? Start with our introduction first.")' },
  { rule: /^tl;? ?dr\b|^(?:(?:ai[- ]generated |quick |article )?summary|in brief|the short version|holding|(?:our |the )?verdict|(?:the )?short answer|en bref|in sintesi|lo más importante|das wichtigste(?: in kürze)?)\s*:/, why: 'a summary box above the story ("TL;DR", "AI-generated summary:"), a ruling\'s holding or a review\'s verdict ("Holding: …", "Verdict: …")' },
  { rule: /^(?:you can )?download (?:a|the) (?:printer-friendly|pdf|printable)\b/, why: 'a download offer' },
  { rule: /^(?:(?:estimated )?read(?:ing)? time|lesezeit|lesedauer|temps de lecture|lecture|tiempo de lectura|tempo de leitura|tempo di lettura|leestijd)\s*:?\s*(?:ca\.\s*|~\s*)?\d{1,3}\s*(?:min|minute|minuten|minutes|minutos|minuti)\.?\s*$|^\d{1,3}[- ]?min(?:ute)?s?\.? read\.?$/, why: 'a reading time, in the languages of the feeds we read ("Lesezeit: 4 Min.", "Temps de lecture : 4 min")' },
  { rule: /^(?:to provide you with [^,]{0,60}, )?this (?:blog post|blog|post|article|story|page) (?:has been|was|is) (?:regularly |periodically )?(?:updated|corrected|edited)\b/, why: 'an update note' },
  { rule: /^(?:this|the following|the|our) (?:interview|conversation|transcript|q&a|exchange) (?:has been|was|is|have been) (?:lightly |slightly )?(?:edited|condensed)\b|^(?:(?:this|the) (?:interview|conversation|transcript) )?(?:has been |was )?(?:lightly )?edited (?:and condensed )?for (?:length|clarity|brevity)\b/, why: 'an interview\'s editing note ("This interview has been edited for length and clarity.")' },
  { rule: ACCOUNT_LEAD_IN, why: 'a quoted social post\'s author line, its name, handle and colon ("Ana Ruiz (@anaruiz):"): the post follows it' },
  { rule: /^(?:🔁\s*)?@\w{1,30} (?:retweeted|reposted)\.?$/u, why: 'a social bridge\'s note that the account reposted the post below ("🔁 @ada retweeted")' },
  { rule: ADDRESS_ALONE, why: 'an address alone on its line ("x.com/i/article/2035…", a link\'s text cut by the bridge): no sentence' },
  // A writer's name and the date and time after a dash, Ars Technica's line above its stories ("Ashley Belanger – Dec 7,
  // 2026 6:12 pm UTC", "Ryan Whitwam - 12/7/2026, 11:05 AM").
  { rule: /^\p{L}[\p{L}.'’-]+(?: \p{L}[\p{L}.'’-]+){1,3}\s+[-–—|•/]\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|\d{1,2}\/\d{1,2}\/\d{2,4})(?:,?\s+\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?)?\.?$/u, why: 'a writer\'s name and the date after a dash or a slash ("Ashley Belanger – Dec 7, 2026 6:12 pm UTC", "Jo Roe / Dec 7, 2026")' },
  { rule: BYLINE, why: 'a byline, in the languages of the feeds we read ("By Jane Roe", "By: Jane Roe", "Por Lucía Gómez | 4 de mayo de 2026")' },
  { rule: /^(?:photo|image|illustration|video|credit|source|caption)(?: credit)?s?\s*:|^(?:photo|image|picture|video|media|audio) (?:credit|source|caption|description)s?\s*[:,]|^play (?:video|audio)\b\s*[,:]/, why: 'a caption or credit ("Image: …", "Image source: Getty Images."), as a broadcaster\'s page writes them for screen readers too ("Image source, Getty Images", "Media caption, …", "Play video, "…", Duration 2,41")' },
  // A Chinese account's dek, with its editor's byline before it or not: "编辑：桃子【新智元导读】…", "导语：…".
  // The story opens after it.
  { rule: /^(?:(?:编辑|編輯|作者|撰文|责编|責編|文)\s*[：:｜|][^【。！？]{1,30})?(?:【[^【】。]{0,10}(?:导读|導讀|导语|導語)】|(?:导读|導讀|导语|導語)\s*[：:])/, why: 'a Chinese dek ("【新智元导读】…", "导语：…"), its editor\'s byline before it' },
  // A research story's note on the paper's authors: "张三为本文第一作者；李四教授为本文通讯作者。"
  { rule: /^[^。！？]{2,300}?(?:为|為)本文(?:的)?(?:共同)?(?:第一|通讯|通訊|合作)?作者/, why: 'a note on the paper\'s authors ("…为本文第一作者")' },
  { rule: /^(?:此主题相关图片如下|本主题相关图片如下|相关图片如下|以下是相关图片)\s*[：:]?/, why: 'a forum\'s notice that the post\'s pictures follow ("此主题相关图片如下：", "the topic\'s pictures are below:"), written by the forum software, not the poster' },
  { rule: /^(?:figure|fig\.|table|chart|exhibit)\s*\d+[a-z]?\s*[:.|–—-]|^\(?(?:screenshot|illustration|photo(?:graph)?|image|picture|graphic|video|footage)s?\s+(?:by|courtesy of)\s/, why: 'a figure caption or a credit ("Figure 2: …", "Photo by …", "(Video by Jane Roe.)")' },
  { rule: /^(?:this|the following) (?:story|article|post|piece|interview|essay|investigation) (?:was|is|has been) (?:[a-z]+ly )?(?:originally |first )?(?:published|posted|reported|produced|provided|republished)\b|^(?:originally|first) (?:published|posted|appeared)\b/, why: 'a republishing note, or a note on how the story was reported ("This story was originally published by …", "This article was primarily reported using public records requests.")' },
  { rule: /^(?:this (?:story|article|post|piece|content) is part of\b|(?:sponsored|paid|partner) (?:content|post)\b|this (?:story|article|post|content) (?:is|was) (?:sponsored|paid for|produced in partnership)\b)/, why: 'a series or sponsorship note' },
  { rule: /^updated?,?\s+(?:(?:on|at)\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[^!?]{0,40}\b(?:with|to (?:add|include|reflect|clarify|correct|note|remove))\b/, why: 'an update note without a colon ("Updated 6/12 with a comment from Acme.")' },
  { rule: DATE_ALONE, why: 'a date and time alone ("Tue 3 Mar 2026 09.14 GMT")' },
  { rule: AI_DISCLOSURE_OPENING, why: 'the note under an illustration or a summary made by AI ("This image is AI-generated and does not depict any real event.")' },
  // A link's words for screen readers ("Opens in new window") open a link to another story or video, and
  // a related headline given with how long ago it ran ("1時間前 【…】…", "2 hours ago Acme shares fall") is a ticker's.
  { rule: /^opens? in (?:a )?new (?:window|tab)\b|^\d{1,3}\s*(?:分|時間|日)前\s[^.!?。]{1,150}$|^\d{1,3}\s+(?:min(?:ute)?s?|hours?|hrs?|days?)\s+ago\s[^.!?]{1,150}$/, why: 'a link to another story: its note for screen readers ("Opens in new window …"), or a ticker\'s headline with its age ("1時間前 【停電情報】…")' },
  { rule: READ_TIME_LINE, why: 'a byline or a date line that gives the reading time ("AP Washington 2 min read Last Updated : …")' },
  // Google's "preferred sources": a page asks its reader to rank it higher ("Set Acme as your preferred source on Google",
  // "Add Acme as a trusted source to help Google …"); and a page's pointer to its own digest of the story.
  { rule: /^(?:set|add|make)\s+[^.!?]{1,40}?\s+(?:as\s+)?(?:your|a)\s+(?:preferred|trusted)\s+source\b|^read a (?:summary|short version|shorter version|recap) of this (?:article|story|report)\b/, why: 'a page\'s plea to be a preferred source in search, or its pointer to a digest of the story' },
  { rule: /^\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+\(?[a-z]{2,5}\)?)?(?:\s+[^.!?]{0,100})?$/, why: 'a live blog post\'s time and heading ("3.42pm Industry welcomes rules", "15:42 BST")' },
  // (Read without its opening bracket, as every bracketed line is.)
  { rule: /^[([]?\d{1,2}:\d{2}(?::\d{2})?[)\]]\s*(?:[-–—:]\s*)?[^.]{0,100}$/, why: 'a show\'s chapter, its time in brackets ("(02:10) Why the robots are late")' },
  { rule: DATE_LINE, why: 'a date line ("Last updated: March 3, 2026")' },
  { rule: /^(?:the post|this (?:article|post|story|entry)),? .{1,200}\b(?:appeared|was published) (?:first )?(?:on|at|in)\b|^discuss this (?:article|post|story) in\b|^click here\b|^(?:filed under|tags|tagged|categories)\s*:/, why: 'a platform\'s footer or tag line ("The post … appeared first on …", "Discuss this article in our forums")' },
  { rule: /^(?:read more|continue reading|read the full (?:story|article|post)|view (?:on|at)|see more|more:|related:)/, why: 'a link row' },
  // Written before a link to another story, in the languages of the feeds we read.
  { rule: /^(?:(?:read|see) also|also read|lesen sie (?:auch|mehr)|mehr zum thema|weiterlesen|lee (?:también|más)|leer más|leia (?:também|mais)|lire (?:aussi|la suite)|leggi anche|czytaj (?:też|także|więcej)|читайте также|(?:further|more|related|recommended) reading)(?=\s|:|$)|^(?:更多|相关|相關|延伸|推荐|推薦|扩展|擴展)(?:阅读|閱讀)|^(?:関連記事|あわせて読みたい|関連リンク)/u, why: 'a pointer to other stories ("Read also:", "Lesen Sie auch:", "Lee también:", "Further reading:", "更多阅读：", "関連記事")' },
  { rule: /^(?:discussion|link|comments?|#\s*comments?|article url|comments url|points)\s*(?:[|:•·]|$)/, why: 'an aggregator\'s link row ("Discussion | Link", "Article URL: …")' },
];

// A section word set before the lead, in the languages of the feeds we read (lowercased text is tested).
const KICKER = '(?:exclusive|breaking|breaking news|update|updated|analysis|opinion|review|watch|video|live|photos?|listen|first look|hands-on|icymi|in case you missed it|scoop|what(?:\'|’)s new|first on [^:|—–]{2,40}|exklusiv|exclusif|exclusiva|exclusivo|esclusiva|eilmeldung|analyse|análisis|análise|analisi|kommentar|meinung|opinión|opinião|tribune)';

// A greeting, and the words after it up to a comma, a dash or a stop: "Good morning, friends! ", "Hi all — ".
const GREETING_WORDS = String.raw`(?:good (?:morning|afternoon|evening)|hi|hello|hey|happy \w+)(?![\w-])`;
const GREETING_PREFIX = new RegExp(String.raw`^${GREETING_WORDS}[^.!?:—–]{0,40}(?:[,!.:]|\s[—–-])\s+`);
// The greeting up to its first mark: "Hi, " of "Hi, I’m Tom, and this is …".
const GREETING_TO_FIRST_MARK = new RegExp(String.raw`^${GREETING_WORDS}[^.!?:—–,]{0,40}(?:[,!.:]|\s[—–-])\s+`);

// A word or two and a stop, nothing more: whom a greeting greets. Or a letter's readers by its name
// ("Compute Letter readers!", "Inference Weekly subscribers!").
const ADDRESSEES = /^\S+(?:\s\S+)?[.!]?$|^(?:\S+\s){1,4}(?:readers|subscribers|friends|folks|fans|members|crew|community|builders|enthusiasts)[.!]*$/;

// An aggregator's credit opening its text, before the headline it repeats: "Jane Roe / The Verge: ",
// "Acme Labs: " (the name in group 1).
export const OPENING_CREDIT = /^([^:.!?"“]{2,60}):\s+/;

// The wires' marks in a press release's dateline, wherever in the line they stand, lowercased: "… 2025
// (globe newswire) --", "… /prnewswire/ --", "--(business wire)--", "/ accesswire / may 6, 2026 /".
const WIRE_MARK = /(?:\/\s*(?:pr ?newswire|accesswire|globe ?newswire|einpresswire|newsfile|prweb)(?:\s*-\s*[a-z ]{1,20})?\s*\/(?:\s*[a-z]{3,9}\.? \d{1,2},? \d{4}\s*\/)?|-*\s*\((?:business ?wire|globe ?newswire|pr ?newswire|marketwired|accesswire)\)\s*)\s*(?:--?|[—–])?\s*/;

// The labels of a box of points that a scraper runs into its first point (lowercased, as PREFIXES read).
const RUN_IN_BOX_LABEL = '(?:(?:news )?highlights|key (?:points|takeaways|facts)|at a glance)';
// A release note's badge and the words no sentence follows it with (see PREFIXES), read on the lowered
// text; BADGE_SIGN has checked the capitals ("New The …", never "New the …").
const RELEASE_BADGE = /^(?:new|fixed|fix|improved|updated|update|added|changed|removed|deprecated|beta|preview) (?=(?:the|a|an|you|we|this|these|it|our|your|there|users?) )/;

// A date as a page prints it above the story ("March 3, 2026", "Tuesday 3rd March 2026", "2026-03-03",
// "03/03/2026", or how long ago: "2 hours ago"), with its time ("…, 2026 at 10:32 a.m. ET"), run into the text that follows it; not one a
// colon ends ("Updated June 12th, 2026, 3:10 PM ET: Added a comment."), which is a note of its own.
// How long ago a page says it posted the story ("2 hours ago"): a date, as far as a lead is concerned.
const RELATIVE_TIME = String.raw`\d{1,2} (?:minutes?|mins?|hours?|hrs?|days?|weeks?) ago\b`;
const RUN_IN_DATE = String.raw`(?:${RELATIVE_TIME}|(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,? \d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4})(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*(?:pt|et|ct|mt|gmt|bst|cet|cest|utc|est|edt|pst|pdt)\b)?)?)(?![\sa-z]{0,6}:)`;
// A whole date in the other languages of the feeds we read ("3 de marzo de 2026", "3. März 2026", "le 3 mars 2026 à 10h32").
const FOREIGN_MONTHS = calendarWords(MONTH_NAMES, ['de', 'fr', 'es', 'pt', 'it']).concat(calendarWords(MONTH_ABBREVIATIONS, ['de', 'fr', 'es', 'pt', 'it']));
// The article before the day and the time after the date, as those languages write them ("à 10h32", "10:32 Uhr").
const FOREIGN_ARTICLE = String.raw`(?:le|el|em|am|il)\s+`;
const FOREIGN_TIME = String.raw`(?:,?\s*(?:à|a las|às|um|alle)?\s*\d{1,2}[h:.]\d{2}(?:\s*uhr)?)`;
const FOREIGN_RUN_IN_DATE = String.raw`(?:${FOREIGN_ARTICLE})?\d{1,2}(?:er)?\.?\s+(?:de\s+)?(?:${FOREIGN_MONTHS.join('|')})\.?,?\s+(?:de\s+)?\d{4}${FOREIGN_TIME}?`;

// Prefixes removed from the start of a paragraph when the story follows them with a capital.
// `needs`: a string the text must hold for the rule to be tried (most paragraphs hold none).
const PREFIXES: { rule: RegExp; why: string; needs: string }[] = [
  { rule: /^(?:@[\w.-]+(?:@[\w.-]+)?\s+)+/, why: 'the accounts a reply opens by naming ("@marco @ana Good question: …")', needs: '@' },
  { rule: /^(?:rt|boosted|reposted)\s+@[\w.@-]+\s*:\s*/, why: 'a repost\'s credit before the words it reposts ("RT @lab: We are hiring …")', needs: '@' },
  { rule: /^[a-z0-9-]{2,30}\.(?:com|net|org|io|co\.uk|news)\s*--?\s+/, why: 'an outlet\'s web address as its credit before a dash ("Investing.com -- U.S. stocks …")', needs: '.' },
  // Not a sponsor's label ("[Sponsor] Try Flowstack …"): that marks the paragraph as the sponsor's (SKIPPED).
  { rule: new RegExp(String.raw`^\[(?!${SPONSOR_LABEL}\])[^\][.!?]{2,40}\]\s*`), why: 'an outlet\'s name or a kind in brackets before the text ("[Nami Shimbun] …", "[INTERVIEW] …")', needs: '[' },
  // Its mark too, when one sets it off: "1:42 PM ET — …", "2:15 p.m.: …", "14:15 GMT – …".
  { rule: /^(?:\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?|uhr\b)?|\d{1,2}\s?h\s?\d{2})\s*(?:(?:pt|et|ct|mt|gmt|bst|cet|cest|utc|est|edt|pst|pdt|jst|kst|ist|aest)\b)?\s*(?:[—–:|]|\s-)?\s+/, why: 'a live post\'s time before its first sentence ("10:02 PT Tim Cook is on stage.", "1:42 PM ET — …", "19:05 Uhr: …", "11 h 42 : …")', needs: ' ' },
  // An update's stamp run into the story when the page's italics were dropped ("Updated 5:05 PM ET Apple has …"), and a
  // wire's version slug on its text ("UPDATE 1-Nvidia will …"). (With a colon, "Updated 5:05 PM ET: …", it opens a note.)
  { rule: /^(?:updated?\s+(?:at\s+)?\d{1,2}[.:]\d{2}(?![\sa-z.]{0,12}[:—–-])\s*(?:[ap]\.?m\.?)?\s*(?:(?:pt|et|ct|mt|gmt|bst|cet|cest|utc|est|edt|pst|pdt)\b)?\s+|update \d{1,2}-)/, why: 'an update\'s stamp or a wire\'s version slug run into the first sentence ("Updated 5:05 PM ET Apple has …", "UPDATE 1-Nvidia will …")', needs: 'update' },
  // A release note's badge run into its text when the page's markup was dropped ("New The Verified Publisher
  // Program is now self-serve."): the badge stands before a word no sentence follows it with.
  { rule: RELEASE_BADGE, why: 'a release note\'s badge before its text ("New The …", "Fixed A bug …")', needs: ' ' },
  { rule: /^arxiv:\S+\s+announce type:\s*\S+\s+abstract:\s*/, why: 'arXiv listing preamble ("arXiv:2604.21937v1 Announce Type: new Abstract: …")', needs: 'arxiv:' },
  { rule: /^abstract:\s*/, why: 'a paper abstract label', needs: 'abstract:' },
  // The East Asian press's credits before the story: Korean wires' dateline and reporter ("(서울=연합뉴스) 김민수 기자 = …")
  // and a Chinese site's "news of <date>" ("IT之家 12 月 5 日消息，…").
  { rule: /^[([][^()[\]=]{1,12}=[^()[\]]{1,12}[)\]]\s*(?:[\p{L}]{2,4}\s*(?:기자|특파원)\s*=\s*)?/u, why: 'a Korean wire\'s dateline and reporter ("(서울=연합뉴스) 김민수 기자 =", "[서울=뉴시스] 이지현 기자 =")', needs: '=' },
  // The reporter alone, when the dateline's brackets were read as a note and taken off first ("이지현 기자 = …").
  { rule: /^[\p{L}]{2,4}\s*(?:기자|특파원)\s*=\s*/u, why: 'a Korean wire\'s reporter before the story ("이지현 기자 =")', needs: '=' },
  { rule: /^[^\s，,。]{1,12}\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:上午|下午|早间|晚间|晚)?(?:消息|讯|訊|电|電)\s*[，,]\s*/u, why: 'a Chinese site\'s "news of <date>" ("IT之家 12 月 5 日消息，", "新浪科技讯 6月12日上午消息，", "财联社6月12日电，")', needs: '日' },
  // A newsletter's label over its story's first sentence, as its sections are laid out ("The news: Sonara has
  // released …", "What happened: …"); the labels after it ("Why it matters:") hold no lead.
  { rule: /^(?:the news|what happened|the story|the big story|the gist|the scoop|the lowdown|(?:today(?:'|’)s )?top story|today(?:'|’)s (?:big|lead|main) story|today in (?:ai|tech|a\.i\.))\s*:\s+/, why: 'a newsletter section\'s label before its story ("The news: …")', needs: ':' },
  // A Japanese post's first heading run into its text when the markup was dropped: "■はじめにChatGPTや…",
  // "はじめにどうも、…" ("Introduction"). Glued on, it reads as the sentence's first word.
  { rule: /^[■□●◆◇▼▶◎]?\s*(?:はじめに|まえがき)(?:[：:]\s*)?(?=[^、。\s])/u, why: 'a Japanese post\'s "Introduction" heading run into its text ("■はじめにChatGPTや…")', needs: 'はじめに' },
  // With the player's length when a scraper ran it in ("Listen to this article · 4 min Acme …").
  { rule: /^listen to (?:this|the) (?:post|article|story|episode)\s*:?\s*(?:[·|•—–-]?\s*\d{1,3}(?::\d{2})?\s*(?:min(?:ute)?s?|m)\b\.?\s*)?/, why: '"Listen to this post:" before the text (said as a sentence, "Listen to this story.", it is the player\'s line: the summary drops its paragraph)', needs: 'listen' },
  // Substack's player line run into a podcast post's text: "Listen now (42 min) | Nvidia reported …".
  { rule: /^listen now\s*(?:\(\s*\d{1,3}\s*(?:min(?:ute)?s?|m)\s*\)\s*)?[|·•—–-]\s*(?=\S)/, why: '"Listen now (42 min) |" before a podcast post\'s text', needs: 'listen' },
  // A page's chrome above the story, run into its first sentence when a scraper dropped the markup between
  // them. Alone in a paragraph each is furniture the summary skips (SKIPPED, isShareButton); run in, the
  // archive notice's paragraph was skipped with the story in it.
  { rule: /^(?:share (?:this (?:article|story|post|page)|on (?:facebook|x|twitter|linkedin|whatsapp|reddit|bluesky|threads|email))\s*)+/, why: 'share buttons run into the first sentence ("Share this article Acme …")', needs: 'share' },
  { rule: /^advertisement\s+/, why: 'an ad slot\'s label run into the first sentence ("ADVERTISEMENT Acme …")', needs: 'advertisement' },
  { rule: /^this (?:article|story|post|piece|page|content) is (?:more than|over) (?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten) (?:years?|months?|weeks?|days?) old\.?\s+/, why: 'an archive notice run into the first sentence ("This article is more than 2 years old Acme …")', needs: 'old' },
  { rule: GREETING_PREFIX, why: 'a greeting before the text', needs: 'h' },
  // An answer's label before the answer ("A: Yes. AI coding tools …", "Answer: It depends."), under its question.
  { rule: /^(?:a|answer)\s*:\s+(?=\S)/, why: 'an answer\'s label ("A: …")', needs: ':' },
  // A link blog's credit before the words it relays ("Via TechWire: OpenAI is testing …"): find-source.ts credits the outlet.
  { rule: /^via\s+[^:.!?"“]{2,40}:\s+(?!["“‘'«„])/, why: 'a link blog\'s "Via Outlet:" before the relayed text', needs: 'via' },
  { rule: /^(?:an anonymous reader|(?:longtime )?slashdot reader \S+(?: \([^)]{0,40}\))?) (?:quotes|shares|writes|submits|sends|points out)[^:]{0,120}:\s+/, why: "Slashdot's submitter line before the quoted story", needs: 'reader' },
  // "Emma Roth reports via The Verge:", "Jane Roe writes in a report for The Register:": who relays the story, then the story.
  // Not before a quotation ("CEO Ravi Menon wrote on LinkedIn: “We grew too fast.”"): that names the words' speaker.
  { rule: /^[^:.!?"“]{3,80}\b(?:reports?|writes|wrote|quotes|shares|notes|explains|summari[sz]es|adds)\b[^:.!?"“]{0,80}\b(?:via|for|from|in|at|on)\b[^:.!?"“]{1,60}:\s+(?!["“‘'«„])/, why: 'a relay line naming the report the text quotes', needs: ':' },
  // A page's date line run into its first sentence when a scraper dropped the break between them
  // ("Last updated: December 4, 2025 AWS unveiled …"): the line goes, the sentence stays. (Alone in its
  // paragraph, the line is a note the summary skips: DATE_LINE.)
  { rule: new RegExp(String.raw`^(?:last updated|last modified|updated|published|posted|first published)\s*:?\s*(?:on\s+)?${RUN_IN_DATE}\.?\s+`), why: 'a date line run into the first sentence ("Last updated: December 4, 2025 AWS unveiled …")', needs: ' ' },
  // A byline and its date run into the first sentence ("By Jane Roe March 3, 2026 Acme unveiled …"): the
  // date ends the name. Tried only on a text SIGNED opens (a capital after "By": not "By the end of …").
  { rule: new RegExp(String.raw`^(?:by|posted by|written by|words by)\s*:?\s+[^.!?\d:]{2,60}?[\s,|·—–-]+${RUN_IN_DATE}\s*(?:[|·—–-]\s*)?`), why: 'a byline and its date run into the first sentence ("By Jane Roe March 3, 2026 Acme …")', needs: 'by' },
  // The same in the languages beside English feeds: "Por Ana Ruiz | 3 de marzo de 2026 …", "Von Jana Roth, 3. März
  // 2026 …", "Par Jeanne Roux, publié le 3 mars 2026 à 10h32 …" (FOREIGN_SIGNED lets a text that opens so be tried).
  { rule: new RegExp(String.raw`^(?:von|par|por|di)\s+[^.!?\d:]{2,60}?[\s,|·—–-]+(?:(?:publié|publiée|publicado|publicada|veröffentlicht|pubblicato)\s+)?${FOREIGN_RUN_IN_DATE}\s*(?:[|·—–-]\s*)?`), why: 'a byline and its date run into the first sentence, in German, French, Spanish, Portuguese or Italian', needs: ' ' },
  // A name and how long ago, set apart by a dot or a bar ("Jane Roe · 2 hours ago Acme …").
  { rule: new RegExp(String.raw`^[^.!?\d:]{2,60}?\s*[·|•]\s*${RELATIVE_TIME}\s*(?:[·|•]\s*)?`), why: 'a byline and how long ago it was posted, run into the first sentence', needs: 'ago' },
  // A newsroom's credit for an unsigned story, run into its first sentence: "Tech Desk: …", "Staff Reporter: …",
  // "Our Correspondent — …", "By Jane Roe, Staff Reporter: …" (South Asian and African papers set it so).
  { rule: /^(?:by\s+[^:.!?]{2,60},\s+)?(?:our\s+)?(?:[a-z]+\s+)?(?:desk|staff reporter|staff writer|(?:staff |special |foreign )?correspondent|bureau|news service)\s*(?::|[—–|]|\s-)\s*/, why: 'a desk\'s or a reporter\'s credit before the text ("Tech Desk: …", "Our Correspondent — …")', needs: ' ' },
  // A writer's name and role with no mark after them ("Jane Roe, Staff Writer Acme on Tuesday …"): the story opens
  // with a capital after the role, where a sentence about the person goes on in small letters ("…, senior editor at Acme, said").
  { rule: /^(?:by\s+)?[^.!?:,\d]{2,40},\s+(?:(?:staff|senior|contributing|chief)\s+)?(?:writer|reporter|editor|correspondent)\s+/, why: 'a writer\'s name and role before the text ("Jane Roe, Staff Writer …")', needs: ', ' },
  // A page's reading time run into the first sentence, with the byline and date before it ("Jane Roe Mar 3,
  // 2026 4 min read Acme unveiled …"): no sentence of a story says "4 min read" before its verb.
  { rule: /^(?:[^.!?]{0,100}?\b\d{1,3}[- ]?min(?:ute)?s?\.? read\b|(?:estimated )?reading time\s*:?\s*(?:about |~\s*)?\d{1,3}\s*min(?:ute)?s?\b\.?)\s*(?:[|·—–-]\s*)?/, why: 'a reading time run into the first sentence ("Jane Roe 4 min read Acme …", "Reading time: 3 minutes Acme …")', needs: 'read' },
  // The same label in German, French, Spanish, Portuguese and Italian ("Lesezeit: 3 Minuten Acme hat …", "Temps de lecture : 3 min …").
  { rule: /^(?:lesezeit|temps de lecture|tiempo de lectura|tempo de leitura|tempo di lettura)\s*:?\s*(?:ca\.\s*)?\d{1,3}\s*(?:min(?:uten|utes|utos|uti)?|mn)\b\.?\s*(?:[|·—–-]\s*)?/, why: 'a reading time in another language run into the first sentence', needs: ' ' },
  // A date line in those languages, with its time as they write it ("Publié le 03/03/2026 à 10h32 Acme a …",
  // "Stand: 03.03.2026 10:32 Uhr …"). Alone in its paragraph, DATE_LINE skips it.
  { rule: new RegExp(String.raw`^(?:publié|mis à jour|modifié|veröffentlicht|aktualisiert|stand|publicado|actualizado|atualizado|pubblicato|aggiornato)\s*:?\s*(?:(?:${FOREIGN_ARTICLE})?\d{1,2}[./]\d{1,2}[./]\d{4}${FOREIGN_TIME}?|${FOREIGN_RUN_IN_DATE})\.?\s+`), why: 'a date line in another language run into the first sentence', needs: ' ' },
  { rule: new RegExp(`^${KICKER}\\s*:\\s+`), why: 'a kicker before the lead ("Exclusive: …", "ICYMI: …", "Exclusif : …")', needs: ':' },
  { rule: new RegExp(`^${KICKER}\\s+\\|\\s+`), why: 'a kicker set off by a bar ("BREAKING | …", "Analysis | …")', needs: '|' },
  { rule: new RegExp(`^${KICKER}\\s+[—–]\\s+`), why: 'a kicker set off by a dash ("Exclusive — …")', needs: ' ' },
  // A box's label run into its first point when a scraper dropped the markup between them ("Key takeaways
  // New instances deliver …"): the label goes, the point stays (which sentences are points, and where the
  // story starts, the text no longer says).
  { rule: new RegExp(String.raw`^${RUN_IN_BOX_LABEL}\s*:?\s+`), why: 'a box\'s label run into its first point', needs: ' ' },
  // A press-release distributor's dateline: "SAN JOSE, Calif., May 4, 2026 /PRNewswire/ --", "AUSTIN, Texas--(BUSINESS WIRE)--",
  // "TORONTO, May 05, 2026 (GLOBE NEWSWIRE) --", "NEW YORK, NY / ACCESSWIRE / May 6, 2026 /", "VANCOUVER, BC, May 8, 2026 /CNW/ -".
  { rule: new RegExp(String.raw`^[^!?]{0,100}?${WIRE_MARK.source}`), why: 'a press-release wire\'s dateline', needs: 'wire' },
  { rule: /^[^!?]{0,100}?\/\s*cnw\s*\/\s*(?:--?|[—–])?\s*/, why: 'a press-release wire\'s dateline (Canada Newswire)', needs: '/cnw/' },
  // Distributors whose mark in brackets carries no "wire", or a date inside or after it: "Toronto, Ontario--(Newsfile Corp. -
  // March 3, 2026) - …", "AUSTIN, Texas (PRWEB) March 03, 2026 -- …", "TOKYO, Mar 3, 2026 - (ACN Newswire) - …", and
  // news aktuell's Originaltextservice in German releases, "Berlin (ots) - …".
  { rule: /^[^!?]{0,100}?\((?:prweb|acn newswire|newsfile corp\.?|ots)(?:\s*[-–]\s*[a-z]{3,9}\.? \d{1,2},? \d{4})?\)\s*(?:[a-z]{3,9}\.? \d{1,2},? \d{4}\s*)?(?:--?|[—–])\s*/, why: 'a press-release distributor\'s dateline', needs: '(' },
  // Any distributor in brackets between double dashes, as Business Wire sets its own: "SANTA CLARA, Calif.--(HALYARD WIRE)--…".
  { rule: /^[^!?]{0,100}?--\s*\([a-z][a-z .&'’-]{1,30}\)\s*--\s*/, why: 'a press-release distributor\'s dateline', needs: '--' },
  // Any distributor in slashes after the date's year, then a dash: "BOSTON, Nov. 6, 2026 /Wirepoint/ -- …".
  { rule: /^[^!?]{0,100}?\b(?:19|20)\d{2}\s*\/\s*[a-z][a-z .&-]{1,30}\/\s*(?:--?|[—–])\s*/, why: 'a press-release distributor\'s dateline', needs: '/' },
  // Any distributor in slashes, then the date with its year and a slash: "LAKEPORT, OR / Tidewire Newsroom / June 3, 2026 / Acme …".
  { rule: /^[^!?\/]{0,60}?\/\s*[a-z][a-z .&'’-]{1,30}\/\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}\s*\/\s*/, why: 'a press-release distributor\'s dateline', needs: '/' },
  // Its year ends a whole date: the story may follow with no mark between ("March 3, 2026 Acme unveiled …").
  { rule: new RegExp(String.raw`^${RUN_IN_DATE}(?:\s*(?:--?|[—–·|])\s*|\.?\s+)`), why: 'a date before the lead ("Mar 3, 2026 — …", "03/03/2026 - …", "3 March 2026 Acme …")', needs: ' ' },
  // A wire's dateline of a date alone, no place, set off by a spaced colon: "Aug 22 : Some of Acme's customers …".
  { rule: /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}\s+:\s+/, why: 'a date alone as the dateline ("Aug 22 : …")', needs: ' :' },
  // The same with the newsroom's credit in brackets and a dash, as a wire's copy reposted without its place: "Aug 22 (Reuters) – …".
  { rule: /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}\s*\([a-z][a-z .&/-]{1,30}\)\s*(?:--?|[—–])\s+/, why: 'a date and a credit as the dateline ("Aug 22 (Reuters) – …")', needs: '(' },
  // A newsroom's credit in full-width brackets before a colon, as Japanese sites set it ("（ブルームバーグ）：…"; readDateline reads "(Bloomberg): …").
  { rule: /^（[^（）。]{2,20}）\s*[：:]\s*/, why: 'a credit in brackets before a colon ("（ブルームバーグ）：")', needs: '）' },
  // A Chinese paper's credit in brackets before its first sentence: "【文匯網訊】", "（泡泡特约） " (a newsroom's
  // "news", "wire", "special correspondent", "report"). A wire's names its reporter and place too:
  // "（中央社記者王小明台北3日電）", "（中央社巴黎2日綜合外電報導）" (Taiwan writes 報導 for "report").
  { rule: /^【[^【】。]{2,12}】\s*/, why: 'a Chinese newsroom\'s credit in lenticular brackets ("【文匯網訊】")', needs: '】' },
  { rule: /^（[^（）。]{1,24}(?:讯|訊|电|電|特约|特約|报道|報道|报导|報導)）\s*/, why: 'a Chinese newsroom\'s credit in brackets ("（泡泡特约）")', needs: '）' },
];

// A release's first lines: its dateline stands within them.
const WIRE_PARAGRAPHS = 3;
const WIRE_CHARS = 2000;
const WIRE_WORD = /wire/i;

/**
 * A press release's text from the story after its wire's dateline on: what a release sets above the
 * dateline (its subheading, "News Highlights" and their points, a row of links to its documents) is
 * never the story, and a scraped page runs it into one paragraph with the dateline. Unchanged when no
 * dateline stands in the first lines.
 */
export function fromWireDateline(paragraphs: string[]): string[] {
  let read = 0;
  for (let index = 0; index < Math.min(paragraphs.length, WIRE_PARAGRAPHS); index++) {
    const paragraph = paragraphs[index]!;
    const head = paragraph.slice(0, WIRE_CHARS - read);
    read += head.length;
    // Most paragraphs name no wire: they are not lowercased to find that out.
    const mark = WIRE_WORD.test(head) ? WIRE_MARK.exec(head.toLowerCase()) : null;
    if (mark) {
      const at = mark.index + mark[0].length;
      const story = paragraph.slice(at);
      // Only a mark the story follows with a capital.
      if (!/^["“]?[\p{Lu}\p{N}]/u.test(story)) return paragraphs;
      return [story, ...paragraphs.slice(index + 1)];
    }
    if (read >= WIRE_CHARS) break;
  }
  return paragraphs;
}

// PREFIXES by what each can open with: a text is tried only against the ones that can match its
// start (looking for each one's `needs` in every paragraph was a third of stripping prefixes).
const prefixesOpening = byOpening(PREFIXES, ({ rule }) => rule);

// Anywhere in a sentence: the publication speaking of itself to its reader ("If you like this
// newsletter, …", "… in your inbox every morning", "This article is for subscribers only."). A
// story's sentence speaks of its subject; "this newsletter" or "your inbox" is the medium's voice.
// A word one of them needs is looked for first: most sentences hold none, and finding a word is
// cheaper than trying the pattern at every position.
// A memo "seen by this newsletter", a source who "told this newsletter": the newsletter reporting, in the story's sentence.
// A company's paid subscribers ("Acme's", "its", a newsletter sent "to paid subscribers") are the story's subject,
// not the publication's paywall ("A reminder that paid subscribers get …").
const SELF_REFERENCE = /\b(?<!\b(?:by|to|with|told) )(?:this|our) (?:\w+ )?(?:newsletter|email)\b|\b(?:this|our) (?:weekly|daily|monthly|fortnightly) (?:reading list|roundup|round-up|digest|column|briefing|picks)\b|\byour inbox\b|\bsubscribers? only\b|\bconsider (?:subscribing|upgrading|becoming a|supporting us|supporting our)\b|\byou(?:'|’)re receiving\b|\byou (?:signed|subscribed) up\b|\breply to this (?:email|newsletter|message)\b/;
// Paid plans, the publication's ("A reminder that paid subscribers get …"), unless a company's ("Acme's paid subscribers").
const PAID_PLAN = /\bfor (?:paid |premium )?subscribers\b|\b(?<!(?:['’]s|\bits|\btheir|\bto) )(?:paid|premium) (?:subscri|member)/;
// A plan told plainly ("Anthropic introduced … a premium membership for power users", "The feature is on by default
// for paid subscribers") is the story's, unless said to the reader ("Upgrade to a paid subscription to keep reading",
// "Become a premium member", "This post is for paid subscribers", the writer's "I"), or of the publication's offer ("A reminder that …").
const PUBLICATION_OFFER = /\breminder\b|\bfull (?:archive|access)\b|\bthe archive\b|\bpaywall\b|\bsubscriber-only\b/;
const READER_VOICE = /\b(?:you|your|yours|our|us|we|i|my|me|upgrade|become|join|unlock|this (?:post|article|story|piece|episode|issue|edition|newsletter|email|content))\b/;
const SELF_REFERENCE_WORD = /newsletter|email|inbox|subscri|member|consider|receiving|signed up|weekly|daily|monthly|fortnightly/;
// Such a line is short: a long paragraph is read sentence by sentence by the summary anyway.
const MAX_SELF_REFERENCE = 160;

// A brand's plan, capitalised after the brand's name ("X Premium subscription", "YouTube Premium members"):
// what the story is about, not the publication's paywall ("become a premium member").
const BRAND_PLAN = /(?<=\p{Lu}[\p{L}\p{N}+]*\s)Premium(?=\s+(?:subscri|member))/gu;

// A news report's marks: who said it, or the day it happened ("Google is adding Gemini to Gmail so it can
// summarise your inbox, the company said on Tuesday", "OpenAI on Tuesday released GPT-5 for paid
// subscribers"). The publication's note to its reader has neither.
const NEWS_REPORT_MARK = /\b(?:said|says|announced|according to)\b|\bon (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/;

function selfReference(lower: string, text: string): boolean {
  if (!(lower.length <= MAX_SELF_REFERENCE && SELF_REFERENCE_WORD.test(lower))) return false;
  if (NEWS_REPORT_MARK.test(lower)) return false;
  if (SELF_REFERENCE.test(lower)) return true;
  if (!PAID_PLAN.test(lower) || !(READER_VOICE.test(lower) || PUBLICATION_OFFER.test(lower))) return false;
  if (!text.includes('Premium')) return true;
  return PAID_PLAN.test(text.slice(0, lower.length).replace(BRAND_PLAN, 'Brand').toLowerCase());
}

const GREETING = /^(?:good|hi|hello|hey|happy)\b/;

// What every rule of PREFIXES needs, told from the text as written before it is lowercased and
// tried: a colon (labels, kickers, relay and Slashdot lines), a bracket or a slash (wire credits, an outlet in brackets), an account's "@" (a reply's mentions), the first
// letter of "Listen to" or a greeting, a kicker's bar or dash, a web address before a double dash, a date's first character with its
// separator or its year, a wire's version slug ("UPDATE 1-"), a Korean reporter's "=", a Chinese site's "news of <date>" (日消息), a byline (SIGNED), a desk's credit (CREDIT_SIGN) or a reading time (READ_TIME_SIGN). Most paragraphs have none
// of them in their opening.
const PREFIX_SIGN = /^[ghlGHL[@（【［は■□●◆◇▼▶◎]|^UPDATE \d|[:(/|—–=]|\.[a-z]{2,4}\s*--|日(?:上午|下午|早间|晚间|晚)?(?:消息|讯|訊|电|電)/;
// "By" and a name of two to five words in capitals ("JANE ROE AND LI WEI"), then a word in title case that opens the story.
const CAPITALS_BYLINE = /^By\s+(?:\p{Lu}[\p{Lu}.'’-]+\s+){2,5}(?=\p{Lu}\p{Ll})/u;
// How long ago, near the start: a page's date line or byline that gives the time so ("Posted 2 hours ago …").
const AGO_NEAR = new RegExp(RELATIVE_TIME, 'i');
// A page's chrome run into the first sentence: share buttons, an ad's label, an archive notice.
const CHROME_SIGN = /^(?:share |advertisement|this (?:article|story|post|piece|page|content) is )/i;
// A release note's badge (RELEASE_BADGE, on the lowered text): two capitalised words open the text.
const BADGE_SIGN = /^\p{Lu}\p{Ll}+ \p{Lu}/u;
const DATE_START = /^(?:[\dadfjmnostwADFJMNOSTW]|[Uu]pdated|[Pp]ublished|[Pp]osted)/;
// A year near the start: a whole date, which may run into the story with no separator.
const YEAR_NEAR = /\d{4}/;
const DATE_SEPARATOR = /[-—–·|]/;

// A reading time near the start ("4 min read"), for the prefix that ends with it.
const READ_TIME_SIGN = /\d[- ]?min(?:ute)?s?\.? read|reading time/i;

// A desk's or reporter's credit near the start ("Tech Desk:", "Our Correspondent —").
const CREDIT_SIGN = /^[^.!?]{0,60}?(?:Desk|Reporter|Writer|Correspondent|Bureau|Service)\s*[:—–|-]|^[^.!?,]{2,40},\s+(?:Staff|Senior|Contributing|Chief)?\s?(?:Writer|Reporter|Editor|Correspondent)\s+\p{Lu}/u;

function mayOpenWithPrefix(head: string): boolean {
  return PREFIX_SIGN.test(head) || CHROME_SIGN.test(head) || AGO_NEAR.test(head.slice(0, 100)) || SIGNED.test(head) || FOREIGN_SIGNED.test(head) || CREDIT_SIGN.test(head) || READ_TIME_SIGN.test(head.slice(0, 120)) || BOX_LABEL_SIGN.test(head) || (BADGE_SIGN.test(head) && RELEASE_BADGE.test(head.slice(0, 24).toLowerCase())) || (DATE_START.test(head) && (DATE_SEPARATOR.test(head) || YEAR_NEAR.test(head.slice(0, 40))));
}

// A box's label run into its first point ("Key takeaways New …"): it opens with no sign PREFIX_SIGN knows.
const BOX_LABEL_SIGN = new RegExp(String.raw`^${RUN_IN_BOX_LABEL}\b`, 'i');

// The skip rules are tried one by one, not joined into one pattern as PREFIXES are: joined, the 31
// rules took V8 about 30 ms and 4 MB to compile on first use (one test per paragraph saved less
// than that over a whole poll); one by one, each anchored at the text's start, they fail fast.
// Each indexed by what it can open with: a text is tried only against the rules that can match its start.
const SKIP = rulesByOpening(SKIPPED.filter(({ needs }) => needs === undefined).map(({ rule }) => rule));
// The rules with a string they need, tried only on a text that holds it.
const SKIP_NEEDING = SKIPPED.filter((skipped): skipped is { rule: RegExp; why: string; needs: string } => skipped.needs !== undefined);
const NEWSLETTER = rulesByOpening(SKIPPED.filter(({ newsletter }) => newsletter).map(({ rule }) => rule));

function anyMatches(rules: RuleIndex, text: string): boolean {
  return rules.some(text);
}

/** A newsletter's opening ("Welcome back to …", "This is X, a weekly newsletter …"). */
export function isNewsletterIntro(paragraph: string): boolean {
  const lower = paragraph.slice(0, 300).toLowerCase();
  if (anyMatches(NEWSLETTER, lower) || selfReference(lower, paragraph)) return true;
  // After a greeting: "Happy Friday! Here’s what caught our eye this week.", or in a sentence after it ("Hi all — a
  // busy week. Let's get into it.").
  if (!GREETING.test(lower)) return false;
  const rest = stripLeadPrefixes(paragraph.slice(0, 300));
  if (rest.length < lower.length && anyMatches(NEWSLETTER, rest.toLowerCase())) return true;
  return splitSentences(paragraph.slice(0, 300)).slice(1).some((sentence) => anyMatches(NEWSLETTER, sentence.toLowerCase()));
}

// The label of a box above the story, alone in its paragraph: its points follow as short paragraphs.
// A live page's running summary too ("Summary of the day so far", "Key events", "What we know so far").
// A review's boxes too: its points for and against ("Pros", "Cons", "The good"), its specifications. The label may
// say whose the box is ("ZDNET's key takeaways").
const BOX_LABEL = /^(?:[a-z\d.&-]+['’]s )?(?:tl;? ?dr|key (?:points|takeaways|facts|events)(?: so far)?|pros|cons|the (?:good|bad)|likes|dislikes|(?:key )?spec(?:ification)?s|highlights|at a glance|in brief|in short|the short version|what (?:to know|we know(?: so far)?)|(?:quick )?summary(?: of (?:the day|today|the day(?:'|’)s events|events|the latest))?(?: so far)?|resumo(?: da notícia)?|das wichtigste(?: in kürze)?|en bref|lo (?:más )?importante|(?:in )?(?:today(?:'|’)s|this week(?:'|’)s) (?:rundown|lineup|line-up|menu|edition|issue|newsletter|lunchbox|briefing|agenda|stories)|in this (?:issue|edition)|inside this (?:issue|edition))\s*:?$/;

// A review's verdict label ("Our Verdict", "The bottom line"), alone in its paragraph above the verdict.
const VERDICT_LABEL = /^(?:(?:our|the|final) )?(?:verdict|bottom line)\s*:?$/;

/** "Our Verdict" alone: the paragraph below it is the review's verdict, set in a box above the review. */
export function isVerdictLabel(paragraph: string): boolean {
  return paragraph.length <= 30 && VERDICT_LABEL.test(paragraph.trim().toLowerCase());
}

// A sponsor's label alone in its paragraph ("Sponsored", "SPONSOR", "Advertisement"), its pitch in the paragraph below.
// Or a sentence that says so and names the sponsor in the next paragraph ("This Week in Startups is brought to you by…").
// Or a heading over the pitch: "A WORD FROM OUR SPONSOR", "Today's sponsor".
const SPONSOR_LABEL_ALONE = new RegExp(String.raw`^[\[(]?${SPONSOR_LABEL}[\])]?\s*:?$|^(?:a )?(?:word|message|note) from (?:our|today(?:'|’)s|this week(?:'|’)s) sponsors?\s*:?$|^(?:today(?:'|’)s|this week(?:'|’)s|this episode(?:'|’)s|our) sponsors?\s*:?$|^(?:sponsors|from our (?:partners?|sponsors?)|brought to you by)\s*:?$|^[^.!?]{2,60} (?:is|are) (?:brought to you|sponsored|presented|powered|supported|made possible) by\s*(?:…|\.{3}|:)?$`);

const MAX_SPONSOR_LINE = 90;

/** "Sponsored" alone: the paragraph below it is the sponsor's pitch, set above the story. */
export function isSponsorLabel(paragraph: string): boolean {
  return paragraph.length <= MAX_SPONSOR_LINE && SPONSOR_LABEL_ALONE.test(paragraph.trim().toLowerCase());
}

/** "Key points", "TL;DR", "At a glance": a box's label alone, above the box's points. */
export function isBoxLabel(paragraph: string): boolean {
  // (An emoji may mark it: "🍱 In today's lunchbox:".)
  return paragraph.length <= 40 && BOX_LABEL.test(withoutLeadingEmoji(paragraph.trim()).toLowerCase());
}

// The summary asks about one text twice in a row (a paragraph, then its one sentence, the same
// text): the last answer is kept. About one call in six repeats the one before it.
let lastBoilerplateText: string | undefined;
let lastBoilerplate = false;

/** True when a paragraph or a sentence opening one is furniture before the story. */
export function isLeadBoilerplate(text: string): boolean {
  if (text === lastBoilerplateText) return lastBoilerplate;
  lastBoilerplate = readsAsLeadBoilerplate(text);
  lastBoilerplateText = text;
  return lastBoilerplate;
}

function readsAsLeadBoilerplate(text: string): boolean {
  const lower = text.slice(0, 300).toLowerCase();
  // A note may be set in brackets: "[Editor’s note: …]", "(Updated at 5 p.m. …)".
  const bracketed = lower.charCodeAt(0) === 40 || lower.charCodeAt(0) === 91;
  const opening = bracketed ? lower.replace(/^[[(]\s*/, '') : lower;
  return (bracketed && SQUARE_BRACKETED.test(lower)) || anyMatches(SKIP, opening) || SKIP_NEEDING.some(({ rule, needs }) => opening.includes(needs) && rule.test(opening)) || selfReference(lower, text) || isPlug(text) || greetsBeforeNote(lower) || isBibliographic(text) || isCallsOnly(lower) || isSignedLine(text) || RELEASE_SOURCE.test(text);
}

// A sentence in square brackets alone, about the recording or the post ("[Recorded live at NeurIPS on December 4.]",
// "[This post has been updated.]"): the page's word on the item, above its description. (A bracket of a few words
// and no stop, "[Nami Shimbun]", is an outlet's name or a kind, which PREFIXES take off the text after it.)
const SQUARE_BRACKETED = /^\[[^\][]{3,160}[.!?]\][.!]?$/;

/**
 * A press release's closing line naming its issuer ("SOURCE DataNova, Inc.", "Source: Acme Robotics", "SOURCE: Acme
 * Robotics Inc."): a credit, not the story's sentence. find-source.ts reads the issuer from it (the group).
 */
export const RELEASE_SOURCE = /^(?:SOURCE:?|Source:)\s+(\p{Lu}[\p{L}\d&.,'’ -]{1,60})$/u;

// "By" and a capitalised name opening a short line: the signature BYLINE misses when it holds a stop
// ("By Ana Ruiz in Lisbon, 2026-01-08.", "By Quillmark e.V."). Not a time ("By Friday, ports cut waiting
// times.") and no verb ("By then the port was shut."): those are the story's.
// A credit for help with the story is one too: "With help from Li Wei and Tom Harker" (not "With help from AI, doctors found …").
const SIGNED = /^(?:By|Posted by|Written by|Words by|With (?:help|additional reporting|reporting) (?:from|by))\s*:?\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|June|July|August|September|October|November|December|Then|Now|Today|Tonight|Tomorrow|Noon|Midnight|Christmas|Easter|Spring|Summer|Autumn|Fall|Winter)\b)\p{Lu}/u;
const MAX_SIGNED = 160;
// A byline in German, French, Spanish, Portuguese or Italian: "Von Jana Roth", "Par Jeanne Roux", "Por Ana Ruiz", "Di Mario Rossi".
const FOREIGN_SIGNED = /^(?:Von|Par|Por|Di)\s+\p{Lu}/u;

// Roles in brackets after the names of a byline ("By Jo Roe, Ana Ruiz (Software Engineers, Tools); and
// Li Wei (Research Lead)."): a byline of several people is long by its roles, not by its names.
const BRACKETED = /\([^()]*\)/g;

// The same byline as a sentence of names alone, its stop and all ("Von Laura Schmidt.", "Par Julien Le Gall et
// Anne Roux."): only names, since "Di Maio ha detto …" and "Von Montag an gilt …" open so too.
const FOREIGN_SIGNED_LINE = /^(?:Von|Par|Por|Di)\s+\p{Lu}[\p{L}'’-]+(?:,?\s+(?:\p{Lu}[\p{L}'’-]+|\p{Lu}\.|de|da|do|dos|del|della|van|von|der|le|la|di|y|e|et|und))*\.?$/u;

function isSignedLine(text: string): boolean {
  if (FOREIGN_SIGNED.test(text)) return FOREIGN_SIGNED_LINE.test(text);
  return SIGNED.test(text) && (text.length <= MAX_SIGNED || text.replace(BRACKETED, '').length <= MAX_SIGNED) && !hasFiniteVerb(text);
}

// A call to the reader: a sentence that opens with its verb, no subject ("Get …", "Give it a try.", "Download here.").
const CALL = /^(?:get|give|try|download|install|join|sign up|subscribe|follow|click|tap|stay|check out)\b[^.!?]{0,100}[.!]$/;
// Where one sentence ends and the next opens.
const SENTENCE_GAP = /(?<=[.!])\s+(?=\S)/;
const MAX_CALLS = 160;

/**
 * A page's promo of two short sentences or more, each a call to the reader ("Get bite-sized news via a new
 * cards interface. Give it a try."): a story's sentences have their subjects. (One call alone may be a
 * dek or a heading, read by their own rules.)
 */
function isCallsOnly(lower: string): boolean {
  if (lower.length > MAX_CALLS || !CALL.test(lower.slice(0, lower.search(/[.!]/) + 1))) return false;
  const calls = lower.trim().split(SENTENCE_GAP);
  return calls.length >= 2 && calls.every((call) => CALL.test(call));
}

// A book's imprint ("Quillmark: Example Press, 1984.", an edition in brackets after it) and its ISBN: a
// reference above a post about the book, not a sentence of it.
const IMPRINT = /^\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+){0,2}:\s+\p{Lu}[^.!?:]{1,60},\s+(?:1[5-9]|20)\d{2}\.?(?:\s*\([^()]{1,80}\))?$/u;
const ISBN = /\bISBN(?:-1[03])?:?\s*\d[\d -]{8,15}[\dXx]\b/;

/** A bibliographic line: a book's imprint, or a short line giving its ISBN. */
function isBibliographic(text: string): boolean {
  if (text.length > 160) return false;
  return (text.includes('ISBN') && ISBN.test(text)) || (text.includes(':') && IMPRINT.test(text.trim()));
}

// "From: Digital Standards Office", as a government page names the body a page is from.
const FROM_LINE = /^From:\s+\p{Lu}[^.!?]{1,80}$/u;

/**
 * A line about the story, not of it: a byline (a social post's account), a date line or the body it is from. The paragraph
 * above such lines is the page's standfirst (the summary under its headline), not the story's lead.
 */
export function isMetaLine(paragraph: string): boolean {
  if (paragraph.length > 120) return false;
  const trimmed = paragraph.trim();
  const lower = trimmed.toLowerCase();
  const meta = BYLINE.test(lower) || DATE_ALONE.test(lower) || DATE_LINE.test(lower) || LABELS_THEN_DATE.test(lower) || READ_TIME_LINE.test(lower) || FROM_LINE.test(trimmed) || ACCOUNT_LINE.test(trimmed);
  return meta && !runsIntoStory(trimmed);
}

/**
 * Whether the story's first sentence follows the line in its paragraph, the markup between them dropped
 * ("Posted 2 hours ago Acme on Tuesday unveiled …"): the summary strips the line (PREFIXES) and keeps the
 * sentence, where skipping the paragraph as a line about the story lost the story with it.
 */
function runsIntoStory(paragraph: string): boolean {
  const rest = stripLeadPrefixes(paragraph);
  return rest !== paragraph && rest.split(' ').length >= 6 && /[.!?]["”’)]?$/u.test(rest);
}

// The buttons a page sets under its headline to share or save the story, one a line: "Bookmark", "Share",
// "WhatsApp", "Telegram", "Facebook", "Twitter", "Email", "LinkedIn".
const SHARE_BUTTON = /^(?:bookmark|save|share|share this|whatsapp|telegram|facebook|twitter|x|email|e-mail|mail|linkedin|reddit|pinterest|print|copy link|copy|threads|bluesky|mastodon|flipboard|messenger|sms|tumblr|pocket)$/;

/** A share or save button alone in its paragraph: page chrome, not a heading or a tagline. */
export function isShareButton(paragraph: string): boolean {
  return paragraph.length <= 12 && SHARE_BUTTON.test(paragraph.trim().toLowerCase());
}

// A label of a word or three and a colon, then a list ("This week: three rulings, an FTC order, and a reader question.").
const CONTENTS = /^\p{Lu}[\p{L}’' ]{1,24}:\s+[^:]{10,250}[.]?$/u;
const LIST = /,[^,]+(?:,|\b(?:and|plus)\b)/;
// Items set apart by semicolons, three or more ("Inside: Arden's robotaxis return; Longhaul's trucks; Parallax
// prices."): a list whatever verbs its items hold.
const SEMICOLON_LIST = /^[^;]{3,80}(?:;[^;]{3,80}){2,}$/;
// A label that says the issue's contents follow, and three items or more after it: a list, though its items may hold
// verbs ("Today: Apple delays Siri again, Microsoft's new chip, and a startup that wants to …").
const CONTENTS_LABEL = /^(?:today|this week|inside|in (?:this|today(?:'|’)s) (?:issue|edition|email)|on the menu|coming up|also today)\s*:/i;
const THREE_ITEMS = /,[^,]+,[^,]+\b(?:and|plus)\b/;

/**
 * A newsletter's contents line: a label, then a list of what the issue holds, with no verb (no
 * sentence of a story has none). Only above the story: alone, it is the item's text (a show's "This week: …").
 */
export function isContentsLine(text: string): boolean {
  if (text.length > 300 || !text.includes(':') || !CONTENTS.test(text)) return false;
  const list = text.slice(text.indexOf(':') + 1);
  return SEMICOLON_LIST.test(list) || (LIST.test(list) && (isVerbless(list) || (CONTENTS_LABEL.test(text) && THREE_ITEMS.test(list))));
}

// A dek's openings: the post told to its reader, with no subject of its own. A call to read on
// ("Learn how …", "Discover how …", "See why …"); the reader's task the post walks through ("Use X to …",
// "Get up and running with …"); a gerund ("Analyzing the changes between …"); "How X …" set as a title,
// not asked. A story's first sentence has a subject and its verb.
const DEK_CALL = /^(?:learn|discover|explore|find out|see|read|understand)\s+(?:how|why|what|when|where|which|about|more about)\s/i;
const DEK_TASK = /^(?:Use|Get|Build|Deploy|Create|Author|Set up)\s/;
const DEK_GERUND = /^\p{Lu}\p{Ll}{2,}ing\s+(?:the|a|an|how|why|what|our|your|its|their)\s/u;
const DEK_HOW = /^(?:how|why|what)\s[^?]{10,200}(?::\s|[\p{L}\p{N})]$)/iu;
// A label that places the reader (under, inside, a look at), a colon and a list, with no verb: "Under the
// hood of X: its layout, its tools, and its flow." (A sentence's subject before a colon and a list has a
// verb the verb shapes may miss: "Acme's report credits three things: …".)
const DEK_LIST = /^(?:Under|Inside|Behind|Beyond|Notes on|Thoughts on|A look (?:at|inside)|A guide to|An? (?:introduction|overview|analysis|tour) (?:to|of))\s[^:.!?]{3,80}:\s[^:]*,[^:]*$/u;

/**
 * A dek: a line of at most 300 characters that tells the reader what the post is about rather than
 * starting its story. Its first sentence opens as a call to read on or a "How …" title (not asked),
 * or as a task or a gerund with no finite verb after it, or is a label that places the reader and a
 * list. Only above the story's prose (summarize.ts asks that): alone, it is the item's text.
 */
export function isDek(paragraph: string): boolean {
  if (paragraph.length > 300) return false;
  const first = /^[^.!?]*[.!?]?/.exec(paragraph)![0];
  if (DEK_CALL.test(first) || (DEK_HOW.test(first) && !first.includes('?'))) return true;
  // A subject and its verb after the opening word make it a sentence of the story ("Use of X fell …").
  if (DEK_TASK.test(first) || DEK_GERUND.test(first)) return !hasFiniteVerb(first.replace(/^\S+\s+/, ''));
  return DEK_LIST.test(first) && !hasFiniteVerb(first);
}

// A paragraph that points to a video or a recording beside the story: "Watch: Our reporter takes a ride …".
const MEDIA_POINTER = /^(?:watch|listen|video|audio)\s*:\s/i;

/**
 * A media kicker's whole paragraph, one sentence, above more paragraphs: the line of the video or
 * recording the page embeds, not the story (a paragraph that goes on after it is the story, kicker stripped).
 */
export function isMediaPointer(paragraph: string): boolean {
  return MEDIA_POINTER.test(paragraph) && paragraph.length < 300 && !/[.!?]["'”’)]*\s+\S/.test(paragraph);
}

// A greeting and the writer's note on the letter in one sentence ("Hi all — a quick one today, since
// I’m travelling.", "Hi, I’m Tom, and this is …"): the note goes on in lower case, or after a second
// comma, so the prefix rule (which wants a capital after the longest greeting) leaves it whole.
function greetsBeforeNote(lower: string): boolean {
  const greeting = GREETING.test(lower) ? GREETING_TO_FIRST_MARK.exec(lower) : null;
  return greeting !== null && anyMatches(NEWSLETTER, lower.slice(greeting[0].length));
}

// A call to go elsewhere that ends at an address written out: "Watch here: https://…", "Learn more
// at https://…", "You can find more details … on Instagram here: https://…". A story's sentence
// links with its words; an address spelled out after "here:" is a plug of a video's or a podcast's
// description, and so is the paragraph it closes ("Season 2 is available now on Prime Video! Watch
// here: https://…" above what the video is). "To keep reading my work, please visit https://…, which
// …": a visit to an address written out, a clause after it or not, is one too.
const PLUG = /\b(?:watch|listen|stream|support|learn more|find (?:out )?more|more (?:details|info(?:rmation)?)|check (?:it |them )?out|get (?:it|yours|tickets)|download|shop|buy|order|pre-?order|subscribe|sign up|follow|join|visit|donate)\b(?:[^.!?]{0,150}?(?:\b(?:here|at|on|via)\b|:)\s*:?)?\s*https?:\/\/\S+?(?:,\s[^.!?]{0,80})?[.!]?\s*$/;
const MAX_PLUG = 400;

// A few words and an address after a colon, nothing else: "Parts list: https://…", "📢 New merch is out now: https://…".
const LABELLED_ADDRESS = /^[^.!?:]{1,60}:\s*https?:\/\/\S+\s*$/;

function isPlug(text: string): boolean {
  if (text.length > MAX_PLUG || !text.includes('http')) return false;
  if (LABELLED_ADDRESS.test(text)) return true;
  const plug = PLUG.exec(text.toLowerCase());
  return plug !== null && !storyBefore(text.slice(0, plug.index));
}

// Words enough for a story's sentence before a plug: "Season 2 is available now on Prime Video!" is the plug's own line.
const STORY_BEFORE_PLUG_WORDS = 15;

/**
 * "We're glad to say the spring workshops are back, and signing up for one is open now. Visit the
 * site to sign up: https://…": whole sentences of some length before the plug's sentence are the
 * story's; the paragraph is no plug (its last sentence, unended, is no lead's).
 */
function storyBefore(head: string): boolean {
  const end = head.search(/[.!?]["'”’)]*\s+[^.!?]*$/);
  return end > 0 && head.slice(0, end).split(/\s+/).length >= STORY_BEFORE_PLUG_WORDS;
}

// A sponsor line's sponsor: "PRESENTED BY FLOWSTACK", "Today's issue is brought to you by Flowstack.", "In partnership with Ledgerly".
const SPONSOR = /^(?:(?:this|today(?:'|’)s|this week(?:'|’)s) (?:newsletter|issue|edition|episode|post|email) is )?(?:sponsored|presented|brought to you|powered|supported|made possible) by\s+([^.!?:]{2,40}?)[.!]?$|^(?:together|in partnership) with\s+([^.!?:]{2,40}?)[.!]?$/i;

/** The sponsor a sponsor line names, when the line is nothing else: the paragraph after it that opens with that name is the sponsor's pitch. */
export function sponsorName(paragraph: string): string | undefined {
  if (paragraph.length > 120) return undefined;
  const match = SPONSOR.exec(paragraph.trim());
  return match ? (match[1] ?? match[2])!.trim() : undefined;
}

// A label of a few words in sentence case before the story: "Why it matters:", "The big picture:",
// "Driving the news:". Not a name ("Jane Roe:") and not an attribution ("Roe said:"): those give a speaker.
// Or "The" and one word in title case, as newsletters set theirs ("The Rundown:", "The Details:").
const LABEL = /^(?:\p{Lu}\p{Ll}*(?:\s+\p{Ll}[\p{Ll}’']*){2,3}|The\s\p{Lu}\p{Ll}+):\s+(?=["“‘]?\p{Lu})/u;
// A newsletter's run-in label, bold before the paragraph's first sentence and set off by a dash: "High
// stakes — Sam …", "A quiet launch — Acme …", "Why it matters — The …". A capital word, then up to six
// lowercase ones (no name among them: "Jane Roe — The …" is not a label), then a capital after the dash.
const DASH_LABEL = /^\p{Lu}[\p{L}’'-]*(?:\s+[\p{Ll}\d][\p{Ll}’'-]*){1,6}\s*[—–]\s*(?=["“‘]?\p{Lu})/u;
// A writer's name and role before a dash, as an aggregator's excerpt opens with the article's byline:
// "Nick Roe, Harbor Health founder and CEO — Harbor Health uses …". Two to four capitalised words, a
// comma, then no more than eight words with a role among them and no verb (see withoutRoleByline).
const ROLE_BYLINE = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3},\s+((?:[\p{L}&.'’-]+\s+){0,7}[\p{L}&.'’-]+)\s*[—–]\s*(?=["“‘]?\p{Lu})/u;

export function withoutRoleByline(text: string): string {
  if (!/[—–]/.test(text.slice(0, 120))) return text;
  const byline = ROLE_BYLINE.exec(text);
  if (!byline) return text;
  const words = byline[1]!.split(/\s+/);
  if (!words.some(isRoleWord) || words.some((word) => LABEL_SPEECH.test(word) || LABEL_CLAUSE.test(` ${word} `))) return text;
  return text.slice(byline[0].length);
}

// At most three words, then the end of the sentence.
const SENTENCE_TAIL = /^\S+(?:\s+\S+){0,2}?[.!?…]["”’)]*(?:\s|$)/u;
const LABEL_SPEECH = /\b(?:said|says|say|writes|wrote|told|tells|asked|asks|added|adds|explained|explains|noted|notes|put|puts|tweeted|posted|warned|warns)\b/;
// A subject and its verb "to be" before the colon: the sentence's own start ("The sounds are
// unmistakable: children sobbing."), no label ("Why it matters:", "The big picture:").
const LABEL_CLAUSE = /\s(?:is|are|was|were)\s/;

const TRAILING_CREDIT = /(?<=[.!?][”"’]?)\s+\(\p{Lu}[\p{L}.&'’-]*(\s+\p{Lu}[\p{L}.&'’-]*){0,3}\)$/u;

/**
 * A wire credit in brackets after the last sentence ("… the people said. (Reuters)"): who wrote it,
 * not part of the story, and no sentence of its own.
 */
export function stripTrailingCredit(text: string): string {
  // A hat tip after the last sentence ("… in six languages. h/t @lenstalk", "… (via Weather Wonk).").
  const tail = text.slice(-70);
  if (HAT_TIP_WORD.test(tail)) {
    const tip = TRAILING_HAT_TIP.exec(text);
    if (tip) return text.slice(0, tip.index);
  }
  if (!text.endsWith(')')) return text;
  const credit = TRAILING_CREDIT.exec(text);
  return credit ? text.slice(0, credit.index) : text;
}

const HAT_TIP_WORD = /\b(?:h\/t|H\/T|HT|hat tip|[Vv]ia)\b/;
// After a sentence's stop: "h/t", "HT", "hat tip" or "via", and a name or a handle, and maybe its own stop; or the same in
// brackets. (A sentence may open with "Via": only in brackets is a capital "Via" a credit.)
// (The stop before the tip stays: "… in six languages.")
const TRAILING_HAT_TIP = /(?<=[.!?][”"’]?)\s+(?:\((?:h\/t|H\/T|HT|[Hh]at tip|[Vv]ia):?\s+[^()]{1,40}\)|(?:h\/t|H\/T|HT|[Hh]at tip|via):?\s+(?:@[\w.@-]+|\p{Lu}[\p{L}\p{N}_.&'’ -]{0,40}?))\.?$/u;

// One emoji: a pictograph or a flag's letter, its presentation selector and a joiner to the next.
const EMOJI = String.raw`[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}]\uFE0F?\u200D?`;
const LEADING_EMOJI = new RegExp(String.raw`^(?:${EMOJI}\s*)+(?=[\p{L}\p{N}"“‘])`, 'u');

/** The text without the emoji it opens with; most texts open with no character an emoji could be, and are not searched. */
function withoutLeadingEmoji(text: string): string {
  return text.charCodeAt(0) >= 0x2190 ? text.replace(LEADING_EMOJI, '') : text;
}
// Emoji after the words ("… an Update Post 😅", "Assemble! 📜🧠🔥"): decoration, as before them.
const TRAILING_EMOJI = new RegExp(String.raw`(?<=[\p{L}\p{N}.!?"”’)])(?:\s*${EMOJI})+\s*$`, 'u');

/** The text without the emoji after its last words. */
export function stripTrailingEmoji(text: string): string {
  // Emoji are past U+2190 (most are surrogate pairs): a text ending in anything else has none there.
  const trimmed = text.trimEnd();
  if (!(trimmed.charCodeAt(trimmed.length - 1) >= 0x2190)) return text;
  const emoji = TRAILING_EMOJI.exec(text);
  return emoji ? text.slice(0, emoji.index) : text;
}

// As for isLeadBoilerplate: the summary strips a paragraph, then its one sentence, the same text
// (one call in seven repeats the one before it).
let lastStripInput: string | undefined;
let lastStripped = '';

/** The text without the preambles that open it ("arXiv:… Abstract:", "Listen to this post:"). */
export function stripLeadPrefixes(text: string): string {
  if (text === lastStripInput) return lastStripped;
  lastStripped = withoutLeadPrefixes(text);
  lastStripInput = text;
  return lastStripped;
}

// A caption's sentence, then its credit in brackets ("(Photo: Jane Roe/Harbor Ledger)", "(Image credit: Acme)", or a
// photographer and an outlet joined by a slash, "(Jane Roe/Harbor Ledger)"), then a sentence's capital.
const CAPTION_RUN_IN = /^[^()]{10,250}?[.!?]\s+\((?:(?:[Pp]hoto(?:graph)?s?|PHOTO|[Ii]mages?|[Pp]icture|[Ff]oto|[Cc]redit|[Ii]mage credit)(?: by)?:?\s+[^()]{2,60}|\p{Lu}[\p{L}.'’ -]{1,40}\s?\/\s?\p{Lu}[\p{L}.&'’ -]{1,40})\)\s+(?=["“]?\p{Lu})/u;

// A name of two to four capitalised words (or "By" and one, maybe a second joined by "and", maybe a comma and the
// outlet: the group `signed`, where find-source.ts reads an agency), a bar, maybe another part and a bar, then the
// story's capital. A name alone needs that second part: "Nvidia | AMD | Intel all reported …" is the story's own sentence.
const CAPITALISED_NAME = String.raw`\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}`;
export const BYLINE_BARS = new RegExp(
  String.raw`^(?:(?<signed>(?:By|Von|Par|Por|Di)\s+${CAPITALISED_NAME}(?:\s+(?:and|und|et|y|e)\s+${CAPITALISED_NAME})?(?:,\s*[\p{L}&.'’ ]{2,40})?)|\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}(?=\s+\|\s+[^|]{2,40}\s+\|\s))\s+\|\s+(?:[^|]{2,40}\s+\|\s+)?(?=["“]?\p{Lu})`,
  'u',
);

function withoutLeadPrefixes(text: string): string {
  // Emoji before the text ("🚨 Breaking: …", "📢 New …") decorate it; a kicker or a note after them is still one.
  let rest = withoutLeadingEmoji(text);
  // A photo's caption and its credit run into the story's paragraph: "Students leave Pine Elementary on Monday.
  // (Photo: Jane Roe/Harbor Ledger) The school board voted …". The credit ends the caption.
  const bracket = rest.indexOf('(');
  if (bracket > 0 && bracket < 260) {
    const caption = CAPTION_RUN_IN.exec(rest);
    if (caption) rest = rest.slice(caption[0].length);
  }
  // A byline run into the story with bars, maybe with the outlet or the date: "By Jane Roe, Reuters | NEW YORK — …",
  // "Jane Roe | Harbor Ledger | Harbor City …", "Von Anna Schmidt | 03.03.2026, 14:05 Uhr | Die …".
  const bar = rest.indexOf(' | ');
  if (bar > 0 && bar < 80) {
    const byline = BYLINE_BARS.exec(rest);
    if (byline) rest = rest.slice(byline[0].length);
  }
  // A label needs a colon near the start and a dateline a dash: most paragraphs have neither.
  const label = rest.lastIndexOf(':', 60) > 0 ? LABEL.exec(rest) : null;
  // A label that is itself furniture ("In this issue:") leaves the paragraph for isLeadBoilerplate to skip.
  if (label && !LABEL_SPEECH.test(label[0]) && !LABEL_CLAUSE.test(label[0]) && !isLeadBoilerplate(label[0])) rest = rest.slice(label[0].length);
  // A run-in label needs a dash near the start: most paragraphs have none there.
  const dash = /[—–]/.exec(rest.slice(0, 60));
  const runIn = dash ? DASH_LABEL.exec(rest) : null;
  // A label that is itself a note ("Quick one today — …") leaves the paragraph for isLeadBoilerplate, as above.
  // A label stands before a sentence: a few words and a stop after the dash are the sentence's own end
  // ("There’s a new channel in town – Microsoft Teams.").
  if (runIn && !LABEL_SPEECH.test(runIn[0]) && !isLeadBoilerplate(runIn[0]) && !SENTENCE_TAIL.test(rest.slice(runIn[0].length))) rest = rest.slice(runIn[0].length);
  else if (dash) rest = withoutRoleByline(rest);
  for (let changed = true; changed; ) {
    changed = false;
    // A wire's dateline ("SEOUL, Dec. 3 (Yonhap) --", "MADRID, 5 dic (EFE).-"), also after a kicker ("Exclusive: ").
    const dateline = readDateline(rest);
    if (dateline) {
      rest = rest.slice(dateline.length);
      changed = true;
      continue;
    }
    // A byline set in capitals run into the story ("By JANE ROE Acme on Tuesday …"): the capitals end the name,
    // which the rules below, reading lower-cased text, cannot see.
    const capitals = CAPITALS_BYLINE.exec(rest);
    if (capitals) {
      rest = rest.slice(capitals[0].length);
      changed = true;
      continue;
    }
    const head = rest.slice(0, 300);
    if (!mayOpenWithPrefix(head)) break;
    const lower = head.toLowerCase();
    for (const { rule, needs } of prefixesOpening(lower)) {
      if (!lower.includes(needs)) continue;
      const match = rule.exec(lower);
      // The story goes on after the prefix with a capital (or a quotation opening). After a greeting, a
      // word or two are whom it greets ("Good morning, AI enthusiasts."): the greeting is left whole, to be skipped.
      // (Or with a letter of a script without case: Japanese, Chinese.)
      if (match && /^["“‘「]?[\p{Lu}\p{N}\p{Lo}]/u.test(rest.slice(match[0].length)) && !(rule === GREETING_PREFIX && ADDRESSEES.test(rest.slice(match[0].length)))) {
        rest = rest.slice(match[0].length);
        changed = true;
        break;
      }
    }
  }
  return rest;
}

// A credit at a caption's end: "(Photo: Jane Doe/Reuters)", "Image: Acme", "Getty Images", or one
// closed by a full stop after the caption's sentence ("… economic policy. Credit: Stock photo by Jo
// Roe."; a line that is all label, "Delete Photos: The photos are deleted.", is no caption).
// The words a credit opens with, in the languages of the feeds we read.
const CREDIT_WORDS = 'photo|image|picture|illustration|credit|photograph|photographer|video|source|bild|foto|grafik|quelle|crédito|crédit|fonte';
// Or, with no colon, "by" or "via" and the photographer or the owner: "(Photo by Jo Roe/AFP)", "… on a phone. Image via Acme".
const CAPTION_END = new RegExp(
  String.raw`(?:\(?\b(?:${CREDIT_WORDS})s?(?: by| credit)?\s*:\s*[^.()]{1,60}\)?|(?<=[.!?]["”’]?\s)(?:${CREDIT_WORDS})s?(?: by| credit)?\s*:\s*[^.()]{1,60}\.|\(?\bcourtesy(?: of)?\s+[^.()]{1,60}\)?|\b(?:getty images|shutterstock|ap photo|afp via getty images)\)?|\((?:photo|image|picture|illustration)s? by\s+[^.()]{1,60}\)|(?<=[.!?]["”’]?\s)(?:photo|image|picture|illustration)s? (?:by|via)\s+[^.()]{1,40})\s*$`,
);
const CAPTION_WORD = /photo|image|picture|illustration|credit|crédit|video|getty|shutterstock|source|courtesy|bild|foto|fonte|grafik|quelle/;
// An agency's credit in capitals after the caption's last sentence, as European agencies set it: "… a Roma.
// ANSA/FABIO FRUSTACI", "… de accionistas. / EUROPA PRESS".
const CAPITALS_CREDIT = /[.!?]\s+(?:\p{Lu}{2,}(?:\s\p{Lu}{2,})?\s?\/\s?\p{Lu}[\p{Lu}'’-]+(?:\s\p{Lu}[\p{Lu}'’-]+){0,3}|\/\s?\p{Lu}{2,}(?:\s\p{Lu}{2,}){0,2})$/u;
// The same credit after a slash ("Photo/Xinhua", "(IMAGE/Jane Roe)"): the credit is a name, capitalised
// ("image/video generation" is no credit). Read on the text as written, for its capitals.
const SLASH_CREDIT = new RegExp(String.raw`\(?\b(?:${CREDIT_WORDS})s?\s*\/\s*([^.()]{1,60})\)?\s*$`, 'i');
const CAPITAL = /^\p{Lu}/u;
// A photographer's credit after the caption's last sentence: "… in Berlin. Jane Doe/Getty", "… Jane Doe / Harbor Times".
const NAME_CREDIT = /[.!?]\s+\p{Lu}\p{Ll}+(\s\p{Lu}[\p{Ll}.]*){1,2}\s?\/\s?\p{Lu}[\p{L}&]+(\s\p{Lu}[\p{L}&]+){0,2}$/u;
// Words only a caption uses of the people in a photo: "(left)", "pictured", "from left", "Jane Roe, center, with …".
// And a wire's caption: "This photo, provided by Acme, shows …", "This file photo shows …", "… is seen in this
// undated file photo.", "(PHOTO NOT FOR SALE)".
// Where the people in a photo stand, in brackets as only a caption writes it: "Jane Roe (left)", "(pictured)".
export const PHOTO_POSITION = /\((?:left|right|centre|center|l|r|from left|pictured|above|below|top|bottom)\)/i;
const PHOTO_WORDS = new RegExp(String.raw`${PHOTO_POSITION.source}|,\s(?:left|right|centre|center|second (?:from )?(?:left|right)|far (?:left|right))(?:,|\sand\s)|\bpictured\b|\bfrom left\b|\bseen here\b|\bshown here\b|\bin this (?:\w+ ){0,3}(?:photo|image|picture|photograph)\b|\bphoto not for sale\b|^this (?:\w+ ){0,2}(?:photo|image|picture|screenshot|photograph)(?:,[^!?]{1,100}?,| (?:taken|provided|released|captured)\b[^!?]{1,100}?)? shows?\b`, 'i');
// A short line opening with a dash and a capital: an epigraph's author ("— William Gibson") or a list's
// point ("- Relief that I can throw away the cables"); neither opens a story's lead.
const DASH_LINE = /^(?:[—–-]\s*\p{Lu}[^!?]{0,60}|[—–]\s*\p{Lu}[\p{L}.'’ -]{1,40},[^!?]{1,80})$/u;
// "— William Gibson": the line naming an epigraph's author, with a longer note after the name's comma too
// ("— Christopher Schwarz, on the founding phrase for his next book."). The name is capitalised words (a
// name's particles, "and", "&" and numbers among them: "— Firefox Security and Privacy Teams", "—Opus 4.8"),
// maybe a handle in brackets after it. A line of dialogue or a list's point after the dash ("— We had no
// choice, — said Jane Roe.", "—La IA cambiará el trabajo, no lo eliminará —aseguró Patel …") names no
// author: the paragraph above it is the story's, not an epigraph.
const AUTHOR_NAME = String.raw`\p{Lu}[\p{L}\p{N}.'’-]*(?:\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}.'’-]*|${[...PARTICLES, 'el', 'and', '&'].join('|')})){0,5}`;
// A credit line is no author: "— Via Capitol Wire", "— Source: Harbor Ledger", "— H/T Ana Ruiz" under a repost's text.
const AUTHOR_LINE = new RegExp(String.raw`^(?:[—–-]\s*(?!(?:Via|VIA|Source|SOURCE|Sources|H\/T|HT|Hat tip)\b)${AUTHOR_NAME}(?:\s*\([^()]{1,40}\))?(?:(?:,|\s[—–])[^!?]{0,80}|\s[^!?]{0,40}\d{4})?)$`, 'u');

// A wire photo's credit in brackets after the caption's last sentence, agency and photographer: "… Aug. 22,
// 2026. (Xinhua/Cen Yunpeng)", "… in Beijing. [Xinhua/Li Xiang]", "(Reuters/Jane Doe)".
const BRACKETED_CREDIT = /[.!?]\s*[([]\p{Lu}[\p{L}.&]*(?:\s\p{Lu}[\p{L}.&]*){0,2}\s?\/\s?\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){0,2}[)\]]$/u;

/** A photo caption that kept its credit. */
// A picture's caption with no verb and its credit, the organisation the caption names, as a handout photo
// is credited: "Amazon CEO Andy Jassy. Amazon", "Mico, Microsoft's new Copilot avatar. Microsoft".
const HANDOUT_CAPTION = /^([^.!?]{3,120})\.\s+(\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*){0,3})$/u;

export function isCaption(paragraph: string): boolean {
  if (paragraph.length >= 400) return false;
  // A picture's people doing what it shows, on the day it was taken ("OpenAI CEO Sam Altman speaks during a conference
  // in San Francisco on Nov. 6, 2026."): a story tells what they did, in the past.
  if (DATED_CAPTION_END.test(paragraph) && isDepiction(paragraph)) return true;
  if (paragraph.length < 180) {
    const handout = HANDOUT_CAPTION.exec(paragraph);
    if (handout && handout[1]!.includes(handout[2]!) && !hasFiniteVerb(handout[1]!)) return true;
  }
  const tail = paragraph.slice(-90);
  if (tail.includes('/') && (BRACKETED_CREDIT.test(tail) || CAPITALS_CREDIT.test(tail))) return true;
  const end = tail.toLowerCase();
  if (CAPTION_WORD.test(end) && (CAPTION_END.test(end) || CAPITAL.test(SLASH_CREDIT.exec(tail)?.[1] ?? ''))) return true;
  return paragraph.includes('/') ? NAME_CREDIT.test(paragraph) : paragraph.length < 250 && PHOTO_WORDS.test(paragraph);
}

// A finite verb, by the shapes a news sentence's verb takes: an auxiliary or a common irregular
// past, a past in -ed (not a participle set off by a comma: ", pictured in May"), or a verb in -s
// between a name or pronoun and its object ("Corvid doubles its …"). No tagger is at hand; a
// caption is a noun phrase with participles ("Corvid’s new plant, seen from the air in May").
const FINITE_VERB = new RegExp(
  [
    String.raw`\b(?:is|are|was|were|am|be|has|have|had|will|would|can|could|may|might|must|shall|should|does|did|said|says|told|made|took|won|lost|began|became|went|came|gave|got|saw|found|sold|bought|built|brought|held|kept|led|met|paid|ran|sent|spent|stood|thought|wrote|grew|fell|rose|chose|spoke|drew|flew)\b`,
    String.raw`(?<!,\s)\b\p{L}{2,}ed\b`,
    // A subject pronoun or a contraction has its verb nearby ("If you click …", "bugs we're finding").
    String.raw`\b(?:I|you|we|they|he|she)\b|\p{L}['’](?:ll|re|ve|d|s\s+(?:been|not|a|an|the))\b|n['’]t\b`,
    String.raw`(?:\b\p{Lu}[\p{L}’']*|\b(?:it|he|she|they|we|this|that))\s+\p{Ll}{2,}(?<!ss)s\s+(?:its|their|his|her|the|a|an|to|that|on|in|up|out|more|new|about)\b`,
  ].join('|'),
  // Case matters: "may" is a verb, "May" a month.
  'u',
);

/**
 * A caption without its credit, told by its words alone: a short line with no finite verb. Only
 * for a paragraph the page sets under a picture (clean-html.ts): elsewhere such a line is a
 * heading or a tagline, which the summary reads on its own terms.
 */
export function isVerbless(paragraph: string): boolean {
  if (paragraph.length > 200 || paragraph.split(/\s+/).length > 30) return false;
  // The verb shapes are English ones: a line in another language is not judged.
  return ENGLISH_WORD.test(paragraph) && !FINITE_VERB.test(paragraph);
}

// The verbs a caption depicts its picture with ("Lisa Su, CEO of AMD, speaks at …", "Workers are seen …").
const DEPICTION = /\b(?:speaks|poses|attends|arrives|gestures|looks on|walks|stands|holds|delivers|presents|listens|sits|waves|smiles|(?:is|are) (?:seen|displayed|pictured|shown))\b/;
const MAX_DEPICTION = 300;
// The day a picture was taken, closing its caption: "… on Nov. 6, 2026.", "… in June 2026.".
const DATED_CAPTION_END = /\b(?:on|in) (?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}|(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4})\.?$/;

/** A caption above a picture's credit: one short sentence that depicts, or a line with no verb. */
export function isDepiction(text: string): boolean {
  return text.length < MAX_DEPICTION && (DEPICTION.test(text) || isVerbless(text)) && !/[.!?]\s+\p{Lu}/u.test(text);
}

/** A finite verb among the words (by the shapes FINITE_VERB knows): a clause, not a label or a credit line. */
export function hasFiniteVerb(text: string): boolean {
  return FINITE_VERB.test(text);
}

// Function words English captions use and other languages written in Latin letters rarely do.
const ENGLISH_WORD = /\b(?:the|of|and|in|on|at|with|from|during|outside|near)\b/;

/** A caption's text without its credit: the lead when a post has nothing but a caption. */
export function withoutCaptionCredit(paragraph: string): string {
  const end = paragraph.slice(-90);
  const lower = end.toLowerCase();
  const match = lower.length === end.length ? CAPTION_END.exec(lower) : null;
  return match ? paragraph.slice(0, paragraph.length - end.length + match.index).trim() : paragraph;
}

const QUOTATION_OPENING = /^\s*["“‘'„«]/u;
// Or a saying's kind in small letters ("” — carpenter's proverb", "” — an old programming saying").
const QUOTATION_AUTHOR = /["”’]\s*(?:--?|[—–])\s*(?:(?:\p{Lu}|from\s)(?:[^.!?]|\.\s(?=\p{Lu})){0,60}|\p{Ll}[\p{L}'’ -]{0,40}\b(?:proverb|saying|adage|maxim|motto|advice|wisdom))\.?$/u;

// A sentence after a dash opening its line: a list's point, or a line of an epigraph's author with a note.
const DASHED_SENTENCE = /^[—–-]\s*(\p{Lu}[^\n]*[.!?])$/u;

/** A list's point after a dash that is a sentence ("— Corvid released Raven 3 on Monday."), not an author's line: the sentence. */
export function listPointSentence(paragraph: string): string | undefined {
  const trimmed = paragraph.trim();
  return AUTHOR_LINE.test(trimmed) ? undefined : DASHED_SENTENCE.exec(trimmed)?.[1];
}

/**
 * An epigraph: a quotation set above the story with its author ("“…” — Name", or the author on
 * the next line), or that author line itself.
 */
export function isEpigraph(paragraph: string, next: string | undefined, afterNext: string | undefined): boolean {
  if (DASH_LINE.test(paragraph)) return true;
  if (paragraph.length > 400) return false;
  // The author's name after the quotation, initials allowed ("” -- A. Writer."), or where it is from
  // ("” — from the paper"): a paragraph that opens with the quotation (after a sentence of the story's
  // own, "Acme opened a lab. “We chose Lisbon …” — Jane Roe", it is the story quoting someone).
  if (QUOTATION_OPENING.test(paragraph) && QUOTATION_AUTHOR.test(paragraph)) return true;
  // A quotation alone, nobody named, above the story: a pull quote (a lead that opens with a
  // quotation goes on to say whose it is).
  if (next !== undefined && /^[“"][^“”"]{10,300}[”"]$/u.test(paragraph.trim())) return true;
  // Above its author's line. With nothing below that line, it is a sign-off ("— Jane Roe", "— The Editors")
  // under the story, unless what it signs is a quotation.
  return next !== undefined && AUTHOR_LINE.test(next) && (afterNext !== undefined || QUOTATION_OPENING.test(paragraph));
}

const SENTENCE_BREAK = /[.!?]["”’)]?\s+\p{Lu}/u;

/**
 * A row of links, not prose: "Discussion | Link", related headlines with their outlets, a
 * Guardian-style run of related links. `links`: the link texts of the document.
 */
export function isLinkRow(paragraph: string, links: readonly string[]): boolean {
  // A row is short; a paragraph of prose is not read against every link.
  if (paragraph.length > 400) return false;
  // Short parts joined by separators: "Discussion | Link", "Tech · AI · Policy".
  if (/[|•·]/.test(paragraph)) {
    const parts = paragraph.split(/\s+[|•·]\s+/);
    if (parts.length >= 2 && parts.every((part) => part.split(/\s+/).length <= 4)) return true;
  }
  if (links.length === 0) return false;
  // A few words and a colon before one link's text, nothing after: "Read the original article in French: <headline>".
  const colon = paragraph.indexOf(': ');
  if (colon > 0 && colon < 60 && links.includes(paragraph.slice(colon + 2).trim())) return true;
  // What is left once the link texts are taken out: at most an outlet's name per link.
  let rest = paragraph;
  let linked = 0;
  for (const link of links) {
    if (link.length < 2) continue;
    const at = rest.indexOf(link);
    if (at < 0) continue;
    rest = rest.slice(0, at) + ' ' + rest.slice(at + link.length);
    linked++;
  }
  if (linked === 0) return false;
  const left = rest.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return left <= 4 * linked && left < paragraph.split(/\s+/).length / 2 && !SENTENCE_BREAK.test(rest);
}
