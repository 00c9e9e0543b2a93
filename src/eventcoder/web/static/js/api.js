// The HTTP API client (contract: team CONTRACTS.md, "HTTP API"). Errors arrive as
// {"error": {"status", "message"}} and are raised as ApiError with that message.

const TOKEN_KEY = "eventcoder.token";
const USER_KEY = "eventcoder.user";

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export function getToken() {
  return localStorage.getItem(TOKEN_KEY) || "";
}

export function getUser() {
  return localStorage.getItem(USER_KEY) || "";
}

export function setLogin(token, user) {
  localStorage.setItem(TOKEN_KEY, token);
  localStorage.setItem(USER_KEY, user || "analyst");
  window.dispatchEvent(new CustomEvent("auth-changed"));
}

export function clearLogin() {
  localStorage.removeItem(TOKEN_KEY);
  localStorage.removeItem(USER_KEY);
  window.dispatchEvent(new CustomEvent("auth-changed"));
}

export function isLoggedIn() {
  return Boolean(getToken());
}

export function apiUrl(path, query) {
  const url = new URL(`/api${path}`, window.location.origin);
  if (query) {
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && value !== "") url.searchParams.set(key, value);
    }
  }
  return url.toString();
}

async function errorFrom(response) {
  let message = `${response.status} ${response.statusText}`;
  try {
    const data = await response.json();
    if (data && data.error && data.error.message) message = data.error.message;
    else if (data && data.detail) message = typeof data.detail === "string" ? data.detail : JSON.stringify(data.detail);
  } catch {
    // not JSON: keep the status line
  }
  return new ApiError(response.status, message);
}

/** Call the API; returns parsed JSON. Options: method, query, json, body, headers, token. */
export async function api(path, { method = "GET", query, json, body, headers = {}, token } = {}) {
  const finalHeaders = { Accept: "application/json", ...headers };
  const auth = token ?? getToken();
  if (auth) finalHeaders.Authorization = `Bearer ${auth}`;
  let payload = body;
  if (json !== undefined) {
    finalHeaders["Content-Type"] = "application/json";
    payload = JSON.stringify(json);
  }
  let response;
  try {
    response = await fetch(apiUrl(path, query), { method, headers: finalHeaders, body: payload });
  } catch (err) {
    throw new ApiError(0, `cannot reach the server (${err.message})`);
  }
  if (!response.ok) throw await errorFrom(response);
  if (response.status === 204) return null;
  const type = response.headers.get("content-type") || "";
  return type.includes("json") ? response.json() : response.text();
}

/**
 * Download a file from the API with the Authorization header (a plain link cannot send it, so
 * servers that require a token for reading would answer 401). Saves it as filename.
 */
export async function download(path, query, filename) {
  const headers = {};
  const auth = getToken();
  if (auth) headers.Authorization = `Bearer ${auth}`;
  const response = await fetch(apiUrl(path, query), { headers });
  if (!response.ok) throw await errorFrom(response);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Check a token: resolves to the user name the server knows it by, or throws ApiError. */
export async function checkToken(token) {
  const data = await api("/auth/check", { token });
  if (data && typeof data === "object") {
    return data.user || data.name || data.token_name || "analyst";
  }
  return "analyst";
}

/**
 * Send one file (or a text blob) to POST /api/articles with upload progress.
 * onProgress(fraction) runs while uploading; resolves with the parsed response.
 */
export function uploadArticles(file, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", apiUrl("/articles"));
    xhr.setRequestHeader("Accept", "application/json");
    const token = getToken();
    if (token) xhr.setRequestHeader("Authorization", `Bearer ${token}`);
    let body;
    if (/\.jsonl$/i.test(file.name)) {
      xhr.setRequestHeader("Content-Type", "application/x-ndjson");
      body = file;
    } else {
      body = new FormData();
      body.append("files", file, file.name);
    }
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && onProgress) onProgress(e.loaded / e.total);
    };
    xhr.upload.onload = () => onProgress && onProgress(1);
    xhr.onerror = () => reject(new ApiError(0, "network error while uploading"));
    xhr.onload = () => {
      let data = null;
      try {
        data = JSON.parse(xhr.responseText);
      } catch {
        data = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(data);
      else {
        const message = (data && data.error && data.error.message) || `${xhr.status} ${xhr.statusText}`;
        reject(new ApiError(xhr.status, message));
      }
    };
    xhr.send(body);
  });
}
