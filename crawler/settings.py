"""Scrapy settings of the newsintel crawler (``scrapy.cfg`` points here).

Politeness per domain (delay, concurrency) comes from the sources registry: spiders turn it
into ``DOWNLOAD_SLOTS`` when they open (``crawler.politeness``). Everything here is shared by
every spider of the project (news, regulations).
"""

from corpus import config  # lower-case: Scrapy reads only upper-case names as settings

BOT_NAME = "newsintel"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"
USER_AGENT = f"newsintel/{config.VERSION} (+coverage research crawler; obeys robots.txt)"

ROBOTSTXT_OBEY = True

# Politeness. Registry entries set per-domain delay/concurrency; these are the fall-backs.
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0.5
DOWNLOAD_DELAY_JITTER = 0.5  # ±50% around the delay
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0

# Robustness.
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 5 * 1024 * 1024  # bigger pages are cancelled and logged as errors
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
RETRY_BACKOFF_BASE = 1.0  # seconds; doubles on each retry (plus jitter)
RETRY_BACKOFF_MAX = 60.0  # also caps a server's Retry-After
REDIRECT_MAX_TIMES = 5
DEPTH_LIMIT = 8
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False

# Items and requests a callback returns, handled at once. Scrapy (2.13+, asyncio) starts this
# many tasks for every response's output; our pipeline stores items synchronously in batches,
# so a hundred (the default) only cost ~100 task creations per page (~20% of the crawl's CPU).
CONCURRENT_ITEMS = 4

# Store writes are batched: one transaction per this many documents (and at close).
NEWSINTEL_BATCH_SIZE = 100
NEWSINTEL_BATCH_SECONDS = 5.0

DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.BackoffRetryMiddleware": 550,
    "crawler.middlewares.ConditionalRequestMiddleware": 560,
}
SPIDER_MIDDLEWARES = {
    "crawler.middlewares.CrawlErrorSpiderMiddleware": 45,
}
ITEM_PIPELINES = {
    "crawler.pipelines.StorePipeline": 300,
}
EXTENSIONS = {
    "scrapy.extensions.throttle.AutoThrottle": None,
    "crawler.politeness.RegistryAutoThrottle": 0,
}

LOG_LEVEL = "INFO"
FEED_EXPORT_ENCODING = "utf-8"
