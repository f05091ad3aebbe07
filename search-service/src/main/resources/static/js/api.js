// Calls to the service's own JSON APIs (same origin: the pages make no request elsewhere).

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

/** '/api/search' + {q: 'x', type: ['Task'], page: 2} → '/api/search?q=x&type=Task&page=2' (empty values dropped). */
export function apiUrl(path, params = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    for (const v of Array.isArray(value) ? value : [value]) {
      if (v !== undefined && v !== null && v !== '') query.append(name, v);
    }
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export async function getJson(path, params = {}, init = {}) {
  const response = await fetch(apiUrl(path, params), {
    ...init,
    headers: { Accept: 'application/json', ...(init.headers ?? {}) },
  });
  if (!response.ok) throw new ApiError(response.status, await problemOf(response));
  return response.json();
}

export async function problemOf(response) {
  try {
    return await response.json();
  } catch {
    return { title: `HTTP ${response.status}` };
  }
}

/** The page's own query parameter, e.g. param('id'). */
export function param(name) {
  return new URLSearchParams(location.search).get(name);
}
