import type { ConsoleContext } from './auth/console-auth';
import { CSRF_FIELD } from './auth/csrf';
import { AREAS, canOpen, type Area } from './capabilities';
import { html, type Html } from './html';
import { cv, fill } from './messages';
import { assetUrl } from './assets';

/** A notice at the top of a page: a success says so politely (status), a failure interrupts (alert). */
export interface Flash {
  kind: 'ok' | 'error';
  text: string | Html;
}

export interface PageOptions {
  title: string;
  body: Html;
  /** The menu entry to highlight; absent on the sign-in and error pages. */
  area?: Area;
  ctx?: ConsoleContext;
  flash?: Flash[];
  /** Pages with charts load the bundled chart library. */
  charts?: boolean;
  /** Scripts in place of the console's own (the Teams tab). */
  scripts?: string[];
}

const AREA_PATHS: Record<Area, string> = {
  usage: '/console/usage', feedback: '/console/feedback', worklist: '/console/worklist', alerts: '/console/alerts', accounts: '/console/accounts',
  audit: '/console/audit', appeals: '/console/appeals', documents: '/console/documents', knowledge: '/console/knowledge',
};

/** The hidden anti-CSRF field every console form carries. */
export const csrfField = (ctx: ConsoleContext): Html => html`<input type="hidden" name="${CSRF_FIELD}" value="${ctx.session.csrf}">`;

function who(ctx: ConsoleContext): string {
  const name = ctx.user ? `${ctx.user.name} (${cv.roles[ctx.principal.role]}${ctx.principal.unit ? `, ${ctx.principal.unit}` : ''})` : cv.app.adminToken;
  return fill(cv.app.signedInAs, { name });
}

function header(ctx: ConsoleContext | undefined, area: Area | undefined): Html {
  if (!ctx) return html`<header class="top"><p class="brand">${cv.app.name} <span>${cv.app.console}</span></p></header>`;
  const items = AREAS.filter((a) => canOpen(ctx.principal.role, a)).map(
    (a) => html`<li><a href="${AREA_PATHS[a]}"${a === area ? html` aria-current="page"` : ''}>${cv.nav[a]}</a></li>`,
  );
  return html`<header class="top">
  <p class="brand"><a href="/console">${cv.app.name} <span>${cv.app.console}</span></a></p>
  <div class="who"><span>${who(ctx)}</span>
    <form method="post" action="/console/logout">${csrfField(ctx)}<button type="submit" class="link">${cv.app.signOut}</button></form>
  </div>
</header>
<nav class="menu" aria-label="${cv.app.menu}"><ul>${items}</ul></nav>`;
}

/** A whole console page: Vietnamese, responsive, a skip link, the menu of the areas the role may open, no inline script. */
export function renderPage(o: PageOptions): string {
  const flashes = (o.flash ?? []).map((f) =>
    f.kind === 'ok' ? html`<p class="flash ok" role="status">${f.text}</p>` : html`<p class="flash error" role="alert">${f.text}</p>`,
  );
  return html`<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${o.title} · ${cv.app.name}</title>
<link rel="stylesheet" href="${assetUrl('console.css')}">
${o.charts ? html`<script src="${assetUrl('chart.umd.min.js')}" defer></script>` : ''}
${(o.scripts ?? [assetUrl('console.js')]).map((src) => html`<script src="${src}" defer></script>`)}
</head>
<body>
<a class="skip" href="#main">${cv.app.skip}</a>
${header(o.ctx, o.area)}
<main id="main" tabindex="-1">
<h1>${o.title}</h1>
${flashes}
${o.body}
</main>
<footer><p>${cv.app.footer}</p></footer>
</body>
</html>
`.value;
}
