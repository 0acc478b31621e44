#!/usr/bin/env python3
"""The smallest OpenID provider the service can be pointed at (R8, issue #24; Python standard library only): its
discovery document and its JSON Web Key Set, one RS256 key, for tokens signed by scripts/bench/jwt.sh.

Usage: oidc.py <port> <issuer> <key id> <RSA modulus, hex (openssl rsa -pubin -noout -modulus)>
The discovery document is served at /.well-known/openid-configuration under any path; the keys at /jwks.
"""
import base64
import http.server
import json
import sys

PORT, ISSUER, KID, MODULUS = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]


def b64url(number):
    raw = number.to_bytes((number.bit_length() + 7) // 8, "big")
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


JWKS = {"keys": [{"kty": "RSA", "kid": KID, "use": "sig", "alg": "RS256", "n": b64url(int(MODULUS, 16)), "e": b64url(65537)}]}


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        base = "http://127.0.0.1:%d" % PORT
        if self.path.endswith("/.well-known/openid-configuration"):
            body = {"issuer": ISSUER, "jwks_uri": base + "/jwks", "token_endpoint": base + "/token",
                    "authorization_endpoint": base + "/auth", "id_token_signing_alg_values_supported": ["RS256"]}
        elif self.path.endswith("/jwks"):
            body = JWKS
        else:
            self.send_error(404)
            return
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


class Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass  # a caller gone (the relay cut it) is not worth a traceback


Server(("127.0.0.1", PORT), Handler).serve_forever()
