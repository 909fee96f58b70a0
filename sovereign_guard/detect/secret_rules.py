"""Vendor token formats, one row per rule, after gitleaks' rule set (MIT).

Each row is gitleaks' rule re-expressed: its id, the token's format, the keywords that gate
it and the Shannon-entropy floor of the captured value. Two builders give the rows their
shape, as gitleaks' `GenerateSemiGenericRegex` / `GenerateUniqueTokenRegex` do:

- `kv(names, value)`: a value that is only recognizable next to its vendor's name (32 hex
  digits are a Bitbucket secret after `bitbucket...=`, nothing on their own). The name may
  be followed by a short suffix (`_API_KEY`, ` string`), closing quotes or tags, then any
  assignment operator: `=`, `:=`, `::=`, `?=`, `.=`, `=>`, `:`, `,` (a call's next
  argument: `setProperty("X_TOKEN", "...")`), `>` (an XML element, also over a line break).
- `tok(value)`: a token whose prefix is distinctive enough to be found bare, anywhere
  (`ntn_...`, `pplx-...`). Bounded by characters that cannot continue a token, so a
  sentence's full stop or a URL's `&` ends it.

`VENDOR_RULES` follow gitleaks' rules; `MORE_VENDOR_RULES` and `EXTRA_RULES` are formats
it has no rule for, or a narrower one than tokens seen in the wild.

Values are case-insensitive where gitleaks' are (`(?i:...)` scoped to the value), and the
keywords are lowercase (the recognizer matches them against the lowercased text).
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from dataclasses import dataclass

import regex

from .common import compiled


@dataclass(frozen=True)
class Rule:
    id: str
    pattern: str
    keywords: tuple[str, ...]
    score: float = 0.95
    entropy: float = 0.0
    validate: Callable[[str, regex.Match], bool] | None = None
    flags: int = 0

    @property
    def compiled(self) -> regex.Pattern:
        return compiled(self.pattern, self.flags | regex.MULTILINE)


# After the name: a short suffix, closing quotes/tags, the operator, opening quotes/space.
_NAME_TAIL = r"""[ \t\w.-]{0,20}[\s'"]{0,3}(?:=|>|:{1,3}=|\|\||:|=>|\?=|,)[`'"\s=]{0,8}"""
# What may follow a value: a quote, space, `;`, `,`, a tag, `&`, an escaped newline. Not
# a closing bracket: `f(token: x)` is code, the value an expression.
_VALUE_END = r"""(?=[`'"\s;,<&|]|\\[nrt]|$)"""
TOKEN_START = r"(?<![A-Za-z0-9_.])"
# Not followed by a token character, nor by a dot that continues a name (`x.ico-...png`).
_TOKEN_END = r"(?![A-Za-z0-9_-]|\.[A-Za-z0-9])"

HEX = "0-9a-f"
UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"


# The vendor names `kv` rules key on: the generic assignment rule leaves such keys to them.
KEY_NAMES: list[str] = []


def kv(names: str, value: str, ci: bool = True, vendor: bool = True) -> str:
    """`names` (case-insensitive) ... operator ... `value` (captured). `vendor`: the names
    are a vendor's (not generic words like `password`)."""
    if vendor and names not in KEY_NAMES:
        KEY_NAMES.append(names)
    value = f"(?i:{value})" if ci else value
    return rf"(?i:{names}){_NAME_TAIL}({value}){_VALUE_END}"


def tok(value: str, end: str = _TOKEN_END) -> str:
    """A bare token: `value` (captured) not inside a longer word."""
    return rf"{TOKEN_START}({value}){end}"


def R(id: str, pattern: str, *keywords: str, entropy: float = 0.0,  # noqa: N802 (a row)
      validate: Callable[[str, regex.Match], bool] | None = None, score: float = 0.95) -> Rule:
    return Rule(id, pattern, tuple(k.lower() for k in keywords), score=score, entropy=entropy,
                validate=validate)


def _not_example(value: str, _m: regex.Match) -> bool:
    return not value.upper().endswith("EXAMPLE")


# gitleaks' gcp-api-key allowlist: keys published in public client code and docs.
_PUBLIC_GCP_KEYS = frozenset((
    "AIzaSyabcdefghijklmnopqrstuvwxyz1234567", "AIzaSyAnLA7NfeLquW1tJFpx_eQCxoX-oo6YyIs",
    "AIzaSyCkEhVjf3pduRDt6d1yKOMitrUEke8agEM", "AIzaSyDMAScliyLx7F0NPDEJi1QmyCgHIAODrlU",
    "AIzaSyD3asb-2pEZVqMkmL6M9N6nHZRR_znhrh0", "AIzayDNSXIbFmlXbIE6mCzDLQAqITYefhixbX4A",
    "AIzaSyAdOS2zB6NCsk1pCdZ4-P6GBdi_UUPwX7c", "AIzaSyASWm6HmTMdYWpgMnjRBjxcQ9CKctWmLd4",
    "AIzaSyANUvH9H9BsUccjsu2pCmEkOPjjaXeDQgY", "AIzaSyA5_iVawFQ8ABuTZNUdcwERLJv_a_p4wtM",
    "AIzaSyA4UrcGxgwQFTfaI3no3t7Lt1sjmdnP5sQ", "AIzaSyDSb51JiIcB6OJpwwMicseKRhhrOq1cS7g",
    "AIzaSyBF2RrAIm4a0mO64EShQfqfd2AFnzAvvuU", "AIzaSyBcE-OOIbhjyR83gm4r2MFCu4MJmprNXsw",
    "AIzaSyB8qGxt4ec15vitgn44duC5ucxaOi4FmqE", "AIzaSyA8vmApnrHNFE0bApF4hoZ11srVL_n0nvY",
))


def _not_public_gcp(value: str, _m: regex.Match) -> bool:
    return value not in _PUBLIC_GCP_KEYS


# Published examples with no `EXAMPLE` in them, copied into countless tutorials and configs:
# no rule reports them, whichever found them. NuGet's documentation passwords (gitleaks' nuget
# allowlist), jwt.io's token (HS256, "John Doe", signed with `your-256-bit-secret`) and the
# TOTP seed of Google Authenticator's Key Uri Format page (base32 of `Hello!` and 0xdeadbeef).
DOC_EXAMPLES = frozenset((
    "33f!!lloppa", "hal+9ooo_da!sY", "JBSWY3DPEHPK3PXP",
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwi"
    "aWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
))


def _nuget_ok(value: str, _m: regex.Match) -> bool:
    # gitleaks' nuget allowlist: its documentation's examples, `%VARIABLE%`.
    return value not in DOC_EXAMPLES and not (value.startswith("%") and value.endswith("%"))


def _no_alphabet(value: str, _m: regex.Match) -> bool:
    return "abcdefghijklmnopqrstuvwxyz" not in value.lower()  # gitleaks' global stopword


def _vault_ok(value: str, _m: regex.Match) -> bool:
    # gitleaks' allowlist for legacy `s.` tokens: all letters is a word (`s.ExampleValue`).
    return not (value.startswith("s.") and value[2:].isalpha())


# gitleaks' curl-auth-user allowlist: placeholders and variables for user or password.
_CURL_PLACEHOLDER = compiled(
    r"""(?i)^['"]?(?:[^:]+:(?:change(?:it|me)|pass(?:word)?|pwd|test|token|\*+|x+|<[^>]*>)['"]?$|"""
    r"""<[^>]+>['"]?:['"]?<[^>]+>|<[^:]+:[^>]+>|[^:]+:\[[^]]+]|"""
    r"""[^:]+['"]?:['"]?\$(?:\d|\w+|\{(?:\d|\w+)\})|\$\([^)]+\):\$\([^)]+\)|"""
    r"""\$?\{\{[^}]+\}\}['"]?:['"]?\$?\{\{[^}]+\}\})"""
)


def _curl_user_ok(value: str, _m: regex.Match) -> bool:
    return _CURL_PLACEHOLDER.search(value) is None


_SENTRY_REGION = compiled(r"LCJyZWdpb25fdXJs|InJlZ2lvbl91cmwi|cmVnaW9uX3VybCI6")


def _sentry_payload_ok(value: str) -> bool:
    payload = value[len("sntrys_"):].rsplit("_", 1)[0]
    if _SENTRY_REGION.search(payload):
        return True  # gitleaks' test: one of the three encodings of `"region_url":`
    try:
        decoded = json.loads(base64.b64decode(payload + "=" * (-len(payload) % 4)))
    except ValueError:
        return False
    return isinstance(decoded, dict) and "region_url" in decoded


def _k8s_ok(value: str, m: regex.Match) -> bool:
    # An empty or templated value (`""`, `{{ .Values.x }}`) is a manifest, not a secret;
    # `kind: Secret` and `data:` in two documents of one stream are unrelated.
    if "\n---" in m.group(0):
        return False
    v = value.split(":", 1)[-1].strip(" \t|>-+\r\n")
    return bool(v) and v not in ('""', "''") and not v.startswith("{{")


_JWT_B64_HEADS = (  # base64 of `{"alg":`, `{"typ":`, ... : a JWT encoded once more
    "aGJHY2lPaU|aGNIVWlPaU|aGNIWWlPaU|aGRXUWlPaU|aU5qUWlP|amNtbDBJanBi|amRIa2lPaU|bGNHc2lPbn|"
    "bGJtTWlPaU|cWEzVWlPaU|cWQyc2lPb|cGMzTWlPaU|cGRpSTZJ|cmFXUWlP|clpYbGZiM0J6SWpwY|"
    "cmRIa2lPaUp|dWIyNWpaU0k2|d01tTWlP|d01uTWlPaU|d2NIUWlPaU|emRXSWlPaU|emRuUWlP|MFlXY2lPaU|"
    "MGVYQWlPaUp|MWNtd2l|MWMyVWlPaUp|MlpYSWlPaU|MlpYSnphVzl1SWpv|NElqb2|NE5XTWlP|NE5YUWlPaU|"
    "NE5YUWpVekkxTmlJNkl|NE5YVWlPaU|NmFYQWlPaU"
)
_K8S_ENTRY = (
    r"""[\w.-]+:(?:[ \t]*(?:\||>[-+]?)\s+)?[ \t]*"""
    r"""(?:["']?[a-z0-9+/]{10,}={0,3}["']?|\{\{[ \t\w"|$:=,.-]+}}|""|'')"""
)
_K8S_KIND = r"""\bkind:[ \t]*["']?secret\b["']?"""
_CURL_HEAD = r"\bcurl\b(?:[^\n]*?(?:\\?\n[^\n]*?){0,5}?)[ \t\n\r]"


VENDOR_RULES: tuple[Rule, ...] = (
    # --- cloud providers ---------------------------------------------------------------
    R("aws-access-key", tok(r"(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}"),
      "akia", "asia", "abia", "acca", "a3t", entropy=3.0, validate=_not_example),
    R("aws-amazon-bedrock-api-key-long-lived",
      tok(r"ABSKQmVkcm9ja0FQSUtleS[A-Za-z0-9+/]{100,}={0,2}", r"(?![A-Za-z0-9+/=])"), "absk",
      entropy=3.0),
    R("aws-amazon-bedrock-api-key-short-lived",
      tok(r"bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/=%-]*"), "bedrock-api-key-"),
    R("gcp-api-key", tok(r"AIza[\w-]{35}"), "aiza", entropy=3.0, validate=_not_public_gcp),
    R("freemius-secret-key",
      r"""(?i)["']secret_key["']\s*=>\s*["'](sk_\S{29})["']""", "secret_key",
      validate=_no_alphabet),
    R("hashicorp-tf-password",  # HCL `=` only; the value with its quotes, as gitleaks reports it
      r'(?i)(?<![\w.-])[\w.-]{0,30}?(?:administrator_login_password|password)[ \t]*=[ \t]*'
      r'("[a-z0-9=_\-]{8,20}")(?=[\s;,]|$)',
      # Below the generic password rule: outside a .tf file it only fills that rule's gaps.
      "administrator_login_password", "password", entropy=2.0, score=0.7),
    R("gcp-service-account", r'("type"\s{0,3}:\s{0,3}"service_account")', '"service_account"'),
    R("alibaba-access-key-id", tok(r"LTAI(?i:[a-z0-9]{20})"), "ltai", entropy=2.0),
    R("alibaba-secret-key", kv("alibaba", r"[a-z0-9]{30}"), "alibaba", entropy=2.0),
    R("cloudflare-api-key", kv("cloudflare", r"[a-z0-9_-]{40}"), "cloudflare", entropy=2.0),
    R("cloudflare-global-api-key", kv("cloudflare", r"[a-f0-9]{37}"), "cloudflare", entropy=2.0),
    R("cloudflare-origin-ca-key", tok(rf"v1\.0-[{HEX}]{{24}}-[{HEX}]{{146}}"), "v1.0-",
      entropy=2.0),
    R("digitalocean-token", tok(r"do[opr]_v1_[a-f0-9]{64}"), "dop_v1_", "doo_v1_", "dor_v1_",
      entropy=3.0),
    R("flyio-access-token",
      tok(r"fo1_[\w-]{43}|fm1[ar]_[a-zA-Z0-9+/]{100,}={0,3}|fm2_[a-zA-Z0-9+/]{100,}={0,3}",
          r"(?![A-Za-z0-9+/=_-])"), "fo1_", "fm1", "fm2_", entropy=4.0),
    R("heroku-api-key", kv("heroku", UUID), "heroku"),
    R("heroku-api-key-v2", tok(r"HRKU-AA[0-9a-zA-Z_-]{58}"), "hrku-aa", entropy=4.0),
    R("openshift-user-token", tok(r"sha256~[\w-]{43}"), "sha256~", entropy=3.5),
    R("scalingo-api-token", tok(r"tk-us-[\w-]{48}"), "tk-us-", entropy=2.0),
    R("yandex-access-token", kv("yandex", r"t1\.[A-Z0-9a-z_-]+={0,2}\.[A-Z0-9a-z_-]{86}={0,2}"),
      "yandex"),
    R("yandex-api-key", kv("yandex", r"AQVN[A-Za-z0-9_\-]{35,38}"), "yandex"),
    R("yandex-aws-access-token", kv("yandex", r"YC[a-zA-Z0-9_\-]{38}"), "yandex"),
    # --- source hosting, CI/CD, packages -----------------------------------------------
    R("github-token", tok(r"(?:ghp|gho|ghu|ghs|ghr)_[0-9a-zA-Z]{36}"),
      "ghp_", "gho_", "ghu_", "ghs_", "ghr_", entropy=3.0),
    R("github-fine-grained-pat", tok(r"github_pat_\w{82}"), "github_pat_", entropy=3.0),
    R("gitlab-token",
      tok(r"(?:glpat|gldt|glrt|glsoat|glffct|glft)-[0-9a-zA-Z_-]{20}|glimt-[0-9a-zA-Z_-]{25}|"
          r"glagent-[0-9a-zA-Z_-]{50}|gloas-[0-9a-zA-Z_-]{64}|glptt-[0-9a-f]{40}|"
          r"glcbt-[0-9a-zA-Z]{1,5}_[0-9a-zA-Z_-]{20}"),
      "glpat-", "gldt-", "glrt-", "glsoat-", "glffct-", "glft-", "glimt-", "glagent-",
      "gloas-", "glptt-", "glcbt-", entropy=3.0),
    R("gitlab-pat-routable", tok(r"glpat-[0-9a-zA-Z_-]{27,300}\.[0-9a-z]{2}[0-9a-z]{7}"),
      "glpat-", entropy=4.0),
    R("gitlab-runner-authentication-token-routable",
      tok(r"glrt-t\d_[0-9a-zA-Z_-]{27,300}\.[0-9a-z]{2}[0-9a-z]{7}"), "glrt-", entropy=4.0),
    R("gitlab-runner-registration-token", tok(r"GR1348941[\w-]{20}"), "gr1348941", entropy=3.0),
    R("gitlab-session-cookie", r"(_gitlab_session=[0-9a-z]{32})", "_gitlab_session=",
      entropy=3.0),
    R("bitbucket-client-id", kv("bitbucket", r"[a-z0-9]{32}"), "bitbucket"),
    R("bitbucket-client-secret", kv("bitbucket", r"[a-z0-9=_\-]{64}"), "bitbucket"),
    R("atlassian-api-token",
      kv(r"(?-i:ATLASSIAN|[Aa]tlassian|CONFLUENCE|[Cc]onfluence|JIRA|[Jj]ira)",
         r"[a-z0-9]{20}[a-f0-9]{4}"), "atlassian", "confluence", "jira", entropy=3.5),
    R("atlassian-api-token", tok(r"ATATT3[A-Za-z0-9_\-=]{186}", r"(?![A-Za-z0-9_=-])"),
      "atatt3", entropy=3.5),
    R("artifactory-api-key", tok(r"AKCp[A-Za-z0-9]{69}"), "akcp", entropy=4.5),
    R("artifactory-reference-token", tok(r"cmVmd[A-Za-z0-9]{59}"), "cmvmd", entropy=4.5),
    R("jfrog-api-key", kv("jfrog|artifactory|bintray|xray", r"[a-z0-9]{73}"),
      "jfrog", "artifactory", "bintray", "xray"),
    R("jfrog-identity-token", kv("jfrog|artifactory|bintray|xray", r"[a-z0-9]{64}"),
      "jfrog", "artifactory", "bintray", "xray"),
    R("clojars-api-token", tok(r"(?i:CLOJARS_[a-z0-9]{60})"), "clojars_", entropy=2.0),
    R("codecov-access-token", kv("codecov", r"[a-z0-9]{32}"), "codecov"),
    R("droneci-access-token", kv("droneci", r"[a-z0-9]{32}"), "droneci"),
    R("travisci-access-token", kv("travis", r"[a-z0-9]{22}"), "travis"),
    R("harness-api-key", tok(r"(?:pat|sat)\.[a-zA-Z0-9_-]{22}\.[a-zA-Z0-9]{24}\.[a-zA-Z0-9]{20}"),
      "pat.", "sat."),
    R("octopus-deploy-api-key", tok(r"API-[A-Z0-9]{26}"), "api-", entropy=3.0),
    R("npm-access-token", tok(r"(?i:npm_[a-z0-9]{36})"), "npm_", entropy=2.0),
    R("pypi-upload-token", tok(r"pypi-AgEIcHlwaS5vcmc[\w-]{50,1000}"), "pypi-ageichlwas5vcmc",
      entropy=3.0),
    R("rubygems-api-token", tok(r"rubygems_[a-f0-9]{48}"), "rubygems_", entropy=2.0),
    R("nuget-config-password",
      r"""(?i)<add\s+key="(?:ClearText)?Password"\s+value="([^"]{8,})"\s*/>""", "<add key=",
      entropy=1.0, validate=_nuget_ok),
    R("sourcegraph-access-token",
      tok(r"sgp_(?:[a-fA-F0-9]{16}|local)_[a-fA-F0-9]{40}|sgp_[a-fA-F0-9]{40}"), "sgp_",
      entropy=3.0),
    R("sourcegraph-access-token", kv("sourcegraph", r"[a-f0-9]{40}"), "sourcegraph",
      entropy=3.0),
    R("sonar-api-token", kv(r"sonar[_.-]?(?:login|token)", r"(?:squ_|sqp_|sqa_)?[a-z0-9=_\-]{40}"),
      "sonar"),
    R("snyk-api-token", kv(r"snyk[_.-]?(?:(?:api|oauth)[_.-]?)?(?:key|token)", UUID), "snyk"),
    R("pulumi-api-token", tok(r"pul-[a-f0-9]{40}"), "pul-", entropy=2.0),
    R("prefect-api-token", tok(r"pnu_[a-zA-Z0-9]{36}"), "pnu_", entropy=2.0),
    R("infracost-api-token", tok(r"ico-[a-zA-Z0-9]{32}"), "ico-", entropy=3.0),
    R("doppler-api-token", tok(r"dp\.pt\.(?i:[a-z0-9]{43})"), "dp.pt.", entropy=2.0),
    R("hashicorp-tf-api-token", tok(r"(?i:[a-z0-9]{14})\.atlasv1\.(?i:[a-z0-9\-_=]{60,70})",
                                    r"(?![A-Za-z0-9_=-])"), "atlasv1", entropy=3.5),
    R("vault-service-token", tok(r"hvs\.[\w-]{90,120}|s\.(?i:[a-z0-9]{24})"), "hvs.", "s.",
      entropy=3.5, validate=_vault_ok),
    R("vault-batch-token", tok(r"hvb\.[\w-]{138,300}"), "hvb.", entropy=4.0),
    R("databricks-token", tok(r"dapi[a-f0-9]{32}(?:-\d)?"), "dapi", entropy=3.0),
    R("clickhouse-cloud-api-secret-key", tok(r"4b1d[A-Za-z0-9]{38}"), "4b1d", entropy=3.0),
    R("planetscale-token", tok(r"pscale_(?:tkn|oauth|pw)_[\w=.-]{31,63}[\w=-]"),
      "pscale_tkn_", "pscale_oauth_", "pscale_pw_", entropy=3.0),
    R("defined-networking-api-token",
      kv("dnkey", r"dnkey-[a-z0-9=_\-]{26}-[a-z0-9=_\-]{52}"), "dnkey"),
    R("settlemint-token", tok(r"sm_(?:aat|pat|sat)_[a-zA-Z0-9]{16}"),
      "sm_aat", "sm_pat", "sm_sat", entropy=3.0),
    # --- AI services -------------------------------------------------------------------
    R("openai-api-key",
      tok(r"sk-(?:proj|svcacct|admin)-(?:[A-Za-z0-9_-]{74}|[A-Za-z0-9_-]{58})T3BlbkFJ"
          r"(?:[A-Za-z0-9_-]{74}|[A-Za-z0-9_-]{58})|sk-[a-zA-Z0-9]{20}T3BlbkFJ[a-zA-Z0-9]{20}"),
      "t3blbkfj", entropy=3.0),
    R("anthropic-api-key", tok(r"sk-ant-(?:api03|admin01)-[a-zA-Z0-9_\-]{93}AA"), "sk-ant-"),
    # Ours, not gitleaks': the sidecar's client keys (`sovereign-guard clients add`).
    R("sovereign-guard-client-key", tok(r"sgk_[A-Za-z0-9_-]{43}"), "sgk_", entropy=3.0),
    R("cohere-api-token", kv("cohere|CO_API_KEY", r"[a-zA-Z0-9]{40}", ci=False),
      "cohere", "co_api_key", entropy=4.0),
    R("huggingface-access-token", tok(r"hf_(?i:[a-z]{34})"), "hf_", entropy=2.0),
    R("huggingface-organization-api-token", tok(r"api_org_(?i:[a-z]{34})"), "api_org_",
      entropy=2.0),
    R("perplexity-api-key", tok(r"pplx-[a-zA-Z0-9]{48}"), "pplx-", entropy=4.0),
    R("privateai-api-token", kv(r"private[_-]?ai", r"[a-z0-9]{32}", ci=False),
      "privateai", "private_ai", "private-ai", entropy=3.0),
    # --- communication -----------------------------------------------------------------
    R("slack-token", tok(r"xoxb-[0-9]{10,13}-[0-9]{10,13}[a-zA-Z0-9-]*"), "xoxb", entropy=3.0),
    R("slack-token", tok(r"xoxb-[0-9]{8,14}-[a-zA-Z0-9]{18,26}"), "xoxb", entropy=2.0),
    R("slack-token", tok(r"xox[pe](?:-[0-9]{10,13}){3}-[a-zA-Z0-9-]{28,34}"), "xoxp-", "xoxe-",
      entropy=2.0),
    R("slack-token", tok(r"xox[os]-\d+-\d+-\d+-[a-fA-F\d]+"), "xoxo", "xoxs", entropy=2.0),
    R("slack-token", tok(r"xox[ar]-(?:\d-)?[0-9a-zA-Z]{8,48}", ""), "xoxa", "xoxr", entropy=2.0),
    R("slack-token", tok(r"(?i:xoxe\.xox[bp]-\d-[A-Z0-9]{163,166})"), "xoxe.xoxb-", "xoxe.xoxp-",
      entropy=2.0),
    R("slack-token", tok(r"(?i:xoxe-\d-[A-Z0-9]{146})"), "xoxe-", entropy=2.0),
    R("slack-app-token", tok(r"(?i:xapp-\d-[A-Z0-9]+-\d+-[a-z0-9]+)"), "xapp", entropy=2.0),
    R("slack-webhook-url",
      r"((?:https?://)?hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9+/]{43,56})",
      "hooks.slack.com"),
    R("microsoft-teams-webhook",
      r"(https://[a-z0-9]+\.webhook\.office\.com/webhookb2/[a-z0-9]{8}-(?:[a-z0-9]{4}-){3}"
      r"[a-z0-9]{12}@[a-z0-9]{8}-(?:[a-z0-9]{4}-){3}[a-z0-9]{12}/IncomingWebhook/[a-z0-9]{32}/"
      r"[a-z0-9]{8}-(?:[a-z0-9]{4}-){3}[a-z0-9]{12})",
      "webhook.office.com"),
    R("discord-api-token", kv("discord", r"[a-f0-9]{64}"), "discord"),
    R("discord-client-id", kv("discord", r"[0-9]{18}"), "discord", entropy=2.0),
    R("discord-client-secret", kv("discord", r"[a-z0-9=_\-]{32}"), "discord", entropy=2.0),
    R("telegram-bot-token", kv("telegr", r"[0-9]{5,16}:(?-i:A)[a-z0-9_\-]{34}"), "telegr"),
    R("telegram-bot-token", tok(r"\d{8,10}:AA[0-9A-Za-z_-]{33}"), ":aa"),
    R("gitter-access-token", kv("gitter", r"[a-z0-9_-]{40}"), "gitter"),
    R("mattermost-access-token", kv("mattermost", r"[a-z0-9]{26}"), "mattermost"),
    R("messagebird-api-token", kv(r"message[_-]?bird", r"[a-z0-9]{25}"),
      "messagebird", "message-bird", "message_bird"),
    R("messagebird-client-id", kv(r"message[_-]?bird", UUID),
      "messagebird", "message-bird", "message_bird"),
    R("sendbird-access-id", kv("sendbird", UUID), "sendbird"),
    R("sendbird-access-token", kv("sendbird", r"[a-f0-9]{40}"), "sendbird"),
    R("sendgrid-api-key", tok(r"SG\.(?i:[a-z0-9=_\-.]{66})"), "sg.", entropy=2.0),
    R("sendinblue-api-token", tok(r"xkeysib-[a-f0-9]{64}-(?i:[a-z0-9]{16})"), "xkeysib-",
      entropy=2.0),
    R("mailchimp-api-key", kv(r"MailchimpSDK\.initialize|mailchimp", r"[a-f0-9]{32}-us\d\d"),
      "mailchimp"),
    R("mailgun-private-api-token", kv("mailgun", r"key-[a-f0-9]{32}"), "mailgun"),
    R("mailgun-pub-key", kv("mailgun", r"pubkey-[a-f0-9]{32}"), "mailgun"),
    R("mailgun-signing-key", kv("mailgun", r"[a-h0-9]{32}-[a-h0-9]{8}-[a-h0-9]{8}"), "mailgun"),
    R("intercom-api-key", kv("intercom", r"[a-z0-9=_\-]{60}"), "intercom"),
    R("twilio-api-key", tok(r"SK[0-9a-fA-F]{32}"), "sk", entropy=3.0),
    R("zendesk-secret-key", kv("zendesk", r"[a-z0-9]{40}"), "zendesk"),
    R("beamer-api-token", kv("beamer", r"b_[a-z0-9=_\-]{44}"), "beamer"),
    R("typeform-api-token", kv("typeform", r"tfp_[a-z0-9\-_.=]{59}"), "tfp_"),
    R("linkedin-client-id", kv(r"linked[_-]?in", r"[a-z0-9]{14}"),
      "linkedin", "linked_in", "linked-in", entropy=2.0),
    R("linkedin-client-secret", kv(r"linked[_-]?in", r"[a-z0-9]{16}"),
      "linkedin", "linked_in", "linked-in", entropy=2.0),
    R("twitter-access-secret", kv("twitter", r"[a-z0-9]{45}"), "twitter"),
    R("twitter-access-token", kv("twitter", r"[0-9]{15,25}-[a-zA-Z0-9]{20,40}"), "twitter"),
    R("twitter-api-key", kv("twitter", r"[a-z0-9]{25}"), "twitter"),
    R("twitter-api-secret", kv("twitter", r"[a-z0-9]{50}"), "twitter"),
    R("twitter-bearer-token", kv("twitter", r"A{22}[a-zA-Z0-9%]{80,100}"), "twitter"),
    R("twitch-api-token", kv("twitch", r"[a-z0-9]{30}"), "twitch"),
    R("facebook-secret", kv("facebook", r"[a-f0-9]{32}"), "facebook", entropy=3.0),
    R("facebook-access-token", tok(r"\d{15,16}[|%][0-9a-zA-Z\-_]{27,40}"), "facebook",
      entropy=3.0),
    R("facebook-page-access-token", tok(r"EAA[MC](?i:[a-z0-9]{100,})"), "eaam", "eaac",
      entropy=4.0),
    R("flickr-access-token", kv("flickr", r"[a-z0-9]{32}"), "flickr"),
    R("nytimes-access-token", kv("nytimes|new-york-times|newyorktimes", r"[a-z0-9=_\-]{32}"),
      "nytimes", "new-york-times", "newyorktimes"),
    # --- payments, commerce, finance ---------------------------------------------------
    R("stripe-secret-key", tok(r"(?:sk|rk)_(?:test|live|prod)_[a-zA-Z0-9]{10,99}"),
      "sk_test", "sk_live", "sk_prod", "rk_test", "rk_live", "rk_prod", entropy=2.0),
    R("square-token", tok(r"(?:EAAA|sq0atp-)[\w-]{22,60}"), "eaaa", "sq0atp-", entropy=2.0),
    R("squarespace-access-token", kv("squarespace", UUID), "squarespace"),
    R("shopify-token", tok(r"shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}"),
      "shpat_", "shpca_", "shppa_", "shpss_", entropy=2.0),
    R("plaid-api-token",
      kv("plaid", rf"access-(?:sandbox|development|production)-{UUID}"), "plaid"),
    R("plaid-client-id", kv("plaid", r"[a-z0-9]{24}"), "plaid", entropy=3.5),
    R("plaid-secret-key", kv("plaid", r"[a-z0-9]{30}"), "plaid", entropy=3.5),
    R("flutterwave-key", tok(r"FLWSECK_TEST-(?i:[a-h0-9]{32})-X|FLWSECK_TEST-(?i:[a-h0-9]{12})|"
                             r"FLWPUBK_TEST-(?i:[a-h0-9]{32})-X"),
      "flwseck_test", "flwpubk_test", entropy=2.0),
    R("gocardless-api-token", kv("gocardless", r"live_[a-z0-9\-_=]{40}"), "gocardless"),
    R("finicity-api-token", kv("finicity", r"[a-f0-9]{32}"), "finicity"),
    R("finicity-client-secret", kv("finicity", r"[a-z0-9]{20}"), "finicity"),
    R("finnhub-access-token", kv("finnhub", r"[a-z0-9]{20}"), "finnhub"),
    R("coinbase-access-token", kv("coinbase", r"[a-z0-9_-]{64}"), "coinbase"),
    R("kraken-access-token", kv("kraken", r"[a-z0-9/=_+\-]{80,90}"), "kraken"),
    R("kucoin-access-token", kv("kucoin", r"[a-f0-9]{24}"), "kucoin"),
    R("kucoin-secret-key", kv("kucoin", UUID), "kucoin"),
    R("bittrex-key", kv("bittrex", r"[a-z0-9]{32}"), "bittrex"),
    R("duffel-api-token", tok(r"duffel_(?:test|live)_(?i:[a-z0-9_\-=]{43})", r"(?![\w=-])"),
      "duffel_", entropy=2.0),
    R("easypost-api-token", tok(r"EZ[AT]K(?i:[a-z0-9]{54})"), "ezak", "eztk", entropy=2.0),
    R("shippo-api-token", tok(r"shippo_(?:live|test)_[a-fA-F0-9]{40}"), "shippo_", entropy=2.0),
    R("etsy-access-token", kv(r"(?-i:ETSY|[Ee]tsy)", r"[a-z0-9]{24}"), "etsy", entropy=3.0),
    R("freshbooks-access-token", kv("freshbooks", r"[a-z0-9]{64}"), "freshbooks"),
    R("lob-api-key", kv("lob", r"(?:live|test)_[a-f0-9]{35}"), "test_", "live_"),
    R("lob-pub-api-key", kv("lob", r"(?:test|live)_pub_[a-f0-9]{31}"), "_pub"),
    # --- monitoring, analytics, productivity -------------------------------------------
    R("datadog-access-token", kv("datadog", r"[a-z0-9]{40}"), "datadog"),
    R("dynatrace-api-token", tok(r"dt0c01\.(?i:[a-z0-9]{24}\.[a-z0-9]{64})"), "dt0c01.",
      entropy=4.0),
    R("grafana-api-key", tok(r"eyJrIjoi[A-Za-z0-9]{70,400}={0,3}", r"(?![A-Za-z0-9=_-])"),
      "eyjrijoi", entropy=3.0),
    R("grafana-cloud-api-token", tok(r"glc_[A-Za-z0-9+/]{32,400}={0,3}", r"(?![A-Za-z0-9+/=_-])"),
      "glc_", entropy=3.0),
    R("grafana-service-account-token", tok(r"glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}"), "glsa_",
      entropy=3.0),
    R("new-relic-browser-api-token", kv("new-relic|newrelic|new_relic", r"NRJS-[a-f0-9]{19}"),
      "nrjs-"),
    R("new-relic-insert-key", kv("new-relic|newrelic|new_relic", r"NRII-[a-z0-9-]{32}"), "nrii-"),
    R("new-relic-user-api-id", kv("new-relic|newrelic|new_relic", r"[a-z0-9]{64}"),
      "new-relic", "newrelic", "new_relic"),
    R("new-relic-user-api-key", kv("new-relic|newrelic|new_relic", r"NRAK-[a-z0-9]{27}"), "nrak"),
    R("sentry-access-token", kv("sentry", r"[a-f0-9]{64}"), "sentry", entropy=3.0),
    R("sentry-org-token",
      # gitleaks reports the character after the token too (a closing quote): so do we.
      # The payload is base64 JSON naming the org's region; decoded rather than matched on
      # one encoding of `"region_url"`, so a payload written with spaces is found too.
      tok(r"sntrys_eyJpYXQiO[a-zA-Z0-9+/]{20,600}={0,2}_[a-zA-Z0-9+/]{43}"
          r"(?:[^a-zA-Z0-9+/\s]|(?=\s)|$)", ""), "sntrys_eyjpyxqio", entropy=4.5,
      validate=lambda v, _m: _sentry_payload_ok(v)),
    R("sentry-user-token", tok(r"sntryu_[a-f0-9]{64}"), "sntryu_", entropy=3.5),
    R("sumologic-access-id", kv(r"(?-i:[Ss]umo|SUMO)", r"su[a-zA-Z0-9]{12}", ci=False), "sumo",
      entropy=3.0),
    R("sumologic-access-token", kv(r"(?-i:[Ss]umo|SUMO)", r"[a-z0-9]{64}"), "sumo", entropy=3.0),
    R("cisco-meraki-api-key", kv(r"(?-i:[Mm]eraki|MERAKI)", r"[0-9a-f]{40}", ci=False),
      "meraki", entropy=3.0),
    R("launchdarkly-access-token", kv("launchdarkly", r"[a-z0-9=_\-]{40}"), "launchdarkly"),
    R("looker-client-id", kv("looker", r"[a-z0-9]{20}"), "looker"),
    R("looker-client-secret", kv("looker", r"[a-z0-9]{24}"), "looker"),
    R("okta-access-token", kv(r"(?-i:[Oo]kta|OKTA)", r"00[\w=\-]{40}", ci=False), "okta",
      entropy=4.0),
    R("adafruit-api-key", kv("adafruit", r"[a-z0-9_-]{32}"), "adafruit"),
    R("adobe-client-id", kv("adobe", r"[a-f0-9]{32}"), "adobe", entropy=2.0),
    R("adobe-client-secret", tok(r"p8e-(?i:[a-z0-9]{32})"), "p8e-", entropy=2.0),
    R("airtable-api-key", kv("airtable", r"[a-z0-9]{17}"), "airtable"),
    R("airtable-personal-access-token", tok(r"pat[a-zA-Z0-9]{14}\.[a-f0-9]{64}"), "pat",
      entropy=3.0),
    R("algolia-api-key", kv("algolia", r"[a-z0-9]{32}"), "algolia"),
    R("asana-client-id", kv("asana", r"[0-9]{16}"), "asana"),
    R("asana-client-secret", kv("asana", r"[a-z0-9]{32}"), "asana"),
    R("authress-service-client-access-key",
      tok(r"(?:sc|ext|scauth|authress)_(?i:[a-z0-9]{5,30}\.[a-z0-9]{4,6}\.)acc[_-]"
          r"(?i:[a-z0-9-]{10,32}\.[a-z0-9+/_=-]{30,120})", r"(?![A-Za-z0-9+/_=-])"),
      "sc_", "ext_", "scauth_", "authress_", entropy=2.0),
    R("confluent-access-token", kv("confluent", r"[a-z0-9]{16}"), "confluent"),
    R("confluent-secret-key", kv("confluent", r"[a-z0-9]{64}"), "confluent"),
    R("contentful-delivery-api-token", kv("contentful", r"[a-z0-9=_\-]{43}"), "contentful"),
    R("dropbox-api-token", kv("dropbox", r"[a-z0-9]{15}"), "dropbox"),
    R("dropbox-long-lived-api-token", kv("dropbox", r"[a-z0-9]{11}AAAAAAAAAA[a-z0-9\-_=]{43}"),
      "dropbox"),
    R("dropbox-short-lived-api-token", kv("dropbox", r"sl\.[a-z0-9\-=_]{135}"), "dropbox"),
    R("fastly-api-token", kv("fastly", r"[a-z0-9=_\-]{32}"), "fastly"),
    R("frameio-api-token", tok(r"fio-u-(?i:[a-z0-9\-_=]{64})", r"(?![\w=-])"), "fio-u-"),
    R("hubspot-api-key", kv("hubspot", UUID), "hubspot"),
    R("intra42-client-secret", tok(r"s-s4t2(?:ud|af)-(?i:[a-f0-9]{64})"),
      "s-s4t2ud-", "s-s4t2af-", entropy=3.0),
    R("linear-api-key", tok(r"lin_api_(?i:[a-z0-9]{40})"), "lin_api_", entropy=2.0),
    R("linear-client-secret", kv("linear", r"[a-f0-9]{32}"), "linear", entropy=2.0),
    R("mapbox-api-token", kv("mapbox", r"pk\.[a-z0-9]{60}\.[a-z0-9]{22}"), "mapbox"),
    R("maxmind-license-key", tok(r"[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk"), "_mmk", entropy=4.0),
    R("netlify-access-token", kv("netlify", r"[a-z0-9=_\-]{40,46}"), "netlify"),
    R("notion-api-token", tok(r"ntn_[0-9]{11}[A-Za-z0-9]{35}"), "ntn_", entropy=4.0),
    R("postman-api-token", tok(r"PMAK-(?i:[a-f0-9]{24}-[a-f0-9]{34})"), "pmak-", entropy=3.0),
    R("rapidapi-access-token", kv("rapidapi", r"[a-z0-9_-]{50}"), "rapidapi"),
    R("readme-api-token", tok(r"rdme_[a-z0-9]{70}"), "rdme_", entropy=2.0),
    R("1password-secret-key",
      tok(r"A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-"
          r"[A-Z0-9]{5}"), "a3-", entropy=3.8),
    R("1password-service-account-token",
      tok(r"ops_eyJ[a-zA-Z0-9+/]{250,}={0,3}", r"(?![a-zA-Z0-9+/=])"), "ops_", entropy=4.0),
    R("age-secret-key", tok(r"AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}"),
      "age-secret-key-1"),
    R("sidekiq-secret",
      kv("BUNDLE_ENTERPRISE__CONTRIBSYS__COM|BUNDLE_GEMS__CONTRIBSYS__COM",
         r"[a-f0-9]{8}:[a-f0-9]{8}"),
      "bundle_enterprise__contribsys__com", "bundle_gems__contribsys__com"),
    R("sidekiq-sensitive-url",
      r"(?i)\bhttps?://([a-f0-9]{8}:[a-f0-9]{8})@(?:gems|enterprise)\.contribsys\.com\b",
      "gems.contribsys.com", "enterprise.contribsys.com"),
    R("jwt-base64", tok(rf"ZXlK(?:{_JWT_B64_HEADS})[a-zA-Z0-9/\\_+\-\r\n]{{40,}}={{0,2}}",
                        r"(?![a-zA-Z0-9/+=_-])"), "zxlk", entropy=2.0),
    R("kubernetes-secret-yaml",
      rf"(?is:{_K8S_KIND}.{{0,200}}?\bdata:.{{0,100}}?\s+({_K8S_ENTRY}))", "kind:",
      validate=_k8s_ok),
    R("kubernetes-secret-yaml",
      rf"(?is:\bdata:.{{0,100}}?\s+({_K8S_ENTRY}).{{0,200}}?{_K8S_KIND})", "kind:",
      validate=_k8s_ok),
    # --- credentials on a command line -------------------------------------------------
    R("curl-auth-user",
      _CURL_HEAD + r"""(?:-u|--user)(?:=|[ \t]{1,5})"""
      r"""("(?::[^"]{3,}|[^:"]{3,}:|[^:"]{3,}:[^"]{3,})"|"""
      r"""'[^:']{3,}:[^']{3,}'|(?:"[^"]{3,}"|'[^']{3,}'|[\w$@.-]+):(?:"[^"]{3,}"|'[^']{3,}'|"""
      r"""[\w${}@.!#%^&*-]+))(?=\s|$)""",
      "curl", entropy=2.0, validate=_curl_user_ok),
    R("curl-auth-header",
      # A Basic credential is base64 (`user:pass` encoded): `Basic <a JWT>` is not one (the
      # JWT is found by its own rule).
      _CURL_HEAD + r"""(?:-H|--header)(?:=|[ \t]{0,5})["'](?i:Authorization:[ \t]{0,5}"""
      r"""(?:Basic[ \t](?=[a-z0-9+/]{8,}={0,3}["'])|(?:Bearer|(?:Api-)?Token)[ \t])?|"""
      r"""(?:X-(?:[a-z]+-)?)?(?:Api-?)?(?:Key|Token):[ \t]{0,5})([\w=~@.+/-]{8,})["']""",
      "curl", entropy=2.75),
)


# A token's random part (what follows its prefix): not camel-case words
# (`shouldReturnUserWhenIdIsValid2` is a name: runs of 3+ lowercase letters cover 83% of it,
# while in 99% of random 28-character tokens they cover under 70%), a digit somewhere
# (a random 30 characters of 62 hold none with probability 0.5%), many distinct characters.
_WORDS = compiled(r"[A-Z]?[a-z]{3,}|[A-Z]{4,}")


def _ascending_run(body: str, n: int = 5) -> bool:
    """`abcde`, `lmnop`, `34567`: typed, not drawn (a random token holds one with
    probability ~1e-5 per position over 62 characters)."""
    run = 1
    for a, b in zip(body, body[1:], strict=False):
        run = run + 1 if ord(b) == ord(a) + 1 and b.isalnum() else 1
        if run >= n:
            return True
    return False


def random_body(body: str) -> bool:
    """`body` reads as random characters, not as words, a placeholder or a typed sequence."""
    if len(set(body)) < 10 or not any(c.isdigit() for c in body) or _ascending_run(body):
        return False
    return sum(len(w) for w in _WORDS.findall(body)) <= 0.7 * len(body)


_LOWER_PREFIX = compiled(r"^(?:[a-z0-9]{1,12}[_.$-]){1,4}")


def _random_after_prefix(value: str, _m: regex.Match) -> bool:
    return random_body(_LOWER_PREFIX.sub("", value))


def _discord_ok(value: str, _m: regex.Match) -> bool:
    # A Discord bot token opens with the bot's numeric user id in base64.
    head = value.split(".", 1)[0]
    try:
        return base64.urlsafe_b64decode(head + "=" * (-len(head) % 4)).decode().isdigit()
    except ValueError:
        return False


# Formats gitleaks has no rule for, from the vendors' own token descriptions (and the public
# format notes of trufflehog's detectors); the values in our tests are ours. Mostly bare
# tokens: a distinctive prefix is context enough, wherever the token is pasted.
MORE_VENDOR_RULES: tuple[Rule, ...] = (
    # --- AI services -------------------------------------------------------------------
    # OpenAI's legacy `sk-` + 48, DeepSeek's `sk-` + 32 hex, OpenRouter's `sk-or-v1-`,
    # `sk-`, optional short segments, a random tail. Below the vendors' own rules, and not
    # Anthropic's (`sk-ant-`: its rules know the formats).
    R("sk-api-key", tok(r"sk-(?!ant-)(?:[a-z0-9]{2,10}-){0,3}[A-Za-z0-9_-]{32,250}"), "sk-",
      entropy=3.3, validate=_random_after_prefix, score=0.9),
    # Anthropic's kinds besides gitleaks' `api03` / `admin01` (OAuth access and refresh).
    R("anthropic-api-key", tok(r"sk-ant-(?!api03-|admin01-)[a-z]{3,5}\d\d-[A-Za-z0-9_-]{80,120}AA"),
      "sk-ant-", entropy=4.0, validate=_random_after_prefix),
    R("groq-api-key", tok(r"gsk_[A-Za-z0-9]{48,56}"), "gsk_", entropy=4.0),
    R("replicate-api-token", tok(r"r8_[A-Za-z0-9]{37}"), "r8_", entropy=3.5),
    R("xai-api-key", tok(r"xai-[A-Za-z0-9]{70,90}"), "xai-", entropy=4.0),
    R("langsmith-api-key", tok(r"lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}"), "lsv2_",
      entropy=3.0),
    R("pinecone-api-key", tok(r"pcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{50,70}"), "pcsk_", entropy=4.0),
    # --- cloud, hosting, data ----------------------------------------------------------
    R("supabase-token", tok(r"sbp_(?:v0_)?[a-f0-9]{40}|sb_secret_[A-Za-z0-9_-]{20,60}"),
      "sbp_", "sb_secret_", entropy=3.0),
    R("netlify-token", tok(r"nf[pco]_[A-Za-z0-9]{36,40}"), "nfp_", "nfc_", "nfo_", entropy=4.0),
    R("firebase-cloud-messaging-key", tok(r"AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{120,160}"),
      ":apa91b", entropy=4.0),
    R("google-oauth-refresh-token", tok(r"1//0[A-Za-z0-9_-]{40,500}"), "1//0", entropy=4.0),
    R("tencent-secret-id", tok(r"AKID[A-Za-z0-9]{32}"), "akid", entropy=3.5),
    R("doppler-token",
      tok(r"dp\.(?:st|sa|ct|scim|audit)\.(?:[a-z0-9_-]{2,35}\.)?[A-Za-z0-9]{40,44}"),
      "dp.st.", "dp.sa.", "dp.ct.", "dp.scim.", "dp.audit.", entropy=3.5),
    R("tailscale-key", tok(r"tskey-[a-z]{3,8}-[A-Za-z0-9]{6,20}-[A-Za-z0-9]{20,40}"), "tskey-",
      entropy=3.5),
    R("docker-hub-token", tok(r"dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,40}"), "dckr_", entropy=3.5),
    R("buildkite-token", tok(r"bkua_[a-f0-9]{40}"), "bkua_", entropy=3.0),
    R("dropbox-short-lived-token", tok(r"sl\.[A-Za-z0-9_-]{130,1400}"), "sl.", entropy=4.0),
    # --- productivity, messaging, monitoring, payments ---------------------------------
    # Datadog's API keys are 32 hex digits (gitleaks' rule takes the 40 of an application
    # key); Codecov's upload tokens are UUIDs.
    R("datadog-api-key", kv(r"(?:datadog|dd)[_.-]?api[_.-]?key", r"[a-f0-9]{32}", vendor=False),
      "datadog", "dd_api", "dd-api", "dd.api", entropy=3.0),
    R("codecov-upload-token", kv("codecov", UUID, vendor=False), "codecov"),
    R("new-relic-key", tok(r"NR(?:AK|AA|II)-[A-Za-z0-9]{19,32}"), "nrak-", "nraa-", "nrii-",
      entropy=3.0),
    R("figma-token", tok(r"fig[dou]_[A-Za-z0-9_-]{40,}"), "figd_", "figo_", "figu_", entropy=4.0),
    R("posthog-personal-key", tok(r"phx_[A-Za-z0-9]{43}"), "phx_", entropy=4.0),
    R("contentful-token", tok(r"CFPAT-[A-Za-z0-9_-]{43}"), "cfpat-", entropy=4.0),
    R("hubspot-private-app-token", tok(rf"pat-(?:na|eu|ap)\d-{UUID}"),
      "pat-na", "pat-eu", "pat-ap"),
    R("brevo-smtp-key", tok(r"xsmtpsib-[a-f0-9]{64}-[A-Za-z0-9]{16}"), "xsmtpsib-"),
    R("mailgun-api-key", tok(r"key-[a-f0-9]{32}"), "key-", entropy=3.0),
    # Mailgun's current format: 32 + 8 + 8 hex digits (not a UUID's 8-4-4-4-12).
    # No keyword: run on long words only (see `SecretsRecognizer.analyze`).
    R("mailgun-api-key", tok(r"[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8}"), entropy=3.0),
    R("mapbox-secret-token", tok(r"sk\.eyJ[A-Za-z0-9_-]{20,300}\.[A-Za-z0-9_-]{20,40}"),
      "sk.eyj"),
    R("square-oauth-secret", tok(r"sq0csp-[A-Za-z0-9_-]{43}"), "sq0csp-", entropy=3.5),
    R("braintree-access-token",
      tok(r"access_token\$(?:production|sandbox)\$[a-z0-9]{16}\$[a-f0-9]{32}"), "access_token$"),
    # A Twilio auth token has no prefix; it is the next argument or value after the SID.
    R("twilio-auth-token",
      r"""\bAC[a-f0-9]{32}["']?\s{0,3}[,:]\s{0,3}["']?([a-f0-9]{32})\b""", "ac", entropy=3.0),
    R("okta-api-token", r"(?i)\bSSWS[ \t]{1,3}(00[A-Za-z0-9_-]{40})", "ssws", entropy=3.5),
    # In the Bot API's URLs the token follows `/bot` (`api.telegram.org/bot123:AA.../getMe`).
    R("telegram-bot-token", r"/bot(\d{8,10}:AA[0-9A-Za-z_-]{33})(?![0-9A-Za-z_-])", "/bot"),
    # A private key's DER in base64 without its PEM lines (pasted from a JSON field or a
    # secret store): the fixed ASN.1 openings of PKCS#8 RSA, PKCS#1 RSA, PKCS#8 and SEC1 EC,
    # PKCS#8 Ed25519 keys (public keys and certificates open otherwise: `...AAOCAQ8A`), and
    # OpenSSH's own format (`openssh-key-v1\0`; its public keys are `ssh-ed25519 AAAA...`).
    R("private-key",
      tok(r"(?:MII[A-Za-z0-9+/]{3}IBADANBgkqhkiG9w0BAQEFAASC|MII[A-Za-z0-9+/]{3}IBAAKC[Ag]|"
          r"MI[GH][A-Za-z0-9+/]{1,2}AgEAMBMGByqGSM49AgE|MHcCAQEEI|MIGkAgEBBDA|"
          r"MC4CAQAwBQYDK2VwBCIEI|b3BlbnNzaC1rZXktdjEA)(?:[A-Za-z0-9+/]|\\n|\s){40,12000}={0,2}",
          r"(?![A-Za-z0-9+/=])"),
      "ibadanbgkqhkig9w0baqefaasc", "ibaakc", "ambmgbyqgsm49age", "mhccaqeei", "migkagebbda",
      "mc4caqawbqydk2vwbciei", "b3blbnnzac1rzxktdjea", entropy=4.0),
    # A bot token: base64 of the bot's user id, a timestamp, an HMAC.
    R("discord-bot-token",
      tok(r"[MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40}"),
      entropy=4.0, validate=_discord_ok),
)


_START = r"(?<![A-Za-z0-9_-])"  # token start (unlike TOKEN_START, a `.` may precede it)
_END = r"(?![A-Za-z0-9_-])"  # token end

# Formats gitleaks does not cover, or covers narrower than tokens seen in the wild.
EXTRA_RULES: tuple[Rule, ...] = (
    Rule("aws-secret-key",
         r"(?i)aws[A-Za-z0-9_.-]{0,25}?(?:secret|sk|private)[A-Za-z0-9_.-]{0,25}?[\"']?\s{0,3}"
         r"(?:=|:|=>|:=)\s{0,3}[\"']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])",
         ("aws",), entropy=3.5),
    Rule("gcp-oauth-client-secret", rf"{_START}(GOCSPX-[A-Za-z0-9_-]{{28}}){_END}", ("gocspx",)),
    Rule("gcp-oauth-access-token", rf"{_START}(ya29\.[0-9A-Za-z_-]{{20,1024}}){_END}", ("ya29.",)),
    Rule("azure-storage-account-key",
         r"(?i)AccountKey\s{0,3}=\s{0,3}([A-Za-z0-9+/]{86,88}={0,2})", ("accountkey",)),
    Rule("azure-sas-token", r"(?i)[?&]sig=([A-Za-z0-9%+/]{40,128}(?:%3D|=){0,2})(?=[&\s\"']|$)",
         ("sig=",)),
    Rule("azure-ad-client-secret",
         r"(?<![A-Za-z0-9_~.-])([A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])",
         ("q~",), entropy=3.0),
    Rule("stripe-webhook-secret", tok(r"whsec_[0-9A-Za-z]{24,64}"), ("whsec_",), entropy=3.0),
    Rule("openai-api-key",
         tok(r"sk-(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_-]{16,200}T3BlbkFJ[A-Za-z0-9_-]{16,200}"),
         ("t3blbkfj",), entropy=3.0),
    Rule("openai-project-key", tok(r"sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,250}"),
         ("sk-proj-", "sk-svcacct-", "sk-admin-"), entropy=3.5),
    # A webhook URL is its own credential: whoever has it can post as the integration.
    Rule("discord-webhook-url",
         r"(https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/\d{17,20}/"
         r"[A-Za-z0-9_-]{60,80})", ("discord",)),
    # Chat and automation webhooks: the URL is the credential.
    Rule("feishu-webhook-url",
         rf"(https://open\.(?:feishu\.cn|larksuite\.com)/open-apis/bot/v2/hook/(?:{UUID}|[A-Za-z0-9]{{20,64}}))",
         ("open-apis/bot",)),
    Rule("wecom-webhook-url",
         rf"(https://qyapi\.weixin\.qq\.com/cgi-bin/webhook/send\?key={UUID})", ("qyapi.weixin",)),
    Rule("mattermost-webhook-url",
         r"(https?://[A-Za-z0-9.-]{1,200}(?::\d{1,5})?/hooks/[a-z0-9]{26})(?![A-Za-z0-9])",
         ("/hooks/",), entropy=3.5, validate=lambda v, _m: any(c.isdigit() for c in v[-26:])),
    Rule("ifttt-webhook-url",
         r"(https://maker\.ifttt\.com/(?:trigger/[\w-]{1,100}/(?:json/)?with/)?key/[A-Za-z0-9_-]{20,64})",
         ("maker.ifttt",), entropy=3.0),
    Rule("zapier-webhook-url",
         r"(https://hooks\.zapier\.com/hooks/catch/\d{3,12}/[a-z0-9]{5,12}/?)", ("hooks.zapier",)),
    # A PuTTY key file's private part (the public lines above it are no secret).
    Rule("putty-private-key",
         r"(?i)(Private-Lines:[ \t]*\d{1,3}\r?\n(?:[A-Za-z0-9+/=]{4,128}(?:\r?\n|$)){1,300})",
         ("private-lines:",)),
)
