# The newsintel image: API server and pipeline (crawl, enrich, index) in one.
#   docker build -t newsintel:local .
# Used by docker-compose.yml for the `api` and `pipeline` services.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    HF_HUB_OFFLINE=1 \
    TRANSFORMERS_OFFLINE=1 \
    NEWSINTEL_DATA_DIR=/data

WORKDIR /app

# torch first, from PyTorch's CPU index: the PyPI wheel would pull gigabytes of CUDA libraries.
# "torch==2.13.0" in pyproject.toml is then already satisfied by 2.13.0+cpu.
RUN pip install torch==2.13.0 --index-url https://download.pytorch.org/whl/cpu

# Dependencies before the source, so editing code does not reinstall them. The runtime
# dependencies of pyproject.toml, every package (transitive ones too) held to the version
# requirements.lock tested: the lock is a constraint, so its test and dev tools stay out.
COPY pyproject.toml requirements.lock ./
RUN python -c "import tomllib; deps = tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']; open('/tmp/requirements.txt', 'w').write('\n'.join(deps))" \
 && pip install -r /tmp/requirements.txt -c requirements.lock

COPY . .
RUN pip install --no-deps . \
 && useradd --create-home --uid 10001 newsintel \
 && mkdir -p /data && chown newsintel /data

USER newsintel
VOLUME ["/data"]
EXPOSE 8000
CMD ["newsintel", "serve", "--host", "0.0.0.0", "--port", "8000"]
