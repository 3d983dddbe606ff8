import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { SystemHealthReport } from '@budgetflow/contracts';
import { Public } from '../auth/public.decorator';
import { SystemHealth } from './system-health';

@ApiTags('health')
@Public()
@Controller('api/health')
export class HealthHttpController {
  constructor(private readonly systemHealth: SystemHealth) {}

  @Get()
  @ApiOperation({
    summary: 'Health of every service and of PostgreSQL, NATS, JetStream and Redis (503 if any is down)',
  })
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<SystemHealthReport> {
    const report = await this.systemHealth.report();
    reply.status(report.status === 'up' ? 200 : 503);
    return report;
  }
}
