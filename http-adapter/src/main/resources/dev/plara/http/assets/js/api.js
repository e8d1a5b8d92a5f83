// Calls Plara's JSON API from the pages: same-origin cookies, the CSRF token echoed on every change,
// and application/problem+json answers turned into ApiError with the server's own words.

/** A refused or failed call: the HTTP status and the problem the server sent (type slug, detail, extensions). */
export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && problem.detail) || `The server answered ${status}.`);
    this.status = status;
    this.problem = problem || {};
    this.slug = String(this.problem.type || '').split('/').pop();
  }
}

function csrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)plara_csrf=([^;]*)/);
  return match ? decodeURIComponent(match[1]) : '';
}

function headersFor(method, extra) {
  const headers = { Accept: 'application/json', ...extra };
  if (method !== 'GET') {
    headers['X-CSRF-Token'] = csrfToken();
  }
  return headers;
}

async function bodyOf(response) {
  const text = await response.text();
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

/** GETs or sends JSON; resolves to the parsed answer, rejects with ApiError. */
export async function api(path, { method = 'GET', json } = {}) {
  const extra = json === undefined ? {} : { 'Content-Type': 'application/json' };
  let response;
  try {
    response = await fetch(path, {
      method, headers: headersFor(method, extra), credentials: 'same-origin',
      body: json === undefined ? undefined : JSON.stringify(json),
    });
  } catch {
    throw new ApiError(0, { detail: 'The server could not be reached. Check your connection and try again.' });
  }
  const body = await bodyOf(response);
  if (!response.ok) {
    throw new ApiError(response.status, body);
  }
  return body;
}

/** POSTs a multipart form, reporting upload progress (0-100) as it goes. */
export function upload(path, form, onProgress) {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', path);
    Object.entries(headersFor('POST', {})).forEach(([name, value]) => request.setRequestHeader(name, value));
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) {
        onProgress(Math.round((event.loaded / event.total) * 100));
      }
    });
    request.addEventListener('load', () => {
      let body = null;
      try {
        body = request.responseText ? JSON.parse(request.responseText) : null;
      } catch {
        body = null;
      }
      if (request.status >= 200 && request.status < 300) {
        resolve(body);
      } else {
        reject(new ApiError(request.status, body));
      }
    });
    request.addEventListener('error', () => reject(new ApiError(0, { detail: 'The upload was interrupted. Try again.' })));
    request.send(form);
  });
}
