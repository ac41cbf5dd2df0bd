/**
 * One-shot CLI: `resume-coach check FILE [--role R] [--jd FILE] [--json] [--card OUT.png]`.
 * Exit codes: 0 ok, 1 internal error (or the card could not be written), 2 bad usage (or a bad OCR_TIMEOUT_MS),
 * 3 unreadable file (stderr: the code and a friendly message).
 */
import { open, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { renderCard, type Card } from './core/card/index.js';
import { readOcrTimeoutMs } from './config.js';
import { ConfigError } from './core/env.js';
import { CodedError, isCodedError } from './core/errors.js';
import { tooLarge } from './core/extract/errors.js';
import { configureOcr, shutdownExtractors } from './core/extract/index.js';
import { DEFAULT_LIMITS } from './core/extract/limits.js';
import { analyzeFile } from './core/pipeline.js';
import { renderPlainText } from './core/reply/render-text.js';
import type { Resume } from './core/resume/types.js';
import { parseRoleId } from './core/roles/registry.js';
import { ROLE_IDS, type RoleId } from './core/roles/types.js';

export const EXIT = { ok: 0, internal: 1, usage: 2, unreadable: 3 } as const;

export const USAGE = `Usage: resume-coach check FILE [--role ROLE] [--jd FILE] [--json] [--card OUT.png]

  FILE         a resume: PDF, DOCX, or a plain-text / Markdown file
  --role ROLE  review against this role instead of the detected one:
               ${ROLE_IDS.join(', ')}
  --jd FILE    a job description (text file): adds how well the resume matches it
  --json       print the report as JSON (schemaVersion 1) instead of text
  --card FILE  also write the score card picture (PNG, 1200×630) to FILE
  -h, --help   show this help`;

export interface CliIO {
  out: (text: string) => void;
  err: (text: string) => void;
}

const defaultIO: CliIO = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

class UsageError extends Error {}

interface CheckArgs {
  file: string;
  role: RoleId | null;
  jd: string | null;
  json: boolean;
  card: string | null;
}

function parseOptions(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        role: { type: 'string' },
        jd: { type: 'string' },
        json: { type: 'boolean', default: false },
        card: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
}

function parseCheckArgs(argv: readonly string[]): CheckArgs | 'help' {
  const parsed = parseOptions(argv);
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  const [command, file, ...extra] = positionals;
  if (command !== 'check') throw new UsageError(command ? `Unknown command "${command}".` : 'No command given.');
  if (!file) throw new UsageError('check needs a FILE.');
  if (extra.length > 0) throw new UsageError(`Unexpected argument "${extra[0]}".`);
  let role: RoleId | null = null;
  if (values.role !== undefined) {
    role = parseRoleId(values.role);
    if (!role) throw new UsageError(`Unknown role "${values.role}". Roles: ${ROLE_IDS.join(', ')}.`);
  }
  if (values.card !== undefined && values.card.trim() === '') throw new UsageError('--card needs a FILE to write.');
  return { file, role, jd: values.jd ?? null, json: values.json ?? false, card: values.card ?? null };
}

/**
 * The file's size is checked before anything is read, and the read is a stream that stops at the cap: a
 * file that grows meanwhile, or a device or pipe whose size stat cannot tell (/dev/zero), never fills memory.
 */
async function readCapped(path: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (info.size > maxBytes) throw tooLarge(info.size, maxBytes);
    const chunks: Buffer[] = [];
    let total = 0;
    for await (const chunk of handle.createReadStream({ autoClose: false, highWaterMark: 64 * 1024 })) {
      const piece = chunk as Buffer;
      total += piece.byteLength;
      if (total > maxBytes) throw tooLarge(total, maxBytes);
      chunks.push(piece);
    }
    return new Uint8Array(Buffer.concat(chunks, total));
  } finally {
    await handle.close();
  }
}

async function readInput(path: string, what: string, maxBytes: number = DEFAULT_LIMITS.maxBytes): Promise<Uint8Array> {
  try {
    return await readCapped(path, maxBytes);
  } catch (err) {
    if (isCodedError(err)) throw err;
    const code = (err as NodeJS.ErrnoException | undefined)?.code;
    const why =
      code === 'ENOENT'
        ? 'there is no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'EACCES'
            ? 'permission denied'
            : 'it could not be read';
    throw new CodedError('no-file', `Could not open the ${what} "${path}": ${why}.`, {
      context: { errno: code ?? null },
      cause: err,
    });
  }
}

function dateRange(start: string | null, end: string | null): string {
  if (!start && !end) return '';
  return ` (${start ?? '?'} – ${end ?? '?'})`;
}

/** The parsed resume as text: sections, entries and bullets. */
export function renderResume(resume: Resume): string {
  const out: string[] = [];
  const c = resume.contact;
  const head = [c.name, c.email, c.phone, c.location].filter(Boolean).join(' · ');
  if (head) out.push(head);
  for (const link of c.links) out.push(`${link.kind}: ${link.url}`);
  for (const s of resume.sections) {
    if (s.kind === 'contact') continue;
    out.push('', `${s.heading ?? s.kind} [${s.kind}]`);
    if (s.entries.length > 0) {
      for (const e of s.entries) {
        const header = [e.title, e.organization].filter(Boolean).join(' — ') || '(entry)';
        out.push(`  ${header}${dateRange(e.start, e.end)}`);
        for (const b of e.bullets) out.push(`    • ${b}`);
      }
    } else {
      for (const line of s.items.length > 0 ? s.items : s.lines) out.push(`  - ${line}`);
    }
  }
  return out.join('\n');
}

/** `--card`: the summary's card as a PNG file. The path is printed with the text review (stdout stays JSON with --json). */
async function writeCard(card: Card | undefined, path: string, json: boolean, io: CliIO): Promise<number> {
  if (!card) {
    io.err('error internal: this review has no score card.');
    return EXIT.internal;
  }
  try {
    await writeFile(path, await renderCard(card));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException | undefined)?.code;
    const why =
      code === 'ENOENT'
        ? 'its folder does not exist'
        : code === 'EACCES'
          ? 'permission denied'
          : code === 'EISDIR'
            ? 'it is a folder'
            : 'it could not be written';
    io.err(`error card-write: Could not write the card to "${path}": ${why}.`);
    return EXIT.internal;
  }
  if (!json) io.out(`\nScore card picture: ${path}`);
  return EXIT.ok;
}

export async function main(
  argv: readonly string[],
  io: CliIO = defaultIO,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  let args: CheckArgs | 'help';
  try {
    args = parseCheckArgs(argv);
    configureOcr({ timeoutMs: readOcrTimeoutMs(env) });
  } catch (err) {
    if (err instanceof ConfigError) {
      io.err(`invalid configuration: ${err.message}`);
      return EXIT.usage;
    }
    if (!(err instanceof UsageError)) throw err;
    io.err(`${err.message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  if (args === 'help') {
    io.out(USAGE);
    return EXIT.ok;
  }
  try {
    const bytes = await readInput(args.file, 'file');
    const jobDescription = args.jd ? new TextDecoder().decode(await readInput(args.jd, 'job description')) : null;
    const review = await analyzeFile(bytes, { fileName: basename(args.file), role: args.role, jobDescription });
    if (args.json) io.out(JSON.stringify(review.report, null, 2));
    else io.out(`${renderResume(review.resume)}\n\n${renderPlainText(review.document)}`);
    return args.card === null ? EXIT.ok : await writeCard(review.document.messages[0]?.card, args.card, args.json, io);
  } catch (err) {
    if (isCodedError(err)) {
      io.err(`error ${err.code}: ${err.userMessage}`);
      return err.code === 'internal' ? EXIT.internal : EXIT.unreadable;
    }
    io.err(
      `error internal: something went wrong while checking the file (${err instanceof Error ? err.name : 'unknown'}).`,
    );
    return EXIT.internal;
  }
}

/**
 * Sets the exit code first, then stops the extraction workers. No top-level await: the worker handles are
 * unref'd, so the process may end before shutdown settles, and it must end with our code, not 13.
 */
export function runCli(argv: readonly string[]): void {
  main(argv)
    .then((code) => {
      process.exitCode = code;
    })
    .catch(() => {
      process.exitCode = EXIT.internal;
    })
    .finally(() => shutdownExtractors());
}

const isEntry = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isEntry) runCli(process.argv.slice(2));
