// Words in quote marks that nobody said: a name or title, a made-up example, a hypothetical
// ("a user might say “…”"), a string on a screen or a support page, a research paper's sentence.
// Only speech or writing by someone other than the article's author is a key quote.
//
// A repeat of up to two words, ([^\s]+\s+){0,2}?, is a capturing group though nothing reads what it
// captures: V8 compiles a non-capturing one by copying it, and the word list after it, once per
// copy, which made these patterns cost about 10 ms each to compile on first use.

// Just before the opening mark. "a report titled “…”", "the so-called “…”": a name in quote
// marks. "For example, “…”": a made-up example. "As the old saying goes, “…”": a saying, no one's words.
const NAMING = /\b(?:titled|entitled|called|dubbed|named|headlined|headline|the words?|the term|the phrase|(?:the|an?|old) (?:saying|adage|proverb|maxim)(?: goes)?|saying goes|as they say|label(?:l)?ed|so-called|known as|hashtag|slogan|motto|tagline|option|setting|button|feature|category|mode|for example|for instance|e\.g\.|such as)\s*[:,]?\s*\(?$/;

// A quotation between a determiner and a noun that names a work, an event or a control: "the demo
// used in the “Immerse your app in spatial audio” session", "our “Ask Acme” button" (a title, no one's words).
const DETERMINER_END = /\b(?:the|a|an|our|their|its|this|his|her|your)\s*$/;
const TITLED_NOUN = /^\s*(?:session|talk|lecture|keynote|panel|workshop|episode|video|podcast|series|course|tutorial|challenge|campaign|program|programme|initiative|project|book|film|movie|album|song|track|show|exhibit|exhibition|event|conference|button|tab|menu|badge)s?\b/;

// In the sentence before the quote: someone imagined, not someone quoted.
const HYPOTHETICAL_BEFORE = new RegExp(
  [
    String.raw`\b(?:imagine|imagining|suppose|supposing|pretend|hypothetically|what if)\b`,
    // "a customer might say", "you could ask it", "the assistant can greet visitors and say", "some people will say"
    String.raw`\b(?:might|would|could|may|can|should|will)\s+(\w+\s+){0,3}?(?:say|ask|type|tell|write|prompt|reply|respond)\b[^.“"]{0,50}$`,
    // "if you ask …", "when a user types …"
    String.raw`\b(?:if|when|whenever)\s+(?:you|a|an|the|someone|somebody|anyone|users?|customers?|people)\b[^.“"]{0,60}\b(?:say|says|ask|asks|type|types|tell|tells|write|writes|enter|enters)\b`,
    String.raw`\b(?:something|things|prompts?|requests?|questions?|commands?|words|phrases|sentences|statements) (?:like|such as)\b[^.“"]{0,30}$`,
    String.raw`\b(?:typ(?:e|es|ed|ing)|enter(?:s|ed|ing)?) in\b[^.“"]{0,30}$`,
    // "a jump from saying “…” to saying “…”", "a way of saying": a saying talked about, no one's words.
    String.raw`\b(?:from|to|than|of|about|without)\s+(?:just\s+|simply\s+)?(?:saying|writing|asking)\s*[:,]?\s*$`,
    // "Say a user types …", "Let's say you ask …": a case made up to show how something works. "Tell the
    // assistant where you want packages placed “…”": what the reader may say, told to them.
    String.raw`^\s*(?:say|let(?:'|’)s say|picture|consider|tell|ask|type|try saying)\b`,
    // The same told after "for instance" ("For instance, say “…”"), or tried ("Try asking “…”").
    String.raw`\b(?:for example|for instance|e\.g\.),?\s+(?:say|ask|tell|type|write)\b[^.“"]{0,30}$|\btry (?:saying|asking|typing|writing|prompting)\b[^.“"]{0,30}$`,
    // What the reader will see on a screen: "you will see in your terminal the message saying that it
    // worked “…”". Not when someone speaks in between ("As you can see in the clip, Jane Roe said “…”").
    String.raw`\byou(?:'ll|’ll| will| should| can| may| might)? see\b(?![^.“"]*\b(?:said|says|told|tells|wrote|writes|asked|asks|added|adds)\b)[^.“"]{0,90}$`,
    // An infinitive's "and say": "too many to feed to a model in one go and say “…”" (what one would do).
    String.raw`\bto\s+[a-z]+\b[^.“"]{0,60}\band\s+(?:say|ask|tell|type|write)\s*[:,]?\s*$`,
    // "a user types …", "a customer asks …": anyone, in the present tense, is an example, not a person quoted.
    String.raw`\b(?:a|any|the|your) (?:user|customer|shopper|player|driver|person|visitor|reader|student|patient|caller|developer)s? (?:types?|enters?|asks?|says?|writes?|tells?|requests?|prompts?)\b[^.“"]{0,40}$`,
  ].join('|'),
  '',
);

// After the quote: "…,” a customer might say".
const HYPOTHETICAL_AFTER = /^[\s,]*(?:[^\s.“"”]+\s+){0,4}?(?:might|would|could|may|can)\s+(?:\w+\s+)?(?:say|ask|reply|respond|write|type)\b/;

// A screen, a message or a support page "says" or "reads" it, or a program does ("the server saying
// “try again”"): an interface string, not speech.
const THING = String.raw`(?:message|error|notice|banner|pop-?up|dialog(?:ue)?|warning|notification|alert|screen|page|sign|label|prompt|faq|documentation|docs|policy|terms|guidelines|disclaimer|caption|description|listing|readme|changelog|manual|app|box|field|window|tooltip|menu|text|server|browser|website|compiler|terminal)`;
// The verbs of a thing that "says" what is on it.
const SHOWS = String.raw`(?:says|said|saying|reads|read|reading|states|stated|stating|displays|displayed|displaying|shows|showed|showing|warns|warned|warning|tells|telling|asks|asking)`;
// The thing may be followed by a few words before its relative clause: "a notification from one site
// to another that says “…”", "an error in the console which reads “…”".
const INTERFACE_BEFORE = new RegExp(
  String.raw`\b${THING}\s+(?:that\s+|which\s+)?(?:now\s+)?${SHOWS}\s*[:,]?\s*$|\b${THING}\s+(?:[^\s.“"”]+\s+){1,5}?(?:that|which)\s+(?:now\s+)?${SHOWS}\s*[:,]?\s*$`,
  '',
);
const INTERFACE_AFTER = new RegExp(String.raw`^[\s,]*(?:reads|read|says|said|states|stated|warns|warned)\s+(?:the|a|an|its|their)\s+([^\s.“"”]+\s+){0,2}?${THING}\b`, '');

// A research paper's own sentence: "the paper states", "the authors write in the abstract", "a new
// paper puts it plainly in its abstract:".
const PAPER = String.raw`(?:paper|study|abstract|preprint|manuscript|journal article)`;
const PAPER_BEFORE = new RegExp(
  // "In the preprint, the team writes that …": the paper named where the words are.
  String.raw`\bin (?:the|their|a|its|this) ([^\s.“"”]+\s+){0,2}?${PAPER}\b[^.“"]{0,80}\b(?:states?|stated|writes?|wrote|notes?|noted|argues?|argued|concludes?|concluded|reads?|says?|said)\b|` +
    String.raw`\b(?:the|their|a|its|this)\s+([^\s.“"”]+\s+){0,2}?(?:${PAPER}|authors)\s+(?:\w+\s+)?(?:states?|stated|reads?|says?|said|writes?|wrote|notes?|noted|argues?|argued|concludes?|concluded|claims?|claimed|explains?|explained)\b|\b(?:write|wrote|writes|state|states|stated|note|notes|noted|argue|argues|argued|conclude|concludes|concluded|says|said|puts?\s+it(?:\s+\w+)?)\s+(?:in\s+)?(?:the|their|a|its)\s+([^\s.“"”]+\s+){0,2}?${PAPER}\b`,
  '',
);
const PAPER_AFTER = new RegExp(
  String.raw`^[\s,]*(?:(?:the|their|a|its)\s+([^\s.“"”]+\s+){0,2}?(?:${PAPER}|authors)\s+(?:states?|stated|reads?|says?|said|writes?|wrote|notes?|noted|argues?|argued|concludes?|concluded)\b|(?:[^\s.“"”]+\s+){0,4}?(?:write|wrote|writes|state|states|stated|note|notes|noted|argue|argues|argued|conclude|concludes|concluded)\s+(?:in\s+)?(?:the|their|a|its)\s+([^\s.“"”]+\s+){0,2}?${PAPER}\b)`,
  '',
);

// "Microsoft explains in a support document that “…”", "the company’s help centre says: “…”": a
// help page, not someone's words. A page that "says" counts only right before the quote: with words
// between, the sentence may go on to someone who speaks.
const HELP = String.raw`(?:support|help|faq)\s+(?:page|document|doc|article|center|centre|note|site|docs|pages|hub|portal)s?`;
const HELP_PAGE_BEFORE = new RegExp(
  String.raw`\b(?:in|on)\s+(?:a|an|the|its|their)\s+${HELP}\b|\b${HELP}\s+(?:now\s+)?(?:says|reads|states)\s*[:,]?\s*$`,
  '',
);

/**
 * `before`: the sentence up to the opening mark; `after`: the rest of the sentence after the
 * closing mark. True when the quoted words are not someone's speech or writing.
 */
export function isNotSpeech(before: string, after: string): boolean {
  // Lowercased once, so the patterns need no case-insensitive (and costly to compile) flag.
  const near = before.slice(-30).toLowerCase();
  if (NAMING.test(near)) return true;
  const sentence = before.slice(-200).toLowerCase();
  const tail = after.slice(0, 120).toLowerCase();
  if (DETERMINER_END.test(near) && TITLED_NOUN.test(tail)) return true;
  return (
    HYPOTHETICAL_BEFORE.test(sentence) ||
    HYPOTHETICAL_AFTER.test(tail) ||
    INTERFACE_BEFORE.test(sentence) ||
    HELP_PAGE_BEFORE.test(sentence) ||
    INTERFACE_AFTER.test(tail) ||
    PAPER_BEFORE.test(sentence) ||
    PAPER_AFTER.test(tail)
  );
}

// A stock reply that says nothing: "We don't comment on market rumors or speculation", "We have nothing
// to share at this time", "We decline to comment". Someone's words, but no key quote: no quote beats it.
const STOCK_REPLY = /\b(?:do not|don['’]t|does not|doesn['’]t|did not|didn['’]t|will not|won['’]t|cannot|can['’]t|can not|never|decline to|declined to|declines to)\s+(?:publicly\s+)?(?:comment|speculate)\b|\bno (?:further )?comment\b|\bnothing (?:more |further |new )?to (?:share|add|announce|say)\b/;
const MAX_STOCK_REPLY = 120;

/** Whether quoted words are a stock reply to a reporter's question (see STOCK_REPLY). */
export function isStockReply(text: string): boolean {
  return text.length <= MAX_STOCK_REPLY && STOCK_REPLY.test(text.toLowerCase());
}
