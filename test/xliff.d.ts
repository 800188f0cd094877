// The xliff package ships no types; the tests only call its XLIFF 2.x reader.
declare module "xliff/xliff2js" {
  /** Parses an XLIFF 2.x document into the library's resource object. */
  export default function xliff2js(xml: string): Promise<unknown>;
}
