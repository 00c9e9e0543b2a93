// Log in with an API token (kept in localStorage, checked with GET /api/auth/check).
import { ApiError, checkToken, clearLogin, getToken, getUser, isLoggedIn, setLogin } from "./api.js";
import { clear, h, toast } from "./util.js";

export function renderAuth(container) {
  clear(container);
  if (isLoggedIn()) {
    container.append(
      h("span", { class: "user", id: "auth-user" }, `Signed in as ${getUser()}`),
      h("button", { type: "button", id: "logout", onclick: () => { clearLogin(); toast("Logged out."); } }, "Log out"),
    );
    return;
  }
  const input = h("input", { type: "password", name: "token", id: "token-input", placeholder: "API token", autocomplete: "off", size: 18 });
  const form = h("form", { class: "login", id: "login-form" }, input, h("button", { type: "submit" }, "Log in"));
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const token = input.value.trim();
    if (!token) return;
    try {
      const user = await checkToken(token);
      setLogin(token, user);
      toast(`Signed in as ${user}.`, "ok");
    } catch (err) {
      toast(err instanceof ApiError && err.status === 401 ? "That token was rejected." : `Login failed: ${err.message}`, "error");
      input.select();
    }
  });
  container.append(form);
}

/** Drop a stored token the server no longer accepts (revoked, or another database). */
export async function revalidate() {
  const token = getToken();
  if (!token) return;
  try {
    const user = await checkToken(token);
    if (user !== getUser()) setLogin(token, user);
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) {
      clearLogin();
      toast("Your saved token is no longer valid: log in again.", "error");
    }
  }
}
