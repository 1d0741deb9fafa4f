import { describe, expect, test } from 'vitest';
import { contrast, effectiveBackground, luminance, parseColor } from './color';

describe('colour maths used by the browser tests', () => {
  test('parses the colour formats Chromium computes', () => {
    expect(parseColor('rgb(10, 82, 196)')).toEqual({ r: 10, g: 82, b: 196, a: 1 });
    expect(parseColor('rgba(0, 0, 0, 0)')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
    expect(parseColor('rgb(0 0 0 / 50%)')).toEqual({ r: 0, g: 0, b: 0, a: 0.5 });
    expect(parseColor('color(srgb 1 0.5 0)')).toEqual({ r: 255, g: 127.5, b: 0, a: 1 });
    expect(() => parseColor('oklch(0.5 0.1 200)')).toThrow(/Cannot parse/);
  });

  test('matches WCAG reference values', () => {
    const black = parseColor('rgb(0, 0, 0)');
    const white = parseColor('rgb(255, 255, 255)');
    expect(luminance(white)).toBeCloseTo(1);
    expect(contrast(black, white)).toBeCloseTo(21);
    expect(contrast(white, black)).toBeCloseTo(21);
    // #767676 is the lightest grey that passes 4.5:1 on white; #777777 fails.
    expect(contrast(parseColor('rgb(118, 118, 118)'), white)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(parseColor('rgb(119, 119, 119)'), white)).toBeLessThan(4.5);
  });

  test('composites translucent backgrounds over what lies beneath', () => {
    const bg = effectiveBackground(['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0.5)', 'rgb(255, 255, 255)']);
    expect(bg.r).toBeCloseTo(127.5);
    expect(effectiveBackground([], parseColor('rgb(18, 18, 18)'))).toEqual({ r: 18, g: 18, b: 18, a: 1 });
  });
});
