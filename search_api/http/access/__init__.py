"""Who may call the API and how often: API keys, the access policy, rate limits."""
