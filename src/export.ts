/**
 * The records in the formats other tools read: W3C Web Annotations and schema.org as JSON-LD,
 * flat tables (as rows, CSV and NDJSON), brat standoff and Label Studio tasks. Every function is
 * pure, works on this package's `dataset` or any dataset of the same shape, and writes offsets in
 * Unicode code points. Nothing here is imported by the main entry.
 *
 * @module kyiv-strike-pause/export
 */
export type { LinkedDataOptions } from './export/shared.js';
export type {
  AnnotationBody,
  AnnotationCollection,
  AnnotationPage,
  AnnotationTarget,
  DescribingBody,
  IdentifyingBody,
  TaggingBody,
  TextPositionSelector,
  TextQuoteSelector,
  WebAnnotation,
} from './export/webAnnotation.js';
export { toWebAnnotations } from './export/webAnnotation.js';
export type { NodeRef, SchemaOrgDocument, SchemaOrgNode } from './export/schemaOrg.js';
export { toSchemaOrg } from './export/schemaOrg.js';
export type {
  AccountRow,
  ActorRow,
  ColumnType,
  EventRow,
  EvidenceRow,
  FigureRow,
  MentionRow,
  ParticipantRow,
  StatementRow,
  TableColumn,
  TableName,
  TableRow,
  Tables,
  TimeRow,
  TimexRow,
} from './export/tables/columns.js';
export { tableColumns, tableNames } from './export/tables/columns.js';
export { toCsv, toNdjson, toTables } from './export/tables/write.js';
export type { BratDocument } from './export/brat.js';
export { toBrat } from './export/brat.js';
export type { LabelStudioExport, LabelStudioOptions, LabelStudioRegion, LabelStudioRelation, LabelStudioTask } from './export/labelStudio.js';
export { toLabelStudio } from './export/labelStudio.js';
