// sax ships no types; read-xml-tree.ts uses its entity table (HTML 4's names and XML's five) and,
// on broken documents only, its strict parser for the error it reports.
declare module 'sax' {
  interface SaxParser {
    onopentag: () => void;
    onclosetag: () => void;
    onerror: (error: Error) => void;
    write(text: string): SaxParser;
    close(): SaxParser;
  }
  const sax: { ENTITIES: Record<string, string>; parser(strict: boolean, options: object): SaxParser };
  export default sax;
}
