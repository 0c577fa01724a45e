import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareSemver } from '../../../../content-kit';

// semver.org §11's example chain, lowest first.
const CHAIN = ['1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-alpha.beta', '1.0.0-beta', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1', '1.0.0', '1.0.1', '1.1.0', '1.10.0', '2.0.0', '10.0.0'];

describe('compareSemver', () => {
  it('orders semver.org’s precedence example', () => {
    for (let i = 0; i < CHAIN.length; i++)
      for (let j = 0; j < CHAIN.length; j++) expect(Math.sign(compareSemver(CHAIN[i]!, CHAIN[j]!))).toBe(Math.sign(i - j));
  });

  it('compares numbers numerically, not as text', () => {
    expect(compareSemver('2.0.0', '10.0.0')).toBeLessThan(0);
    expect(compareSemver('1.0.0-rc.10', '1.0.0-rc.9')).toBeGreaterThan(0);
  });

  it('compares pre-release words in ASCII order', () => {
    expect(compareSemver('1.0.0-Beta', '1.0.0-alpha')).toBeLessThan(0);
    expect(compareSemver('1.0.0-alpha', '1.0.0-Beta')).toBeGreaterThan(0);
    expect(compareSemver('1.0.0-a-b', '1.0.0-a.b')).toBeGreaterThan(0);
  });

  it('ignores build metadata', () => {
    expect(compareSemver('1.0.0+build.1', '1.0.0+build.2')).toBe(0);
    expect(compareSemver('1.0.0-rc.1+x', '1.0.0-rc.1')).toBe(0);
  });

  it('is antisymmetric and consistent with equality', () => {
    const version = fc
      .tuple(fc.nat(20), fc.nat(20), fc.nat(20), fc.option(fc.constantFrom('alpha', 'beta.1', 'rc.2', 'RC', '0.3', 'x-y')))
      .map(([a, b, c, pre]) => `${a}.${b}.${c}${pre ? `-${pre}` : ''}`);
    fc.assert(
      fc.property(version, version, (a, b) => {
        expect(Math.sign(compareSemver(a, b))).toBe(-Math.sign(compareSemver(b, a)));
        if (a === b) expect(compareSemver(a, b)).toBe(0);
      }),
    );
  });
});
