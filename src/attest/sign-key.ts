/** Key-based signing: a DSSE envelope around the statement, signed with an Ed25519 or ECDSA P-256 key. */
import canonicalize from 'canonicalize'
import { pae, type Envelope } from './dsse.js'
import { signBytes, type PrivateSigningKey } from './keys.js'
import { PAYLOAD_TYPE, type Statement } from './statement.js'

/** The statement's bytes: RFC 8785 canonical JSON, so the same statement always signs the same bytes. */
export function serialiseStatement(statement: Statement): Buffer {
  return Buffer.from(canonicalize(statement) ?? '', 'utf8')
}

export function signEnvelope(statement: Statement, key: PrivateSigningKey): Envelope {
  const payload = serialiseStatement(statement)
  const sig = signBytes(key, pae(PAYLOAD_TYPE, payload))
  return { payloadType: PAYLOAD_TYPE, payload: payload.toString('base64'), signatures: [{ keyid: key.keyid, sig: sig.toString('base64') }] }
}
