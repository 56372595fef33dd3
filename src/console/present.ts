import { vnDateTime, vnDay } from '../accounts/vn-time';
import { categoriesLabel } from '../messages/exports';
import { html, raw, type Html } from './html';

/** "HH:mm dd/MM/yyyy" in Vietnam time. */
export const vnTime = (t: Date | string | undefined): string => (t ? vnDateTime(new Date(t)) : '');

/** A Vietnam day as dd/mm/yyyy (input YYYY-MM-DD) or a month as mm/yyyy (input YYYY-MM). */
export function vnDayLabel(day: string): string {
  const [y, m, d] = day.split('-');
  return d ? `${d}/${m}/${y}` : `${m}/${y}`;
}

/** The Vietnam day of an instant as YYYY-MM-DD, for date inputs. */
export const dayInput = (t: Date): string => vnDay(t);

/** Gate categories by their Vietnamese names. */
export const categoryNames = (cats: string[]): string => categoriesLabel(cats.join('; '));

/** A JSON data block for the page's script (never executed; `<` escaped so it cannot close the element). */
export function jsonBlock(id: string, data: unknown): Html {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return html`<script type="application/json" id="${id}">${raw(json)}</script>`;
}

/** A chart: the canvas (described for screen readers) and its data; the table beside it carries the same figures. */
export function chart(id: string, label: string, spec: unknown): Html {
  return html`<figure class="card"><figcaption>${label}</figcaption><div class="chart"><canvas id="${id}" data-chart="${id}-data" role="img" aria-label="${label}"></canvas></div>${jsonBlock(`${id}-data`, spec)}</figure>`;
}
