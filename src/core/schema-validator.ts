/** JSON Schema validation (ajv with formats) shared by the config loader, the report tests and later the attestation. */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'

let ajv: Ajv | undefined

export function compileSchema<T>(schema: object): ValidateFunction<T> {
  if (!ajv) {
    ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true })
    addFormats.default(ajv)
  }
  return ajv.compile<T>(schema)
}

export type SchemaError = ErrorObject

/**
 * A schema compiled on first use: compiling the schemas at start-up costs every run a tenth of
 * a second, even the runs that never read a config, an attestation or a trust file.
 */
export function lazySchema<T>(schema: object): () => ValidateFunction<T> {
  let compiled: ValidateFunction<T> | undefined
  return () => (compiled ??= compileSchema<T>(schema))
}
