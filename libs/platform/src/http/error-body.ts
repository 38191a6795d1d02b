import type { Actor, ErrorDetails } from '@kernel';

/** The one error shape clients see: `{ statusCode, code, message, details }`. */
export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details: ErrorDetails | ErrorDetails[];
}

/** A write refused with a 4xx, as the error filter hands it to whoever records refusals. */
export interface RefusedWrite {
  actor?: Actor;
  method: string;
  route: string;
  body: unknown;
  error: ErrorBody;
}

export interface RefusalLog {
  record(refusal: RefusedWrite): Promise<void>;
}
