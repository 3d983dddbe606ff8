import type { RuleContext } from '../../framework/rule-context';

/** Text under a classified project is replaced by 涉密 on publication, so it is never published. */
export const isUnderClassifiedProject = (context: RuleContext, path: string): boolean =>
  context
    .projects()
    .some(
      ({ project, pointer }) => project.classified && (path === pointer || path.startsWith(`${pointer}/`)),
    );
