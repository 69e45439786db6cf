// The part of picomatch (2.x) the command line uses; the package ships no types.
declare module 'picomatch' {
  interface PicomatchOptions {
    dot?: boolean;
    /** POSIX brackets: `[!a]` negates, `[[:alpha:]]` classes. */
    posix?: boolean;
    nocase?: boolean;
    windows?: boolean;
  }
  interface ScanResult {
    base: string;
    glob: string;
    isGlob: boolean;
    negated: boolean;
  }
  interface Picomatch {
    (glob: string | string[], options?: PicomatchOptions): (path: string) => boolean;
    scan(glob: string, options?: PicomatchOptions): ScanResult;
  }
  const picomatch: Picomatch;
  export = picomatch;
}
