import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/build';

const astroBin = path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** A port nothing listens on now, so the test never talks to a server left over from another run. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, seconds = 60): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`waited ${seconds} s for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

// `astro dev` over a copy of the DocFX fixtures, which the tests edit as an author would.
describe('the dev server', () => {
  let folder: string;
  let server: ChildProcess;
  let output = '';
  let origin = '';
  beforeAll(async () => {
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    folder = mkdtempSync(path.join(tmpdir(), 'dev-content-'));
    cpSync(path.join(projectRoot, 'tests/fixtures/docfx'), folder, { recursive: true });
    appendFileSync(path.join(folder, 'alerts-and-video.md'), '\nSkatiet arī [jauno rakstu](jauns-raksts.md).\n');
    server = spawn(process.execPath, [astroBin, 'dev', '--port', String(port), '--host', '127.0.0.1'], {
      cwd: projectRoot,
      env: {
        // Without the test runner's own variables: with VITEST set, Astro's dev server answers 404.
        ...Object.fromEntries(
          Object.entries(process.env).filter(([name]) => !/^(?:VITEST|TEST$|NODE_ENV$)/.test(name)),
        ),
        CONTENT_DIR: folder,
        FORCE_COLOR: '0',
        NO_COLOR: '1',
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    });
    server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let last = '';
    await until('the dev server', () =>
      fetch(`${origin}/`).then(
        (response) => {
          last = `HTTP ${response.status}`;
          return response.ok ? true : undefined;
        },
        (error: Error) => {
          last = `${error.message} ${String((error.cause as Error | undefined)?.message)}`;
          return undefined;
        },
      ),
    ).catch((error: Error) => {
      throw new Error(`${error.message} (last: ${last}); it said:\n${output}`);
    });
  }, 120_000);
  afterAll(async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill();
      await exited;
    }
    rmSync(folder, { recursive: true, force: true });
  });

  it('serves the media the build publishes, at the same addresses', async () => {
    const response = await fetch(`${origin}/media/photo.png`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(0);
    expect((await fetch(`${origin}/media/none.png`)).status).toBe(404);
  });

  it('checks an article again on save, with the messages a build gives', async () => {
    appendFileSync(path.join(folder, 'links-and-images.md'), '\nVarat [](https://admin.microsoft.com/) atcelt.\n');
    const line = await until('the finding', () =>
      output
        .split('\n')
        .find((text) =>
          text.includes('links-and-images.md:27: warning: link to https://admin.microsoft.com/ has no text'),
        ),
    );
    expect(line).toContain(`${path.relative(projectRoot, folder)}/links-and-images.md:27: warning:`);
  }, 60_000);

  it('leads links to an article added while it runs, without a restart', async () => {
    const page = () => fetch(`${origin}/alerts-and-video/`).then((response) => response.text());
    expect(await page()).not.toContain('href="/jauns-raksts/"');
    const article = readFileSync(path.join(folder, 'links-and-images.md'), 'utf8').replace(
      'title: Saites un attēli',
      'title: Jauns raksts',
    );
    writeFileSync(path.join(folder, 'jauns-raksts.md'), article);
    await until('the link to the new article', async () =>
      (await page()).includes('href="/jauns-raksts/"') ? true : undefined,
    );
    expect((await fetch(`${origin}/jauns-raksts/`)).status).toBe(200);
  }, 90_000);
});
