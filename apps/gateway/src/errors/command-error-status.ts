import { HttpStatus } from '@nestjs/common';

/**
 * The HTTP status of each domain error code a backend service may answer with. Codes not listed
 * are unexpected at the edge and become 500 (and are logged).
 */
const STATUS_BY_CODE: Record<string, HttpStatus> = {
  'REQUEST.INVALID': HttpStatus.BAD_REQUEST,
  'BUDGET.INVALID_DOCUMENT': HttpStatus.BAD_REQUEST,
  'BUDGET.INVALID_WORKBOOK': HttpStatus.BAD_REQUEST,
  'BUDGET.DOCUMENT_MISMATCH': HttpStatus.BAD_REQUEST,
  'AUTH.FORBIDDEN': HttpStatus.FORBIDDEN,
  'BUDGET.NOT_FOUND': HttpStatus.NOT_FOUND,
  'BUDGET.VERSION_NOT_FOUND': HttpStatus.NOT_FOUND,
  'BUDGET.ALREADY_EXISTS': HttpStatus.CONFLICT,
  'BUDGET.NOT_EDITABLE': HttpStatus.CONFLICT,
  'BUDGET.REVISION_CONFLICT': HttpStatus.CONFLICT,
  'BUDGET.TRANSITION_NOT_ALLOWED': HttpStatus.CONFLICT,
  'SERVICE.UNAVAILABLE': HttpStatus.SERVICE_UNAVAILABLE,
};

export const statusOfCommandError = (code: string): HttpStatus | undefined => STATUS_BY_CODE[code];
