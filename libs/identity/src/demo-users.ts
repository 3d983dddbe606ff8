export type Role = 'submitter' | 'reviewer' | 'admin';

export interface DemoUser {
  username: string;
  displayName: string;
  role: Role;
  unitIds: string[];
}

/** The units of the three seed disclosures: `<finance division>-<agency code>`. */
export const SEED_UNITS = {
  handan: { id: '130400-312', name: '邯郸市公安局' },
  jiyuan: { id: '419001-020', name: '济源市公安局' },
  julu: { id: '130529-312', name: '巨鹿县公安局' },
} as const;

/** Who can sign in to a demo installation; all share one password (see demoPassword). */
export const DEMO_USERS: readonly DemoUser[] = [
  {
    username: 'handan',
    displayName: '邯郸市公安局 预算填报员',
    role: 'submitter',
    unitIds: [SEED_UNITS.handan.id],
  },
  {
    username: 'jiyuan',
    displayName: '济源市公安局 预算填报员',
    role: 'submitter',
    unitIds: [SEED_UNITS.jiyuan.id],
  },
  {
    username: 'julu',
    displayName: '巨鹿县公安局 预算填报员',
    role: 'submitter',
    unitIds: [SEED_UNITS.julu.id],
  },
  {
    username: 'reviewer',
    displayName: '财政局 预算审核员',
    role: 'reviewer',
    unitIds: Object.values(SEED_UNITS).map((unit) => unit.id),
  },
  { username: 'admin', displayName: '系统管理员', role: 'admin', unitIds: [] },
];

export function demoPassword(env: NodeJS.ProcessEnv = process.env): string {
  return env.BUDGETFLOW_DEMO_PASSWORD || 'demo';
}
