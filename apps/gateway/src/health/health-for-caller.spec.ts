import type { SystemHealthReport } from '@budgetflow/contracts';
import type { Principal } from '@budgetflow/identity';
import { healthForCaller } from './health-for-caller';

const report: SystemHealthReport = {
  status: 'down',
  checkedAt: '2026-11-22T06:00:00.000Z',
  services: {
    gateway: {
      status: 'up',
      report: {
        service: 'gateway',
        status: 'up',
        instance: 'host-a:4242',
        version: '0.1.0',
        uptimeSeconds: 12,
        dependencies: { postgres: { status: 'up', detail: 'PostgreSQL 15.20', latencyMs: 1 } },
      },
    },
    submission: { status: 'up' },
    validation: {
      status: 'down',
      detail: 'the validation service is not available (no instance is running)',
    },
    workflow: { status: 'up' },
    publication: { status: 'up' },
  },
  infrastructure: {
    postgres: { status: 'up', detail: 'PostgreSQL 15.20', latencyMs: 1 },
    nats: { status: 'up', latencyMs: 0 },
    jetstream: { status: 'up', detail: 'stream BUDGET: 201 messages' },
    redis: { status: 'up', detail: 'Redis 7.0.15' },
  },
};

const as = (role: Principal['role']): Principal => ({
  userId: 'u1',
  username: role,
  displayName: role,
  role,
  unitIds: [],
});

describe('the health report a caller gets', () => {
  it('is up or down per part, and nothing more, for anyone but an admin', () => {
    for (const caller of [undefined, as('submitter'), as('reviewer')]) {
      const told = healthForCaller(report, caller);
      expect(told).toEqual({
        status: 'down',
        checkedAt: report.checkedAt,
        services: {
          gateway: { status: 'up' },
          submission: { status: 'up' },
          validation: { status: 'down' },
          workflow: { status: 'up' },
          publication: { status: 'up' },
        },
        infrastructure: {
          postgres: { status: 'up' },
          nats: { status: 'up' },
          jetstream: { status: 'up' },
          redis: { status: 'up' },
        },
      });
      expect(JSON.stringify(told)).not.toMatch(/host-a|15\.20|BUDGET|not available/);
    }
  });

  it('is the whole report for an admin', () => {
    expect(healthForCaller(report, as('admin'))).toBe(report);
  });
});
