/** An Adaptive Card (1.5) as plain data: the shape every card of the assistant shares. */
export function adaptiveCard(body: Record<string, unknown>[], actions?: Record<string, unknown>[]): Record<string, unknown> {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...(actions ? { actions } : {}),
  };
}
