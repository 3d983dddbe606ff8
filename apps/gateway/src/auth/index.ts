/** What controllers need from authentication: the decorators and the scope/context helpers. */
export { Public, isPublicPath } from './public.decorator';
export { Roles } from './roles.decorator';
export { CurrentCommandContext, CurrentPrincipal } from './current-principal.decorator';
export { commandContext, scopeOf, type Principal } from '@budgetflow/identity';
