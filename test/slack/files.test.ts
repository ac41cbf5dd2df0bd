/** Slack file downloads: Bearer auth, size checks before and during the download, HTML = missing files:read. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadSlackFile, MISSING_FILES_READ } from '../../src/adapters/slack/files.js';
import { CodedError } from '../../src/core/errors.js';

let server: Server;
let base = '';
const hits: { path: string; auth: string | null }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push({ path: req.url ?? '', auth: req.headers.authorization ?? null });
    if (req.headers.authorization !== 'Bearer xoxb-t') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html>sign in</html>');
      return;
    }
    switch (req.url) {
      case '/ok':
        res.writeHead(200, { 'content-type': 'application/pdf' });
        res.end('%PDF-1.4 hello');
        return;
      case '/declared-big':
        res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': '5000' });
        res.end(Buffer.alloc(5000));
        return;
      case '/lying':
        // No content-length: chunks until well past any small cap.
        res.writeHead(200, { 'content-type': 'application/pdf' });
        for (let i = 0; i < 10; i++) res.write(Buffer.alloc(1000));
        res.end();
        return;
      default:
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end('{}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const deps = { botToken: 'xoxb-t', fileInfo: async () => ({ ok: false }), timeoutMs: 5_000 };
const file = (path: string, size: number | null = null) => ({
  id: 'F1',
  name: 'cv.pdf',
  size,
  url_private_download: `${base}${path}`,
});
const codeOf = async (p: Promise<unknown>) =>
  p.then(
    () => 'resolved',
    (err: unknown) => (err instanceof CodedError ? err.code : String(err)),
  );

describe('downloadSlackFile', () => {
  it('downloads with the bot token as a Bearer header', async () => {
    const bytes = await downloadSlackFile(file('/ok'), 1000, deps);
    expect(new TextDecoder().decode(bytes)).toBe('%PDF-1.4 hello');
    expect(hits.at(-1)).toEqual({ path: '/ok', auth: 'Bearer xoxb-t' });
  });

  it('refuses a file whose reported size is over the cap without requesting it', async () => {
    const before = hits.length;
    expect(await codeOf(downloadSlackFile(file('/ok', 2_000_000), 1_000_000, deps))).toBe('too-large');
    expect(hits.length).toBe(before);
  });

  it('refuses on Content-Length and while streaming when the platform under-reported the size', async () => {
    expect(await codeOf(downloadSlackFile(file('/declared-big', 10), 1000, deps))).toBe('too-large');
    expect(await codeOf(downloadSlackFile(file('/lying', 10), 2500, deps))).toBe('too-large');
  });

  it('turns an HTML answer into a misconfiguration error that names files:read and the reinstall', async () => {
    const err = await downloadSlackFile(file('/ok'), 1000, { ...deps, botToken: 'xoxb-wrong' }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(CodedError);
    expect((err as CodedError).code).toBe('misconfigured');
    expect((err as CodedError).userMessage).toBe(MISSING_FILES_READ);
    expect(MISSING_FILES_READ).toMatch(/files:read/);
    expect(MISSING_FILES_READ).toMatch(/reinstall/);
  });

  it('reports other HTTP failures as download-failed, and never puts the URL in the message', async () => {
    const err = await downloadSlackFile(file('/gone'), 1000, deps).catch((e: unknown) => e);
    expect((err as CodedError).code).toBe('download-failed');
    expect((err as CodedError).message).not.toContain(base);
  });

  it('asks files.info when the event carried only the file id', async () => {
    const ids: string[] = [];
    const bytes = await downloadSlackFile({ id: 'F9', file_access: 'check_file_info' }, 1000, {
      ...deps,
      fileInfo: async (id) => {
        ids.push(id);
        return { ok: true, file: { id, name: 'cv.pdf', size: 14, url_private_download: `${base}/ok` } };
      },
    });
    expect(ids).toEqual(['F9']);
    expect(bytes.byteLength).toBe(14);
  });
});
