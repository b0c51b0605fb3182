import { describe, expect, it } from 'vitest';
import { compileClassifier } from './classify';
import { CLASSIFIER_1 } from './classifier-1';
import { evaluateClassifier } from './evaluate';
import { HELD_OUT_EXAMPLES_1 } from './held-out-examples-1';
import { LABELLED_EXAMPLES_1 } from './labelled-examples-1';

const c = compileClassifier(CLASSIFIER_1);
const ids = (type: string | null, text: string | null, civiliansTargeted = false) =>
  c
    .classify({ type, text, civiliansTargeted })
    .map((h) => h.indicator)
    .sort();

describe('escalation classifier', () => {
  it('reads the structured fields of UCDP, ACLED and CAMEO', () => {
    expect(ids('one-sided', null, true)).toEqual(['civilians_targeted']);
    expect(ids('state-based', null)).toEqual(['armed_contest']);
    expect(ids('Violence against civilians: Sexual violence', null, true)).toEqual([
      'civilians_targeted',
      'sexual_violence',
    ]);
    expect(ids('Battles: Armed clash', null)).toEqual(['armed_contest']);
    expect(ids('Protests: Peaceful protest', null)).toEqual([]);
    expect(ids('cameo:1821', null)).toEqual(['civilians_targeted', 'sexual_violence']);
    expect(ids('cameo:202', null)).toEqual(['civilians_targeted']);
    expect(ids('cameo:193', null)).toEqual(['armed_contest']);
    expect(ids('cameo:042', null)).toEqual([]);
    const hit = c.classify({ type: 'one-sided', text: null, civiliansTargeted: true })[0]!;
    expect(hit).toEqual({
      indicator: 'civilians_targeted',
      via: 'field',
      evidence: 'type_of_violence=one-sided',
    });
  });

  it('reads free text in four languages, names the term, and ignores negated mentions', () => {
    expect(ids(null, 'Soldiers massacred villagers')).toEqual(['civilians_targeted']);
    expect(ids(null, 'Un coup d’État a eu lieu')).toEqual(['coup']);
    expect(ids(null, 'Golpe de Estado en la capital')).toEqual(['coup']);
    expect(ids(null, 'انقلاب عسكري في العاصمة')).toEqual(['coup']);
    // Diacritics and letter variants do not matter.
    expect(ids(null, 'مَجْزَرَة في القرية')).toEqual(['civilians_targeted']);
    expect(ids(null, 'No civilians were killed')).toEqual([]);
    // A word that merely contains a term is not the term ("Camposanto" is not a camp).
    expect(ids(null, 'The Scampi festival')).toEqual([]);
    const h = c.classify({
      type: null,
      text: 'A mass grave was found',
      civiliansTargeted: false,
    })[0]!;
    expect(h.via).toBe('lexicon');
    expect(h.evidence).toBe('mass grave');
  });

  it('has the precision and recall it reports, on the development and the held-out examples', () => {
    const dev = evaluateClassifier(c, LABELLED_EXAMPLES_1);
    expect(dev.examples).toBeGreaterThanOrEqual(80);
    expect(new Set(dev.byLanguage.map((l) => l.lang))).toEqual(new Set(['en', 'fr', 'es', 'ar']));
    expect(dev.overall.precision).toBeGreaterThanOrEqual(0.95);
    expect(dev.overall.recall).toBeGreaterThanOrEqual(0.8);
    const held = evaluateClassifier(c, HELD_OUT_EXAMPLES_1);
    expect(held.overall.precision).toBeGreaterThanOrEqual(0.9);
    expect(held.overall.recall).toBeGreaterThanOrEqual(0.6);
    // And the measure can fail: a classifier that finds nothing has no recall.
    const none = evaluateClassifier({ version: 'none', classify: () => [] }, LABELLED_EXAMPLES_1);
    expect(none.overall.recall).toBe(0);
  });
});
