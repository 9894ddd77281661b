"""The Community tab: programs and events, who took part."""
