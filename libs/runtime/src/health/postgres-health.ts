import type { DataSource } from 'typeorm';
import type { DependencyHealth } from '@budgetflow/contracts';
import { timed } from './timed';

export function checkPostgres(dataSource: DataSource): Promise<DependencyHealth> {
  return timed(async () => {
    const [row] = await dataSource.query<{ server_version: string }[]>('SHOW server_version');
    return `PostgreSQL ${row?.server_version ?? 'unknown'}`;
  });
}
