/**
 * The document "caselint: New case report" opens: a complete Cross Talk case report that lints clean,
 * written as a snippet so the cursor lands on the first field and Tab walks through the others.
 * Every field is filled with neutral, invented placeholder content (no patient data).
 */
export const NEW_CASE_SNIPPET = `caselint: 1
type: cross-talk
title: \${1:Title of the case}
subtitle: \${2:A Cross Talk case discussion}
journal: \${3:J Clin Psychiatry}
authors:
  - id: \${4:first-author}
    name: \${5:First Author}
    degrees: [MD]
    affiliations: [\${6:dept}]
    corresponding: true
    email: \${7:corresponding.author@example.org}
  - id: \${8:second-author}
    name: \${9:Second Author}
    degrees: [PhD]
    affiliations: [\${6}]
affiliations:
  \${6}: \${10:Department of Psychiatry, Example University}
abstract: |
  \${11:One paragraph summarising the case and the perspectives that discuss it.}
keywords: [treatment-resistant depression]
patient:
  alias: \${12:Alex}
  age: \${13:45}
  sex: \${14|female,male,intersex,unknown|}
  occupation: \${15:teacher}
  presentation: |
    \${16:The current complaint and symptoms.}
  history: |
    \${17:Psychiatric and medical history.}
diagnoses:
  - name: major depressive disorder
    code: F33.1
    status: confirmed
treatment_history:
  - drug: sertraline
    class: SSRI
    role: monotherapy
    dose: 150 mg/day
    duration: 10 weeks
    outcome: partial response
  - therapy: cbt
    duration: 16 weeks
    outcome: partial response
course: |
  \${18:The course of the treatment the case is about.}
perspectives:
  - label: Cognitive Behavioral Therapy Perspective
    framework: cbt
    author: \${4}
    body: |
      \${19:How a cognitive behavioral therapist understands and treats this patient.}
  - label: Psychopharmacology Perspective
    framework: psychopharmacology
    author: \${8}
    body: |
      \${20:How a psychopharmacologist reads the treatment history.}
integrative_discussion:
  author: \${4}
  body: |
    \${21:Where the perspectives agree and differ.}
deidentification:
  statement: \${22:Details that could identify the patient have been removed or changed.}
  consent: \${23|obtained,waived,not-required|}
$0`;

/** The snippet with every placeholder replaced by its default text (or first choice): what the editor holds after insertion. */
export function expandSnippetDefaults(snippet: string): string {
  const defaults = new Map<string, string>();
  let text = snippet.replace(/\$\{(\d+):([^}]*)\}/g, (_m, n: string, d: string) => {
    defaults.set(n, d);
    return d;
  });
  text = text.replace(/\$\{(\d+)\|([^,|}]*)[^}]*\}/g, (_m, _n: string, first: string) => first);
  text = text.replace(/\$\{(\d+)\}/g, (_m, n: string) => defaults.get(n) ?? '');
  return text.replace(/\$0/g, '');
}
