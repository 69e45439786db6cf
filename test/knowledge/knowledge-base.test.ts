import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { KnowledgeBase, knowledgeBaseFor, normalizeRoute } from '../../server/src/core/knowledge';
import { repoRoot } from '../support/paths';

describe('knowledge base', () => {
  const kb = new KnowledgeBase();

  it('reads a route in any case or as its abbreviation, and nothing else as a route (not even a name every object has)', () => {
    assert.deepStrictEqual(['IM', 'i.v.', ' Sublingual ', 'SQ'].map(normalizeRoute), ['intramuscular', 'intravenous', 'sublingual', 'subcutaneous']);
    assert.deepStrictEqual(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'nasal', 7].map(normalizeRoute), [undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  describe('drugs', () => {
    it('finds generics and brands case-insensitively, brands resolving to the generic', () => {
      assert.strictEqual(kb.drug('Lexapro')?.name, 'escitalopram');
      assert.strictEqual(kb.drug('CYMBALTA')?.name, 'duloxetine');
      assert.strictEqual(kb.drug('Spravato')?.name, 'esketamine');
      assert.strictEqual(kb.drug('Wellbutrin XL')?.name, 'bupropion');
      assert.strictEqual(kb.drug('Sertraline')?.name, 'sertraline');
      assert.strictEqual(kb.drug('escitalopram oxalate')?.name, 'escitalopram');
      assert.strictEqual(kb.drug('venlafaxine hydrochloride XR')?.name, 'venlafaxine');
      assert.strictEqual(kb.resolveDrug('venlafaxine hydrochloride XR')?.formulation?.id, 'XR');
      assert.strictEqual(kb.drug('escitalopram cyclamate'), undefined);
    });

    it('treats hyphens, slashes and spaces alike', () => {
      for (const n of ['dextromethorphan-bupropion', 'dextromethorphan bupropion', 'Dextromethorphan/Bupropion', 'Auvelity']) {
        assert.strictEqual(kb.drug(n)?.name, 'dextromethorphan-bupropion', n);
      }
      assert.strictEqual(kb.drug('olanzapine fluoxetine')?.name, 'olanzapine-fluoxetine');
    });

    it('holds every drug of the class table with the figures adequacy needs', () => {
      assert.strictEqual(kb.drugNames().length, 63);
      const v = kb.drug('venlafaxine')!;
      assert.strictEqual(v.class, 'SNRI');
      assert.strictEqual(v.minDoseMg?.value, 150);
      assert.deepStrictEqual(v.minDoseMg?.src, ['ATRQ-COMP006']);
      assert.strictEqual(v.maxDoseMg?.value, 375);
      assert.strictEqual(kb.drug('paroxetine')?.maxDoseMg?.value, 62.5);
      assert.strictEqual(kb.drug('vilazodone')?.minDoseMg?.uncertain, true);
    });

    it('counts the first seven classes as antidepressants, but not ketamine or esketamine', () => {
      assert.strictEqual(kb.drug('bupropion')?.antidepressant, true);
      assert.strictEqual(kb.drug('vortioxetine')?.antidepressant, true);
      assert.strictEqual(kb.drug('dextromethorphan-bupropion')?.antidepressant, true);
      assert.strictEqual(kb.drug('ketamine')?.antidepressant, false);
      assert.strictEqual(kb.drug('esketamine')?.antidepressant, false);
      assert.strictEqual(kb.drug('aripiprazole')?.antidepressant, false);
      assert.strictEqual(kb.drug('lithium')?.antidepressant, false);
    });

    it('lists augmentation agents and brand names', () => {
      const aug = kb.augmentationAgents().map((d) => d.name);
      for (const n of ['lithium', 'liothyronine', 'aripiprazole', 'quetiapine', 'buspirone']) assert.ok(aug.includes(n), n);
      assert.ok(!aug.includes('sertraline'));
      const brands = kb.brandNames();
      for (const b of ['Cymbalta', 'Wellbutrin', 'Lexapro', 'Zoloft', 'Prozac', 'Spravato', 'Effexor', 'Celexa', 'Paxil', 'Remeron', 'Pristiq', 'Trintellix', 'Viibryd', 'Fetzima', 'Abilify', 'Rexulti', 'Vraylar', 'Seroquel', 'Zyprexa', 'Symbyax', 'Lamictal', 'Cytomel', 'Emsam', 'Nardil', 'Parnate', 'Auvelity']) {
        assert.ok(brands.some((x) => x.brand === b), b);
      }
    });

    it('suggests the nearest generic for a misspelt name or brand', () => {
      assert.deepStrictEqual(kb.nearestDrugs('escitalopam'), ['escitalopram']);
      assert.deepStrictEqual(kb.nearestDrugs('Cymbalt'), ['duloxetine']);
      assert.deepStrictEqual(kb.nearestDrugs('qqqqqqqq'), []);
    });

    it('lets the configuration add and override drugs', () => {
      const c = knowledgeBaseFor({
        drugs: [
          { name: 'zuranolone', class: 'other', min_dose: '50 mg/day', max_dose: '50 mg/day', brands: ['Zurzuvae'] },
          { name: 'sertraline', min_dose: '100 mg/day' },
          { name: 'newdep', class: 'SSRI' },
        ],
      });
      assert.strictEqual(c.drug('Zurzuvae')?.name, 'zuranolone');
      assert.strictEqual(c.drug('zuranolone')?.minDoseMg?.value, 50);
      assert.deepStrictEqual(c.drug('zuranolone')?.minDoseMg?.src, ['config']);
      assert.strictEqual(c.drug('sertraline')?.minDoseMg?.value, 100);
      assert.strictEqual(c.drug('sertraline')?.class, 'SSRI');
      assert.strictEqual(c.drug('newdep')?.antidepressant, true);
      assert.strictEqual(kb.drug('sertraline')?.minDoseMg?.value, 50, 'the base data is untouched');
      assert.strictEqual(knowledgeBaseFor({}), knowledgeBaseFor({}));
    });
  });

  describe('classes', () => {
    it('normalizes classes and synonyms to the format values', () => {
      assert.strictEqual(kb.normalizeClass('NDRI'), 'atypical antidepressant');
      assert.strictEqual(kb.normalizeClass('SARI'), 'atypical antidepressant');
      assert.strictEqual(kb.normalizeClass('SGA'), 'second-generation antipsychotic');
      assert.strictEqual(kb.normalizeClass('Second generation antipsychotic'), 'second-generation antipsychotic');
      assert.strictEqual(kb.normalizeClass('ssri'), 'SSRI');
      assert.strictEqual(kb.normalizeClass('RIMA'), 'MAOI');
      assert.strictEqual(kb.normalizeClass('wonder drug'), undefined);
    });

    it('matches a drug against a stated class, with drug-specific subclasses', () => {
      const bup = kb.drug('bupropion')!;
      assert.ok(kb.classMatches(bup, 'NDRI'));
      assert.ok(kb.classMatches(bup, 'atypical antidepressant'));
      assert.ok(!kb.classMatches(bup, 'SSRI'));
      assert.ok(!kb.classMatches(kb.drug('sertraline')!, 'NDRI'));
      assert.ok(kb.classMatches(kb.drug('trazodone')!, 'serotonin modulator'));
      assert.ok(kb.classMatches(kb.drug('trazodone')!, 'SARI'));
      assert.ok(kb.classMatches(kb.drug('mianserin')!, 'TeCA'));
      assert.ok(!kb.classMatches(kb.drug('mianserin')!, 'TCA'));
      assert.ok(kb.classMatches(kb.drug('venlafaxine')!, 'other'));
      assert.ok(!kb.classMatches(kb.drug('venlafaxine')!, 'SSRI'));
    });

    it('describes every class of the format with its synonyms', () => {
      const ids = kb.classes().map((c) => c.id);
      assert.strictEqual(ids.length, 16);
      assert.ok(kb.classes().find((c) => c.id === 'atypical antidepressant')!.synonyms.includes('NDRI'));
    });
  });

  describe('procedures, ketamine, mechanisms, sources', () => {
    it('finds procedures by value or alias with their typical course', () => {
      assert.strictEqual(kb.procedure('ect')?.minimumCourseSessions?.value, 6);
      assert.strictEqual(kb.procedure('TMS')?.id, 'rTMS');
      assert.strictEqual(kb.procedure('rTMS')?.minimumCourseSessions?.value, 20);
      assert.strictEqual(kb.procedure('theta burst')?.id, 'iTBS');
      assert.ok(kb.procedures().length >= 10);
    });

    it("keeps both the case article's bioavailability figures and the other sources' ranges", () => {
      const routes = kb.ketamine().routes;
      const by = (r: string) => routes.find((x) => x.route === r)!;
      assert.strictEqual(by('intravenous').article?.value, '100%');
      assert.strictEqual(by('intramuscular').article?.value, '93%');
      assert.strictEqual(by('intranasal').article?.value, '8-45%');
      assert.strictEqual(by('oral').article?.value, '17-29%');
      assert.strictEqual(by('rectal').article?.value, '11-25%');
      assert.match(by('sublingual').reported.value, /30%/);
      assert.ok(by('intranasal').differs);
      assert.deepStrictEqual(kb.ketamine().esketamine.sessionDosesMg, [56, 84]);
    });

    it('finds mechanisms by term or alias, ignoring case and punctuation', () => {
      assert.strictEqual(kb.mechanism('NMDA')?.id, 'nmda_antagonism');
      assert.strictEqual(kb.mechanism('NMDA receptor antagonism')?.id, 'nmda_antagonism');
      assert.strictEqual(kb.mechanism('5-HT2A')?.id, '5ht2a_agonism');
      assert.strictEqual(kb.mechanism('5ht2a')?.id, '5ht2a_agonism');
      assert.strictEqual(kb.mechanism('synaptogenesis')?.id, 'neuroplasticity');
      assert.strictEqual(kb.mechanism('mTOR')?.id, 'ampa_bdnf_mtor');
      assert.strictEqual(kb.mechanism('BDNF')?.id, 'ampa_bdnf_mtor');
      assert.strictEqual(kb.mechanism('AMPA')?.id, 'ampa_bdnf_mtor');
      const terms = kb.mechanismTerms();
      assert.ok(terms.includes('NMDA receptor antagonism'));
      assert.ok(terms[0]!.length >= terms[terms.length - 1]!.length, 'longest first');
    });

    it('gives definitions and staging models', () => {
      assert.ok(kb.trdDefinitions().some((d) => d.id === 'atrq_mgh' && d.minDurationWeeks === '6'));
      assert.deepStrictEqual(kb.stagingModels().map((m) => m.id), ['thase-rush', 'european', 'mgh-s', 'maudsley', 'athf']);
    });

    it('cites every source key the data uses, and docs/SOURCES.md lists them all', () => {
      const used = new Set<string>();
      const walk = (o: unknown): void => {
        if (Array.isArray(o)) o.forEach(walk);
        else if (o && typeof o === 'object') {
          for (const [k, v] of Object.entries(o)) {
            if (k === 'src' && Array.isArray(v)) v.forEach((s) => used.add(String(s)));
            else walk(v);
          }
        }
      };
      walk([kb.drugs(), kb.procedures(), kb.ketamine(), kb.mechanisms(), kb.trdDefinitions(), kb.stagingModels(), kb.frameworks()]);
      const missing = [...used].filter((k) => kb.source(k) === undefined);
      assert.deepStrictEqual(missing, []);
      assert.match(kb.source('Yeung2023') ?? '', /J Clin Psychiatry 2023/);
      const doc = fs.readFileSync(path.join(repoRoot, 'docs', 'SOURCES.md'), 'utf8');
      const unlisted = kb.sourceKeys().filter((k) => !doc.includes(`\`${k}\``));
      assert.deepStrictEqual(unlisted, [], 'docs/SOURCES.md is stale');
    });
  });
});
