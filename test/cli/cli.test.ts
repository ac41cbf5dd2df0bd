import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { makeTextPdf } from '../../scripts/lib/simple-pdf.js';
import { reportSchema } from '../../src/core/report/index.js';
import { EXIT, USAGE, main } from '../../src/cli.js';
import { STRONG_BACKEND_RESUME, WEAK_BACKEND_RESUME } from '../helpers/sample-resumes.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(ROOT, 'src/cli.ts');
const BIN = join(ROOT, 'bin/resume-coach.js');
const TSX = import.meta.resolve('tsx');
// Child processes compile TypeScript on start; on a busy 2-core machine that takes a while.
const SLOW = 120_000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: readonly string[], { viaBin = false } = {}): Promise<Run> {
  const argv = viaBin ? [BIN, ...args] : ['--import', TSX, CLI, ...args];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, argv, { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'silent' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const contract = new Ajv2020({ strict: false }).compile(
  JSON.parse(readFileSync(join(ROOT, 'src/core/report/report.schema.json'), 'utf8')) as object,
);

let dir = '';
let pdf = '';
let text = '';
let jd = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'resume-coach-cli-'));
  pdf = join(dir, 'weak.pdf');
  text = join(dir, 'strong.md');
  jd = join(dir, 'job.txt');
  // Helvetica in pdf-lib is WinAnsi: bullets and dashes are kept to what it can draw.
  writeFileSync(pdf, await makeTextPdf(WEAK_BACKEND_RESUME.map((l) => l.replace('•', '-'))));
  writeFileSync(text, STRONG_BACKEND_RESUME.join('\n'));
  writeFileSync(jd, 'Requirements:\n- Go\n- Kubernetes\n- GraphQL\nNice to have:\n- Terraform\n');
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('resume-coach check', () => {
  it(
    'prints a JSON report for a PDF that validates against the contract',
    async () => {
      const r = await run(['check', pdf, '--json', '--jd', jd]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const report: unknown = JSON.parse(r.stdout);
      expect(contract(report), JSON.stringify(contract.errors)).toBe(true);
      const parsed = reportSchema.parse(report);
      expect(parsed.file).toMatchObject({ name: 'weak.pdf', format: 'pdf', pages: 1 });
      expect(parsed.role.id).toBe('backend');
      expect(parsed.sections.map((s) => s.kind)).toEqual(expect.arrayContaining(['experience', 'education', 'skills']));
      expect(parsed.match).toMatchObject({ missing: ['GraphQL'] });
    },
    SLOW,
  );

  it(
    'prints the sections with entries and bullets, then the review, for a text file',
    async () => {
      const r = await run(['check', text, '--role', 'sre']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('EXPERIENCE [experience]');
      expect(r.stdout).toContain('Senior Backend Engineer — Parcelway');
      expect(r.stdout).toContain('• Sharded the PostgreSQL orders store');
      expect(r.stdout).toMatch(/== Resume review: \d+\/100 ==/);
      expect(r.stdout).toContain('SRE / DevOps engineer (your choice)');
    },
    SLOW,
  );

  it(
    'exits 3 with the error code and a friendly message for an unreadable file',
    async () => {
      // An iPhone HEIC photo: no decoder for it, so it is refused by name.
      const garbage = join(dir, 'photo.heic');
      writeFileSync(garbage, Buffer.from([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x68, 0x65, 0x69, 0x63, 0, 0, 0, 0]));
      const r = await run(['check', garbage]);
      expect(r.code).toBe(3);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^error unsupported-format: .+/);
    },
    SLOW,
  );
});

describe('main (in process)', () => {
  function capture() {
    const out: string[] = [];
    const err: string[] = [];
    return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
  }

  it.each([
    [[]],
    [['chek', 'x.pdf']],
    [['check']],
    [['check', 'a.pdf', 'b.pdf']],
    [['check', 'a.pdf', '--colour']],
    [['check', 'a.pdf', '--role', 'wizard']],
  ])('exits 2 with usage for %j', async (args) => {
    const c = capture();
    expect(await main(args, c.io)).toBe(EXIT.usage);
    expect(c.err.join('\n')).toContain(USAGE);
    expect(c.out).toEqual([]);
  });

  it('exits 3 for a missing file or job description, naming the code', async () => {
    const c = capture();
    expect(await main(['check', join(dir, 'nope.pdf')], c.io)).toBe(EXIT.unreadable);
    expect(c.err[0]).toMatch(/^error no-file: Could not open the file .*no such file/);
    const d = capture();
    expect(await main(['check', text, '--jd', dir], d.io)).toBe(EXIT.unreadable);
    expect(d.err[0]).toMatch(/^error no-file: .*job description.*folder/);
  });

  it('prints help with exit 0', async () => {
    const c = capture();
    expect(await main(['--help'], c.io)).toBe(EXIT.ok);
    expect(c.out.join('')).toContain('--role ROLE');
  });

  it('reviews pasted-text files in process too', async () => {
    const c = capture();
    expect(await main(['check', text, '--json'], c.io)).toBe(EXIT.ok);
    expect(contract(JSON.parse(c.out.join('')))).toBe(true);
  });
});

describe('resume-coach (child process, more)', () => {
  it(
    'exits 2 on bad usage (child process)',
    async () => {
      const r = await run(['check', text, '--role', 'wizard']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('Unknown role "wizard"');
      expect(r.stderr).toContain('Usage: resume-coach check FILE');
    },
    SLOW,
  );

  it(
    'runs through the package bin and exits promptly',
    async () => {
      const started = Date.now();
      const r = await run(['check', pdf, '--json'], { viaBin: true });
      expect(r.code).toBe(0);
      expect(contract(JSON.parse(r.stdout))).toBe(true);
      expect(Date.now() - started).toBeLessThan(SLOW);
      const help = await run(['--help'], { viaBin: true });
      expect(help.code).toBe(0);
      expect(help.stdout).toContain('--jd FILE');
    },
    SLOW,
  );
});
