import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';

/** Where this tab keeps its sign-in: the storage slot's name, not a secret (the token is the API's). */
const SESSION_SLOT = 'thidua.session';

export const tokenStore = {
  get: (): string | null => sessionStorage.getItem(SESSION_SLOT),
  set: (token: string) => sessionStorage.setItem(SESSION_SLOT, token),
  clear: () => sessionStorage.removeItem(SESSION_SLOT),
};

/** A field the API refused: a rule's `message`, or the validator's `problems`. */
interface FieldProblem {
  field?: string;
  message?: string;
  problems?: string[];
}

/** The API's error shape: `{ statusCode, code, message, details }`, details naming the field. */
export interface ApiProblem {
  statusCode: number;
  code: string;
  message: string;
  details?: FieldProblem | FieldProblem[];
}

export class ApiError extends Error {
  constructor(readonly problem: ApiProblem) {
    super(problem.message);
  }
}

/** Called when the API says the session is over (401): the app goes back to the login page. */
let onUnauthenticated: () => void = () => undefined;
export const whenUnauthenticated = (handler: () => void) => (onUnauthenticated = handler);

const auth: Middleware = {
  onRequest({ request }) {
    const token = tokenStore.get();
    if (token) request.headers.set('authorization', `Bearer ${token}`);
    return request;
  },
  async onResponse({ response, request }) {
    if (response.ok) return response;
    const problem = (await response
      .clone()
      .json()
      .catch(() => null)) as ApiProblem | null;
    if (response.status === 401 && !request.url.endsWith('/auth/login')) onUnauthenticated();
    throw new ApiError(
      problem ?? {
        statusCode: response.status,
        code: 'HTTP_ERROR',
        message: 'Lỗi kết nối, vui lòng thử lại',
      },
    );
  },
};

/** The typed client: paths, bodies and answers come from the API's own OpenAPI document. */
export const api = createClient<paths>({ baseUrl: window.location.origin });
api.use(auth);
