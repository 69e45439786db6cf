import type { Rule } from '../rule';

export const rule: Rule = {
  meta: {
    id: 'procedure-course-short',
    description: 'an ECT, rTMS or iTBS course has at least the sessions of a usual adequate course (ECT 6, rTMS and iTBS 20)',
    defaultSeverity: 'info',
    category: 'adequacy',
  },
  check(ctx) {
    for (const { path, value } of ctx.doc.items(['treatment_history'])) {
      if (!value || typeof value !== 'object') continue;
      const entry = value as Record<string, unknown>;
      if (typeof entry.procedure !== 'string') continue;
      const proc = ctx.kb.procedure(entry.procedure);
      const min = proc?.minimumCourseSessions;
      if (!proc || !min) continue;
      const raw = entry.sessions;
      const sessions = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d+$/.test(raw.trim()) ? Number(raw) : undefined;
      if (sessions === undefined || sessions >= min.value) continue;
      ctx.report({
        ...ctx.doc.span([...path, 'sessions'], 'value'),
        message: `${proc.id} course of ${sessions} session${sessions === 1 ? '' : 's'} is shorter than an adequate course (at least ${min.value} sessions; typical course: ${proc.typicalCourse.value})`,
        data: { sessions, minimum: min.value },
      });
    }
  },
};
