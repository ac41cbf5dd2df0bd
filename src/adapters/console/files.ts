/** The console's "attachment": a local file path. */
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, extname, resolve } from 'node:path';
import { fileTooLarge } from '../../core/conversation/downloads.js';
import type { IncomingFile } from '../../core/conversation/types.js';

const MIME_TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.txt': 'text/plain',
  '.md': 'text/markdown',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.heic': 'image/heic',
};

/** A typed path as the shell would read it: surrounding quotes removed, "~/" expanded, relative to cwd. */
export function resolveTypedPath(typed: string, cwd: string): string {
  let path = typed.trim();
  if (path.length >= 2 && (path.startsWith('"') || path.startsWith("'")) && path.endsWith(path[0]!))
    path = path.slice(1, -1);
  path = path.replace(/\\ /g, ' ');
  if (path === '~' || path.startsWith('~/')) path = homedir() + path.slice(1);
  return resolve(cwd, path);
}

export function isFilePath(path: string): boolean {
  try {
    return existsSync(path) && statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Looks like the user meant a file (one token with a document extension), whether or not it exists. */
export function looksLikePath(typed: string): boolean {
  const t = typed.trim();
  return (
    !t.includes('\n') &&
    /\.(pdf|docx|doc|txt|md|rtf|odt|pages|png|jpe?g|webp|gif|bmp|heic|heif|tiff?)["']?$/i.test(t) &&
    t.split(/(?<!\\)\s+/).length <= 3
  );
}

export function localFile(path: string): IncomingFile {
  const size = statSync(path).size;
  return {
    name: basename(path),
    size,
    mimeType: MIME_TYPES[extname(path).toLowerCase()] ?? null,
    async fetch(maxBytes) {
      if (size > maxBytes) throw fileTooLarge(size, maxBytes);
      return new Uint8Array(await readFile(path));
    },
  };
}
