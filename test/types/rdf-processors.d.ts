// The parts of jsonld.js and n3 the export tests call; neither package ships type declarations.
declare module 'jsonld' {
  interface RemoteDocument {
    contextUrl: string | null;
    documentUrl: string;
    document: unknown;
  }
  interface Options {
    documentLoader?: (url: string) => Promise<RemoteDocument>;
    safe?: boolean;
    format?: 'application/n-quads';
  }
  const jsonld: {
    expand(input: unknown, options?: Options): Promise<Record<string, unknown>[]>;
    toRDF(input: unknown, options: Options & { format: 'application/n-quads' }): Promise<string>;
  };
  export default jsonld;
}

declare module 'n3' {
  interface Term {
    readonly termType: string;
    readonly value: string;
  }
  interface Quad {
    readonly subject: Term;
    readonly predicate: Term;
    readonly object: Term & { readonly datatype?: Term; readonly language?: string };
    readonly graph: Term;
  }
  export class Parser {
    constructor(options?: { format?: string });
    parse(input: string): Quad[];
  }
}
