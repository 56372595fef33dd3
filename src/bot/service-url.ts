import { isLoopbackHost } from '../net/addresses';

/**
 * Whether replies may go to an activity's service URL before the turn runs. Authenticated: the channel's token vouches
 * for it (botbuilder checks the token's serviceurl claim against the activity during authentication), so nothing more is
 * asked here. Unauthenticated local mode: nothing vouches for it, so only this machine (the chat client, the Bot
 * Framework Emulator, tests).
 */
export function serviceUrlProblem(serviceUrl: unknown, authenticated: boolean): string | undefined {
  if (typeof serviceUrl !== 'string') return 'serviceUrl missing';
  let url: URL;
  try {
    url = new URL(serviceUrl);
  } catch {
    return 'serviceUrl malformed';
  }
  if (url.username || url.password) return 'serviceUrl carries credentials';
  if (authenticated) return undefined;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'serviceUrl must be http(s)';
  return isLoopbackHost(url.hostname) ? undefined : 'serviceUrl must be on this machine without a bot registration';
}
