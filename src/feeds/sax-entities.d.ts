// sax ships no types; read-xml-tree.ts uses only its entity table (HTML 4's names and XML's five).
declare module 'sax' {
  const sax: { ENTITIES: Record<string, string> };
  export default sax;
}
