import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SystemHealthReport } from '@budgetflow/contracts';
import { Public } from '../auth/public.decorator';
import '../auth/principal-request';
import { healthForCaller } from './health-for-caller';
import { SystemHealth } from './system-health';

@ApiTags('health')
@Public()
@Controller('api/health')
export class HealthHttpController {
  constructor(private readonly systemHealth: SystemHealth) {}

  @Get()
  @ApiOperation({
    summary: 'Health of every service and of PostgreSQL, NATS, JetStream and Redis (503 if any is down)',
    description: 'Up or down for each part; with an admin’s access token, the details as well.',
  })
  async health(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SystemHealthReport> {
    const report = await this.systemHealth.report();
    reply.status(report.status === 'up' ? 200 : 503);
    return healthForCaller(report, request.principal);
  }
}
