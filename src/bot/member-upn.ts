import { TeamsInfo, type TurnContext } from 'botbuilder';
import { tenantIdOf } from './map-turn';

/**
 * Looks up the sender's UPN (Teams does not put it on activities) so people provisioned by UPN are
 * recognised. Cached per user for `ttlMs`; a failed lookup is cached as unknown so it costs one call.
 * Senders from a tenant that is not allowed are not looked up (the access check refuses them anyway).
 */
export function createUpnResolver(opts: { ttlMs?: number; maxEntries?: number; isAllowedTenant?: (tenantId: string | undefined) => boolean } = {}) {
  const ttlMs = opts.ttlMs ?? 60 * 60 * 1000;
  const maxEntries = opts.maxEntries ?? 10_000;
  const cache = new Map<string, { upn?: string; at: number }>();
  return async (context: TurnContext): Promise<string | undefined> => {
    const id = context.activity.from?.id;
    if (!id || (opts.isAllowedTenant && !opts.isAllowedTenant(tenantIdOf(context.activity)))) return undefined;
    const hit = cache.get(id);
    if (hit && Date.now() - hit.at < ttlMs) return hit.upn;
    let upn: string | undefined;
    try {
      const member = await TeamsInfo.getMember(context, id);
      upn = member.userPrincipalName ?? member.email ?? undefined;
    } catch {
      upn = undefined;
    }
    if (cache.size >= maxEntries) cache.delete(cache.keys().next().value as string);
    cache.set(id, { upn, at: Date.now() });
    return upn;
  };
}

export type UpnResolver = ReturnType<typeof createUpnResolver>;
