import { Module } from '@nestjs/common';

/** The publication service's use cases and transport adapters are registered here. */
@Module({})
export class PublicationModule {}
