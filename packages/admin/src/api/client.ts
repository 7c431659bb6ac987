/**
 * The app's only way to the server: its HTTP API, with the signed-in token. A refusal becomes an
 * `ApiError` carrying what the server said (code, field, rule, row, why a token was refused); a
 * network failure is an `ApiError` with status 0, so every screen can say what happened and offer
 * to try again.
 */

export type RefusalReason = 'missing' | 'invalid' | 'expired' | 'revoked';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    /** The HTTP status, or 0 when the server could not be reached. */
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: { field?: string; rule?: string; row?: number; reason?: RefusalReason } = {},
    /** The whole answer, for refusals that carry more (the import preview). */
    readonly body?: unknown,
  ) {
    super(message);
  }
}

export interface RequestOptions {
  json?: unknown;
  csv?: string;
  /** Answer as text (CSV downloads) instead of JSON. */
  text?: boolean;
}

export class ApiClient {
  constructor(
    /** The bearer token, or null for capability links (the leader's page). */
    readonly token: string | null,
    /** Called when a signed-in call is refused with 401: the session has ended. */
    private readonly onUnauthorized: (error: ApiError) => void = () => {},
    private readonly fetcher: typeof fetch = (...args) => fetch(...args),
  ) {}

  async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    const headers: Record<string, string> = { accept: options.text ? 'text/csv' : 'application/json' };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    let body: string | undefined;
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.json);
    } else if (options.csv !== undefined) {
      headers['content-type'] = 'text/csv';
      body = options.csv;
    }
    let response: Response;
    try {
      response = await this.fetcher(path, { method, headers, body, credentials: 'same-origin', cache: 'no-store' });
    } catch (error) {
      throw new ApiError(0, 'network', error instanceof Error ? error.message : String(error));
    }
    const text = await response.text();
    if (!response.ok) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
      const e = (parsed as { error?: Record<string, unknown> } | undefined)?.error ?? {};
      const error = new ApiError(
        response.status,
        typeof e.code === 'string' ? e.code : 'http',
        typeof e.message === 'string' ? e.message : `${response.status} ${response.statusText}`,
        {
          ...(typeof e.field === 'string' ? { field: e.field } : {}),
          ...(typeof e.rule === 'string' ? { rule: e.rule } : {}),
          ...(typeof e.row === 'number' ? { row: e.row } : {}),
          ...(typeof e.reason === 'string' ? { reason: e.reason as RefusalReason } : {}),
        },
        parsed,
      );
      if (response.status === 401 && this.token) this.onUnauthorized(error);
      throw error;
    }
    if (options.text) return text as T;
    return (text ? JSON.parse(text) : undefined) as T;
  }

  get<T>(path: string, options?: RequestOptions) {
    return this.request<T>('GET', path, options);
  }
  post<T>(path: string, options?: RequestOptions) {
    return this.request<T>('POST', path, options);
  }
  put<T>(path: string, options?: RequestOptions) {
    return this.request<T>('PUT', path, options);
  }
  patch<T>(path: string, options?: RequestOptions) {
    return this.request<T>('PATCH', path, options);
  }
  delete<T>(path: string, options?: RequestOptions) {
    return this.request<T>('DELETE', path, options);
  }
}

/** `/v1/tenants/<id>` and below, with every id encoded. */
export const tenantPath = (tenant: string, ...rest: string[]) =>
  ['/v1/tenants', tenant, ...rest].map((part, i) => (i === 0 ? part : encodeURIComponent(part))).join('/');
