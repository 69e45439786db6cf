/**
 * The invented case the idle warm-up lints (idleWarmUp.ts): every part of a
 * cross-talk report, so that the parse and every rule run on it, with prose
 * blocks to type into and one trial too short to count (so that a finding is
 * converted to a diagnostic too). The patient, authors and clinic are
 * fictional. A test checks that it stays a valid case with that one finding.
 */
export const WARM_UP_CASE = `caselint: 1
type: cross-talk
title: Combined Treatment for Treatment-Resistant Depression in a Teacher
journal: Example Journal of Case Conferences
dates:
  submitted: 2024-03-04
  accepted: 2024-04-15

authors:
  - id: brandt
    name: Ines Brandt
    degrees: [MD]
    affiliations: [mood]
    corresponding: true
    email: ines.brandt@example.org
  - id: oyelaran
    name: Tunde Oyelaran
    degrees: [PhD]
    affiliations: [mood]

affiliations:
  mood: Mood Disorders Service, Example University Hospital

abstract: |
  Depression is called treatment-resistant after two adequate antidepressant
  trials have failed [@gaynes-2020]. An invented teacher in her forties had
  little relief from two antidepressants and then received intravenous
  ketamine. Two clinicians discuss the case.

keywords: [treatment-resistant depression, ketamine]

patient:
  alias: Ada
  age: 44
  sex: female
  occupation: teacher
  presentation: |
    Ada describes a year of low mood, early waking and a loss of interest in
    the classes she used to enjoy, without thoughts of self-harm.
  history: |
    Her first episode came at 30 and lifted with psychotherapy. This episode
    has not lifted with two antidepressants taken at full dose.

diagnoses:
  - name: major depressive disorder, recurrent, severe
    code: F33.2
    status: confirmed
    onset_age: 30
    treatment_resistant: true

treatment_history:
  - drug: sertraline
    class: SSRI
    role: monotherapy
    dose: 200 mg/day
    duration: 10 weeks
    outcome: no response
  - drug: venlafaxine
    class: SNRI
    role: monotherapy
    dose: 225 mg/day
    duration: 12 weeks
    outcome: partial response
  - drug: mirtazapine
    class: NaSSA
    role: monotherapy
    dose: 30 mg/day
    duration: 2 weeks
    outcome: no response

interventions:
  - kind: intravenous ketamine
    sessions:
      - number: 1
        administrations:
          - { drug: ketamine, route: intravenous, dose: 0.5 mg/kg }
        adverse_events: none
        notes: |
          Ada felt briefly detached during the infusion and rested afterwards.

course: |
  Her mood lifted within a day of the first infusion and stayed better for
  about a week before it began to fall again.

perspectives:
  - label: Psychopharmacology Perspective
    framework: psychopharmacology
    author: brandt
    body: |
      Two adequate trials failed, so the depression meets the usual threshold
      for resistance [@gaynes-2020]. A short trial of a third drug does not
      count towards it, and ketamine's effect after one infusion is brief.
  - label: Cognitive Behavioral Therapy Perspective
    framework: cbt
    author: oyelaran
    body: |
      The days of better mood after an infusion are a chance to rebuild the
      activities she gave up, so that the gains have something to hold them.

integrative_discussion:
  author: brandt
  body: |
    Further infusions with psychotherapy alongside them could make the early
    response last longer.

clinical_points:
  - Count adequate trials, in dose and duration, before calling depression treatment-resistant.

disclosures:
  financial_relationships: The authors report no relevant financial relationships.
  funding: None.

deidentification:
  statement: The patient is invented; names, dates and other details that could identify a person are fictional.
  consent: not-required

references:
  - id: gaynes-2020
    text: Gaynes BN, Lux L, Gartlehner G, et al. Defining treatment-resistant depression. Depress Anxiety. 2020;37(2):134-145.
`;
