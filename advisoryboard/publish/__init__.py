"""The board's public record as a static website (see site.py; the public-only read path is
public.py, the Impact page's section registry impact.py)."""
