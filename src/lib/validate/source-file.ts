/** A file found under content/, as the disk shell hands it to the pure core. */
export type SourceFile = {
  /** Repository-relative path with forward slashes: `content/practices/paraguay-simore.md`. */
  path: string;
  /** What the path is on disk: symbolic links are never followed. */
  type: 'file' | 'symlink' | 'other';
  /** Size in bytes. */
  size: number;
  /** The file's bytes; absent for symbolic links, other file types and oversized files. */
  bytes?: Uint8Array;
};

/** Files larger than this are not read: a case file is text, and a huge one is a mistake or an attack. */
export const MAX_FILE_BYTES = 256 * 1024;
