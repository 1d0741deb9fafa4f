/**
 * Test support: the examples of a spec file written as CommonMark's and Markdig's specifications
 * write theirs, Markdown in and the exact HTML out:
 *
 *     ```````````````````````````````` example
 *     > [!NOTE]
 *     > Teksts.
 *     .
 *     <div class="callout callout-note" role="note">…
 *     ````````````````````````````````
 *
 * Text outside the examples says what each shows and where the reference says so.
 */

export interface SpecExample {
  /** The heading the example stands under, for its test's name. */
  section: string;
  /** 1-based line of the example's opening fence in its file. */
  line: number;
  markdown: string;
  html: string;
}

const FENCE = '`'.repeat(32);

export function specExamples(text: string): SpecExample[] {
  const examples: SpecExample[] = [];
  const lines = text.split('\n');
  let section = '';
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.startsWith('#')) section = line.replace(/^#+\s*/, '');
    if (line !== `${FENCE} example`) continue;
    const dot = lines.indexOf('.', index + 1);
    const end = lines.indexOf(FENCE, index + 1);
    if (dot === -1 || end === -1 || dot > end)
      throw new Error(`line ${index + 1}: an example needs a "." line and a closing fence`);
    examples.push({
      section,
      line: index + 1,
      markdown: lines
        .slice(index + 1, dot)
        .join('\n')
        .replaceAll('→', '\t'),
      html: lines.slice(dot + 1, end).join('\n'),
    });
    index = end;
  }
  return examples;
}
