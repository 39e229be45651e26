"""npm run bench: verifies every DSSE envelope of a JSON Lines file with Debian's securesystemslib.

python3 sslib-verify-bulk.py FILE PUB.pem... ; prints the number of envelopes whose signature
verified. Signatures only (the peer has no notion of ois-ready's statement, schema or expiry):
JSON parsing, base64 decoding, the DSSE pre-authentication encoding and the key's verify.
"""
import base64
import hashlib
import json
import sys

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from securesystemslib.signer import Signature, SSlibKey


def load_key(path: str) -> SSlibKey:
    pem = open(path, "rb").read()
    public = serialization.load_pem_public_key(pem)
    der = public.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    keyid = hashlib.sha256(der).hexdigest()
    if isinstance(public, ed25519.Ed25519PublicKey):
        raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        return SSlibKey(keyid, "ed25519", "ed25519", {"public": raw.hex()})
    if isinstance(public, ec.EllipticCurvePublicKey):
        return SSlibKey(keyid, "ecdsa", "ecdsa-sha2-nistp256", {"public": pem.decode()})
    raise SystemExit(f"unsupported key {path}")


def pae(payload_type: str, payload: bytes) -> bytes:
    t = payload_type.encode("utf-8")
    return b"DSSEv1 %d %s %d %s" % (len(t), t, len(payload), payload)


def main() -> int:
    keys = {k.keyid: k for k in (load_key(p) for p in sys.argv[2:])}
    verified = 0
    with open(sys.argv[1], "rb") as lines:
        for line in lines:
            if not line.strip():
                continue
            envelope = json.loads(line)
            message = pae(envelope["payloadType"], base64.b64decode(envelope["payload"], validate=True))
            for sig in envelope["signatures"]:
                key = keys.get(sig.get("keyid"))
                if key is None:
                    continue
                try:
                    key.verify_signature(Signature(key.keyid, base64.b64decode(sig["sig"], validate=True).hex()), message)
                except Exception:  # securesystemslib raises on a bad signature
                    continue
                verified += 1
                break
    print(verified)
    return 0


if __name__ == "__main__":
    sys.exit(main())
