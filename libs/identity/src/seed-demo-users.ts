import type { DataSource } from 'typeorm';
import { DEMO_USERS, SEED_UNITS, demoPassword } from './demo-users';
import { hashPassword, verifyPassword } from './password-hash';

export interface SeedDemoUsersResult {
  created: number;
  updated: number;
  units: { created: number; updated: number };
}

/**
 * Creates the units of the seed disclosures and the demo users in the gateway's schema.
 * Idempotent: an existing unit keeps its id and gets the seed's name back; an existing user keeps
 * its id, its role, units and name are brought back to the demo's, and its hash is replaced only
 * when the demo password has changed, so a second run changes nothing.
 */
export async function seedDemoUsers(gatewayDatabase: DataSource): Promise<SeedDemoUsersResult> {
  // Units first: user_units refers to them.
  const units = await seedUnits(gatewayDatabase);
  const password = demoPassword();
  let created = 0;
  let updated = 0;
  for (const user of DEMO_USERS) {
    await gatewayDatabase.transaction(async (tx) => {
      const [existing] = await tx.query<{ id: string; password_hash: string }[]>(
        'SELECT id, password_hash FROM users WHERE username = $1 FOR UPDATE',
        [user.username],
      );
      let id: string;
      if (!existing) {
        const [row] = await tx.query<{ id: string }[]>(
          'INSERT INTO users (username, display_name, role, password_hash) VALUES ($1, $2, $3, $4) RETURNING id',
          [user.username, user.displayName, user.role, await hashPassword(password)],
        );
        id = row.id;
        created++;
      } else {
        id = existing.id;
        const hash = (await verifyPassword(password, existing.password_hash))
          ? existing.password_hash
          : await hashPassword(password);
        const result = await tx.query<[unknown, number]>(
          `UPDATE users SET display_name = $2, role = $3, password_hash = $4
             WHERE id = $1 AND (display_name, role, password_hash) IS DISTINCT FROM ($2, $3, $4)`,
          [id, user.displayName, user.role, hash],
        );
        if (result[1] > 0) updated++;
      }
      await tx.query('DELETE FROM user_units WHERE user_id = $1 AND NOT (unit_id = ANY($2))', [
        id,
        user.unitIds,
      ]);
      await tx.query(
        'INSERT INTO user_units (user_id, unit_id) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING',
        [id, user.unitIds],
      );
    });
  }
  return { created, updated, units };
}

async function seedUnits(gatewayDatabase: DataSource): Promise<{ created: number; updated: number }> {
  const units = Object.values(SEED_UNITS);
  // xmax = 0 tells a freshly inserted row from one the ON CONFLICT branch updated.
  const rows = await gatewayDatabase.query<{ inserted: boolean }[]>(
    `INSERT INTO units (id, name) SELECT * FROM unnest($1::text[], $2::text[])
       ON CONFLICT (id) DO UPDATE SET name = excluded.name WHERE units.name IS DISTINCT FROM excluded.name
       RETURNING (xmax = 0) AS inserted`,
    [units.map((unit) => unit.id), units.map((unit) => unit.name)],
  );
  const created = rows.filter((row) => row.inserted).length;
  return { created, updated: rows.length - created };
}
