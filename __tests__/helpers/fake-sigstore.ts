// Local equivalents of the Sigstore services, for tests that run the real signing and
// verification code offline: a test CA (with a CT log key), a Fulcio that issues
// certificates with Fulcio's extensions and an embedded SCT, a Rekor (v1 API, dsse 0.0.1)
// that returns signed entry timestamps and inclusion proofs, OIDC token minting, and the
// matching trusted_root.json. Test-only: never bundled.
import 'reflect-metadata' // MUST be evaluated before @peculiar/x509
import * as x509 from '@peculiar/x509'
import canonicalize from 'canonicalize'
import crypto, { type KeyObject } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

x509.cryptoProvider.set(crypto.webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0])

const sha256 = (b: Buffer | string): Buffer => crypto.createHash('sha256').update(b).digest()
const spkiDER = (k: KeyObject): Buffer => k.export({ format: 'der', type: 'spki' })
// TS >= 5.7: Buffer<ArrayBufferLike> is not a BufferSource for WebCrypto/@peculiar typings
const u8 = (b: Buffer): Uint8Array<ArrayBuffer> => new Uint8Array(b)
const b64u = (b: Buffer | string): string => Buffer.from(b).toString('base64url')

// ---------- tiny DER helpers ----------
function derLen(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n])
  const bytes: number[] = []
  for (let v = n; v > 0; v >>= 8) bytes.unshift(v & 0xff)
  return Buffer.from([0x80 | bytes.length, ...bytes])
}
const derTLV = (tag: number, value: Buffer): Buffer => Buffer.concat([Buffer.from([tag]), derLen(value.length), value])
const derUTF8 = (s: string): Buffer => derTLV(0x0c, Buffer.from(s, 'utf8'))
const derOctet = (b: Buffer): Buffer => derTLV(0x04, b)
// Returns the first TLV inside the outer SEQUENCE of `der` (= tbsCertificate of a Certificate)
function firstInnerTLV(der: Buffer): Buffer {
  const skipHeader = (off: number): { start: number; len: number } => {
    let p = off + 1
    let len = der[p++]!
    if (len & 0x80) {
      const n = len & 0x7f
      len = 0
      for (let i = 0; i < n; i++) len = (len << 8) | der[p++]!
    }
    return { start: p, len }
  }
  const outer = skipHeader(0)
  const inner = skipHeader(outer.start)
  return der.subarray(outer.start, inner.start + inner.len)
}

// ---------- Fulcio OIDs ----------
const OID = {
  issuerV1: '1.3.6.1.4.1.57264.1.1', // raw string (legacy)
  triggerV1: '1.3.6.1.4.1.57264.1.2',
  shaV1: '1.3.6.1.4.1.57264.1.3',
  workflowNameV1: '1.3.6.1.4.1.57264.1.4',
  repoV1: '1.3.6.1.4.1.57264.1.5',
  refV1: '1.3.6.1.4.1.57264.1.6',
  issuerV2: '1.3.6.1.4.1.57264.1.8', // DER UTF8String
  buildSignerURI: '1.3.6.1.4.1.57264.1.9',
  buildSignerDigest: '1.3.6.1.4.1.57264.1.10',
  runnerEnv: '1.3.6.1.4.1.57264.1.11',
  sourceRepoURI: '1.3.6.1.4.1.57264.1.12',
  sourceRepoDigest: '1.3.6.1.4.1.57264.1.13',
  sourceRepoRef: '1.3.6.1.4.1.57264.1.14',
  buildConfigURI: '1.3.6.1.4.1.57264.1.18',
  buildTrigger: '1.3.6.1.4.1.57264.1.20',
  sct: '1.3.6.1.4.1.11129.2.4.2',
}

export type Claims = Record<string, unknown> & { iss: string; sub: string }

// ---------- keys / OIDC ----------
export function newECKey(curve: 'P-256' | 'P-384' = 'P-256') {
  return crypto.generateKeyPairSync('ec', { namedCurve: curve })
}

export function mintIdToken(oidcKey: KeyObject, claims: Claims): string {
  const now = Math.floor(Date.now() / 1000)
  const header = b64u(JSON.stringify({ alg: 'ES256', typ: 'JWT', kid: 'test' }))
  const body = b64u(JSON.stringify({ aud: 'sigstore', iat: now, nbf: now, exp: now + 300, ...claims }))
  const sig = crypto.sign('sha256', Buffer.from(`${header}.${body}`), { key: oidcKey, dsaEncoding: 'ieee-p1363' })
  return `${header}.${body}.${b64u(sig)}`
}

function verifyIdToken(token: string, oidcPub: KeyObject): Claims {
  const [h, p, s] = token.split('.')
  if (!h || !p || !s) throw new Error('malformed JWT')
  const ok = crypto.verify('sha256', Buffer.from(`${h}.${p}`), { key: oidcPub, dsaEncoding: 'ieee-p1363' }, Buffer.from(s, 'base64url'))
  if (!ok) throw new Error('bad JWT signature')
  const claims = JSON.parse(Buffer.from(p, 'base64url').toString()) as Claims
  if (claims.aud !== 'sigstore') throw new Error('bad aud')
  return claims
}

// ---------- CA + CT log ----------
export class TestCA {
  readonly caKey = newECKey('P-384')
  readonly ctKey = newECKey('P-256')
  rootDER!: Buffer
  private caCryptoKeys!: crypto.webcrypto.CryptoKeyPair
  private readonly alg = { name: 'ECDSA', namedCurve: 'P-384', hash: 'SHA-384' }

  async init(): Promise<this> {
    const subtle = crypto.webcrypto.subtle
    this.caCryptoKeys = {
      privateKey: (await subtle.importKey('pkcs8', u8(this.caKey.privateKey.export({ format: 'der', type: 'pkcs8' })), this.alg, true, [
        'sign',
      ])) as unknown as crypto.webcrypto.CryptoKey,
      publicKey: (await subtle.importKey('spki', u8(spkiDER(this.caKey.publicKey)), this.alg, true, [
        'verify',
      ])) as unknown as crypto.webcrypto.CryptoKey,
    }
    const root = await x509.X509CertificateGenerator.createSelfSigned({
      serialNumber: '01',
      name: 'O=ois-test, CN=test-fulcio-root',
      notBefore: new Date(Date.now() - 3600_000),
      notAfter: new Date(Date.now() + 24 * 3600_000),
      keys: this.caCryptoKeys,
      signingAlgorithm: this.alg,
      extensions: [
        new x509.BasicConstraintsExtension(true, 1, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
        await x509.SubjectKeyIdentifierExtension.create(this.caCryptoKeys.publicKey),
      ],
    })
    this.rootDER = Buffer.from(root.rawData)
    return this
  }

  get ctLogID(): Buffer {
    return sha256(spkiDER(this.ctKey.publicKey))
  }

  // RFC 6962 SCT over the precertificate TBS (issuer_key_hash = sha256(CA SPKI)).
  private signSCT(precertTBS: Buffer, timestampMs: number): Buffer {
    const ts = Buffer.alloc(8)
    ts.writeBigUInt64BE(BigInt(timestampMs))
    const issuerKeyHash = sha256(spkiDER(this.caKey.publicKey))
    const tbsLen = Buffer.alloc(3)
    tbsLen.writeUIntBE(precertTBS.length, 0, 3)
    const signed = Buffer.concat([
      Buffer.from([0x00, 0x00]), // v1, certificate_timestamp
      ts,
      Buffer.from([0x00, 0x01]), // precert_entry
      issuerKeyHash,
      tbsLen,
      precertTBS,
      Buffer.from([0x00, 0x00]), // no extensions
    ])
    const sig = crypto.sign('sha256', signed, this.ctKey.privateKey) // DER ECDSA
    const sigLen = Buffer.alloc(2)
    sigLen.writeUInt16BE(sig.length)
    const sct = Buffer.concat([
      Buffer.from([0x00]), // version v1
      this.ctLogID,
      ts,
      Buffer.from([0x00, 0x00]), // extensions length
      Buffer.from([0x04, 0x03]), // sha256, ecdsa
      sigLen,
      sig,
    ])
    const item = Buffer.alloc(2)
    item.writeUInt16BE(sct.length)
    const list = Buffer.concat([item, sct])
    const listLen = Buffer.alloc(2)
    listLen.writeUInt16BE(list.length)
    return derOctet(Buffer.concat([listLen, list])) // extnValue content = OCTET STRING(SCTList)
  }

  // Issues a Fulcio-like leaf certificate for the given SPKI (DER) and GitHub claims.
  async issueLeaf(spkiBuf: Buffer, claims: Claims, opts: { withSCT?: boolean } = {}): Promise<Buffer> {
    const spki = u8(spkiBuf)
    const gh = 'https://github.com'
    const str = (k: string): string | undefined => (typeof claims[k] === 'string' ? (claims[k] as string) : undefined)
    // a GitLab token (it has ci_config_ref_uri): Fulcio's gitlab-ci issuer metadata, with the
    // instance's address (the issuer) as its url template value
    const gitlab = str('ci_config_ref_uri') !== undefined
    const san = gitlab ? `https://${str('ci_config_ref_uri')}` : str('job_workflow_ref') ? `${gh}/${str('job_workflow_ref')}` : claims.sub
    const exts: x509.Extension[] = [
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.codeSigning]),
      await x509.SubjectKeyIdentifierExtension.create(spki),
      await x509.AuthorityKeyIdentifierExtension.create(this.caCryptoKeys.publicKey),
      new x509.SubjectAlternativeNameExtension([{ type: 'url', value: san }], true),
    ]
    const raw = (oid: string, v?: string) => v !== undefined && exts.push(new x509.Extension(oid, false, u8(Buffer.from(v))))
    const utf8 = (oid: string, v?: string) => v !== undefined && exts.push(new x509.Extension(oid, false, u8(derUTF8(v))))
    if (gitlab) {
      const url = claims.iss
      const refType = str('ref_type') === 'branch' ? 'heads' : 'tags'
      raw(OID.issuerV1, claims.iss)
      utf8(OID.issuerV2, claims.iss)
      utf8(OID.buildSignerURI, san)
      utf8(OID.buildSignerDigest, str('ci_config_sha'))
      utf8(OID.runnerEnv, str('runner_environment'))
      utf8(OID.sourceRepoURI, str('project_path') && `${url}/${str('project_path')}`)
      utf8(OID.sourceRepoDigest, str('sha'))
      utf8(OID.sourceRepoRef, str('ref') && `refs/${refType}/${str('ref')}`)
      utf8(OID.buildConfigURI, san)
      utf8(OID.buildTrigger, str('pipeline_source'))
    } else {
      githubExtensions()
    }
    function githubExtensions() {
      raw(OID.issuerV1, claims.iss)
      raw(OID.triggerV1, str('event_name'))
      raw(OID.shaV1, str('sha'))
      raw(OID.workflowNameV1, str('workflow'))
      raw(OID.repoV1, str('repository'))
      raw(OID.refV1, str('ref'))
      utf8(OID.issuerV2, claims.iss)
      utf8(OID.buildSignerURI, str('job_workflow_ref') && `${gh}/${str('job_workflow_ref')}`)
      utf8(OID.buildSignerDigest, str('job_workflow_sha'))
      utf8(OID.runnerEnv, str('runner_environment'))
      utf8(OID.sourceRepoURI, str('repository') && `${gh}/${str('repository')}`)
      utf8(OID.sourceRepoDigest, str('sha'))
      utf8(OID.sourceRepoRef, str('ref'))
      utf8(OID.buildConfigURI, str('workflow_ref') && `${gh}/${str('workflow_ref')}`)
      utf8(OID.buildTrigger, str('event_name'))
    }

    const now = Date.now()
    const base = {
      serialNumber: crypto
        .randomBytes(16)
        .toString('hex')
        .replace(/^[89a-f]/, '1'),
      issuer: 'O=ois-test, CN=test-fulcio-root',
      notBefore: new Date(now - 60_000),
      notAfter: new Date(now + 10 * 60_000),
      publicKey: spki,
      signingKey: this.caCryptoKeys.privateKey,
      signingAlgorithm: this.alg,
    }
    if (opts.withSCT === false) {
      return Buffer.from((await x509.X509CertificateGenerator.create({ ...base, extensions: exts })).rawData)
    }
    // Two-pass: the SCT signs the TBS *without* the SCT extension; the verifier
    // re-derives exactly that by deleting the SCT extension from the final cert.
    const pre = await x509.X509CertificateGenerator.create({ ...base, extensions: exts })
    const sctExt = new x509.Extension(OID.sct, false, u8(this.signSCT(firstInnerTLV(Buffer.from(pre.rawData)), now)))
    const leaf = await x509.X509CertificateGenerator.create({ ...base, extensions: [...exts, sctExt] })
    return Buffer.from(leaf.rawData)
  }
}

// ---------- Rekor (v1 API, dsse 0.0.1 entries) ----------
export class TestRekor {
  readonly key = newECKey('P-256')
  // Checkpoint origin: the verifier requires trustedRoot tlog.baseUrl.includes(origin)
  readonly origin: string
  constructor(origin = 'fake-rekor.test') {
    this.origin = origin
  }
  private nextIndex = 1000

  get logID(): Buffer {
    return sha256(spkiDER(this.key.publicKey)) // logID = sha256(DER SPKI of the Rekor key)
  }

  createEntry(proposed: {
    kind?: string
    apiVersion?: string
    spec: { proposedContent: { envelope: string; verifiers: string[] } }
  }): Record<string, unknown> {
    if (proposed?.kind !== 'dsse' || proposed?.apiVersion !== '0.0.1') throw new Error('only dsse/0.0.1 supported')
    const envelopeStr: string = proposed.spec.proposedContent.envelope
    const verifierB64: string = proposed.spec.proposedContent.verifiers[0]!
    const env = JSON.parse(envelopeStr) as { payload: string; payloadType: string; signatures: { sig: string }[] }
    const payload = Buffer.from(env.payload, 'base64')
    const sigB64 = env.signatures[0]!.sig
    // Verify the envelope like Rekor does (PAE, key from the leaf cert).
    const certPem = Buffer.from(verifierB64, 'base64').toString()
    const pub = new crypto.X509Certificate(certPem).publicKey
    const pae = Buffer.concat([Buffer.from(`DSSEv1 ${Buffer.byteLength(env.payloadType)} ${env.payloadType} ${payload.length} `), payload])
    if (!crypto.verify('sha256', pae, pub, Buffer.from(sigB64, 'base64'))) throw new Error('envelope signature invalid')

    // Canonicalized body exactly as rekor's dsse v0.0.1 Canonicalize() (then JCS).
    const body = Buffer.from(
      canonicalize({
        apiVersion: '0.0.1',
        kind: 'dsse',
        spec: {
          envelopeHash: { algorithm: 'sha256', value: sha256(envelopeStr).toString('hex') },
          payloadHash: { algorithm: 'sha256', value: sha256(payload).toString('hex') },
          signatures: [{ signature: sigB64, verifier: verifierB64 }],
        },
      })!,
    )
    const logIndex = this.nextIndex++
    const integratedTime = Math.floor(Date.now() / 1000)
    const logIDHex = this.logID.toString('hex')
    // SET = sign(JCS({body, integratedTime, logID, logIndex}))
    const set = crypto.sign(
      'sha256',
      Buffer.from(canonicalize({ body: body.toString('base64'), integratedTime, logID: logIDHex, logIndex })!),
      this.key.privateKey,
    )
    // Inclusion proof for a 1-leaf tree (root = leaf hash), signed checkpoint note.
    const rootHash = sha256(Buffer.concat([Buffer.from([0]), body]))
    const note = [`${this.origin} - 1234`, '1', rootHash.toString('base64'), ''].join('\n')
    const noteSig = crypto.sign('sha256', Buffer.from(note), this.key.privateKey)
    const checkpoint = `${note}\n\u2014 ${this.origin} ${Buffer.concat([this.logID.subarray(0, 4), noteSig]).toString('base64')}\n`
    return {
      [crypto.randomBytes(32).toString('hex')]: {
        body: body.toString('base64'),
        integratedTime,
        logID: logIDHex,
        logIndex,
        verification: {
          signedEntryTimestamp: set.toString('base64'),
          inclusionProof: { logIndex: 0, treeSize: 1, rootHash: rootHash.toString('hex'), hashes: [], checkpoint },
        },
      },
    }
  }
}

// ---------- HTTP servers ----------
type Handler = (body: string) => Promise<unknown> | unknown
async function serve(routes: Record<string, Handler>): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', async () => {
      const h = req.method === 'POST' ? routes[req.url ?? ''] : undefined
      try {
        if (!h) throw Object.assign(new Error(`no route ${req.method} ${req.url}`), { status: 404 })
        const out = await h(Buffer.concat(chunks).toString())
        res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify(out))
      } catch (e) {
        const err = e as Error & { status?: number }
        res
          .writeHead(err.status ?? 400, { 'content-type': 'application/json' })
          .end(JSON.stringify({ code: err.status ?? 400, message: err.message }))
      }
    })
  })
  // the client reuses idle connections: were the server to close one first (Node's default is 5 s,
  // a pause that a busy test run makes between two signings), the next request meets ECONNRESET
  server.keepAliveTimeout = 10 * 60_000
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections()
        server.close(() => r())
      }),
  }
}

export async function startFakeFulcio(ca: TestCA, oidcPub: KeyObject, opts: { withSCT?: boolean } = {}) {
  return serve({
    '/api/v2/signingCert': async (raw) => {
      const req = JSON.parse(raw)
      const claims = verifyIdToken(req.credentials.oidcIdentityToken, oidcPub)
      const pem: string = req.publicKeyRequest.publicKey.content
      const pub = crypto.createPublicKey(pem)
      // proof of possession = signature over the token's `sub` (or `email`)
      const subject = (claims.email as string | undefined) ?? claims.sub
      if (!crypto.verify('sha256', Buffer.from(subject), pub, Buffer.from(req.publicKeyRequest.proofOfPossession, 'base64'))) {
        throw new Error('bad proof of possession')
      }
      const leaf = await ca.issueLeaf(spkiDER(pub), claims, opts)
      const toPEM = (d: Buffer) => new crypto.X509Certificate(d).toString()
      return { signedCertificateEmbeddedSct: { chain: { certificates: [toPEM(leaf), toPEM(ca.rootDER)] } } }
    },
  })
}

export async function startFakeRekor(rekor: TestRekor) {
  return serve({ '/api/v1/log/entries': (raw) => rekor.createEntry(JSON.parse(raw)) })
}

// ---------- trusted_root.json ----------
export function trustedRootJSON(ca: TestCA, rekor: TestRekor): Record<string, unknown> {
  const start = new Date(Date.now() - 3600_000).toISOString() // must be <= integratedTime / SCT time
  const key = (k: KeyObject) => ({ rawBytes: spkiDER(k).toString('base64'), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: { start } })
  return {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [
      {
        baseUrl: `https://${rekor.origin}`,
        hashAlgorithm: 'SHA2_256',
        publicKey: key(rekor.key.publicKey),
        logId: { keyId: rekor.logID.toString('base64') },
      },
    ],
    certificateAuthorities: [
      {
        subject: { organization: 'ois-test', commonName: 'test-fulcio-root' },
        uri: 'https://fake-fulcio.test',
        certChain: { certificates: [{ rawBytes: ca.rootDER.toString('base64') }] },
        validFor: { start },
      },
    ],
    ctlogs: [
      {
        baseUrl: 'https://fake-ctfe.test',
        hashAlgorithm: 'SHA2_256',
        publicKey: key(ca.ctKey.publicKey),
        logId: { keyId: ca.ctLogID.toString('base64') },
      },
    ],
    timestampAuthorities: [],
  }
}
