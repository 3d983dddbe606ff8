import 'reflect-metadata';
import { runMain } from '@budgetflow/runtime';
import { startBackendService } from '@budgetflow/service-kit';
import { ValidationModule } from './validation.module';

runMain('validation', () => startBackendService({ service: 'validation', module: () => ValidationModule }));
