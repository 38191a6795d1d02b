import { applyDecorators } from '@nestjs/common';
import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import { Column, PrimaryColumn, type ColumnOptions, type PrimaryColumnOptions } from 'typeorm';

/** How each column type travels in JSON, for the OpenAPI document. */
const JSON_SHAPES: Record<string, ApiPropertyOptions> = {
  text: { type: String },
  uuid: { type: String, format: 'uuid' },
  date: { type: String, format: 'date' },
  timestamptz: { type: String, format: 'date-time' },
  integer: { type: Number },
  numeric: { type: Number },
  boolean: { type: Boolean },
  jsonb: { type: 'object', additionalProperties: true },
};

function described(
  options: ColumnOptions | PrimaryColumnOptions,
  api: ApiPropertyOptions,
): ApiPropertyOptions {
  // A refined type replaces the column's generic JSON shape rather than merging with it.
  const shape = api.type ? {} : (JSON_SHAPES[String(options.type)] ?? {});
  const nullable = 'nullable' in options && options.nullable;
  return { ...shape, ...(nullable ? { nullable: true } : {}), ...api } as ApiPropertyOptions;
}

/**
 * A read model's column, described once for both PostgreSQL and the API's OpenAPI document:
 * the UI's generated types then follow the projections. `api` refines the JSON shape (enums,
 * arrays, examples).
 */
export const ApiColumn = (options: ColumnOptions, api: ApiPropertyOptions = {}) =>
  applyDecorators(Column(options), ApiProperty(described(options, api)));

export const ApiPrimaryColumn = (options: PrimaryColumnOptions, api: ApiPropertyOptions = {}) =>
  applyDecorators(PrimaryColumn(options), ApiProperty(described(options, api)));
