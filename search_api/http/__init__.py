"""The HTTP service: the FastAPI app, its dependencies, routes, response schemas, web page."""
