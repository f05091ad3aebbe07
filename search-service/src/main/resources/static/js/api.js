// Calls to the service's own JSON APIs (same origin: the pages make no request elsewhere). Every request says the
// page's language (Accept-Language), so a problem detail (RFC 9457) comes back in it; the page shows its `detail`.
import { currentLang, t } from './i18n.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problemMessage(status, problem));
    this.status = status;
    this.problem = problem;
  }
}

/**
 * What to tell the user about a failed call: the problem detail's own words (in the page's language, the service
 * localises them), else a message by HTTP status with what to do next.
 */
export function problemMessage(status, problem) {
  const detail = problem?.detail || problem?.title;
  if (detail && !/^HTTP \d+$/.test(detail)) return detail;
  const key = `error.status.${status}`;
  return t(key) !== key ? t(key) : t(status >= 500 ? 'error.status.5xx' : 'error.status.4xx');
}

/** The headers every call sends: JSON, and the page's language first. */
export function languageHeaders(accept = 'application/json') {
  const lang = currentLang();
  return { Accept: accept, 'Accept-Language': lang === 'vi' ? 'vi, en;q=0.5' : 'en, vi;q=0.5' };
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
  let response;
  try {
    response = await fetch(apiUrl(path, params), {
      ...init,
      headers: { ...languageHeaders(), ...(init.headers ?? {}) },
    });
  } catch (networkError) {
    throw new ApiError(0, { detail: t('error.network') });
  }
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
