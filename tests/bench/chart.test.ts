import { expect, it } from 'vitest';
import { scaleChart } from './chart.ts';

it('draws a point per build on each line, and labels both axes', () => {
  const svg = scaleChart([
    { articles: 1000, seconds: 6, peakMemory: 0.8e9 },
    { articles: 28150, seconds: 90, peakMemory: 2.1e9 },
    { articles: 2815, seconds: 12, peakMemory: 1e9 },
  ]);
  expect(svg.match(/<circle /g)).toHaveLength(6);
  expect(svg).toContain('28,150');
  expect(svg).toMatch(/\d+ s<\/text>/);
  expect(svg).toMatch(/\d\.\d GB<\/text>/);
  expect(svg).not.toMatch(/<script|href=/);
});

it("marks another tool's builds apart from ours, on the same axes", () => {
  const ours = [
    { articles: 1000, seconds: 6, peakMemory: 0.8e9 },
    { articles: 2815, seconds: 12, peakMemory: 1e9 },
  ];
  const svg = scaleChart(ours, {
    label: 'Starlight 0.42.4',
    points: [{ articles: 1000, seconds: 60, peakMemory: 1e9 }],
  });
  expect(svg.match(/<circle /g)).toHaveLength(4);
  expect(svg.match(/<rect x=/g)).toHaveLength(1);
  expect(svg.match(/<path d=/g)).toHaveLength(1);
  expect(svg).toContain('Starlight 0.42.4, same articles');
  // The axis reaches the other tool's 60 s: its top tick says 66 s (10 % headroom).
  expect(svg).toContain('>66 s</text>');
});
