import { describe, expect, it } from 'vitest';
import { linesOutsideCode } from './lines.ts';
import { videoCheck } from './video.ts';
import { renderCompact as render } from '../../tests/support/render-markdown.ts';

describe('DocFX [!VIDEO]', () => {
  it('renders a video as a link to it, so no frame loads with the page', async () => {
    expect(await render('> [!VIDEO https://learn.microsoft.com/video/embed]\n')).toBe(
      '<p class="video-link"><a href="https://learn.microsoft.com/video/embed">Skatīties videoklipu</a></p>',
    );
  });
});

describe('the check of DocFX [!VIDEO]', () => {
  const problems = (markdown: string) =>
    videoCheck.problems(linesOutsideCode(markdown)).map(({ code, line, message }) => `${line}: ${code}: ${message}`);

  it('names a marker without one address, and one sharing its quote, as the page shows them', async () => {
    const markdown = [
      '> [!VIDEO]',
      '',
      '> [!VIDEO https://a.example/v two]',
      '',
      '> Skatiet:',
      '> [!VIDEO https://a.example/v]',
    ];
    expect(problems(markdown.join('\n'))).toEqual([
      '1: video-malformed: expected "> [!VIDEO https://…]" with one address; shown as a quote',
      '3: video-malformed: expected "> [!VIDEO https://…]" with one address; shown as a quote',
      '6: video-malformed: expected the video alone in its block quote, a blank line around it; shown as a quote',
    ]);
    expect(await render('> Skatiet:\n> [!VIDEO https://a.example/v]\n')).toContain('<blockquote>');
  });

  it('passes a video alone in its quote, and the marker inside code', () => {
    expect(problems('Teksts.\n\n> [!VIDEO https://a.example/v]\n\n> Cits citāts.\n')).toEqual([]);
    expect(problems('```md\n> [!VIDEO]\n```\n')).toEqual([]);
  });
});

describe('DocFX :::video:::', () => {
  it('renders a video tag as a link to the video, named by its title', async () => {
    expect(await render(':::video source="https://learn.microsoft.com/video/embed" title="Ievads":::\n')).toBe(
      '<p><a href="https://learn.microsoft.com/video/embed">Skatīties videoklipu: Ievads</a></p>',
    );
    expect(await render('Skatiet :::video source="https://a.example/v":::.\n')).toBe(
      '<p>Skatiet <a href="https://a.example/v">Skatīties videoklipu</a>.</p>',
    );
  });
});
