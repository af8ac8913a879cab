"""Alerts: saved searches checked for new matches, delivered to feeds and webhooks.

``saved_searches`` (the SQLite file), ``matching`` (what is new, recorded once), ``spikes`` (the
spike test), ``items``/``cursors``/``dead_letters``/``digests`` (what was found and sent),
``payloads``, ``webhooks`` and ``feeds`` (what is sent and served), ``run`` (one alert run).
The HTTP layer and the CLI import this package; it imports neither.
"""
