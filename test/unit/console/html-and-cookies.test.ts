import { parseCookies, serializeCookie, sign, unsign } from '../../../src/console/auth/cookies';
import { html, raw } from '../../../src/console/html';
import { jsonBlock } from '../../../src/console/present';

describe('console markup and cookies', () => {
  it('escapes every interpolated value unless it is markup built by html', () => {
    const comment = '<img src=x onerror="alert(1)"> & \'quoted\'';
    expect(html`<td title="${comment}">${comment}</td>`.value).toBe('<td title="&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;quoted&#39;">&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;quoted&#39;</td>');
    expect(html`<ul>${['a<b', html`<li>ok</li>`]}</ul>`.value).toBe('<ul>a&lt;b<li>ok</li></ul>');
    expect(html`${undefined}${null}${false}${0}`.value).toBe('0');
    expect(raw('<b>').value).toBe('<b>');
  });

  it('keeps chart data from closing its script element', () => {
    expect(jsonBlock('d', { label: '</script><script>alert(1)</script>' }).value).not.toContain('</script><script>');
  });

  it('signs cookie values and refuses an altered one', () => {
    const signed = sign('abc', 'secret');
    expect(unsign(signed, 'secret')).toBe('abc');
    expect(unsign(signed, 'other')).toBeUndefined();
    expect(unsign(`abd${signed.slice(3)}`, 'secret')).toBeUndefined();
    expect(unsign('no-signature', 'secret')).toBeUndefined();
  });

  it('parses and writes cookies: HttpOnly always, Secure over HTTPS or with SameSite=None', () => {
    expect(parseCookies('a=1; b=x%20y; a=2; bad=%E0%A4%A').get('b')).toBe('x y');
    expect(parseCookies('a=1; a=2').get('a')).toBe('1');
    expect(serializeCookie('s', 'v', { secure: false, sameSite: 'Lax' })).toBe('s=v; Path=/console; HttpOnly; SameSite=Lax');
    expect(serializeCookie('s', 'v', { secure: false, sameSite: 'None', maxAgeSeconds: 0 })).toBe('s=v; Path=/console; HttpOnly; SameSite=None; Max-Age=0; Secure');
  });
});
