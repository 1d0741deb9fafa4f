import { describe, expect, it } from 'vitest';
import type { AstroLoggerMessage } from 'astro';
import { filteredLog, PROGRESS_EVERY } from './build-log.ts';

const info = (message: string, label: string | null = null, newLine = true): AstroLoggerMessage => ({
  label,
  level: 'info',
  message,
  newLine,
});

function run(messages: AstroLoggerMessage[], terminal: boolean) {
  const passed: string[] = [];
  const written: string[] = [];
  const log = filteredLog(
    { write: (message) => passed.push(message.message) },
    { out: (text) => written.push(text), terminal },
  );
  for (const message of messages) log.write(message);
  return { passed, written };
}

/** Astro's two writes for one page: its path, then its time. */
const page = (path: string) => [
  info(`  \x1b[34m├─\x1b[39m \x1b[2m${path}\x1b[22m`, null, false),
  info(' \x1b[2m(+3ms)\x1b[22m ', 'SKIP_FORMAT'),
];

describe('the build log', () => {
  it('drops the line of each page and its time, and passes everything else', () => {
    const { passed } = run(
      [
        info('generating static routes'),
        ...page('/a/index.html'),
        ...page('/b/index.html'),
        { ...info('broken'), level: 'warn' },
        info('✓ Completed in 3.00s.'),
      ],
      false,
    );
    expect(passed).toEqual(['generating static routes', 'broken', '✓ Completed in 3.00s.']);
  });

  it('drops the times of pages rendered at once, which come after all their paths, and keeps a page not written', () => {
    const [firstPath, firstTime] = page('/a/index.html');
    const [secondPath, secondTime] = page('/b/index.html');
    const notWritten = info(' (+1ms) (file not created, response body was empty)', 'SKIP_FORMAT');
    const { passed } = run(
      [firstPath!, secondPath!, ...page('/c/index.html').slice(0, 1), secondTime!, firstTime!, notWritten],
      false,
    );
    expect(passed).toEqual([' (+1ms) (file not created, response body was empty)']);
  });

  it(`counts the pages on one line in a terminal, and every ${PROGRESS_EVERY} pages elsewhere`, () => {
    const pages = Array.from({ length: 2 * PROGRESS_EVERY + 1 }, (_, index) => page(`/${index}/index.html`)).flat();
    expect(run(pages, false).written).toEqual([
      `  ${PROGRESS_EVERY} page(s) written\n`,
      `  ${2 * PROGRESS_EVERY} page(s) written\n`,
    ]);
    const terminal = run([...pages.slice(0, 4), info('done')], true);
    expect(terminal.written).toEqual(['\r  1 page(s) written', '\r  2 page(s) written', '\n']);
    expect(terminal.passed).toEqual(['done']);
  });
});
