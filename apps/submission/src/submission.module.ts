import { Module } from '@nestjs/common';

/** The submission service's use cases and transport adapters are registered here. */
@Module({})
export class SubmissionModule {}
