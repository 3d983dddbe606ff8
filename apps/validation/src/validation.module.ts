import { Module } from '@nestjs/common';

/** Validation keeps nothing durable: it reads frozen versions from events and answers checks. */
@Module({})
export class ValidationModule {}
