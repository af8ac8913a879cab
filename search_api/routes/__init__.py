"""One router per resource; search_api.app includes them all."""
