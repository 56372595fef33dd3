import { allowlistRule, refuseAll, sameLoopbackOriginRule, type HostRule } from './host-rule';

/** Where a file of a conversation comes from (or goes to): the channel and the conversation's service URL. */
export interface ChannelSource {
  channel: string;
  serviceUrl?: string;
}

/** Picks the host rule of a channel's file downloads and uploads. */
export type OutboundPolicy = (source: ChannelSource | undefined) => HostRule;

/**
 * Authenticated deployments: each channel's own file hosts (TEAMS_FILE_HOSTS…), HTTPS only. Unauthenticated local
 * mode: only the local client's origin (its service URL, which must be loopback), nothing else.
 */
export function createOutboundPolicy(opts: { authenticated: boolean; channelHosts: Record<string, string[]> }): OutboundPolicy {
  return (source) => {
    if (!source) return refuseAll;
    if (!opts.authenticated) return sameLoopbackOriginRule(source.serviceUrl);
    const hosts = opts.channelHosts[source.channel];
    return hosts && hosts.length > 0 ? allowlistRule(hosts) : refuseAll;
  };
}
