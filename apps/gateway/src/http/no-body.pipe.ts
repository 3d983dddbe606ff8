import { Body, HttpStatus, type PipeTransform } from '@nestjs/common';
import { apiError } from './api-error';

/**
 * For actions that take no input (submit, check): no body or `{}` is fine; any field is refused,
 * so nothing (a state, a version, a unit) can be smuggled in and silently ignored.
 */
export class NoBodyPipe implements PipeTransform<unknown, undefined> {
  transform(value: unknown): undefined {
    if (value === undefined || value === null || (isPlainObject(value) && Object.keys(value).length === 0))
      return undefined;
    const field = isPlainObject(value) ? Object.keys(value)[0] : undefined;
    throw apiError(
      HttpStatus.BAD_REQUEST,
      'REQUEST.INVALID_BODY',
      field ? `this action takes no input; unexpected field ${field}` : 'this action takes no input',
      [{ path: field ? `/${field}` : '/', message: 'not allowed' }],
    );
  }
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const NoBody = (): ParameterDecorator => Body(new NoBodyPipe());
