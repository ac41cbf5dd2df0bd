import { describe, expect, it } from 'vitest';
import { familyKey, lineWithFamilies } from '../../src/core/text/word-family.js';

describe('word families', () => {
  it('puts spellings and forms of one word together', () => {
    expect(familyKey('counselling')).toBe(familyKey('counsel'));
    expect(familyKey('counseling')).toBe(familyKey('counselled'));
    expect(familyKey('authorisations')).toBe(familyKey('authorization'));
    expect(familyKey('patients')).toBe(familyKey('patient'));
    expect(familyKey('management')).toBe(familyKey('managing'));
  });
  it('keeps different words apart', () => {
    expect(familyKey('counter')).not.toBe(familyKey('counsel'));
    expect(familyKey('patient')).not.toBe(familyKey('patent'));
  });
  it('finds the line holding every content word of a phrase, in any order', () => {
    const lines = ['Verify prescriptions', 'Counsel patients on new medications'];
    expect(lineWithFamilies('patient counselling', lines)).toBe('Counsel patients on new medications');
    expect(lineWithFamilies('patient safety', lines)).toBeUndefined();
  });
  it('leaves one-word phrases to exact matching', () => {
    expect(lineWithFamilies('counselling', ['Counsel patients'])).toBeUndefined();
  });
});
