/**
 * The HTTP side of the fake Bot API: request bodies as grammY sends them (JSON, form, or multipart with
 * InputFile uploads) → params, and `{ok, result}` answers.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params, UploadedFile } from './bot-api-types.js';

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** A field of a multipart request: grammY sends objects as JSON strings there. */
function fieldValue(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/** One part of a multipart body (grammY writes `name=x;filename=y` without spaces or quotes). */
function parsePart(part: Buffer): { name: string; fileName: string | null; contentType: string; body: Buffer } | null {
  const split = part.indexOf('\r\n\r\n');
  if (split < 0) return null;
  const head = part.subarray(0, split).toString('utf8');
  const name = /name="?([^";\r\n]+)"?/.exec(head.replace(/filename=/, ''))?.[1];
  if (!name) return null;
  const fileName = /filename="?([^";\r\n]+)"?/.exec(head)?.[1] ?? null;
  const contentType = /content-type:\s*([^\r\n]+)/i.exec(head)?.[1]?.trim() ?? 'text/plain';
  return { name, fileName, contentType, body: part.subarray(split + 4) };
}

/** multipart/form-data → fields and files; `attach://x` fields resolve to the file part named x. */
function parseMultipart(raw: Buffer, boundary: string): Params {
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  const body = Buffer.concat([Buffer.from('\r\n'), raw]);
  const fields: Params = {};
  const files = new Map<string, UploadedFile>();
  let at = body.indexOf(delimiter);
  while (at >= 0) {
    const next = body.indexOf(delimiter, at + delimiter.length);
    if (next < 0) break;
    const part = parsePart(body.subarray(at + delimiter.length + 2, next));
    if (part?.fileName != null) {
      const bytes = new Uint8Array(part.body);
      files.set(part.name, { field: part.name, fileName: part.fileName, contentType: part.contentType, bytes });
    } else if (part) fields[part.name] = fieldValue(part.body.toString('utf8'));
    at = next;
  }
  for (const [field, value] of Object.entries(fields)) {
    const ref = typeof value === 'string' && value.startsWith('attach://') ? files.get(value.slice(9)) : undefined;
    if (ref) fields[field] = { ...ref, field };
  }
  for (const [name, file] of files) if (!Object.values(fields).includes(file)) fields[name] ??= file;
  return fields;
}

/** JSON or multipart/form-data (uploads) parameters; files become UploadedFile values. */
export async function readParams(req: IncomingMessage): Promise<Params> {
  const raw = await readBody(req);
  const type = req.headers['content-type'] ?? '';
  const boundary = /boundary=([^;]+)/.exec(type)?.[1];
  if (type.startsWith('multipart/form-data') && boundary) return parseMultipart(raw, boundary);
  return raw.byteLength ? (JSON.parse(raw.toString('utf8')) as Params) : {};
}

export const isUpload = (value: unknown): value is UploadedFile =>
  typeof value === 'object' && value !== null && 'bytes' in value && 'field' in value;

export function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}
