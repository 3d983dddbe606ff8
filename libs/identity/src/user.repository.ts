import type { DataSource } from 'typeorm';
import type { Role } from './demo-users';

/** A user as stored, without the password hash. */
export interface User {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  unitIds: string[];
}

/** What a login needs: the user and the hash to check the password against. */
export interface UserCredentials extends User {
  passwordHash: string;
}

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  password_hash: string;
  unit_ids: string[];
}

const SELECT_USER_WITH_UNITS = `
  SELECT u.id, u.username, u.display_name, u.role, u.password_hash,
         coalesce(array_agg(uu.unit_id ORDER BY uu.unit_id) FILTER (WHERE uu.unit_id IS NOT NULL), '{}') AS unit_ids
    FROM users u LEFT JOIN user_units uu ON uu.user_id = u.id`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The gateway's users (schema `gateway`), read with the units each acts for. */
export class UserRepository {
  constructor(private readonly database: DataSource) {}

  /** Usernames are matched exactly, as they were created: `Reviewer` is not `reviewer`. */
  async findByUsernameWithUnits(username: string): Promise<UserCredentials | null> {
    const [row] = await this.database.query<UserRow[]>(
      `${SELECT_USER_WITH_UNITS} WHERE u.username = $1 GROUP BY u.id`,
      [username],
    );
    return row ? { ...toUser(row), passwordHash: row.password_hash } : null;
  }

  async findById(id: string): Promise<User | null> {
    // Not a uuid cannot be a user; asking PostgreSQL would only fail on the cast.
    if (!UUID.test(id)) return null;
    const [row] = await this.database.query<UserRow[]>(
      `${SELECT_USER_WITH_UNITS} WHERE u.id = $1 GROUP BY u.id`,
      [id],
    );
    return row ? toUser(row) : null;
  }
}

function toUser(row: UserRow): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    unitIds: row.unit_ids,
  };
}
