"""Verifies DSSE envelopes with python securesystemslib: an implementation that shares no code with ois-ready.

Reads {"envelope": {...}, "publicKeyPem": "..."} on stdin; prints "verified" or exits 1.
The pre-authentication encoding is built here from the DSSE specification, not taken from ois-ready.
"""
import base64
import hashlib
import json
import sys

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from securesystemslib.signer import Signature, SSlibKey


def pae(payload_type: str, payload: bytes) -> bytes:
    t = payload_type.encode("utf-8")
    return b"DSSEv1 %d %s %d %s" % (len(t), t, len(payload), payload)


def main() -> int:
    data = json.load(sys.stdin)
    envelope = data["envelope"]
    pem = data["publicKeyPem"].encode()
    public = serialization.load_pem_public_key(pem)
    keyid = hashlib.sha256(public.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)).hexdigest()
    if isinstance(public, ed25519.Ed25519PublicKey):
        raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        key = SSlibKey(keyid, "ed25519", "ed25519", {"public": raw.hex()})
    elif isinstance(public, ec.EllipticCurvePublicKey):
        key = SSlibKey(keyid, "ecdsa", "ecdsa-sha2-nistp256", {"public": pem.decode()})
    else:
        print("unsupported key", file=sys.stderr)
        return 2
    payload = base64.b64decode(envelope["payload"], validate=True)
    message = pae(envelope["payloadType"], payload)
    for sig in envelope["signatures"]:
        if sig.get("keyid") != keyid:
            print(f"key id {sig.get('keyid')} is not {keyid}", file=sys.stderr)
            continue
        signature = Signature(keyid, base64.b64decode(sig["sig"], validate=True).hex())
        try:
            key.verify_signature(signature, message)
        except Exception as error:  # securesystemslib raises on a bad signature
            print(f"rejected: {error}", file=sys.stderr)
            continue
        print("verified")
        return 0
    return 1


if __name__ == "__main__":
    sys.exit(main())
