/** A small, valid cross-talk case; tests vary it. */
export const CASE = `caselint: 1
type: cross-talk
title: A Test Case of Treatment-Resistant Depression
authors:
  - id: okafor
    name: Maya Okafor
    affiliations: [dcrp]
    corresponding: true
    email: maya.okafor@example.org
  - id: lindqvist
    name: Henrik Lindqvist
    affiliations: [dcrp]
affiliations:
  dcrp: Example Clinic
abstract: |
  Two adequate trials failed [@star-d].
patient:
  alias: John
  age: 61
  sex: male
diagnoses:
  - name: major depressive disorder
    status: confirmed
treatment_history:
  - drug: sertraline
    dose: 150 mg/day
    duration: 12 weeks
    outcome: partial response
perspectives:
  - label: Psychodynamic Perspective
    framework: psychodynamic
    author: okafor
    body: |
      His inner critic echoes his father [@star-d].
  - label: Cognitive Behavioral Therapy Perspective
    framework: cbt
    author: lindqvist
    body: |
      Thought records would help.
      So would activity scheduling.
integrative_discussion:
  author: okafor
  body: |
    Both views help.
deidentification:
  statement: Details that could identify the patient have been changed.
  consent: obtained
references:
  - id: star-d
    text: An invented reference about a large trial.
`;

/** The smallest valid case-report: the schema tests add one section to it. */
export const MINIMAL_CASE = [
  'caselint: 1',
  'type: case-report',
  'title: T',
  'authors:',
  '  - { id: solo, name: Casey Example }',
  'abstract: |',
  '  x',
  'patient:',
  '  sex: male',
  'diagnoses:',
  '  - name: major depressive disorder',
  'discussion: |',
  '  x',
].join('\n');
