import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { scopeOf, UnitRepository, type Principal, type Unit } from '@budgetflow/identity';
import { CurrentPrincipal } from './current-principal.decorator';

@ApiTags('units')
@ApiBearerAuth()
@Controller('api/units')
export class UnitsHttpController {
  constructor(private readonly units: UnitRepository) {}

  @Get()
  @ApiOperation({ summary: 'The units the caller may see (an admin: all)' })
  list(@CurrentPrincipal() principal: Principal): Promise<Unit[]> {
    return this.units.listInScope(scopeOf(principal));
  }
}
