// The outlet named from the feed itself when an item credits no other: the name the feed states
// outright (PRISM), and the feed title without the words that describe the feed or the home page.
// Made-up publications on made-up or reserved domains.
import { describe, expect, it } from 'vitest';
import { buildArticle, type FeedContext } from '../src/articles/build-article.ts';
import { loadTopicTable } from '../src/articles/topics.ts';
import { parseFeed } from '../src/feeds/parse-feed.ts';

const topics = loadTopicTable();
const seenAt = new Date('2026-03-20T12:00:00Z');

/** The source a reader is shown for an item of the feed. */
function sourceOf(feed: FeedContext, link: string): string {
  return buildArticle({ categories: [], title: 'A new footbridge opens', link, html: '<p>The footbridge opened on Monday.</p>' }, feed, topics, seenAt).source;
}

/** The source of an item under a feed titled `title` whose home page is `link`. */
function atAddress(title: string, link: string): string {
  return sourceOf({ url: `${link}feed`, title, link }, `${link}footbridge`);
}

// A journal's table-of-contents feed as publishing platforms write them: RSS 1.0 with PRISM, the
// title wrapping the journal's name in the platform's and in furniture.
const JOURNAL_RDF = `<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:prism="http://prismstandard.org/namespaces/basic/2.0/">
<channel rdf:about="https://www.quaypress.example/feed/jpl">
<title>Quay Press Online: Journal of Peat Landscapes: Latest Issue</title>
<link>https://www.quaypress.example/journal/jpl</link>
<description>Table of Contents</description>
<dc:publisher>Quay Academic Publishing</dc:publisher>
<prism:publicationName>Journal of Peat Landscapes</prism:publicationName>
</channel>
<item rdf:about="https://www.quaypress.example/doi/10.5555/jpl.7">
<title>Carbon loss from drained bogs</title>
<link>https://www.quaypress.example/doi/10.5555/jpl.7</link>
<description>Drained bogs lose carbon for decades.</description>
</item>
</rdf:RDF>`;

describe('the publication a feed names outright', () => {
  it('credits a journal feed to the journal its PRISM publicationName states, not the platform in its title', async () => {
    const url = 'https://www.quaypress.example/feed/jpl';
    const feed = await parseFeed(Buffer.from(JOURNAL_RDF), { url });
    expect(feed.publication).toBe('Journal of Peat Landscapes');
    const [entry] = feed.entries;
    const article = buildArticle(entry!, { url, title: feed.title, link: feed.link, publisher: feed.publisher, publication: feed.publication }, topics, seenAt);
    expect(article.source).toBe('Journal of Peat Landscapes');
    // Without it, the title's first part (the platform, which its domain spells) is all there is.
    const bare = buildArticle(entry!, { url, title: feed.title, link: feed.link }, topics, seenAt);
    expect(bare.source).toBe('Quay Press Online');
  });

  it('credits each item of a feed that mixes journals to the journal it names', async () => {
    const url = 'https://www.quaypress.example/feed/all';
    const mixed = JOURNAL_RDF.replace(/<prism:publicationName>.*<\/prism:publicationName>/, '')
      .replace('<title>Quay Press Online: Journal of Peat Landscapes: Latest Issue</title>', '<title>Quay Press Online: all journals</title>')
      .replace('</item>', '<prism:publicationName>Journal of Peat Landscapes</prism:publicationName></item>\n<item rdf:about="https://www.quaypress.example/doi/10.5555/fjr.3"><title>Spring floods in braided rivers</title><link>https://www.quaypress.example/doi/10.5555/fjr.3</link><description>Floods reshape braided rivers.</description><prism:publicationName>Fenland Journal of Rivers</prism:publicationName></item>');
    const feed = await parseFeed(Buffer.from(mixed), { url });
    const sources = feed.entries.map((entry) => buildArticle(entry, { url, title: feed.title, link: feed.link, publication: feed.publication }, topics, seenAt).source);
    expect(sources).toEqual(['Journal of Peat Landscapes', 'Fenland Journal of Rivers']);
  });

  it('never takes dc:publisher, which names the owner (a publishing house), for the publication', async () => {
    const url = 'https://www.quaypress.example/feed/jpl';
    const feed = await parseFeed(Buffer.from(JOURNAL_RDF.replace(/<prism:publicationName>.*<\/prism:publicationName>/, '')), { url });
    expect(feed.publication).toBeUndefined();
    expect(sourceOf({ url, title: feed.title, link: feed.link, publisher: feed.publisher }, 'https://www.quaypress.example/doi/10.5555/jpl.7')).toBe('Quay Press Online');
  });
});

describe('a feed title that describes the feed', () => {
  it.each([
    ['Flux RSS du magazine Altitude Claire', 'https://www.alt-claire.example/', 'Altitude Claire'],
    // The magazine's field in lower case after the kind is no part of the name either.
    ['Flux RSS du magazine de montagne Altitude Claire', 'https://altitude-claire.example/rss', 'Altitude Claire'],
    ['Flux RSS de La Gazette du Lac', 'https://www.glac.example/', 'La Gazette du Lac'],
    ['RSS-Feed von Wetterauer Anzeiger', 'https://www.wa-online.example/', 'Wetterauer Anzeiger'],
    ['Feed de Diario Altamar', 'https://www.altamar.example/', 'Diario Altamar'],
    ['RSS feed of The Harbor Times', 'https://ht.example/', 'The Harbor Times'],
    ['Latest articles from Brightwater Journal', 'https://bwj.example/', 'Brightwater Journal'],
    ['Últimas noticias de Diario Altamar', 'https://www.altamar.example/', 'Diario Altamar'],
    ['Latest from Harbor Times', 'https://hbt.example/', 'Harbor Times'],
    // A lab's research blog, and the latest posts trailing a name that spells the domain ("NN/g latest articles and announcements").
    ['The latest research from Quillmark', 'https://research.quillmark.example/blog/', 'Quillmark'],
    ['HT/g latest articles and announcements', 'https://www.htgroup.example/', 'HT/g'],
    // The format after the name, in the ways other languages write it.
    ['Harbor Times RSS-Feed', 'https://hbt.example/', 'Harbor Times'],
    ['Le Courrier Lacustre - Flux RSS', 'https://www.clac.example/', 'Le Courrier Lacustre'],
    ['Harbor Times (RSS)', 'https://hbt.example/', 'Harbor Times'],
  ])('"%s" credits the name it gives', (title, link, name) => {
    expect(sourceOf({ url: `${link}feed`, title, link }, `${link}2026/03/footbridge`)).toBe(name);
  });

  it('keeps a capitalised kind that is part of the name, and names that merely start with Feed or News', () => {
    expect(sourceOf({ url: 'https://jserra.example/rss', title: 'Feed do Jornal da Serra', link: 'https://jserra.example/' }, 'https://jserra.example/a')).toBe('Jornal da Serra');
    expect(sourceOf({ url: 'https://fft.example/rss', title: 'Feeds for Thought', link: 'https://fft.example/' }, 'https://fft.example/a')).toBe('Feeds for Thought');
    expect(sourceOf({ url: 'https://nfn.example/rss', title: 'News from Nowhere', link: 'https://nfn.example/' }, 'https://nfn.example/a')).toBe('News from Nowhere');
    expect(sourceOf({ url: 'https://sof.example/rss', title: 'Stories of the Fens', link: 'https://sof.example/' }, 'https://sof.example/a')).toBe('Stories of the Fens');
    expect(sourceOf({ url: 'https://tn.example/rss', title: 'Posts from Tinker Notes', link: 'https://tn.example/' }, 'https://tn.example/a')).toBe('Tinker Notes');
  });
});

describe('a feed title that is the home page', () => {
  it.each([
    ['Rheinblick Digital – Startseite', 'https://www.rb-digital.example/', 'Rheinblick Digital'],
    ['Le Vélo Urbain | Accueil', 'https://www.lvu-mag.example/', 'Le Vélo Urbain'],
    ['Inicio - Diario Altamar', 'https://www.dalt.example/', 'Diario Altamar'],
    ['Portal Serrano – Página inicial', 'https://www.psr.example/', 'Portal Serrano'],
    ['Home - Copperline Review', 'https://cplreview.example/', 'Copperline Review'],
    // The news section in the languages beside English is furniture too.
    ['Kreisblatt Nord - Aktuelle Nachrichten', 'https://www.kbn.example/', 'Kreisblatt Nord'],
    ['Actualités | Le Courrier Lacustre', 'https://www.clac.example/', 'Le Courrier Lacustre'],
    ['Diario Altamar: Últimas noticias', 'https://www.dalt.example/', 'Diario Altamar'],
    ['Polderpost – Nieuws', 'https://www.ppost.example/', 'Polderpost'],
    // A title of nothing else names no site: its domain does.
    ['Nachrichten', 'https://www.kbn.example/', 'kbn.example'],
    ['Nachrichten | Startseite', 'https://www.kbn.example/', 'kbn.example'],
    ['Flux RSS', 'https://www.clac.example/', 'clac.example'],
    ['RSS-Feed', 'https://www.kbn.example/', 'kbn.example'],
  ])('"%s" credits the site', (title, link, name) => {
    expect(sourceOf({ url: `${link}feed`, title, link }, `${link}2026/03/footbridge`)).toBe(name);
  });

  it('keeps "<owner>’s Blog" whole as the blog’s name, and credits "<owner>’s Homepage" (or Website) to the owner', () => {
    // A blog's title is a publication's name, possessive and all ("Simon Willison's Weblog").
    expect(sourceOf({ url: 'https://quillfen.example/feed.xml', title: "Ada Brook's Blog", link: 'https://quillfen.example' }, 'https://quillfen.example/a/')).toBe("Ada Brook's Blog");
    expect(sourceOf({ url: 'https://quillfen.example/feed.xml', title: 'tvell’s weblog', link: 'https://quillfen.example' }, 'https://quillfen.example/a/')).toBe('tvell’s weblog');
    // Never a possessive left dangling where the name spells the domain: not "tvell’s", not "Ada Brook's".
    expect(sourceOf({ url: 'https://tvell.example/feed.xml', title: 'tvell’s blog', link: 'https://tvell.example/' }, 'https://tvell.example/a/')).toBe('tvell’s blog');
    expect(sourceOf({ url: 'https://adabrook.example/feed.xml', title: "Loose Threads - Ada Brook's Blog", link: 'https://adabrook.example/' }, 'https://adabrook.example/a/')).toBe("Ada Brook's Blog");
    // A homepage or a website is the page, not a publication: its owner is the name.
    expect(sourceOf({ url: 'https://quillfen.example/index.xml', title: "Ada Brook's Homepage", link: 'https://quillfen.example/' }, 'https://quillfen.example/posts/a/')).toBe('Ada Brook');
    expect(sourceOf({ url: 'https://quillfen.example/feed', title: 'Ada Brook’s Website', link: 'https://quillfen.example/' }, 'https://quillfen.example/a/')).toBe('Ada Brook');
    // A possessive before another word stays whole, even where the address gives that word as a
    // section: never a dangling "tvell’s".
    expect(sourceOf({ url: 'https://tvell.example/jottings/atom.xml', title: 'tvell’s jottings', link: 'https://tvell.example/jottings' }, 'https://tvell.example/jottings/a.html')).toBe('tvell’s jottings');
  });

  it('credits a personal blog to the name it calls itself, not its unrelated domain', () => {
    // "Der Blog" is furniture: what is left is the owner's name, whatever the domain says.
    expect(sourceOf({ url: 'https://blog.3141.example/feed/', title: 'hvogt - Der Blog', link: 'https://blog.3141.example/' }, 'https://blog.3141.example/2026/03/a/')).toBe('hvogt');
    expect(sourceOf({ url: 'https://4711.example/feed/', title: 'jdoe', link: 'https://4711.example/' }, 'https://4711.example/a/')).toBe('jdoe');
    // So is a tagline after the name.
    expect(sourceOf({ url: 'https://4711.example/feed/', title: 'jdoe – Notizen über Linux und Elektronik', link: 'https://4711.example/' }, 'https://4711.example/a/')).toBe('jdoe');
    expect(sourceOf({ url: 'https://hn-blog.example/feed/', title: 'Harbor Notes | Just another WordPress site', link: 'https://hn-blog.example/' }, 'https://hn-blog.example/a/')).toBe('Harbor Notes');
    // A name in sentence case before a section is no tagline: the section is not taken for the name. A section
    // word the table knows ("Cultura") leaves the name; one it does not, the domain.
    expect(sourceOf({ url: 'https://edt.example/feed/', title: 'El diario de la tarde | Cultura', link: 'https://edt.example/' }, 'https://edt.example/a/')).toBe('El diario de la tarde');
    expect(sourceOf({ url: 'https://edt.example/feed/', title: 'El diario de la tarde | Pelota', link: 'https://edt.example/' }, 'https://edt.example/a/')).toBe('edt.example');
    // Two parts that could each be the name, neither spelling the domain, stay the domain's.
    expect(sourceOf({ url: 'https://tmb.example/rss', title: 'Вести Тамбова и края / Рубрика Общество', link: 'https://tmb.example/' }, 'https://tmb.example/a')).toBe('tmb.example');
  });

  it('keeps names that contain News or Home as words of their own', () => {
    expect(sourceOf({ url: 'https://www.kindnewsnet.example/rss', title: 'Kind News Network - Latest news', link: 'https://www.kindnewsnet.example/' }, 'https://www.kindnewsnet.example/a')).toBe('Kind News Network');
    expect(sourceOf({ url: 'https://www.hfg.example/rss', title: 'Home Front Gazette | Home', link: 'https://www.hfg.example/' }, 'https://www.hfg.example/a')).toBe('Home Front Gazette');
    expect(sourceOf({ url: 'https://www.ndovale.example/rss', title: 'Notícias do Vale', link: 'https://www.ndovale.example/' }, 'https://www.ndovale.example/a')).toBe('Notícias do Vale');
    // A name made of an article and section words is the name when the domain spells it.
    expect(sourceOf({ url: 'https://www.thelocal.example/feeds/rss', title: 'The Local', link: 'https://www.thelocal.example/' }, 'https://www.thelocal.example/a')).toBe('The Local');
    expect(sourceOf({ url: 'https://www.tl.example/feeds/rss', title: 'The National', link: 'https://www.tl.example/' }, 'https://www.tl.example/a')).toBe('The National');
  });
});

describe('a feed title that is a domain name plus words', () => {
  it('credits the domain as written, without "www."', () => {
    expect(sourceOf({ url: 'https://www.balflits.nl/rss', title: 'www.balflits.nl voetbalnieuws', link: 'https://www.balflits.nl/' }, 'https://www.balflits.nl/nieuws/1')).toBe('balflits.nl');
    expect(sourceOf({ url: 'https://kwartel.com/feed', title: 'Kwartel.com - tech news', link: 'https://kwartel.com/' }, 'https://kwartel.com/a')).toBe('Kwartel.com');
    // A section's word joined to the address by a hyphen.
    expect(sourceOf({ url: 'https://www.kwartel.de/rss/news/feed.xml', title: 'Kwartel.de-News - die aktuellsten Nachrichten', link: 'https://www.kwartel.de/' }, 'https://www.kwartel.de/news/1')).toBe('Kwartel.de');
    // Beside the address, the site's name as it writes it.
    expect(sourceOf({ url: 'https://www.kwartel.co.nz/rss', title: 'Kwartel.co.nz - Kwartel', link: 'https://www.kwartel.co.nz' }, 'https://www.kwartel.co.nz/national/1')).toBe('Kwartel');
  });

  it('reads a country after the name, where the address is that country’s, as the edition', () => {
    expect(sourceOf({ url: 'https://www.hfm.co.nz/rss/national.xml', title: 'HFM New Zealand Headlines', link: 'https://www.hfm.co.nz/news/national' }, 'https://www.hfm.co.nz/news/national/1')).toBe('HFM');
    expect(sourceOf({ url: 'https://www.hfm.ie/rss', title: 'HFM Ireland', link: 'https://www.hfm.ie/' }, 'https://www.hfm.ie/news/1')).toBe('HFM');
    // A name of more words than the domain's keeps its country ("Radio New Zealand" at rnz-like addresses).
    expect(sourceOf({ url: 'https://www.hfm.co.nz/rss', title: 'Harbor New Zealand', link: 'https://www.hfm.co.nz/' }, 'https://www.hfm.co.nz/news/1')).toBe('Harbor New Zealand');
  });

  it('reads no domain in a name with a dot whose ending is no domain ending', () => {
    expect(sourceOf({ url: 'https://stacknotes.example/feed', title: 'Node.js Notes', link: 'https://stacknotes.example/' }, 'https://stacknotes.example/a')).toBe('Node.js Notes');
    expect(sourceOf({ url: 'https://usn.example/feed', title: 'U.S. Harbor Report', link: 'https://usn.example/' }, 'https://usn.example/a')).toBe('U.S. Harbor Report');
    // A dot after a space is no host's (hostFirst rules the title out before its pattern).
    expect(sourceOf({ url: 'https://quillmark.example/feed', title: 'Quillmark Weekly quillmark.com', link: 'https://quillmark.example/' }, 'https://quillmark.example/a')).toBe('Quillmark Weekly quillmark.com');
  });
});

describe('the separators feed titles put between the site and a section', () => {
  it.each([
    ['Gadgets :: Harbor Times', 'https://hbt.example/'],
    ['Harbor Times · Robotics', 'https://hbt.example/'],
    ['Technology • Harbor Times', 'https://hbt.example/'],
  ])('"%s" credits the site, not its section', (title, link) => {
    expect(sourceOf({ url: `${link}feed`, title, link }, `${link}a`)).toBe('Harbor Times');
  });
});

describe('a name that spells its domain with accents the domain drops', () => {
  it('credits "Agence Lumière – English wire" at lumiere.example to Agence Lumière, not the domain', () => {
    const link = 'https://lumiere.example/en';
    expect(sourceOf({ url: `${link}/feed`, title: 'Agence Lumière – English wire', link }, `${link}/2028/03/14/kestrel`)).toBe('Agence Lumière');
  });
});

/** An RSS channel with the given title and elements, one item at `link`. */
function channel(title: string, link: string, extra: string): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title><link>${link}</link>${extra}<item><title>A new footbridge opens</title><link>${link}footbridge</link><description>The footbridge opened on Monday.</description></item></channel></rss>`;
}

/** The source of a one-item RSS feed at `site` with this title and copyright line. */
function copyrighted(title: string, site: string, copyright: string): Promise<string> {
  return feedSource(channel(title, site, `<copyright>${copyright}</copyright>`), `${site}rss`);
}

async function feedSource(xml: string, url: string): Promise<string> {
  const feed = await parseFeed(Buffer.from(xml), { url });
  return buildArticle(feed.entries[0]!, { url, title: feed.title, link: feed.link, ownerNames: feed.ownerNames }, topics, seenAt).source;
}

describe('the names a feed gives its site outside its title', () => {
  const url = 'https://www.millbrookherald.example/rss';
  const link = 'https://www.millbrookherald.example/technology/';

  it('credits a section-only title to the name its image or its copyright line gives, not the domain', async () => {
    expect(await feedSource(channel('Technology', link, '<image><url>https://www.millbrookherald.example/logo.png</url><title>The Millbrook Herald</title><link>https://www.millbrookherald.example/</link></image>'), url)).toBe('The Millbrook Herald');
    expect(await feedSource(channel('Technology', link, '<copyright>Copyright © 2019-2026 The Millbrook Herald Ltd. All rights reserved.</copyright>'), url)).toBe('The Millbrook Herald');
    // A name that does not spell the domain (a parent company's), or an address, is not the site's.
    expect(await feedSource(channel('Technology', link, '<copyright>© 2026 Quarry Media Group</copyright>'), url)).toBe('millbrookherald.example');
    expect(await feedSource(channel('Technology', link, '<image><title>http://millbrookherald.example/</title></image>'), url)).toBe('millbrookherald.example');
    // A site whose title calls it by its address keeps that name.
    expect(await feedSource(channel('www.millbrookherald.nl nieuws', 'https://www.millbrookherald.nl/', '<image><title>Millbrook Herald</title></image>'), 'https://www.millbrookherald.nl/rss')).toBe('millbrookherald.nl');
  });

  it('credits a known outlet’s programme that its image names alone, not the outlet', async () => {
    const show = 'https://www.pbs.org/tidewatch/';
    expect(await feedSource(channel('TIDEWATCH | PBS', show, '<image><url>https://www.pbs.org/tidewatch/logo.gif</url><title>TIDEWATCH</title></image>'), `${show}rss/`)).toBe('TIDEWATCH');
    // Without the image's word the outlet's name stands.
    expect(await feedSource(channel('TIDEWATCH | PBS', show, ''), `${show}rss/`)).toBe('PBS');
  });

  it('never ends a name with the separator of an empty tagline or section', async () => {
    // WordPress writes "Site – Tagline"; with the tagline left empty the dash stays at the end.
    expect(await feedSource(channel('The Millbrook Herald –', link, ''), url)).toBe('The Millbrook Herald');
    expect(await feedSource(channel('THE MILLBROOK HERALD |', link, ''), url)).toBe('THE MILLBROOK HERALD');
    // A name cut before a byline or an edition word keeps no separator either.
    expect(await feedSource(channel('The Millbrook Herald – by Ana Ruiz', link, ''), url)).toBe('The Millbrook Herald');
    expect(await feedSource(channel('The Millbrook Herald – Tech Edition', link, ''), url)).toBe('The Millbrook Herald');
    expect(await feedSource(channel('Technology', link, '<image><title>The Millbrook Herald –</title><url>https://www.millbrookherald.example/logo.png</url></image>'), url)).toBe('The Millbrook Herald');
  });

  it('credits a municipal feed titled by its place and state to the local government its description names', async () => {
    const site = 'https://www.quillbyvt.example/';
    const town = (title: string, description: string) => feedSource(channel(title, `${site}CivicAlerts.aspx`, `<description>${description}</description>`), `${site}RSSFeed.aspx?ModID=1`);
    expect(await town('News Flash • Quillby, VT • CivicEngage', 'Get the latest news from the Village of Quillby. An invented village.')).toBe('Village of Quillby');
    // Another place's government, or a description naming none, leaves the title's name.
    expect(await town('News Flash • Quillby, VT • CivicEngage', 'News from the County of Harlowe.')).toBe('Quillby, VT');
    expect(await town('News Flash • Quillby, VT • CivicEngage', 'Get the latest news.')).toBe('Quillby, VT');
  });

  it('credits a press office whose title names only the office to its university', async () => {
    const office = channel('News Releases | Office of Communications', 'https://news.tarrant.example/', '<image><title>Tarrant State University</title></image>');
    expect(await feedSource(office, 'https://news.tarrant.example/feed')).toBe('Tarrant State University');
  });

  it('gives a title in capitals the casing the copyright line writes', async () => {
    const caps = channel('MILLBROOK HERALD | NEWS FROM THE VALLEY', 'https://www.millbrookherald.example/', '<copyright>© 2026 The Millbrook Herald Ltd</copyright>');
    expect(await feedSource(caps, url)).toBe('The Millbrook Herald');
    // Without one, as the item's text writes it, else the title's words as written.
    const footed = await parseFeed(Buffer.from(channel('MILLBROOK HERALD | NEWS FROM THE VALLEY', 'https://www.millbrookherald.example/', '')), { url });
    const context = { url, title: footed.title, link: footed.link, ownerNames: footed.ownerNames };
    const html = '<p>The footbridge opened on Monday.</p><p>The post A new footbridge opens appeared first on The Millbrook Herald.</p>';
    expect(buildArticle({ ...footed.entries[0]!, html }, context, topics, seenAt).source).toBe('The Millbrook Herald');
    expect(await feedSource(channel('MILLBROOK HERALD | NEWS FROM THE VALLEY', 'https://www.millbrookherald.example/', ''), url)).toBe('MILLBROOK HERALD');
    // A single word in capitals is kept so.
    const wired = { categories: [], title: 'A new footbridge opens', link: 'https://www.wiredmag.example/footbridge', html: '<p>Wired readers liked the footbridge.</p>' };
    expect(buildArticle(wired, { url: 'https://www.wiredmag.example/rss', title: 'WIRED', link: 'https://www.wiredmag.example/' }, topics, seenAt).source).toBe('WIRED');
  });

  it('credits a personal Atom feed titled only "Posts" to its author, whose initial and surname the domain spells', async () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Posts</title><link href="https://jvarga.example/" rel="alternate"/><id>https://jvarga.example/</id><updated>2026-03-01T00:00:00Z</updated><author><name>Jana Varga</name></author>
<entry><title>A new footbridge opens</title><link href="https://jvarga.example/posts/footbridge/" rel="alternate"/><id>https://jvarga.example/posts/footbridge/</id><updated>2026-03-01T00:00:00Z</updated><content type="html">&lt;p&gt;The footbridge opened on Monday.&lt;/p&gt;</content></entry></feed>`;
    expect(await feedSource(atom, 'https://jvarga.example/index.xml')).toBe('Jana Varga');
    // A JSON Feed's own author likewise.
    const json = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Posts', home_page_url: 'https://jvarga.example/', authors: [{ name: 'Jana Varga' }], items: [{ id: '1', url: 'https://jvarga.example/posts/footbridge/', title: 'A new footbridge opens', content_html: '<p>The footbridge opened on Monday.</p>' }] });
    expect(await feedSource(json, 'https://jvarga.example/feed.json')).toBe('Jana Varga');
  });

  it('spells out a title\'s initials as the copyright or the item\'s footer writes the name', async () => {
    expect(await copyrighted('BPA | Technology', 'https://www.bpa.example/technology/', '© 2026 Baltmoor Press Agency AS')).toBe('Baltmoor Press Agency');
    // A university's news office titled by initials and a section word.
    expect(await copyrighted('KSU Today', 'https://today.kelby.example/', '© 2026 Kelby State University')).toBe('Kelby State University');
    // A paper's WordPress footer names it in full; the title's other words must follow the initials.
    const context = { url: 'https://www.rvgazette.example/category/tech/feed/', title: 'Tech Archives - RV Gazette', link: 'https://www.rvgazette.example/category/tech/' };
    const footed = (paper: string) => buildArticle({ categories: [], title: 'A new footbridge opens', link: 'https://www.rvgazette.example/2026/footbridge/', html: `<p>The footbridge opened on Monday.</p><p>The post A new footbridge opens appeared first on ${paper}.</p>` }, context, topics, seenAt).source;
    expect(footed('Rother Valley Gazette')).toBe('Rother Valley Gazette');
    expect(footed('Rother Valley Weekly')).toBe('RV Gazette');
  });

  it('keeps initials that stand for the owning company\'s legal name, as "BBC News" is not the British Broadcasting Corporation', async () => {
    expect(await copyrighted('TBC News - Technology', 'https://www.tbc.example/news/technology', 'Copyright: (C) Tarrow Broadcasting Corporation, see https://www.tbc.example/terms/ for terms of reuse.')).toBe('TBC News');
  });

  it('writes a one-word title in capitals as its owner writes the word, without what the owner is', async () => {
    expect(await copyrighted('KABARNUSA - Latest English News', 'https://en.kabarnusa.example/', '© 2026 Kabarnusa Indonesian News Agency')).toBe('Kabarnusa');
    // An owner in capitals too gives no casing: a station's call sign stays as its title writes it.
    expect(await copyrighted('Technology – KWVB', 'https://www.kwvb.example/news/technology/', '© 2026 KWVB-TV')).toBe('KWVB');
  });

  it('credits a site titled by its slogan to the name its platform\'s footer gives, when that name spells the domain', () => {
    const link = 'https://www.gearbeat.example';
    const item = (footer: string) => ({ categories: [], title: 'A new footbridge opens', link: `${link}/2026/footbridge/`, html: `<p>The footbridge opened on Monday.</p><p>The post A new footbridge opens appeared first on ${footer}.</p>` });
    const feed = { url: `${link}/feed/`, title: 'Making sense of the gears', link };
    expect(buildArticle(item('The Gear Beat'), feed, topics, seenAt).source).toBe('The Gear Beat');
    // A footer name the domain does not spell leaves the title.
    expect(buildArticle(item('Cogwheel Media'), feed, topics, seenAt).source).toBe('Making sense of the gears');
  });

  it('credits a publication titled by an institution\'s name and a word for a publication to the institution', async () => {
    expect(await copyrighted('Kelby Report', 'https://news.kelby.example/', '© Kelby University. All rights reserved.')).toBe('Kelby University');
    // A paper's copyright holder is no institution: the title stays the name.
    expect(await copyrighted('Kelby Report', 'https://news.kelby.example/', '© 2026 Kelby Report Media LLC')).toBe('Kelby Report');
  });

  it('credits an English edition titled by its language and its name in Japanese to the name its copyright writes in English', async () => {
    const edition = channel('English - 潮見日報', 'https://english.shiomi-nippo.example/', '<copyright>Copyright © The Shiomi Nippo Co., Ltd. All rights reserved.</copyright><image><url>https://english.shiomi-nippo.example/logo.png</url><title>THE SHIOMI NIPPO</title><link>https://english.shiomi-nippo.example/</link></image>');
    expect(await feedSource(edition, 'https://english.shiomi-nippo.example/rss')).toBe('The Shiomi Nippo');
  });

  it('credits a lab blog titled only "Research" to the brand its domain spells, not the legal name its copyright gives', async () => {
    expect(await copyrighted('Research', 'https://research.quillon.example/', '© 2026 Quillon Technologies, Inc.')).toBe('Quillon');
    // A descriptor the domain spells too is part of the name.
    expect(await copyrighted('Research', 'https://research.quillonsystems.example/', '© 2026 Quillon Systems, Inc.')).toBe('Quillon Systems');
  });

  it('credits a feed titled only "Press releases" to the agency its copyright names, the year after the name', async () => {
    expect(await copyrighted('Press releases', 'https://www.roadsafety.example/news/press-releases/', '© Road Safety Directorate 2026')).toBe('Road Safety Directorate');
  });

  it('reads "News from <place>" as a tagline when the copyright names a paper of that place that the domain spells', async () => {
    expect(await copyrighted('News from Pellham Cove', 'https://www.pellhamcovegazette.example/', '© 2026 Pellham Cove Gazette')).toBe('Pellham Cove Gazette');
    // Without such an owner the title stays the name.
    expect(await copyrighted('News from Nowhere', 'https://www.newsfromnowhere.example/', '© 2026 Ada Lark')).toBe('News from Nowhere');
  });

  it('credits a Squarespace blog titled "Journal — <brand>" at the brand\'s /journal/ path to the brand', () => {
    const link = 'https://www.alderbrookbakery.example/journal/';
    expect(sourceOf({ url: `${link}?format=rss`, title: 'Journal — Alderbrook Bakery', link }, `${link}2026/3/1/rye`)).toBe('Alderbrook Bakery');
  });

  it('drops words after the name that the feed\'s own address gives as its section', () => {
    expect(atAddress('Pinecrate Newsroom', 'https://pinecrate.example/newsroom/')).toBe('Pinecrate');
    expect(atAddress('Pinecrate Finance', 'https://finance.pinecrate.example/')).toBe('Pinecrate');
    expect(atAddress('Pinecrate Research Blog', 'https://research.pinecrate.example/blog/')).toBe('Pinecrate Research');
    // A word the address does not give stays part of the name.
    expect(atAddress('Pinecrate Gazette', 'https://pinecrate.example/news/')).toBe('Pinecrate Gazette');
    // Of two parts that spell the domain, the one that is not the name and its section.
    expect(atAddress('Pinecrate News | University of Pinecrate', 'https://news.pinecrate.example/')).toBe('University of Pinecrate');
  });

  // A show's title is the show, the outlet for its episodes; a company's, a team's or an official blog
  // is its owner's, as "<name> Blog" is.
  it.each([
    ['The Ferncastle Podcast', 'https://ferncastle.example/podcast/', 'The Ferncastle Podcast'],
    ['The Ferncastle Show', 'https://ferncastle.example/show/', 'The Ferncastle Show'],
    // A bare "<name> Podcast" is the owner's podcast; the article of "The <name> Blog" is the blog's.
    ['Ferncastle Podcast', 'https://ferncastle.example/podcast/', 'Ferncastle'],
    ['The Ferncastle Blog', 'https://ferncastle.example/blog/', 'Ferncastle'],
    ['Ferncastle Company Blog', 'https://ferncastle.example/blog/', 'Ferncastle'],
    ['Ferncastle Team Blog', 'https://ferncastle.example/blog/', 'Ferncastle'],
    ['Ferncastle Official Blog', 'https://ferncastle.example/blog/', 'Ferncastle'],
    ['Ferncastle Team Blog', 'https://ferncastle.example/', 'Ferncastle'],
    // A qualifier the domain spells with the name is the name's own.
    ['Ferncastle Team Blog', 'https://ferncastleteam.example/blog/', 'Ferncastle Team'],
    // A section's word before the kind stays when the address gives it.
    ['Ferncastle Research Blog', 'https://research.ferncastle.example/blog/', 'Ferncastle Research'],
    // "Team Blog" alone names no owner; "Ferncastle Official" without a blog reads as a name.
    ['Team Blog', 'https://ferncastle.example/blog/', 'Team Blog'],
    ['Ferncastle Official', 'https://ferncastle.example/', 'Ferncastle Official'],
    ['Ferncastle Official', 'https://ferncastle.example/blog/', 'Ferncastle Official'],
  ])('"%s" at %s credits %s', (title, link, name) => {
    expect(atAddress(title, link)).toBe(name);
  });

  it('credits a title of the site\'s name and its section words to the name the feed gives the site alone', async () => {
    // A project's "<name> News", its image titled by the name alone.
    const logo = '<image><url>https://corvexa.example/logo.png</url><title>Corvexa</title><link>https://corvexa.example/</link></image>';
    expect(await feedSource(channel('Corvexa News', 'https://corvexa.example/', logo), 'https://corvexa.example/news.xml')).toBe('Corvexa');
    // A publisher's section feed: a section its address gives and a word for the feed, its copyright naming it.
    expect(await copyrighted('Hallowmed Cardiology Headlines', 'https://www.hallowmed.example/cardiology/', 'Copyright 2026, Hallowmed')).toBe('Hallowmed');
    // Without such a line, "<name> News" stays a name, as a newsroom's is.
    expect(await feedSource(channel('Corvexa News', 'https://corvexa.example/', ''), 'https://corvexa.example/news.xml')).toBe('Corvexa News');
    // A copyright line names the company that owns a newsroom: its "<name> News" stays whole.
    expect(await copyrighted('Corvexa News', 'https://www.corvexa.example/', 'Copyright 2018 Corvexa')).toBe('Corvexa News');
    // A word that is neither a section word nor the address's stays part of the name.
    expect(await copyrighted('Hallowmed Cardiology Digest', 'https://www.hallowmed.example/', 'Copyright 2026, Hallowmed')).toBe('Hallowmed Cardiology Digest');
  });

  it('credits a personal site titled "<Name> - Writing" at its /writing path to the person as the title writes the name', () => {
    // The domain alone would split the name anywhere; the title spells it.
    const feed = { url: 'https://ravimoldan.com/writing/rss.xml', title: 'Ravi Moldan - Writing', link: 'https://ravimoldan.com/writing' };
    expect(sourceOf(feed, 'https://ravimoldan.com/writing/on-bridges')).toBe('Ravi Moldan');
    expect(sourceOf({ ...feed, title: 'Essays | Ravi Moldan', link: 'https://ravimoldan.com/essays' }, 'https://ravimoldan.com/essays/on-bridges')).toBe('Ravi Moldan');
  });

  it('drops an address section from a title in capitals whose image only repeats the title', async () => {
    // "KALDA FORGE Podcast" at kalda-forge.example/podcast/: the image titled the same says nothing more.
    const image = '<image><url>https://kalda-forge.example/logo.png</url><title>KALDA FORGE Podcast</title><link>https://kalda-forge.example/</link></image>';
    expect(await feedSource(channel('KALDA FORGE Podcast', 'https://kalda-forge.example/podcast/', image), 'https://kalda-forge.example/podcast/rss')).toBe('KALDA FORGE');
  });

  it('credits a company blog titled only "Engineering Blog" to the company its JSON Feed author names', async () => {
    const json = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Engineering Blog', home_page_url: 'https://www.pinecrate.example/blog/', authors: [{ name: 'Pinecrate' }], items: [{ id: '1', url: 'https://www.pinecrate.example/blog/footbridge', title: 'A new footbridge opens', content_html: '<p>The footbridge opened on Monday.</p>' }] });
    expect(await feedSource(json, 'https://www.pinecrate.example/blog/feed.json')).toBe('Pinecrate');
    // "Engineering at Meta" stays a name of its own.
    expect(sourceOf({ url: 'https://engineering.fb.example/feed', title: 'Engineering at Meta', link: 'https://engineering.fb.example/' }, 'https://engineering.fb.example/2026/footbridge')).toBe('Engineering at Meta');
  });
});

// A planet aggregates blogs into one Atom feed; each entry's <source> carries its blog's title, and
// often only the blog feed's own address (rel="self"), not its page.
describe('a planet entry whose <source> gives only its feed\'s own address', () => {
  const planet = (title: string, self: string) => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Planet Quillmark</title><link href="https://planet.quillmark.example/"/><id>https://planet.quillmark.example/</id><updated>2026-03-20T00:00:00Z</updated>
<entry><title>A new footbridge opens</title><link href="https://www.gantrylabs.example/blog/footbridge/"/><id>https://www.gantrylabs.example/blog/footbridge/</id><updated>2026-03-20T00:00:00Z</updated>
<content type="html">&lt;p&gt;The footbridge opened on Monday.&lt;/p&gt;</content><author><name>Ana Ruiz</name></author>
<source><title type="html">${title}</title><link rel="self" href="${self}"/><id>https://www.gantrylabs.example/</id></source></entry></feed>`;
  const sourceIn = async (xml: string) => {
    const url = 'https://planet.quillmark.example/atom.xml';
    const feed = (await parseFeed(Buffer.from(xml), { url }))!;
    return buildArticle(feed.entries[0]!, { url, title: feed.title, link: feed.link }, topics, seenAt).source;
  };

  it('names the blog without its section, read against that address', async () => {
    expect(await sourceIn(planet('GantryLabs | Blog', 'https://www.gantrylabs.example/blog/rss.xml'))).toBe('GantryLabs');
    expect(await sourceIn(planet('Gantry Labs Blog', 'https://www.gantrylabs.example/blog/rss.xml'))).toBe('Gantry Labs');
    // A slash that opens a name is part of it.
    expect(await sourceIn(planet('/dev/gantry', 'https://dev.gantrylabs.example/feed.xml'))).toBe('/dev/gantry');
  });
});
