import type { DataSource } from 'typeorm';
import type { Scope } from '@budgetflow/contracts';

export interface Unit {
  id: string;
  name: string;
}

/** The budget-holding units (schema `gateway`). */
export class UnitRepository {
  constructor(private readonly database: DataSource) {}

  /** The units a scope covers, by id; a unit id in the scope that is not known is left out. */
  async listInScope(scope: Scope): Promise<Unit[]> {
    if ('all' in scope) {
      return this.database.query<Unit[]>('SELECT id, name FROM units ORDER BY id');
    }
    if (scope.unitIds.length === 0) return [];
    return this.database.query<Unit[]>('SELECT id, name FROM units WHERE id = ANY($1::text[]) ORDER BY id', [
      scope.unitIds,
    ]);
  }
}
