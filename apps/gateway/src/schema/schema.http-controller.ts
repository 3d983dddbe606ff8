import { Controller, Get, Header } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { budgetDocumentJsonSchema } from '@budgetflow/budget-domain';
import { Public } from '../auth/public.decorator';

const schema = budgetDocumentJsonSchema();

@ApiTags('schema')
@Public()
@Controller('api/schema')
export class SchemaHttpController {
  @Get('budget-document.json')
  @Header('cache-control', 'public, max-age=3600')
  @ApiOperation({ summary: 'The JSON Schema of the budget document (with its schemaVersion)' })
  budgetDocument(): Record<string, unknown> {
    return schema;
  }
}
