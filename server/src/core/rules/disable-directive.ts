import { canDisable, DISABLE_DIRECTIVE, isDeidentificationRule } from '../directives';
import type { Rule } from '../rule';
import { didYouMean, nearest } from '../text';
import type { Fix } from '../types';

/**
 * docs/rules/disable-directive.md: a directive that names an unknown rule, or
 * silences a de-identification rule without a reason, or (when asked for)
 * silences nothing. The engine runs this rule after every other one, so that
 * each directive knows what it silenced.
 */
export function disableDirectiveRule(ruleIds: () => readonly string[]): Rule {
  return {
    meta: {
      id: DISABLE_DIRECTIVE,
      description: 'a # caselint-disable comment names known rules, gives a reason for silencing a de-identification rule, and (when asked) silences something',
      defaultSeverity: 'warning',
      category: 'structure',
    },
    check(ctx) {
      const known = new Set(ruleIds());
      const reportUnused = ctx.config.report_unused_disable_directives === true;
      for (const d of ctx.directives.list) {
        const lineStart = ctx.doc.lines.lineStart(d.line);
        const whole = { start: lineStart + d.column, end: lineStart + ctx.doc.lines.lineText(d.line).length };
        d.ids.forEach((id, i) => {
          const cols = d.idColumns[i]!;
          const span = { start: lineStart + cols.start, end: lineStart + cols.end };
          if (!known.has(id)) {
            const near = nearest(id, known, 3);
            const hint = didYouMean(near);
            const fixes: Fix[] = near.map((s, k) => ({ title: `Change to ${s}`, edits: [{ ...span, newText: s }], preferred: k === 0, ...(near.length === 1 ? { safe: true } : {}) }));
            ctx.report({ ...span, message: `no rule is called "${id}"${hint ? `; ${hint}` : ' (caselint --list-rules lists them)'}`, fixes });
          } else if (!canDisable(id)) {
            ctx.report({ ...span, message: `${id} cannot be silenced by a comment; this id has no effect` });
          } else if (reportUnused && !d.used.has(id)) {
            ctx.report({ ...span, message: `the directive silences ${id}, but ${d.kind === 'disable' ? 'the file has' : 'its line has'} no ${id} finding; remove it` });
          }
        });
        if (d.reason === undefined || d.reason === '') {
          const silenced = d.ids.length === 0 ? ['every rule'] : d.ids.filter(isDeidentificationRule);
          if (silenced.length > 0) {
            ctx.report({
              ...whole,
              message: `silencing ${silenced.join(', ')} removes de-identification checks; say why after " -- " (e.g. "-- invented dates")`,
            });
          }
        }
        if (reportUnused && d.ids.length === 0 && !d.used.has('*')) {
          ctx.report({ ...whole, message: 'the directive silences every rule, but nothing here is found to silence; remove it' });
        }
      }
    },
  };
}
