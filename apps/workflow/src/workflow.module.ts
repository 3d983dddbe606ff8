import { Module } from '@nestjs/common';

/** The workflow service's use cases and transport adapters are registered here. */
@Module({})
export class WorkflowModule {}
