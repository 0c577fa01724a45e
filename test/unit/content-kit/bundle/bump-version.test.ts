import { describe, expect, it } from 'vitest';
import { bumpVersion, compareSemver } from '../../../../content-kit';

describe('bumpVersion', () => {
  it('bumps patch, minor and major', () => {
    expect(bumpVersion('1.2.3', 'patch')).toBe('1.2.4');
    expect(bumpVersion('1.2.3', 'minor')).toBe('1.3.0');
    expect(bumpVersion('1.2.3', 'major')).toBe('2.0.0');
    expect(bumpVersion('0.9.9', 'minor')).toBe('0.10.0');
  });

  it('drops pre-release and build metadata', () => {
    expect(bumpVersion('1.2.3-beta.1+build.5', 'patch')).toBe('1.2.4');
    expect(bumpVersion('1.2.3-rc.1', 'major')).toBe('2.0.0');
  });

  it('always gives a higher version', () => {
    for (const v of ['0.0.0', '1.2.3', '1.2.3-beta', '9.99.999'])
      for (const part of ['patch', 'minor', 'major'] as const) expect(compareSemver(bumpVersion(v, part), v)).toBeGreaterThan(0);
  });

  it('starts at 1.0.0 from something that is not a version', () => {
    expect(bumpVersion('draft', 'patch')).toBe('1.0.0');
  });
});
