import type { HealthStatus, SystemHealthReport } from '@budgetflow/contracts';
import type { Principal } from '@budgetflow/identity';

const statusOnly = <K extends string>(parts: Record<K, { status: HealthStatus }>) =>
  Object.fromEntries(
    (Object.entries(parts) as [K, { status: HealthStatus }][]).map(([name, part]) => [
      name,
      { status: part.status },
    ]),
  ) as Record<K, { status: HealthStatus }>;

/**
 * What a caller is told of the system's health. Anyone (a load balancer, a monitor) learns whether
 * each service and each piece of infrastructure is up; only a signed-in admin gets the details
 * (versions, instances, stream names, reasons for a failure), which would help an attacker.
 */
export function healthForCaller(report: SystemHealthReport, caller?: Principal): SystemHealthReport {
  if (caller?.role === 'admin') return report;
  return {
    status: report.status,
    checkedAt: report.checkedAt,
    services: statusOnly(report.services),
    infrastructure: statusOnly(report.infrastructure),
  };
}
