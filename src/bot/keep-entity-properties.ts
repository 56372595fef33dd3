import * as connectorMappers from 'botframework-connector/lib/connectorApi/models/mappers';

let applied = false;

/**
 * The connector's serializer keeps only `type`, `text` and `mentioned` of an entity, which strips the
 * AI label, citations and sensitivity label of the schema.org Message entity before it reaches Teams.
 * Declaring additional properties on the Entity model (what botbuilder-js PR #2648 intended) keeps them.
 */
export function keepEntityProperties(): void {
  if (applied) return;
  const entity = (connectorMappers as unknown as { Entity: { type: { additionalProperties?: unknown } } }).Entity;
  entity.type.additionalProperties ??= { type: { name: 'Object' } };
  applied = true;
}
