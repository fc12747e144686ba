/**
 * The SESv2 exceptions, with the HTTP status SES sends each of them with
 * (taken from the error shapes in @aws-sdk/client-sesv2's model).
 */
export const SES_ERROR_STATUS = {
  AccountSuspendedException: 400,
  AlreadyExistsException: 400,
  BadRequestException: 400,
  ConcurrentModificationException: 500,
  ConflictException: 409,
  InternalServiceErrorException: 500,
  InvalidNextTokenException: 400,
  LimitExceededException: 400,
  MailFromDomainNotVerifiedException: 400,
  MessageRejected: 400,
  NotFoundException: 404,
  SendingPausedException: 400,
  TooManyRequestsException: 429,
} as const;

export type SesErrorType = keyof typeof SES_ERROR_STATUS;

export function isSesErrorType(value: unknown): value is SesErrorType {
  return typeof value === 'string' && Object.hasOwn(SES_ERROR_STATUS, value);
}

export class SesError extends Error {
  readonly type: SesErrorType;

  constructor(type: SesErrorType, message: string) {
    super(message);
    this.name = type;
    this.type = type;
  }

  get status(): number {
    return SES_ERROR_STATUS[this.type];
  }
}

export const badRequest = (message: string) => new SesError('BadRequestException', message);
export const notFound = (message: string) => new SesError('NotFoundException', message);
export const alreadyExists = (message: string) => new SesError('AlreadyExistsException', message);
export const limitExceeded = (message: string) => new SesError('LimitExceededException', message);
export const tooManyRequests = (message = 'Maximum sending rate exceeded.') =>
  new SesError('TooManyRequestsException', message);
