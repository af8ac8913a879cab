"""SQL for the analyst endpoints, one module per resource; routes never write SQL."""
