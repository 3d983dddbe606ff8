import { CommandContextSchema } from '@budgetflow/contracts';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { commandContext, scopeOf, type Principal } from './principal';

const submitter: Principal = {
  userId: 'u-1',
  username: 'handan',
  displayName: '邯郸市公安局 预算填报员',
  role: 'submitter',
  unitIds: ['130400-312'],
};
const admin: Principal = {
  userId: 'u-9',
  username: 'admin',
  displayName: '系统管理员',
  role: 'admin',
  unitIds: [],
};

describe('scope and command context of a principal', () => {
  it('gives an admin every unit, whatever units the token lists', () => {
    expect(scopeOf(admin)).toEqual({ all: true });
    expect(scopeOf({ ...admin, unitIds: ['130400-312'] })).toEqual({ all: true });
  });

  it('limits a submitter or reviewer to its own units', () => {
    expect(scopeOf(submitter)).toEqual({ unitIds: ['130400-312'] });
    expect(scopeOf({ ...submitter, role: 'reviewer', unitIds: [] })).toEqual({ unitIds: [] });
  });

  it('does not share the unit list with the principal (a caller cannot widen it afterwards)', () => {
    const scope = scopeOf(submitter);
    if ('unitIds' in scope) scope.unitIds.push('419001-020');
    expect(submitter.unitIds).toEqual(['130400-312']);
  });

  it('builds a command context that the command contract accepts', () => {
    const context = commandContext(submitter, 'req-42');
    expect(context).toEqual({
      correlationId: 'req-42',
      actor: { id: 'u-1', name: '邯郸市公安局 预算填报员', role: 'submitter' },
      scope: { unitIds: ['130400-312'] },
    });
    expect(TypeCompiler.Compile(CommandContextSchema).Check(context)).toBe(true);
    expect(commandContext(admin, 'req-43').scope).toEqual({ all: true });
  });
});
