/** Whether a Teams tenant may use the bot: any when the list is empty, else one of the listed ids (case and spaces ignored). */
export function tenantFilter(allowedTenantIds: string[]): (tenantId: string | undefined) => boolean {
  const tenants = new Set(allowedTenantIds.map((t) => t.trim().toLowerCase()).filter(Boolean));
  return (tenantId) => tenants.size === 0 || tenants.has((tenantId ?? '').trim().toLowerCase());
}
