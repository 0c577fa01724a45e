import { describe, expect, it } from 'vitest';
import { hashtag } from '../../../../content-kit';

describe('hashtag', () => {
  it('writes the three forms', () => {
    expect(hashtag('21天共读', 'double')).toBe('#21天共读#');
    expect(hashtag('21天共读', 'single')).toBe('#21天共读');
    expect(hashtag('21天共读', 'none')).toBe('21天共读');
  });

  it('strips marks already present, half- or full-width, and surrounding spaces', () => {
    expect(hashtag('#读书#', 'double')).toBe('#读书#');
    expect(hashtag('＃读书＃', 'double')).toBe('#读书#');
    expect(hashtag('  读书 ', 'single')).toBe('#读书');
    expect(hashtag('#读书#', 'none')).toBe('读书');
  });
});
