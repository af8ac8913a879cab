// The API key the page sends once the server wants one (writes once any key exists; reads when
// the server says so). Typed on the saved-searches view and kept in sessionStorage: this tab
// only, gone when it closes, never in localStorage or the address.
const STORE = "newsintel.apiKey";

// A key is printable ASCII (ni_<id>_<secret>); anything else cannot go in a header.
export const validKey = (key) => /^[\x21-\x7e]{1,200}$/.test(key);

export function apiKey() {
  try { return sessionStorage.getItem(STORE) || ""; } catch { return ""; }
}

export function setApiKey(key) {
  try {
    if (key) sessionStorage.setItem(STORE, key); else sessionStorage.removeItem(STORE);
  } catch { /* storage refused (private mode): the key is not kept */ }
}

// The request's headers with the key added (the API takes X-API-Key or Authorization: Bearer).
export function withKey(headers = {}) {
  const key = apiKey();
  return key ? { ...headers, "X-API-Key": key } : headers;
}
