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
