import { sha256 } from '@newsfacts/evidence';

export interface FileEntry {
  path: string;
  bytes: number;
  sha256: string;
}

export function entryOf(path: string, data: Uint8Array): FileEntry {
  return { path, bytes: data.byteLength, sha256: sha256(data) };
}
