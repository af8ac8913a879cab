"""One router per resource; search_api.http.app includes them all."""
