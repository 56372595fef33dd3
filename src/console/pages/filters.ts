import type { ConsoleContext } from '../auth/console-auth';
import { html, type Html } from '../html';
import { cv } from '../messages';

/** The unit filter: a choice of units for central roles; a unit administrator's own unit, fixed. */
export function unitSelect(ctx: ConsoleContext, units: string[], selected: string | undefined): Html {
  if (ctx.principal.role === 'unit_admin') {
    return html`<div><label for="unit">${cv.common.unit}</label><input type="text" id="unit" value="${ctx.principal.unit ?? ''}" readonly></div>`;
  }
  const options = units.map((u) => html`<option value="${u}"${u === selected ? html` selected` : ''}>${u}</option>`);
  return html`<div><label for="unit">${cv.common.unit}</label><select id="unit" name="unit"><option value="">${cv.common.allUnits}</option>${options}</select></div>`;
}

/** A yes/no/any select. */
export function triSelect(id: string, label: string, value: string | undefined, yes = cv.common.yes, no = cv.common.no): Html {
  const opt = (v: string, text: string) => html`<option value="${v}"${value === v ? html` selected` : ''}>${text}</option>`;
  return html`<div><label for="${id}">${label}</label><select id="${id}" name="${id}">${opt('', cv.common.any)}${opt('yes', yes)}${opt('no', no)}</select></div>`;
}
