/**
 * The vocabularies the annotation-tool formats declare up front (brat's `annotation.conf`, Label
 * Studio's labeling config): every value the record types allow, in the order the types list them.
 *
 * @internal
 * @module
 */
import type { ActorKind, EventStatus, EventType, Qualifier, Quantity } from '../types.js';

export const ACTOR_KINDS: readonly ActorKind[] = ['person', 'organization', 'government', 'country', 'city', 'region', 'facility', 'group', 'platform', 'equipment'];
export const EVENT_TYPES: readonly EventType[] = [
  'appeal',
  'agreement',
  'ceasefire',
  'communication',
  'meeting',
  'negotiation',
  'diplomacy',
  'military-attack',
  'aerial-attack',
  'demand',
  'resistance',
  'recovery',
  'outage',
  'weather',
  'war',
];
export const STATUSES: readonly EventStatus[] = ['occurred', 'ongoing', 'planned', 'expected', 'requested', 'conditional', 'claimed', 'denied'];
export const QUANTITIES: readonly Quantity[] = ['count', 'temperature', 'duration', 'frequency'];
export const QUALIFIERS: readonly Qualifier[] = ['exact', 'approximately', 'nearly', 'almost', 'at-least', 'at-most', 'range', 'vague'];
