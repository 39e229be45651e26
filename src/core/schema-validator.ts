/** JSON Schema validation (ajv with formats) shared by the config loader, the report tests and later the attestation. */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'

export interface SchemaOptions {
  /**
   * Collect every error (default), or stop at the first: for documents of a hostile author,
   * where millions of wrong items would otherwise make millions of error objects.
   */
  allErrors?: boolean
}

const instances = new Map<boolean, Ajv>()

export function compileSchema<T>(schema: object, options: SchemaOptions = {}): ValidateFunction<T> {
  const allErrors = options.allErrors ?? true
  let ajv = instances.get(allErrors)
  if (!ajv) {
    ajv = new Ajv({ allErrors, strict: true, allowUnionTypes: true })
    addFormats.default(ajv)
    instances.set(allErrors, ajv)
  }
  return ajv.compile<T>(schema)
}

export type SchemaError = ErrorObject

/**
 * A schema compiled on first use: compiling the schemas at start-up costs every run a tenth of
 * a second, even the runs that never read a config, an attestation or a trust file.
 */
export function lazySchema<T>(schema: object, options: SchemaOptions = {}): () => ValidateFunction<T> {
  let compiled: ValidateFunction<T> | undefined
  return () => (compiled ??= compileSchema<T>(schema, options))
}
