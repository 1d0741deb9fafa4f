import type { AstroLoggerDestination, AstroLoggerMessage } from 'astro';
import nodeLogger from 'astro/logger/node';

/** How the build talks: `BUILD_LOG=all` shows every line, as Astro writes it. */
export interface BuildLogOptions {
  all?: boolean;
}

/**
 * Astro's line for each page it writes: "  ├─ /slug/index.html" as it starts the page, then
 * " (+3ms)" on its own when the page is written. Pages are rendered sixteen at once, so several
 * paths can come before their times.
 */
const ROUTE_LINE = /^\s*[├└]─ /;
const ROUTE_TIME = /^\s*\((?:\+[\d.]+\s*m?s|cached|restored)\)/;
/** What Astro adds to a page's time when it wrote no file: that is news, and stays. */
const NOT_WRITTEN = /file not created/;
/** Pages between two progress lines when the log is not a terminal (a CI log keeps every line). */
export const PROGRESS_EVERY = 1000;

const plain = (text: string) => text.replace(/\x1b\[[\d;]*m/g, '');

/**
 * The build's log: Astro's own console log, less its line per page. A site of 28,000 articles
 * would print 28,000 of them and the lines that matter would scroll away; in their place, a count
 * of the pages written, kept on one line in a terminal and printed every 1,000 pages elsewhere.
 * Everything else, warnings and errors first of all, passes as Astro writes it.
 */
export function filteredLog(
  next: AstroLoggerDestination,
  { out, terminal }: { out: (text: string) => void; terminal: boolean },
): AstroLoggerDestination {
  let pages = 0;
  // Pages started whose time has not come yet.
  let timesOwed = 0;
  // In a terminal, the count is one line rewritten in place until another message ends it.
  let lineOpen = false;
  return {
    write(message: AstroLoggerMessage) {
      const text = plain(message.message);
      if (ROUTE_LINE.test(text)) {
        pages++;
        timesOwed++;
        if (terminal) {
          out(`\r  ${pages} page(s) written`);
          lineOpen = true;
        } else if (pages % PROGRESS_EVERY === 0) out(`  ${pages} page(s) written\n`);
        return;
      }
      if (timesOwed > 0 && ROUTE_TIME.test(text)) {
        timesOwed--;
        if (!NOT_WRITTEN.test(text)) return;
      }
      if (lineOpen) out('\n');
      lineOpen = false;
      next.write(message);
    },
  };
}

export default function buildLog({ all = false }: BuildLogOptions = {}): AstroLoggerDestination {
  const console = nodeLogger({ level: 'info' });
  if (all) return console;
  return filteredLog(console, { out: (text) => process.stdout.write(text), terminal: process.stdout.isTTY === true });
}
