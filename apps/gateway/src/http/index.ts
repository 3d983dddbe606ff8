/** Request plumbing for controllers: validated bodies and coded errors. */
export { ApiTypeBoxBody, TypeBoxBody, TypeBoxBodyPipe, type BodyProblem } from './typebox-body.pipe';
export { apiError, type ApiErrorResponse } from './api-error';
export { NoBody, NoBodyPipe } from './no-body.pipe';
