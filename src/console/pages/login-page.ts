import { CSRF_FIELD } from '../auth/csrf';
import { html } from '../html';
import type { Flash } from '../layout';
import { renderPage } from '../layout';
import { cv } from '../messages';

/** The sign-in page: the Entra button where Entra is configured, else the token form (when an admin token exists). */
export function loginPage(o: { entra: boolean; local: boolean; csrf?: string; next?: string; flash: Flash[] }): string {
  const next = o.next ? html`<input type="hidden" name="next" value="${o.next}">` : '';
  const entra = o.entra
    ? html`<p><a class="button" href="/console/auth/entra${o.next ? `?next=${encodeURIComponent(o.next)}` : ''}">${cv.login.entra}</a></p>`
    : '';
  const local = o.local
    ? html`<form method="post" action="/console/login" class="card" autocomplete="off">
  <input type="hidden" name="${CSRF_FIELD}" value="${o.csrf ?? ''}">${next}
  <label for="token">${cv.login.tokenLabel}</label>
  <input id="token" name="token" type="password" required aria-describedby="token-hint" autocomplete="off">
  <p id="token-hint" class="muted">${cv.login.tokenHint}</p>
  <button type="submit">${cv.login.submit}</button>
</form>`
    : '';
  const disabled = !o.entra && !o.local ? html`<p class="flash error" role="alert">${cv.login.disabled}</p>` : '';
  return renderPage({ title: cv.login.title, flash: o.flash, body: html`<p>${cv.login.intro}</p>${disabled}${entra}${local}` });
}
