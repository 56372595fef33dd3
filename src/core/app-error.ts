/** Codes of the expected failures the service reports; caught in http/ and bot/ only. */
export const errorCatalogue = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED: 415,
  UNAVAILABLE: 503,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof errorCatalogue;

/** The one error type of the service: a code from the catalogue and an operator-facing message. */
export class AppError extends Error {
  readonly status: number;
  constructor(readonly code: ErrorCode, message: string, readonly details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.status = errorCatalogue[code];
  }

  /** True when `e` is an AppError, also across module copies. */
  static isInstance(e: unknown): e is AppError {
    return e instanceof AppError || (typeof e === 'object' && e !== null && (e as { name?: string }).name === 'AppError');
  }
}
