import { AppError } from '../../core/app-error';

/** Driver errors that mean "the database did not answer", as opposed to "it answered and refused". */
const UNREACHABLE_NAMES = new Set([
  'MongoServerSelectionError', 'MongoNetworkError', 'MongoNetworkTimeoutError', 'MongoTopologyClosedError',
  'MongoNotConnectedError', 'MongoPoolClearedError', 'MongoPoolClosedError', 'MongoWaitQueueTimeoutError',
]);
/** File-system errors of the embedded store that a retry later can fix (disk full, read-only, I/O). */
const TRANSIENT_FS_CODES = new Set(['ENOSPC', 'EROFS', 'EIO', 'EAGAIN', 'EBUSY', 'EMFILE', 'ENFILE']);

/** The error of an operation refused at once because the store is known to be unreachable. */
export function storeUnavailable(detail = 'the database is unreachable'): AppError {
  return new AppError('UNAVAILABLE', detail, { storeUnavailable: true });
}

/** True when `e` means the store could not be reached (so the write may be kept for later, or an answer given without it). */
export function isStoreUnavailable(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const err = e as { name?: string; code?: unknown; details?: unknown; cause?: unknown };
  if (AppError.isInstance(e)) return (err.details as { storeUnavailable?: boolean } | undefined)?.storeUnavailable === true;
  if (err.name && UNREACHABLE_NAMES.has(err.name)) return true;
  if (typeof err.code === 'string' && TRANSIENT_FS_CODES.has(err.code)) return true;
  return err.cause !== undefined && err.cause !== e && isStoreUnavailable(err.cause);
}
